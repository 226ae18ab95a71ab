/**
 * `@clubkit/client`: the typed HTTP client of the Club API, for browsers and Node.
 * @packageDocumentation
 */
export { createClubClient, createClubTransport, type ClubClient } from './client.js';
export type { Transport } from './transport.js';
export { campaignsResource, cardsResource, membershipsResource, membersResource } from './resources/members.js';
export { merchantsResource, offersResource } from './resources/merchants.js';
export { complaintsResource } from './resources/complaints.js';
export { paidServicesResource, repairsResource } from './resources/desk.js';
export { meResource, revokeCurrentSession, sessionsResource } from './resources/sessions.js';
export { statsResource } from './resources/stats.js';
export { handbookResource } from './resources/handbook.js';
export type { StatsPeriod } from './resources/stats.js';
export type { ClubClientOptions, RequestOptions, ResponseCheck, RetryOptions, SessionSource } from './options.js';
export type { AnswerName, Answers } from './answers.js';
export type { PageIterable } from './pagination.js';
export { sessionFromEndpoint, type SessionEndpointOptions } from './session-endpoint.js';
export type { MerchantSearch } from './resources/merchants.js';
export type { ListOptions } from './resources/path.js';
export {
  ClubApiError,
  ClubClientError,
  ClubNetworkError,
  ClubResponseError,
  ClubTimeoutError,
  errorFromResponse,
  isClubApiError,
  isClubClientError,
  isClubNetworkError,
  isClubResponseError,
  isClubTimeoutError,
  type ClubClientErrorOptions,
} from './errors.js';
