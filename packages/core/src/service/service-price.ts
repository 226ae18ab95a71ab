import * as z from 'zod/mini';
import { IsoInstant } from '../shared/dates.js';
import { ClubError } from '../shared/errors.js';
import { NonNegativeFen } from '../shared/fen.js';
import { IdPrefix, entityId } from '../shared/ids.js';
import { parseInput } from '../shared/parse.js';
import { ServiceErrorCode } from './errors.js';
import { text } from './fields.js';
import { RenovationViolationSchema } from './renovation-kinds.js';

/** A line of the club's paid-service price list (A4 §3.12: the published fee scale). */
export const NewServicePrice = z.object({
  /** What the service is, e.g. `Range hood cleaning`. */
  name: text(100),
  /** The price of one unit of charge, in fen. */
  priceFen: NonNegativeFen,
  /** What one price buys, e.g. `per visit`, `per hour`, `per m²`. */
  chargeUnit: text(30),
  /** A retired line stays on record but is no longer quoted. @default true */
  active: z._default(z.boolean(), true),
  /**
   * When set, the line is the club's published fine for this kind of renovation violation (A4
   * names no amounts), not a service: it is never quoted for a paid service.
   */
  violation: z.optional(RenovationViolationSchema),
});
/** A new price-list line. */
export type NewServicePrice = z.infer<typeof NewServicePrice>;
/** A new price-list line as a caller may pass it (`active` optional). */
export type NewServicePriceInput = z.input<typeof NewServicePrice>;

/** A change of a price-list line. */
export const ServicePricePatch = z.object({
  name: z.optional(NewServicePrice.shape.name),
  priceFen: z.optional(NonNegativeFen),
  chargeUnit: z.optional(NewServicePrice.shape.chargeUnit),
  active: z.optional(z.boolean()),
  violation: z.optional(RenovationViolationSchema),
});
/** A change of a price-list line. */
export type ServicePricePatch = z.infer<typeof ServicePricePatch>;

/** A line of the price list. */
export const ServicePrice = z.object({
  ...NewServicePrice.shape,
  /** `spr_…` */
  id: entityId(IdPrefix.servicePrice),
  active: z.boolean(),
  updatedAt: IsoInstant,
});
/** A line of the price list. */
export type ServicePrice = z.infer<typeof ServicePrice>;

/** How many units of charge a quote is for. */
export const ChargeQuantity = z.int().check(z.minimum(1), z.maximum(10_000));

/**
 * The price of `quantity` units of a price-list line, in fen, for a paid service's fee notice.
 * A retired line, a renovation fine's line, or none (an unknown id) throws `paid-service/price-unavailable`.
 *
 * @example
 * priceFromList({ id: 'spr_hood', priceFen: 12000, active: true, … }, 2) // 24000
 */
export function priceFromList(line: ServicePrice | undefined, quantity = 1, priceId = line?.id): number {
  const count = parseInput(ChargeQuantity, quantity, 'quantity');
  if (line === undefined || !line.active || line.violation !== undefined) {
    const why =
      line === undefined
        ? 'is not on the price list'
        : !line.active
          ? 'is retired'
          : 'is a renovation fine, not a service';
    throw new ClubError(ServiceErrorCode.priceUnavailable, `The price ${priceId ?? ''} ${why}.`.replace('  ', ' '), {
      details: { priceId: priceId ?? null },
    });
  }
  return parseInput(ServicePrice, line, 'price').priceFen * count;
}
