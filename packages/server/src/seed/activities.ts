import { addDays, IdPrefix } from '@clubkit/core';
import type { Member, Membership } from '@clubkit/core/membership';
import {
  mayJoinActivities,
  signUpForActivity,
  type Activity,
  type ActivitySignUp,
  type AdIncome,
  type NewActivity,
} from '@clubkit/core/vip';
import { newId } from '../http/ids.js';

/** The demo's activities and group buying with their seats, and its advertising income. */
export interface DemoActivities {
  activities: Activity[];
  signUps: ActivitySignUp[];
  adIncomes: AdIncome[];
}

/**
 * The VIP club's other income in the demo (A5 §4.2 2–4), relative to `today`: a self-drive trip and
 * a gathering that took place, a group buying and a trip whose sign-up is open now, seats taken by
 * the first members in good standing on their sign-up day (by core's rules), and two merchants'
 * advertising — one that ran last quarter, one over the coming year. Ids and choices come from no
 * random draw, so the rest of the demo data is the same with them as without.
 */
export function demoActivities(
  today: string,
  base: Date,
  at: (day: string) => string,
  people: { members: readonly Member[]; memberships: readonly Membership[] },
  merchantIds: readonly string[],
): DemoActivities {
  let n = 0;
  const nextId = (prefix: string) => newId(prefix, base, new Uint8Array(10).fill(++n));
  const setUp = (input: NewActivity): Activity => ({
    id: nextId(IdPrefix.activity),
    ...input,
    seatsTaken: 0,
    createdAt: at(addDays(input.signUpFrom, -1)),
  });
  const plans: { activity: Activity; seats: number }[] = [
    {
      activity: setUp({
        kind: 'self-drive-trip',
        title: '勐臘雨林自駕游',
        place: '景洪 會員服務中心集合',
        startsOn: addDays(today, -40),
        endsOn: addDays(today, -38),
        capacity: 20,
        priceFen: 58_000,
        signUpFrom: addDays(today, -70),
        signUpUntil: addDays(today, -45),
      }),
      seats: 12,
    },
    {
      activity: setUp({
        kind: 'gathering',
        title: '單身車友會',
        place: '景洪 江邊會所',
        startsOn: addDays(today, -20),
        endsOn: addDays(today, -20),
        capacity: 40,
        priceFen: 0,
        signUpFrom: addDays(today, -35),
        signUpUntil: addDays(today, -21),
      }),
      seats: 25,
    },
    {
      activity: setUp({
        kind: 'group-buying',
        title: '輪胎團購',
        place: '特約維修廠 景洪店',
        startsOn: addDays(today, 10),
        endsOn: addDays(today, 10),
        capacity: 100,
        priceFen: 120_000,
        signUpFrom: addDays(today, -5),
        signUpUntil: addDays(today, 7),
      }),
      seats: 8,
    },
    {
      activity: setUp({
        kind: 'self-drive-trip',
        title: '南糯山茶園自駕游',
        place: '勐海 會員服務中心集合',
        startsOn: addDays(today, 20),
        endsOn: addDays(today, 21),
        capacity: 15,
        priceFen: 46_000,
        signUpFrom: addDays(today, -3),
        signUpUntil: addDays(today, 14),
      }),
      seats: 14,
    },
  ];
  const membershipsOf = new Map<string, Membership[]>();
  for (const m of people.memberships) membershipsOf.set(m.memberId, [...(membershipsOf.get(m.memberId) ?? []), m]);
  const activities: Activity[] = [];
  const signUps: ActivitySignUp[] = [];
  for (const plan of plans) {
    let activity = plan.activity;
    // Members sign up on the window's first day, or today when that lies ahead.
    const day = activity.signUpFrom < today ? activity.signUpFrom : today;
    for (const member of people.members) {
      if (activity.seatsTaken >= plan.seats) break;
      const mayJoin = mayJoinActivities({ memberships: membershipsOf.get(member.id) ?? [], vip: undefined }, day);
      if (!mayJoin) continue;
      const taken = signUpForActivity({
        activity,
        id: nextId(IdPrefix.activitySignUp),
        memberId: member.id,
        branchId: member.branchId,
        mayJoin,
        current: undefined,
        now: at(day),
        today: day,
      });
      activity = taken.activity;
      signUps.push(taken.signUp);
    }
    activities.push(activity);
  }
  const advertise = (merchantId: string | undefined, amountFen: number, from: string, to: string, note: string) =>
    merchantId === undefined
      ? []
      : [{ id: nextId(IdPrefix.adIncome), merchantId, amountFen, from, to, note, recordedAt: at(from) }];
  const adIncomes: AdIncome[] = [
    ...advertise(merchantIds[0], 900_000, addDays(today, -120), addDays(today, -31), '會員網站首頁橫幅'),
    ...advertise(merchantIds[1], 3_650_000, addDays(today, -14), addDays(today, 350), '會員手冊內頁廣告'),
  ];
  return { activities, signUps, adIncomes };
}
