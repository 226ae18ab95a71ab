import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import { Action } from './action.js';
import { assertCan, can, canOn } from './can.js';
import { AccessErrorCode } from './errors.js';
import { ResourceType } from './module.js';
import { Role, type Principal } from './principal.js';
import type { Resource } from './resource.js';
import { EVERYONE } from './rules.js';

// Who may do what. `any`: on every resource of the type; `own`: only on resources carrying the
// principal's own branchId / merchantId / memberId / propertyId (a desk of one property) /
// centreId and salespersonId (an alliance salesperson), and a `list` of the whole collection,
// which is then filtered by listScope; `-`: never.
const MATRIX = `
  type              action  admin  branch  merchant  desk  alliance  member  public
  member            read    any    own     -         -     -         own     -
  member            list    any    own     -         -     -         -       -
  member            create  any    own     -         -     -         -       -
  member            update  any    own     -         -     -         -       -
  member            delete  any    -       -         -     -         -       -
  member            decide  any    -       -         -     -         -       -
  member            act     any    -       -         -     -         -       -
  vehicle           read    any    own     -         -     -         -       -
  vehicle           list    any    own     -         -     -         -       -
  vehicle           create  any    own     -         -     -         -       -
  vehicle           update  any    own     -         -     -         -       -
  vehicle           delete  any    -       -         -     -         -       -
  vehicle           decide  any    -       -         -     -         -       -
  vehicle           act     any    -       -         -     -         -       -
  policy            read    any    own     -         -     -         -       -
  policy            list    any    own     -         -     -         -       -
  policy            create  any    own     -         -     -         -       -
  policy            update  any    own     -         -     -         -       -
  policy            delete  any    -       -         -     -         -       -
  policy            decide  any    -       -         -     -         -       -
  policy            act     any    -       -         -     -         -       -
  membership        read    any    own     -         -     -         own     -
  membership        list    any    own     -         -     -         -       -
  membership        create  any    own     -         -     -         -       -
  membership        update  any    own     -         -     -         -       -
  membership        delete  any    -       -         -     -         -       -
  membership        decide  any    -       -         -     -         -       -
  membership        act     any    -       -         -     -         -       -
  application       read    any    own     -         -     -         -       -
  application       list    any    own     -         -     -         -       -
  application       create  any    own     -         -     -         -       -
  application       update  any    own     -         -     -         -       -
  application       delete  any    -       -         -     -         -       -
  application       decide  any    own     -         -     -         -       -
  application       act     any    -       -         -     -         -       -
  campaign          read    any    any     -         -     -         -       -
  campaign          list    any    any     -         -     -         -       -
  campaign          create  any    -       -         -     -         -       -
  campaign          update  any    -       -         -     -         -       -
  campaign          delete  any    -       -         -     -         -       -
  campaign          decide  any    -       -         -     -         -       -
  campaign          act     any    -       -         -     -         -       -
  card              read    any    -       -         -     -         own     -
  card              list    any    -       -         -     -         -       -
  card              create  any    -       -         -     -         -       -
  card              update  any    -       -         -     -         -       -
  card              delete  any    -       -         -     -         -       -
  card              decide  any    -       -         -     -         -       -
  card              act     any    -       -         -     -         -       -
  handbook          read    any    any     any       any   any       any     any
  handbook          list    any    -       -         -     -         -       -
  handbook          create  any    -       -         -     -         -       -
  handbook          update  any    -       -         -     -         -       -
  handbook          delete  any    -       -         -     -         -       -
  handbook          decide  any    -       -         -     -         -       -
  handbook          act     any    -       -         -     -         -       -
  vip-order         read    any    own     -         -     -         own     -
  vip-order         list    any    own     -         -     -         -       -
  vip-order         create  any    own     -         -     -         own     -
  vip-order         update  any    own     -         -     -         -       -
  vip-order         delete  any    -       -         -     -         -       -
  vip-order         decide  any    -       -         -     -         -       -
  vip-order         act     any    own     -         -     -         -       -
  complaint         read    any    -       -         own   -         own     -
  complaint         list    any    -       -         own   -         own     -
  complaint         create  any    -       -         own   -         own     any
  complaint         update  any    -       -         own   -         -       -
  complaint         delete  any    -       -         -     -         -       -
  complaint         decide  any    -       -         -     -         -       -
  complaint         act     any    -       -         own   -         -       -
  repair            read    any    -       -         own   -         -       -
  repair            list    any    -       -         own   -         -       -
  repair            create  any    -       -         own   -         -       -
  repair            update  any    -       -         own   -         -       -
  repair            delete  any    -       -         -     -         -       -
  repair            decide  any    -       -         -     -         -       -
  repair            act     any    -       -         own   -         -       -
  paid-service      read    any    -       -         own   -         -       -
  paid-service      list    any    -       -         own   -         -       -
  paid-service      create  any    -       -         own   -         -       -
  paid-service      update  any    -       -         own   -         -       -
  paid-service      delete  any    -       -         -     -         -       -
  paid-service      decide  any    -       -         -     -         -       -
  paid-service      act     any    -       -         own   -         -       -
  procedure         read    any    -       -         own   -         -       -
  procedure         list    any    -       -         own   -         -       -
  procedure         create  any    -       -         own   -         -       -
  procedure         update  any    -       -         own   -         -       -
  procedure         delete  any    -       -         -     -         -       -
  procedure         decide  any    -       -         -     -         -       -
  procedure         act     any    -       -         own   -         -       -
  visit             read    any    -       -         own   -         -       -
  visit             list    any    -       -         own   -         -       -
  visit             create  any    -       -         own   -         -       -
  visit             update  any    -       -         own   -         -       -
  visit             delete  any    -       -         -     -         -       -
  visit             decide  any    -       -         -     -         -       -
  visit             act     any    -       -         own   -         -       -
  unit              read    any    -       -         own   -         -       -
  unit              list    any    -       -         own   -         -       -
  unit              create  any    -       -         own   -         -       -
  unit              update  any    -       -         own   -         -       -
  unit              delete  any    -       -         -     -         -       -
  unit              decide  any    -       -         -     -         -       -
  unit              act     any    -       -         own   -         -       -
  service-price     read    any    -       -         any   -         -       -
  service-price     list    any    -       -         any   -         -       -
  service-price     create  any    -       -         -     -         -       -
  service-price     update  any    -       -         -     -         -       -
  service-price     delete  any    -       -         -     -         -       -
  service-price     decide  any    -       -         -     -         -       -
  service-price     act     any    -       -         -     -         -       -
  handover          read    any    -       -         own   -         -       -
  handover          list    any    -       -         own   -         -       -
  handover          create  any    -       -         own   -         -       -
  handover          update  any    -       -         own   -         -       -
  handover          delete  any    -       -         -     -         -       -
  handover          decide  any    -       -         -     -         -       -
  handover          act     any    -       -         own   -         -       -
  survey            read    any    -       -         own   -         -       -
  survey            list    any    -       -         own   -         -       -
  survey            create  any    -       -         own   -         -       -
  survey            update  any    -       -         own   -         -       -
  survey            delete  any    -       -         -     -         -       -
  survey            decide  any    -       -         -     -         -       -
  survey            act     any    -       -         own   -         -       -
  merchant          read    any    any     any       any   any       any     any
  merchant          list    any    any     any       any   any       any     any
  merchant          create  any    -       -         -     -         -       -
  merchant          update  any    -       own       -     -         -       -
  merchant          delete  any    -       -         -     -         -       -
  merchant          decide  any    -       -         -     -         -       -
  merchant          act     any    -       -         -     -         -       -
  offer             read    any    any     any       any   any       any     any
  offer             list    any    any     any       any   any       any     any
  offer             create  any    -       own       -     -         -       -
  offer             update  any    -       own       -     -         -       -
  offer             delete  any    -       own       -     -         -       -
  offer             decide  any    -       -         -     -         -       -
  offer             act     any    -       -         -     -         -       -
  redemption        read    any    -       own       -     -         own     -
  redemption        list    any    -       own       -     -         own     -
  redemption        create  any    -       own       -     -         -       -
  redemption        update  any    -       -         -     -         -       -
  redemption        delete  any    -       -         -     -         -       -
  redemption        decide  any    -       -         -     -         -       -
  redemption        act     any    -       -         -     -         -       -
  activity          read    any    -       -         -     -         any     -
  activity          list    any    -       -         -     -         any     -
  activity          create  any    -       -         -     -         -       -
  activity          update  any    -       -         -     -         -       -
  activity          delete  any    -       -         -     -         -       -
  activity          decide  any    -       -         -     -         -       -
  activity          act     any    -       -         -     -         -       -
  activity-sign-up  read    any    -       -         -     -         own     -
  activity-sign-up  list    any    -       -         -     -         own     -
  activity-sign-up  create  any    -       -         -     -         own     -
  activity-sign-up  update  any    -       -         -     -         -       -
  activity-sign-up  delete  any    -       -         -     -         -       -
  activity-sign-up  decide  any    -       -         -     -         -       -
  activity-sign-up  act     any    -       -         -     -         own     -
  ad-income         read    any    -       -         -     -         -       -
  ad-income         list    any    -       -         -     -         -       -
  ad-income         create  any    -       -         -     -         -       -
  ad-income         update  any    -       -         -     -         -       -
  ad-income         delete  any    -       -         -     -         -       -
  ad-income         decide  any    -       -         -     -         -       -
  ad-income         act     any    -       -         -     -         -       -
  club-service      read    any    any     any       any   any       any     any
  club-service      list    any    any     any       any   any       any     any
  club-service      create  any    -       -         -     -         -       -
  club-service      update  any    -       -         -     -         -       -
  club-service      delete  any    -       -         -     -         -       -
  club-service      decide  any    -       -         -     -         -       -
  club-service      act     any    -       -         -     -         -       -
  service-use       read    any    -       own       -     -         own     -
  service-use       list    any    -       own       -     -         own     -
  service-use       create  any    -       own       -     -         -       -
  service-use       update  any    -       -         -     -         -       -
  service-use       delete  any    -       -         -     -         -       -
  service-use       decide  any    -       -         -     -         -       -
  service-use       act     any    -       -         -     -         -       -
  stats             read    any    own     -         -     -         -       -
  stats             list    any    own     -         -     -         -       -
  stats             create  any    -       -         -     -         -       -
  stats             update  any    -       -         -     -         -       -
  stats             delete  any    -       -         -     -         -       -
  stats             decide  any    -       -         -     -         -       -
  stats             act     any    -       -         -     -         -       -
  merchant-stats    read    any    -       -         -     -         -       -
  merchant-stats    list    any    -       -         -     -         -       -
  merchant-stats    create  any    -       -         -     -         -       -
  merchant-stats    update  any    -       -         -     -         -       -
  merchant-stats    delete  any    -       -         -     -         -       -
  merchant-stats    decide  any    -       -         -     -         -       -
  merchant-stats    act     any    -       -         -     -         -       -
  desk-stats        read    any    -       -         own   -         -       -
  desk-stats        list    any    -       -         own   -         -       -
  desk-stats        create  any    -       -         -     -         -       -
  desk-stats        update  any    -       -         -     -         -       -
  desk-stats        delete  any    -       -         -     -         -       -
  desk-stats        decide  any    -       -         -     -         -       -
  desk-stats        act     any    -       -         -     -         -       -
  alliance-stats    read    any    -       -         -     own       -       -
  alliance-stats    list    any    -       -         -     own       -       -
  alliance-stats    create  any    -       -         -     own       -       -
  alliance-stats    update  any    -       -         -     own       -       -
  alliance-stats    delete  any    -       -         -     -         -       -
  alliance-stats    decide  any    -       -         -     -         -       -
  alliance-stats    act     any    -       -         -     own       -       -
  branch            read    any    -       -         -     -         -       -
  branch            list    any    -       -         -     -         -       -
  branch            create  any    -       -         -     -         -       -
  branch            update  any    -       -         -     -         -       -
  branch            delete  any    -       -         -     -         -       -
  branch            decide  any    -       -         -     -         -       -
  branch            act     any    -       -         -     -         -       -
  staff             read    any    -       -         -     -         -       -
  staff             list    any    -       -         -     -         -       -
  staff             create  any    -       -         -     -         -       -
  staff             update  any    -       -         -     -         -       -
  staff             delete  any    -       -         -     -         -       -
  staff             decide  any    -       -         -     -         -       -
  staff             act     any    -       -         -     -         -       -
  api-key           read    any    -       -         -     -         -       -
  api-key           list    any    -       -         -     -         -       -
  api-key           create  any    -       -         -     -         -       -
  api-key           update  any    -       -         -     -         -       -
  api-key           delete  any    -       -         -     -         -       -
  api-key           decide  any    -       -         -     -         -       -
  api-key           act     any    -       -         -     -         -       -
  audit             read    any    -       -         -     -         -       -
  audit             list    any    -       -         -     -         -       -
  audit             create  any    -       -         -     -         -       -
  audit             update  any    -       -         -     -         -       -
  audit             delete  any    -       -         -     -         -       -
  audit             decide  any    -       -         -     -         -       -
  audit             act     any    -       -         -     -         -       -
  system            read    any    -       -         -     -         -       -
  system            list    any    -       -         -     -         -       -
  system            create  any    -       -         -     -         -       -
  system            update  any    -       -         -     -         -       -
  system            delete  any    -       -         -     -         -       -
  system            decide  any    -       -         -     -         -       -
  system            act     any    -       -         -     -         -       -
  sales-centre      read    any    -       -         -     own       -       -
  sales-centre      list    any    -       -         -     own       -       -
  sales-centre      create  any    -       -         -     -         -       -
  sales-centre      update  any    -       -         -     -         -       -
  sales-centre      delete  any    -       -         -     -         -       -
  sales-centre      decide  any    -       -         -     -         -       -
  sales-centre      act     any    -       -         -     -         -       -
  county            read    any    -       -         -     own       -       -
  county            list    any    -       -         -     own       -       -
  county            create  any    -       -         -     own       -       -
  county            update  any    -       -         -     own       -       -
  county            delete  any    -       -         -     -         -       -
  county            decide  any    -       -         -     -         -       -
  county            act     any    -       -         -     own       -       -
  dealer            read    any    -       -         -     own       -       -
  dealer            list    any    -       -         -     own       -       -
  dealer            create  any    -       -         -     own       -       -
  dealer            update  any    -       -         -     own       -       -
  dealer            delete  any    -       -         -     -         -       -
  dealer            decide  any    -       -         -     -         -       -
  dealer            act     any    -       -         -     own       -       -
  salesperson       read    any    -       -         -     own       -       -
  salesperson       list    any    -       -         -     own       -       -
  salesperson       create  any    -       -         -     own       -       -
  salesperson       update  any    -       -         -     own       -       -
  salesperson       delete  any    -       -         -     -         -       -
  salesperson       decide  any    -       -         -     -         -       -
  salesperson       act     any    -       -         -     own       -       -
  visit-note        read    any    -       -         -     own       -       -
  visit-note        list    any    -       -         -     own       -       -
  visit-note        create  any    -       -         -     own       -       -
  visit-note        update  any    -       -         -     own       -       -
  visit-note        delete  any    -       -         -     -         -       -
  visit-note        decide  any    -       -         -     -         -       -
  visit-note        act     any    -       -         -     own       -       -
  alliance-penalty  read    any    -       -         -     own       -       -
  alliance-penalty  list    any    -       -         -     own       -       -
  alliance-penalty  create  any    -       -         -     own       -       -
  alliance-penalty  update  any    -       -         -     own       -       -
  alliance-penalty  delete  any    -       -         -     -         -       -
  alliance-penalty  decide  any    -       -         -     -         -       -
  alliance-penalty  act     any    -       -         -     own       -       -
  alliance-budget   read    any    -       -         -     own       -       -
  alliance-budget   list    any    -       -         -     own       -       -
  alliance-budget   create  any    -       -         -     own       -       -
  alliance-budget   update  any    -       -         -     own       -       -
  alliance-budget   delete  any    -       -         -     -         -       -
  alliance-budget   decide  any    -       -         -     -         -       -
  alliance-budget   act     any    -       -         -     own       -       -
  assessment-sheet  read    any    -       -         -     own       -       -
  assessment-sheet  list    any    -       -         -     own       -       -
  assessment-sheet  create  any    -       -         -     own       -       -
  assessment-sheet  update  any    -       -         -     -         -       -
  assessment-sheet  delete  any    -       -         -     -         -       -
  assessment-sheet  decide  any    -       -         -     -         -       -
  assessment-sheet  act     any    -       -         -     -         -       -
  alliance-assessment read    any    -       -         -     own       -       -
  alliance-assessment list    any    -       -         -     own       -       -
  alliance-assessment create  any    -       -         -     own       -       -
  alliance-assessment update  any    -       -         -     own       -       -
  alliance-assessment delete  any    -       -         -     -         -       -
  alliance-assessment decide  any    -       -         -     -         -       -
  alliance-assessment act     any    -       -         -     own       -       -
  reward-fund       read    any    -       -         -     own       -       -
  reward-fund       list    any    -       -         -     own       -       -
  reward-fund       create  any    -       -         -     own       -       -
  reward-fund       update  any    -       -         -     own       -       -
  reward-fund       delete  any    -       -         -     -         -       -
  reward-fund       decide  any    -       -         -     -         -       -
  reward-fund       act     any    -       -         -     own       -       -
  secondary-list    read    any    -       -         -     own       -       -
  secondary-list    list    any    -       -         -     own       -       -
  secondary-list    create  any    -       -         -     own       -       -
  secondary-list    update  any    -       -         -     own       -       -
  secondary-list    delete  any    -       -         -     -         -       -
  secondary-list    decide  any    -       -         -     -         -       -
  secondary-list    act     any    -       -         -     own       -       -
  primary-dealer    read    any    -       -         -     own       -       -
  primary-dealer    list    any    -       -         -     own       -       -
  primary-dealer    create  any    -       -         -     own       -       -
  primary-dealer    update  any    -       -         -     own       -       -
  primary-dealer    delete  any    -       -         -     -         -       -
  primary-dealer    decide  any    -       -         -     -         -       -
  primary-dealer    act     any    -       -         -     own       -       -
  promotion         read    any    -       -         -     own       -       -
  promotion         list    any    -       -         -     own       -       -
  promotion         create  any    -       -         -     own       -       -
  promotion         update  any    -       -         -     own       -       -
  promotion         delete  any    -       -         -     -         -       -
  promotion         decide  any    -       -         -     -         -       -
  promotion         act     any    -       -         -     own       -       -
  promotion-enrolment read  any    -       -         -     own       -       -
  promotion-enrolment list  any    -       -         -     own       -       -
  promotion-enrolment create any   -       -         -     own       -       -
  promotion-enrolment update any   -       -         -     own       -       -
  promotion-enrolment delete any   -       -         -     -         -       -
  promotion-enrolment decide any   -       -         -     -         -       -
  promotion-enrolment act   any    -       -         -     own       -       -
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
  desk: { role: 'desk', propertyId: 'prp_own' },
  alliance: { role: 'alliance', centreId: 'ctr_own', salespersonId: 'slp_own' },
  member: { role: 'member', memberId: 'mbr_own' },
  public: { role: 'public' },
};
const own = (type: ResourceType): Resource => ({
  type,
  branchId: 'br_own',
  memberId: 'mbr_own',
  merchantId: 'mch_own',
  propertyId: 'prp_own',
  centreId: 'ctr_own',
  salespersonId: 'slp_own',
});
const other = (type: ResourceType): Resource => ({
  type,
  branchId: 'br_other',
  memberId: 'mbr_other',
  merchantId: 'mch_other',
  propertyId: 'prp_other',
  centreId: 'ctr_other',
  salespersonId: 'slp_other',
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

  it('has canOn, the rules without the input checks, answer as can for every cell', () => {
    for (const { role, type, action } of cases) {
      for (const resource of [own(type), other(type), bare(type)]) {
        expect(canOn(principals[role], action, resource), `${role} ${action} ${type}`).toBe(
          can(principals[role], action, resource),
        );
      }
    }
  });

  it('has canOn give a role the rules do not know (a newer server’s) only what everyone may, where can refuses it as input', () => {
    const stranger = { role: 'auditor' } as unknown as Principal;
    for (const { type, action } of cases) {
      const everyone = EVERYONE.some((g) => g.types.includes(type) && g.actions.includes(action));
      expect(canOn(stranger, action, bare(type)), `${action} ${type}`).toBe(everyone);
    }
    expect(canOn(stranger, 'read', { type: 'merchant' })).toBe(true);
    expect(canOn(stranger, 'list', { type: 'member' })).toBe(false);
    expect(() => can(stranger, 'read', { type: 'merchant' })).toThrow(/role/i);
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

  it('lets a desk of every property act on every property’s records, and a sales centre on all its salespeople’s', () => {
    const allDesks: Principal = { role: 'desk' };
    const centre: Principal = { role: 'alliance', centreId: 'ctr_own' };
    for (const { role, type, action, cell } of cases) {
      if (role === 'desk') {
        expect(can(allDesks, action, other(type)), `${type} ${action}`).toBe(cell !== '-');
      }
      if (role === 'alliance') {
        expect(can(centre, action, { ...other(type), centreId: 'ctr_own' }), `${type} ${action}`).toBe(cell !== '-');
        expect(can(centre, action, other(type)), `${type} ${action}`).toBe(cell === 'any');
      }
    }
  });

  it('keeps a salesperson to their own counties inside their own sales centre', () => {
    const salesperson: Principal = { role: 'alliance', centreId: 'ctr_own', salespersonId: 'slp_own' };
    const dealer = (centreId: string, salespersonId?: string): Resource => ({
      type: 'dealer',
      centreId,
      ...(salespersonId ? { salespersonId } : {}),
    });
    expect(can(salesperson, 'update', dealer('ctr_own', 'slp_own'))).toBe(true);
    expect(can(salesperson, 'update', dealer('ctr_own', 'slp_other'))).toBe(false);
    expect(can(salesperson, 'read', dealer('ctr_own'))).toBe(false);
    expect(can(salesperson, 'read', dealer('ctr_other', 'slp_own'))).toBe(false);
  });

  it('lets a salesperson read their centre’s assessment sheet but only the centre’s staff publish one', () => {
    const salesperson: Principal = { role: 'alliance', centreId: 'ctr_own', salespersonId: 'slp_own' };
    const centre: Principal = { role: 'alliance', centreId: 'ctr_own' };
    const sheet: Resource = { type: 'assessment-sheet', centreId: 'ctr_own' };
    expect(can(salesperson, 'read', sheet)).toBe(true);
    expect(can(salesperson, 'create', sheet)).toBe(false);
    expect(can(centre, 'create', sheet)).toBe(true);
    expect(can(salesperson, 'read', { ...sheet, centreId: 'ctr_other' })).toBe(false);
  });

  it('lets a salesperson read whom their alliance buys from but only the centre’s staff replace the primary dealer', () => {
    const salesperson: Principal = { role: 'alliance', centreId: 'ctr_own', salespersonId: 'slp_own' };
    const centre: Principal = { role: 'alliance', centreId: 'ctr_own' };
    const primary: Resource = { type: 'primary-dealer', centreId: 'ctr_own' };
    expect(can(salesperson, 'read', primary)).toBe(true);
    expect(can(salesperson, 'update', primary)).toBe(false);
    expect(can(centre, 'update', primary)).toBe(true);
    expect(can(centre, 'update', { ...primary, centreId: 'ctr_other' })).toBe(false);
    expect(can(salesperson, 'read', { ...primary, centreId: 'ctr_other' })).toBe(false);
  });
});
