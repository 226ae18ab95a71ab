// The counties client, loaded when the board first names the alliance section's counties
// (`import('./county-client.js')`): the board's first view never carries the alliance resources.
import { allianceResource } from '@clubkit/client/operator';
import type { Transport } from '@clubkit/client';

/** The alliance's counties over the board's transport. */
export function countiesOf(t: Transport): Pick<ReturnType<typeof allianceResource>['counties'], 'list'> {
  return allianceResource(t).counties;
}
