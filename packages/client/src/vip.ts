/**
 * `@clubkit/client/vip`: the VIP card's loop over a transport from `createClubTransport` — orders
 * (a member creates, the partner's back end confirms or cancels), the member code and savings a
 * member's card shows, a merchant's counter, and a member's seats on the club's activities and
 * group buying (`memberActivitiesResource`). Its own entry, so a page that sells nothing
 * carries none of it.
 *
 * @example
 * // The partner's back end, once its payment system has taken the money:
 * import { createClubTransport } from '@clubkit/client';
 * import { vipOrdersResource } from '@clubkit/client/vip';
 * const orders = vipOrdersResource(createClubTransport({ baseUrl, secretKey: process.env.CLUB_SECRET_KEY }));
 * await orders.confirm(orderId, { paymentReference });
 * @packageDocumentation
 */
export { counterResource, memberVipResource, vipOrdersResource } from './resources/vip.js';
export { memberActivitiesResource, type ActivityQuery } from './resources/activities.js';
