import * as z from 'zod/mini';

/** An amount of money in integer fen (1 CNY = 100 fen). */
export const Fen = z.int();
/** An amount of money in integer fen that cannot be negative. */
export const NonNegativeFen = z.int().check(z.minimum(0));
