import { addDays, entityId, IdPrefix, IsoDate, startOfDayInZone } from '@clubkit/core';
import { assertCan } from '@clubkit/core/access';
import { Page } from '@clubkit/core/api';
import { ApplicationStatus, Campaign, CampaignReport, NewCampaign, type CampaignTally } from '@clubkit/core/membership';
import { sql } from 'kysely';
import * as z from 'zod/mini';
import { OPERATOR_CREDENTIALS } from '../http/env.js';
import { HttpProblem } from '../http/problem.js';
import { newId } from '../http/ids.js';
import { defineRoute } from '../http/route.js';
import { docs, getRecord, insertRecord } from '../store/records.js';
import { authorize, keysetList, listFilter, notFound, pageQuery } from './common.js';

const campaignId = z.object({ id: entityId(IdPrefix.campaign) });

/** The club's marketing campaigns (A2 §1) and the campaign report. */
export const campaignRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/campaigns',
    operationId: 'createCampaign',
    summary: 'Sets up a marketing campaign: its name and the days it runs, both included (admin).',
    tag: 'campaigns',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'create', type: 'campaign' },
    body: NewCampaign,
    errors: ['access/forbidden'],
    responses: { 201: { description: 'The campaign', schema: Campaign } },
    async handler({ body, principal, db, now }) {
      authorize(principal, 'create', { type: 'campaign' });
      const campaign: Campaign = { id: newId(IdPrefix.campaign, now), ...body };
      await insertRecord(db, 'campaign', campaign);
      return { status: 201, body: campaign };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/campaigns',
    operationId: 'listCampaigns',
    summary:
      'The campaigns, oldest set up first; `runningOn` keeps those that run on a day (what an application may name).',
    tag: 'campaigns',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'list', type: 'campaign' },
    query: z.object({ runningOn: z.optional(IsoDate), ...pageQuery }),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'A page of campaigns', schema: Page(Campaign) } },
    async handler({ principal, db, query }) {
      authorize(principal, 'list', { type: 'campaign' });
      let q = db.selectFrom('campaigns').select(['id', 'doc']);
      if (query.runningOn) q = q.where('starts_on', '<=', query.runningOn).where('ends_on', '>=', query.runningOn);
      return { status: 200, body: await keysetList<Campaign>(q, query) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/campaigns/:id',
    operationId: 'getCampaign',
    summary: 'One campaign.',
    tag: 'campaigns',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'read', type: 'campaign' },
    params: campaignId,
    errors: ['not-found', 'access/forbidden'],
    responses: { 200: { description: 'The campaign', schema: Campaign } },
    async handler({ principal, db, params }) {
      authorize(principal, 'read', { type: 'campaign' });
      const campaign = await getRecord(db, 'campaign', params.id);
      if (!campaign) throw notFound('campaign', params.id);
      return { status: 200, body: campaign };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/stats/campaigns',
    operationId: 'getCampaignStats',
    summary:
      'Applications per campaign as of a day (A2’s 截止到; by default today): those submitted by the end of that day, and of them those approved and rejected by then, for every campaign that had started (a branch operator: its own branch’s applications). Core’s `campaignSentence` writes the club report’s sentence from it.',
    tag: 'stats',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'read', type: 'stats' },
    query: z.object({ asOf: z.optional(IsoDate) }),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'The campaign report', schema: CampaignReport } },
    async handler({ principal, db, query, today, services }) {
      const branchId = listFilter(principal, 'stats', 'branchId');
      if (branchId === null) throw new HttpProblem(403, 'access/forbidden', 'No statistics for this caller.');
      assertCan(principal, 'read', { type: 'stats', ...(branchId ? { branchId } : {}) });
      const asOf = query.asOf ?? today;
      const end = startOfDayInZone(addDays(asOf, 1), services.timeZone).toISOString();
      const started = docs<Campaign>(
        await db.selectFrom('campaigns').select('doc').where('starts_on', '<=', asOf).orderBy('id').execute(),
      );
      const decidedBy = (status: string) =>
        sql<
          number | string | null
        >`coalesce(sum(case when status = ${status} and decided_at < ${end} then 1 else 0 end), 0)`;
      const rows = await db
        .selectFrom('applications')
        .select([
          'campaign_id',
          (eb) => eb.fn.countAll<number | string>().as('submitted'),
          decidedBy(ApplicationStatus.approved).as('approved'),
          decidedBy(ApplicationStatus.rejected).as('rejected'),
        ])
        .where('campaign_id', 'is not', null)
        .where('submitted_at', '<', end)
        .$if(branchId !== undefined, (q) => q.where('branch_id', '=', branchId ?? ''))
        .groupBy('campaign_id')
        .execute();
      const byCampaign = new Map(rows.map((row) => [row.campaign_id, row]));
      const campaigns: CampaignTally[] = started.map((campaign) => {
        const row = byCampaign.get(campaign.id);
        return {
          campaign,
          submitted: Number(row?.submitted ?? 0),
          approved: Number(row?.approved ?? 0),
          rejected: Number(row?.rejected ?? 0),
        };
      });
      return { status: 200, body: { asOf, campaigns } };
    },
  }),
];
