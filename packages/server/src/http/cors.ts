import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { ClubEnv } from './env.js';

/** Headers a browser page may read from our responses. */
const EXPOSED = ['X-Request-Id', 'Retry-After', 'Idempotent-Replayed', 'RateLimit-Limit', 'RateLimit-Remaining'];

/**
 * CORS for the origins some API key allows. Which origins those are changes as keys are created
 * and revoked, so it is asked per request. An origin no key allows gets no CORS headers at all
 * (a preflight is still a bare 204), exactly as a browser needs to refuse it; hono's `cors`
 * answers only for allowed origins, because it would otherwise add its static headers to all.
 */
export function corsMiddleware(isKnownOrigin: (origin: string) => boolean): MiddlewareHandler<ClubEnv> {
  const allowed = cors({
    origin: (origin) => (isKnownOrigin(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'],
    allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'Accept-Language', 'X-Request-Id'],
    exposeHeaders: EXPOSED,
    maxAge: 600,
  });
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (origin && isKnownOrigin(origin)) return allowed(c, next);
    if (c.req.method === 'OPTIONS') return c.body(null, 204, { Vary: 'Origin' });
    await next();
  };
}
