/**
 * Everything the API, the worker and tests need to talk to appointment workflows. The API imports
 * this file, never the workflow body.
 */
import { defineQuery, defineSignal } from '@temporalio/workflow';
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import type { AppointmentScheduleSettings } from '@beacon/scheduling';

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
  /** event: from the booking system; reply: from the patient; sent/skipped/failed: our messages; decision: status changes and alerts. */
  kind: 'event' | 'reply' | 'sent' | 'skipped' | 'failed' | 'decision';
  detail: string;
}

export interface PlannedStepView {
  id: string;
  kind: string;
  at: string;
}

export interface AppointmentWorkflowState {
  appointment: AppointmentSnapshot | null;
  confirmationStatus: ConfirmationStatus;
  timeline: TimelineEntry[];
  /** Steps still to come for the current version of the appointment. */
  upcoming: PlannedStepView[];
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

/** What a patient's reply asked for, as understood by the inbound-message classifier. */
export type PatientReplyIntent = 'confirm' | 'reschedule' | 'cancel_appointment';

export interface PatientReply {
  /** The stored inbound message: a repeated id (webhook retry) is ignored. */
  messageId: string;
  intent: PatientReplyIntent;
  receivedAt: string;
}

export const patientReplySignal = defineSignal<[PatientReply]>('patientReply');

/** Steps that send a patient message; part of each send's idempotency key. */
export type MessageStep =
  | 'booking_confirmation'
  | 'cancellation_confirmation'
  | `reminder:${string}`
  | 'confirmation_request'
  | 'confirmation_follow_up'
  | 'confirmation_ack'
  | 'reschedule_ack'
  | 'cancel_request_ack';

export interface SendAppointmentMessageInput {
  appointmentId: string;
  step: MessageStep;
  version: number;
  workflowId: string;
}

export interface SendAppointmentMessageResult {
  messageId: string | null;
  /** `superseded`: the appointment changed or was cancelled since this send was planned; nothing sent. */
  status: 'sent' | 'delivered' | 'blocked' | 'failed' | 'queued' | 'sending' | 'undelivered' | 'received' | 'superseded';
  duplicate: boolean;
}

export type StaffAlertKind = 'high_risk' | 'reschedule_requested' | 'cancel_requested' | 'message_failed';

export interface AppointmentMessagingPolicy {
  schedule: AppointmentScheduleSettings;
  bookingConfirmation: { online: boolean; staff: boolean };
  cancellationConfirmation: boolean;
}

/** The activities an appointment workflow calls (implemented in libs/appointments). */
export interface AppointmentActivities {
  loadMessagingPolicy(input: { appointmentId: string }): Promise<AppointmentMessagingPolicy>;
  sendAppointmentMessage(input: SendAppointmentMessageInput): Promise<SendAppointmentMessageResult>;
  recordConfirmationStatus(input: { appointmentId: string; status: ConfirmationStatus }): Promise<void>;
  raiseStaffAlert(input: { appointmentId: string; kind: StaffAlertKind; message: string; dedupeKey: string }): Promise<void>;
}

export function sendIdempotencyKey(input: SendAppointmentMessageInput): string {
  return `${input.workflowId}:${input.step}:v${input.version}`;
}

const SEND_KEY_RE = /^appointment-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}):.+:v\d+$/i;

/** The appointment a text was sent for by its appointment workflow (read from the send's idempotency key), or null for any other text. */
export function appointmentIdOfSendKey(idempotencyKey: string | null | undefined): string | null {
  return SEND_KEY_RE.exec(idempotencyKey ?? '')?.[1] ?? null;
}
