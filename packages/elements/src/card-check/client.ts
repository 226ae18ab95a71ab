import { sessionFromEndpoint, type Transport } from '@clubkit/client';
import { counterResource } from '@clubkit/client/vip';
import type { ClientKit } from '../shared/club-config.js';

/** The part of an operator client the counter widget uses: the counter's check and redemption. A full `OperatorClient` is one too. */
export interface CardCheckClient {
  counter: Pick<ReturnType<typeof counterResource>, 'check' | 'redeem'>;
}

/** The counter widget's client over one transport, without the rest of the back office. */
export function cardCheckClient(t: Transport): CardCheckClient {
  return { counter: counterResource(t) };
}

/**
 * What the counter widget's clients are made of: {@link cardCheckClient} over the configuration's
 * transport, with staff sessions from the session endpoint (the club's own back end answers
 * `{ "token": "ss_…" }` for the merchant's counter staff).
 */
export const cardCheckKit: ClientKit<CardCheckClient> = {
  resources: cardCheckClient,
  session: (endpoint) => sessionFromEndpoint(endpoint),
};
