import { IdPrefix } from '@clubkit/core';
import { publishHandbook, type Handbook } from '@clubkit/core/membership';
import { newId } from '../http/ids.js';

// The charter's own words (A3 第二章 會員): article 4 (card and handbook), 5 (validity), 6 (renewal),
// 7 (the member's five rights) and 8 (three duties), as the source writes them, in Traditional Chinese,
// set in Chinese punctuation (，。；、「」) where the source types ASCII marks, since members read them.

/** The member's rights, A3 第七條 會員的權利. */
export const CHARTER_RIGHTS = [
  '享受客戶俱樂部提供的相關服務；',
  '對客戶俱樂部所提供的服務內容、方式有知情權；',
  '對客戶俱樂部所提供的服務有接受或拒絕權；',
  '對客戶俱樂部所提供的服務有建議權；',
  '對客戶俱樂部所提供的服務有不履行承諾批評權和申訴權。',
];

/** The member's duties, A3 第八條 會員的義務. */
export const CHARTER_DUTIES = [
  '為客戶俱樂部的發展無保留地提出建議與批評的義務；',
  '參與客戶俱樂部所組織的社會性或公益性活動的義務；',
  '客戶之間相互幫助、協助的義務。',
];

/**
 * The demo club's member handbook, version 1, in force from `today`: the charter's chapter on
 * members (A3 ch.2) with its rights and duties, published through core's rule. Its id comes from
 * no random draw, so the rest of the demo data is the same with it as without.
 */
export function demoHandbook(today: string, base: Date, now: Date): Handbook {
  return publishHandbook(
    {
      title: '客戶俱樂部會員手冊',
      lang: 'zh-Hant',
      effectiveFrom: today,
      sections: [
        {
          heading: '會員',
          body: '在中國人保財險**分公司投保各類保險的客戶，均有機會加入俱樂部。俱樂部對客戶實行會員制，所有會員均為免費會員，俱樂部不向會員收取任何形式的入會費用。',
        },
        { heading: '會員卡和會員手冊', body: '客戶俱樂部按照「一車一會員」的原則發放會員卡和會員手冊。' },
        { heading: '有效期', body: '本俱樂部會員資格具有有效期，其有效期為保險單所載明的保險期限順延10日。' },
        {
          heading: '續保',
          body: '會員在資格有效期內，向中國人保財險**分公司續保而自動獲得俱樂部會員資格，客戶俱樂部對該會員重新發放會員卡及會員手冊。',
        },
      ],
      rights: CHARTER_RIGHTS,
      duties: CHARTER_DUTIES,
    },
    { id: newId(IdPrefix.handbook, base, new Uint8Array(10).fill(1)), now: now.toISOString(), today },
  );
}
