/** Rows of the Club API's tables. Records are stored whole in `doc` (JSON text) beside the columns queries filter on. */
export interface Tables {
  api_keys: {
    id: string;
    hash: string;
    kind: 'secret' | 'publishable';
    principal: string;
    allowed_origins: string;
    label: string;
    demo: number;
    created_at: string;
    revoked_at: string | null;
    /** New complaints a day a publishable key may file; null for the default. */
    complaint_quota: number | null;
  };
  member_sessions: {
    hash: string;
    member_id: string;
    allowed_origins: string;
    created_at: string;
    expires_at: string;
    /** The key that minted the session (null for sessions minted before migration 0002). */
    key_id: string | null;
  };
  idempotency_keys: {
    scope: string;
    key: string;
    method: string;
    path: string;
    body_hash: string;
    status: number;
    content_type: string;
    body: string;
    created_at: string;
    expires_at: string;
  };
  counters: { name: string; value: number };
  branches: { id: string; name: string; doc: string };
  members: {
    id: string;
    branch_id: string;
    name: string;
    phone: string;
    /** `nameKey` (store/records.ts) of the name (null only for rows written before migration 0010 filled it). */
    name_key: string | null;
    /** `phoneKey` (store/records.ts) of the phone, digits last first (null only before migration 0010 filled it). */
    phone_key: string | null;
    doc: string;
  };
  vehicles: { id: string; member_id: string; plate: string; doc: string };
  policies: {
    id: string;
    member_id: string;
    branch_id: string;
    plate: string;
    /** The policy's last day of cover (its `end`); null only for rows written before migration 0005 backfilled it. */
    end_date: string | null;
    doc: string;
  };
  applications: {
    id: string;
    branch_id: string;
    status: string;
    /** The submission instant as `Date#toISOString` writes it, so that instants compare as text. */
    submitted_at: string;
    /** The decision instant, in the same format; null while the application waits (before 0008, backfilled). */
    decided_at: string | null;
    /** The campaign it came from (from 0012); null for none. */
    campaign_id: string | null;
    doc: string;
  };
  campaigns: { id: string; starts_on: string; ends_on: string; doc: string };
  memberships: {
    id: string;
    member_id: string;
    branch_id: string;
    tier: string;
    plate: string;
    valid_from: string;
    active_until: string;
    valid_until: string;
    cancelled_on: string | null;
    doc: string;
  };
  /**
   * Memberships counted by what their state turns on, kept by triggers as memberships are written
   * (migration 0025): `cancelled_on` is '' for none.
   */
  membership_groups: {
    branch_id: string;
    tier: string;
    valid_from: string;
    active_until: string;
    valid_until: string;
    cancelled_on: string;
    n: number;
  };
  /**
   * Complaints' report figures summed per UTC day of receipt, property, status, category and
   * department, kept by triggers as complaints are written (migration 0029): '' for no property,
   * category or department.
   */
  complaint_days: {
    day: string;
    property_id: string;
    status: string;
    category: string;
    department: string;
    n: number;
    resolved: number;
    on_time: number;
    follow_ups: number;
    satisfied_follow_ups: number;
    followed_up: number;
    satisfied: number;
    malicious: number;
    timed: number;
  };
  /**
   * On PostgreSQL, changes to `complaint_days` appended by the triggers and folded into it now and
   * then (migration 0029); a report sums both. Empty on SQLite.
   */
  complaint_day_changes: Tables['complaint_days'];
  cards: { id: string; number: string; membership_id: string; member_id: string; status: string; doc: string };
  merchants: {
    id: string;
    name: string;
    category: string;
    region: string;
    version: number;
    updated_at: string;
    doc: string;
  };
  /** One row per merchant offer, for counting active offers in SQL (the offer itself is in the merchant's `doc`). */
  merchant_offers: {
    merchant_id: string;
    offer_id: string;
    /** The merchant's category and region (migration 0026), so the report counts offers by cell without a join. */
    category: string;
    region: string;
    valid_from: string | null;
    valid_until: string | null;
    /** `,standard,vip,`: the tiers the offer is for, each between commas; null for every tier. */
    tiers: string | null;
  };
  complaints: {
    id: string;
    /** The staff member a conduct complaint is about (migration 0014); null for any other. */
    accused_staff_id: string | null;
    reference: string;
    status: string;
    member_id: string | null;
    received_at: string;
    deadline: string | null;
    /** The digits of the contact phone, for finding a contact's earlier complaints. */
    phone_digits: string | null;
    /** The unit and its property (migration 0006; null when no unit is linked). */
    unit_id: string | null;
    property_id: string | null;
    // The desk statistics' figures, by core's rules at each write (migration 0006).
    category: string | null;
    department: string | null;
    /** core's complaintDeadline while the complaint awaits action, else null; ISO with milliseconds. */
    due_at: string | null;
    /** 1 or 0 once resolved (core's resolvedOnTime), else null. */
    resolved_on_time: number | null;
    follow_ups: number | null;
    satisfied_follow_ups: number | null;
    /** 1 or 0: the complainant's answer at the last follow-up; null before one. */
    satisfied: number | null;
    hours_to_resolve: number | null;
    malicious: number | null;
    doc: string;
  };
  repairs: {
    id: string;
    status: string;
    created_at: string;
    unit_id: string | null;
    property_id: string | null;
    /** 1 or 0 once completed (core's repairCompletedOnTime), else null. */
    completed_on_time: number | null;
    doc: string;
  };
  paid_services: {
    id: string;
    status: string;
    created_at: string;
    unit_id: string | null;
    property_id: string | null;
    /** What was charged, in fen; null before charging. */
    charged_fen: number | null;
    /** 1 when the customer sent the service back for rework at least once. */
    reworked: number | null;
    doc: string;
  };
  surveys: { id: string; property_id: string | null; created_at: string; doc: string };
  /** Club activities and group buying (from 0020). */
  activities: {
    id: string;
    kind: string;
    starts_on: string;
    sign_up_from: string;
    sign_up_until: string;
    doc: string;
  };
  /** Members' seats on activities (from 0020): the kind, first day and price copied for the revenue report. */
  activity_sign_ups: {
    id: string;
    activity_id: string;
    member_id: string;
    branch_id: string;
    kind: string;
    starts_on: string;
    price_fen: number | string;
    status: string;
    doc: string;
  };
  /** Merchants' advertising income (from 0020). */
  ad_incomes: { id: string; merchant_id: string; from_on: string; to_on: string; doc: string };
  survey_requests: {
    id: string;
    survey_id: string;
    unit_id: string;
    property_id: string;
    sent_at: string;
    answered_at: string | null;
    /** Rating answers, and those of 4 or 5 (core's surveyRatings); 0 while unanswered. */
    ratings: number;
    satisfied_ratings: number;
    doc: string;
  };
  units: { id: string; property_id: string; number: string; created_at: string; doc: string };
  handovers: {
    id: string;
    property_id: string | null;
    /** The desk: its property's id, or '' for the club's own desk. */
    desk_key: string;
    /** The hand-over it follows, or '' for the desk's first. */
    previous_id: string;
    status: string;
    handed_over_at: string;
    doc: string;
  };
  visits: {
    id: string;
    kind: string;
    status: string;
    unit_id: string | null;
    property_id: string | null;
    /** The complaint, repair or paid service a return visit follows up. */
    subject_id: string | null;
    appointment_at: string;
    created_at: string;
    satisfied: number | null;
    doc: string;
  };
  procedures: {
    id: string;
    name: string;
    status: string;
    unit_id: string;
    property_id: string;
    created_at: string;
    doc: string;
  };
  service_prices: { id: string; name: string; active: number; doc: string };
  staff: {
    id: string;
    role: string;
    status: string;
    /** The name as the desk's lookup compares it (nameKey, migration 0024). */
    name_key: string | null;
    doc: string;
  };
  staff_sessions: {
    hash: string;
    staff_id: string;
    allowed_origins: string;
    created_at: string;
    expires_at: string;
    /** The secret key that minted the session; revoking it ends the session. */
    key_id: string;
  };
  // The dealer alliance (A1): every record carries its sales centre and salesperson, which lists filter on.
  sales_centres: { id: string; doc: string };
  alliance_counties: {
    id: string;
    centre_id: string;
    salesperson_id: string | null;
    development_started_on: string | null;
    development_until: string | null;
    doc: string;
  };
  salespeople: { id: string; centre_id: string; salesperson_id: string; doc: string };
  dealers: {
    id: string;
    centre_id: string;
    salesperson_id: string | null;
    county_id: string;
    status: string;
    admitted_on: string | null;
    revoked_on: string | null;
    doc: string;
  };
  sales_months: {
    id: string;
    dealer_id: string;
    centre_id: string;
    salesperson_id: string | null;
    county_id: string;
    month: string;
    sales: number;
    market_sales: number;
    doc: string;
  };
  visit_notes: {
    id: string;
    centre_id: string;
    salesperson_id: string | null;
    dealer_id: string;
    date: string;
    doc: string;
  };
  dealer_purchases: {
    id: string;
    centre_id: string;
    salesperson_id: string | null;
    dealer_id: string;
    date: string;
    doc: string;
  };
  alliance_penalties: {
    id: string;
    centre_id: string;
    salesperson_id: string | null;
    kind: string;
    month: string;
    doc: string;
  };
  alliance_budgets: { id: string; centre_id: string; year: number; doc: string };
  assessment_sheets: { id: string; centre_id: string; version: number; doc: string };
  /** The member handbook's versions (from 0019). */
  handbooks: { id: string; version: number; effective_from: string; doc: string };
  alliance_assessments: {
    id: string;
    centre_id: string;
    salesperson_id: string | null;
    dealer_id: string;
    half_year: string;
    status: string;
    awaiting: string | null;
    doc: string;
  };
  reward_funds: { id: string; centre_id: string; half_year: string; doc: string };
  primary_dealers: { id: string; centre_id: string; since: string; ended_on: string | null; doc: string };
  secondary_lists: { id: string; centre_id: string; salesperson_id: string | null; filed_on: string; doc: string };
  promotions: { id: string; centre_id: string; from_on: string; to_on: string; doc: string };
  promotion_enrolments: {
    id: string;
    promotion_id: string;
    centre_id: string;
    salesperson_id: string | null;
    dealer_id: string;
    doc: string;
  };
  vip_orders: {
    id: string;
    member_id: string;
    branch_id: string;
    kind: string;
    status: string;
    amount_fen: number;
    created_at: string;
    /** The payment instant; null until confirmed. */
    paid_at: string | null;
    /** The paid year's first and last active day; null until confirmed. */
    valid_from: string | null;
    active_until: string | null;
    cancelled_at: string | null;
    refund_fen: number | null;
    doc: string;
  };
  vip_memberships: {
    id: string;
    member_id: string;
    branch_id: string;
    valid_from: string;
    active_until: string;
    valid_until: string;
    cancelled_on: string | null;
    doc: string;
  };
  /** Member codes issued, by the SHA-256 of the code; `used_at` is set once, by the redemption that consumes it. */
  card_codes: { hash: string; member_id: string; issued_at: string; expires_at: string; used_at: string | null };
  redemptions: {
    id: string;
    merchant_id: string;
    member_id: string;
    vip_membership_id: string;
    redeemed_at: string;
    redeemed_on: string;
    saving_fen: number;
    doc: string;
  };
  /** The club's service catalogue (A2 §2); `active_name_key` is the name's key while offered, null once retired. */
  club_services: { id: string; category: string; status: string; active_name_key: string | null; doc: string };
  /** Which merchants give which catalogue service. */
  club_service_merchants: { service_id: string; merchant_id: string };
  service_uses: {
    id: string;
    service_id: string;
    merchant_id: string;
    member_id: string;
    branch_id: string;
    used_on: string;
    doc: string;
  };
  audit_log: {
    id: string;
    at: string;
    /** `staff:<id>`, `key:<id>` or `member:<id>`. */
    actor: string;
    staff_id: string | null;
    method: string;
    path: string;
    operation_id: string;
    status: number;
    request_id: string;
  };
}
