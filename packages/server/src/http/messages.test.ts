import {
  AccessErrorCode,
  AllianceErrorCode,
  MembershipErrorCode,
  ProjectionErrorCode,
  ServiceErrorCode,
} from '@clubkit/core';
import { describe, expect, it } from 'vitest';
import { hasTitle, problemTitle } from './messages.js';

/** Every code a request can end with: core's rule codes the API can raise, and the server's own. */
const apiCodes = [
  ...Object.values(MembershipErrorCode),
  ...Object.values(ServiceErrorCode),
  ...Object.values(AccessErrorCode),
  ...Object.values(AllianceErrorCode),
  'alliance/already-recorded',
  'alliance/no-sheet',
  'invalid-input',
  'invalid-json',
  'invalid-cursor',
  'payload-too-large',
  'unsupported-media-type',
  'not-found',
  'auth/missing-key',
  'auth/invalid-key',
  'auth/session-expired',
  'auth/origin-not-allowed',
  'auth/secret-key-in-browser',
  'rate-limited',
  'idempotency/key-reused',
  'idempotency/invalid-key',
  'complaint/reference-mistyped',
  'complaint/daily-quota-exceeded',
  'internal',
];

describe('problem titles', () => {
  it.each(apiCodes)('has %s in zh-Hant, zh-Hans and en', (code) => {
    expect(hasTitle(code)).toBe(true);
    const titles = (['zh-Hant', 'zh-Hans', 'en'] as const).map((l) => problemTitle(code, l));
    expect(new Set(titles).size).toBe(3);
  });

  it('falls back to a generic title for codes only the SDK raises', () => {
    for (const code of Object.values(ProjectionErrorCode)) {
      expect(problemTitle(code, 'en')).toBe('The request was refused.');
    }
  });
});
