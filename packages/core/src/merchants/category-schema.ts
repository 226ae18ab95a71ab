import * as z from 'zod/mini';
import { MerchantCategory } from './category.js';

/** Schema of {@link MerchantCategory}. */
export const MerchantCategorySchema = z.enum(
  Object.values(MerchantCategory) as [MerchantCategory, ...MerchantCategory[]],
);
