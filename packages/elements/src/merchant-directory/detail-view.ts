import type { Merchant, Offer } from '@clubkit/core/merchants';
import type { html as litHtml, nothing as litNothing, TemplateResult } from 'lit';
import type { CommonMessages } from '../messages/common.js';
import type { MerchantDirectoryController } from './merchant-directory-controller.js';
import type { DirectoryMessages } from './messages.js';

// The detail view of one merchant, loaded on demand when a row is first opened: most visitors
// only read the list, so its markup and styles stay out of the directory's first download. It
// imports nothing at run time (lit's tags, money and offer terms come in its context), so a
// bundler makes it one small file and shares no chunk with the directory: the CDN build stays
// one file.

/** The detail view's look, adopted into the directory's shadow root when the view loads. */
export const detailCss = `
  [part~='detail'] h2 {
    margin: 0.5rem 0 0.25rem;
    font-size: 1.25em;
  }
  [part~='detail'] h3 {
    margin: var(--_club-space) 0 0.25rem;
    font-size: 1em;
  }
  [part~='detail-info'] {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25rem var(--_club-space);
    margin: 0.5rem 0;
  }
  [part~='detail-info'] dd {
    margin: 0;
  }
  [part~='detail-info'] a {
    color: var(--_club-color-accent);
    display: inline-block;
    min-height: 24px;
  }
  [part~='saving'] {
    font-weight: 600;
  }
  [part~='offers'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  [part~='offer'] {
    padding: 0.5rem var(--_club-space);
    border: 1px solid var(--_club-color-border);
    border-radius: var(--_club-radius);
  }
  [part~='offer-best'] {
    border-width: 2px;
    border-color: var(--club-badge-color, #14532d);
  }
  [part~='offer'] [part~='badge'] {
    margin-inline-start: 0.5rem;
  }
  [part~='offer-title'] {
    font-weight: 600;
  }
  [part~='offer-terms'] {
    margin: 0.25rem 0;
    padding-inline-start: 1.25rem;
  }
  [part~='offer-saving'] {
    margin: 0;
  }
`;

/** What the detail view needs from the directory. */
export interface DetailContext {
  /** The directory's messages in force. */
  t: CommonMessages & DirectoryMessages;
  /** The controller: the purchase, the best offer and each offer's saving. */
  dir: MerchantDirectoryController;
  /** The merchant's category and region, in the widget's locale. */
  meta: string[];
  /** Back to the list. */
  back: () => void;
  /** Lit's `html` tag, the directory's own. */
  html: typeof litHtml;
  /** Lit's `nothing`. */
  nothing: typeof litNothing;
  /** An amount in fen as the locale writes money (core's `formatMoney`). */
  money: (fen: number) => string;
  /** An offer's terms in words, one phrase each (`offerTerms`). */
  terms: (offer: Offer) => string[];
}

/** The merchant's address and phone, what the entered amount saves, and every offer in words. */
export function renderDetail(
  merchant: Merchant,
  { t, dir, meta, back, html, nothing, money, terms }: DetailContext,
): TemplateResult {
  const purchase = dir.purchase;
  const best = dir.best;
  return html`<section id="detail" part="detail" aria-labelledby="detail-name">
    <button part="back-button" type="button" @click=${back}>${t.dirBack}</button>
    <h2 id="detail-name" part="detail-name" tabindex="-1">${merchant.name}</h2>
    <p part="detail-meta">${meta.join(' · ')}</p>
    <dl part="detail-info">
      <dt>${t.dirAddress}</dt>
      <dd>${merchant.address}</dd>
      <dt>${t.dirPhone}</dt>
      <dd><a part="phone" href=${`tel:${merchant.phone.replace(/[^\d+]/g, '')}`}>${merchant.phone}</a></dd>
    </dl>
    ${
      purchase
        ? html`<p part="saving">${best ? t.dirSaving(money(best.savingFen), money(purchase.amountFen)) : t.dirNoSaving(money(purchase.amountFen))}</p>`
        : nothing
    }
    <h3 part="offers-heading">${t.dirOffersHeading}</h3>
    ${
      merchant.offers.length === 0
        ? html`<p part="no-offers">${t.dirNoOffers}</p>`
        : html`<ul part="offers">
          ${merchant.offers.map((offer) => {
            const isBest = best?.offer.id === offer.id;
            const saving = dir.savingOf(offer);
            return html`<li id=${`offer-${offer.id}`} part=${isBest ? 'offer offer-best' : 'offer'}>
              <span part="offer-title">${offer.title}</span>${isBest ? html`<span part="badge">${t.dirBestOffer}</span>` : nothing}
              <ul part="offer-terms">
                ${terms(offer).map((term) => html`<li>${term}</li>`)}
              </ul>
              ${
                saving === undefined
                  ? nothing
                  : html`<p part="offer-saving">${saving > 0 ? t.dirOfferSaving(money(saving)) : t.dirOfferNotApplicable}</p>`
              }
            </li>`;
          })}
        </ul>`
    }
  </section>`;
}
