import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import type { Procedure } from './procedure.js';
import { procedureProgress, type SignOff } from './procedure-progress.js';
import { moveIn, moveOut, renovation } from './procedures.js';

const at = '2026-11-27T08:00:00Z';
const allSignOffs = (p: Procedure): SignOff[] =>
  p.steps.flatMap((s) => s.departments.map((department) => ({ step: s.id, department, at, by: `${department}-head` })));
const stepIds = (p: Procedure) => p.steps.map((s) => s.id);
const partiesOf = (p: Procedure, id: string) => p.steps.find((s) => s.id === id)?.departments;

function errorOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    if (isClubError(e)) return { code: e.code, details: e.details };
    throw e;
  }
  return undefined;
}

describe('procedure definitions', () => {
  it('has move-in meter readings signed by three parties and keys signed for', () => {
    expect(partiesOf(moveIn, 'meter-readings')).toEqual(['engineering', 'customer-service', 'customer']);
    expect(stepIds(moveIn)).toEqual(expect.arrayContaining(['identity', 'handbooks', 'keys']));
  });

  it('has the renovation permit signed by customer service, engineering and security', () => {
    expect(partiesOf(renovation({ areaSqm: 80 }), 'permit')).toEqual(['customer-service', 'engineering', 'security']);
    expect(partiesOf(renovation({ areaSqm: 80 }), 'drawings')).toEqual(['engineering']);
  });

  it('requires the fire review only for units over 200 m²', () => {
    const has = (areaSqm: number) => stepIds(renovation({ areaSqm })).includes('fire-review');
    expect([has(199.99), has(200), has(200.01), has(201)]).toEqual([false, false, true, true]);
    expect(partiesOf(renovation({ areaSqm: 201 }), 'fire-review')).toEqual(['security']);
  });

  it('puts the fire review before the permit', () => {
    const ids = stepIds(renovation({ areaSqm: 350 }));
    expect(ids.indexOf('fire-review')).toBeLessThan(ids.indexOf('permit'));
    expect(ids.indexOf('drawings')).toBeLessThan(ids.indexOf('fire-review'));
  });

  it('refuses a unit without a positive area', () => {
    for (const areaSqm of [0, -5, Number.NaN])
      expect(errorOf(() => renovation({ areaSqm }))?.code).toBe('invalid-input');
  });

  it('has move-out inspected by engineering and security and settled by finance', () => {
    expect(partiesOf(moveOut, 'inspection')).toEqual(['engineering', 'security']);
    expect(partiesOf(moveOut, 'settlement')).toEqual(['finance']);
    expect(stepIds(moveOut).indexOf('inspection')).toBeLessThan(stepIds(moveOut).indexOf('settlement'));
  });

  it('gives every built-in procedure unique step ids and freezes it', () => {
    for (const p of [moveIn, moveOut, renovation({ areaSqm: 500 })]) {
      expect(new Set(stepIds(p)).size).toBe(p.steps.length);
      expect(Object.isFrozen(p.steps)).toBe(true);
    }
  });
});

describe('procedureProgress', () => {
  it('lists every sign-off as missing before anything is signed, in step order', () => {
    const progress = procedureProgress(moveOut, []);
    expect(progress.done).toBe(false);
    expect(progress.missing).toEqual(allSignOffs(moveOut).map(({ step, department }) => ({ step, department })));
  });

  it('is done when every party has signed every step, in any order and with repeats', () => {
    const signed = allSignOffs(moveIn);
    expect(procedureProgress(moveIn, [...signed].reverse().concat(signed.slice(0, 2)))).toEqual({
      done: true,
      missing: [],
    });
  });

  it('still needs the fire review for a large unit after the small-unit sign-offs', () => {
    const small = allSignOffs(renovation({ areaSqm: 200 }));
    expect(procedureProgress(renovation({ areaSqm: 201 }), small)).toEqual({
      done: false,
      missing: [{ step: 'fire-review', department: 'security' }],
    });
    expect(procedureProgress(renovation({ areaSqm: 200 }), small).done).toBe(true);
  });

  it('refuses a sign-off for a step the procedure lacks', () => {
    const fireReview = { step: 'fire-review', department: 'security' as const, at, by: 'sec-head' };
    expect(errorOf(() => procedureProgress(renovation({ areaSqm: 200 }), [fireReview]))).toEqual({
      code: 'service/unknown-step',
      details: { procedure: 'renovation', step: 'fire-review' },
    });
  });

  it('refuses a sign-off by a party that does not sign that step', () => {
    expect(
      errorOf(() => procedureProgress(moveOut, [{ step: 'settlement', department: 'security', at, by: 'x' }])),
    ).toEqual({
      code: 'service/wrong-department',
      details: { procedure: 'move-out', step: 'settlement', department: 'security' },
    });
  });

  it('refuses malformed sign-offs and procedures with invalid-input', () => {
    expect(
      errorOf(() => procedureProgress(moveOut, [{ step: 'passes', department: 'janitor', at, by: 'x' } as never]))
        ?.code,
    ).toBe('invalid-input');
    const duplicated = { name: 'custom', steps: [moveOut.steps[0], moveOut.steps[0]] } as Procedure;
    expect(errorOf(() => procedureProgress(duplicated, []))?.code).toBe('invalid-input');
  });

  it('misses exactly the sign-offs not given', () => {
    const every = allSignOffs(renovation({ areaSqm: 300 }));
    fc.assert(
      fc.property(fc.subarray(every), (given) => {
        const { done, missing } = procedureProgress(renovation({ areaSqm: 300 }), given);
        const key = (s: { step: string; department: string }) => `${s.step}/${s.department}`;
        const givenKeys = new Set(given.map(key));
        return (
          done === (missing.length === 0) &&
          missing.length + givenKeys.size === every.length &&
          missing.every((m) => !givenKeys.has(key(m)))
        );
      }),
    );
  });
});
