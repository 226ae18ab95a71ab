import type {
  ApplicationApprovalResult,
  CardReplacementResult,
  MemberCardView,
  MemberSession,
  Page,
  RenewalResult,
} from '@clubkit/core/api';
import { issueCardNumber, type Member, type MemberCard, type Membership } from '@clubkit/core/membership';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problem, startTestServer, type TestResponse, type TestServer } from '../test-support.js';

/** The club's calendar day the test clock is on; every reading moves it a millisecond on, so ids sort by creation. */
let day = '2026-06-01';
let tick = 0;
const clock = () => new Date(Date.parse(`${day}T04:00:00Z`) + tick++);

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ clock });
});
afterAll(() => t.close());

const replacement = (res: TestResponse) => res.body as CardReplacementResult;
const admin = () => t.keys.admin.secret;

/** Applies and approves: a member with a membership (and its first card) on `plate`. */
async function enrol(plate: string): Promise<ApplicationApprovalResult> {
  const applied = await t.call('POST', '/v1/applications', {
    key: admin(),
    body: {
      branchId: 'br_north',
      applicant: { name: '陳美玲', phone: '13800138000' },
      plate,
      policy: { number: `P-${plate}`, start: '2026-01-01', end: '2026-12-31' },
    },
  });
  expect(applied.status).toBe(201);
  const approved = await t.call('POST', `/v1/applications/${(applied.body as { id: string }).id}/approve`, {
    key: admin(),
  });
  expect(approved.status).toBe(200);
  return approved.body as ApplicationApprovalResult;
}

function replace(cardId: string, key = admin(), headers: Record<string, string> = {}) {
  return t.call('POST', `/v1/cards/${cardId}/replace`, { key, headers });
}

describe('replacing a lost card', () => {
  let enrolled: ApplicationApprovalResult;
  let first: MemberCard;
  beforeAll(async () => {
    day = '2026-06-01';
    enrolled = await enrol('雲K10001');
    first = enrolled.membership.card;
  });

  it('supersedes the lost card today and issues a new card by core’s rules, answering with both', async () => {
    day = '2026-06-10';
    const res = await replace(first.id);
    expect(res.status, res.text).toBe(200);
    const { card, previousCard } = replacement(res);
    expect(previousCard).toEqual({ ...first, status: 'superseded', supersededOn: '2026-06-10' });
    expect(card).toEqual({
      id: expect.stringMatching(/^card_/) as unknown,
      number: issueCardNumber('62188', 2),
      membershipId: enrolled.membership.id,
      memberId: enrolled.member.id,
      tier: 'standard',
      status: 'active',
      issuedOn: '2026-06-10',
    });
    const membership = (await t.call('GET', `/v1/memberships/${enrolled.membership.id}`, { key: admin() }))
      .body as Membership;
    expect(membership).toEqual({ ...enrolled.membership, card });
    const cards = (await t.call('GET', `/v1/members/${enrolled.member.id}/cards`, { key: admin() }))
      .body as MemberCard[];
    expect(cards).toEqual([card, previousCard]);
  });

  it('shows the member the new card in the card view, with the membership unchanged', async () => {
    // A session minted now (sessions last 15 minutes of the test clock).
    const session = await t.call('POST', '/v1/member-sessions', {
      key: admin(),
      body: { memberId: enrolled.member.id },
    });
    const res = await t.call('GET', '/v1/me/card', { key: (session.body as MemberSession).token });
    expect(res.status).toBe(200);
    const view = res.body as MemberCardView;
    expect(view.membership?.card).toMatchObject({ number: issueCardNumber('62188', 2), status: 'active' });
    expect(view.membership?.card.number).not.toBe(first.number);
    expect({ ...view.membership, card: first }).toEqual(enrolled.membership);
  });

  it('refuses to replace the old card again with a typed 409, spending no card number', async () => {
    const res = await replace(first.id);
    expect([res.status, problem(res).code]).toEqual([409, 'membership/card-not-in-use']);
    // The next card issued takes the next number: the refused request used none.
    const current = (await t.call('GET', `/v1/memberships/${enrolled.membership.id}`, { key: admin() }))
      .body as Membership;
    const again = await replace(current.card.id);
    expect(again.status).toBe(200);
    expect(replacement(again).card.number).toBe(issueCardNumber('62188', 3));
  });

  it('still finds the member by the number of a card they lost: a search finds any card issued', async () => {
    const found = await t.call('GET', `/v1/members?cardNumber=${first.number}`, { key: admin() });
    expect((found.body as Page<Member>).data.map((m) => m.id)).toEqual([enrolled.member.id]);
  });

  it('renews after a replacement: the renewal supersedes the card in use', async () => {
    day = '2026-12-20';
    const current = (await t.call('GET', `/v1/memberships/${enrolled.membership.id}`, { key: admin() }))
      .body as Membership;
    const res = await t.call('POST', `/v1/memberships/${enrolled.membership.id}/renew`, {
      key: admin(),
      body: { policy: { number: 'P-2027', start: '2027-01-01', end: '2027-12-31' } },
    });
    expect(res.status).toBe(200);
    expect((res.body as RenewalResult).previousCard).toMatchObject({ id: current.card.id, status: 'superseded' });
    const cards = (await t.call('GET', `/v1/members/${enrolled.member.id}/cards`, { key: admin() }))
      .body as MemberCard[];
    expect(cards.map((c) => c.status)).toEqual(['active', 'superseded', 'superseded', 'superseded']);
  });

  it('replays a replacement retried with its Idempotency-Key, issuing one card', async () => {
    const { membership } = await enrol('雲K10002');
    const headers = { 'Idempotency-Key': 'replace-card-000000001' };
    const res = await replace(membership.card.id, admin(), headers);
    const retried = await replace(membership.card.id, admin(), headers);
    expect([res.status, retried.status]).toEqual([200, 200]);
    expect(retried.text).toBe(res.text);
    expect(retried.headers.get('idempotent-replayed')).toBe('true');
    const cards = (await t.call('GET', `/v1/members/${membership.memberId}/cards`, { key: admin() }))
      .body as MemberCard[];
    expect(cards.map((c) => c.status)).toEqual(['active', 'superseded']);
  });

  it('refuses the card of a cancelled membership with the same 409', async () => {
    const { membership } = await enrol('雲K10003');
    const cancelled = await t.call('POST', `/v1/memberships/${membership.id}/cancel`, { key: admin() });
    expect(cancelled.status).toBe(200);
    const res = await replace(membership.card.id);
    expect([res.status, problem(res).code]).toEqual([409, 'membership/card-not-in-use']);
  });

  it('answers 404 for an unknown card, and 403 to every role but the admin (card management)', async () => {
    const unknown = await replace('card_0UNKNOWN000000');
    expect([unknown.status, problem(unknown).code]).toEqual([404, 'not-found']);
    const { membership } = await enrol('雲K10004');
    for (const key of [t.keys.north.secret, t.keys.merchant.secret, t.keys.desk.secret, t.keys.publishable.secret]) {
      const res = await replace(membership.card.id, key);
      expect([res.status, problem(res).code]).toEqual([403, 'access/forbidden']);
    }
    const session = await t.call('POST', '/v1/member-sessions', {
      key: admin(),
      body: { memberId: membership.memberId },
    });
    const own = await replace(membership.card.id, (session.body as MemberSession).token);
    expect([own.status, problem(own).code]).toEqual([403, 'access/forbidden']);
    const bad = await replace('mem_1');
    expect(bad.status).toBe(400);
  });
});
