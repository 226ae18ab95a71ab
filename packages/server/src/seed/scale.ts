import {
  addDays,
  applyComplaintEvent,
  complaintReference,
  createComplaint,
  daysBetween,
  type Complaint,
} from '@clubkit/core';
import type { Branch } from '@clubkit/core/api';
import {
  issueCardNumber,
  startMembership,
  type Member,
  type Membership,
  type Policy,
  type Vehicle,
} from '@clubkit/core/membership';
import { bestOfferOn, type Merchant } from '@clubkit/core/merchants';
import { sampleMerchants, seededRandom } from '@clubkit/core/samples';
import type { Tables } from '../db/schema.js';
import { newId } from '../http/ids.js';
import { merchantOfferRows } from '../store/merchant-offers.js';
import { columnsOf, merchantRow, type RecordKind, type RecordOf } from '../store/records.js';
import {
  cancelVipOrder,
  confirmVipOrder,
  openVipOrder,
  vipMembershipAfterCancel,
  vipMembershipAfterPayment,
  type Redemption,
  type VipMembership,
  type VipOrder,
} from '@clubkit/core/vip';
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
  /** VIP card orders over three years, renewals and cancellations among them. @default a tenth of `members` */
  vipOrders?: number;
  /** Discounts recorded at merchants' counters against VIP cards. @default as many as `vipOrders` */
  redemptions?: number;
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

/** The rows of the scale club, batch by batch: branches, members with theirs, merchants, complaints, the VIP card's orders and redemptions. */
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
  const counters: Merchant[] = [];
  yield* merchantBatches(options, today, seed, counters);
  yield* complaintBatches(options, today, seed);
  yield* vipBatches(options, today, seed, counters);
}

/** How many merchants of the first batch VIP cards are redeemed at (kept in memory for `vipBatches`). */
const COUNTER_MERCHANTS = 2_000;

function* merchantBatches(
  options: ScaleClubOptions,
  today: string,
  seed: number,
  counters: Merchant[],
): Generator<ScaleBatch> {
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
    for (const m of merchants) if (counters.length < COUNTER_MERCHANTS && m.offers.length > 0) counters.push(m);
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

/** `HH:MM` minutes after 02:00 UTC on `day` (10:00 in the club's zone), as an instant. */
const instantOn = (day: string, minutes: number): string =>
  new Date(Date.parse(`${day}T02:00:00.000Z`) + minutes * 60_000).toISOString();

/**
 * The VIP card's loop at national size: members buy the card on days spread over three years
 * (core's `openVipOrder` and `confirmVipOrder`), half of those whose year ends before today renew
 * it (a `renewal` order continuing the year), one in thirty cancels the latest year with its
 * refund, and members show the card at merchants' counters, each redemption the merchant's best
 * offer for the bill on that day (core's `bestOfferOn`). Buyers are distinct members; each VIP
 * membership carries its card, stored in `cards` as the API stores it.
 */
function* vipBatches(
  options: ScaleClubOptions,
  today: string,
  seed: number,
  counters: readonly Merchant[],
): Generator<ScaleBatch> {
  const orderCount = options.vipOrders ?? Math.floor(options.members / 10);
  const redemptionCount = options.redemptions ?? orderCount;
  if (orderCount === 0 || options.members === 0) return;
  const first = addDays(today, -3 * 365);
  // About a third of the buyers renew (half of those whose year ends in the three years).
  const buyers = Math.min(options.members, Math.ceil(orderCount / 1.3));
  const branches = scaleBranches();
  let orders = 0;
  let redemptions = 0;
  for (let from = 0; orders < orderCount && from < buyers; from += BATCH) {
    const rng = seededRandom(seed + 29 + from);
    const batch = { vip_orders: [], vip_memberships: [], cards: [], redemptions: [] } as Record<
      'vip_orders' | 'vip_memberships' | 'cards' | 'redemptions',
      Record<string, unknown>[]
    >;
    for (let j = from; j < Math.min(buyers, from + BATCH) && orders < orderCount; j++) {
      // Distinct members (7919 is prime to any club size a bench uses), every branch among them.
      const m = (j * 7919 + 17) % options.members;
      const memberId = scaleMemberId(m, options);
      const branchId = (branches[m % BRANCHES] as Branch).id;
      const buy = (paidOn: string, current: VipOrder['term']): VipOrder => {
        const k = orders++;
        const opened = openVipOrder({
          id: idAt('vor', k, options),
          memberId,
          branchId,
          now: instantOn(paidOn, j % 600),
          today: paidOn,
          current,
        });
        return confirmVipOrder(opened, {
          paymentReference: `BANK${String(k).padStart(10, '0')}`,
          now: instantOn(paidOn, (j % 600) + 2),
          today: paidOn,
          current,
        });
      };
      const paidOn = addDays(first, Math.floor((j * 3 * 365) / buyers));
      let order = buy(paidOn, undefined);
      let vip: VipMembership = vipMembershipAfterPayment(
        undefined,
        order,
        {
          membershipId: idAt('vip', j, options),
          cardId: idAt('card', options.members + j, options),
          cardNumber: issueCardNumber('62189', j + 1),
        },
        paidOn,
      ).membership;
      const placed = [order];
      const renewOn = addDays(vip.activeUntil, -rng.int(0, 20));
      if (orders < orderCount && daysBetween(renewOn, today) > 0 && rng.chance(0.5)) {
        order = buy(renewOn, order.term);
        vip = vipMembershipAfterPayment(
          vip,
          order,
          { membershipId: vip.id, cardId: vip.card.id, cardNumber: vip.card.number },
          renewOn,
        ).membership;
        placed.push(order);
      }
      // A cancellation on a day of the latest year before today, refunding its unused days.
      const term = order.term;
      if (term && rng.chance(1 / 30)) {
        const span = Math.min(daysBetween(term.validFrom, term.activeUntil), daysBetween(term.validFrom, today) - 1);
        if (span > 0) {
          const on = addDays(term.validFrom, rng.int(0, span));
          const cancelled = cancelVipOrder(order, { now: instantOn(on, 60), today: on });
          placed[placed.length - 1] = cancelled;
          vip = vipMembershipAfterCancel(vip, cancelled, on);
        }
      }
      for (const o of placed) batch.vip_orders.push(rowOf('vipOrder', o));
      batch.vip_memberships.push(rowOf('vipMembership', vip));
      batch.cards.push(rowOf('card', vip.card));
      // Redemptions on days the card was active, at a counter merchant's best offer for the bill.
      const last = vip.cancelledOn ?? vip.activeUntil;
      const days = Math.min(daysBetween(vip.validFrom, last), daysBetween(vip.validFrom, today) - 1);
      const share = Math.round(((j + 1) * redemptionCount) / buyers) - Math.round((j * redemptionCount) / buyers);
      for (let r = 0; r < share && days >= 0 && counters.length > 0; r++) {
        const merchant = counters[rng.int(0, counters.length - 1)] as Merchant;
        const on = addDays(vip.validFrom, rng.int(0, days));
        const billFen = rng.int(30, 2_000) * 100;
        const best = bestOfferOn(merchant.offers, billFen, 'vip', on);
        if (best === null) continue;
        const redeemedAt = instantOn(on, rng.int(0, 600));
        const redemption: Redemption = {
          id: idAt('rdm', redemptions++, options),
          merchantId: merchant.id,
          memberId,
          vipMembershipId: vip.id,
          offerId: best.offer.id,
          offerTitle: best.offer.title,
          billFen,
          savingFen: best.savingFen,
          payFen: billFen - best.savingFen,
          redeemedAt,
          redeemedOn: on,
        };
        batch.redemptions.push(rowOf('redemption', redemption));
      }
    }
    for (const [table, rows] of Object.entries(batch)) yield { table: table as keyof Tables, rows };
  }
}
