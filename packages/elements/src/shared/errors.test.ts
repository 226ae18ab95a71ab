import { ClubApiError, ClubClientError, ClubNetworkError, ClubTimeoutError } from '@clubkit/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commonZhHant } from '../messages/common.js';
import { commonEn } from '../messages/locales/en.js';
import { describeError } from './errors.js';

const t = commonZhHant;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('describeError', () => {
  it('says the service is unavailable when the Club API cannot be reached while the browser is online', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    expect(describeError(new ClubNetworkError('fetch failed'), t)).toBe(t.errorUnavailable);
  });

  it('asks the visitor to check their connection only when the browser says it is offline', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    expect(describeError(new ClubNetworkError('fetch failed'), t)).toBe(t.errorNetwork);
  });

  it.each([502, 503, 504])('says the service is unavailable on %i, whatever the answer’s title', (status) => {
    const error = new ClubApiError(`http/${status}`, 'Bad gateway', { status, problem: { title: 'Bad gateway' } });
    expect(describeError(error, t)).toBe(t.errorUnavailable);
  });

  it('gives the Club API’s own title with the request id for another error answer', () => {
    const error = new ClubApiError('membership/not-found', 'No such member', {
      status: 404,
      requestId: 'req_1',
      problem: { title: '找不到此會員' },
    });
    expect(describeError(error, t)).toBe('找不到此會員（參考編號：req_1）');
  });

  it('says the service is unavailable on the club’s own 500, with the request id to quote', () => {
    const error = new ClubApiError('internal', 'Internal error', {
      status: 500,
      requestId: 'req_3',
      problem: { title: 'Internal error' },
    });
    expect(describeError(error, t)).toBe('俱樂部服務暫時無法使用，請稍後再試。（參考編號：req_3）');
    expect(describeError(error, commonEn)).toBe(
      'The club’s service is unavailable right now. Please try again later. (reference req_3)',
    );
  });

  it('does not call a refused request an outage: a 4xx keeps its own words', () => {
    const error = new ClubApiError('http/429', 'Too many requests', {
      status: 429,
      problem: { title: '請求過於頻繁' },
    });
    expect(describeError(error, t)).toBe('請求過於頻繁');
    expect(describeError(error, t)).not.toBe(t.errorUnavailable);
  });

  it('tells a timeout apart, and gives the generic message with the request id otherwise', () => {
    expect(describeError(new ClubTimeoutError('slow'), t)).toBe(t.errorTimeout);
    expect(describeError(new ClubClientError('client/x', 'x', { requestId: 'req_2' }), t)).toBe(
      t.errorGeneric('req_2'),
    );
    expect(describeError(new Error('boom'), t)).toBe(t.errorGeneric(undefined));
  });
});
