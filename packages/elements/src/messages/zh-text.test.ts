import { categoryLabel, MERCHANT_CATEGORIES, regionLabel, CLUB_REGIONS } from '@clubkit/core';
import { describe, expect, it } from 'vitest';
import { allianceBoardCatalog } from '../alliance-board/messages.js';
import { cardCheckCatalog } from '../card-check/messages.js';
import { serviceUseMessages } from '../card-check/service-use.js';
import { complaintDeskCatalog } from '../complaint-desk/messages.js';
import { complaintFormCatalog } from '../complaint-form/messages.js';
import { handoverDeskCatalog } from '../handover-desk/messages.js';
import { memberCardCatalog } from '../member-card/messages.js';
import { handbookMessages } from '../member-card/handbook/catalog.js';
import { memberDeskCatalog } from '../member-desk/messages.js';
import { directoryCatalog } from '../merchant-directory/messages.js';
import { offerManagerCatalog } from '../offer-manager/messages.js';
import { procedureDeskCatalog } from '../procedure-desk/messages.js';
import { statsBoardCatalog } from '../stats-board/messages.js';
import { vipActivitiesCatalog } from '../vip-activities/messages.js';
import { vipOfferCatalog } from '../vip-offer/messages.js';
import { messageCatalog, type MessageCatalog } from './messages.js';

// What a careful editor checks in every Chinese message the kit ships: the script is the
// locale's (no Traditional character in zh-Hans, no Simplified one in zh-Hant, for the common
// characters that differ between the two), and punctuation beside Chinese is full width.

const catalogs: Record<string, MessageCatalog<object>> = {
  allianceBoard: allianceBoardCatalog,
  cardCheck: cardCheckCatalog,
  complaintDesk: complaintDeskCatalog,
  complaintForm: complaintFormCatalog,
  handoverDesk: handoverDeskCatalog,
  memberCard: memberCardCatalog,
  memberDesk: memberDeskCatalog,
  directory: directoryCatalog,
  offerManager: offerManagerCatalog,
  procedureDesk: procedureDeskCatalog,
  statsBoard: statsBoardCatalog,
  vipOffer: vipOfferCatalog,
  vipActivities: vipActivitiesCatalog,
  // The member card's handbook panel, whose words load with the panel.
  memberHandbook: messageCatalog(handbookMessages('zh-Hant'), {
    en: () => Promise.resolve(handbookMessages('en')),
    'zh-Hans': () => Promise.resolve(handbookMessages('zh-Hans')),
  }),
  // The counter's service use record, whose words load with it.
  counterServiceUse: messageCatalog(serviceUseMessages('zh-Hant'), {
    en: () => Promise.resolve(serviceUseMessages('en')),
    'zh-Hans': () => Promise.resolve(serviceUseMessages('zh-Hans')),
  }),
};

/** A message's text: a function's is read with sample arguments of the kinds messages take. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    for (const sample of ['12', 12, ['一', '二'], { code: 'X1', name: '名稱' }]) {
      try {
        const out: unknown = (value as (...args: unknown[]) => unknown)(...Array.from({ length: 4 }, () => sample));
        if (typeof out === 'string') return [out];
      } catch {
        // the next kind of argument
      }
    }
    throw new Error(`A message function could not be read: ${String(value)}`);
  }
  if (Array.isArray(value)) return value.flatMap(texts);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(texts);
  return [];
}

async function messagesOf(locale: 'zh-Hant' | 'zh-Hans'): Promise<[string, string][]> {
  const all: [string, string][] = [];
  for (const [widget, catalog] of Object.entries(catalogs)) {
    const messages = (await catalog.load(locale)) as Record<string, unknown>;
    for (const [key, value] of Object.entries(messages)) {
      if (key === 'intlLocale') continue;
      for (const text of texts(value)) all.push([`${widget}.${key}`, text]);
    }
  }
  for (const category of MERCHANT_CATEGORIES) all.push([`category.${category}`, categoryLabel(category, locale)]);
  for (const region of CLUB_REGIONS) {
    const label = regionLabel(region, locale);
    if (label === undefined) throw new Error(`core names no region ${region} in ${locale}`);
    all.push([`region.${region}`, label]);
  }
  return all;
}

// Pairs of common characters written differently in the two scripts (Traditional, Simplified);
// characters that are also a different word in Traditional (后, 里, 准, 台, 系…) are left out.
const PAIRS =
  '資资 訊讯 戶户 會会 員员 區区 號号 碼码 車车 費费 優优 電电 話话 請请 輸输 單单 價价 於于 與与 個个 時时 間间 訂订 這这 為为 們们 說说 沒没 過过 還还 對对 務务 經经 驗验 證证 條条 來来 開开 關关 問问 題题 處处 無无 從从 當当 點点 選选 擇择 項项 類类 別别 確确 認认 聯联 絡络 錯错 誤误 載载 網网 設设 帳账 錄录 狀状 態态 續续 約约 寬宽 額额 損损 報报 歷历 紀纪 機机 構构 營营 銷销 標标 應应 該该 據据 數数 門门 鐘钟 書书 辦办 業业 級级 權权 簽签 總总 務务 審审 記记 錄录 圖图 紙纸 維维 護护 給给 讓让 將将 實实 際际 須须 寫写 頁页 顯显 將将 動动 態态 簡简 體体 預预 歲岁';
const TRADITIONAL = new Set<string>();
const SIMPLIFIED = new Set<string>();
for (const pair of PAIRS.split(' ')) {
  const [traditional, simplified] = Array.from(pair);
  if (traditional === undefined || simplified === undefined || traditional === simplified) continue;
  TRADITIONAL.add(traditional);
  SIMPLIFIED.add(simplified);
}

const found = (text: string, set: ReadonlySet<string>) => Array.from(text).filter((c) => set.has(c));

/** Mainland words a Traditional Chinese reader has other words for (資訊, 諮詢, 預設, 軟體, 影片, 網路…). */
const MAINLAND_TERMS =
  /信息|咨詢|默認|缺省|軟件|硬件|視頻|網絡|賬號|賬戶|登錄|注銷|用戶名|激活|設置|營銷|二維碼|短信|打印|屏幕|鏈接|服務器|數據|文件夾|搜索|刷新|加載|質量|櫃台/u;

const CJK = '[\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef]';
/** Half-width `: , ( ) ? !` with a Chinese character (or full-width punctuation) on either side. */
const HALF_WIDTH_BESIDE_CJK = new RegExp(`${CJK}[:,()?!]|[:,()?!]${CJK}`, 'u');

describe('Chinese messages', () => {
  it('reads every message of every widget, functions with sample arguments', async () => {
    for (const locale of ['zh-Hant', 'zh-Hans'] as const)
      expect((await messagesOf(locale)).length).toBeGreaterThan(500);
  });

  it('writes zh-Hans in Simplified characters only', async () => {
    const traditional = (await messagesOf('zh-Hans'))
      .map(([key, text]) => [key, text, found(text, TRADITIONAL).join('')])
      .filter(([, , chars]) => chars !== '');
    expect(traditional).toEqual([]);
  });

  it('writes zh-Hant in Traditional characters only', async () => {
    const simplified = (await messagesOf('zh-Hant'))
      .map(([key, text]) => [key, text, found(text, SIMPLIFIED).join('')])
      .filter(([, , chars]) => chars !== '');
    expect(simplified).toEqual([]);
  });

  it('uses Traditional Chinese terms in zh-Hant, not mainland ones', async () => {
    const mainland = (await messagesOf('zh-Hant')).filter(([, text]) => MAINLAND_TERMS.test(text));
    expect(mainland).toEqual([]);
    expect(MAINLAND_TERMS.test('汽車信息咨詢')).toBe(true);
    expect(MAINLAND_TERMS.test('汽車資訊諮詢')).toBe(false);
  });

  it('puts full-width colons, commas, parentheses, question and exclamation marks beside Chinese', async () => {
    for (const locale of ['zh-Hant', 'zh-Hans'] as const) {
      const halfWidth = (await messagesOf(locale)).filter(([, text]) => HALF_WIDTH_BESIDE_CJK.test(text));
      expect(halfWidth).toEqual([]);
    }
  });

  it('catches the mistakes it looks for', () => {
    expect(found('會員資訊', SIMPLIFIED)).toEqual([]);
    expect(found('会员资讯', TRADITIONAL)).toEqual([]);
    expect(found('会員資讯', SIMPLIFIED)).toEqual(['会', '讯']);
    expect(found('会員資讯', TRADITIONAL)).toEqual(['員', '資']);
    expect(HALF_WIDTH_BESIDE_CJK.test('投訴編號:')).toBe(true);
    expect(HALF_WIDTH_BESIDE_CJK.test('會員(VIP)')).toBe(true);
    expect(HALF_WIDTH_BESIDE_CJK.test('是否續約?')).toBe(true);
    expect(HALF_WIDTH_BESIDE_CJK.test('投訴編號：C79ZH-5H4YW')).toBe(false);
    expect(HALF_WIDTH_BESIDE_CJK.test('A-1203, 12:30 (VIP)')).toBe(false);
  });
});
