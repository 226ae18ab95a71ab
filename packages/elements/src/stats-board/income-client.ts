// The income section's client, loaded with the section (`import('./income-client.js')`): the
// board's first view never carries the activity and advertising resources.
import { activitiesResource, adIncomeResource } from '@clubkit/client/operator';
import type { Transport } from '@clubkit/client';

/** What the income section uses: the activities (list, set up) and advertising income (record). */
export interface IncomeBoardClient {
  activities: Pick<ReturnType<typeof activitiesResource>, 'list' | 'create'>;
  adIncome: Pick<ReturnType<typeof adIncomeResource>, 'create'>;
}

/** The income section's client over the board's transport. */
export function incomeBoardClient(t: Transport): IncomeBoardClient {
  return { activities: activitiesResource(t), adIncome: adIncomeResource(t) };
}
