// The module list on its own, so a schema that names a module (a staff member's) does not carry
// the resource table and access rules of module.ts into a bundle that only checks answers.

/** The six back-office modules of the club system (A2 §3), and the dealer alliance's (A1). */
export const Module = {
  /** Member management (會員管理): members, their vehicles, policies, memberships, applications. */
  members: 'members',
  /** Member-card management (會員卡管理). */
  cards: 'cards',
  /** Member-service management (會員服務管理): complaints, repairs, paid services, procedures. */
  service: 'service',
  /** Statistics reports (統計報表). */
  stats: 'stats',
  /** Merchant management (商戶管理): merchants and their offers. */
  merchants: 'merchants',
  /** System management (系統管理): branches, staff, API keys, the audit log. */
  system: 'system',
  /** The dealer alliance (聯銷體, A1): dealers, salespeople, visit notes, reports, penalties, budget. */
  alliance: 'alliance',
} as const;
/** A back-office module. */
export type Module = (typeof Module)[keyof typeof Module];
