import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import { ServiceErrorCode } from './errors.js';
import { applyWorkflowEvent, nextWorkflowEvents, type Workflow } from './workflow.js';

// A two-step toy workflow exercising each part of the helper.
type Status = 'open' | 'locked' | 'done';
type Event =
  | { type: 'lock'; actor: string; at: string; note: string }
  | { type: 'finish'; actor: string; at: string; size: number }
  | { type: 'poke'; actor: string; at: string };
interface Toy {
  status: Status;
  size?: number;
  blocked?: boolean;
  history: { type: string; actor: string; at: string; details: Record<string, unknown> }[];
}

const toy: Workflow<Status, Event, Toy> = {
  kind: 'toy',
  invalidTransition: ServiceErrorCode.visitInvalidTransition,
  transitions: { open: { lock: 'locked', poke: 'open' }, locked: { finish: 'done' }, done: {} },
  when: { lock: (t) => (t.blocked ? { reason: 'blocked' } : undefined) },
  check: {
    finish: (_t, e) =>
      e.size > 10 ? { code: ServiceErrorCode.repairMaterialCheckFailed, reason: 'too big' } : undefined,
  },
  explain: {
    finish: (t) =>
      t.status === 'open' ? { code: ServiceErrorCode.repairAssessmentRequired, reason: 'lock first' } : undefined,
  },
  effects: { finish: (t, e) => ({ ...t, size: e.size }) },
};

const open: Toy = {
  status: 'open',
  history: [{ type: 'create', actor: 'a', at: '2026-01-01T00:00:00Z', details: {} }],
};

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isClubError(e) ? e.code : 'not a ClubError';
  }
  return undefined;
}

describe('the event workflow', () => {
  it('moves along the table and appends the event, payload in details', () => {
    const locked = applyWorkflowEvent(toy, open, { type: 'lock', actor: 'b', at: '2026-01-01T01:00:00Z', note: 'n' });
    expect(locked.status).toBe('locked');
    expect(locked.history).toEqual([
      ...open.history,
      { type: 'lock', actor: 'b', at: '2026-01-01T01:00:00Z', details: { note: 'n' } },
    ]);
    const done = applyWorkflowEvent(toy, locked, { type: 'finish', actor: 'c', at: '2026-01-01T02:00:00Z', size: 3 });
    expect([done.status, done.size]).toEqual(['done', 3]);
  });

  it('never changes the record it is given', () => {
    const frozen = Object.freeze({ ...open, history: Object.freeze([...open.history]) }) as Toy;
    const poked = applyWorkflowEvent(toy, frozen, { type: 'poke', actor: 'b', at: '2026-01-01T00:00:00Z' });
    expect(poked).not.toBe(frozen);
    expect(frozen.history).toHaveLength(1);
    expect(poked.history).toHaveLength(2);
  });

  it('refuses an event missing from the table with the invalid-transition code and details', () => {
    const done: Toy = { ...open, status: 'done' };
    let error: unknown;
    try {
      applyWorkflowEvent(toy, done, { type: 'poke', actor: 'b', at: '2026-01-02T00:00:00Z' });
    } catch (e) {
      error = e;
    }
    expect(isClubError(error) && [error.code, error.details['status'], error.details['event']]).toEqual([
      'visit/invalid-transition',
      'done',
      'poke',
    ]);
    expect((error as Error).message).toMatch(/toy that is done: it takes no more events/);
  });

  it('uses a more specific refusal when the definition explains one', () => {
    expect(
      codeOf(() => applyWorkflowEvent(toy, open, { type: 'finish', actor: 'b', at: '2026-01-02T00:00:00Z', size: 1 })),
    ).toBe('repair/assessment-required');
  });

  it('honours record guards and event guards', () => {
    expect(
      codeOf(() =>
        applyWorkflowEvent(
          toy,
          { ...open, blocked: true },
          { type: 'lock', actor: 'b', at: '2026-01-02T00:00:00Z', note: '' },
        ),
      ),
    ).toBe('visit/invalid-transition');
    const locked: Toy = { ...open, status: 'locked' };
    expect(
      codeOf(() =>
        applyWorkflowEvent(toy, locked, { type: 'finish', actor: 'b', at: '2026-01-02T00:00:00Z', size: 11 }),
      ),
    ).toBe('repair/material-check-failed');
  });

  it('refuses an event dated before the last history entry, but accepts the same instant', () => {
    expect(
      codeOf(() => applyWorkflowEvent(toy, open, { type: 'poke', actor: 'b', at: '2025-12-31T23:59:59.999Z' })),
    ).toBe('service/event-out-of-order');
    expect(
      applyWorkflowEvent(toy, open, { type: 'poke', actor: 'b', at: '2026-01-01T00:00:00.000Z' }).history,
    ).toHaveLength(2);
  });

  it('lists the next events the table and the record guards allow', () => {
    expect(nextWorkflowEvents(toy, open)).toEqual(['lock', 'poke']);
    expect(nextWorkflowEvents(toy, { ...open, blocked: true })).toEqual(['poke']);
    expect(nextWorkflowEvents(toy, { ...open, status: 'done' })).toEqual([]);
  });
});
