/** The VIP (diamond) card fee: 365 CNY a year, marketed as "1 CNY a day" (A5 §2), in fen. */
export const VIP_ANNUAL_FEE_FEN = 36_500;

/** Days a yearly fee is spread over when prorating: 365, so a day of the VIP fee is 100 fen. */
export const DAYS_PER_FEE_YEAR = 365;
