import { PaidServiceEventType, type PaidServiceEvent } from '../service/paid-service-record.js';
import { RepairEventType, type RepairEvent } from '../service/repair-order.js';
import { eventBody, type WithoutActor } from './event-body.js';

/** A repair-order event as a client sends it; the server records `actor` and `at`. */
export type RepairEventRequest = WithoutActor<RepairEvent>;
/** A paid-service event as a client sends it; the server records `actor` and `at`. */
export type PaidServiceEventRequest = WithoutActor<PaidServiceEvent>;

/** Body of `POST /v1/repairs/{id}/events`: a `RepairEvent` without `actor` and `at`. */
export const RepairEventBody = eventBody(RepairEventType);

/** Body of `POST /v1/paid-services/{id}/events`: a `PaidServiceEvent` without `actor` and `at`. */
export const PaidServiceEventBody = eventBody(PaidServiceEventType);
