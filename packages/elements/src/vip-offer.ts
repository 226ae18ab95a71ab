/**
 * `@clubkit/elements/vip-offer`: `<club-vip-offer>`, which sells the VIP card on a partner's
 * page, and its headless controller. An entry of its own, outside `@clubkit/elements` and
 * `@clubkit/elements/define`: the VIP orders client and the savings estimate are carried only by
 * pages that sell the card, never by the member card, complaint form or directory.
 * @packageDocumentation
 */
export * from './vip-offer/index.js';
