import type {
  NewComplaintBody,
  NewConductComplaintBody,
  ConductStaffList,
  Page,
  ProcedureEventRequest,
  ProcedureNextStepsAnswer,
  SignOffRequest,
  TimelineEntry,
  HandoverEventRequest,
  VisitEventRequest,
} from '@clubkit/core/api';
import type {
  Complaint,
  ComplaintEventType,
  NewSurvey,
  Survey,
  SurveyAnswers,
  SurveyRequest,
  Handover,
  HandoverEventType,
  HandoverStatus,
  NewHandoverInput,
  NewPropertyUnitInput,
  NewServicePriceInput,
  NewVisit,
  ProcedureName,
  ProcedureRecord,
  ProcedureStatus,
  PropertyUnit,
  PropertyUnitPatch,
  ServicePrice,
  ServicePricePatch,
  Visit,
  VisitEventType,
  VisitKind,
  VisitStatus,
  VisitSubject,
} from '@clubkit/core/service';
import type { DeskStats, SurveyStats } from '@clubkit/core/stats';
import type { RequestOptions } from '../options.js';
import { pageIterable, type PageIterable } from '../pagination.js';
import type { Transport } from '../transport.js';
import { path, type ListOptions } from './path.js';

/** A period of a statistics report: club dates, both inclusive, and the day counts are taken on. */
// A type, not an interface: a query object must be assignable to the transport's record of values.
export type StatsPeriodQuery = {
  /** The first day, `YYYY-MM-DD`. */
  from?: string;
  /** The last day, `YYYY-MM-DD`. */
  to?: string;
  /** The day open records are judged on. @default to, else today */
  asOf?: string;
  /** Only this property (a property's desk always gets its own). */
  propertyId?: string;
};

/** The customer archive's units of a property (A4 §3.11), service desk staff. */
export function unitsResource(t: Transport) {
  return {
    /** Registers a unit (house number) of a property with its owner and contacts. */
    create(body: NewPropertyUnitInput, options?: RequestOptions): Promise<PropertyUnit> {
      return t.send({ method: 'post', path: '/v1/units', body, answer: 'PropertyUnit', options });
    },
    /** Units, oldest first, optionally of one property or by house number. */
    list(
      query: ListOptions & { propertyId?: string; number?: string } = {},
      options?: RequestOptions,
    ): PageIterable<PropertyUnit> {
      return pageIterable((cursor) =>
        t.send({ method: 'get', path: '/v1/units', query: { ...query, cursor }, answer: 'PropertyUnitPage', options }),
      );
    },
    /** One unit. */
    get(id: string, options?: RequestOptions): Promise<PropertyUnit> {
      return t.send({ method: 'get', path: path`/v1/units/${id}`, answer: 'PropertyUnit', options });
    },
    /** Changes a unit's house number, owner, contacts or area. */
    update(id: string, body: PropertyUnitPatch, options?: RequestOptions): Promise<PropertyUnit> {
      return t.send({ method: 'patch', path: path`/v1/units/${id}`, body, answer: 'PropertyUnit', options });
    },
    /** The unit's complaints, repairs, paid services, visits and procedures, newest first. */
    timeline(id: string, query: ListOptions = {}, options?: RequestOptions): PageIterable<TimelineEntry> {
      return pageIterable((cursor) =>
        t.send({
          method: 'get',
          path: path`/v1/units/${id}/timeline`,
          query: { ...query, cursor },
          answer: 'TimelinePage',
          options,
        }),
      );
    },
  };
}

/** The filters of a list of visits. */
// A type, not an interface: a query object must be assignable to the transport's record of values.
export type VisitQuery = ListOptions & {
  status?: VisitStatus;
  kind?: VisitKind;
  unitId?: string;
  /** Only return visits after this kind of record: `complaint`, `repair` or `paid-service`. */
  subjectKind?: VisitSubject['kind'];
  /** Only visits appointed before this instant, e.g. the end of today for what is due. */
  dueBefore?: string;
};

/** Return visits and the periodic visits of the visit plan (A4 §3.5), service desk staff. */
export function visitsResource(t: Transport) {
  return {
    /**
     * Books a visit: after a record (`subject`), by the plan (`plan`), or as it came up.
     *
     * @example
     * await club.visits.create({ customer: 'ACME', purpose: 'After the repair', appointmentAt, subject: { kind: 'repair', id } });
     */
    create(body: NewVisit, options?: RequestOptions): Promise<Visit> {
      return t.send({ method: 'post', path: '/v1/visits', body, answer: 'Visit', options });
    },
    /**
     * Visits, oldest booked first, by status, kind, unit, the kind of record a return visit follows
     * up (`subjectKind`), or appointment before an instant (`dueBefore`).
     *
     * @example
     * // The complaint desk's return visits due by the end of today.
     * club.visits.list({ kind: 'return', status: 'scheduled', subjectKind: 'complaint', dueBefore: endOfToday });
     */
    list(query: VisitQuery = {}, options?: RequestOptions): PageIterable<Visit> {
      return pageIterable((cursor) =>
        t.send({ method: 'get', path: '/v1/visits', query: { ...query, cursor }, answer: 'VisitPage', options }),
      );
    },
    /** One visit. */
    get(id: string, options?: RequestOptions): Promise<Visit> {
      return t.send({ method: 'get', path: path`/v1/visits/${id}`, answer: 'Visit', options });
    },
    /** The events the visit can take now. */
    nextEvents(id: string, options?: RequestOptions): Promise<VisitEventType[]> {
      return t
        .send({ method: 'get', path: path`/v1/visits/${id}/next-events`, answer: 'VisitNextEvents', options })
        .then((r) => r.events);
    },
    /** Applies an event; recording a periodic visit books the next one of its plan. */
    events(id: string, event: VisitEventRequest, options?: RequestOptions): Promise<Visit> {
      return t.send({ method: 'post', path: path`/v1/visits/${id}/events`, body: event, answer: 'Visit', options });
    },
  };
}

/** Move-in, renovation and move-out procedures of units with departmental sign-offs, service desk staff. */
export function proceduresResource(t: Transport) {
  return {
    /** Opens a procedure for a unit (a renovation takes the unit's area). */
    create(
      body: { name: ProcedureName; unitId: string; areaSqm?: number; depositFen?: number },
      options?: RequestOptions,
    ): Promise<ProcedureRecord> {
      return t.send({ method: 'post', path: '/v1/procedures', body, answer: 'ProcedureRecord', options });
    },
    /** Procedures, oldest first, by kind, status or unit. */
    list(
      query: ListOptions & { name?: ProcedureName; status?: ProcedureStatus; unitId?: string } = {},
      options?: RequestOptions,
    ): PageIterable<ProcedureRecord> {
      return pageIterable((cursor) =>
        t.send({
          method: 'get',
          path: '/v1/procedures',
          query: { ...query, cursor },
          answer: 'ProcedureRecordPage',
          options,
        }),
      );
    },
    /** One procedure with its progress. */
    get(id: string, options?: RequestOptions): Promise<ProcedureRecord> {
      return t.send({ method: 'get', path: path`/v1/procedures/${id}`, answer: 'ProcedureRecord', options });
    },
    /**
     * What the procedure can take now (`GET /v1/procedures/{id}/next-steps`), by core's rules: the
     * missing sign-offs whose prerequisites are met, the other events, and for a renovation under
     * way the days a department has not inspected the site.
     */
    nextSteps(id: string, options?: RequestOptions): Promise<ProcedureNextStepsAnswer> {
      return t.send({
        method: 'get',
        path: path`/v1/procedures/${id}/next-steps`,
        answer: 'ProcedureNextSteps',
        options,
      });
    },
    /** A department signs off a step. */
    signOff(id: string, body: SignOffRequest, options?: RequestOptions): Promise<ProcedureRecord> {
      return t.send({
        method: 'post',
        path: path`/v1/procedures/${id}/sign-offs`,
        body,
        answer: 'ProcedureRecord',
        options,
      });
    },
    /**
     * Drawings sent back or resubmitted, damages assessed, fees settled, keys returned; a
     * renovation's contractor checked, site inspections and violations (a fine names the club's
     * price-list line and the server records its amount); a move-in's missing papers with the
     * remedy offered, meter readings, facilities list and keys handed over.
     */
    events(id: string, event: ProcedureEventRequest, options?: RequestOptions): Promise<ProcedureRecord> {
      return t.send({
        method: 'post',
        path: path`/v1/procedures/${id}/events`,
        body: event,
        answer: 'ProcedureRecord',
        options,
      });
    },
  };
}

/** The paid-service price list: the administrator keeps it, every desk reads it. */
export function servicePricesResource(t: Transport) {
  return {
    /** Adds a line (admin). */
    create(body: NewServicePriceInput, options?: RequestOptions): Promise<ServicePrice> {
      return t.send({ method: 'post', path: '/v1/service-prices', body, answer: 'ServicePrice', options });
    },
    /** The lines, oldest first; `active: 'true'` for those that may be quoted. */
    list(
      query: ListOptions & { active?: 'true' | 'false' } = {},
      options?: RequestOptions,
    ): PageIterable<ServicePrice> {
      return pageIterable((cursor) =>
        t.send({
          method: 'get',
          path: '/v1/service-prices',
          query: { ...query, cursor },
          answer: 'ServicePricePage',
          options,
        }),
      );
    },
    /** One line. */
    get(id: string, options?: RequestOptions): Promise<ServicePrice> {
      return t.send({ method: 'get', path: path`/v1/service-prices/${id}`, answer: 'ServicePrice', options });
    },
    /** Changes or retires a line (admin). */
    update(id: string, body: ServicePricePatch, options?: RequestOptions): Promise<ServicePrice> {
      return t.send({ method: 'patch', path: path`/v1/service-prices/${id}`, body, answer: 'ServicePrice', options });
    },
  };
}

/**
 * The events a complaint can take now (`GET /v1/complaints/{id}/next-events`), by core's workflow:
 * what a desk offers as the complaint's next steps.
 */
export function complaintNextEvents(t: Transport) {
  return (id: string, options?: RequestOptions): Promise<ComplaintEventType[]> =>
    t
      .send({ method: 'get', path: path`/v1/complaints/${id}/next-events`, answer: 'ComplaintNextEvents', options })
      .then((r) => r.events);
}

/** The service desk's report over a period: complaints, repairs, paid services, visits. */
export function deskStats(t: Transport) {
  return (query: StatsPeriodQuery = {}, options?: RequestOptions): Promise<DeskStats> =>
    t.send({ method: 'get', path: '/v1/stats/desk', query, answer: 'DeskStats', options });
}

/**
 * Logs a complaint about a staff member's conduct (`POST /v1/conduct-complaints`) with its
 * witnesses and evidence; the staff member's manager handles it and the staff member never sees
 * it. Refused with 409 `complaint/no-manager` when the staff member has no manager on record.
 *
 * @example
 * await club.complaints.createConduct({ name: '王小明', subject: { unit: 'A-1203' }, content: '保安斥責訪客', phone: '138 0013 8000', channel: 'visit', category: 'service-attitude', conduct: { staffId: 'stf_guard', witnesses: [{ name: '李四' }] } });
 */
export function conductComplaint(t: Transport) {
  return (body: NewConductComplaintBody, options?: RequestOptions): Promise<Complaint> =>
    t.send({ method: 'post', path: '/v1/conduct-complaints', body, answer: 'Complaint', options });
}

/**
 * The staff members whose name starts with what the desk typed, to name one in a conduct
 * complaint: id, name and role, by name, at most `limit` (10; up to 20). Staff who log complaints.
 *
 * @example
 * const { data } = await club.complaints.conductStaff({ name: '保安' });
 */
export function conductStaff(t: Transport) {
  return (query: { name: string; limit?: number }, options?: RequestOptions): Promise<ConductStaffList> =>
    t.send({ method: 'get', path: '/v1/conduct-complaints/staff', query, answer: 'ConductStaffList', options });
}

/** Feedback surveys over a period: sent, answered, and the share of ratings of 4 or 5. */
export function surveyStats(t: Transport) {
  return (query: StatsPeriodQuery = {}, options?: RequestOptions): Promise<SurveyStats> =>
    t.send({ method: 'get', path: '/v1/stats/surveys', query, answer: 'SurveyStats', options });
}

/** Feedback surveys (意見徵詢, A4 §3.3.5 3), service desk staff: questionnaires, requests, answers. */
export function surveysResource(t: Transport) {
  return {
    /** Writes a questionnaire; it never changes afterwards (a changed one is a new survey). */
    create(body: NewSurvey, options?: RequestOptions): Promise<Survey> {
      return t.send({ method: 'post', path: '/v1/surveys', body, answer: 'Survey', options });
    },
    /** The questionnaires, oldest first (a property's desk: its own). */
    list(query: ListOptions = {}, options?: RequestOptions): PageIterable<Survey> {
      return pageIterable((cursor) =>
        t.send({ method: 'get', path: '/v1/surveys', query: { ...query, cursor }, answer: 'SurveyPage', options }),
      );
    },
    /** One questionnaire. */
    get(id: string, options?: RequestOptions): Promise<Survey> {
      return t.send({ method: 'get', path: path`/v1/surveys/${id}`, answer: 'Survey', options });
    },
    /** Sends the survey to a unit's owner of record. */
    send(id: string, unitId: string, options?: RequestOptions): Promise<SurveyRequest> {
      return t.send({
        method: 'post',
        path: path`/v1/surveys/${id}/requests`,
        body: { unitId },
        answer: 'SurveyRequest',
        options,
      });
    },
    /** Survey requests, oldest first, of one survey or all, answered or not. */
    requests(
      query: ListOptions & { surveyId?: string; answered?: boolean } = {},
      options?: RequestOptions,
    ): PageIterable<SurveyRequest> {
      const { answered, ...rest } = query;
      const filter = answered === undefined ? rest : { ...rest, answered: String(answered) };
      return pageIterable((cursor) =>
        t.send({
          method: 'get',
          path: '/v1/survey-requests',
          query: { ...filter, cursor },
          answer: 'SurveyRequestPage',
          options,
        }),
      );
    },
    /** One survey request with its answers. */
    request(id: string, options?: RequestOptions): Promise<SurveyRequest> {
      return t.send({ method: 'get', path: path`/v1/survey-requests/${id}`, answer: 'SurveyRequest', options });
    },
    /**
     * Records the owner's answers, once (409 `survey/already-answered` after; 422
     * `survey/unknown-question` or `survey/answer-mismatch` for an answer that does not fit).
     */
    answer(requestId: string, body: SurveyAnswers, options?: RequestOptions): Promise<SurveyRequest> {
      return t.send({
        method: 'post',
        path: path`/v1/survey-requests/${requestId}/answers`,
        body,
        answer: 'SurveyRequest',
        options,
      });
    },
  };
}

/** A page of timeline entries; re-exported for callers who type their own paging. */
export type TimelinePage = Page<TimelineEntry>;
/** A complaint as staff register it, with the unit it is about. */
export type StaffComplaint = NewComplaintBody;

/** The desk a hand-over belongs to: a property's (`prp_…`); none for the club's own desk. */
export type HandoverDesk = {
  /** The property whose front desk it is; a property's desk always gets its own. */
  propertyId?: string;
};

/** The front desk's shift hand-overs (A4 §3.9.1), service desk staff. */
export function handoversResource(t: Transport) {
  return {
    /**
     * Writes and signs this shift's hand-over after the desk's latest, which must be taken over
     * (409 `handover/previous-pending` otherwise). Its open items are carried; those in `done` are
     * marked done; `items` are the new ones.
     *
     * @example
     * const latest = await club.handovers.latest();
     * await club.handovers.create({ log: '早班：接待 12 位客戶。', items: ['1203 室鑰匙待業主領取'], done: [latest.items[0].key] });
     */
    create(body: NewHandoverInput & HandoverDesk, options?: RequestOptions): Promise<Handover> {
      return t.send({ method: 'post', path: '/v1/handovers', body, answer: 'Handover', options });
    },
    /** A desk's hand-overs, oldest first, optionally by status. */
    list(
      query: ListOptions & HandoverDesk & { status?: HandoverStatus } = {},
      options?: RequestOptions,
    ): PageIterable<Handover> {
      return pageIterable((cursor) =>
        t.send({ method: 'get', path: '/v1/handovers', query: { ...query, cursor }, answer: 'HandoverPage', options }),
      );
    },
    /** The desk's latest hand-over: what the incoming shift reads (404 before the desk's first). */
    latest(query: HandoverDesk = {}, options?: RequestOptions): Promise<Handover> {
      return t.send({ method: 'get', path: '/v1/handovers/latest', query, answer: 'Handover', options });
    },
    /** One hand-over. */
    get(id: string, options?: RequestOptions): Promise<Handover> {
      return t.send({ method: 'get', path: path`/v1/handovers/${id}`, answer: 'Handover', options });
    },
    /** The events the hand-over takes now. */
    nextEvents(id: string, options?: RequestOptions): Promise<HandoverEventType[]> {
      return t
        .send({ method: 'get', path: path`/v1/handovers/${id}/next-events`, answer: 'HandoverNextEvents', options })
        .then((answer) => answer.events);
    },
    /** Asks about, answers, accepts, refuses or reviews a hand-over. */
    events(id: string, event: HandoverEventRequest, options?: RequestOptions): Promise<Handover> {
      return t.send({
        method: 'post',
        path: path`/v1/handovers/${id}/events`,
        body: event,
        answer: 'Handover',
        options,
      });
    },
  };
}
