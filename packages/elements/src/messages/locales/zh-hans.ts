import type { CommonMessages } from '../common.js';

export const commonZhHans: CommonMessages = {
  intlLocale: 'zh-Hans',
  loading: '加载中…',
  retry: '重试',
  notConfigured: '此组件尚未设置：需要俱乐部的服务网址与密钥。',
  errorGeneric: (id) => `发生错误。${id ? `参考编号：${id}` : ''}`,
  errorNetwork: '无法连接到俱乐部服务，请检查网络后重试。',
  errorTimeout: '俱乐部服务响应超时，请稍后再试。',
};
