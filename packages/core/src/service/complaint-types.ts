/** The longest complaint text, in characters: what the form counts down from. */
export const COMPLAINT_CONTENT_MAX = 2000;

/** How a complaint reached the club (A4 §3.3.6: a hotline, in person, in writing, or online). */
export const ComplaintChannel = { hotline: 'hotline', web: 'web', visit: 'visit', letter: 'letter' } as const;
/** A complaint channel. */
export type ComplaintChannel = (typeof ComplaintChannel)[keyof typeof ComplaintChannel];

/** How grave a complaint is; `serious` ones go to the customer-service manager (A4 §3.3.4 3). */
export const ComplaintSeverity = { normal: 'normal', serious: 'serious' } as const;
/** A complaint severity. */
export type ComplaintSeverity = (typeof ComplaintSeverity)[keyof typeof ComplaintSeverity];

/**
 * What a complaint is about. `broken-promise` and `suggestion` are the member's rights to
 * complain when a promise is not kept and to suggest improvements (A3 art.7, rights 5 and 4).
 */
export const ComplaintCategory = {
  serviceAttitude: 'service-attitude',
  serviceQuality: 'service-quality',
  brokenPromise: 'broken-promise',
  repair: 'repair',
  billing: 'billing',
  merchant: 'merchant',
  membership: 'membership',
  facility: 'facility',
  suggestion: 'suggestion',
  other: 'other',
} as const;
/** A complaint category. */
export type ComplaintCategory = (typeof ComplaintCategory)[keyof typeof ComplaintCategory];

/** Where a complaint is in its handling (A4 §3.3.4). */
export const ComplaintStatus = {
  /** Registered in the complaint log, not yet assigned. */
  received: 'received',
  /** Sent to the responsible department with a deadline. */
  assigned: 'assigned',
  /** Handed to the customer-service manager or the general manager, who must assign it. */
  escalated: 'escalated',
  /** The department reported its fix, signed by its head. */
  resolved: 'resolved',
  /** Customer service asked the complainant whether they are satisfied. */
  followedUp: 'followed-up',
  /** Done; takes no more events. */
  closed: 'closed',
} as const;
/** A complaint status. */
export type ComplaintStatus = (typeof ComplaintStatus)[keyof typeof ComplaintStatus];

/** The departments of a club's service desk that handle complaints and sign procedures (A4 §1.2, §2.0). */
export const Department = {
  customerService: 'customer-service',
  engineering: 'engineering',
  security: 'security',
  cleaning: 'cleaning',
  finance: 'finance',
  /** The property or club management office (the property manager). */
  management: 'management',
  /** Leasing and sales: sends move-in notices and move-out notices (A4 §3.1.4, §3.13.3). */
  leasing: 'leasing',
  clubOperations: 'club-operations',
} as const;
/** A department. */
export type Department = (typeof Department)[keyof typeof Department];

/** Whom a complaint is escalated to: serious cases to the manager, special ones to the general manager. */
export const EscalationLevel = { manager: 'manager', generalManager: 'general-manager' } as const;
/** An escalation level. */
export type EscalationLevel = (typeof EscalationLevel)[keyof typeof EscalationLevel];
