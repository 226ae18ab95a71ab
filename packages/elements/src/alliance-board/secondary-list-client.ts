// The secondary-dealer list section's client, loaded with the section
// (`import('./secondary-list-client.js')`): the board's first view never carries these resources.
import { allianceSecondaryListsResource } from '@clubkit/client/operator';
import type { Transport } from '@clubkit/client';

type Resources = ReturnType<typeof allianceSecondaryListsResource>;

/** What the secondary-dealer list section uses: filing, listing and choosing, and the ten largest. */
export interface SecondaryListBoardClient {
  secondaryLists: Pick<Resources['secondaryLists'], 'create' | 'list' | 'choose' | 'largest'>;
}

/** The section's client over the board's transport. */
export function secondaryListBoardClient(t: Transport): SecondaryListBoardClient {
  return { secondaryLists: allianceSecondaryListsResource(t).secondaryLists };
}
