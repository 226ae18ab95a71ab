import {
  applyComplaintEvent,
  applyPaidServiceEvent,
  applyRepairEvent,
  complaintReference,
  createComplaint,
  createPaidService,
  createRepairOrder,
  type Complaint,
  type ComplaintCategory,
  type PaidService,
  type RepairOrder,
  type SeededRandom,
} from '@clubkit/core';
import type { Member } from '@clubkit/core/membership';

const HOUR = 3_600_000;
const complaintTexts: Record<string, string[]> = {
  'service-attitude': ['客服電話態度冷淡，問題沒有解答。', '前台人員辦理會員卡時不耐煩。'],
  'service-quality': ['道路救援等了兩個多小時才到。', '保養後發現機油沒有更換。'],
  repair: ['維修後異響仍在，要求重新檢查。', '鈑金噴漆色差明顯。'],
  billing: ['會員年費重複扣款。', '發票金額與收費不符。'],
  merchant: ['特約商戶不承認會員折扣。', '洗車店說會員價已取消。'],
  membership: ['續保後會員卡一直沒有收到。', '會員手冊內容與實際服務不一致。'],
  facility: ['服務中心停車場指示不清。', '候車區空調故障。'],
  'broken-promise': ['承諾三天內回電，至今沒有消息。'],
  suggestion: ['希望增加勐臘縣的特約洗車點。'],
  other: ['網站會員登入常出錯。'],
};

/** Complaints at every step of A4 §3.3, from members and from the public, with references per day. */
export function demoComplaints(
  rng: SeededRandom,
  count: number,
  members: readonly Member[],
  now: Date,
  newId: (prefix: string) => string,
): Complaint[] {
  const complaints: Complaint[] = [];
  const perDay = new Map<string, number>();
  const categories = Object.keys(complaintTexts) as ComplaintCategory[];
  for (let i = 0; i < count; i++) {
    const received = new Date(now.getTime() - rng.int(1, 60 * 24) * HOUR);
    const day = received.toISOString().slice(0, 10);
    const sequence = (perDay.get(day) ?? 0) + 1;
    perDay.set(day, sequence);
    const member = rng.chance(0.6) ? rng.pick(members) : undefined;
    const category = rng.pick(categories);
    const iso = (ms: number) => new Date(Math.min(ms, now.getTime())).toISOString();
    let c = createComplaint(
      {
        name: member?.name ?? `${rng.pick(['李', '張', '岩', '玉'])}先生`,
        subject: rng.chance(0.5)
          ? { plate: `雲K${rng.int(10000, 99999)}` }
          : { unit: `${rng.pick(['A', 'B', 'C'])}-${rng.int(101, 1808)}` },
        content: rng.pick(complaintTexts[category] ?? ['其他問題。']),
        phone: member?.phone ?? `139${String(rng.int(0, 99999999)).padStart(8, '0')}`,
        channel: rng.pick(['hotline', 'web', 'visit', 'letter'] as const),
        category,
        severity: rng.chance(0.15) ? 'serious' : 'normal',
      },
      {
        id: newId('cmp'),
        reference: complaintReference(day, sequence),
        now: received.toISOString(),
        actor: member ? `member:${member.id}` : 'web',
        ...(member ? { memberId: member.id } : {}),
      },
    );
    // How far along it got: 0 received … 5 closed.
    const stage = rng.int(0, 5);
    let t = received.getTime();
    const step = () => iso((t += rng.int(1, 30) * HOUR));
    if (rng.chance(0.05))
      c = applyComplaintEvent(c, {
        type: 'flagMalicious',
        actor: 'cs-manager',
        at: step(),
        reason: '同一內容一週內重複投訴十餘次。',
      });
    if (stage >= 1 && c.status !== 'closed') {
      const at = step();
      c = applyComplaintEvent(c, {
        type: 'assign',
        actor: 'cs-desk',
        at,
        department: rng.pick(['customer-service', 'engineering', 'club-operations'] as const),
        dueAt: new Date(Date.parse(at) + rng.int(24, 72) * HOUR).toISOString(),
      });
    }
    if (stage >= 2)
      c = applyComplaintEvent(c, {
        type: 'resolve',
        actor: 'dept-head',
        at: step(),
        resolution: '已聯繫投訴人並處理完畢。',
        signedBy: 'dept-head',
      });
    if (stage >= 3) {
      const satisfied = rng.chance(0.8);
      c = applyComplaintEvent(c, {
        type: 'followUp',
        actor: 'cs-desk',
        at: step(),
        satisfied,
        ...(satisfied ? {} : { comment: '仍不滿意處理速度。' }),
      });
      if (!satisfied && stage === 4)
        c = applyComplaintEvent(c, {
          type: 'reopen',
          actor: 'cs-desk',
          at: step(),
          reason: '投訴人不滿意，重新處理。',
        });
    }
    if (stage >= 5 && c.status === 'followed-up')
      c = applyComplaintEvent(c, { type: 'close', actor: 'cs-desk', at: step() });
    complaints.push(c);
  }
  return complaints;
}

/** Repair orders and paid services at each of their steps (A4 §3.4, §3.12). */
export function demoServiceDesk(
  rng: SeededRandom,
  now: Date,
  newId: (prefix: string) => string,
): { repairs: RepairOrder[]; paidServices: PaidService[] } {
  const repairs: RepairOrder[] = [];
  const paidServices: PaidService[] = [];
  for (let i = 0; i < 40; i++) {
    let t = now.getTime() - rng.int(24, 24 * 30) * HOUR;
    const at = () => new Date(Math.min((t += rng.int(1, 20) * HOUR), now.getTime())).toISOString();
    const publicItem = rng.chance(0.4);
    let r = createRepairOrder(
      {
        customer: `${rng.pick(['陳', '林', '岩'])}女士`,
        phone: `138${String(rng.int(0, 99999999)).padStart(8, '0')}`,
        unit: `B-${rng.int(101, 1808)}`,
        content: rng.pick(['水龍頭漏水', '走廊燈不亮', '門禁卡失靈', '空調不製冷']),
        appointmentAt: new Date(t + 48 * HOUR).toISOString(),
        publicItem,
      },
      { id: newId('rep'), now: new Date(t).toISOString(), actor: 'cs-desk' },
    );
    const stage = rng.int(0, 3);
    if (stage >= 1) {
      const when = at();
      r = applyRepairEvent(r, {
        type: 'dispatch',
        actor: 'cs-desk',
        at: when,
        receivedBy: 'eng-duty',
        receivedAt: when,
      });
    }
    if (stage >= 2 && !publicItem) r = applyRepairEvent(r, { type: 'assess', actor: 'eng-supervisor', at: at() });
    if (stage >= 2)
      r = applyRepairEvent(r, { type: 'complete', actor: 'eng-duty', at: at(), work: '已更換零件並測試正常。' });
    if (stage >= 3) r = applyRepairEvent(r, { type: 'signOff', actor: 'cs-desk', at: at(), signedBy: r.customer });
    repairs.push(r);
  }
  for (let i = 0; i < 30; i++) {
    let t = now.getTime() - rng.int(24, 24 * 30) * HOUR;
    const at = () => new Date(Math.min((t += rng.int(1, 20) * HOUR), now.getTime())).toISOString();
    let s = createPaidService(
      {
        customer: `${rng.pick(['王', '趙', '玉'])}先生`,
        phone: `137${String(rng.int(0, 99999999)).padStart(8, '0')}`,
        unit: `C-${rng.int(101, 1808)}`,
        content: rng.pick(['室內疏通下水道', '更換門鎖', '清洗油煙機']),
        quote: { priceFen: rng.pick([8000, 12000, 20000, 35000]), scheduledAt: new Date(t + 24 * HOUR).toISOString() },
      },
      { id: newId('psv'), now: new Date(t).toISOString(), actor: 'cs-desk' },
    );
    const stage = rng.int(0, 4);
    if (stage >= 1) s = applyPaidServiceEvent(s, { type: 'sign', actor: 'cs-desk', at: at(), signedBy: s.customer });
    if (stage >= 2) s = applyPaidServiceEvent(s, { type: 'perform', actor: 'eng-duty', at: at() });
    if (stage >= 3) s = applyPaidServiceEvent(s, { type: 'accept', actor: 'cs-desk', at: at(), signedBy: s.customer });
    if (stage >= 4)
      s = applyPaidServiceEvent(
        s,
        rng.chance(0.8)
          ? { type: 'charge', actor: 'finance', at: at() }
          : { type: 'escalate', actor: 'finance', at: at(), handedTo: 'cs-manager', reason: '多次催繳未付。' },
      );
    paidServices.push(s);
  }
  return { repairs, paidServices };
}
