import type { TimelineEntry } from '@clubkit/core/api';
import type {
  ComplaintStatus,
  PaidServiceStatus,
  ProcedureStatus,
  RepairStatus,
  VisitStatus,
} from '@clubkit/core/service';

/** The words for every status of every record kind on a unit's archive timeline. */
export interface TimelineStatusLabels {
  complaint: Readonly<Record<ComplaintStatus, string>>;
  repair: Readonly<Record<RepairStatus, string>>;
  'paid-service': Readonly<Record<PaidServiceStatus, string>>;
  visit: Readonly<Record<VisitStatus, string>>;
  procedure: Readonly<Record<ProcedureStatus, string>>;
}

/**
 * The words for a timeline entry's status in the page's language. A status the words do not know
 * (a newer Club API's) is shown as the Club API wrote it rather than hidden.
 */
export function timelineStatusLabel(
  entry: Pick<TimelineEntry, 'kind' | 'status'>,
  labels: TimelineStatusLabels,
): string {
  const words: Readonly<Record<string, string>> = labels[entry.kind];
  return Object.hasOwn(words, entry.status) ? (words[entry.status] ?? entry.status) : entry.status;
}
