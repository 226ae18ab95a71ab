import { addDays, applyComplaintEvent, complaintReference, createComplaint, type Complaint } from '@clubkit/core';
import type { Branch } from '@clubkit/core/api';
import {
  issueCardNumber,
  startMembership,
  type Member,
  type Membership,
  type Policy,
  type Vehicle,
} from '@clubkit/core/membership';
import type { Merchant } from '@clubkit/core/merchants';
import { sampleMerchants, seededRandom } from '@clubkit/core/samples';
import type { Tables } from '../db/schema.js';
import { newId } from '../http/ids.js';
import { merchantOfferRows } from '../store/merchant-offers.js';
import { columnsOf, merchantRow, type RecordKind, type RecordOf } from '../store/records.js';
import { familyNames, givenChars } from './words.js';

/**
 * A national club, generated for the scale benchmark (`pnpm bench:scale`): members with a car, a
 * policy, a membership and its card across 30 branches, merchants across 30 cities, complaints
 * over three years. Everything comes from a seed, batch by batch (each batch from its own
 * generator), so the same options give the same rows whatever the batch size a loader asks for,
 * and a million members never sit in memory at once.
 */
export interface ScaleClubOptions {
  members: number;
  merchants: number;
  complaints: number;
  /** @default 20261130 */
  seed?: number;
  /** The club's "today" the data is built around. @default '2026-11-30' */
  today?: string;
}

/** Rows of one table, as the table stores them. */
export interface ScaleBatch {
  table: keyof Tables;
  rows: Record<string, unknown>[];
}

const BRANCHES = 30;
const BATCH = 10_000;
const PLATE_CHARS = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const PROVINCES = '雲京滬粵川浙蘇魯豫鄂湘閩皖贛冀晉遼吉黑陝甘青寧新桂貴渝津瓊蒙藏';
const PLATE_SPACE = PLATE_CHARS.length ** 5;
const CATEGORIES = ['service-quality', 'service-attitude', 'repair', 'billing', 'merchant', 'membership'] as const;
const HOUR = 3_600_000;

/** The branches of the scale club: `br_s01` … `br_s30`. */
export function scaleBranches(): Branch[] {
  return Array.from({ length: BRANCHES }, (_, b) => ({
    id: `br_s${String(b + 1).padStart(2, '0')}`,
    name: `第${b + 1}分公司`,
    region: `city${b + 1}`,
  }));
}

/** The plate of member `i`: its branch's province and letter, then a permutation of `i` (unique). */
export function scalePlate(i: number): string {
  const branch = i % BRANCHES;
  let n = (i * 7919 + 12_345) % PLATE_SPACE;
  let tail = '';
  for (let k = 0; k < 5; k++) {
    tail = PLATE_CHARS.charAt(n % PLATE_CHARS.length) + tail;
    n = Math.floor(n / PLATE_CHARS.length);
  }
  return `${PROVINCES.charAt(branch)}${PLATE_CHARS.charAt(10 + (branch % 24))}${tail}`;
}

/** The phone of member `i` (unique: the digits after `1` and the carrier are a permutation of `i`). */
export function scalePhone(i: number): string {
  const carriers = ['33', '38', '39', '50', '58', '87', '88'];
  return `1${carriers[i % carriers.length]}${String((i * 48_271 + 7) % 100_000_000).padStart(8, '0')}`;
}

/** The name of member `i`: a family name, then one or two given characters. */
export function scaleName(i: number): string {
  const family = familyNames[i % familyNames.length] ?? '王';
  const first = givenChars[Math.floor(i / familyNames.length) % givenChars.length] ?? '偉';
  const second = i % 5 < 3 ? (givenChars[(i * 31) % givenChars.length] ?? '') : '';
  return `${family}${first}${second}`;
}

/** The id of member `i`: ids sort by the order members joined, as the API's own ids sort by time. */
export function scaleMemberId(i: number, options: ScaleClubOptions): string {
  return idAt('mbr', i, options);
}

function idAt(prefix: string, i: number, options: ScaleClubOptions): string {
  const random = new Uint8Array(10);
  const view = new DataView(random.buffer);
  view.setUint32(0, i);
  view.setUint32(4, options.seed ?? 20_261_130);
  return newId(prefix, new Date(startOf(options.today ?? '2026-11-30') + i * 60_000), random);
}

/** The instant member 0 joined: three years before the club's today. */
const startOf = (() => {
  const known = new Map<string, number>();
  return (today: string): number => {
    let start = known.get(today);
    if (start === undefined) {
      start = Date.parse(`${addDays(today, -3 * 365)}T00:00:00Z`);
      known.set(today, start);
    }
    return start;
  };
})();

/**
 * `startMembership` for a member, from the one started for the same tier and policy dates: core's
 * rule runs once per distinct window (a few thousand), and each member's copy gets its own ids.
 */
function membershipOf(cache: Map<string, Membership>, input: Parameters<typeof startMembership>[0]): Membership {
  const { policy, tier } = input;
  const key = `${tier}|${policy.start}|${policy.end}`;
  let template = cache.get(key);
  if (!template) {
    template = startMembership(input, policy.start);
    cache.set(key, template);
  }
  return {
    ...template,
    id: input.id,
    memberId: input.memberId,
    branchId: input.branchId,
    plate: policy.plate,
    policyId: policy.id,
    card: {
      ...template.card,
      id: input.card.id,
      number: input.card.number,
      membershipId: input.id,
      memberId: input.memberId,
    },
  };
}

function rowOf<K extends RecordKind>(kind: K, doc: RecordOf<K>): Record<string, unknown> {
  return { id: doc.id, ...columnsOf(kind, doc), doc: JSON.stringify(doc) };
}

/** The rows of the scale club, batch by batch: branches, members with theirs, merchants, complaints. */
export function* scaleClubBatches(options: ScaleClubOptions): Generator<ScaleBatch> {
  const today = options.today ?? '2026-11-30';
  const seed = options.seed ?? 20_261_130;
  yield { table: 'branches', rows: scaleBranches().map((b) => rowOf('branch', b)) };
  const branches = scaleBranches();
  const memberships = new Map<string, Membership>();
  for (let from = 0; from < options.members; from += BATCH) {
    const rng = seededRandom(seed + from);
    const batch = { members: [], vehicles: [], policies: [], memberships: [], cards: [] } as Record<
      'members' | 'vehicles' | 'policies' | 'memberships' | 'cards',
      Record<string, unknown>[]
    >;
    for (let i = from; i < Math.min(options.members, from + BATCH); i++) {
      const branch = branches[i % BRANCHES] as Branch;
      const member: Member = {
        id: scaleMemberId(i, options),
        name: scaleName(i),
        phone: scalePhone(i),
        branchId: branch.id,
      };
      const plate = scalePlate(i);
      const vehicle: Vehicle = { id: idAt('veh', i, options), memberId: member.id, plate };
      const roll = rng.next();
      const end =
        roll < 0.03
          ? addDays(today, rng.int(366, 385))
          : roll < 0.72
            ? addDays(today, rng.int(0, 330))
            : roll < 0.8
              ? addDays(today, -rng.int(1, 10))
              : addDays(today, -rng.int(11, 700));
      const policy: Policy = {
        id: idAt('pol', i, options),
        number: `PDAA${String(i).padStart(10, '0')}`,
        memberId: member.id,
        branchId: branch.id,
        plate,
        start: addDays(end, -364),
        end,
      };
      const membership = membershipOf(memberships, {
        id: idAt('mem', i, options),
        memberId: member.id,
        branchId: branch.id,
        tier: rng.chance(0.2) ? 'vip' : 'standard',
        policy,
        card: { id: idAt('card', i, options), number: issueCardNumber('62188', i + 1) },
      });
      batch.members.push(rowOf('member', member));
      batch.vehicles.push(rowOf('vehicle', vehicle));
      batch.policies.push(rowOf('policy', policy));
      batch.memberships.push(rowOf('membership', membership));
      batch.cards.push(rowOf('card', membership.card));
    }
    for (const [table, rows] of Object.entries(batch)) yield { table: table as keyof Tables, rows };
  }
  yield* merchantBatches(options, today, seed);
  yield* complaintBatches(options, today, seed);
}

function* merchantBatches(options: ScaleClubOptions, today: string, seed: number): Generator<ScaleBatch> {
  const updatedAt = `${today}T00:00:00.000Z`;
  for (let from = 0; from < options.merchants; from += BATCH) {
    const count = Math.min(BATCH, options.merchants - from);
    let n = 0;
    const sample = sampleMerchants(seededRandom(seed + 7 + from), {
      count,
      today,
      newId: (prefix) => idAt(prefix, from * 5 + n++, options),
    });
    // The samples are the club's three places; a national club has them in 30 cities, 2° apart.
    const merchants: Merchant[] = sample.map((m, k) => {
      const city = (from + k) % BRANCHES;
      return {
        ...m,
        region: `city${city + 1}`,
        ...(m.location
          ? {
              location: {
                lat: +(m.location.lat + (city % 6) * 2).toFixed(5),
                lng: +(m.location.lng + Math.floor(city / 6) * 2).toFixed(5),
              },
            }
          : {}),
      };
    });
    yield { table: 'merchants', rows: merchants.map((m) => ({ ...merchantRow(m, 1, updatedAt) })) };
    yield { table: 'merchant_offers', rows: merchants.flatMap((m) => merchantOfferRows(m).map((r) => ({ ...r }))) };
  }
}

function* complaintBatches(options: ScaleClubOptions, today: string, seed: number): Generator<ScaleBatch> {
  const end = Date.parse(`${today}T00:00:00Z`);
  const span = 3 * 365 * 24 * HOUR;
  for (let from = 0; from < options.complaints; from += BATCH) {
    const rng = seededRandom(seed + 13 + from);
    const rows: Record<string, unknown>[] = [];
    for (let i = from; i < Math.min(options.complaints, from + BATCH); i++) {
      // Spread evenly over three years, in filing order; references count per day.
      const received = new Date(end - span + Math.floor((i * span) / options.complaints));
      const day = received.toISOString().slice(0, 10);
      const perDay = Math.ceil(options.complaints / (3 * 365)) + 1;
      const sequence = (i % perDay) + 1;
      const memberIndex = rng.int(0, Math.max(0, options.members - 1));
      const member = options.members > 0 && rng.chance(0.6) ? memberIndex : undefined;
      let c: Complaint = createComplaint(
        {
          name: member === undefined ? '李先生' : scaleName(member),
          subject: { plate: scalePlate(member ?? memberIndex) },
          content: '道路救援等了兩個多小時才到。',
          phone: member === undefined ? `139${String(rng.int(0, 99_999_999)).padStart(8, '0')}` : scalePhone(member),
          channel: rng.pick(['hotline', 'web', 'visit', 'letter'] as const),
          category: rng.pick(CATEGORIES),
          severity: rng.chance(0.15) ? 'serious' : 'normal',
        },
        {
          id: idAt('cmp', i, options),
          reference: complaintReference(day, sequence),
          now: received.toISOString(),
          actor: member === undefined ? 'web' : `member:${scaleMemberId(member, options)}`,
          ...(member === undefined ? {} : { memberId: scaleMemberId(member, options) }),
        },
      );
      const stage = rng.int(0, 5);
      let t = received.getTime();
      const step = () => new Date(Math.min((t += rng.int(1, 30) * HOUR), end)).toISOString();
      if (stage >= 1) {
        const at = step();
        c = applyComplaintEvent(c, {
          type: 'assign',
          actor: 'cs-desk',
          at,
          department: 'customer-service',
          dueAt: new Date(Date.parse(at) + rng.int(24, 72) * HOUR).toISOString(),
        });
      }
      if (stage >= 2)
        c = applyComplaintEvent(c, {
          type: 'resolve',
          actor: 'dept-head',
          at: step(),
          resolution: '已處理完畢。',
          signedBy: 'dept-head',
        });
      if (stage >= 3)
        c = applyComplaintEvent(c, { type: 'followUp', actor: 'cs-desk', at: step(), satisfied: rng.chance(0.8) });
      if (stage >= 5 && c.status === 'followed-up')
        c = applyComplaintEvent(c, { type: 'close', actor: 'cs-desk', at: step() });
      rows.push(rowOf('complaint', c));
    }
    yield { table: 'complaints', rows };
  }
}
