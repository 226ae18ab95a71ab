// The member desk's public names, for src/operator.ts to re-export.
export { ClubMemberDesk } from './member-desk.js';
export {
  MemberDeskController,
  MemberDeskStatus,
  searchQuery,
  type MemberDeskAction,
  type MemberDeskActionKind,
  type MemberDeskState,
  type MemberSearchResult,
  type OpenedMember,
} from './member-desk-controller.js';
export { memberDeskClient, memberDeskKit, type MemberDeskClient } from './client.js';
export { memberDeskCatalog, memberDeskZhHant, type MemberDeskMessages } from './messages.js';
