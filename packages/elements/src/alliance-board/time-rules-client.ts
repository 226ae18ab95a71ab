// The time-rules section's client, loaded with the section (`import('./time-rules-client.js')`):
// the board's first view never carries the calendar request.
import { allianceResource } from '@clubkit/client/operator';
import type { Transport } from '@clubkit/client';

type Alliance = ReturnType<typeof allianceResource>;

/** What the time-rules section uses: the sales centres with their calendar, and the dealers' plaques. */
export interface TimeRulesBoardClient {
  centres: Pick<Alliance['centres'], 'list' | 'calendar'>;
  dealers: Pick<Alliance['dealers'], 'list'>;
}

/** The time-rules section's client over the board's transport. */
export function timeRulesBoardClient(t: Transport): TimeRulesBoardClient {
  const { centres, dealers } = allianceResource(t);
  return { centres, dealers };
}
