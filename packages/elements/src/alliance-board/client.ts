import { allianceDealersResource, staffSessionsResource, type allianceResource } from '@clubkit/client/operator';
import { sessionFromEndpoint, type Transport } from '@clubkit/client';
import type { ClientKit } from '../shared/club-config.js';
import type { AssessmentBoardClient } from './assessment-client.js';
import type { SecondaryListBoardClient } from './secondary-list-client.js';
import type { TimeRulesBoardClient } from './time-rules-client.js';
import type { PrimaryDealerBoardClient } from './primary-dealer-client.js';
import type { PromotionBoardClient } from './promotions-client.js';

type Alliance = ReturnType<typeof allianceResource>;

/**
 * The part of an operator client the alliance board uses: who is signed in, the counties and
 * salespeople that name its rows and choices, the dealers' standing and a salesperson's pay
 * statement, and (loaded on demand) the half-yearly assessments. A full `OperatorClient` is one
 * too, without the assessment section.
 */
export interface AllianceBoardClient {
  staffSessions: Pick<ReturnType<typeof staffSessionsResource>, 'current'>;
  alliance: {
    counties: Pick<Alliance['counties'], 'list'>;
    salespeople: Pick<Alliance['salespeople'], 'list' | 'pay'>;
    dealers: Pick<Alliance['dealers'], 'standing'>;
  };
  /** The assessment section's client, loaded when the section opens; without it the section is not offered. */
  assessments?: () => Promise<AssessmentBoardClient>;
  /** The secondary-dealer list section's client, loaded when the section opens; without it the section is not offered. */
  secondaryLists?: () => Promise<SecondaryListBoardClient>;
  /** The time-rules section's client, loaded when the section opens; without it the section is not offered. */
  timeRules?: () => Promise<TimeRulesBoardClient>;
  /** The primary-dealer section's client, loaded when the section opens; without it the section is not offered. */
  primaryDealer?: () => Promise<PrimaryDealerBoardClient>;
  /** The promotions section's client, loaded when the section opens; without it the section is not offered. */
  promotions?: () => Promise<PromotionBoardClient>;
}

/** The alliance board's client over one transport, without the rest of the back office. */
export function allianceBoardClient(t: Transport): AllianceBoardClient {
  return {
    staffSessions: staffSessionsResource(t),
    alliance: allianceDealersResource(t),
    assessments: () => import('./assessment-client.js').then((m) => m.assessmentBoardClient(t)),
    secondaryLists: () => import('./secondary-list-client.js').then((m) => m.secondaryListBoardClient(t)),
    timeRules: () => import('./time-rules-client.js').then((m) => m.timeRulesBoardClient(t)),
    primaryDealer: () => import('./primary-dealer-client.js').then((m) => m.primaryDealerBoardClient(t)),
    promotions: () => import('./promotions-client.js').then((m) => m.promotionBoardClient(t)),
  };
}

/**
 * What the board's clients are made of: {@link allianceBoardClient} over the configuration's
 * transport, with staff sessions from the session endpoint (the club's own back end answers
 * `{ "token": "ss_…" }`), shared with the other widgets of the same configuration.
 */
export const allianceBoardKit: ClientKit<AllianceBoardClient> = {
  resources: allianceBoardClient,
  session: (endpoint) => sessionFromEndpoint(endpoint),
};
