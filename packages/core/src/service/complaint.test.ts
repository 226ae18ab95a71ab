import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import { applyComplaintEvent, createComplaint, nextComplaintEvents } from './complaint.js';
import type { ComplaintEvent, ComplaintEventType } from './complaint-event.js';
import type { Complaint } from './complaint-record.js';
import { complaintReference } from './complaint-reference.js';
import type { ComplaintStatus } from './complaint-types.js';
import { ComplaintTransitions } from './complaint-workflow.js';
import type { NewComplaintInput } from './new-complaint.js';

const T0 = Date.parse('2026-11-27T08:00:00Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

const form: NewComplaintInput = {
  name: '王小明',
  company: '星河貿易',
  subject: { unit: 'A-1203' },
  content: '空調加班費計算有誤',
  phone: '021-5555 0100',
  category: 'billing',
};
const options = { id: 'cmp_01HX', reference: complaintReference('2026-11-27', 7), now: at(0), actor: 'stf_front' };

function received(severity: 'normal' | 'serious' = 'normal'): Complaint {
  return createComplaint({ ...form, severity }, options);
}

/** A sample event of each type at minute `m`. */
function sample(type: ComplaintEventType, m: number): ComplaintEvent {
  const base = { actor: 'stf_cs', at: at(m) };
  switch (type) {
    case 'assign':
      return { type, ...base, department: 'engineering', dueAt: at(m + 24 * 60) };
    case 'escalate':
      return { type, ...base, to: 'general-manager', reason: 'Tenant threatens to leave' };
    case 'resolve':
      return { type, ...base, resolution: 'Bill corrected and refunded', signedBy: 'eng_head' };
    case 'followUp':
      return { type, ...base, satisfied: false, comment: 'Still not refunded' };
    case 'reopen':
      return { type, ...base, reason: 'Refund missing' };
    case 'close':
      return { type, ...base };
    case 'flagMalicious':
      return { type, ...base, reason: 'Same claim filed ten times' };
  }
}

const escalateTo = (to: 'manager' | 'general-manager', m: number): ComplaintEvent => ({
  type: 'escalate',
  actor: 'stf_cs',
  at: at(m),
  to,
  reason: 'Needs a decision',
});

const apply = (c: Complaint, ...types: ComplaintEventType[]) =>
  types.reduce((acc, type, i) => applyComplaintEvent(acc, sample(type, 10 * (i + 1))), c);

const inStatus: Record<ComplaintStatus, () => Complaint> = {
  received: () => received(),
  assigned: () => apply(received(), 'assign'),
  escalated: () => received('serious'),
  resolved: () => apply(received(), 'assign', 'resolve'),
  'followed-up': () => apply(received(), 'assign', 'resolve', 'followUp'),
  closed: () => apply(received(), 'assign', 'resolve', 'followUp', 'close'),
};

const allTypes: ComplaintEventType[] = [
  'assign',
  'escalate',
  'resolve',
  'followUp',
  'reopen',
  'close',
  'flagMalicious',
];

const expected: Record<ComplaintStatus, Partial<Record<ComplaintEventType, ComplaintStatus>>> = {
  received: { assign: 'assigned', escalate: 'escalated', resolve: 'resolved', flagMalicious: 'received' },
  assigned: { assign: 'assigned', escalate: 'escalated', resolve: 'resolved', flagMalicious: 'assigned' },
  escalated: { assign: 'assigned', escalate: 'escalated', flagMalicious: 'escalated' },
  resolved: { followUp: 'followed-up', flagMalicious: 'resolved' },
  'followed-up': { close: 'closed', reopen: 'received', flagMalicious: 'followed-up' },
  closed: {},
};

function errorOf(fn: () => unknown): { code: string; details: Record<string, unknown> } | undefined {
  try {
    fn();
  } catch (e) {
    if (isClubError(e)) return { code: e.code, details: e.details };
    throw e;
  }
  return undefined;
}

describe('createComplaint', () => {
  it('registers the complaint as received with a receive entry and an acceptance deadline', () => {
    const c = received();
    expect(c).toMatchObject({
      id: 'cmp_01HX',
      reference: 'C20261127-0007',
      status: 'received',
      receivedAt: at(0),
      channel: 'web',
      severity: 'normal',
    });
    expect(c.history).toEqual([
      { type: 'receive', actor: 'stf_front', at: at(0), details: { channel: 'web', severity: 'normal' } },
    ]);
    expect(c.deadline).toBe(at(24 * 60));
    expect(c).not.toHaveProperty('memberId');
  });

  it('escalates a serious complaint to the customer-service manager at once', () => {
    const c = received('serious');
    expect([c.status, c.escalatedTo]).toEqual(['escalated', 'manager']);
    expect(c.history.map((h) => h.type)).toEqual(['receive', 'escalate']);
  });

  it('keeps the member id when the complainant is signed in', () => {
    expect(createComplaint(form, { ...options, memberId: 'mbr_42' }).memberId).toBe('mbr_42');
  });

  it('refuses bad input and bad options with invalid-input', () => {
    expect(errorOf(() => createComplaint({ ...form, phone: 'call me' }, options))?.code).toBe('invalid-input');
    expect(errorOf(() => createComplaint(form, { ...options, id: 'rep_1' }))?.code).toBe('invalid-input');
    expect(errorOf(() => createComplaint(form, { ...options, now: '2026-11-27 08:00' }))?.code).toBe('invalid-input');
  });
});

describe('the complaint status machine', () => {
  for (const status of Object.keys(inStatus) as ComplaintStatus[]) {
    for (const type of allTypes) {
      const to = expected[status][type];
      if (to) {
        it(`takes ${type} when ${status}, leading to ${to}`, () => {
          const before = inStatus[status]();
          const after = applyComplaintEvent(before, sample(type, 100));
          expect(after.status).toBe(to);
          expect(after.history.slice(0, -1)).toEqual(before.history);
          expect(after.history.at(-1)).toMatchObject({ type, actor: 'stf_cs', at: at(100) });
        });
      } else {
        it(`refuses ${type} when ${status}`, () => {
          const error = errorOf(() => applyComplaintEvent(inStatus[status](), sample(type, 100)));
          const code =
            type === 'close' && status !== 'closed' ? 'complaint/follow-up-required' : 'complaint/invalid-transition';
          expect(error).toMatchObject({ code, details: { status, event: type } });
        });
      }
    }
  }

  it('matches the exported transition table and next-event lists', () => {
    expect(ComplaintTransitions).toEqual(expected);
    for (const status of Object.keys(inStatus) as ComplaintStatus[]) {
      expect(nextComplaintEvents(inStatus[status]()).sort()).toEqual(Object.keys(expected[status]).sort());
    }
  });

  it('records assignment, resolution, follow-up and satisfaction on the complaint', () => {
    const done = apply(received(), 'assign', 'resolve');
    expect([done.department, done.deadline]).toEqual(['engineering', at(10 + 24 * 60)]);
    expect(done.resolution).toEqual({ text: 'Bill corrected and refunded', signedBy: 'eng_head', at: at(20) });
    const happy = applyComplaintEvent(done, { type: 'followUp', actor: 'stf_cs', at: at(30), satisfied: true });
    expect([happy.followUp, happy.satisfaction]).toEqual([{ satisfied: true, at: at(30) }, true]);
  });

  it('reopens only an unsatisfied follow-up, back to received with a fresh acceptance deadline', () => {
    const unsatisfied = inStatus['followed-up']();
    const reopened = applyComplaintEvent(unsatisfied, sample('reopen', 200));
    expect(reopened.status).toBe('received');
    expect(reopened.deadline).toBe(at(200 + 24 * 60));
    expect(reopened).not.toHaveProperty('resolution');
    expect(reopened).not.toHaveProperty('followUp');
    expect(reopened.history.filter((h) => h.type === 'resolve')).toHaveLength(1);

    const satisfied = applyComplaintEvent(apply(received(), 'assign', 'resolve'), {
      type: 'followUp',
      actor: 'x',
      at: at(50),
      satisfied: true,
    });
    expect(nextComplaintEvents(satisfied)).not.toContain('reopen');
    expect(errorOf(() => applyComplaintEvent(satisfied, sample('reopen', 60)))?.code).toBe(
      'complaint/invalid-transition',
    );
  });

  it('lets an escalation only go higher while the complaint is escalated', () => {
    const withManager = received('serious');
    expect(errorOf(() => applyComplaintEvent(withManager, escalateTo('manager', 5)))?.code).toBe(
      'complaint/invalid-transition',
    );
    const withGm = applyComplaintEvent(withManager, sample('escalate', 5));
    expect(withGm.escalatedTo).toBe('general-manager');
    expect(nextComplaintEvents(withGm)).not.toContain('escalate');
    const assigned = applyComplaintEvent(withGm, sample('assign', 6));
    expect(applyComplaintEvent(assigned, escalateTo('manager', 7)).escalatedTo).toBe('manager');
  });

  it('never closes a complaint without a follow-up', () => {
    for (const status of ['received', 'assigned', 'escalated', 'resolved'] as const) {
      expect(errorOf(() => applyComplaintEvent(inStatus[status](), sample('close', 100)))?.code).toBe(
        'complaint/follow-up-required',
      );
    }
    const closed = inStatus.closed();
    expect(closed.history.map((h) => h.type)).toContain('followUp');
  });

  it('flags a malicious complaint, keeps its history and still answers and closes it', () => {
    const assigned = inStatus.assigned();
    const flagged = applyComplaintEvent(assigned, sample('flagMalicious', 15));
    expect(flagged.status).toBe('assigned');
    expect(flagged.malicious).toEqual({ reason: 'Same claim filed ten times', at: at(15), by: 'stf_cs' });
    expect(flagged.history.slice(0, assigned.history.length)).toEqual(assigned.history);
    expect(errorOf(() => applyComplaintEvent(flagged, sample('flagMalicious', 16)))?.code).toBe(
      'complaint/invalid-transition',
    );
    const closed = ['resolve', 'followUp', 'close'].reduce(
      (c, type, i) => applyComplaintEvent(c, sample(type as ComplaintEventType, 20 + i)),
      flagged,
    );
    expect(closed.status).toBe('closed');
    expect(closed.malicious).toEqual(flagged.malicious);
    expect(closed.history.map((h) => h.type)).toEqual([
      'receive',
      'assign',
      'flagMalicious',
      'resolve',
      'followUp',
      'close',
    ]);
  });

  it('refuses every event on a closed complaint', () => {
    const closed = inStatus.closed();
    expect(nextComplaintEvents(closed)).toEqual([]);
    for (const type of allTypes)
      expect(errorOf(() => applyComplaintEvent(closed, sample(type, 500)))?.code).toBe('complaint/invalid-transition');
  });

  it('refuses a deadline that is not after the assignment', () => {
    const error = errorOf(() =>
      applyComplaintEvent(received(), { ...sample('assign', 10), dueAt: at(10) } as ComplaintEvent),
    );
    expect(error?.code).toBe('invalid-input');
  });

  it('refuses an event dated before the last history entry', () => {
    expect(errorOf(() => applyComplaintEvent(inStatus.assigned(), sample('resolve', 5)))?.code).toBe(
      'service/event-out-of-order',
    );
  });

  it('refuses unknown event types and malformed complaints with invalid-input', () => {
    expect(
      errorOf(() =>
        applyComplaintEvent(received(), { type: 'delete', actor: 'x', at: at(1) } as unknown as ComplaintEvent),
      )?.code,
    ).toBe('invalid-input');
    expect(errorOf(() => applyComplaintEvent({ ...received(), history: [] }, sample('assign', 1)))?.code).toBe(
      'invalid-input',
    );
  });

  it('either refuses a random event or appends exactly it, moving along the table, never touching the input', () => {
    const step = fc.record({
      type: fc.constantFrom(...allTypes),
      gap: fc.integer({ min: 0, max: 600 }),
      satisfied: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.constantFrom<'normal' | 'serious'>('normal', 'serious'),
        fc.array(step, { maxLength: 25 }),
        (severity, steps) => {
          let c = received(severity);
          let minute = 0;
          for (const s of steps) {
            minute += s.gap;
            const base = sample(s.type, minute);
            const event = base.type === 'followUp' ? { ...base, satisfied: s.satisfied } : base;
            const snapshot = JSON.parse(JSON.stringify(c)) as unknown;
            let next: Complaint | undefined;
            try {
              next = applyComplaintEvent(c, event);
            } catch (e) {
              expect(
                isClubError(e) && ['complaint/invalid-transition', 'complaint/follow-up-required'].includes(e.code),
              ).toBe(true);
            }
            expect(c).toEqual(snapshot);
            if (!next) continue;
            expect(next.history.slice(0, c.history.length)).toEqual(c.history);
            expect(next.history).toHaveLength(c.history.length + 1);
            expect(next.status).toBe((ComplaintTransitions[c.status] as Record<string, string>)[event.type]);
            c = next;
          }
        },
      ),
    );
  });
});
