/** The kinds of resource that access rules are written for. */
export const ResourceType = {
  member: 'member',
  vehicle: 'vehicle',
  policy: 'policy',
  membership: 'membership',
  application: 'application',
  campaign: 'campaign',
  card: 'card',
  /** A version of the member handbook with the member's rights and duties: the club publishes, everyone reads. */
  handbook: 'handbook',
  /** An order for the VIP card's year, confirmed by the partner's back end (A5). */
  vipOrder: 'vip-order',
  complaint: 'complaint',
  repair: 'repair',
  paidService: 'paid-service',
  procedure: 'procedure',
  /** A return visit after a complaint, repair or paid service, or a periodic one (A4 §3.5). */
  visit: 'visit',
  /** A unit of a property and its archive (A4 §3.11). */
  unit: 'unit',
  /** A line of the paid-service price list (A4 §3.12). */
  servicePrice: 'service-price',
  handover: 'handover',
  /** A feedback survey (意見徵詢) and the requests sent with it (A4 §3.3.5 3). */
  survey: 'survey',
  merchant: 'merchant',
  offer: 'offer',
  /** A discount recorded at a merchant's counter against a member card (A5). */
  redemption: 'redemption',
  /** A club activity or group buying members sign up for (A5 §4.2 2–3). */
  activity: 'activity',
  /** A member's seat on a club activity. */
  activitySignUp: 'activity-sign-up',
  /** Advertising income from a merchant (A5 §4.2 4). */
  adIncome: 'ad-income',
  /** A service of the club's catalogue and its merchants (A2 §2). */
  clubService: 'club-service',
  /** A member's use of a catalogue service, recorded where it was given. */
  serviceUse: 'service-use',
  /** Member statistics: by branch, tier and state; applications against approvals. */
  stats: 'stats',
  /** The merchant directory's statistics: merchants and offers by category and region. */
  merchantStats: 'merchant-stats',
  /** The service desk's statistics: complaints, repairs, paid services, visits. */
  deskStats: 'desk-stats',
  /** The dealer alliance's statistics: sales against market, completion. */
  allianceStats: 'alliance-stats',
  branch: 'branch',
  /** A staff account and its sessions. */
  staff: 'staff',
  apiKey: 'api-key',
  /** The audit log of writes. */
  audit: 'audit',
  system: 'system',
  /** A sales centre of the alliance: created by the club, read by its own staff. */
  salesCentre: 'sales-centre',
  /** A county (market) of a sales centre, with its market volume and development period. */
  county: 'county',
  /** A secondary dealer of the alliance, with its county, qualification and monthly sales. */
  dealer: 'dealer',
  /** An alliance salesperson, their counties and pay. */
  salesperson: 'salesperson',
  /** A salesperson's note of a visit to or call with a dealer, and the reports built from them. */
  visitNote: 'visit-note',
  /** A report or counterfeit penalty of the alliance. */
  alliancePenalty: 'alliance-penalty',
  /** The alliance's yearly budget per market. */
  allianceBudget: 'alliance-budget',
  /** A version of a sales centre's 100-point assessment sheet: its staff and salespeople read it. */
  assessmentSheet: 'assessment-sheet',
  /** A dealer's half-yearly assessment and its approval chain. */
  allianceAssessment: 'alliance-assessment',
  /** A sales centre's reward fund for a half-year. */
  rewardFund: 'reward-fund',
  /** A salesperson's secondary-dealer list (二級客戶一覽表) and the county choice made on it. */
  secondaryList: 'secondary-list',
  /** A sales centre's primary dealer (一級經銷商), its replacement and its history. */
  primaryDealer: 'primary-dealer',
  /** A sales centre's member-only promotion (A1 優惠政策 2); its staff create it and pay its rewards. */
  promotion: 'promotion',
  /** A member dealer's enrolment in a promotion, among its salesperson's records. */
  promotionEnrolment: 'promotion-enrolment',
} as const;
/** A kind of resource. */
export type ResourceType = (typeof ResourceType)[keyof typeof ResourceType];
