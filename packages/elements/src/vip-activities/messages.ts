import type { ActivityKind } from '@clubkit/core/vip';
import { messageCatalog } from '../messages/messages.js';

/** Messages of `<club-vip-activities>`. Money and dates arrive already formatted. */
export interface VipActivitiesMessages {
  /** The widget's heading. */
  actTitle: string;
  /** Each kind of activity in words. */
  actKinds: { readonly [K in ActivityKind]: string };
  /** The heading of the activities open for sign-up. */
  actOpenHeading: string;
  /** The heading of the member's own seats. */
  actMineHeading: string;
  /** The days of an activity: one day, or the first and last. */
  actDays(first: string, last: string | undefined): string;
  /** Where it takes place. */
  actPlace(place: string): string;
  /** The price of a seat. */
  actPrice(price: string): string;
  /** A seat that costs nothing. */
  actFree: string;
  /** The seats still free. */
  actSeatsLeft(seats: number): string;
  /** No seat is free. */
  actNoSeats: string;
  /** The last day to sign up. */
  actUntil(date: string): string;
  /** The sign-up button. */
  actSignUp: string;
  /** On an activity the member holds a seat on. */
  actHeld: string;
  /** The cancel button of a seat. */
  actCancel: string;
  /** While a seat is taken or cancelled. */
  actWorking: string;
  /** The seat is taken. */
  actSignedUp(title: string): string;
  /** The seat is cancelled. */
  actCancelled(title: string): string;
  /** No activity is open for sign-up. */
  actNoneOpen: string;
  /** The member holds no seat on an activity to come. */
  actNoneMine: string;
  /** A seat on an activity that has begun: no longer cancelled. */
  actStarted: string;
  /** Refused: the member has no valid membership or VIP card. */
  actRefusedNotMember: string;
  /** Refused: the sign-up window is not open today. */
  actRefusedClosed: string;
  /** Refused: every seat is taken. */
  actRefusedFull: string;
  /** Refused: the member holds a seat already. */
  actRefusedHeld: string;
  /** Refused: the activity has begun, the seat can no longer be cancelled. */
  actRefusedStarted: string;
  /** Refused: the seat was cancelled already. */
  actRefusedCancelled: string;
  /** Refused: the activity or the seat is gone. */
  actRefusedGone: string;
  /** Instead of the list for a visitor who is not signed in. */
  actSignIn: string;
  /** Without a session endpoint: signing up is not set up on this page. */
  actNotConfigured: string;
}

/** Traditional Chinese. */
export const vipActivitiesZhHant: VipActivitiesMessages = {
  actTitle: '俱樂部活動與惠購',
  actKinds: { 'self-drive-trip': '自駕遊', gathering: '聯誼活動', 'group-buying': '惠購團購' },
  actOpenHeading: '開放報名中',
  actMineHeading: '我的報名',
  actDays: (first, last) => (last ? `${first}至${last}` : first),
  actPlace: (place) => `地點：${place}`,
  actPrice: (price) => `每人 ${price}`,
  actFree: '免費',
  actSeatsLeft: (n) => `尚餘 ${n} 個名額`,
  actNoSeats: '名額已滿',
  actUntil: (date) => `報名截止：${date}`,
  actSignUp: '報名',
  actHeld: '您已報名',
  actCancel: '取消報名',
  actWorking: '處理中…',
  actSignedUp: (title) => `已為您報名「${title}」。`,
  actCancelled: (title) => `已取消「${title}」的報名。`,
  actNoneOpen: '目前沒有開放報名的活動或惠購。',
  actNoneMine: '您尚未報名即將舉行的活動。',
  actStarted: '活動已開始，無法取消。',
  actRefusedNotMember: '活動與惠購僅限會籍或 VIP 卡有效的會員報名。',
  actRefusedClosed: '此活動今天不在報名期間內，未為您報名。',
  actRefusedFull: '名額已滿，未為您報名。',
  actRefusedHeld: '您已報名此活動，無須重複報名。',
  actRefusedStarted: '活動已開始，報名無法取消。',
  actRefusedCancelled: '此報名已經取消。',
  actRefusedGone: '找不到此活動或報名，請重新整理。',
  actSignIn: '請先登入，即可報名活動與惠購。',
  actNotConfigured: '此頁尚未設定會員登入，無法報名。',
};

/** The widget's messages with the common ones: Traditional Chinese at hand, English and Simplified Chinese loaded when first asked for. */
export const vipActivitiesCatalog = messageCatalog(vipActivitiesZhHant, {
  en: () => import('./locales/en.js').then((m) => m.vipActivitiesEn),
  'zh-Hans': () => import('./locales/zh-hans.js').then((m) => m.vipActivitiesZhHans),
});
