import * as z from 'zod/mini';
import { IsoInstant } from '../shared/dates.js';
import { entityId, IdPrefix } from '../shared/ids.js';

/** Body of `POST /v1/member-sessions`: the member a partner back end signs in. */
export const MemberSessionRequest = z.object({ memberId: entityId(IdPrefix.member) });
/** Body of `POST /v1/member-sessions`. */
export type MemberSessionRequest = z.infer<typeof MemberSessionRequest>;

/** A member session: a bearer token for one member, valid until `expiresAt`. */
export const MemberSession = z.object({
  token: z.string().check(z.startsWith('ms_')),
  memberId: entityId(IdPrefix.member),
  expiresAt: IsoInstant,
});
/** A member session. */
export type MemberSession = z.infer<typeof MemberSession>;
