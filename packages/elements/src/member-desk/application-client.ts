// The application form's client, loaded with the form (`import('./application-client.js')`): the
// desk's first view never carries the branches' requests.
import { branchesResource } from '@clubkit/client/operator';
import { campaignsResource, membershipsResource, type Transport } from '@clubkit/client';

/** What the application form uses: the branches (the administrator's choice), the campaigns running today, the submission. */
export interface ApplicationFormClient {
  branches: Pick<ReturnType<typeof branchesResource>, 'list'>;
  campaigns: Pick<ReturnType<typeof campaignsResource>, 'list'>;
  memberships: Pick<ReturnType<typeof membershipsResource>, 'apply'>;
}

/** The application form's client over the desk's transport. */
export function applicationFormClient(t: Transport): ApplicationFormClient {
  return { branches: branchesResource(t), campaigns: campaignsResource(t), memberships: membershipsResource(t) };
}
