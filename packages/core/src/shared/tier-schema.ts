import * as z from 'zod/mini';
import { Tier } from './tier.js';

/** Schema of {@link Tier}. */
export const TierSchema = z.enum([Tier.standard, Tier.vip]);
