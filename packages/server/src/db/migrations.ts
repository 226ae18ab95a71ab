import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { Migration, MigrationProvider } from 'kysely/migration';
import { columnsOf, nameKey, phoneKey, type RecordOf } from '../store/records.js';

/* Forward-only: a released migration is never edited; a change of schema is a new entry. */
const migrations: Record<string, Migration> = {
  '0001_initial': {
    async up(db: Kysely<unknown>) {
      const text = 'text' as const;
      await db.schema
        .createTable('api_keys')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('hash', text, (c) => c.notNull().unique())
        .addColumn('kind', text, (c) => c.notNull())
        .addColumn('principal', text, (c) => c.notNull())
        .addColumn('allowed_origins', text, (c) => c.notNull())
        .addColumn('label', text, (c) => c.notNull())
        .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', text, (c) => c.notNull())
        .addColumn('revoked_at', text)
        .execute();
      await db.schema
        .createTable('member_sessions')
        .addColumn('hash', text, (c) => c.primaryKey())
        .addColumn('member_id', text, (c) => c.notNull())
        .addColumn('allowed_origins', text, (c) => c.notNull())
        .addColumn('created_at', text, (c) => c.notNull())
        .addColumn('expires_at', text, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('idempotency_keys')
        .addColumn('scope', text, (c) => c.notNull())
        .addColumn('key', text, (c) => c.notNull())
        .addColumn('method', text, (c) => c.notNull())
        .addColumn('path', text, (c) => c.notNull())
        .addColumn('body_hash', text, (c) => c.notNull())
        .addColumn('status', 'integer', (c) => c.notNull())
        .addColumn('content_type', text, (c) => c.notNull())
        .addColumn('body', text, (c) => c.notNull())
        .addColumn('created_at', text, (c) => c.notNull())
        .addColumn('expires_at', text, (c) => c.notNull())
        .addPrimaryKeyConstraint('idempotency_keys_pk', ['scope', 'key'])
        .execute();
      await db.schema.createIndex('idempotency_keys_expires').on('idempotency_keys').column('expires_at').execute();
      await db.schema
        .createTable('counters')
        .addColumn('name', text, (c) => c.primaryKey())
        .addColumn('value', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('branches')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('name', text, (c) => c.notNull())
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('members')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('branch_id', text, (c) => c.notNull())
        .addColumn('name', text, (c) => c.notNull())
        .addColumn('phone', text, (c) => c.notNull())
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('members_branch').on('members').columns(['branch_id', 'id']).execute();
      await db.schema
        .createTable('vehicles')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('member_id', text, (c) => c.notNull())
        .addColumn('plate', text, (c) => c.notNull())
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('vehicles_plate').on('vehicles').column('plate').execute();
      await db.schema.createIndex('vehicles_member').on('vehicles').column('member_id').execute();
      await db.schema
        .createTable('policies')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('member_id', text, (c) => c.notNull())
        .addColumn('branch_id', text, (c) => c.notNull())
        .addColumn('plate', text, (c) => c.notNull())
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('policies_member').on('policies').column('member_id').execute();
      await db.schema
        .createTable('applications')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('branch_id', text, (c) => c.notNull())
        .addColumn('status', text, (c) => c.notNull())
        .addColumn('submitted_at', text, (c) => c.notNull())
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('applications_branch').on('applications').columns(['branch_id', 'id']).execute();
      await db.schema
        .createTable('memberships')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('member_id', text, (c) => c.notNull())
        .addColumn('branch_id', text, (c) => c.notNull())
        .addColumn('tier', text, (c) => c.notNull())
        .addColumn('plate', text, (c) => c.notNull())
        .addColumn('valid_from', text, (c) => c.notNull())
        .addColumn('active_until', text, (c) => c.notNull())
        .addColumn('valid_until', text, (c) => c.notNull())
        .addColumn('cancelled_on', text)
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('memberships_plate').on('memberships').columns(['plate', 'valid_until']).execute();
      await db.schema.createIndex('memberships_member').on('memberships').column('member_id').execute();
      await db.schema.createIndex('memberships_branch').on('memberships').columns(['branch_id', 'id']).execute();
      await db.schema
        .createTable('cards')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('number', text, (c) => c.notNull().unique())
        .addColumn('membership_id', text, (c) => c.notNull())
        .addColumn('member_id', text, (c) => c.notNull())
        .addColumn('status', text, (c) => c.notNull())
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('cards_member').on('cards').column('member_id').execute();
      await db.schema
        .createTable('merchants')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('name', text, (c) => c.notNull())
        .addColumn('category', text, (c) => c.notNull())
        .addColumn('region', text, (c) => c.notNull())
        .addColumn('version', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', text, (c) => c.notNull())
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('merchants_version').on('merchants').column('version').execute();
      await db.schema
        .createTable('complaints')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('reference', text, (c) => c.notNull().unique())
        .addColumn('status', text, (c) => c.notNull())
        .addColumn('member_id', text)
        .addColumn('received_at', text, (c) => c.notNull())
        .addColumn('deadline', text)
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('complaints_member').on('complaints').columns(['member_id', 'id']).execute();
      await db.schema.createIndex('complaints_status').on('complaints').columns(['status', 'id']).execute();
      for (const table of ['repairs', 'paid_services']) {
        await db.schema
          .createTable(table)
          .addColumn('id', text, (c) => c.primaryKey())
          .addColumn('status', text, (c) => c.notNull())
          .addColumn('created_at', text, (c) => c.notNull())
          .addColumn('doc', text, (c) => c.notNull())
          .execute();
      }
      await sql`select 1`.execute(db);
    },
  },
  // A member session remembers the key that minted it, so revoking that key ends it too; sessions
  // from before have none (they end by expiry or by `DELETE /v1/members/{id}/sessions`).
  '0002_member_session_keys': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('member_sessions').addColumn('key_id', 'text').execute();
      await db.schema.createIndex('member_sessions_member').on('member_sessions').column('member_id').execute();
    },
  },
  // Complaints filed with a publishable key: a daily quota per key, and the contact phone's
  // digits, which find a contact's earlier complaints (a repeat complaint is serious).
  '0003_public_complaints': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('api_keys').addColumn('complaint_quota', 'integer').execute();
      await db.schema.alterTable('complaints').addColumn('phone_digits', 'text').execute();
      await db.schema
        .createIndex('complaints_phone')
        .on('complaints')
        .columns(['phone_digits', 'received_at'])
        .execute();
      const rows = await sql<{ id: string; doc: string }>`select id, doc from complaints`.execute(db);
      for (const row of rows.rows) {
        const phone = (JSON.parse(row.doc) as { phone?: unknown }).phone;
        const digits = typeof phone === 'string' ? phone.replace(/\D/g, '') : '';
        await sql`update complaints set phone_digits = ${digits} where id = ${row.id}`.execute(db);
      }
    },
  },
  // The people who run the club: staff accounts with a role and scope, their sessions (minted by
  // the club's own sign-in with a secret key), and the audit log every write is recorded in.
  '0004_staff': {
    async up(db: Kysely<unknown>) {
      const text = 'text' as const;
      await db.schema
        .createTable('staff')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('role', text, (c) => c.notNull())
        .addColumn('status', text, (c) => c.notNull())
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('staff_sessions')
        .addColumn('hash', text, (c) => c.primaryKey())
        .addColumn('staff_id', text, (c) => c.notNull())
        .addColumn('allowed_origins', text, (c) => c.notNull())
        .addColumn('created_at', text, (c) => c.notNull())
        .addColumn('expires_at', text, (c) => c.notNull())
        .addColumn('key_id', text, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('staff_sessions_staff').on('staff_sessions').column('staff_id').execute();
      await db.schema
        .createTable('audit_log')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('at', text, (c) => c.notNull())
        .addColumn('actor', text, (c) => c.notNull())
        .addColumn('staff_id', text)
        .addColumn('method', text, (c) => c.notNull())
        .addColumn('path', text, (c) => c.notNull())
        .addColumn('operation_id', text, (c) => c.notNull())
        .addColumn('status', 'integer', (c) => c.notNull())
        .addColumn('request_id', text, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_log_staff').on('audit_log').columns(['staff_id', 'id']).execute();
      await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor', 'id']).execute();
    },
  },
  // System management and the multi-condition member search: a policy's end date as a column
  // (backfilled from `doc`, as 0003 did for phones) so that members are found by policy end in
  // SQL: per member (the search's EXISTS clause) or by the end date first (a narrow range).
  '0005_system': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('policies').addColumn('end_date', 'text').execute();
      const rows = await sql<{ id: string; doc: string }>`select id, doc from policies`.execute(db);
      for (const row of rows.rows) {
        const end = (JSON.parse(row.doc) as { end?: unknown }).end;
        await sql`update policies set end_date = ${typeof end === 'string' ? end : null} where id = ${row.id}`.execute(
          db,
        );
      }
      await db.schema.createIndex('policies_member_end').on('policies').columns(['member_id', 'end_date']).execute();
      await db.schema.createIndex('policies_end').on('policies').columns(['end_date', 'member_id']).execute();
    },
  },
  // The whole service desk: units of a property (the customer archive), return and periodic
  // visits, procedures, the paid-service price list. Complaints, repairs and paid services gain
  // their unit and its property (what a property's desk is scoped by) and the figures the desk
  // reports aggregate, filled in for the records already stored.
  '0006_desk': {
    async up(db: Kysely<unknown>) {
      const text = 'text' as const;
      const add = async (table: string, columns: [string, 'text' | 'integer' | 'double precision'][]) => {
        for (const [name, type] of columns) await db.schema.alterTable(table).addColumn(name, type).execute();
      };
      const scoped: [string, 'text'][] = [
        ['unit_id', text],
        ['property_id', text],
      ];
      await add('complaints', [
        ...scoped,
        ['category', text],
        ['department', text],
        ['due_at', text],
        ['resolved_on_time', 'integer'],
        ['follow_ups', 'integer'],
        ['satisfied_follow_ups', 'integer'],
        ['satisfied', 'integer'],
        ['hours_to_resolve', 'double precision'],
        ['malicious', 'integer'],
      ]);
      await add('repairs', [...scoped, ['completed_on_time', 'integer']]);
      await add('paid_services', [...scoped, ['charged_fen', 'integer'], ['reworked', 'integer']]);
      for (const table of ['complaints', 'repairs', 'paid_services']) {
        await db.schema.createIndex(`${table}_unit`).on(table).columns(['unit_id', 'id']).execute();
        await db.schema.createIndex(`${table}_property`).on(table).columns(['property_id', 'id']).execute();
      }
      await db.schema.createIndex('complaints_received').on('complaints').columns(['received_at']).execute();
      await db.schema.createIndex('repairs_created').on('repairs').columns(['created_at']).execute();
      await db.schema.createIndex('paid_services_created').on('paid_services').columns(['created_at']).execute();
      await fillDeskColumns(db);

      await db.schema
        .createTable('units')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('property_id', text, (c) => c.notNull())
        .addColumn('number', text, (c) => c.notNull())
        .addColumn('created_at', text, (c) => c.notNull())
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('units_property').on('units').columns(['property_id', 'id']).execute();
      await db.schema
        .createTable('visits')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('kind', text, (c) => c.notNull())
        .addColumn('status', text, (c) => c.notNull())
        .addColumn('unit_id', text)
        .addColumn('property_id', text)
        .addColumn('subject_id', text)
        .addColumn('appointment_at', text, (c) => c.notNull())
        .addColumn('created_at', text, (c) => c.notNull())
        .addColumn('satisfied', 'integer')
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('visits_unit').on('visits').columns(['unit_id', 'id']).execute();
      await db.schema.createIndex('visits_property').on('visits').columns(['property_id', 'id']).execute();
      await db.schema.createIndex('visits_appointment').on('visits').columns(['appointment_at']).execute();
      await db.schema
        .createTable('procedures')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('name', text, (c) => c.notNull())
        .addColumn('status', text, (c) => c.notNull())
        .addColumn('unit_id', text, (c) => c.notNull())
        .addColumn('property_id', text, (c) => c.notNull())
        .addColumn('created_at', text, (c) => c.notNull())
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('procedures_unit').on('procedures').columns(['unit_id', 'id']).execute();
      await db.schema.createIndex('procedures_property').on('procedures').columns(['property_id', 'id']).execute();
      await db.schema
        .createTable('service_prices')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('name', text, (c) => c.notNull())
        .addColumn('active', 'integer', (c) => c.notNull())
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
    },
  },
  // The dealer alliance (A1): sales centres, their counties, salespeople and dealers, the dealers'
  // sales months, visit notes and purchases, penalties and budgets. Each row carries the sales
  // centre and salesperson whose scope it is in, so lists and statistics filter in SQL.
  '0007_alliance': {
    async up(db: Kysely<unknown>) {
      const text = 'text' as const;
      await db.schema
        .createTable('sales_centres')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('alliance_counties')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('centre_id', text, (c) => c.notNull())
        .addColumn('salesperson_id', text)
        .addColumn('development_started_on', text)
        .addColumn('development_until', text)
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('salespeople')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('centre_id', text, (c) => c.notNull())
        .addColumn('salesperson_id', text, (c) => c.notNull())
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('dealers')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('centre_id', text, (c) => c.notNull())
        .addColumn('salesperson_id', text)
        .addColumn('county_id', text, (c) => c.notNull())
        .addColumn('status', text, (c) => c.notNull())
        .addColumn('admitted_on', text)
        .addColumn('revoked_on', text)
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('sales_months')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('dealer_id', text, (c) => c.notNull())
        .addColumn('centre_id', text, (c) => c.notNull())
        .addColumn('salesperson_id', text)
        .addColumn('county_id', text, (c) => c.notNull())
        .addColumn('month', text, (c) => c.notNull())
        .addColumn('sales', 'bigint', (c) => c.notNull())
        .addColumn('market_sales', 'bigint', (c) => c.notNull())
        .addColumn('doc', text, (c) => c.notNull())
        .addUniqueConstraint('sales_months_dealer_month', ['dealer_id', 'month'])
        .execute();
      await db.schema.createIndex('sales_months_county').on('sales_months').columns(['county_id', 'month']).execute();
      for (const table of ['visit_notes', 'dealer_purchases']) {
        await db.schema
          .createTable(table)
          .addColumn('id', text, (c) => c.primaryKey())
          .addColumn('centre_id', text, (c) => c.notNull())
          .addColumn('salesperson_id', text)
          .addColumn('dealer_id', text, (c) => c.notNull())
          .addColumn('date', text, (c) => c.notNull())
          .addColumn('doc', text, (c) => c.notNull())
          .execute();
        await db.schema.createIndex(`${table}_date`).on(table).columns(['centre_id', 'date']).execute();
      }
      await db.schema
        .createTable('alliance_penalties')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('centre_id', text, (c) => c.notNull())
        .addColumn('salesperson_id', text)
        .addColumn('kind', text, (c) => c.notNull())
        .addColumn('month', text, (c) => c.notNull())
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('alliance_penalties_salesperson')
        .on('alliance_penalties')
        .columns(['salesperson_id', 'month'])
        .execute();
      await db.schema
        .createTable('alliance_budgets')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('centre_id', text, (c) => c.notNull())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('doc', text, (c) => c.notNull())
        .addUniqueConstraint('alliance_budgets_centre_year', ['centre_id', 'year'])
        .execute();
      for (const table of ['alliance_counties', 'salespeople', 'dealers']) {
        await db.schema.createIndex(`${table}_centre`).on(table).columns(['centre_id', 'id']).execute();
      }
    },
  },
  // Statistics counted by the database (SQL aggregates over a period), not by loading records:
  // an application's decision instant as a column, instants in one format so that they compare
  // as text, one row per merchant offer for counting active offers, and covering indexes for
  // the counts.
  '0008_stats': {
    async up(db: Kysely<unknown>) {
      const text = 'text' as const;
      await db.schema.alterTable('applications').addColumn('decided_at', text).execute();
      const applications = await sql<{ id: string; doc: string }>`select id, doc from applications`.execute(db);
      for (const row of applications.rows) {
        const doc = JSON.parse(row.doc) as { submittedAt: string; decidedAt?: string };
        const decidedAt = doc.decidedAt === undefined ? null : new Date(doc.decidedAt).toISOString();
        await sql`update applications set submitted_at = ${new Date(doc.submittedAt).toISOString()},
          decided_at = ${decidedAt} where id = ${row.id}`.execute(db);
      }
      await db.schema
        .createIndex('applications_stats')
        .on('applications')
        .columns(['branch_id', 'status', 'submitted_at', 'decided_at'])
        .execute();
      await db.schema
        .createIndex('memberships_stats')
        .on('memberships')
        .columns(['branch_id', 'tier', 'valid_from', 'active_until', 'valid_until', 'cancelled_on'])
        .execute();
      await db.schema
        .createTable('merchant_offers')
        .addColumn('merchant_id', text, (c) => c.notNull())
        .addColumn('offer_id', text, (c) => c.notNull())
        .addColumn('valid_from', text)
        .addColumn('valid_until', text)
        .addColumn('tiers', text)
        .addPrimaryKeyConstraint('merchant_offers_pk', ['merchant_id', 'offer_id'])
        .execute();
      const merchants = await sql<{ id: string; doc: string }>`select id, doc from merchants`.execute(db);
      for (const row of merchants.rows) {
        const { offers } = JSON.parse(row.doc) as {
          offers: { id: string; validFrom?: string; validUntil?: string; tiers?: string[] }[];
        };
        for (const offer of offers) {
          await sql`insert into merchant_offers (merchant_id, offer_id, valid_from, valid_until, tiers)
            values (${row.id}, ${offer.id}, ${offer.validFrom ?? null}, ${offer.validUntil ?? null},
            ${offer.tiers === undefined ? null : `,${offer.tiers.join(',')},`})`.execute(db);
        }
      }
    },
  },
  '0009_vip_loop': {
    async up(db: Kysely<unknown>) {
      const text = 'text' as const;
      await db.schema
        .createTable('vip_orders')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('member_id', text, (c) => c.notNull())
        .addColumn('branch_id', text, (c) => c.notNull())
        .addColumn('kind', text, (c) => c.notNull())
        .addColumn('status', text, (c) => c.notNull())
        .addColumn('amount_fen', 'bigint', (c) => c.notNull())
        .addColumn('created_at', text, (c) => c.notNull())
        .addColumn('paid_at', text)
        .addColumn('valid_from', text)
        .addColumn('active_until', text)
        .addColumn('cancelled_at', text)
        .addColumn('refund_fen', 'bigint')
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('vip_orders_member').on('vip_orders').columns(['member_id', 'created_at']).execute();
      await db.schema.createIndex('vip_orders_paid').on('vip_orders').columns(['paid_at']).execute();
      await db.schema
        .createTable('vip_memberships')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('member_id', text, (c) => c.notNull())
        .addColumn('branch_id', text, (c) => c.notNull())
        .addColumn('valid_from', text, (c) => c.notNull())
        .addColumn('active_until', text, (c) => c.notNull())
        .addColumn('valid_until', text, (c) => c.notNull())
        .addColumn('cancelled_on', text)
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('vip_memberships_member')
        .on('vip_memberships')
        .columns(['member_id', 'valid_until'])
        .execute();
      // A member code is kept only as its hash: a copy of the database shows no live code.
      await db.schema
        .createTable('card_codes')
        .addColumn('hash', text, (c) => c.primaryKey())
        .addColumn('member_id', text, (c) => c.notNull())
        .addColumn('issued_at', text, (c) => c.notNull())
        .addColumn('expires_at', text, (c) => c.notNull())
        .addColumn('used_at', text)
        .execute();
      await db.schema.createIndex('card_codes_expires').on('card_codes').column('expires_at').execute();
      await db.schema
        .createTable('redemptions')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('merchant_id', text, (c) => c.notNull())
        .addColumn('member_id', text, (c) => c.notNull())
        .addColumn('vip_membership_id', text, (c) => c.notNull())
        .addColumn('redeemed_at', text, (c) => c.notNull())
        .addColumn('redeemed_on', text, (c) => c.notNull())
        .addColumn('saving_fen', 'bigint', (c) => c.notNull())
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('redemptions_member')
        .on('redemptions')
        .columns(['member_id', 'redeemed_on'])
        .execute();
      await db.schema
        .createIndex('redemptions_merchant')
        .on('redemptions')
        .columns(['merchant_id', 'redeemed_at'])
        .execute();
    },
  },
  // A national club (a million members, several API processes over PostgreSQL): every member
  // search filter answered from an index. A name prefix and a phone's digits from the end become
  // ranges of two folded columns (`nameKey`, `phoneKey`), filled here for the members stored.
  // On PostgreSQL their indexes use text_pattern_ops, so that `LIKE 'x%'` is an index range
  // whatever the database's collation; SQLite compares them bytewise and needs no operator class.
  '0010_scale': {
    async up(db: Kysely<unknown>) {
      const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
      await db.schema.alterTable('members').addColumn('name_key', 'text').execute();
      await db.schema.alterTable('members').addColumn('phone_key', 'text').execute();
      const rows = await sql<{ id: string; name: string; phone: string }>`select id, name, phone from members`.execute(
        db,
      );
      for (const row of rows.rows) {
        await sql`update members set name_key = ${nameKey(row.name)}, phone_key = ${phoneKey(row.phone)}
          where id = ${row.id}`.execute(db);
      }
      const pattern = postgres ? sql.raw(' text_pattern_ops') : sql.raw('');
      await sql`create index members_name_key on members (name_key${pattern}, id)`.execute(db);
      await sql`create index members_phone_key on members (phone_key${pattern}, id)`.execute(db);
    },
  },
  // The statistics at national size, answered from indexes alone (index-only scans on PostgreSQL,
  // covering indexes on SQLite) rather than by reading every row's page with its `doc`:
  // - the complaint and desk reports read a period's complaints by `received_at` and sum their
  //   report columns: one index holds them all, so a year of a million complaints is read from the
  //   index; it replaces `complaints_received`, whose one column it starts with;
  // - the merchant report counts the whole directory by category and region with each merchant's
  //   offers: merchants by id with their cell, and offers by merchant with what decides whether
  //   they are active, both in id order, so the two are merged rather than hashed.
  // PostgreSQL carries the summed columns as INCLUDE (not compared on insert); SQLite has no
  // INCLUDE and takes them as trailing key columns, which it reads the same way.
  '0011_stats_scale': {
    async up(db: Kysely<unknown>) {
      const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
      const covering = (table: string, name: string, keys: string[], carried: string[]) =>
        postgres
          ? sql`create index ${sql.id(name)} on ${sql.table(table)} (${sql.join(keys.map((k) => sql.ref(k)))})
              include (${sql.join(carried.map((c) => sql.ref(c)))})`.execute(db)
          : sql`create index ${sql.id(name)} on ${sql.table(table)}
              (${sql.join([...keys, ...carried].map((k) => sql.ref(k)))})`.execute(db);
      await covering(
        'complaints',
        'complaints_period',
        ['received_at'],
        [
          'property_id',
          'status',
          'category',
          'department',
          'due_at',
          'resolved_on_time',
          'follow_ups',
          'satisfied_follow_ups',
          'satisfied',
          'malicious',
          'hours_to_resolve',
        ],
      );
      await db.schema.dropIndex('complaints_received').execute();
      await covering('merchants', 'merchants_cell', ['id'], ['category', 'region']);
      await covering(
        'merchant_offers',
        'merchant_offers_active',
        ['merchant_id'],
        ['valid_from', 'valid_until', 'tiers'],
      );
    },
  },
  // The front desk's shift hand-overs (A4 §3.9.1). One desk's hand-overs form a chain: each
  // follows the desk's latest, so (desk, previous) is unique — of two shifts handing over after the
  // same one at once, the second is refused rather than both carrying its open items.
  '0012_handovers': {
    async up(db: Kysely<unknown>) {
      const text = 'text' as const;
      await db.schema
        .createTable('handovers')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('property_id', text)
        // The desk: its property's id, or '' for the club's own desk (a unique key needs a value).
        .addColumn('desk_key', text, (c) => c.notNull())
        // The hand-over it follows, or '' for the desk's first.
        .addColumn('previous_id', text, (c) => c.notNull())
        .addColumn('status', text, (c) => c.notNull())
        .addColumn('handed_over_at', text, (c) => c.notNull())
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('handovers_chain')
        .on('handovers')
        .columns(['desk_key', 'previous_id'])
        .unique()
        .execute();
      await db.schema.createIndex('handovers_desk').on('handovers').columns(['desk_key', 'handed_over_at']).execute();
    },
  },
  // The club's marketing campaigns (A2 §1), and the campaign an application came from: the campaign
  // report counts applications per campaign from an index, as of a day.
  '0013_campaigns': {
    async up(db: Kysely<unknown>) {
      const text = 'text' as const;
      await db.schema
        .createTable('campaigns')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('starts_on', text, (c) => c.notNull())
        .addColumn('ends_on', text, (c) => c.notNull())
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema.alterTable('applications').addColumn('campaign_id', 'text').execute();
      await db.schema
        .createIndex('applications_campaign')
        .on('applications')
        .columns(['campaign_id', 'submitted_at'])
        .execute();
    },
  },
  // Complaints about a staff member's conduct (A4 §3.3.6 5): the staff member complained about is
  // a column, so every query of complaints can leave out a viewer's own; no stored complaint names
  // one yet. Feedback surveys (A4 §3.3.5 3): immutable questionnaires and the requests sent with
  // them, whose rating counts (core's surveyRatings at the answer) the survey report sums.
  '0014_conduct_surveys': {
    async up(db: Kysely<unknown>) {
      const text = 'text' as const;
      await db.schema.alterTable('complaints').addColumn('accused_staff_id', text).execute();
      await db.schema.createIndex('complaints_accused').on('complaints').columns(['accused_staff_id', 'id']).execute();
      await db.schema
        .createTable('surveys')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('property_id', text)
        .addColumn('created_at', text, (c) => c.notNull())
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('survey_requests')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('survey_id', text, (c) => c.notNull())
        .addColumn('unit_id', text, (c) => c.notNull())
        .addColumn('property_id', text, (c) => c.notNull())
        .addColumn('sent_at', text, (c) => c.notNull())
        .addColumn('answered_at', text)
        .addColumn('ratings', 'integer', (c) => c.notNull())
        .addColumn('satisfied_ratings', 'integer', (c) => c.notNull())
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('survey_requests_survey')
        .on('survey_requests')
        .columns(['survey_id', 'id'])
        .execute();
      await db.schema.createIndex('survey_requests_sent').on('survey_requests').columns(['sent_at']).execute();
      await db.schema.createIndex('survey_requests_answered').on('survey_requests').columns(['answered_at']).execute();
    },
  },
  // The dealer alliance's half-yearly 100-point assessment (A1): each sales centre's sheet in
  // versions, one assessment per dealer and half-year with the step it awaits, and one reward fund
  // per centre and half-year. The unique keys refuse a second of each rather than keep two.
  '0015_alliance_assessments': {
    async up(db: Kysely<unknown>) {
      const text = 'text' as const;
      await db.schema
        .createTable('assessment_sheets')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('centre_id', text, (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('doc', text, (c) => c.notNull())
        .addUniqueConstraint('assessment_sheets_centre_version', ['centre_id', 'version'])
        .execute();
      await db.schema
        .createTable('alliance_assessments')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('centre_id', text, (c) => c.notNull())
        .addColumn('salesperson_id', text)
        .addColumn('dealer_id', text, (c) => c.notNull())
        .addColumn('half_year', text, (c) => c.notNull())
        .addColumn('status', text, (c) => c.notNull())
        .addColumn('awaiting', text)
        .addColumn('doc', text, (c) => c.notNull())
        .addUniqueConstraint('alliance_assessments_dealer_half_year', ['dealer_id', 'half_year'])
        .execute();
      await db.schema
        .createIndex('alliance_assessments_centre')
        .on('alliance_assessments')
        .columns(['centre_id', 'half_year', 'id'])
        .execute();
      await db.schema
        .createTable('reward_funds')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('centre_id', text, (c) => c.notNull())
        .addColumn('half_year', text, (c) => c.notNull())
        .addColumn('doc', text, (c) => c.notNull())
        .addUniqueConstraint('reward_funds_centre_half_year', ['centre_id', 'half_year'])
        .execute();
    },
  },
  // The dealer alliance's secondary-dealer lists (二級客戶一覽表, A1): one row a filed list, its
  // candidates and the county choice in the document. The index finds each filer's current list
  // (the newest by id) and a centre's lists in order.
  '0016_secondary_lists': {
    async up(db: Kysely<unknown>) {
      const text = 'text' as const;
      await db.schema
        .createTable('secondary_lists')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('centre_id', text, (c) => c.notNull())
        .addColumn('salesperson_id', text)
        .addColumn('filed_on', text, (c) => c.notNull())
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('secondary_lists_filer')
        .on('secondary_lists')
        .columns(['centre_id', 'salesperson_id', 'id'])
        .execute();
    },
  },
  '0017_alliance_time_rules': {
    // Documents only: each sales centre gets the day its alliance was founded, each dealer its plaque.
    async up(db: Kysely<unknown>) {
      await fillAllianceTimeRules(db);
    },
  },
  // The club's service catalogue (A2 §2: three categories, 54 services the club maintains), the
  // merchants that give each service, and the uses recorded at the counter. A service's name is
  // unique in its category while it is offered: the key is null once retired (nulls never clash).
  '0018_service_catalogue': {
    async up(db: Kysely<unknown>) {
      const text = 'text' as const;
      await db.schema
        .createTable('club_services')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('category', text, (c) => c.notNull())
        .addColumn('status', text, (c) => c.notNull())
        .addColumn('active_name_key', text)
        .addColumn('doc', text, (c) => c.notNull())
        .addUniqueConstraint('club_services_category_name', ['category', 'active_name_key'])
        .execute();
      await db.schema
        .createTable('club_service_merchants')
        .addColumn('service_id', text, (c) => c.notNull())
        .addColumn('merchant_id', text, (c) => c.notNull())
        .addPrimaryKeyConstraint('club_service_merchants_pk', ['service_id', 'merchant_id'])
        .execute();
      await db.schema
        .createIndex('club_service_merchants_merchant')
        .on('club_service_merchants')
        .columns(['merchant_id', 'service_id'])
        .execute();
      await db.schema
        .createTable('service_uses')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('service_id', text, (c) => c.notNull())
        .addColumn('merchant_id', text, (c) => c.notNull())
        .addColumn('member_id', text, (c) => c.notNull())
        .addColumn('branch_id', text, (c) => c.notNull())
        .addColumn('used_on', text, (c) => c.notNull())
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('service_uses_service').on('service_uses').columns(['service_id', 'id']).execute();
      await db.schema.createIndex('service_uses_merchant').on('service_uses').columns(['merchant_id', 'id']).execute();
      await db.schema.createIndex('service_uses_member').on('service_uses').columns(['member_id', 'id']).execute();
    },
  },
  // The member handbook with the member's rights and duties (A3 art.4, 7, 8), in versions: the
  // unique version refuses a second publish racing the first; the one in force is read by its day.
  '0019_handbooks': {
    async up(db: Kysely<unknown>) {
      const text = 'text' as const;
      await db.schema
        .createTable('handbooks')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('version', 'integer', (c) => c.notNull().unique())
        .addColumn('effective_from', text, (c) => c.notNull())
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('handbooks_effective')
        .on('handbooks')
        .columns(['effective_from', 'version'])
        .execute();
    },
  },
  // The VIP club's other income (A5 §4.2 2–4): activities and group buying members take seats on,
  // and merchants' advertising. The revenue report sums seat prices by first day and kind from an
  // index, and reads the advertising whose period meets its own.
  '0020_vip_activities': {
    async up(db: Kysely<unknown>) {
      const text = 'text' as const;
      await db.schema
        .createTable('activities')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('kind', text, (c) => c.notNull())
        .addColumn('starts_on', text, (c) => c.notNull())
        .addColumn('sign_up_from', text, (c) => c.notNull())
        .addColumn('sign_up_until', text, (c) => c.notNull())
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('activity_sign_ups')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('activity_id', text, (c) => c.notNull())
        .addColumn('member_id', text, (c) => c.notNull())
        .addColumn('branch_id', text, (c) => c.notNull())
        .addColumn('kind', text, (c) => c.notNull())
        .addColumn('starts_on', text, (c) => c.notNull())
        .addColumn('price_fen', 'bigint', (c) => c.notNull())
        .addColumn('status', text, (c) => c.notNull())
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('activity_sign_ups_activity')
        .on('activity_sign_ups')
        .columns(['activity_id', 'member_id'])
        .execute();
      await db.schema
        .createIndex('activity_sign_ups_member')
        .on('activity_sign_ups')
        .columns(['member_id', 'id'])
        .execute();
      await db.schema
        .createIndex('activity_sign_ups_revenue')
        .on('activity_sign_ups')
        .columns(['starts_on', 'status', 'kind'])
        .execute();
      await db.schema
        .createTable('ad_incomes')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('merchant_id', text, (c) => c.notNull())
        .addColumn('from_on', text, (c) => c.notNull())
        .addColumn('to_on', text, (c) => c.notNull())
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('ad_incomes_period').on('ad_incomes').columns(['to_on', 'from_on']).execute();
    },
  },
  // Fines feed the half-year's reward fund (所有罰金納入獎勵基金): the late and missing report
  // penalties of a centre's half-year, found by centre and month, are credited to the fund already
  // set for it, which shows them as fines in and counts them in what is left.
  '0021_reward_fund_fines': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createIndex('alliance_penalties_centre_month')
        .on('alliance_penalties')
        .columns(['centre_id', 'month'])
        .execute();
      const funds = await sql<{ id: string; centre_id: string; half_year: string; doc: string }>`
        select id, centre_id, half_year, doc from reward_funds`.execute(db);
      for (const fund of funds.rows) {
        const year = fund.half_year.slice(0, 4);
        const [first, last] = fund.half_year.endsWith('H1') ? ['01', '06'] : ['07', '12'];
        const penalties = await sql<{ doc: string }>`select doc from alliance_penalties
          where centre_id = ${fund.centre_id} and kind in ('late-report', 'missing-report')
          and month >= ${`${year}-${first}`} and month <= ${`${year}-${last}`} order by month, id`.execute(db);
        const fines = penalties.rows.map((row) => {
          const p = JSON.parse(row.doc) as {
            id: string;
            kind: string;
            salespersonId: string;
            month: string;
            amountFen: number;
          };
          return {
            penaltyId: p.id,
            kind: p.kind,
            salespersonId: p.salespersonId,
            month: p.month,
            amountFen: p.amountFen,
          };
        });
        const doc = JSON.parse(fund.doc) as { budgetedFen: number; paidFen: number };
        const finesFen = fines.reduce((sum, f) => sum + f.amountFen, 0);
        const next = { ...doc, finesFen, leftFen: doc.budgetedFen + finesFen - doc.paidFen, fines };
        await sql`update reward_funds set doc = ${JSON.stringify(next)} where id = ${fund.id}`.execute(db);
      }
    },
  },
  // The dealer alliance's member-only promotions (A1 優惠政策 2) and each member dealer's
  // enrolment with its reward in the document. The unique index keeps one enrolment a dealer per
  // promotion even when two requests race; the second reads a promotion's enrolments in order.
  '0022_alliance_promotions': {
    async up(db: Kysely<unknown>) {
      const text = 'text' as const;
      await db.schema
        .createTable('promotions')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('centre_id', text, (c) => c.notNull())
        .addColumn('from_on', text, (c) => c.notNull())
        .addColumn('to_on', text, (c) => c.notNull())
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('promotions_centre').on('promotions').columns(['centre_id', 'id']).execute();
      await db.schema
        .createTable('promotion_enrolments')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('promotion_id', text, (c) => c.notNull())
        .addColumn('centre_id', text, (c) => c.notNull())
        .addColumn('salesperson_id', text)
        .addColumn('dealer_id', text, (c) => c.notNull())
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('promotion_enrolments_dealer')
        .on('promotion_enrolments')
        .columns(['promotion_id', 'dealer_id'])
        .unique()
        .execute();
      await db.schema
        .createIndex('promotion_enrolments_promotion')
        .on('promotion_enrolments')
        .columns(['promotion_id', 'id'])
        .execute();
    },
  },
  // The primary dealer (一級經銷商, A1) of each sales centre's alliance: one row a term, from the
  // day it was designated to the day it was replaced. A centre stored before gets one term from its
  // founding day under the centre's own name (the sales centre supplies its members until the club
  // records the dealer it designated, by a replacement).
  '0023_primary_dealers': {
    async up(db: Kysely<unknown>) {
      const text = 'text' as const;
      await db.schema
        .createTable('primary_dealers')
        .addColumn('id', text, (c) => c.primaryKey())
        .addColumn('centre_id', text, (c) => c.notNull())
        .addColumn('since', text, (c) => c.notNull())
        .addColumn('ended_on', text)
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('primary_dealers_centre')
        .on('primary_dealers')
        .columns(['centre_id', 'since'])
        .execute();
      const centres = await sql<{ id: string; doc: string }>`select id, doc from sales_centres`.execute(db);
      for (const row of centres.rows) {
        const c = JSON.parse(row.doc) as { id: string; name: string; foundedOn: string; createdAt: string };
        const term = {
          id: `pdl_${c.id.slice('ctr_'.length)}`,
          centreId: c.id,
          name: c.name,
          dealerId: null,
          since: c.foundedOn,
          ended: null,
          recordedAt: c.createdAt,
        };
        await sql`insert into primary_dealers (id, centre_id, since, ended_on, doc)
          values (${term.id}, ${term.centreId}, ${term.since}, ${null}, ${JSON.stringify(term)})`.execute(db);
      }
    },
  },
  // The desk names the staff member a conduct complaint is about by name (A4 §3.3.6 5): a staff
  // account's name as the lookup compares it (nameKey), backfilled from `doc`, indexed.
  '0024_staff_names': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('staff').addColumn('name_key', 'text').execute();
      const staff = await sql<{ id: string; doc: string }>`select id, doc from staff`.execute(db);
      for (const row of staff.rows) {
        const { name } = JSON.parse(row.doc) as { name: string };
        await sql`update staff set name_key = ${nameKey(name)} where id = ${row.id}`.execute(db);
      }
      await db.schema.createIndex('staff_name_key').on('staff').columns(['name_key', 'id']).execute();
    },
  },
  // The member report at national size: memberships counted by what their state turns on (branch,
  // tier and the four dates), kept by the database itself as memberships are written, so that the
  // report reads some tens of thousands of groups rather than every membership. Triggers keep the
  // counts on both engines, whoever writes (a route, a seed, a bulk load); PostgreSQL's count a
  // statement's rows at once (transition tables) and change groups in key order, so two writers
  // never wait on each other's groups crosswise. No cancellation is stored as '' (a key column
  // cannot be NULL). The report no longer reads `memberships_stats`, which goes.
  '0025_membership_groups': {
    async up(db: Kysely<unknown>) {
      const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
      await sql`create table membership_groups (
        branch_id text not null, tier text not null, valid_from text not null, active_until text not null,
        valid_until text not null, cancelled_on text not null, n integer not null,
        primary key (branch_id, tier, valid_from, active_until, valid_until, cancelled_on))`.execute(db);
      await sql`insert into membership_groups
        select ${MEMBERSHIP_GROUP_KEY}, count(*) from memberships group by ${MEMBERSHIP_GROUP_KEY}`.execute(db);
      await (postgres ? membershipGroupTriggersPostgres(db) : membershipGroupTriggersSqlite(db));
      await db.schema.dropIndex('memberships_stats').execute();
    },
  },
  // The merchant report at national size: each offer row carries its merchant's category and
  // region, so the report counts offers, active offers and the merchants holding one per cell in one
  // pass over an index, rather than grouping every offer by merchant and joining every merchant.
  // Every write of a merchant rewrites its offer rows (writeMerchantOffers), so a merchant that
  // changes cell takes its offers along. The index by merchant alone goes: the primary key leads
  // with the merchant for the writes' deletes.
  '0026_merchant_offer_cells': {
    async up(db: Kysely<unknown>) {
      const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
      for (const column of ['category', 'region'])
        await db.schema
          .alterTable('merchant_offers')
          .addColumn(column, 'text', (c) => c.notNull().defaultTo(''))
          .execute();
      await sql`update merchant_offers set
        category = (select m.category from merchants m where m.id = merchant_offers.merchant_id),
        region = (select m.region from merchants m where m.id = merchant_offers.merchant_id)`.execute(db);
      const keys = sql.join(['category', 'region', 'merchant_id'].map((c) => sql.ref(c)));
      const carried = sql.join(['valid_from', 'valid_until', 'tiers'].map((c) => sql.ref(c)));
      await (
        postgres
          ? sql`create index merchant_offers_cell on merchant_offers (${keys}) include (${carried})`
          : sql`create index merchant_offers_cell on merchant_offers (${keys}, ${carried})`
      ).execute(db);
      await db.schema.dropIndex('merchant_offers_active').execute();
    },
  },
  '0027_vip_orders_revenue': {
    // SQLite's revenue report reads every paid order whose year, payment or cancellation meets its
    // period from this index alone, not from the orders' documents. PostgreSQL is given none: a
    // period's three conditions make its planner read the table either way (at a million members
    // a month's report touches 39 % of the orders and a year's 71 %; with such an index, it still
    // chose the sequential scan, at the same measured time). 0030 gives it one led by the year's
    // dates, which it reads alone.
    async up(db: Kysely<unknown>) {
      if (db.getExecutor().adapter instanceof PostgresAdapter) return;
      const carried = sql.join(
        ['valid_from', 'paid_at', 'cancelled_at', 'kind', 'amount_fen', 'refund_fen', 'branch_id'].map((c) =>
          sql.ref(c),
        ),
      );
      await sql`create index vip_orders_revenue on vip_orders (active_until, ${carried}) where paid_at is not null`.execute(
        db,
      );
    },
  },
  '0028_complaint_hours': {
    // The complaint report's median reads the hours of a period's timed complaints in order: from
    // an index of those alone, a third the size of `complaints_period`.
    async up(db: Kysely<unknown>) {
      const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
      await (
        postgres
          ? sql`create index complaints_hours on complaints (received_at) include (property_id, hours_to_resolve)
              where hours_to_resolve is not null`
          : sql`create index complaints_hours on complaints (received_at, property_id, hours_to_resolve)
              where hours_to_resolve is not null`
      ).execute(db);
    },
  },
  // The complaint reports at national size: a year of a million complaints is some 300,000 rows to
  // sum, every call. Triggers keep their figures summed per UTC day of receipt, property, status,
  // category and department (as `membership_groups` keeps memberships), so a report sums the whole
  // days of its period from here and reads only its two partial edge days from the complaints. On
  // PostgreSQL the triggers append to `complaint_day_changes`, folded into the days now and then,
  // so that concurrent filings never wait for one another on a day's row.
  // What depends on the instant a report judges at (an open complaint's deadline passed) cannot be
  // summed ahead: the open complaints are indexed alone, for the overdue count.
  '0029_complaint_days': {
    async up(db: Kysely<unknown>) {
      const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
      const figures = COMPLAINT_DAY_FIGURES.map((f) => `${f} integer not null`).join(', ');
      const key =
        'day text not null, property_id text not null, status text not null, category text not null, department text not null';
      await sql
        .raw(`create table complaint_days (${key}, ${figures}, primary key (${COMPLAINT_DAY_COLUMNS}))`)
        .execute(db);
      // PostgreSQL's writers append here and fold into the days now and then; SQLite's one writer
      // changes the days themselves, and leaves this empty.
      await sql.raw(`create table complaint_day_changes (${key}, ${figures})`).execute(db);
      await sql
        .raw(
          `insert into complaint_days (${COMPLAINT_DAY_COLUMNS}, ${COMPLAINT_DAY_FIGURES.join(', ')})
        select ${complaintDayKey('')}, ${complaintDayFigures('', 'sum')} from complaints
        group by 1, 2, 3, 4, 5`,
        )
        .execute(db);
      await (postgres ? complaintDayTriggersPostgres(db) : complaintDayTriggersSqlite(db));
      await (
        postgres
          ? sql`create index complaints_open on complaints (received_at) include (property_id, due_at, resolved_on_time)
              where due_at is not null`
          : sql`create index complaints_open on complaints (received_at, property_id, due_at, resolved_on_time)
              where due_at is not null`
      ).execute(db);
    },
  },
  // PostgreSQL's revenue report read the whole of `vip_orders` (a year's period meets most paid
  // orders; 60 MB with their documents at a million members) and was the one report over its
  // target. This index carries every column the report reads for the paid orders, led by the
  // year's two dates its period tests, so the read is an index-only scan of about a sixth of the
  // pages: a year's query 65 -> 42 ms on the kept million-member club. SQLite has had its own
  // covering index since 0027, of the same name.
  '0030_vip_orders_revenue_postgres': {
    async up(db: Kysely<unknown>) {
      if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
      await sql`create index vip_orders_revenue on vip_orders (valid_from, active_until)
        include (paid_at, cancelled_at, kind, amount_fen, refund_fen, branch_id) where paid_at is not null`.execute(db);
    },
  },
};

/** A day of complaints' key columns in `complaint_days`. */
const COMPLAINT_DAY_COLUMNS = 'day, property_id, status, category, department';
/** The advisory lock a PostgreSQL writer holds while folding complaint day changes (any number). */
const COMPLAINT_DAY_FOLD_LOCK = 2_029_001;
/** The figures summed per day of complaints, in `complaint_days`. */
const COMPLAINT_DAY_FIGURES = [
  'n',
  'resolved',
  'on_time',
  'follow_ups',
  'satisfied_follow_ups',
  'followed_up',
  'satisfied',
  'malicious',
  'timed',
] as const;

/** The key of a complaint's day, named as in `complaint_days`, from the row `row` ('' for the table read). */
function complaintDayKey(row: string): string {
  const c = (column: string) => `${row}${column}`;
  return `substr(${c('received_at')}, 1, 10) as day, coalesce(${c('property_id')}, '') as property_id,
    ${c('status')} as status, coalesce(${c('category')}, '') as category,
    coalesce(${c('department')}, '') as department`;
}

/** A complaint's figures as the complaint reports count them (desk-stats.ts), of the row `row`. */
function complaintDayValues(row: string): string[] {
  const c = (column: string) => `${row}${column}`;
  return [
    '1',
    `case when ${c('resolved_on_time')} is not null then 1 else 0 end`,
    `case when ${c('resolved_on_time')} = 1 then 1 else 0 end`,
    `coalesce(${c('follow_ups')}, 0)`,
    `coalesce(${c('satisfied_follow_ups')}, 0)`,
    `case when ${c('satisfied')} is not null then 1 else 0 end`,
    `case when ${c('satisfied')} = 1 then 1 else 0 end`,
    `coalesce(${c('malicious')}, 0)`,
    `case when ${c('hours_to_resolve')} is not null then 1 else 0 end`,
  ];
}

/** {@link complaintDayValues}, each applied to `wrap` ('' or `sum`), prefixed by `sign` and named. */
function complaintDayFigures(row: string, wrap: '' | 'sum', sign = ''): string {
  return complaintDayValues(row)
    .map((v, i) => `${sign}${wrap}(${v}) as ${COMPLAINT_DAY_FIGURES[i]}`)
    .join(', ');
}

/** SQLite: a row trigger a write, taking the row's figures from the day it leaves and adding them to the one it joins. */
async function complaintDayTriggersSqlite(db: Kysely<unknown>): Promise<void> {
  const figures = COMPLAINT_DAY_FIGURES.join(', ');
  const join = `insert into complaint_days (${COMPLAINT_DAY_COLUMNS}, ${figures})
      select ${complaintDayKey('new.')}, ${complaintDayFigures('new.', '')} where true
      on conflict (${COMPLAINT_DAY_COLUMNS}) do update set
      ${COMPLAINT_DAY_FIGURES.map((f) => `${f} = ${f} + excluded.${f}`).join(', ')};`;
  const oldValues = complaintDayValues('old.');
  const oldKey = `substr(old.received_at, 1, 10), coalesce(old.property_id, ''), old.status,
      coalesce(old.category, ''), coalesce(old.department, '')`;
  const leave = `update complaint_days set
      ${COMPLAINT_DAY_FIGURES.map((f, i) => `${f} = ${f} - (${oldValues[i] ?? '0'})`).join(', ')}
      where (${COMPLAINT_DAY_COLUMNS}) = (${oldKey});
      delete from complaint_days where (${COMPLAINT_DAY_COLUMNS}) = (${oldKey}) and n <= 0;`;
  const watched = [
    'received_at',
    'property_id',
    'status',
    'category',
    'department',
    'resolved_on_time',
    'follow_ups',
    'satisfied_follow_ups',
    'satisfied',
    'malicious',
    'hours_to_resolve',
  ];
  const of = (row: string) => watched.map((w) => `${row}.${w}`).join(', ');
  await sql.raw(`create trigger complaint_days_insert after insert on complaints begin ${join} end`).execute(db);
  await sql.raw(`create trigger complaint_days_delete after delete on complaints begin ${leave} end`).execute(db);
  await sql
    .raw(
      `create trigger complaint_days_update after update of ${watched.join(', ')} on complaints
      when (${of('old')}) is not (${of('new')}) begin ${leave} ${join} end`,
    )
    .execute(db);
}

/** The sums of the figures over the rows of a group, in the order of {@link COMPLAINT_DAY_FIGURES}. */
const COMPLAINT_DAY_SUMS = COMPLAINT_DAY_FIGURES.map((f) => `sum(${f})`).join(', ');

/** Every how many statements writing complaints PostgreSQL folds the day changes into the days. */
const COMPLAINT_DAY_FOLD_EVERY = 32;

/**
 * PostgreSQL: a statement trigger a write, appending the statement's rows summed by day (a batch
 * of a bulk load in one step) to `complaint_day_changes`, with no lock on a shared row: filings of
 * one category on one day would otherwise all wait for that day's row, one after another until
 * each commits. Every {@link COMPLAINT_DAY_FOLD_EVERY}th statement folds the changes committed so
 * far into `complaint_days` (one folder at a time; a writer finding another folding goes on), so
 * the changes stay a few dozen rows; a report reads both.
 */
async function complaintDayTriggersPostgres(db: Kysely<unknown>): Promise<void> {
  const grouped = (rows: string, sign: string) =>
    `select ${complaintDayKey('')}, ${complaintDayFigures('', 'sum', sign)} from ${rows} group by 1, 2, 3, 4, 5`;
  const figures = COMPLAINT_DAY_FIGURES.join(', ');
  const append = (changes: string) => `
    insert into complaint_day_changes (${COMPLAINT_DAY_COLUMNS}, ${figures}) ${changes};
    if nextval('complaint_day_writes') % ${COMPLAINT_DAY_FOLD_EVERY} = 0 then perform complaint_days_fold(); end if;`;
  await sql`create sequence complaint_day_writes`.execute(db);
  await sql
    .raw(
      `create function complaint_days_fold() returns void language plpgsql as $fn$
      begin
        if not pg_try_advisory_xact_lock(${COMPLAINT_DAY_FOLD_LOCK}) then return; end if;
        with moved as (delete from complaint_day_changes returning *)
        insert into complaint_days (${COMPLAINT_DAY_COLUMNS}, ${figures})
          select ${COMPLAINT_DAY_COLUMNS}, ${COMPLAINT_DAY_SUMS}
          from moved group by ${COMPLAINT_DAY_COLUMNS}
          having ${COMPLAINT_DAY_FIGURES.map((f) => `sum(${f}) <> 0`).join(' or ')} order by ${COMPLAINT_DAY_COLUMNS}
          on conflict (${COMPLAINT_DAY_COLUMNS}) do update set
          ${COMPLAINT_DAY_FIGURES.map((f) => `${f} = complaint_days.${f} + excluded.${f}`).join(', ')};
        delete from complaint_days where n <= 0;
      end $fn$`,
    )
    .execute(db);
  await triggerFunction(db, 'complaint_days_insert', append(grouped('new_rows', '')));
  await triggerFunction(
    db,
    'complaint_days_update',
    // A complaint's new figures and its old ones taken back, netted by day: a write that changes
    // no figure (its document alone) appends nothing.
    append(`select ${COMPLAINT_DAY_COLUMNS}, ${COMPLAINT_DAY_SUMS}
      from (${grouped('new_rows', '')} union all ${grouped('old_rows', '-')}) as c group by ${COMPLAINT_DAY_COLUMNS}
      having ${COMPLAINT_DAY_FIGURES.map((f) => `sum(${f}) <> 0`).join(' or ')}`),
  );
  await triggerFunction(db, 'complaint_days_delete', append(grouped('old_rows', '-')));
  await statementTriggers(db, 'complaints', 'complaint_days');
}

/** PostgreSQL: a trigger function of plpgsql `body`, returning null (for an AFTER trigger). */
async function triggerFunction(db: Kysely<unknown>, name: string, body: string): Promise<void> {
  await sql
    .raw(
      `create function ${name}() returns trigger language plpgsql as $fn$
        begin ${body} return null; end $fn$`,
    )
    .execute(db);
}

/**
 * PostgreSQL: statement triggers `<prefix>_insert`, `_update` and `_delete` on `table`, each
 * calling the function of its name with the statement's rows as `new_rows` and `old_rows`.
 */
async function statementTriggers(db: Kysely<unknown>, table: string, prefix: string): Promise<void> {
  const trigger = (op: string, referencing: string) =>
    sql
      .raw(
        `create trigger ${prefix}_${op} after ${op} on ${table} referencing ${referencing}
        for each statement execute function ${prefix}_${op}()`,
      )
      .execute(db);
  await trigger('insert', 'new table as new_rows');
  await trigger('update', 'old table as old_rows new table as new_rows');
  await trigger('delete', 'old table as old_rows');
}

/** A membership's group: the columns its state turns on, with no cancellation as ''. */
const MEMBERSHIP_GROUP_KEY = sql.raw(
  "branch_id, tier, valid_from, active_until, valid_until, coalesce(cancelled_on, '')",
);
const GROUP_COLUMNS = 'branch_id, tier, valid_from, active_until, valid_until, cancelled_on';

/** SQLite: a row trigger a write, each changing the one or two groups the row leaves and joins. */
async function membershipGroupTriggersSqlite(db: Kysely<unknown>): Promise<void> {
  const key = (row: 'new' | 'old') =>
    `${row}.branch_id, ${row}.tier, ${row}.valid_from, ${row}.active_until, ${row}.valid_until, coalesce(${row}.cancelled_on, '')`;
  const join = `insert into membership_groups (${GROUP_COLUMNS}, n) values (${key('new')}, 1)
      on conflict (${GROUP_COLUMNS}) do update set n = n + 1;`;
  const leave = `update membership_groups set n = n - 1 where (${GROUP_COLUMNS}) = (${key('old')});
      delete from membership_groups where (${GROUP_COLUMNS}) = (${key('old')}) and n <= 0;`;
  await sql.raw(`create trigger membership_groups_insert after insert on memberships begin ${join} end`).execute(db);
  await sql.raw(`create trigger membership_groups_delete after delete on memberships begin ${leave} end`).execute(db);
  await sql
    .raw(
      `create trigger membership_groups_update after update of ${GROUP_COLUMNS} on memberships
      when (${key('old')}) is not (${key('new')}) begin ${leave} ${join} end`,
    )
    .execute(db);
}

/**
 * PostgreSQL: a statement trigger a write, counting the statement's rows by group (a batch of a
 * bulk load in one step), and changing the groups in key order.
 */
async function membershipGroupTriggersPostgres(db: Kysely<unknown>): Promise<void> {
  const grouped = (rows: string, sign: string) =>
    `select branch_id, tier, valid_from, active_until, valid_until, coalesce(cancelled_on, '') as cancelled_on,
       ${sign}count(*) as n from ${rows} group by 1, 2, 3, 4, 5, 6`;
  // Adds `changes` (a query of groups and signed counts) to the groups, in key order.
  const apply = (changes: string) => `
    insert into membership_groups (${GROUP_COLUMNS}, n)
      select ${GROUP_COLUMNS}, sum(n) from (${changes}) as c group by ${GROUP_COLUMNS}
      having sum(n) <> 0 order by ${GROUP_COLUMNS}
      on conflict (${GROUP_COLUMNS}) do update set n = membership_groups.n + excluded.n;`;
  // Drops the groups the statement's old rows left empty.
  const dropEmptied = `
    delete from membership_groups g using (${grouped('old_rows', '')}) as o
      where (g.branch_id, g.tier, g.valid_from, g.active_until, g.valid_until, g.cancelled_on)
        = (o.branch_id, o.tier, o.valid_from, o.active_until, o.valid_until, o.cancelled_on) and g.n <= 0;`;
  await triggerFunction(db, 'membership_groups_insert', apply(grouped('new_rows', '')));
  await triggerFunction(
    db,
    'membership_groups_update',
    apply(`${grouped('new_rows', '')} union all ${grouped('old_rows', '-')}`) + dropEmptied,
  );
  await triggerFunction(db, 'membership_groups_delete', apply(grouped('old_rows', '-')) + dropEmptied);
  await statementTriggers(db, 'memberships', 'membership_groups');
}

/**
 * The columns of the desk's record tables once 0006 has run. Its fill-in writes only these, by the
 * rules the writes use today: a column a later migration adds is that migration's to fill, so
 * this one keeps running on a database that does not have it yet.
 */
const DESK_COLUMNS_0006: Record<'complaints' | 'repairs' | 'paid_services', readonly string[]> = {
  complaints: [
    'reference',
    'status',
    'member_id',
    'received_at',
    'deadline',
    'phone_digits',
    'unit_id',
    'property_id',
    'category',
    'department',
    'due_at',
    'resolved_on_time',
    'follow_ups',
    'satisfied_follow_ups',
    'satisfied',
    'hours_to_resolve',
    'malicious',
  ],
  repairs: ['status', 'created_at', 'unit_id', 'property_id', 'completed_on_time'],
  paid_services: ['status', 'created_at', 'unit_id', 'property_id', 'charged_fen', 'reworked'],
};

/** Fills the columns 0006 adds to the records already stored, by the rules the writes use. */
async function fillDeskColumns(db: Kysely<unknown>): Promise<void> {
  const fill = async (table: keyof typeof DESK_COLUMNS_0006, columnsFor: (doc: string) => object) => {
    const rows = await sql<{ id: string; doc: string }>`select id, doc from ${sql.table(table)}`.execute(db);
    for (const row of rows.rows) {
      const columns = Object.entries(columnsFor(row.doc)).filter(([name]) => DESK_COLUMNS_0006[table].includes(name));
      const set = sql.join(columns.map(([name, value]) => sql`${sql.ref(name)} = ${value}`));
      await sql`update ${sql.table(table)} set ${set} where id = ${row.id}`.execute(db);
    }
  };
  await fill('complaints', (doc) => columnsOf('complaint', JSON.parse(doc) as RecordOf<'complaint'>));
  await fill('repairs', (doc) => columnsOf('repair', JSON.parse(doc) as RecordOf<'repair'>));
  await fill('paid_services', (doc) => columnsOf('paidService', JSON.parse(doc) as RecordOf<'paidService'>));
}

/**
 * 0017's fill-in. A sales centre stored before the alliance's founding day was recorded is taken
 * to have been founded when its first salesperson started (the visit fund was then paid from each
 * salesperson's start), or on the day it was recorded when it has none. A dealer gets its plaque:
 * handed over on its admission day, taken back on its first counterfeit breach, if any.
 */
async function fillAllianceTimeRules(db: Kysely<unknown>): Promise<void> {
  const rows = async (table: string) =>
    (await sql<{ id: string; doc: string }>`select id, doc from ${sql.table(table)}`.execute(db)).rows;
  const write = (table: string, id: string, doc: object) =>
    sql`update ${sql.table(table)} set doc = ${JSON.stringify(doc)} where id = ${id}`.execute(db);
  const firstStart = new Map<string, string>();
  for (const row of await rows('salespeople')) {
    const s = JSON.parse(row.doc) as { centreId: string; startedOn: string };
    const known = firstStart.get(s.centreId);
    if (known === undefined || s.startedOn < known) firstStart.set(s.centreId, s.startedOn);
  }
  for (const row of await rows('sales_centres')) {
    const c = JSON.parse(row.doc) as { id: string; createdAt: string; foundedOn?: string };
    if (c.foundedOn !== undefined) continue;
    await write('sales_centres', row.id, { ...c, foundedOn: firstStart.get(c.id) ?? c.createdAt.slice(0, 10) });
  }
  for (const row of await rows('dealers')) {
    const d = JSON.parse(row.doc) as {
      admittedOn: string | null;
      violations: { kind: string; on: string }[];
      plaque?: unknown;
    };
    if (d.plaque !== undefined) continue;
    const found = d.violations
      .filter((v) => v.kind === 'counterfeit')
      .map((v) => v.on)
      .sort()[0];
    const withdrawnOn =
      d.admittedOn === null || found === undefined ? null : found < d.admittedOn ? d.admittedOn : found;
    await write('dealers', row.id, { ...d, plaque: { issuedOn: d.admittedOn, withdrawnOn } });
  }
}

/** The server's migrations, in order. */
export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};

/** The name of the newest migration this build knows. */
export const latestMigration: string = (() => {
  const newest = Object.keys(migrations).at(-1);
  if (newest === undefined) throw new Error('The server defines no migrations.');
  return newest;
})();
