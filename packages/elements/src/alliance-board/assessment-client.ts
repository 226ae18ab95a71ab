// The assessment section's client, loaded with the section (`import('./assessment-client.js')`):
// the board's first view never carries the assessment resources.
import { allianceAssessmentsResource, staffSessionsResource } from '@clubkit/client/operator';
import type { Transport } from '@clubkit/client';
import type { StaffSessions } from './section-access.js';

type Resources = ReturnType<typeof allianceAssessmentsResource>;

/** What the assessment section uses: who is signed in, the sheet versions, the assessments and their decisions, the reward funds. */
export interface AssessmentBoardClient {
  staffSessions: StaffSessions;
  assessmentSheets: Pick<Resources['assessmentSheets'], 'list' | 'create'>;
  assessments: Pick<Resources['assessments'], 'list' | 'decide'>;
  rewardFunds: Pick<Resources['rewardFunds'], 'list' | 'create' | 'revise'>;
}

/** The assessment section's client over the board's transport. */
export function assessmentBoardClient(t: Transport): AssessmentBoardClient {
  const { assessmentSheets, assessments, rewardFunds } = allianceAssessmentsResource(t);
  return { staffSessions: staffSessionsResource(t), assessmentSheets, assessments, rewardFunds };
}
