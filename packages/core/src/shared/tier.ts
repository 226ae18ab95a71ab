/** Membership tiers: the free insurance-club `standard` tier and the paid `vip` (diamond) card. */
export const Tier = { standard: 'standard', vip: 'vip' } as const;
/** A membership tier. */
export type Tier = (typeof Tier)[keyof typeof Tier];
