// @clubkit/core/service: complaints, repair orders, paid services, visits and the procedures
// with departmental sign-offs of a club's service desk (A4, A3 art.7).
// The generic event workflow behind the records (./workflow.ts) is internal: not yet a supported API.

export { ArchiveRecordKind, ArchiveRecordKindSchema } from './archive.js';
export { createComplaint, applyComplaintEvent, nextComplaintEvents, CreateComplaintOptions } from './complaint.js';
export {
  ComplaintAcceptanceHours,
  awaitsAction,
  complaintDeadline,
  isOverdue,
  resolvedOnTime,
} from './complaint-deadline.js';
export { ComplaintEvent, ComplaintEventType, ComplaintHistoryEntry } from './complaint-event.js';
export { Complaint } from './complaint-record.js';
export {
  assertConductHandler,
  complaintVisibleTo,
  CONDUCT_LIST_MAX,
  ConductDetails,
  conductDetails,
  conductStaffOf,
  ConductEvidence,
  ConductWitness,
  hiddenConductOf,
  NewConductDetails,
  type AccusedStaff,
  type ComplaintViewer,
  type NewConductDetailsInput,
} from './conduct-complaint.js';
export {
  answerSurvey,
  CreateSurveyOptions,
  createSurvey,
  NewSurvey,
  SATISFIED_RATING,
  SendSurveyOptions,
  sendSurvey,
  Survey,
  SurveyAnswer,
  SurveyAnswers,
  SurveyQuestion,
  SurveyQuestionKind,
  SURVEY_RATING,
  SurveyRequest,
  surveyRatings,
} from './survey.js';
export {
  ComplaintReference,
  complaintReference,
  parseComplaintReference,
  randomComplaintReference,
  type ParsedComplaintReference,
} from './complaint-reference.js';
export {
  complaintSeverityByRule,
  ComplaintSeverityInput,
  REPEAT_COMPLAINT_DAYS,
  SeriousComplaintCategories,
} from './complaint-intake.js';
export {
  COMPLAINT_CONTENT_MAX,
  ComplaintCategory,
  ComplaintChannel,
  ComplaintSeverity,
  ComplaintStatus,
  Department,
  EscalationLevel,
} from './complaint-types.js';
export {
  ComplaintCategorySchema,
  ComplaintChannelSchema,
  ComplaintSeveritySchema,
  ComplaintStatusSchema,
  DepartmentSchema,
  EscalationLevelSchema,
} from './complaint-type-schemas.js';
export { ComplaintTransitions } from './complaint-workflow.js';
export { DepositSettlement, depositRefund } from './deposit.js';
export { ServiceErrorCode } from './errors.js';
export { ComplaintSubject, NewComplaint, type NewComplaintInput } from './new-complaint.js';
export {
  checkNewComplaint,
  checkNewComplaintFields,
  type FieldIssue,
  type FieldIssueCode,
  type NewComplaintCheck,
  type NewComplaintFieldCheck,
} from './check-new-complaint.js';
export {
  CreatePaidServiceOptions,
  PaidServiceTransitions,
  applyPaidServiceEvent,
  createPaidService,
  nextPaidServiceEvents,
} from './paid-service.js';
export {
  NewPaidService,
  PaidService,
  PaidServiceEvent,
  PaidServiceEventType,
  PaidServiceQuote,
  PaidServiceStatus,
  PaidServiceStatusSchema,
} from './paid-service-record.js';
export { Procedure, ProcedureName, ProcedureParty, ProcedurePartySchema, ProcedureStep } from './procedure.js';
export { ProcedureProgress, SignOff, procedureProgress } from './procedure-progress.js';
export {
  CreateProcedureOptions,
  ProcedureTransitions,
  applyProcedureEvent,
  createProcedureRecord,
  nextProcedureSteps,
  type ProcedureNextSteps,
} from './procedure-case.js';
export {
  DrawingsStatus,
  NewProcedureRecord,
  ProcedureEvent,
  ProcedureEventType,
  ProcedureNameSchema,
  ProcedureRecord,
  ProcedureStatus,
  ProcedureStatusSchema,
  RenovationViolationRecord,
} from './procedure-record.js';
export {
  contractorQualified,
  inspectionGaps,
  RenovationContractor,
  RenovationMinQualificationGrade,
  violationFine,
  type InspectionGap,
  type SiteInspection,
} from './renovation-rules.js';
export {
  InspectingDepartment,
  InspectingDepartmentSchema,
  RenovationViolation,
  RenovationViolationSchema,
} from './renovation-kinds.js';
export { siteInspectionGaps } from './site-inspection.js';
export {
  FacilitiesList,
  FacilityItem,
  KeySet,
  KeysList,
  MeterReadings,
  MissingDocuments,
  MoveInDocument,
  MoveInDocumentSchema,
  MoveInRemedy,
} from './move-in-records.js';
export { RenovationFireReviewAreaSqm, RenovationUnit, moveIn, moveOut, renovation } from './procedures.js';
export {
  CreateRepairOptions,
  RepairTransitions,
  applyRepairEvent,
  createRepairOrder,
  nextRepairEvents,
  repairCompletedAt,
  repairCompletedOnTime,
  RepairOnTimeHours,
} from './repair.js';
export {
  MaterialCheck,
  MaterialCheckSchema,
  NewRepairOrder,
  RepairEvent,
  RepairEventType,
  RepairMaterial,
  RepairOrder,
  RepairStatus,
  RepairStatusSchema,
  type RepairEventInput,
} from './repair-order.js';
export {
  CreateVisitOptions,
  NewVisit,
  Visit,
  VisitEvent,
  VisitEventType,
  VisitStatus,
  VisitStatusSchema,
  VisitTransitions,
  applyVisitEvent,
  createVisit,
  nextPlannedVisit,
  nextVisitEvents,
  VISIT_PLAN_MAX_MONTHS,
  VisitKind,
  VisitKindSchema,
  VisitPlan,
  VisitSubject,
  type VisitEventInput,
} from './visit.js';
export {
  ChargeQuantity,
  NewServicePrice,
  ServicePrice,
  ServicePricePatch,
  priceFromList,
  type NewServicePriceInput,
} from './service-price.js';
export {
  NewPropertyUnit,
  PropertyUnit,
  PropertyUnitPatch,
  UnitContact,
  unitLink,
  type NewPropertyUnitInput,
  type UnitLink,
} from './unit.js';
export type { TransitionTable } from './workflow.js';
export {
  applyHandoverEvent,
  Handover,
  HandoverEvent,
  HandoverEventType,
  HandoverItem,
  HandoverOptions,
  HandoverQuestion,
  HandoverStatusSchema,
  HANDOVER_ITEMS_MAX,
  handOver,
  NewHandover,
  nextHandoverEvents,
  type NewHandoverInput,
} from './handover.js';
export { HandoverStatus, isTakenOver, openItems, unansweredQuestions } from './handover-items.js';
