import type { AllianceCounty, ListGrade, SecondaryList, Salesperson } from '@clubkit/core/alliance';
import type { ClubServer } from '../app.js';

type Candidate = readonly [
  name: string,
  primaryDealer: string,
  grades: `${'g' | 'f' | 'p'}${'g' | 'f' | 'p'}${'g' | 'f' | 'p'}`,
  monthlyVolume: number,
];

const grade = (letter: string | undefined): ListGrade => (letter === 'g' ? 'good' : letter === 'p' ? 'poor' : 'fair');
const TANGJIU = '版納糖酒副食公司';
const BAIHUO = '景洪百貨批發站';

/** Li's counties: 景洪市 (market 5,200 a month) and 勐海縣 (3,400). */
const LI_CANDIDATES = {
  jinghong: [
    ['景洪眾誠副食批發', TANGJIU, 'ggg', 2600],
    ['景洪興達商行', TANGJIU, 'gfg', 1800],
    ['景洪佳惠超市', TANGJIU, 'fgf', 950],
    ['景洪金孔雀副食', BAIHUO, 'ffg', 900],
    ['景洪萬家福便利', TANGJIU, 'fff', 640],
    ['景洪嘎棟批發部', TANGJIU, 'fpf', 520],
    ['景洪曼聽糧油', BAIHUO, 'pff', 410],
  ],
  menghai: [
    ['勐海順達食品商行', TANGJIU, 'gfg', 1700],
    ['勐海茶城副食', TANGJIU, 'fgf', 780],
    ['勐海勐遮供銷社', TANGJIU, 'ffp', 640],
    ['勐海打洛商店', TANGJIU, 'fpf', 380],
    ['勐海勐混批發部', TANGJIU, 'pff', 300],
    ['勐海格朗和小賣部', TANGJIU, 'ppf', 120],
  ],
} satisfies Record<string, readonly Candidate[]>;

/**
 * Yan's counties: 勐臘縣 (3,000) and 江城縣 (1,300, still in its development period). With Li's,
 * fifteen candidates buy from 版納糖酒 (its top ten leaves five out) and three from 景洪百貨.
 */
const YAN_CANDIDATES = {
  mengla: [
    ['勐臘通途副食', TANGJIU, 'gfg', 1500],
    ['勐臘興旺糧油', TANGJIU, 'pfp', 900],
    ['勐臘磨憨口岸商行', BAIHUO, 'fgf', 700],
  ],
  jiangcheng: [
    ['江城整董商店', TANGJIU, 'fgf', 260],
    ['江城縣城副食', TANGJIU, 'fff', 240],
  ],
} satisfies Record<string, readonly Candidate[]>;

const entriesOf = (countyId: string, candidates: readonly Candidate[]) =>
  candidates.map(([name, primaryDealer, grades, monthlyVolume]) => ({
    name,
    countyId,
    primaryDealer,
    businessState: grade(grades[0]),
    developmentPotential: grade(grades[1]),
    leaderQuality: grade(grades[2]),
    monthlyVolume,
  }));

/**
 * The demo's secondary-dealer lists (二級客戶一覽表), each filed by its salesperson through the
 * Club API with a key of their own (revoked after): Li lists 13 candidates in two counties and
 * chooses two in 景洪市 and one in 勐海縣; Yan lists five and chooses one in each county, so the
 * market manager's view has a primary dealer with more than ten and one with fewer.
 */
export async function seedSecondaryLists(
  server: ClubServer,
  centreId: string,
  today: string,
  territory: {
    li: Salesperson;
    yan: Salesperson;
    counties: Record<'jinghong' | 'menghai' | 'mengla' | 'jiangcheng', AllianceCounty>;
  },
): Promise<void> {
  const file = async (
    salesperson: Salesperson,
    byCounty: readonly (readonly [AllianceCounty, readonly Candidate[]])[],
    chosen: readonly number[],
  ) => {
    const key = await server.createKey({
      kind: 'secret',
      principal: { role: 'alliance', centreId, salespersonId: salesperson.id },
      label: `demo secondary-dealer list of ${salesperson.name}`,
    });
    try {
      const call = async (path: string, body: unknown): Promise<SecondaryList> => {
        const response = await server.fetch(
          new Request(`http://club.internal${path}`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${key.secret}`, 'Content-Type': 'application/json' },
            body: JSON.stringify(body),
          }),
        );
        if (!response.ok) throw new Error(`The demo lists could not be seeded: ${path} ${await response.text()}`);
        return (await response.json()) as SecondaryList;
      };
      const entries = byCounty.flatMap(([county, candidates]) => entriesOf(county.id, candidates));
      const list = await call('/v1/alliance/secondary-lists', { centreId, filedOn: today, entries });
      for (const line of chosen) await call(`/v1/alliance/secondary-lists/${list.id}/choices`, { line, chosen: true });
    } finally {
      await server.revokeKey(key.id);
    }
  };
  // Lines: 景洪 1–7, 勐海 8–13; 勐臘 1–3, 江城 4–5.
  const { counties } = territory;
  await file(
    territory.li,
    [
      [counties.jinghong, LI_CANDIDATES.jinghong],
      [counties.menghai, LI_CANDIDATES.menghai],
    ],
    [1, 2, 8],
  );
  await file(
    territory.yan,
    [
      [counties.mengla, YAN_CANDIDATES.mengla],
      [counties.jiangcheng, YAN_CANDIDATES.jiangcheng],
    ],
    [1, 4],
  );
}
