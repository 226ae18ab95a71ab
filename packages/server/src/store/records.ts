import type { Branch, Staff } from '@clubkit/core/api';
import type { Member, MemberCard, Membership, MembershipApplication, Policy, Vehicle } from '@clubkit/core/membership';
import type { Merchant } from '@clubkit/core/merchants';
import type { Complaint, PaidService, RepairOrder } from '@clubkit/core/service';
import type { ClubDb, DbEngine } from '../db/connect.js';
import type { Tables } from '../db/schema.js';

/** The record type of each stored kind. */
interface RecordTypes {
  branch: Branch;
  member: Member;
  vehicle: Vehicle;
  policy: Policy;
  application: MembershipApplication;
  membership: Membership;
  card: MemberCard;
  complaint: Complaint;
  repair: RepairOrder;
  paidService: PaidService;
  staff: Staff;
}

/** The table each kind is stored in. */
interface TableFor {
  branch: 'branches';
  member: 'members';
  vehicle: 'vehicles';
  policy: 'policies';
  application: 'applications';
  membership: 'memberships';
  card: 'cards';
  complaint: 'complaints';
  repair: 'repairs';
  paidService: 'paid_services';
  staff: 'staff';
}

/** The stored kinds of record. */
export type RecordKind = keyof RecordTypes;
/** The record type of a kind, e.g. `Member` for `member`. */
export type RecordOf<K extends RecordKind> = RecordTypes[K];
/** The table a kind is stored in. */
export type TableOf<K extends RecordKind> = TableFor[K];
/** Every table that holds records. */
type RecordTable = TableFor[RecordKind];

/**
 * How each record kind is stored: its table and the columns that queries filter on, beside the
 * whole record as JSON in `doc`; the compiler checks the columns against the table's row type.
 * These kinds are written only through the functions below, so a record is written one way.
 * Reads are the routes' own queries over these columns (they filter and page in SQL), and
 * merchants, which carry the directory's version, are written by their routes with
 * {@link merchantRow}.
 */
const kinds: {
  [K in RecordKind]: { table: TableFor[K]; columns(doc: RecordTypes[K]): Omit<Tables[TableFor[K]], 'id' | 'doc'> };
} = {
  branch: { table: 'branches', columns: (b) => ({ name: b.name }) },
  member: { table: 'members', columns: (m) => ({ branch_id: m.branchId, name: m.name, phone: m.phone }) },
  vehicle: { table: 'vehicles', columns: (v) => ({ member_id: v.memberId, plate: v.plate }) },
  policy: {
    table: 'policies',
    columns: (p) => ({ member_id: p.memberId, branch_id: p.branchId, plate: p.plate, end_date: p.end }),
  },
  application: {
    table: 'applications',
    columns: (a) => ({ branch_id: a.branchId, status: a.status, submitted_at: a.submittedAt }),
  },
  membership: {
    table: 'memberships',
    columns: (m) => ({
      member_id: m.memberId,
      branch_id: m.branchId,
      tier: m.tier,
      plate: m.plate,
      valid_from: m.validFrom,
      active_until: m.activeUntil,
      valid_until: m.validUntil,
      cancelled_on: m.cancelledOn ?? null,
    }),
  },
  card: {
    table: 'cards',
    columns: (c) => ({ number: c.number, membership_id: c.membershipId, member_id: c.memberId, status: c.status }),
  },
  complaint: {
    table: 'complaints',
    columns: (c) => ({
      reference: c.reference,
      status: c.status,
      member_id: c.memberId ?? null,
      received_at: c.receivedAt,
      deadline: c.deadline ?? null,
      phone_digits: c.phone.replace(/\D/g, ''),
    }),
  },
  repair: { table: 'repairs', columns: (r) => ({ status: r.status, created_at: r.history[0]?.at ?? '' }) },
  paidService: { table: 'paid_services', columns: (p) => ({ status: p.status, created_at: p.history[0]?.at ?? '' }) },
  staff: { table: 'staff', columns: (s) => ({ role: s.principal.role, status: s.status }) },
};

/** The table name of a record kind. */
export function tableOf<K extends RecordKind>(kind: K): TableOf<K> {
  return kinds[kind].table;
}

/** The row of a record: `id`, its columns and the record as JSON. */
function rowOf<K extends RecordKind>(kind: K, doc: RecordOf<K>) {
  return { id: doc.id, ...kinds[kind].columns(doc), doc: JSON.stringify(doc) };
}

/** Inserts records of one kind, in chunks that stay under both engines' parameter limits. */
export async function insertRecords<K extends RecordKind>(
  db: ClubDb,
  kind: K,
  records: readonly RecordOf<K>[],
): Promise<void> {
  const table: RecordTable = tableOf(kind);
  const rows = records.map((d) => rowOf(kind, d));
  const width = Object.keys(rows[0] ?? {}).length || 1;
  const chunk = Math.max(1, Math.floor(4000 / width));
  for (let i = 0; i < rows.length; i += chunk) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + chunk))
      .execute();
  }
}

/** Inserts one record. */
export async function insertRecord<K extends RecordKind>(db: ClubDb, kind: K, doc: RecordOf<K>): Promise<void> {
  await insertRecords(db, kind, [doc]);
}

/** Replaces a stored record (same id) and its columns. */
export async function updateRecord<K extends RecordKind>(db: ClubDb, kind: K, doc: RecordOf<K>): Promise<void> {
  const table: RecordTable = tableOf(kind);
  const { id, ...rest } = rowOf(kind, doc);
  await db.updateTable(table).set(rest).where('id', '=', id).execute();
}

/**
 * Reads one record by id, or undefined. With `forUpdate: 'postgres'` the row stays locked until
 * the request's transaction ends, so two changes of one record apply one after the other
 * (SQLite needs no lock: it already runs one write transaction at a time).
 */
export async function getRecord<K extends RecordKind>(
  db: ClubDb,
  kind: K,
  id: string,
  options: { forUpdate?: DbEngine } = {},
): Promise<RecordOf<K> | undefined> {
  const table: RecordTable = tableOf(kind);
  const found = await db
    .selectFrom(table)
    .select('doc')
    .where('id', '=', id)
    .$if(options.forUpdate === 'postgres', (q) => q.forUpdate())
    .executeTakeFirst();
  return found ? (JSON.parse(found.doc) as RecordOf<K>) : undefined;
}

/** Parses the `doc` column of rows. */
export function docs<T>(rows: readonly { doc: string }[]): T[] {
  return rows.map((r) => JSON.parse(r.doc) as T);
}

/** Stores a merchant with the directory version its write produced. */
export function merchantRow(merchant: Merchant, version: number, updatedAt: string): Tables['merchants'] {
  return {
    id: merchant.id,
    name: merchant.name,
    category: merchant.category,
    region: merchant.region,
    version,
    updated_at: updatedAt,
    doc: JSON.stringify(merchant),
  };
}
