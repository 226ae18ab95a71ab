import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import { Action } from './action.js';
import { assertCan, can } from './can.js';
import { AccessErrorCode } from './errors.js';
import { ResourceType } from './module.js';
import { Role, type Principal } from './principal.js';
import type { Resource } from './resource.js';

// Who may do what. `any`: on every resource of the type; `own`: only on resources carrying the
// principal's own branchId / merchantId / memberId (and a `list` of the whole collection, which
// is then filtered by listScope); `-`: never.
const MATRIX = `
  type          action  admin  branch  merchant  member  public
  member        read    any    own     -         own     -
  member        list    any    own     -         -       -
  member        create  any    own     -         -       -
  member        update  any    own     -         -       -
  member        delete  any    -       -         -       -
  member        decide  any    -       -         -       -
  member        act     any    -       -         -       -
  vehicle       read    any    own     -         -       -
  vehicle       list    any    own     -         -       -
  vehicle       create  any    own     -         -       -
  vehicle       update  any    own     -         -       -
  vehicle       delete  any    -       -         -       -
  vehicle       decide  any    -       -         -       -
  vehicle       act     any    -       -         -       -
  policy        read    any    own     -         -       -
  policy        list    any    own     -         -       -
  policy        create  any    own     -         -       -
  policy        update  any    own     -         -       -
  policy        delete  any    -       -         -       -
  policy        decide  any    -       -         -       -
  policy        act     any    -       -         -       -
  membership    read    any    own     -         own     -
  membership    list    any    own     -         -       -
  membership    create  any    own     -         -       -
  membership    update  any    own     -         -       -
  membership    delete  any    -       -         -       -
  membership    decide  any    -       -         -       -
  membership    act     any    -       -         -       -
  application   read    any    own     -         -       -
  application   list    any    own     -         -       -
  application   create  any    own     -         -       -
  application   update  any    own     -         -       -
  application   delete  any    -       -         -       -
  application   decide  any    -       -         -       -
  application   act     any    -       -         -       -
  card          read    any    -       -         own     -
  card          list    any    -       -         -       -
  card          create  any    -       -         -       -
  card          update  any    -       -         -       -
  card          delete  any    -       -         -       -
  card          decide  any    -       -         -       -
  card          act     any    -       -         -       -
  complaint     read    any    -       -         own     -
  complaint     list    any    -       -         own     -
  complaint     create  any    -       -         own     any
  complaint     update  any    -       -         -       -
  complaint     delete  any    -       -         -       -
  complaint     decide  any    -       -         -       -
  complaint     act     any    -       -         -       -
  repair        read    any    -       -         -       -
  repair        list    any    -       -         -       -
  repair        create  any    -       -         -       -
  repair        update  any    -       -         -       -
  repair        delete  any    -       -         -       -
  repair        decide  any    -       -         -       -
  repair        act     any    -       -         -       -
  paid-service  read    any    -       -         -       -
  paid-service  list    any    -       -         -       -
  paid-service  create  any    -       -         -       -
  paid-service  update  any    -       -         -       -
  paid-service  delete  any    -       -         -       -
  paid-service  decide  any    -       -         -       -
  paid-service  act     any    -       -         -       -
  procedure     read    any    -       -         -       -
  procedure     list    any    -       -         -       -
  procedure     create  any    -       -         -       -
  procedure     update  any    -       -         -       -
  procedure     delete  any    -       -         -       -
  procedure     decide  any    -       -         -       -
  procedure     act     any    -       -         -       -
  merchant      read    any    any     any       any     any
  merchant      list    any    any     any       any     any
  merchant      create  any    -       -         -       -
  merchant      update  any    -       own       -       -
  merchant      delete  any    -       -         -       -
  merchant      decide  any    -       -         -       -
  merchant      act     any    -       -         -       -
  offer         read    any    any     any       any     any
  offer         list    any    any     any       any     any
  offer         create  any    -       own       -       -
  offer         update  any    -       own       -       -
  offer         delete  any    -       own       -       -
  offer         decide  any    -       -         -       -
  offer         act     any    -       -         -       -
  stats         read    any    own     -         -       -
  stats         list    any    own     -         -       -
  stats         create  any    -       -         -       -
  stats         update  any    -       -         -       -
  stats         delete  any    -       -         -       -
  stats         decide  any    -       -         -       -
  stats         act     any    -       -         -       -
  api-key       read    any    -       -         -       -
  api-key       list    any    -       -         -       -
  api-key       create  any    -       -         -       -
  api-key       update  any    -       -         -       -
  api-key       delete  any    -       -         -       -
  api-key       decide  any    -       -         -       -
  api-key       act     any    -       -         -       -
  system        read    any    -       -         -       -
  system        list    any    -       -         -       -
  system        create  any    -       -         -       -
  system        update  any    -       -         -       -
  system        delete  any    -       -         -       -
  system        decide  any    -       -         -       -
  system        act     any    -       -         -       -
`;

type Cell = 'any' | 'own' | '-';
const [header = '', ...body] = MATRIX.trim()
  .split('\n')
  .map((line) => line.trim().split(/\s+/).join(' '));
const roles = header.split(' ').slice(2) as Role[];
const rows = body.map((line) => {
  const [type, action, ...cells] = line.split(' ') as [ResourceType, Action, ...Cell[]];
  return { type, action, cells };
});

const principals: Record<Role, Principal> = {
  admin: { role: 'admin' },
  branch: { role: 'branch', branchId: 'br_own' },
  merchant: { role: 'merchant', merchantId: 'mch_own' },
  member: { role: 'member', memberId: 'mbr_own' },
  public: { role: 'public' },
};
const own = (type: ResourceType): Resource => ({
  type,
  branchId: 'br_own',
  memberId: 'mbr_own',
  merchantId: 'mch_own',
});
const other = (type: ResourceType): Resource => ({
  type,
  branchId: 'br_other',
  memberId: 'mbr_other',
  merchantId: 'mch_other',
});
const bare = (type: ResourceType): Resource => ({ type });

const cases = rows.flatMap(({ type, action, cells }) =>
  roles.map((role, i) => ({ role, type, action, cell: cells[i] as Cell })),
);

describe('access matrix', () => {
  it('lists every role, resource type and action exactly once', () => {
    expect(roles).toEqual(Object.values(Role));
    const keys = cases.map((c) => `${c.role} ${c.type} ${c.action}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBe(
      Object.values(Role).length * Object.values(ResourceType).length * Object.values(Action).length,
    );
    expect(cases.every((c) => ['any', 'own', '-'].includes(c.cell))).toBe(true);
  });

  it.each(cases)('$role may $action $type: $cell', ({ role, type, action, cell }) => {
    const p = principals[role];
    expect(can(p, action, own(type))).toBe(cell !== '-');
    expect(can(p, action, other(type))).toBe(cell === 'any');
    expect(can(p, action, bare(type))).toBe(cell === 'any' || (cell === 'own' && action === 'list'));
  });

  it('has assertCan throw access/forbidden exactly where can refuses', () => {
    for (const { role, type, action } of cases) {
      for (const resource of [own(type), other(type), bare(type)]) {
        const allowed = can(principals[role], action, resource);
        let code: string | undefined;
        try {
          assertCan(principals[role], action, resource);
        } catch (e) {
          code = isClubError(e) ? e.code : 'not-a-club-error';
        }
        expect(code).toBe(allowed ? undefined : AccessErrorCode.forbidden);
      }
    }
  });
});
