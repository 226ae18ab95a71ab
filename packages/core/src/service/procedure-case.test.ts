import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import { depositRefund } from './deposit.js';
import { applyProcedureEvent, createProcedureRecord, nextProcedureSteps } from './procedure-case.js';
import type { MoveInDocument } from './move-in-records.js';
import type { ProcedureRecord } from './procedure-record.js';

const T0 = Date.parse('2026-11-27T08:00:00Z');
let tick = 0;
const next = () => new Date(T0 + ++tick * 60_000).toISOString();
const options = (id: string) => ({ id, now: new Date(T0).toISOString(), actor: 'stf_cs', propertyId: 'prp_garden' });

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (isClubError(e)) return e.code;
    throw e;
  }
  return undefined;
}

const contractor = { name: '安達裝飾工程有限公司', licenceNumber: '91530100MA6K0001', qualificationGrade: 2 };
const readings = { electricity: 1520.5, water: 88, gas: 12.3 };
const facilities = [{ item: 'Air-conditioning unit', count: 2, condition: 'good' as const }];
const keys = [{ label: 'Front door', count: 3 }];
const missingLicence: MoveInDocument[] = ['business-licence'];

/** The records the steps wait for: the contractor checked, a move-in's readings, facilities and keys. */
function withRecords(p: ProcedureRecord): ProcedureRecord {
  const records =
    p.name === 'renovation'
      ? [{ type: 'checkContractor', contractor } as const]
      : p.name === 'move-in'
        ? ([
            { type: 'recordMeterReadings', readings },
            { type: 'recordFacilities', items: facilities },
            { type: 'handOverKeys', keys },
          ] as const)
        : [];
  return records.reduce<ProcedureRecord>((q, e) => applyProcedureEvent(q, { ...e, actor: 'stf_cs', at: next() }), p);
}

function signAll(p: ProcedureRecord, except: readonly string[] = []): ProcedureRecord {
  let current = withRecords(p);
  for (const step of p.steps.filter((s) => !except.includes(s.id))) {
    for (const department of step.departments) {
      current = applyProcedureEvent(current, {
        type: 'signOff',
        actor: 'stf_head',
        at: next(),
        step: step.id,
        department,
      });
    }
  }
  return current;
}

describe('a stored procedure', () => {
  it('opens with its template’s steps and every sign-off missing', () => {
    const p = createProcedureRecord({ name: 'move-in', unitId: 'unt_a1203' }, options('prc_in'));
    expect(p.status).toBe('open');
    expect(p.progress.done).toBe(false);
    expect(p.progress.missing[0]).toEqual({ step: 'notice', department: 'leasing' });
    expect(p.propertyId).toBe('prp_garden');
  });

  it('includes the fire review only for a renovation above 200 m²', () => {
    const small = createProcedureRecord({ name: 'renovation', unitId: 'unt_1', areaSqm: 200 }, options('prc_s'));
    const large = createProcedureRecord({ name: 'renovation', unitId: 'unt_1', areaSqm: 200.5 }, options('prc_l'));
    expect(small.steps.some((s) => s.id === 'fire-review')).toBe(false);
    expect(large.steps.some((s) => s.id === 'fire-review')).toBe(true);
  });

  it('refuses a renovation without the unit’s area', () => {
    expect(codeOf(() => createProcedureRecord({ name: 'renovation', unitId: 'unt_1' }, options('prc_x')))).toBe(
      'invalid-input',
    );
  });

  it('is done once every party signed every step', () => {
    const p = signAll(createProcedureRecord({ name: 'move-in', unitId: 'unt_1' }, options('prc_in')));
    expect(p.status).toBe('done');
    expect(p.progress).toEqual({ done: true, missing: [] });
    expect(
      codeOf(() =>
        applyProcedureEvent(p, { type: 'signOff', actor: 'x', at: next(), step: 'keys', department: 'customer' }),
      ),
    ).toBe('procedure/invalid-event');
  });

  it('refuses an unknown step and a party that does not sign the step', () => {
    const p = createProcedureRecord({ name: 'move-in', unitId: 'unt_1' }, options('prc_in'));
    expect(
      codeOf(() =>
        applyProcedureEvent(p, {
          type: 'signOff',
          actor: 'x',
          at: next(),
          step: 'fire-review',
          department: 'security',
        }),
      ),
    ).toBe('service/unknown-step');
    expect(
      codeOf(() =>
        applyProcedureEvent(p, { type: 'signOff', actor: 'x', at: next(), step: 'notice', department: 'finance' }),
      ),
    ).toBe('service/wrong-department');
  });

  it('waits for drawings sent back to be resubmitted before engineering signs them', () => {
    let p = createProcedureRecord(
      { name: 'renovation', unitId: 'unt_1', areaSqm: 120, depositFen: 500_000 },
      options('prc_r'),
    );
    p = applyProcedureEvent(p, { type: 'rejectDrawings', actor: 'stf_eng', at: next(), reason: 'Sprinklers moved' });
    const sign = { type: 'signOff', actor: 'stf_eng', step: 'drawings', department: 'engineering' } as const;
    expect(codeOf(() => applyProcedureEvent(p, { ...sign, at: next() }))).toBe('procedure/precondition-unmet');
    p = applyProcedureEvent(p, { type: 'resubmitDrawings', actor: 'stf_cs', at: next() });
    p = applyProcedureEvent(p, { ...sign, at: next() });
    expect(p.drawings).toMatchObject({ status: 'resubmitted', rejections: [{ reason: 'Sprinklers moved' }] });
    expect(
      codeOf(() => applyProcedureEvent(p, { type: 'rejectDrawings', actor: 'x', at: next(), reason: 'late' })),
    ).toBe('procedure/invalid-event');
  });

  it('refunds the renovation deposit less the damages assessed at completion', () => {
    let p = createProcedureRecord(
      { name: 'renovation', unitId: 'unt_1', areaSqm: 120, depositFen: 500_000 },
      options('prc_r'),
    );
    const refund = { type: 'signOff', actor: 'x', step: 'deposit-refund', department: 'finance' } as const;
    expect(codeOf(() => applyProcedureEvent(p, { ...refund, at: next() }))).toBe('procedure/precondition-unmet');
    p = applyProcedureEvent(p, { type: 'assessDamages', actor: 'stf_eng', at: next(), damagesFen: 120_000 });
    expect(p.deposit).toEqual({ depositFen: 500_000, damagesFen: 120_000, refundFen: 380_000, chargeFen: 0 });
    p = signAll(p);
    expect(p.status).toBe('done');
  });

  it('refuses the move-out until the fees are settled and the keys returned', () => {
    let p = createProcedureRecord({ name: 'move-out', unitId: 'unt_1', depositFen: 100_000 }, options('prc_o'));
    const release = { type: 'signOff', actor: 'x', step: 'release', department: 'security' } as const;
    expect(codeOf(() => applyProcedureEvent(p, { ...release, at: next() }))).toBe('procedure/precondition-unmet');
    expect(codeOf(() => applyProcedureEvent(p, { type: 'settleFees', actor: 'x', at: next() }))).toBe(
      'procedure/precondition-unmet',
    );
    p = applyProcedureEvent(p, { type: 'assessDamages', actor: 'stf_eng', at: next(), damagesFen: 150_000 });
    expect(p.deposit).toMatchObject({ refundFen: 0, chargeFen: 50_000 });
    p = applyProcedureEvent(p, { type: 'settleFees', actor: 'stf_fin', at: next(), receiptNumber: 'R-1' });
    expect(codeOf(() => applyProcedureEvent(p, { ...release, at: next() }))).toBe('procedure/precondition-unmet');
    p = applyProcedureEvent(p, { type: 'returnKeys', actor: 'stf_cs', at: next() });
    p = signAll(p);
    expect(p.status).toBe('done');
  });

  it('refuses events of another procedure', () => {
    const p = createProcedureRecord({ name: 'move-in', unitId: 'unt_1' }, options('prc_in'));
    for (const type of ['returnKeys', 'settleFees', 'resubmitDrawings'] as const) {
      expect(codeOf(() => applyProcedureEvent(p, { type, actor: 'x', at: next() }))).toBe('procedure/invalid-event');
    }
  });
});

describe('depositRefund', () => {
  it('never refunds and charges at once, and accounts for every fen', () => {
    fc.assert(
      fc.property(fc.nat(10_000_000), fc.nat(10_000_000), (deposit, damages) => {
        const s = depositRefund(deposit, damages);
        expect(s.refundFen - s.chargeFen).toBe(deposit - damages);
        expect(Math.min(s.refundFen, s.chargeFen)).toBe(0);
      }),
    );
  });

  it('refuses fractions of a fen', () => {
    expect(codeOf(() => depositRefund(100.5, 0))).toBe('invalid-input');
  });
});

describe('what a procedure can take now', () => {
  const events = {
    rejectDrawings: { type: 'rejectDrawings', reason: 'Sprinklers missing' },
    resubmitDrawings: { type: 'resubmitDrawings' },
    assessDamages: { type: 'assessDamages', damagesFen: 20_000 },
    settleFees: { type: 'settleFees' },
    returnKeys: { type: 'returnKeys' },
    checkContractor: { type: 'checkContractor', contractor },
    inspectSite: { type: 'inspectSite', department: 'security', findings: 'Extinguishers in place' },
    recordViolation: {
      type: 'recordViolation',
      department: 'customer-service',
      violation: 'noise',
      finding: 'Drilling at noon',
    },
    documentsMissing: {
      type: 'documentsMissing',
      documents: missingLicence,
      remedy: 'second-appointment',
      appointmentOn: '2026-12-31',
    },
    recordMeterReadings: { type: 'recordMeterReadings', readings },
    recordFacilities: { type: 'recordFacilities', items: facilities },
    handOverKeys: { type: 'handOverKeys', keys },
  } as const;

  it('offers exactly the sign-offs and events applyProcedureEvent accepts, at every point of a walk', () => {
    const kinds = [
      { name: 'move-in', unitId: 'unt_1' },
      { name: 'move-out', unitId: 'unt_1', depositFen: 300_000 },
      { name: 'renovation', unitId: 'unt_1', areaSqm: 240, depositFen: 500_000 },
    ] as const;
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.array(fc.nat(), { maxLength: 60 }), (kind, picks) => {
        let p = createProcedureRecord(kind, options('prc_walk'));
        for (const pick of picks) {
          const offered = nextProcedureSteps(p);
          // Every missing sign-off not offered is refused; every event not offered is refused.
          for (const m of p.progress.missing) {
            const allowed = offered.signOffs.some((s) => s.step === m.step && s.department === m.department);
            const code = codeOf(() => applyProcedureEvent(p, { type: 'signOff', actor: 'stf_head', at: next(), ...m }));
            expect(code === undefined).toBe(allowed);
          }
          for (const type of Object.keys(events) as (keyof typeof events)[]) {
            const code = codeOf(() => applyProcedureEvent(p, { ...events[type], actor: 'stf_head', at: next() }));
            expect(code === undefined).toBe(offered.events.includes(type));
          }
          const choices = [
            ...offered.signOffs.map((s) => ({ type: 'signOff' as const, ...s })),
            ...offered.events.map((type) => events[type]),
          ];
          const choice = choices[pick % Math.max(1, choices.length)];
          if (!choice) break;
          p = applyProcedureEvent(p, { ...choice, actor: 'stf_head', at: next() });
        }
      }),
      { numRuns: 40 },
    );
  });

  it('offers nothing once a procedure is done', () => {
    const done = signAll(createProcedureRecord({ name: 'move-in', unitId: 'unt_1' }, options('prc_done')));
    expect(done.status).toBe('done');
    expect(nextProcedureSteps(done)).toEqual({ signOffs: [], events: [] });
  });

  it('holds back the settlement until the damages are assessed, and release until keys and fees', () => {
    const p = createProcedureRecord({ name: 'move-out', unitId: 'unt_1', depositFen: 300_000 }, options('prc_o'));
    const first = nextProcedureSteps(p);
    expect(first.events).toEqual(['assessDamages', 'returnKeys']);
    expect(first.signOffs.some((s) => s.step === 'settlement' || s.step === 'release')).toBe(false);
    const assessed = applyProcedureEvent(p, { type: 'assessDamages', damagesFen: 45_000, actor: 'stf_e', at: next() });
    expect(nextProcedureSteps(assessed).signOffs).toContainEqual({ step: 'settlement', department: 'finance' });
    // Damages may be assessed again until the balance is settled.
    expect(nextProcedureSteps(assessed).events).toEqual(['assessDamages', 'settleFees', 'returnKeys']);
  });
});
