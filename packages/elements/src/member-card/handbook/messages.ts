/** Messages of the member card's handbook panel (all keys start with `handbook`), loaded with the panel. */
export interface MemberHandbookMessages {
  /** Shown while the handbook is on its way. */
  handbookLoading: string;
  /** Shown when the club has published no handbook yet. */
  handbookNone: string;
  /** The version in force and the day it took effect (formatted). */
  handbookEffective(date: string, version: number): string;
  /** Heading of the member's rights (A3 art.7). */
  handbookRightsTitle: string;
  /** Heading of the member's duties (A3 art.8). */
  handbookDutiesTitle: string;
  /** The button at the panel's end that folds it away and returns to the card's button. */
  handbookClose: string;
}

/** Traditional Chinese. */
export const memberHandbookZhHant: MemberHandbookMessages = {
  handbookLoading: '正在載入會員手冊…',
  handbookNone: '俱樂部尚未發佈會員手冊。',
  handbookEffective: (date, version) => `第 ${version} 版，自 ${date} 起生效`,
  handbookRightsTitle: '會員的權利',
  handbookDutiesTitle: '會員的義務',
  handbookClose: '收起會員手冊',
};
