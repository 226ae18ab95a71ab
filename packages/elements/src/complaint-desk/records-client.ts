// The client of the desk's on-demand sections, loaded with them (`import('./records-client.js')`):
// the desk's first view never carries the conduct complaint, survey and unit resources.
import { conductComplaint, conductStaff, surveyStats, surveysResource, unitsResource } from '@clubkit/client/operator';
import type { Transport } from '@clubkit/client';

type Surveys = ReturnType<typeof surveysResource>;

/**
 * What the conduct and survey sections use: filing a conduct complaint and finding its staff member
 * by name, the questionnaires with
 * their requests and answers, a unit by its house number, and the survey report of a period.
 */
export interface DeskRecordsClient {
  complaints: { createConduct: ReturnType<typeof conductComplaint>; conductStaff: ReturnType<typeof conductStaff> };
  surveys: Pick<Surveys, 'create' | 'list' | 'send' | 'requests' | 'answer'>;
  units: Pick<ReturnType<typeof unitsResource>, 'list'>;
  stats: { surveys: ReturnType<typeof surveyStats> };
}

/** The sections' client over the desk's transport. */
export function deskRecordsClient(t: Transport): DeskRecordsClient {
  return {
    complaints: { createConduct: conductComplaint(t), conductStaff: conductStaff(t) },
    surveys: surveysResource(t),
    units: unitsResource(t),
    stats: { surveys: surveyStats(t) },
  };
}
