import { describe, expectTypeOf, it } from 'vitest';
import {
  applyComplaintEvent,
  applyPaidServiceEvent,
  applyRepairEvent,
  applyVisitEvent,
  complaintDeadline,
  complaintReference,
  ComplaintTransitions,
  createComplaint,
  createPaidService,
  createRepairOrder,
  isOverdue,
  moveIn,
  nextComplaintEvents,
  nextRepairEvents,
  procedureProgress,
  renovation,
  resolvedOnTime,
  ServiceErrorCode,
  type Complaint,
  type ComplaintEvent,
  type ComplaintEventType,
  type ComplaintStatus,
  type CreateComplaintOptions,
  type Department,
  type NewComplaint,
  type NewComplaintInput,
  type PaidService,
  type PaidServiceStatus,
  type Procedure,
  type ProcedureProgress,
  type RepairEventInput,
  type RepairOrder,
  type RepairStatus,
  type SignOff,
  type Visit,
} from './index.js';

describe('service public types', () => {
  it('types complaint statuses, departments and event types as string unions', () => {
    expectTypeOf<ComplaintStatus>().toEqualTypeOf<
      'received' | 'assigned' | 'escalated' | 'resolved' | 'followed-up' | 'closed'
    >();
    expectTypeOf<ComplaintEventType>().toEqualTypeOf<
      'assign' | 'escalate' | 'resolve' | 'followUp' | 'reopen' | 'close' | 'flagMalicious'
    >();
    expectTypeOf<Department>().toExtend<string>();
    expectTypeOf<'customer-service'>().toExtend<Department>();
    expectTypeOf<RepairStatus>().toEqualTypeOf<
      'registered' | 'dispatched' | 'assessed' | 'declined' | 'done' | 'signed-off' | 'cancelled'
    >();
    expectTypeOf<'rework'>().toExtend<PaidServiceStatus>();
  });

  it('makes channel and severity optional on input and present after parsing', () => {
    expectTypeOf<NewComplaintInput['channel']>().toEqualTypeOf<'hotline' | 'web' | 'visit' | 'letter' | undefined>();
    expectTypeOf<NewComplaint['severity']>().toEqualTypeOf<'normal' | 'serious'>();
    expectTypeOf<NewComplaint>().toExtend<NewComplaintInput>();
    expectTypeOf<NewComplaint['subject']>().toEqualTypeOf<{
      unit?: string | undefined;
      plate?: string | undefined;
      cardNumber?: string | undefined;
    }>();
  });

  it('types the complaint record and its events', () => {
    expectTypeOf<Complaint['status']>().toEqualTypeOf<ComplaintStatus>();
    expectTypeOf<Complaint['escalatedTo']>().toEqualTypeOf<'manager' | 'general-manager' | undefined>();
    expectTypeOf<Complaint['history'][number]['type']>().toEqualTypeOf<'receive' | ComplaintEventType>();
    expectTypeOf<Extract<ComplaintEvent, { type: 'assign' }>>().toHaveProperty('dueAt').toEqualTypeOf<string>();
    expectTypeOf<Extract<ComplaintEvent, { type: 'followUp' }>['satisfied']>().toEqualTypeOf<boolean>();
    expectTypeOf<ComplaintEvent['type']>().toEqualTypeOf<ComplaintEventType>();
  });

  it('gives the complaint functions their signatures', () => {
    expectTypeOf(createComplaint).parameters.toEqualTypeOf<[NewComplaintInput, CreateComplaintOptions]>();
    expectTypeOf(createComplaint).returns.toEqualTypeOf<Complaint>();
    expectTypeOf(applyComplaintEvent).toEqualTypeOf<(complaint: Complaint, event: ComplaintEvent) => Complaint>();
    expectTypeOf(nextComplaintEvents).returns.toEqualTypeOf<ComplaintEventType[]>();
    expectTypeOf(complaintDeadline).returns.toEqualTypeOf<string>();
    expectTypeOf(isOverdue).toEqualTypeOf<(complaint: Complaint, now: string) => boolean>();
    expectTypeOf(resolvedOnTime).returns.toEqualTypeOf<boolean | undefined>();
    expectTypeOf(complaintReference).toEqualTypeOf<(date: string, sequence: number) => string>();
  });

  it('exposes the transition table as readonly literal data', () => {
    expectTypeOf(ComplaintTransitions.closed).toEqualTypeOf({});
    expectTypeOf(ComplaintTransitions['followed-up'].reopen).toEqualTypeOf<'received'>();
    expectTypeOf(ServiceErrorCode.complaintInvalidTransition).toEqualTypeOf<'complaint/invalid-transition'>();
  });

  it('gives repairs, paid services and visits their signatures', () => {
    expectTypeOf(createRepairOrder).returns.toEqualTypeOf<RepairOrder>();
    expectTypeOf(applyRepairEvent).parameters.toEqualTypeOf<[RepairOrder, RepairEventInput]>();
    expectTypeOf<Extract<RepairEventInput, { type: 'recordMaterials' }>['materials'][number]['check']>().toEqualTypeOf<
      'pass' | 'fail' | 'pending' | undefined
    >();
    expectTypeOf(nextRepairEvents).returns.items.toExtend<string>();
    expectTypeOf(createPaidService).returns.toEqualTypeOf<PaidService>();
    expectTypeOf<PaidService['quote']['priceFen']>().toEqualTypeOf<number>();
    expectTypeOf(applyPaidServiceEvent).returns.toEqualTypeOf<PaidService>();
    expectTypeOf(applyVisitEvent).returns.toEqualTypeOf<Visit>();
  });

  it('gives procedures their signatures', () => {
    expectTypeOf(moveIn).toEqualTypeOf<Procedure>();
    expectTypeOf(renovation).toEqualTypeOf<(unit: { areaSqm: number }) => Procedure>();
    expectTypeOf(procedureProgress).toEqualTypeOf<
      (procedure: Procedure, signOffs: readonly SignOff[]) => ProcedureProgress
    >();
    expectTypeOf<ProcedureProgress['missing'][number]>().toHaveProperty('step').toEqualTypeOf<string>();
  });
});
