import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import { applyRepairEvent, createRepairOrder, nextRepairEvents, RepairTransitions } from './repair.js';
import type { RepairEventInput, RepairEventType, RepairOrder, RepairStatus } from './repair-order.js';

const T0 = Date.parse('2026-11-27T08:00:00Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

function registered(publicItem: boolean): RepairOrder {
  return createRepairOrder(
    {
      customer: '星河貿易',
      phone: '021-5555-0100',
      unit: 'B-702',
      content: 'Leaking tap in the pantry',
      appointmentAt: at(24 * 60),
      publicItem,
    },
    { id: 'rep_01', now: at(0), actor: 'stf_front' },
  );
}

function sample(type: RepairEventType, m: number): RepairEventInput {
  const base = { actor: 'eng_1', at: at(m) };
  switch (type) {
    case 'dispatch':
      return { type, ...base, receivedBy: 'eng_desk', receivedAt: at(m) };
    case 'assess':
      return { type, ...base, note: 'Tenant-owned fitting; repair allowed' };
    case 'decline':
      return { type, ...base, reason: 'Outside the service list' };
    case 'recordMaterials':
      return { type, ...base, materials: [{ name: 'Tap cartridge', suppliedByCustomer: true, check: 'pass' }] };
    case 'complete':
      return { type, ...base, work: 'Cartridge replaced' };
    case 'signOff':
      return { type, ...base, signedBy: 'Ms Chen' };
    case 'cancel':
      return { type, ...base, reason: 'Customer fixed it' };
  }
}

const run = (order: RepairOrder, ...types: RepairEventType[]) =>
  types.reduce((o, type, i) => applyRepairEvent(o, sample(type, 10 * (i + 1))), order);

const allTypes: RepairEventType[] = [
  'dispatch',
  'assess',
  'decline',
  'recordMaterials',
  'complete',
  'signOff',
  'cancel',
];

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isClubError(e) ? e.code : 'not a ClubError';
  }
  return undefined;
}

interface Case {
  make: () => RepairOrder;
  allowed: Partial<Record<RepairEventType, RepairStatus>>;
  refusals?: Partial<Record<RepairEventType, string>>;
}

const cases: Record<string, Case> = {
  'registered (private)': { make: () => registered(false), allowed: { dispatch: 'dispatched', cancel: 'cancelled' } },
  'dispatched (private)': {
    make: () => run(registered(false), 'dispatch'),
    allowed: { assess: 'assessed', decline: 'declined', recordMaterials: 'dispatched', cancel: 'cancelled' },
    refusals: { complete: 'repair/assessment-required' },
  },
  'dispatched (public)': {
    make: () => run(registered(true), 'dispatch'),
    allowed: { recordMaterials: 'dispatched', complete: 'done', cancel: 'cancelled' },
  },
  'assessed (private)': {
    make: () => run(registered(false), 'dispatch', 'assess'),
    allowed: { recordMaterials: 'assessed', complete: 'done', cancel: 'cancelled' },
  },
  'done (private)': {
    make: () => run(registered(false), 'dispatch', 'assess', 'complete'),
    allowed: { signOff: 'signed-off' },
  },
  'done (public)': { make: () => run(registered(true), 'dispatch', 'complete'), allowed: { signOff: 'signed-off' } },
  'signed-off (private)': {
    make: () => run(registered(false), 'dispatch', 'assess', 'complete', 'signOff'),
    allowed: {},
  },
  'declined (private)': { make: () => run(registered(false), 'dispatch', 'decline'), allowed: {} },
  'cancelled (public)': { make: () => run(registered(true), 'cancel'), allowed: {} },
};

describe('createRepairOrder', () => {
  it('registers the request with a register entry', () => {
    const order = registered(false);
    expect(order.status).toBe('registered');
    expect(order.history).toEqual([{ type: 'register', actor: 'stf_front', at: at(0), details: {} }]);
  });

  it('refuses a request without an appointment time', () => {
    const rest: Partial<RepairOrder> = registered(true);
    delete rest.appointmentAt;
    expect(codeOf(() => createRepairOrder(rest as never, { id: 'rep_2', now: at(0), actor: 'x' }))).toBe(
      'invalid-input',
    );
  });
});

describe('the repair order status machine', () => {
  for (const [name, c] of Object.entries(cases)) {
    for (const type of allTypes) {
      const to = c.allowed[type];
      if (to) {
        it(`takes ${type} when ${name}, leading to ${to}`, () => {
          const before = c.make();
          const after = applyRepairEvent(before, sample(type, 100));
          expect(after.status).toBe(to);
          expect(after.history.slice(0, -1)).toEqual(before.history);
        });
      } else {
        it(`refuses ${type} when ${name}`, () => {
          expect(codeOf(() => applyRepairEvent(c.make(), sample(type, 100)))).toBe(
            c.refusals?.[type] ?? 'repair/invalid-transition',
          );
        });
      }
    }
    it(`lists the next events when ${name}`, () => {
      expect(nextRepairEvents(c.make()).sort()).toEqual(Object.keys(c.allowed).sort());
    });
  }

  it('writes who received the order and when, the assessment, the work and the sign-off', () => {
    const order = run(registered(false), 'dispatch', 'assess', 'complete', 'signOff');
    expect(order).toMatchObject({
      receivedBy: 'eng_desk',
      receivedAt: at(10),
      assessment: { by: 'eng_1', at: at(20), note: 'Tenant-owned fitting; repair allowed' },
      work: 'Cartridge replaced',
      signedOffBy: 'Ms Chen',
    });
  });

  it('is not done while a customer-supplied material is pending or failed', () => {
    const assessed = run(registered(false), 'dispatch', 'assess');
    for (const check of ['pending', 'fail'] as const) {
      const withMaterial = applyRepairEvent(assessed, {
        type: 'recordMaterials',
        actor: 'eng_1',
        at: at(40),
        materials: [
          { name: 'Pipe', suppliedByCustomer: false },
          { name: 'Tap', suppliedByCustomer: true, check },
        ],
      });
      expect(codeOf(() => applyRepairEvent(withMaterial, sample('complete', 50)))).toBe('repair/material-check-failed');
      expect(nextRepairEvents(withMaterial)).not.toContain('complete');
    }
  });

  it('is done once customer-supplied materials pass, whatever the check of its own materials', () => {
    const assessed = run(registered(false), 'dispatch', 'assess');
    const checked = applyRepairEvent(assessed, {
      type: 'recordMaterials',
      actor: 'eng_1',
      at: at(40),
      materials: [
        { name: 'Pipe', suppliedByCustomer: false },
        { name: 'Tap', suppliedByCustomer: true, check: 'pass' },
      ],
    });
    expect(checked.materials?.[0]?.check).toBe('pending');
    expect(applyRepairEvent(checked, sample('complete', 50)).status).toBe('done');
  });

  it('either refuses a random event or appends exactly it, moving along the table', () => {
    const refusals = ['repair/invalid-transition', 'repair/assessment-required', 'repair/material-check-failed'];
    const step = fc.record({
      type: fc.constantFrom(...allTypes),
      gap: fc.integer({ min: 0, max: 300 }),
      check: fc.constantFrom('pass', 'fail', 'pending'),
    });
    fc.assert(
      fc.property(fc.boolean(), fc.array(step, { maxLength: 20 }), (publicItem, steps) => {
        let order = registered(publicItem);
        let minute = 0;
        for (const s of steps) {
          minute += s.gap;
          const base = sample(s.type, minute);
          const event =
            base.type === 'recordMaterials'
              ? { ...base, materials: [{ name: 'Tap', suppliedByCustomer: true, check: s.check }] }
              : base;
          const snapshot = JSON.parse(JSON.stringify(order)) as unknown;
          let next: RepairOrder | undefined;
          try {
            next = applyRepairEvent(order, event);
          } catch (e) {
            expect(isClubError(e) && refusals.includes(e.code)).toBe(true);
          }
          expect(order).toEqual(snapshot);
          if (!next) continue;
          expect(next.history.slice(0, order.history.length)).toEqual(order.history);
          expect(next.history).toHaveLength(order.history.length + 1);
          expect(next.status).toBe((RepairTransitions[order.status] as Record<string, string>)[event.type]);
          order = next;
        }
      }),
    );
  });
});
