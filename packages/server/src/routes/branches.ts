import { entityId, IdPrefix } from '@clubkit/core';
import { Branch, BranchPatch, NewBranch, Page } from '@clubkit/core/api';
import * as z from 'zod/mini';
import { OPERATOR_CREDENTIALS } from '../http/env.js';
import { newId } from '../http/ids.js';
import { defineRoute } from '../http/route.js';
import { insertRecord, updateRecord } from '../store/records.js';
import { authorize, keysetList, loadAuthorized, pageQuery } from './common.js';

const branchId = z.object({ id: entityId(IdPrefix.branch) });

/** The club's branches (A2 §3 system management): the admin opens and renames them. */
export const branchRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/branches',
    operationId: 'listBranches',
    summary: "Lists the club's branches in id order (admin).",
    tag: 'branches',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'list', type: 'branch' },
    query: z.object(pageQuery),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'A page of branches', schema: Page(Branch) } },
    async handler({ principal, db, query }) {
      authorize(principal, 'list', { type: 'branch' });
      return { status: 200, body: await keysetList<Branch>(db.selectFrom('branches').select(['id', 'doc']), query) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/branches',
    operationId: 'createBranch',
    summary: 'Opens a branch; the server mints its id (`br_…`) (admin).',
    tag: 'branches',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'create', type: 'branch' },
    body: NewBranch,
    errors: ['access/forbidden'],
    responses: { 201: { description: 'The branch', schema: Branch } },
    async handler({ principal, db, body, now }) {
      authorize(principal, 'create', { type: 'branch' });
      const branch: Branch = { id: newId(IdPrefix.branch, now), name: body.name, region: body.region };
      await insertRecord(db, 'branch', branch);
      return { status: 201, body: branch };
    },
  }),
  defineRoute({
    method: 'patch',
    path: '/v1/branches/:id',
    operationId: 'updateBranch',
    summary: 'Renames a branch or moves it to another region; its id, members and keys stay (admin).',
    tag: 'branches',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'update', type: 'branch' },
    params: branchId,
    body: BranchPatch,
    errors: ['not-found', 'access/forbidden'],
    responses: { 200: { description: 'The branch as changed', schema: Branch } },
    async handler({ principal, db, params, body, services }) {
      const before = await loadAuthorized(db, principal, 'update', 'branch', params.id, {
        type: 'branch',
        forUpdate: services.engine,
      });
      const branch: Branch = {
        ...before,
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.region !== undefined ? { region: body.region } : {}),
      };
      await updateRecord(db, 'branch', branch);
      return { status: 200, body: branch };
    },
  }),
];
