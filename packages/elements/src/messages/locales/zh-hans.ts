import type { CommonMessages } from '../common.js';

export const commonZhHans: CommonMessages = {
  intlLocale: 'zh-Hans',
  loading: '加载中…',
  retry: '重试',
  notConfigured: '此组件尚未设置：需要俱乐部的服务网址与密钥。',
  errorGeneric: (id) => `发生错误。${id ? `参考编号：${id}` : ''}`,
  errorNetwork: '您的设备目前没有网络连接，请连接后重试。',
  errorUnavailable: '俱乐部服务暂时无法使用，请稍后再试。',
  errorTimeout: '俱乐部服务响应超时，请稍后再试。',
  errorWithReference: (message, id) => (id ? `${message}（参考编号：${id}）` : message),
};
