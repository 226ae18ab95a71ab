import { describe, expect, it } from 'vitest';
import { complaintDeskEn } from './locales/en.js';
import { complaintDeskZhHans } from './locales/zh-hans.js';
import { complaintDeskZhHant } from './messages.js';

describe('complaint desk messages', () => {
  it('write who signed a resolution off in the brackets of each locale', () => {
    expect(complaintDeskZhHant.deskResolutionBy('已更換讀卡器', '王主管')).toBe('已更換讀卡器（王主管）');
    expect(complaintDeskZhHans.deskResolutionBy('已更换读卡器', '王主管')).toBe('已更换读卡器（王主管）');
    expect(complaintDeskEn.deskResolutionBy('Card reader replaced', 'Ms Wang')).toBe('Card reader replaced (Ms Wang)');
  });
});
