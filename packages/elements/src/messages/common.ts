/** Messages every widget uses. */
export interface CommonMessages {
  /** BCP 47 tag for `Intl` (money, dates, numbers). */
  intlLocale: string;
  loading: string;
  retry: string;
  /** Shown when the widget has no base URL or key to work with. */
  notConfigured: string;
  /** A request failed; `requestId` is the id to quote to support. */
  errorGeneric(requestId: string | undefined): string;
  /** The Club API could not be reached. */
  errorNetwork: string;
  /** The Club API took too long. */
  errorTimeout: string;
}

export const commonZhHant: CommonMessages = {
  intlLocale: 'zh-Hant',
  loading: '載入中…',
  retry: '重試',
  notConfigured: '此元件尚未設定：需要俱樂部的服務網址與金鑰。',
  errorGeneric: (id) => `發生錯誤。${id ? `參考編號：${id}` : ''}`,
  errorNetwork: '無法連線到俱樂部服務，請檢查網路後重試。',
  errorTimeout: '俱樂部服務回應逾時，請稍後再試。',
};
