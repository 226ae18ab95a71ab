import {
  halfYearOf,
  type AllianceCounty,
  type Assessment,
  type Dealer,
  type RewardFund,
  type SalesCentre,
  type Salesperson,
} from '@clubkit/core/alliance';
import type { ClubServer } from '../app.js';
import { seedSecondaryLists } from './secondary-lists.js';
import { seedPromotions } from './promotions.js';

/** The demo alliance's sales centre: the staff member of the alliance role works for it. */
export const DEMO_CENTRE_ID = 'ctr_banna';

const qualification = {
  dealerSales: 700,
  marketSales: 1000,
  selectedDealersSales: 8000,
  primaryDealerSales: 10_000,
  agreementSigned: true,
};

/** `YYYY-MM` of the month `back` months before `today`'s (a `YYYY-MM-DD`). */
function monthBefore(today: string, back: number): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1 - back;
  const date = new Date(Date.UTC(year, month, 1));
  return date.toISOString().slice(0, 7);
}

/**
 * The demo dealer alliance (A1), written through the Club API's own routes so that every rule
 * applies as it would for a sales centre's staff: a sales centre with two salespeople, four
 * counties (one still being developed), dealers in each with six months of sales against the
 * county's market — one on the 80 % target, one between 70 % and 80 %, one short two months
 * running (warned), one short three months (revoked by its review) — as of the club's `today`;
 * the last half-year's 100-point assessments (see {@link seedAssessments}); and each salesperson's
 * secondary-dealer list with its county choice (see `seedSecondaryLists`); and its member-only
 * promotions (see `seedPromotions`).
 */
export async function seedAlliance(server: ClubServer, today: string): Promise<void> {
  const key = await server.createKey({ kind: 'secret', principal: { role: 'admin' }, label: 'demo alliance seed' });
  try {
    const call = async <T>(path: string, body?: unknown): Promise<T> => {
      const response = await server.fetch(
        new Request(`http://club.internal${path}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${key.secret}`, 'Content-Type': 'application/json' },
          body: body === undefined ? null : JSON.stringify(body),
        }),
      );
      if (!response.ok) throw new Error(`The demo alliance could not be seeded: ${path} ${await response.text()}`);
      return (await response.json()) as T;
    };
    const startedOn = `${monthBefore(today, 9)}-01`;
    // The alliance was founded when its salespeople started: its first half-year is over, so the
    // visit lists now go to the sales centre monthly, and months before carry the visit fund.
    await call<SalesCentre>('/v1/alliance/centres', {
      id: DEMO_CENTRE_ID,
      name: '西雙版納銷售中心',
      foundedOn: startedOn,
      primaryDealer: '景洪糖酒公司',
    });
    // Its first primary dealer ran short of funds three months ago; the alliance chose another.
    await call(`/v1/alliance/centres/${DEMO_CENTRE_ID}/primary-dealer`, {
      on: `${monthBefore(today, 3)}-01`,
      reason: 'short-of-funds',
      successor: { kind: 'dealer', name: '西雙版納恆通商貿' },
    });
    const salesperson = (name: string) =>
      call<Salesperson>('/v1/alliance/salespeople', { centreId: DEMO_CENTRE_ID, name, baseFen: 300_000, startedOn });
    const li = await salesperson('李國華');
    const yan = await salesperson('岩溫');
    const county = (name: string, population: number, salespersonId: string, developing = false) =>
      call<AllianceCounty>('/v1/alliance/counties', {
        centreId: DEMO_CENTRE_ID,
        name,
        population,
        monthlyPerThousand: 10,
        salespersonId,
        ...(developing ? { developmentStartedOn: `${monthBefore(today, 2)}-01` } : {}),
      });
    const dealer = (countyId: string, name: string) =>
      call<Dealer>('/v1/alliance/dealers', { countyId, name, appliedOn: startedOn, qualification });
    const sales = async (d: Dealer, shares: number[], market: number) => {
      for (const [i, share] of shares.entries())
        await call(`/v1/alliance/dealers/${d.id}/sales`, {
          month: monthBefore(today, shares.length - i),
          sales: Math.round(market * share),
        });
    };
    // A county's market is population / 1,000 × 10 a month.
    const jinghong = await county('景洪市', 520_000, li.id);
    const menghai = await county('勐海縣', 340_000, li.id);
    const mengla = await county('勐臘縣', 300_000, yan.id);
    const jiangcheng = await county('江城縣', 130_000, yan.id, true);
    const jinghongDealer = await dealer(jinghong.id, '景洪眾誠副食批發');
    await sales(jinghongDealer, [0.82, 0.85, 0.8, 0.86, 0.9, 0.84], 5200);
    const menghaiDealer = await dealer(menghai.id, '勐海順達食品商行');
    await sales(menghaiDealer, [0.78, 0.74, 0.72, 0.76, 0.73, 0.75], 3400);
    const menglaDealer = await dealer(mengla.id, '勐臘通途副食');
    await sales(menglaDealer, [0.8, 0.76, 0.72, 0.71, 0.66, 0.64], 3000);
    const short = await dealer(mengla.id, '勐臘興旺糧油');
    await sales(short, [0.75, 0.71, 0.7, 0.6, 0.55, 0.5], 3000);
    // Three months short in a row: its review revokes it.
    await call(`/v1/alliance/dealers/${short.id}/review`);
    await seedAssessments(call, monthBefore(today, 6), [jinghongDealer, menghaiDealer, menglaDealer]);
    await seedSecondaryLists(server, DEMO_CENTRE_ID, today, {
      li,
      yan,
      counties: { jinghong, menghai, mengla, jiangcheng },
    });
    await seedPromotions(call, DEMO_CENTRE_ID, today, [jinghongDealer, menghaiDealer, menglaDealer]);
  } finally {
    await server.revokeKey(key.id);
  }
}

/** The demo sheet: the club's own items (the source names the sheet, not its items), from the charter's duties. */
export const DEMO_SHEET_ITEMS = [
  { key: 'sales-volume', label: '銷量達成（不低於市場銷量70%）', points: 30 },
  { key: 'pricing', label: '執行統一價格，不低價銷售', points: 20 },
  { key: 'no-counterfeits', label: '不銷售假冒產品，不捆綁銷售', points: 15 },
  { key: 'new-products', label: '配合新產品推廣及企業宣傳', points: 15 },
  { key: 'channel', label: '只從指定一級經銷商進貨', points: 10 },
  { key: 'cooperation', label: '配合走訪及聯誼會', points: 10 },
] as const;

const scoresOf = (points: readonly number[]) =>
  DEMO_SHEET_ITEMS.map((item, i) => ({ key: item.key, score: points[i] ?? 0 }));

/**
 * The demo's 100-point assessments of the half-year before the current one (the one `inPrevious`,
 * a `YYYY-MM`, falls in): the sheet (version 1), a reward fund of 20,000 CNY (half of the source's
 * yearly 4 ‰ of 10 million), and three dealers' assessments — one filed and paid, one awaiting the
 * sales centre's approval, one the region refused, back with the branch with its reason.
 */
async function seedAssessments(
  call: <T>(path: string, body?: unknown) => Promise<T>,
  inPrevious: string,
  [filed, awaiting, refused]: Dealer[],
): Promise<void> {
  const halfYear = halfYearOf(`${inPrevious}-01`);
  await call('/v1/alliance/assessment-sheets', {
    centreId: DEMO_CENTRE_ID,
    items: DEMO_SHEET_ITEMS,
    bands: [
      { minScore: 60, rewardFen: 50_000 },
      { minScore: 80, rewardFen: 100_000 },
      { minScore: 90, rewardFen: 200_000 },
    ],
  });
  await call<RewardFund>('/v1/alliance/reward-funds', { centreId: DEMO_CENTRE_ID, halfYear, budgetedFen: 2_000_000 });
  const open = (dealer: Dealer | undefined, points: number[]) =>
    call<Assessment>('/v1/alliance/assessments', { dealerId: dealer?.id, halfYear, scores: scoresOf(points) });
  const sign = (a: Assessment, step: string, signerName: string) =>
    call<Assessment>(`/v1/alliance/assessments/${a.id}/decisions`, { outcome: 'signed', step, signerName });
  const verified = async (a: Assessment) =>
    sign(
      await sign(await sign(await sign(a, 'director', '李國華'), 'deputy', '岩溫'), 'branch', '版納分公司 王建'),
      'region',
      '雲南大區 周敏',
    );
  await sign(await verified(await open(filed, [28, 19, 15, 14, 9, 9])), 'sales-centre', '趙志強');
  await verified(await open(awaiting, [24, 18, 15, 12, 9, 8]));
  const atRegion = await sign(
    await sign(await sign(await open(refused, [22, 16, 15, 13, 10, 9]), 'director', '岩溫'), 'deputy', '李國華'),
    'branch',
    '版納分公司 王建',
  );
  await call(`/v1/alliance/assessments/${atRegion.id}/decisions`, {
    outcome: 'refused',
    step: 'region',
    signerName: '雲南大區 周敏',
    reason: '銷量得分與近三月未達70%的紀錄不符，請分公司核實',
  });
}
