// The member card's public names, for src/index.ts to re-export.
export { ClubMemberCard } from './member-card.js';
export {
  MemberCardController,
  MemberCardStatus,
  type CardClient,
  type MemberCardState,
} from './member-card-controller.js';
export {
  VipCodeController,
  VipCodeStatus,
  type VipCardClient,
  type VipCodeState,
  type VipSavingsState,
} from './vip-code-controller.js';
export { memberCardDetails, type MemberCardDetails } from './details.js';
export { memberCardStatusText } from './status-text.js';
export { formatCalendarDate } from '../shared/intl.js';
export { memberCardCatalog, memberCardZhHant, type MemberCardMessages } from './messages.js';
// The handbook panel loads on demand (`./handbook/index.js`); its words' type is public for a page's overrides.
export type { MemberHandbookMessages } from './handbook/messages.js';
