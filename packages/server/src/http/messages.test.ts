import {
  AccessErrorCode,
  AllianceErrorCode,
  MembershipErrorCode,
  ProjectionErrorCode,
  ServiceErrorCode,
} from '@clubkit/core';
import { describe, expect, it } from 'vitest';
import { hasTitle, problemTitle } from './messages.js';

/** Every code a request can end with: core's rule codes the API can raise, and the server's own. */
const apiCodes = [
  ...Object.values(MembershipErrorCode),
  ...Object.values(ServiceErrorCode),
  ...Object.values(AccessErrorCode),
  ...Object.values(AllianceErrorCode),
  'alliance/already-recorded',
  'alliance/no-sheet',
  'invalid-input',
  'invalid-json',
  'invalid-cursor',
  'payload-too-large',
  'unsupported-media-type',
  'not-found',
  'auth/missing-key',
  'auth/invalid-key',
  'auth/session-expired',
  'auth/origin-not-allowed',
  'auth/secret-key-in-browser',
  'rate-limited',
  'idempotency/key-reused',
  'idempotency/invalid-key',
  'complaint/reference-mistyped',
  'complaint/daily-quota-exceeded',
  'internal',
];

describe('problem titles', () => {
  it.each(apiCodes)('has %s in zh-Hant, zh-Hans and en', (code) => {
    expect(hasTitle(code)).toBe(true);
    const titles = (['zh-Hant', 'zh-Hans', 'en'] as const).map((l) => problemTitle(code, l));
    expect(new Set(titles).size).toBe(3);
  });

  it('falls back to a generic title for codes only the SDK raises', () => {
    for (const code of Object.values(ProjectionErrorCode)) {
      expect(problemTitle(code, 'en')).toBe('The request was refused.');
    }
  });

  // A member reads these titles in the widgets: each Chinese one in its own script and terms,
  // with full-width punctuation beside Chinese (the widgets' messages are held to the same).
  it('writes zh-Hant titles in Traditional terms and characters, and zh-Hans ones in Simplified', () => {
    const mainland = /信息|咨詢|默認|軟件|視頻|網絡|賬號|登錄|營銷|續費|二維碼|短信|服務器|數據/u;
    const simplified =
      /[资讯户会员区号码车费优电话请输单价于与个时间订这为们说没过还对务经验证条来开关问题处无从当点选择项类别确认联络错误载网设账录状态续约额]/u;
    const traditional =
      /[資訊戶會員區號碼車費優電話請輸單價於與個時間訂這為們說沒過還對務經驗證條來開關問題處無從當點選擇項類別確認聯絡錯誤載網設帳錄狀態續約額]/u;
    const zhHant = apiCodes.map((code) => problemTitle(code, 'zh-Hant'));
    const zhHans = apiCodes.map((code) => problemTitle(code, 'zh-Hans'));
    expect(zhHant.filter((t) => mainland.test(t) || simplified.test(t))).toEqual([]);
    expect(zhHans.filter((t) => traditional.test(t))).toEqual([]);
    const halfWidth = /[\u4e00-\u9fff][:,()?!]|[:,()?!][\u4e00-\u9fff]/u;
    expect([...zhHant, ...zhHans].filter((t) => halfWidth.test(t))).toEqual([]);
    expect(mainland.test('該營銷活動')).toBe(true);
  });
});
