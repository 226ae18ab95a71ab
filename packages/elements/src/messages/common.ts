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

export const commonEn: CommonMessages = {
  intlLocale: 'en',
  loading: 'Loading…',
  retry: 'Try again',
  notConfigured: 'This widget is not configured: it needs the club’s base URL and a key.',
  errorGeneric: (id) => `Something went wrong.${id ? ` Reference: ${id}` : ''}`,
  errorNetwork: 'The club’s service cannot be reached. Check your connection and try again.',
  errorTimeout: 'The club’s service is taking too long. Please try again.',
};

export const commonZhHant: CommonMessages = {
  intlLocale: 'zh-Hant',
  loading: '載入中…',
  retry: '重試',
  notConfigured: '此元件尚未設定：需要俱樂部的服務網址與金鑰。',
  errorGeneric: (id) => `發生錯誤。${id ? `參考編號：${id}` : ''}`,
  errorNetwork: '無法連線到俱樂部服務，請檢查網路後重試。',
  errorTimeout: '俱樂部服務回應逾時，請稍後再試。',
};

export const commonZhHans: CommonMessages = {
  intlLocale: 'zh-Hans',
  loading: '加载中…',
  retry: '重试',
  notConfigured: '此组件尚未设置：需要俱乐部的服务网址与密钥。',
  errorGeneric: (id) => `发生错误。${id ? `参考编号：${id}` : ''}`,
  errorNetwork: '无法连接到俱乐部服务，请检查网络后重试。',
  errorTimeout: '俱乐部服务响应超时，请稍后再试。',
};
