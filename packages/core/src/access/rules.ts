import { Action } from './action.js';
import { Module, ResourceType, moduleOfOn } from './module.js';
import type { Principal, Role } from './principal.js';
import type { OwnerField, Resource } from './resource.js';

/** The owner fields a principal of role `R` carries (none for admin and public). */
type OwnerFieldOf<R extends Role> = Extract<keyof Extract<Principal, { role: R }>, OwnerField>;

/**
 * One permission: these actions on these resource types. With `where`, only on resources whose
 * `where` field equals the principal's own (its branch, member or merchant).
 */
export interface Grant<F extends OwnerField = OwnerField> {
  readonly types: readonly ResourceType[];
  readonly actions: readonly Action[];
  readonly where?: F;
  /**
   * With `where`: a principal that carries no value of its own for `where` is not limited by it
   * (a service desk staff member of every property rather than one).
   */
  readonly whereOptional?: boolean;
  /**
   * With `where`: a second, narrower owner field that also limits a principal carrying a value
   * for it (an alliance salesperson within their sales centre: their own counties' records).
   */
  readonly narrow?: F;
}

/** What one role may do. */
export interface RoleRules<R extends Role> {
  /** Whether the role works in the back office and so has a module menu. */
  readonly backOffice: boolean;
  readonly grants: readonly Grant<OwnerFieldOf<R>>[];
}

const ALL_TYPES: readonly ResourceType[] = Object.values(ResourceType);
const ALL_ACTIONS: readonly Action[] = Object.values(Action);
const typesIn = (module: Module): ResourceType[] => ALL_TYPES.filter((t) => moduleOfOn(t) === module);

/** Grants every principal holds: reading the public merchant directory, and the member handbook in force. */
export const EVERYONE: readonly Grant<never>[] = [
  { types: [ResourceType.merchant, ResourceType.offer], actions: [Action.read, Action.list] },
  // Every member is given the handbook with the card (A3 art.4); its rights and duties are public.
  { types: [ResourceType.handbook], actions: [Action.read] },
  // The club's service catalogue is public like the directory: members read it with the publishable key.
  { types: [ResourceType.clubService], actions: [Action.read, Action.list] },
];

/** The access rules of every role (SPEC "access", A2 §3). */
export const ACCESS_RULES: { readonly [R in Role]: RoleRules<R> } = {
  admin: {
    backOffice: true,
    grants: [{ types: ALL_TYPES, actions: ALL_ACTIONS }],
  },
  branch: {
    backOffice: true,
    grants: [
      // Member management for customers insured at the own branch.
      {
        types: typesIn(Module.members).filter((t) => t !== ResourceType.campaign),
        actions: [Action.read, Action.list, Action.create, Action.update],
        where: 'branchId',
      },
      // Deciding an application is member management too: the club's staff decide, the admin any
      // application, a branch operator those of its own branch (SPEC "access", decision).
      { types: [ResourceType.application], actions: [Action.decide], where: 'branchId' },
      // The club's campaigns, which a branch's applications name (A2 §1); the club sets them up.
      { types: [ResourceType.campaign], actions: [Action.read, Action.list] },
      // The partner's back end sells the VIP card to its own branch's members and confirms the payment.
      { types: [ResourceType.vipOrder], actions: [Action.act], where: 'branchId' },
      // "can search and produce statistics for those".
      { types: [ResourceType.stats], actions: [Action.read, Action.list], where: 'branchId' },
    ],
  },
  merchant: {
    backOffice: true,
    grants: [
      { types: [ResourceType.merchant], actions: [Action.read, Action.update], where: 'merchantId' },
      {
        types: [ResourceType.offer],
        actions: [Action.read, Action.list, Action.create, Action.update, Action.delete],
        where: 'merchantId',
      },
      // The counter checks member cards and records the discounts it gives.
      {
        types: [ResourceType.redemption],
        actions: [Action.read, Action.list, Action.create],
        where: 'merchantId',
      },
      // The counter records the catalogue services it gives members (A2 §3's merchant operator).
      {
        types: [ResourceType.serviceUse],
        actions: [Action.read, Action.list, Action.create],
        where: 'merchantId',
      },
    ],
  },
  desk: {
    backOffice: true,
    grants: [
      // The whole service desk (A4): complaints, repairs, paid services, return visits,
      // procedures and the unit archive, for its own property, or every property's.
      {
        types: [
          ResourceType.complaint,
          ResourceType.repair,
          ResourceType.paidService,
          ResourceType.visit,
          ResourceType.procedure,
          ResourceType.unit,
          // The front desk's shift hand-overs (A4 §3.9.1).
          ResourceType.handover,
          // Feedback surveys to the property's owners (A4 §3.3.5 3).
          ResourceType.survey,
        ],
        actions: [Action.read, Action.list, Action.create, Action.update, Action.act],
        where: 'propertyId',
        whereOptional: true,
      },
      {
        types: [ResourceType.deskStats],
        actions: [Action.read, Action.list],
        where: 'propertyId',
        whereOptional: true,
      },
      // The paid-service price list is the club's: every desk reads and quotes from it.
      { types: [ResourceType.servicePrice], actions: [Action.read, Action.list] },
    ],
  },
  alliance: {
    backOffice: true,
    grants: [
      // A sales centre runs its own alliance; a salesperson only the records of their own
      // counties (their dealers, their visit notes, their pay, their penalties).
      {
        types: [
          ...typesIn(Module.alliance).filter(
            (t) => t !== ResourceType.salesCentre && t !== ResourceType.assessmentSheet && t !== ResourceType.promotion,
          ),
          ResourceType.allianceStats,
        ],
        actions: [Action.read, Action.list, Action.create, Action.update, Action.act],
        where: 'centreId',
        narrow: 'salespersonId',
      },
      { types: [ResourceType.assessmentSheet], actions: [Action.create], where: 'centreId', narrow: 'salespersonId' },
      // A centre's member-only promotions are its staff's to run and pay (a record without a salesperson).
      {
        types: [ResourceType.promotion],
        actions: [Action.create, Action.update, Action.act],
        where: 'centreId',
        narrow: 'salespersonId',
      },
      // The club opens sales centres; a centre's staff and salespeople read their own. The
      // centre's assessment sheet is read by its salespeople too, who score on it; only the
      // centre's own staff publish a version (a record without a salesperson, as above).
      {
        // Its member-only promotions too: a salesperson reads them to enrol their own dealers.
        types: [ResourceType.salesCentre, ResourceType.assessmentSheet, ResourceType.promotion],
        actions: [Action.read, Action.list],
        where: 'centreId',
      },
      // Its salespeople know whom the alliance buys from; only the centre's staff replace it.
      { types: [ResourceType.primaryDealer], actions: [Action.read, Action.list], where: 'centreId' },
    ],
  },
  member: {
    backOffice: false,
    grants: [
      {
        types: [ResourceType.member, ResourceType.membership, ResourceType.card],
        actions: [Action.read],
        where: 'memberId',
      },
      {
        types: [ResourceType.complaint],
        actions: [Action.create, Action.read, Action.list],
        where: 'memberId',
      },
      // Buying the VIP card for oneself, and seeing what it has saved.
      { types: [ResourceType.vipOrder], actions: [Action.create, Action.read], where: 'memberId' },
      { types: [ResourceType.redemption], actions: [Action.read, Action.list], where: 'memberId' },
      // The club's activities and group buying (A5 §4.2 2–3): every member reads them, and takes
      // and cancels their own seat.
      { types: [ResourceType.activity], actions: [Action.read, Action.list] },
      {
        types: [ResourceType.activitySignUp],
        actions: [Action.create, Action.read, Action.list, Action.act],
        where: 'memberId',
      },
      // The services they have used (A3 art.7: to know the content of the club's services).
      { types: [ResourceType.serviceUse], actions: [Action.read, Action.list], where: 'memberId' },
    ],
  },
  public: {
    backOffice: false,
    grants: [{ types: [ResourceType.complaint], actions: [Action.create] }],
  },
};

/** Every grant a principal holds: its role's own, then the ones everyone holds. */
export function grantsOf(principal: Principal): readonly Grant[] {
  // A role these rules do not know (a newer server's) holds only what everyone holds.
  const rules: Partial<typeof ACCESS_RULES> = ACCESS_RULES;
  return [...(rules[principal.role]?.grants ?? []), ...EVERYONE];
}

/** The grants of `principal` covering `action` on resources of `type`. */
export function grantsFor(principal: Principal, action: Action, type: ResourceType): Grant[] {
  return grantsOf(principal).filter((g) => g.types.includes(type) && g.actions.includes(action));
}

/** The principal's own value of an owner field, e.g. a branch operator's `branchId`. */
export function ownValue(principal: Principal, field: OwnerField): string | undefined {
  return (principal as Partial<Record<OwnerField, string>>)[field];
}

/** Whether `grant` covers `resource` for `principal` (the type and action already match). */
export function grantCovers(grant: Grant, principal: Principal, action: Action, resource: Resource): boolean {
  if (grant.where === undefined) return true;
  const own = ownValue(principal, grant.where);
  if (own === undefined && grant.whereOptional === true) return true;
  if (!ownerMatches(grant.where, own, action, resource)) return false;
  const narrowOwn = grant.narrow && ownValue(principal, grant.narrow);
  return (
    grant.narrow === undefined || narrowOwn === undefined || ownerMatches(grant.narrow, narrowOwn, action, resource)
  );
}

function ownerMatches(field: OwnerField, own: string | undefined, action: Action, resource: Resource): boolean {
  const theirs = resource[field];
  // A list without an owner is the collection; the query is then filtered by listScope.
  if (theirs === undefined) return action === Action.list;
  return own !== undefined && theirs === own;
}

/**
 * The owner field and value that limit `principal` under `grant`, or undefined when it is not
 * limited (no `where`, or an optional one the principal carries no value for), or null when the
 * principal lacks the value the grant needs (it then sees nothing).
 */
export function grantScope(
  grant: Grant,
  principal: Principal,
): { field: OwnerField; value: string } | undefined | null {
  if (grant.where === undefined) return undefined;
  const narrowOwn = grant.narrow && ownValue(principal, grant.narrow);
  if (grant.narrow && narrowOwn !== undefined) return { field: grant.narrow, value: narrowOwn };
  const own = ownValue(principal, grant.where);
  if (own !== undefined) return { field: grant.where, value: own };
  return grant.whereOptional === true ? undefined : null;
}
