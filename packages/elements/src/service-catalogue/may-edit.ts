// Which changes to the catalogue the staff member signed in may make, loaded on demand
// (`import('./may-edit.js')`) with the catalogue: core's access rules (`canOn()`, about 1.6 kB gzip)
// wait for the staff session anyway.
import { canOn, type StaffPrincipal } from '@clubkit/core/access';

/** The changes a staff member may make to the catalogue, as core's access rules (and so the Club API) allow. */
export interface CatalogueEdits {
  /** Add a service (`POST /v1/services`). */
  add: boolean;
  /** Retire a service (`POST /v1/services/{id}/retire`). */
  retire: boolean;
}

/** What `principal` may change: only the administrator keeps the catalogue; everyone reads it. */
export function catalogueEditsOf(principal: StaffPrincipal): CatalogueEdits {
  return {
    add: canOn(principal, 'create', { type: 'club-service' }),
    retire: canOn(principal, 'update', { type: 'club-service' }),
  };
}
