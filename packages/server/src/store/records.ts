import type { Branch } from '@clubkit/core/api';
import type { Member, MemberCard, Membership, MembershipApplication, Policy, Vehicle } from '@clubkit/core/membership';
import type { Merchant } from '@clubkit/core/merchants';
import type { Complaint, PaidService, RepairOrder } from '@clubkit/core/service';
import type { ClubDb } from '../db/connect.js';
import type { Tables } from '../db/schema.js';

/**
 * How each record kind is stored: its table and the columns that queries filter on, beside the
 * whole record as JSON in `doc`. Routes and the seed go through this table, never through SQL
 * of their own, so a record is written one way.
 */
const kinds = {
  branch: { table: 'branches', columns: (b: Branch) => ({ name: b.name }) },
  member: { table: 'members', columns: (m: Member) => ({ branch_id: m.branchId, name: m.name, phone: m.phone }) },
  vehicle: { table: 'vehicles', columns: (v: Vehicle) => ({ member_id: v.memberId, plate: v.plate }) },
  policy: { table: 'policies', columns: (p: Policy) => ({ member_id: p.memberId, branch_id: p.branchId, plate: p.plate }) },
  application: {
    table: 'applications',
    columns: (a: MembershipApplication) => ({ branch_id: a.branchId, status: a.status, submitted_at: a.submittedAt }),
  },
  membership: {
    table: 'memberships',
    columns: (m: Membership) => ({
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
    columns: (c: MemberCard) => ({ number: c.number, membership_id: c.membershipId, member_id: c.memberId, status: c.status }),
  },
  complaint: {
    table: 'complaints',
    columns: (c: Complaint) => ({
      reference: c.reference,
      status: c.status,
      member_id: c.memberId ?? null,
      received_at: c.receivedAt,
      deadline: c.deadline ?? null,
    }),
  },
  repair: { table: 'repairs', columns: (r: RepairOrder) => ({ status: r.status, created_at: r.history[0]?.at ?? '' }) },
  paidService: { table: 'paid_services', columns: (p: PaidService) => ({ status: p.status, created_at: p.history[0]?.at ?? '' }) },
} as const;

/** The stored kinds of record. */
export type RecordKind = keyof typeof kinds;
type Doc<K extends RecordKind> = Parameters<(typeof kinds)[K]['columns']>[0];
/** The table a kind is stored in. */
export type TableOf<K extends RecordKind> = (typeof kinds)[K]['table'];

/** The table name of a record kind. */
export function tableOf<K extends RecordKind>(kind: K): TableOf<K> {
  return kinds[kind].table;
}

function row<K extends RecordKind>(kind: K, doc: Doc<K>): Record<string, unknown> {
  const columns = (kinds[kind].columns as (d: Doc<K>) => Record<string, unknown>)(doc);
  return { id: (doc as { id: string }).id, ...columns, doc: JSON.stringify(doc) };
}

// Kysely's typing cannot follow a table chosen at run time; the kinds table above is the contract.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = { insertInto(t: string): any; updateTable(t: string): any; selectFrom(t: string): any };

/** Inserts records of one kind, in chunks that stay under both engines' parameter limits. */
export async function insertRecords<K extends RecordKind>(db: ClubDb, kind: K, docs: readonly Doc<K>[]): Promise<void> {
  const rows = docs.map((d) => row(kind, d));
  const width = Object.keys(rows[0] ?? {}).length || 1;
  const chunk = Math.max(1, Math.floor(4000 / width));
  for (let i = 0; i < rows.length; i += chunk) {
    await (db as unknown as AnyDb).insertInto(kinds[kind].table).values(rows.slice(i, i + chunk)).execute();
  }
}

/** Inserts one record. */
export async function insertRecord<K extends RecordKind>(db: ClubDb, kind: K, doc: Doc<K>): Promise<void> {
  await insertRecords(db, kind, [doc]);
}

/** Replaces a stored record (same id) and its columns. */
export async function updateRecord<K extends RecordKind>(db: ClubDb, kind: K, doc: Doc<K>): Promise<void> {
  const { id, ...rest } = row(kind, doc);
  await (db as unknown as AnyDb).updateTable(kinds[kind].table).set(rest).where('id', '=', id).execute();
}

/** Reads one record by id, or undefined. */
export async function getRecord<K extends RecordKind>(db: ClubDb, kind: K, id: string): Promise<Doc<K> | undefined> {
  const found = (await (db as unknown as AnyDb).selectFrom(kinds[kind].table).select('doc').where('id', '=', id).executeTakeFirst()) as { doc: string } | undefined;
  return found ? (JSON.parse(found.doc) as Doc<K>) : undefined;
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
