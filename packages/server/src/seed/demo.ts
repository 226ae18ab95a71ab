import { addDays, dateInZone, seededRandom } from '@clubkit/core';
import { issueCardNumber } from '@clubkit/core/membership';
import { confirmVipOrder, openVipOrder, vipMembershipAfterPayment } from '@clubkit/core/vip';
import { sampleMerchants } from '@clubkit/core/samples';
import { IdPrefix } from '@clubkit/core';
import type { Branch, Staff } from '@clubkit/core/api';
import type { ClubServer } from '../app.js';
import { newId } from '../http/ids.js';
import type { CreatedKey } from '../services/keys.js';
import { writeMerchantOffers } from '../store/merchant-offers.js';
import { docs, insertRecords, merchantRow } from '../store/records.js';
import { nextSequence } from '../services/sequences.js';
import { DEMO_CENTRE_ID, seedAlliance } from './alliance.js';
import { demoActivities } from './activities.js';
import { demoCampaigns } from './campaigns.js';
import { demoHandbook } from './handbook.js';
import { demoMembers } from './members.js';
import { seedDeskFeedback } from './desk-feedback.js';
import { seedHandover } from './handovers.js';
import { seedProcedures } from './procedures.js';
import { demoComplaints, demoServiceDesk } from './service.js';
import { seedReturnVisits } from './visits.js';
import { seedServiceCatalogue } from './service-catalogue.js';

/** Options of {@link seedDemo}. */
export interface DemoSeedOptions {
  /** Load the data set (skipped when the database already has it). @default true */
  data?: boolean;
  /** Browser origins the demo keys allow. @default [] */
  origins?: string[];
  /** New complaints a club day the demo publishable key may file. @default DEFAULT_COMPLAINT_QUOTA */
  complaintQuota?: number;
  /** Members to create. @default 2000 */
  members?: number;
  /** Merchants to create. @default 10000 */
  merchants?: number;
  /** Complaints to create. @default 300 */
  complaints?: number;
  /** The instant the data set is built around. @default now */
  now?: Date;
}

/** What {@link seedDemo} did and the keys it minted. */
export interface DemoSeedResult {
  seeded: boolean;
  counts: { members: number; merchants: number; complaints: number };
  keys: (CreatedKey & { label: string })[];
  /** The member the demo signs in. */
  member: { id: string; name: string };
  branches: Branch[];
  /** The merchant whose operator key is among the demo keys: the first with an offer open to VIP cards. */
  merchantId: string;
  /** A member who holds a paid VIP card (bought 200 days before the seed), for the counter. */
  vipMember?: { id: string; name: string };
  /** The demo club's staff, one per back-office role (the desk two shifts), for staff sessions (`POST /v1/staff-sessions`). */
  staff: Staff[];
}

const SEED = 20_261_127;
const MARK = 'seed:demo';
const DEMO_PLATE = '雲K8A123';

/** The demo club's branches: a city branch and two county offices (A5's "two counties and one city"). */
export const demoBranches: Branch[] = [
  { id: 'br_jinghong', name: '景洪分公司', region: 'jinghong' },
  { id: 'br_menghai', name: '勐海支公司', region: 'menghai' },
  { id: 'br_mengla', name: '勐臘支公司', region: 'mengla' },
];

/**
 * Loads the deterministic demo data set (once per database) and mints fresh demo keys, revoking
 * the previous ones: keys are stored hashed, so their plaintext exists only in this result.
 * The data is the same on every run for the same day: a seeded generator makes it, relative to
 * the club's "today".
 */
export async function seedDemo(server: ClubServer, options: DemoSeedOptions = {}): Promise<DemoSeedResult> {
  const now = options.now ?? new Date();
  const today = dateInZone(now, 'Asia/Shanghai');
  const rng = seededRandom(SEED);
  // Ids sort by creation time; the seed dates them all a year back so that new records sort after.
  const base = new Date(now.getTime() - 365 * 86_400_000);
  let tick = 0;
  const id = (prefix: string) => newId(prefix, new Date(base.getTime() + tick++), rng.bytes(10));
  // 10:00 in Shanghai on `day`; before 10:00 there, today's records are dated at its midnight, so
  // that none lies in the future (a decision made now must not come before them).
  const at = (day: string) => {
    const ten = `${day}T02:00:00.000Z`;
    return Date.parse(ten) <= now.getTime() ? ten : new Date(`${day}T00:00:00.000+08:00`).toISOString();
  };
  const { db } = server;
  const counts = {
    members: options.members ?? 2000,
    merchants: options.merchants ?? 10_000,
    complaints: options.complaints ?? 300,
  };

  const present = await db.selectFrom('counters').select('value').where('name', '=', MARK).executeTakeFirst();
  const load = (options.data ?? true) && !present;
  let member: { id: string; name: string } | undefined;
  if (load) {
    const people = demoMembers(rng, counts.members, demoBranches, today, at, id, '62188');
    const merchants = sampleMerchants(rng, { count: counts.merchants, today, newId: id });
    const complaints = demoComplaints(rng, counts.complaints, people.members, now, id);
    const desk = demoServiceDesk(rng, now, id);
    const marketing = demoCampaigns(today, base, people.applications);
    const club = demoActivities(
      today,
      base,
      at,
      people,
      merchants.slice(0, 2).map((m) => m.id),
    );
    await db.transaction().execute(async (trx) => {
      await insertRecords(trx, 'branch', demoBranches);
      await insertRecords(trx, 'member', people.members);
      await insertRecords(trx, 'vehicle', people.vehicles);
      await insertRecords(trx, 'policy', people.policies);
      await insertRecords(trx, 'membership', people.memberships);
      await insertRecords(trx, 'card', [...people.memberships.map((m) => m.card), ...people.oldCards]);
      await insertRecords(trx, 'campaign', marketing.campaigns);
      await insertRecords(trx, 'application', marketing.applications);
      await insertRecords(trx, 'activity', club.activities);
      await insertRecords(trx, 'activitySignUp', club.signUps);
      await insertRecords(trx, 'adIncome', club.adIncomes);
      await insertRecords(trx, 'handbook', [demoHandbook(today, base, now)]);
      await insertRecords(trx, 'complaint', complaints);
      await insertRecords(trx, 'repair', desk.repairs);
      await insertRecords(trx, 'paidService', desk.paidServices);
      const version = await nextSequence(trx, 'merchants');
      const rows = merchants.map((m) => merchantRow(m, version, now.toISOString()));
      for (let i = 0; i < rows.length; i += 500)
        await trx
          .insertInto('merchants')
          .values(rows.slice(i, i + 500))
          .execute();
      await writeMerchantOffers(trx, merchants);
      // Card numbers continue after the seeded ones.
      const cards = people.memberships.length + people.oldCards.length;
      const vipHolder = people.members[1];
      if (vipHolder) {
        // One member bought the VIP card 200 days ago and the partner's back end confirmed it.
        const paidOn = addDays(today, -200);
        const order = openVipOrder({
          id: id(IdPrefix.vipOrder),
          memberId: vipHolder.id,
          branchId: vipHolder.branchId,
          now: at(paidOn),
          today: paidOn,
        });
        const paid = confirmVipOrder(order, { paymentReference: 'DEMO-BANK-0001', now: at(paidOn), today: paidOn });
        const { membership } = vipMembershipAfterPayment(
          undefined,
          paid,
          {
            membershipId: id(IdPrefix.vipMembership),
            cardId: id(IdPrefix.card),
            cardNumber: issueCardNumber('62188', cards + 1),
          },
          paidOn,
        );
        await insertRecords(trx, 'vipOrder', [paid]);
        await insertRecords(trx, 'vipMembership', [membership]);
        await insertRecords(trx, 'card', [membership.card]);
      }
      await trx
        .insertInto('counters')
        .values({ name: 'cards', value: cards + (vipHolder ? 1 : 0) })
        .execute();
      await nextSequence(trx, MARK);
    });
  }
  // The demo member drives the seeded car 雲K8A123; the merchant operator runs the first merchant.
  const vehicle = await db
    .selectFrom('vehicles')
    .select('member_id')
    .where('plate', '=', DEMO_PLATE)
    .executeTakeFirst();
  if (vehicle)
    member = await db
      .selectFrom('members')
      .select(['id', 'name'])
      .where('id', '=', vehicle.member_id)
      .executeTakeFirst();
  // The counter demo needs a merchant whose offers a VIP card gets: one open to every tier or to VIP.
  const merchantId = (
    (await db
      .selectFrom('merchant_offers')
      .select('merchant_id as id')
      .where((eb) => eb.or([eb('tiers', 'is', null), eb('tiers', 'like', '%,vip,%')]))
      .orderBy('merchant_id')
      .limit(1)
      .executeTakeFirst()) ?? (await db.selectFrom('merchants').select('id').orderBy('id').limit(1).executeTakeFirst())
  )?.id;
  const vipRow = await db
    .selectFrom('vip_memberships')
    .innerJoin('members', 'members.id', 'vip_memberships.member_id')
    .select(['members.id', 'members.name'])
    .orderBy('vip_memberships.id')
    .limit(1)
    .executeTakeFirst();
  if (!member || !merchantId)
    throw new Error('The database holds no demo data; run with --seed demo on a new database.');

  // The people who run the demo club, one per back-office role (the desk two shifts), created with the data set.
  if (load) {
    const people = demoStaff(merchantId, now.toISOString(), id);
    await insertRecords(db, 'staff', people);
    await seedAlliance(server, today);
    await seedProcedures(server);
    await seedReturnVisits(server, now);
    // The night shift hands over to the day shift: the demo desk user takes it over.
    const nightShift = people.find((s) => s.name === NIGHT_SHIFT);
    if (nightShift) await seedHandover(server, nightShift);
    // A complaint about the night shift's conduct, and the quarter's feedback survey.
    if (nightShift) await seedDeskFeedback(server, nightShift);
    // The club's 54 services, their merchants, and the demo member's uses at the demo merchant.
    await seedServiceCatalogue(server, { today, base, merchantId, memberId: member.id });
  }
  const staff = docs<Staff>(await db.selectFrom('staff').select('doc').orderBy('id').limit(100).execute());

  await server.revokeDemoKeys();
  const origins = options.origins ?? [];
  const make = async (label: string, input: Parameters<ClubServer['createKey']>[0]) => ({
    ...(await server.createKey({ ...input, label, demo: true })),
    label,
  });
  const keys = [
    await make('admin (secret)', { kind: 'secret', principal: { role: 'admin' }, allowedOrigins: origins }),
    await make('景洪 branch operator (secret)', {
      kind: 'secret',
      principal: { role: 'branch', branchId: 'br_jinghong' },
      allowedOrigins: origins,
    }),
    await make('merchant operator (secret)', { kind: 'secret', principal: { role: 'merchant', merchantId } }),
    await make('browser (publishable)', {
      kind: 'publishable',
      principal: { role: 'public' },
      allowedOrigins: origins,
      ...(options.complaintQuota === undefined ? {} : { complaintQuota: options.complaintQuota }),
    }),
  ];
  return {
    seeded: load,
    counts,
    keys,
    member,
    ...(vipRow ? { vipMember: vipRow } : {}),
    branches: demoBranches,
    merchantId,
    staff,
  };
}

/** The service desk's night shift, who wrote the demo's first hand-over. */
const NIGHT_SHIFT = '李文傑';

/**
 * The demo club's staff: an administrator, a branch operator of 景洪, the first merchant's operator,
 * the service desk's day shift and night shift (who hand over to each other), and the dealer
 * alliance's sales centre. The day shift is the first desk member: the demo desk user. The
 * administrator is the desk shifts' manager, who handles a complaint about either's conduct.
 */
function demoStaff(merchantId: string, nowIso: string, id: (prefix: string) => string): Staff[] {
  const person = (name: string, principal: Staff['principal']): Staff => ({
    id: id(IdPrefix.staff),
    name,
    principal,
    status: 'active',
    createdAt: nowIso,
    updatedAt: nowIso,
  });
  const manager = person('林秀英', { role: 'admin' });
  const managed = (name: string): Staff => ({ ...person(name, { role: 'desk' }), managerId: manager.id });
  return [
    manager,
    person('陳美玲', { role: 'branch', branchId: 'br_jinghong' }),
    person('王建國', { role: 'merchant', merchantId }),
    managed('張麗華'),
    person('趙志強', { role: 'alliance', centreId: DEMO_CENTRE_ID }),
    managed(NIGHT_SHIFT),
  ];
}
