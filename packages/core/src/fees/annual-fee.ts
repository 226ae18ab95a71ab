/**
 * `@clubkit/core/fees/annual-fee`: the VIP card's price and the days it is spread over, without
 * the savings estimate; `@clubkit/core/fees` exports the same names. For a page's first file: a
 * bundler that splits code puts into it every module an entry reaches and a lazy chunk uses, so a
 * widget that shows the price from `@clubkit/core/fees` and loads the estimate on demand would get
 * the estimate's rules in its first file anyway.
 *
 * @module
 */

/** The VIP (diamond) card fee: 365 CNY a year, marketed as "1 CNY a day" (A5 §2), in fen. */
export const VIP_ANNUAL_FEE_FEN = 36_500;

/** Days a yearly fee is spread over when prorating: 365, so a day of the VIP fee is 100 fen. */
export const DAYS_PER_FEE_YEAR = 365;
