import { formatMoney } from '@clubkit/core/shared';
import type { html as Html, TemplateResult } from 'lit';
import type { CommonMessages } from '../messages/common.js';
import { categoryName } from '../shared/category-names.js';
import type { VipOfferMessages } from './messages.js';
import type { EstimateState, EstimateStatus } from './vip-offer-controller.js';

/**
 * `<club-vip-offer>`'s view of a ready estimate: the savings, the verdict and the best offer of
 * each category with its terms. Loaded with the estimate (`estimate.js` re-exports it), so a page
 * whose visitor never asks for one does not download it. Lit's `html` comes from the element: a
 * module the estimate's file imported from the page's first file would become a third file every
 * page loads (lit in it cost 0.2 KiB more than it saved).
 */
export function estimateView(
  state: Extract<EstimateState, { status: typeof EstimateStatus.ready }>,
  t: CommonMessages & VipOfferMessages,
  html: typeof Html,
): TemplateResult {
  const money = (fen: number) => formatMoney(fen, t.intlLocale);
  const { estimate, best, offerTerms } = state;
  return html`<p part="savings" class="savings club-appear">${t.vipSavings(money(estimate.savingsFen))}</p>
    <p part="verdict" class="club-appear">${estimate.worthIt ? t.vipWorthIt(money(estimate.netFen)) : t.vipNotWorthIt(money(-estimate.netFen))}</p>
    ${
      best.length === 0
        ? html`<p>${t.vipNoOffers}</p>`
        : html`<p>${t.vipBestHeading}</p>
          <ul part="offers" class="offers club-appear">
            ${best.map(
              (b) => html`<li part="offer" class="offer">
                <strong>${b.merchant.name}</strong> · ${categoryName(t, b.category)} · ${b.offer.title}
                <br /><span class="terms">${offerTerms(b.offer, t).join(' · ')}</span> —
                ${t.vipOfferSaving(money(b.savingFen))}
              </li>`,
            )}
          </ul>`
    }`;
}
