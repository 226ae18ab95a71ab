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
  /** The Club API could not be reached and the browser says it is offline: the visitor's connection. */
  errorNetwork: string;
  /** The Club API could not be reached while the browser is online, or answered 502, 503 or 504: the service is down. */
  errorUnavailable: string;
  /** The Club API took too long. */
  errorTimeout: string;
  /** A message about a failed request with the request id to quote to support, when there is one. */
  errorWithReference(message: string, requestId: string | undefined): string;
}

export const commonZhHant: CommonMessages = {
  intlLocale: 'zh-Hant',
  loading: '載入中…',
  retry: '重試',
  notConfigured: '此元件尚未設定：需要俱樂部的服務網址與金鑰。',
  errorGeneric: (id) => `發生錯誤。${id ? `參考編號：${id}` : ''}`,
  errorNetwork: '您的裝置目前沒有網路連線，請連線後重試。',
  errorUnavailable: '俱樂部服務暫時無法使用，請稍後再試。',
  errorTimeout: '俱樂部服務回應逾時，請稍後再試。',
  errorWithReference: (message, id) => (id ? `${message}（參考編號：${id}）` : message),
};
