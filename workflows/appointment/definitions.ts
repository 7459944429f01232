/**
 * Everything the API, the worker and tests need to talk to appointment workflows. The API imports
 * this file, never the workflow body.
 */
import { defineQuery, defineSignal } from '@temporalio/workflow';
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

export const APPOINTMENT_TASK_QUEUE = 'appointments';

export const appointmentWorkflowId = (appointmentId: string): string => `appointment-${appointmentId}`;

export type AppointmentStatus = 'booked' | 'cancelled' | 'checked_in' | 'completed' | 'no_show';
export type ConfirmationStatus = 'unconfirmed' | 'confirmed' | 'high_risk' | 'reschedule_requested';

/** What the workflow knows about its appointment; refreshed by every booking-system event. */
export interface AppointmentSnapshot {
  appointmentId: string;
  patientId: string;
  locationId: string;
  /** Increases whenever the time, provider or service changes. */
  version: number;
  startsAt: string;
  durationMinutes: number;
  status: AppointmentStatus;
  source: 'online' | 'staff';
}

export const APPOINTMENT_EVENT_TYPES = ['created', 'rescheduled', 'updated', 'cancelled', 'checked_in', 'completed', 'no_show'] as const;
export type AppointmentEventType = (typeof APPOINTMENT_EVENT_TYPES)[number];

export interface AppointmentEvent {
  /** The booking system's event id: a repeated id is ignored. */
  eventId: string;
  type: AppointmentEventType;
  occurredAt: string;
  appointment: AppointmentSnapshot;
}

export interface TimelineEntry {
  at: string;
  kind: 'event' | 'sent' | 'skipped' | 'failed';
  detail: string;
}

export interface AppointmentWorkflowState {
  appointment: AppointmentSnapshot | null;
  confirmationStatus: ConfirmationStatus;
  timeline: TimelineEntry[];
}

export interface AppointmentWorkflowInput {
  appointmentId: string;
}

export const appointmentEventSignal = defineSignal<[AppointmentEvent]>('appointmentEvent');
export const appointmentStateQuery = defineQuery<AppointmentWorkflowState>('appointmentState');

/** Registered on the server by temporal/search-attributes.json (kept equal by a test). */
export const searchAttributes = {
  appointmentId: defineSearchAttributeKey('AppointmentId', SearchAttributeType.KEYWORD),
  patientId: defineSearchAttributeKey('PatientId', SearchAttributeType.KEYWORD),
  locationId: defineSearchAttributeKey('LocationId', SearchAttributeType.KEYWORD),
  confirmationStatus: defineSearchAttributeKey('ConfirmationStatus', SearchAttributeType.KEYWORD),
  appointmentStart: defineSearchAttributeKey('AppointmentStart', SearchAttributeType.DATETIME),
};

/** Steps that send a patient message; part of each send's idempotency key. */
export type MessageStep = 'booking_confirmation' | 'cancellation_confirmation';

export interface SendAppointmentMessageInput {
  appointmentId: string;
  step: MessageStep;
  version: number;
  workflowId: string;
}

export interface SendAppointmentMessageResult {
  messageId: string;
  status: 'sent' | 'delivered' | 'blocked' | 'failed' | 'queued' | 'sending' | 'undelivered' | 'received';
  duplicate: boolean;
}

/** The activities an appointment workflow calls (implemented in libs/appointments). */
export interface AppointmentActivities {
  sendAppointmentMessage(input: SendAppointmentMessageInput): Promise<SendAppointmentMessageResult>;
}

export function sendIdempotencyKey(input: SendAppointmentMessageInput): string {
  return `${input.workflowId}:${input.step}:v${input.version}`;
}
