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
  members: { id: string; branch_id: string; name: string; phone: string; doc: string };
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
  applications: { id: string; branch_id: string; status: string; submitted_at: string; doc: string };
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
  complaints: {
    id: string;
    reference: string;
    status: string;
    member_id: string | null;
    received_at: string;
    deadline: string | null;
    /** The digits of the contact phone, for finding a contact's earlier complaints. */
    phone_digits: string | null;
    doc: string;
  };
  repairs: { id: string; status: string; created_at: string; doc: string };
  paid_services: { id: string; status: string; created_at: string; doc: string };
  staff: { id: string; role: string; status: string; doc: string };
  staff_sessions: {
    hash: string;
    staff_id: string;
    allowed_origins: string;
    created_at: string;
    expires_at: string;
    /** The secret key that minted the session; revoking it ends the session. */
    key_id: string;
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
