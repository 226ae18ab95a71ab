import * as z from 'zod/mini';
import { IsoDate } from '../shared/dates.js';
import { entityId, IdPrefix } from '../shared/ids.js';
import { notBefore } from './checks.js';
import { Plate } from './plate.js';

/** An insurance policy number as the insurer prints it: 1 to 40 characters. @internal */
export const PolicyNumber = z.string().check(z.minLength(1), z.maxLength(40));

/** The insurance policy that backs a membership: one member, one car, one period. */
export const Policy = z
  .object({
    id: entityId(IdPrefix.policy),
    number: PolicyNumber,
    memberId: entityId(IdPrefix.member),
    /** The branch that underwrote the policy. */
    branchId: entityId(IdPrefix.branch),
    plate: Plate,
    /** First day of cover. */
    start: IsoDate,
    /** Last day of cover, inclusive. */
    end: IsoDate,
  })
  .check(notBefore('start', 'end', 'Policy end must not be before its start'));
/** The insurance policy that backs a membership. */
export type Policy = z.infer<typeof Policy>;
