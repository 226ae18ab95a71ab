import { negotiateLocale } from '@clubkit/core';
import type { MiddlewareHandler } from 'hono';
import type { ClubEnv } from './env.js';

/**
 * Sets `c.var.locale` from Accept-Language with core's `negotiateLocale`, the same rule the
 * SDK and the elements use. Hono's `language` middleware is not used: it matches tags against a
 * list, while zh-TW, zh-HK and zh-Hant-TW must all read as zh-Hant and zh-SG as zh-Hans.
 */
export function languageMiddleware(): MiddlewareHandler<ClubEnv> {
  return async (c, next) => {
    c.set('locale', negotiateLocale(c.req.header('accept-language')));
    await next();
  };
}
