import type { MiddlewareHandler } from 'hono';
import { requestId } from 'hono/request-id';
import type { ClubEnv } from './env.js';

/** The header a request id travels in, both ways. */
export const REQUEST_ID_HEADER = 'X-Request-Id';

/** An incoming id we keep: a safe token long enough to be someone's trace id, short enough to log. */
const ACCEPTED = /^[A-Za-z0-9_.:-]{8,128}$/;

/** The caller's id when it is a safe token, else a fresh `req_` + 32 hex digits. */
export function chooseRequestId(incoming: string | undefined): string {
  return incoming !== undefined && ACCEPTED.test(incoming)
    ? incoming
    : `req_${crypto.randomUUID().replaceAll('-', '')}`;
}

/**
 * Gives every request an id (`c.var.requestId`) and echoes it in X-Request-Id on every response,
 * errors and preflights included, so a log line and a client report can be matched. Hono's own
 * check of the incoming header is looser than ours (it keeps `=` and one-letter ids), so its
 * header handling is turned off and the id is chosen and echoed here.
 */
export function requestIdMiddleware(): MiddlewareHandler<ClubEnv> {
  const assign = requestId({ headerName: '', generator: (c) => chooseRequestId(c.req.header(REQUEST_ID_HEADER)) });
  return (c, next) =>
    assign(c, async () => {
      c.header(REQUEST_ID_HEADER, c.var.requestId);
      await next();
    });
}
