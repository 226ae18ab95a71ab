/**
 * Deterministic memberships, applications, complaints and merchants for the stats tests and benchmarks,
 * built through the membership and service contexts' own functions (many merchants come from the
 * merchants context's fixtures). Not part of the public entry.
 */
import { addDays } from '../shared/calendar.js';
import type { Tier } from '../shared/tier.js';
import {
  approveApplication,
  cancelMembership,
  issueCardNumber,
  rejectApplication,
  startMembership,
  type Membership,
  type MembershipApplication,
} from '../membership/index.js';
import type { Merchant, MerchantCategory, Offer } from '../merchants/index.js';
import {
  applyComplaintEvent,
  complaintReference,
  createComplaint,
  type Complaint,
  type ComplaintEvent,
} from '../service/index.js';

/** What a test membership looks like: its branch, tier, policy and optional cancellation day. */
export interface MembershipSketch {
  n: number;
  branch: string;
  tier?: Tier;
  start: string;
  end: string;
  cancelledOn?: string;
}

/** A valid membership from a sketch; `n` makes its ids, plate and card number unique. */
export function membershipOf(s: MembershipSketch): Membership {
  const id = `mem_${s.n}`;
  const memberId = `mbr_${s.n}`;
  const branchId = `br_${s.branch}`;
  const policy = {
    id: `pol_${s.n}`,
    number: `P-${s.n}`,
    memberId,
    branchId,
    plate: `京A${String(s.n).padStart(5, '0')}`,
    start: s.start,
    end: s.end,
  };
  const started = startMembership(
    {
      id,
      memberId,
      branchId,
      tier: s.tier ?? 'standard',
      policy,
      card: { id: `card_${s.n}`, number: issueCardNumber('622', s.n) },
    },
    s.start,
  );
  return s.cancelledOn === undefined ? started : cancelMembership(started, s.cancelledOn);
}

/** A membership application in a status; decided ones are decided a day after submission. */
export function applicationOf(
  n: number,
  status: 'submitted' | 'approved' | 'rejected',
  branch = 'a',
): MembershipApplication {
  const submitted: MembershipApplication = {
    id: `app_${n}`,
    branchId: `br_${branch}`,
    tier: 'standard',
    applicant: { name: `申請人${n}`, phone: '138 0013 8000' },
    plate: `滬B${String(n).padStart(5, '0')}`,
    policy: { number: `Q-${n}`, start: '2026-01-01', end: '2026-12-31' },
    status: 'submitted',
    submittedAt: '2026-01-02T08:00:00Z',
    submittedBy: 'stf_branch',
  };
  if (status === 'approved') return approveApplication(submitted, { at: '2026-01-03T08:00:00Z', by: 'usr_admin' });
  if (status === 'rejected')
    return rejectApplication(submitted, { at: '2026-01-03T08:00:00Z', by: 'usr_admin', reason: 'Policy not found' });
  return submitted;
}

const HOUR_MS = 3_600_000;

/** The instant `hours` after `from`. */
export function hoursAfter(from: string, hours: number): string {
  return new Date(Date.parse(from) + hours * HOUR_MS).toISOString();
}

/** A step in a test complaint's life, `h` hours after it was received. */
export type ComplaintStep =
  | { type: 'assign'; h: number; dueH: number }
  | { type: 'escalate'; h: number }
  | { type: 'resolve'; h: number }
  | { type: 'followUp'; h: number; satisfied: boolean }
  | { type: 'reopen'; h: number }
  | { type: 'close'; h: number }
  | { type: 'flagMalicious'; h: number };

/** What a test complaint looks like: when it came in, its category and severity, then its events. */
export interface ComplaintSketch {
  n: number;
  receivedAt: string;
  category?: Complaint['category'];
  severity?: 'normal' | 'serious';
  steps?: ComplaintStep[];
}

function eventOf(step: ComplaintStep, receivedAt: string): ComplaintEvent {
  const base = { actor: 'stf_cs', at: hoursAfter(receivedAt, step.h) };
  switch (step.type) {
    case 'assign':
      return { type: 'assign', ...base, department: 'engineering', dueAt: hoursAfter(receivedAt, step.dueH) };
    case 'escalate':
      return { type: 'escalate', ...base, to: 'general-manager', reason: 'Needs a decision' };
    case 'resolve':
      return { type: 'resolve', ...base, resolution: 'Fixed on site', signedBy: 'eng_head' };
    case 'followUp':
      return { type: 'followUp', ...base, satisfied: step.satisfied };
    case 'reopen':
      return { type: 'reopen', ...base, reason: 'Still broken' };
    case 'close':
      return { type: 'close', ...base };
    case 'flagMalicious':
      return { type: 'flagMalicious', ...base, reason: 'Same claim filed ten times' };
  }
}

/** A valid complaint from a sketch, built with createComplaint and applyComplaintEvent. */
export function complaintOf(s: ComplaintSketch): Complaint {
  const received = createComplaint(
    {
      name: '王小明',
      subject: { unit: 'A-1203' },
      content: '電梯常停',
      phone: '021-5555 0100',
      category: s.category ?? 'facility',
      severity: s.severity ?? 'normal',
    },
    {
      id: `cmp_${s.n}`,
      reference: complaintReference(s.receivedAt.slice(0, 10), (s.n % 9999) + 1),
      now: s.receivedAt,
      actor: 'stf_front',
    },
  );
  return (s.steps ?? []).reduce((c, step) => applyComplaintEvent(c, eventOf(step, s.receivedAt)), received);
}

/** `count` memberships over `branches` branches with policies starting across 2025–2026. */
export function generateMemberships(count: number): Membership[] {
  const out: Membership[] = [];
  for (let n = 1; n <= count; n++) {
    const start = addDays('2025-01-01', (n * 37) % 700);
    const end = addDays(start, 364);
    out.push(
      membershipOf({
        n,
        branch: String.fromCharCode(97 + (n % 8)),
        tier: n % 5 === 0 ? 'vip' : 'standard',
        start,
        end,
        ...(n % 17 === 0 ? { cancelledOn: addDays(start, 100) } : {}),
      }),
    );
  }
  return out;
}

/** `count` complaints in assorted states received over November 2026. */
export function generateComplaints(count: number): Complaint[] {
  const lives: ComplaintStep[][] = [
    [],
    [{ type: 'assign', h: 1, dueH: 25 }],
    [
      { type: 'assign', h: 1, dueH: 25 },
      { type: 'resolve', h: 20 },
    ],
    [
      { type: 'assign', h: 1, dueH: 25 },
      { type: 'resolve', h: 30 },
      { type: 'followUp', h: 31, satisfied: true },
      { type: 'close', h: 32 },
    ],
    [
      { type: 'assign', h: 2, dueH: 10 },
      { type: 'resolve', h: 8 },
      { type: 'followUp', h: 9, satisfied: false },
      { type: 'reopen', h: 10 },
    ],
    [{ type: 'flagMalicious', h: 1 }],
  ];
  const categories: Complaint['category'][] = ['facility', 'billing', 'repair', 'service-attitude', 'merchant'];
  const out: Complaint[] = [];
  for (let n = 1; n <= count; n++) {
    out.push(
      complaintOf({
        n,
        receivedAt: hoursAfter('2026-11-01T00:00:00Z', n % 600),
        category: categories[n % categories.length] ?? 'other',
        severity: n % 11 === 0 ? 'serious' : 'normal',
        steps: lives[n % lives.length] ?? [],
      }),
    );
  }
  return out;
}

/** A valid merchant with the given category, region and offers. */
export function merchantOf(n: number, category: MerchantCategory, region: string, offers: Offer[] = []): Merchant {
  return {
    id: `mch_${n}`,
    name: `商戶${n}`,
    category,
    region,
    address: `景洪市宣慰大道${n}號`,
    phone: '0691-2123456',
    offers,
  };
}

/** A 10 %-off offer, limited as given. */
export function percentOffer(
  id: string,
  limits: Partial<Pick<Offer, 'tiers' | 'validFrom' | 'validUntil' | 'minSpendFen'>> = {},
): Offer {
  return { kind: 'percent', id: `off_${id}`, title: '會員9折', percentOff: 10, ...limits };
}
