import { estimateYearlySavingsOn, VIP_ANNUAL_FEE_FEN, type SavingsEstimate } from '@clubkit/core/fees';
import type { MerchantCategory } from '@clubkit/core/merchants';
import type { VipOfferClient } from './client.js';
import type { BestVipOffer } from './vip-offer-controller.js';

export { offerTerms } from '../shared/offer-terms.js';
export { estimateView } from './result-view.js';

// The savings estimate, loaded the first time a visitor asks for one (most read the price and
// the button): the directory's search for each category, core's savings rule and the words of
// the offers found stay out of the offer's first download. Fields that are not amounts are
// refused before it loads.

/**
 * The directory's best VIP offers for each monthly purchase (one search per category) and core's
 * estimate of a year's savings over them, with the merchant and offer behind each category's line.
 */
export async function estimateSavings(
  client: Pick<VipOfferClient, 'merchants'>,
  spend: { spendFen: Partial<Record<MerchantCategory, number>>; monthlyFen: Partial<Record<MerchantCategory, number>> },
  options: { date: string; perCategory: number; signal: AbortSignal },
): Promise<{ estimate: SavingsEstimate; best: BestVipOffer[] }> {
  const { date, perCategory, signal } = options;
  const pages = await Promise.all(
    (Object.entries(spend.monthlyFen) as [MerchantCategory, number][])
      .filter(([, fen]) => fen > 0)
      .map(([category, amountFen]) =>
        client.merchants
          .list(
            { category, sort: 'bestSaving', purchase: { amountFen, tier: 'vip', date }, limit: perCategory },
            { signal },
          )
          .page(),
      ),
  );
  const merchants = pages.flatMap((page) => page.data.map((hit) => hit.merchant));
  // core's rule without its input check: the amounts are parsed by the offer, the merchants come
  // from the Club API, which checked them (the checked `estimateYearlySavings` would bring zod here).
  const estimate = estimateYearlySavingsOn({
    spendFen: spend.spendFen,
    merchants,
    tier: 'vip',
    feeFen: VIP_ANNUAL_FEE_FEN,
    date,
  });
  const byId = new Map(merchants.map((m) => [m.id, m]));
  const best: BestVipOffer[] = [];
  for (const line of estimate.byCategory) {
    const merchant = line.merchantId === undefined ? undefined : byId.get(line.merchantId);
    const offer = merchant?.offers.find((o) => o.id === line.offerId);
    if (merchant && offer) best.push({ category: line.category, merchant, offer, savingFen: line.savingFen });
  }
  return { estimate, best };
}
