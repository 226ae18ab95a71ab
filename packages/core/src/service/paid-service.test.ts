import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import { yuan } from '../shared/money.js';
import {
  applyPaidServiceEvent,
  createPaidService,
  nextPaidServiceEvents,
  PaidServiceTransitions,
} from './paid-service.js';
import type { PaidService, PaidServiceEvent, PaidServiceEventType, PaidServiceStatus } from './paid-service-record.js';

const T0 = Date.parse('2026-11-27T08:00:00Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

function quoted(priceFen = yuan(120)): PaidService {
  return createPaidService(
    {
      customer: '星河貿易',
      phone: '021-5555-0100',
      unit: 'B-702',
      content: 'Move two filing cabinets',
      quote: { priceFen, scheduledAt: at(48 * 60) },
    },
    { id: 'psv_01', now: at(0), actor: 'stf_front' },
  );
}

function sample(type: PaidServiceEventType, m: number): PaidServiceEvent {
  const base = { actor: 'stf_1', at: at(m) };
  switch (type) {
    case 'sign':
      return { type, ...base, signedBy: 'Ms Chen' };
    case 'perform':
      return { type, ...base };
    case 'accept':
      return { type, ...base, signedBy: 'Ms Chen' };
    case 'reject':
      return { type, ...base, reason: 'Scratched the floor' };
    case 'charge':
      return { type, ...base, receiptNumber: 'R-0001' };
    case 'escalate':
      return { type, ...base, handedTo: 'stf_finance', reason: 'Refuses to pay' };
    case 'cancel':
      return { type, ...base, reason: 'No longer needed' };
  }
}

const run = (s: PaidService, ...types: PaidServiceEventType[]) =>
  types.reduce((acc, type, i) => applyPaidServiceEvent(acc, sample(type, 10 * (i + 1))), s);

const allTypes: PaidServiceEventType[] = ['sign', 'perform', 'accept', 'reject', 'charge', 'escalate', 'cancel'];

const cases: Record<
  PaidServiceStatus,
  { make: () => PaidService; allowed: Partial<Record<PaidServiceEventType, PaidServiceStatus>> }
> = {
  quoted: { make: () => quoted(), allowed: { sign: 'signed', cancel: 'cancelled' } },
  signed: { make: () => run(quoted(), 'sign'), allowed: { perform: 'performed', cancel: 'cancelled' } },
  performed: { make: () => run(quoted(), 'sign', 'perform'), allowed: { accept: 'accepted', reject: 'rework' } },
  rework: { make: () => run(quoted(), 'sign', 'perform', 'reject'), allowed: { perform: 'performed' } },
  accepted: {
    make: () => run(quoted(), 'sign', 'perform', 'accept'),
    allowed: { charge: 'charged', escalate: 'escalated' },
  },
  escalated: { make: () => run(quoted(), 'sign', 'perform', 'accept', 'escalate'), allowed: { charge: 'charged' } },
  charged: { make: () => run(quoted(), 'sign', 'perform', 'accept', 'charge'), allowed: {} },
  cancelled: { make: () => run(quoted(), 'cancel'), allowed: {} },
};

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isClubError(e) ? e.code : 'not a ClubError';
  }
  return undefined;
}

describe('createPaidService', () => {
  it('records the request with its fee notice as quoted', () => {
    const s = quoted();
    expect([s.status, s.quote.priceFen, s.history[0]?.type]).toEqual(['quoted', 12000, 'quote']);
  });

  it('refuses a price in fractional or negative fen', () => {
    for (const priceFen of [12000.5, -1]) expect(codeOf(() => quoted(priceFen))).toBe('invalid-input');
    expect(quoted(0).quote.priceFen).toBe(0);
  });
});

describe('the paid service status machine', () => {
  for (const [status, c] of Object.entries(cases)) {
    for (const type of allTypes) {
      const to = c.allowed[type];
      if (to) {
        it(`takes ${type} when ${status}, leading to ${to}`, () => {
          const before = c.make();
          const after = applyPaidServiceEvent(before, sample(type, 100));
          expect(after.status).toBe(to);
          expect(after.history.slice(0, -1)).toEqual(before.history);
        });
      } else {
        it(`refuses ${type} when ${status}`, () => {
          expect(codeOf(() => applyPaidServiceEvent(c.make(), sample(type, 100)))).toBe(
            'paid-service/invalid-transition',
          );
        });
      }
    }
  }

  it('matches the exported table and next-event lists', () => {
    expect(PaidServiceTransitions).toEqual(Object.fromEntries(Object.entries(cases).map(([k, c]) => [k, c.allowed])));
    for (const c of Object.values(cases))
      expect(nextPaidServiceEvents(c.make()).sort()).toEqual(Object.keys(c.allowed).sort());
  });

  it('reworks until the customer is satisfied, then charges the quoted price', () => {
    const s = run(quoted(yuan(88.5)), 'sign', 'perform', 'reject', 'perform', 'reject', 'perform', 'accept', 'charge');
    expect(s.status).toBe('charged');
    expect(s.charged).toEqual({ amountFen: 8850, at: at(80), receiptNumber: 'R-0001' });
    expect(s.history.filter((h) => h.type === 'perform')).toHaveLength(3);
    expect([s.feeNoticeSignedBy, s.acceptedBy]).toEqual(['Ms Chen', 'Ms Chen']);
  });

  it('hands an unpaid service to the responsible staff and charges it later', () => {
    const escalated = run(quoted(), 'sign', 'perform', 'accept', 'escalate');
    expect(escalated.handedTo).toBe('stf_finance');
    expect(applyPaidServiceEvent(escalated, sample('charge', 500)).status).toBe('charged');
  });

  it('either refuses a random event or appends exactly it, moving along the table', () => {
    const step = fc.record({ type: fc.constantFrom(...allTypes), gap: fc.integer({ min: 0, max: 300 }) });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 20 }), (steps) => {
        let s = quoted();
        let minute = 0;
        for (const { type, gap } of steps) {
          minute += gap;
          const event = sample(type, minute);
          const snapshot = JSON.parse(JSON.stringify(s)) as unknown;
          let next: PaidService | undefined;
          try {
            next = applyPaidServiceEvent(s, event);
          } catch (e) {
            expect(isClubError(e) && e.code).toBe('paid-service/invalid-transition');
          }
          expect(s).toEqual(snapshot);
          if (!next) continue;
          expect(next.history.slice(0, s.history.length)).toEqual(s.history);
          expect(next.history).toHaveLength(s.history.length + 1);
          expect(next.status).toBe((PaidServiceTransitions[s.status] as Record<string, string>)[type]);
          s = next;
        }
      }),
    );
  });
});
