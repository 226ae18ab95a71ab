import type { ActivityKind } from '@clubkit/core/vip';

/** Words of the board's income section (the administrator's), loaded with it. Money arrives formatted. */
export interface IncomeMessages {
  /** The section's heading. */
  heading: string;
  /** Announced when the activities have loaded. */
  loaded(count: number): string;
  /** Caption of the activities table, and its columns. */
  caption: string;
  colTitle: string;
  colKind: string;
  /** Column of the place an activity names (empty when it names none). */
  colPlace: string;
  colDays: string;
  colSeats: string;
  colPrice: string;
  /** Seats taken of the capacity. */
  seats(taken: number, capacity: number): string;
  /** Shown when there is no activity. */
  empty: string;
  /** Each kind of activity. */
  kinds: Readonly<Record<ActivityKind, string>>;
  /** The new activity's form. */
  newActivity: string;
  kind: string;
  title: string;
  /** The optional place: a trip's meeting point, a gathering's venue. */
  place: string;
  startsOn: string;
  endsOn: string;
  capacity: string;
  priceYuan: string;
  signUpFrom: string;
  signUpUntil: string;
  create: string;
  /** Announced when an activity was set up. */
  created(title: string): string;
  /** The advertising income's form. */
  newAd: string;
  merchantId: string;
  amountYuan: string;
  from: string;
  to: string;
  note: string;
  record: string;
  /** Announced when advertising income was recorded. */
  recorded(amount: string): string;
  /** A field left empty or not an amount. */
  fieldInvalid(label: string): string;
  /** A field longer than the Club API takes. */
  tooLong(label: string, max: number): string;
  /** The Club API refused the form. */
  refused(reason: string): string;
}

/** Traditional Chinese. */
export const incomeZhHant: IncomeMessages = {
  heading: '活動、惠購與廣告收入',
  loaded: (n) => `共 ${n} 項活動。`,
  caption: '活動與惠購',
  colTitle: '名稱',
  colKind: '類型',
  colPlace: '地點',
  colDays: '日期',
  colSeats: '名額',
  colPrice: '每人費用',
  seats: (taken, capacity) => `${taken}／${capacity}`,
  empty: '尚無活動。',
  kinds: { 'self-drive-trip': '自駕游', gathering: '交友聚會', 'group-buying': '惠購' },
  newActivity: '新增活動',
  kind: '類型',
  title: '名稱',
  place: '地點（集合點或場地，可留空）',
  startsOn: '開始日期',
  endsOn: '結束日期',
  capacity: '名額',
  priceYuan: '每人費用（元，免費填 0）',
  signUpFrom: '報名開始',
  signUpUntil: '報名截止（開始日期之前）',
  create: '新增活動',
  created: (title) => `已新增活動「${title}」。`,
  newAd: '記錄廣告收入',
  merchantId: '商戶編號',
  amountYuan: '金額（元）',
  from: '刊登開始',
  to: '刊登結束',
  note: '說明',
  record: '記錄廣告收入',
  recorded: (amount) => `已記錄廣告收入 ${amount}。`,
  fieldInvalid: (label) => `請填寫有效的「${label}」。`,
  tooLong: (label, max) => `「${label}」最多 ${max} 個字。`,
  refused: (reason) => `未能儲存：${reason}`,
};
