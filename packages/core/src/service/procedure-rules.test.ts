import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import { applyProcedureEvent, createProcedureRecord, nextProcedureSteps } from './procedure-case.js';
import type { ProcedureEvent, ProcedureRecord } from './procedure-record.js';
import { siteInspectionGaps } from './site-inspection.js';

// The renovation and move-in rules of A4 §3.2 and §3.1 on a stored procedure.

const T0 = Date.parse('2026-11-27T01:00:00Z');
let tick = 0;
const next = () => new Date(T0 + ++tick * 60_000).toISOString();
const options = (id: string) => ({ id, now: new Date(T0).toISOString(), actor: 'stf_cs', propertyId: 'prp_garden' });
const zone = 'Asia/Shanghai';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (isClubError(e)) return e.code;
    throw e;
  }
  return undefined;
}

type EventBody = ProcedureEvent extends infer E ? (E extends unknown ? Omit<E, 'actor' | 'at'> : never) : never;
const apply = (p: ProcedureRecord, e: EventBody, at = next()) => applyProcedureEvent(p, { ...e, actor: 'stf_cs', at });
const sign = (p: ProcedureRecord, step: string, at = next()) =>
  (p.steps.find((s) => s.id === step)?.departments ?? []).reduce(
    (q, department) => apply(q, { type: 'signOff', step, department }, at),
    p,
  );
const contractor = (qualificationGrade: number) => ({
  name: '安達裝飾工程有限公司',
  licenceNumber: '91530100MA6K0001',
  qualificationGrade,
});
const renovation = () =>
  createProcedureRecord({ name: 'renovation', unitId: 'unt_1', areaSqm: 120, depositFen: 300_000 }, options('prc_r'));
const moveIn = () => createProcedureRecord({ name: 'move-in', unitId: 'unt_1' }, options('prc_in'));

/** A renovation signed up to and including the site protection: work is on. */
function working(): ProcedureRecord {
  let p = apply(renovation(), { type: 'checkContractor', contractor: contractor(2) });
  for (const step of ['application', 'drawings', 'fees', 'undertakings', 'permit', 'worker-passes', 'site-protection'])
    p = sign(p, step);
  return p;
}

describe('a renovation’s contractor', () => {
  it('refuses the permit before the contractor’s licence and qualification are checked', () => {
    const p = renovation();
    const permit = { type: 'signOff', step: 'permit', department: 'engineering' } as const;
    expect(codeOf(() => apply(p, permit))).toBe('procedure/precondition-unmet');
    expect(nextProcedureSteps(p).signOffs.some((s) => s.step === 'permit')).toBe(false);
    const checked = apply(p, { type: 'checkContractor', contractor: contractor(2) });
    expect(checked.contractor).toMatchObject({
      qualificationGrade: 2,
      licenceNumber: '91530100MA6K0001',
      by: 'stf_cs',
    });
    expect(nextProcedureSteps(checked).signOffs).toContainEqual({ step: 'permit', department: 'engineering' });
  });

  it('accepts a grade 2 contractor and refuses a grade 3 one, recording nothing', () => {
    const p = renovation();
    expect(codeOf(() => apply(p, { type: 'checkContractor', contractor: contractor(3) }))).toBe(
      'procedure/contractor-unqualified',
    );
    expect(apply(p, { type: 'checkContractor', contractor: contractor(2) }).contractor?.qualificationGrade).toBe(2);
  });

  it('takes another contractor until the permit is being signed, then none', () => {
    let p = apply(renovation(), { type: 'checkContractor', contractor: contractor(2) });
    p = apply(p, { type: 'checkContractor', contractor: { ...contractor(1), name: '華南建設' } });
    expect(p.contractor?.name).toBe('華南建設');
    p = apply(p, { type: 'signOff', step: 'permit', department: 'security' });
    expect(codeOf(() => apply(p, { type: 'checkContractor', contractor: contractor(1) }))).toBe(
      'procedure/invalid-event',
    );
  });

  it('is a renovation’s alone', () => {
    expect(codeOf(() => apply(moveIn(), { type: 'checkContractor', contractor: contractor(1) }))).toBe(
      'procedure/invalid-event',
    );
  });
});

describe('a renovation’s daily inspections', () => {
  it('takes inspections only while work is on: after the site protection, before completion acceptance', () => {
    const inspection = { type: 'inspectSite', department: 'security', findings: 'Extinguishers in place' } as const;
    expect(codeOf(() => apply(renovation(), inspection))).toBe('procedure/precondition-unmet');
    const p = apply(working(), inspection);
    expect(p.inspections).toEqual([
      expect.objectContaining({ department: 'security', findings: 'Extinguishers in place' }),
    ]);
    const accepting = apply(p, { type: 'signOff', step: 'completion', department: 'customer' });
    expect(codeOf(() => apply(accepting, inspection))).toBe('procedure/invalid-event');
    expect(nextProcedureSteps(accepting).events).not.toContain('inspectSite');
  });

  it('reports the day a department did not inspect, and nothing once all three did', () => {
    let p = working();
    const day = p.signOffs.at(-1)?.at.slice(0, 10) ?? '';
    p = apply(p, { type: 'inspectSite', department: 'customer-service', findings: 'Corridor floor covered' });
    p = apply(p, { type: 'inspectSite', department: 'security', findings: 'No smoking on site' });
    expect(siteInspectionGaps(p, { today: day, timeZone: zone })).toEqual([{ day, missing: ['engineering'] }]);
    p = apply(p, { type: 'inspectSite', department: 'engineering', findings: 'Walls as drawn' });
    expect(siteInspectionGaps(p, { today: day, timeZone: zone })).toEqual([]);
  });

  it('reports no gaps before work starts or for another procedure', () => {
    expect(siteInspectionGaps(renovation(), { today: '2026-12-01', timeZone: zone })).toEqual([]);
    expect(siteInspectionGaps(moveIn(), { today: '2026-12-01', timeZone: zone })).toEqual([]);
  });
});

describe('a renovation’s violations', () => {
  const noise = {
    type: 'recordViolation',
    department: 'customer-service',
    violation: 'noise',
    finding: 'Drilling during office hours',
  } as const;

  it('records a violation corrected on the spot, and one fined from the price list', () => {
    let p = apply(working(), noise);
    p = apply(p, { ...noise, priceId: 'spr_noise', fineFen: 50_000 });
    expect(p.violations).toEqual([
      expect.objectContaining({ violation: 'noise', department: 'customer-service' }),
      expect.objectContaining({ violation: 'noise', priceId: 'spr_noise', fineFen: 50_000 }),
    ]);
    expect(p.violations?.[0]).not.toHaveProperty('fineFen');
  });

  it('refuses a fine without its price-list line, and a violation before work starts', () => {
    expect(codeOf(() => apply(working(), { ...noise, fineFen: 50_000 }))).toBe('procedure/invalid-event');
    expect(codeOf(() => apply(working(), { ...noise, priceId: 'spr_noise' }))).toBe('procedure/invalid-event');
    expect(codeOf(() => apply(renovation(), noise))).toBe('procedure/precondition-unmet');
  });
});

describe('a move-in’s papers and hand-over', () => {
  it('records missing papers with an alternative or a second appointment, until the papers are checked', () => {
    let p = apply(moveIn(), {
      type: 'documentsMissing',
      documents: ['business-licence'],
      remedy: 'substitute',
      substitute: 'A sealed copy faxed by 17:00',
    });
    p = apply(p, {
      type: 'documentsMissing',
      documents: ['power-of-attorney', 'agent-identity'],
      remedy: 'second-appointment',
      appointmentOn: '2026-11-30',
    });
    expect(p.missingDocuments?.map((m) => m.remedy)).toEqual(['substitute', 'second-appointment']);
    p = sign(p, 'identity');
    expect(
      codeOf(() =>
        apply(p, { type: 'documentsMissing', documents: ['identity'], remedy: 'substitute', substitute: 'x' }),
      ),
    ).toBe('procedure/invalid-event');
  });

  it('refuses a remedy that does not say what or when, and a second appointment in the past', () => {
    const p = moveIn();
    const missing = { type: 'documentsMissing' as const, documents: ['identity' as const] };
    expect(codeOf(() => apply(p, { ...missing, remedy: 'second-appointment' }))).toBe('invalid-input');
    expect(codeOf(() => apply(p, { ...missing, remedy: 'substitute' }))).toBe('invalid-input');
    expect(codeOf(() => apply(p, { ...missing, remedy: 'second-appointment', appointmentOn: '2026-11-26' }))).toBe(
      'procedure/invalid-event',
    );
    expect(
      codeOf(() => apply(p, { type: 'documentsMissing', documents: [], remedy: 'substitute', substitute: 'x' })),
    ).toBe('invalid-input');
  });

  it('waits for the meter readings, the facilities list and the keys before their parties sign them', () => {
    let p = moveIn();
    for (const step of ['meter-readings', 'unit-check', 'keys']) {
      expect(codeOf(() => apply(p, { type: 'signOff', step, department: 'customer-service' }))).toBe(
        'procedure/precondition-unmet',
      );
    }
    p = apply(p, { type: 'recordMeterReadings', readings: { electricity: 1520.5, water: 88 } });
    p = apply(p, {
      type: 'recordFacilities',
      items: [
        { item: 'Air-conditioning unit', count: 2, condition: 'good' },
        { item: 'Window blind', count: 1, condition: 'defective', note: 'Cord broken; passed to engineering' },
      ],
    });
    p = apply(p, { type: 'handOverKeys', keys: [{ label: 'Front door', count: 3 }] });
    expect(p.meterReadings).toMatchObject({ electricity: 1520.5, water: 88 });
    expect(p.meterReadings).not.toHaveProperty('gas');
    expect(p.facilities?.items).toHaveLength(2);
    expect(p.keysHandedOver?.keys).toEqual([{ label: 'Front door', count: 3 }]);
    for (const step of p.steps) p = sign(p, step.id);
    expect(p.status).toBe('done');
  });

  it('takes corrected readings until a party signs them, then refuses them', () => {
    let p = apply(moveIn(), { type: 'recordMeterReadings', readings: { electricity: 1, water: 1, gas: 1 } });
    p = apply(p, { type: 'recordMeterReadings', readings: { electricity: 2, water: 2, gas: 2 } });
    expect(p.meterReadings?.electricity).toBe(2);
    p = apply(p, { type: 'signOff', step: 'meter-readings', department: 'engineering' });
    expect(codeOf(() => apply(p, { type: 'recordMeterReadings', readings: { electricity: 3, water: 3 } }))).toBe(
      'procedure/invalid-event',
    );
    expect(codeOf(() => apply(p, { type: 'recordMeterReadings', readings: { electricity: -1, water: 3 } }))).toBe(
      'invalid-input',
    );
  });
});
