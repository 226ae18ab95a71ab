import { describe, expect, it } from 'vitest';
import {
  ClubApiError,
  ClubClientError,
  ClubNetworkError,
  ClubResponseError,
  ClubTimeoutError,
  errorFromResponse,
  isClubApiError,
  isClubClientError,
  isClubNetworkError,
  isClubResponseError,
  isClubTimeoutError,
} from './errors.js';

describe('errorFromResponse', () => {
  it('turns a problem document into a ClubApiError with its code, detail, issues and request id', () => {
    const e = errorFromResponse(
      400,
      {
        type: 'urn:clubkit:problem:invalid-input',
        title: '請求中有欄位不正確。',
        status: 400,
        detail: 'Invalid request body at phone: Required',
        code: 'invalid-input',
        requestId: 'req_1',
        issues: [{ path: ['phone'], code: 'invalid_type', message: 'Required' }, { nonsense: true }],
      },
      'req_header',
    );
    expect(e).toBeInstanceOf(ClubApiError);
    expect([e.status, e.code, e.message, e.requestId]).toEqual([
      400,
      'invalid-input',
      'Invalid request body at phone: Required',
      'req_1',
    ]);
    expect(e.issues).toEqual([{ path: ['phone'], code: 'invalid_type', message: 'Required' }]);
    expect(e.problem['title']).toBe('請求中有欄位不正確。');
  });

  it('names a non-problem answer by its status and keeps the header request id', () => {
    const e = errorFromResponse(502, undefined, 'req_header');
    expect([e.code, e.status, e.requestId, e.issues]).toEqual(['http/502', 502, 'req_header', []]);
    expect(errorFromResponse(500, ['not', 'an', 'object'], undefined).code).toBe('http/500');
  });
});

describe('guards', () => {
  const all = [
    new ClubApiError('x', 'm', { status: 409 }),
    new ClubNetworkError('m'),
    new ClubTimeoutError('m'),
    new ClubResponseError('m'),
  ];

  it('recognise each class and no other', () => {
    const guards = [isClubApiError, isClubNetworkError, isClubTimeoutError, isClubResponseError];
    guards.forEach((guard, i) => expect(all.map((e) => guard(e))).toEqual(all.map((_, j) => j === i)));
    for (const e of all) {
      expect(isClubClientError(e)).toBe(true);
      expect(e).toBeInstanceOf(ClubClientError);
    }
    expect(isClubClientError(new ClubClientError('client/misconfigured', 'm'))).toBe(true);
  });

  it('work on errors thrown by another copy of the package (brand, not instanceof)', () => {
    const foreign = Object.assign(new Error('m'), {
      name: 'ClubApiError',
      code: 'x',
      [Symbol.for('clubkit.ClubClientError')]: 'ClubApiError',
    });
    expect(isClubApiError(foreign)).toBe(true);
    expect(isClubClientError(foreign)).toBe(true);
    expect(isClubTimeoutError(foreign)).toBe(false);
  });

  it('reject look-alikes and non-errors', () => {
    expect(isClubApiError(Object.assign(new Error('m'), { name: 'ClubApiError', code: 'x' }))).toBe(false);
    expect(isClubClientError(null)).toBe(false);
    expect(isClubClientError('ClubApiError')).toBe(false);
  });

  it('give each error a stable code', () => {
    expect(all.map((e) => e.code)).toEqual(['x', 'client/network', 'client/timeout', 'client/invalid-response']);
  });
});
