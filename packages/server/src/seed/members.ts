import { addDays, type SeededRandom } from '@clubkit/core';
import type { Branch } from '@clubkit/core/api';
import {
  approveApplication,
  issueCardNumber,
  rejectApplication,
  renewMembership,
  startMembership,
  type MemberCard,
  type Member,
  type Membership,
  type MembershipApplication,
  type Policy,
  type Vehicle,
} from '@clubkit/core/membership';
import { familyNames, givenChars } from './words.js';

/** Everything the membership side of the demo holds. */
export interface DemoMembers {
  members: Member[];
  vehicles: Vehicle[];
  policies: Policy[];
  memberships: Membership[];
  /** Superseded cards of renewed memberships (current cards live in their membership). */
  oldCards: MemberCard[];
  applications: MembershipApplication[];
}

const PLATE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ'.split('');

function plateFor(rng: SeededRandom, used: Set<string>): string {
  for (;;) {
    let tail = rng.pick(PLATE_LETTERS);
    for (let i = 0; i < 4; i++) tail += rng.chance(0.8) ? String(rng.int(0, 9)) : rng.pick(PLATE_LETTERS);
    const plate = `雲K${tail}`;
    if (!used.has(plate)) {
      used.add(plate);
      return plate;
    }
  }
}

/**
 * `count` members with one car and one policy each, at every stage of A3's rules relative to
 * `today`: most active, some in their 10 days of grace, some expired, some renewed (new card, old
 * one superseded), a few not started yet; plus applications submitted, approved and rejected.
 * Member 0 is the demo user: an active VIP of the first branch.
 */
export function demoMembers(
  rng: SeededRandom,
  count: number,
  branches: readonly Branch[],
  today: string,
  at: (day: string) => string,
  newId: (prefix: string) => string,
  cardPrefix: string,
): DemoMembers {
  const out: DemoMembers = { members: [], vehicles: [], policies: [], memberships: [], oldCards: [], applications: [] };
  const plates = new Set<string>();
  let cardSequence = 0;
  const card = () => ({ id: newId('card'), number: issueCardNumber(cardPrefix, ++cardSequence) });

  const [firstBranch, ...otherBranches] = branches;
  for (let i = 0; i < count; i++) {
    if (!firstBranch) throw new Error('The demo members need at least one branch.');
    const branch = i === 0 ? firstBranch : rng.chance(0.5) ? firstBranch : rng.pick(otherBranches);
    const name =
      i === 0
        ? '陳美玲'
        : `${rng.pick(familyNames)}${rng.pick(givenChars)}${rng.chance(0.6) ? rng.pick(givenChars) : ''}`;
    const member: Member = {
      id: newId('mbr'),
      name,
      phone: `1${rng.pick(['33', '38', '39', '50', '58', '87', '88'])}${String(rng.int(0, 99999999)).padStart(8, '0')}`,
      branchId: branch.id,
    };
    const plate = i === 0 ? '雲K8A123' : plateFor(rng, plates);
    const vehicle: Vehicle = {
      id: newId('veh'),
      memberId: member.id,
      plate,
      model: rng.pick([
        '比亞迪 秦PLUS',
        '豐田 卡羅拉',
        '大眾 朗逸',
        '本田 雅閣',
        '吉利 星瑞',
        '長安 CS75',
        '特斯拉 Model 3',
      ]),
    };
    const roll = i === 0 ? 0.5 : rng.next();
    // Where the current policy ends relative to today decides the status.
    const end =
      roll < 0.03
        ? addDays(today, rng.int(366, 385)) // not started yet
        : roll < 0.72
          ? addDays(today, rng.int(0, 330)) // active
          : roll < 0.8
            ? addDays(today, -rng.int(1, 10)) // grace
            : addDays(today, -rng.int(11, 400)); // expired, or renewed below
    const renewed = roll >= 0.93;
    const policyOf = (start: string, stop: string): Policy => ({
      id: newId('pol'),
      number: `PDAA${String(rng.int(0, 9_999_999_999)).padStart(10, '0')}`,
      memberId: member.id,
      branchId: branch.id,
      plate,
      start,
      end: stop,
    });
    const first = policyOf(addDays(end, -364), end);
    const tier = i === 0 || rng.chance(0.3) ? 'vip' : 'standard';
    let membership = startMembership(
      { id: newId('mem'), memberId: member.id, branchId: branch.id, tier, policy: first, card: card() },
      first.start,
    );
    out.policies.push(first);
    if (renewed) {
      // Renewed: on time (continuous, same membership) or late (a new membership).
      const onTime = rng.chance(0.7);
      const renewedOn = onTime ? addDays(first.end, -rng.int(0, 9)) : addDays(first.end, rng.int(11, 30));
      const second = policyOf(
        onTime ? addDays(first.end, 1) : renewedOn,
        addDays(onTime ? first.end : renewedOn, onTime ? 365 : 364),
      );
      const renewal = renewMembership(membership, second, renewedOn, {
        cardId: newId('card'),
        cardNumber: card().number,
        membershipId: newId('mem'),
      });
      if (!renewal.continuous) out.memberships.push({ ...membership, card: renewal.previousCard });
      else out.oldCards.push(renewal.previousCard);
      membership = renewal.membership;
      out.policies.push(second);
    }
    out.members.push(member);
    out.vehicles.push(vehicle);
    out.memberships.push(membership);

    if (i % 40 === 1) {
      const submittedAt = at(addDays(first.start, -rng.int(3, 15)));
      const application: MembershipApplication = {
        id: newId('app'),
        branchId: branch.id,
        tier,
        applicant: { name: member.name, phone: member.phone },
        memberId: member.id,
        plate,
        policy: { number: first.number, start: first.start, end: first.end },
        status: 'submitted',
        submittedAt,
        submittedBy: `staff:${branch.id}`,
      };
      out.applications.push(approveApplication(application, { at: at(addDays(first.start, -1)), by: 'club-admin' }));
    }
  }

  // Applications still waiting, and some the club turned down.
  for (let i = 0; i < 30; i++) {
    const branch = rng.pick(branches);
    const start = addDays(today, rng.int(-5, 20));
    const application: MembershipApplication = {
      id: newId('app'),
      branchId: branch.id,
      tier: rng.chance(0.3) ? 'vip' : 'standard',
      applicant: {
        name: `${rng.pick(familyNames)}${rng.pick(givenChars)}${rng.pick(givenChars)}`,
        phone: `139${String(rng.int(0, 99999999)).padStart(8, '0')}`,
      },
      plate: plateFor(rng, plates),
      policy: { number: `PDAA${String(rng.int(0, 9_999_999_999)).padStart(10, '0')}`, start, end: addDays(start, 364) },
      status: 'submitted',
      submittedAt: at(addDays(today, -rng.int(0, 6))),
      submittedBy: `staff:${branch.id}`,
    };
    out.applications.push(
      i % 3 === 0
        ? rejectApplication(application, { at: at(today), by: 'club-admin', reason: '保單資料與行駛證不符' })
        : application,
    );
  }
  return out;
}
