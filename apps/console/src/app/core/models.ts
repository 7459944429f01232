/** Typed models for the Beacon HTTP + realtime API. */

// The HTTP API's shapes come from @beacon/contracts (the schemas the API validates and answers with),
// under the names the console has always used.
export type {
  ApiErrorBody,
  AppointmentDaySummary,
  AppointmentDetail,
  AppointmentRisk,
  AppointmentStatus,
  AppointmentTimelineEntry,
  AppointmentUpcomingStep,
  Assignee,
  ConfirmationStatus,
  ConversationCounts,
  ConversationContext,
  ConversationFilter,
  ConversationPage,
  ConversationStatus,
  ConversationSummary,
  MessageDirection,
  MessageMediaItem,
  MessageStatus,
  PatientSummary,
  ReplySuggestion,
  ReplySuggestions,
  RiskLevel,
  SimulatorMessage,
  SimulatorThread,
  StaffAlertKind,
  StaffRole,
  SuggestionIntentStats,
  SuggestionStats,
} from '@beacon/contracts';
import type {
  AlertView,
  AppointmentView,
  LocationView,
  LoginBody,
  MessageView,
  SessionView,
  SignedInStaff,
  SimulatorInboundBody,
  SimulatorMessage,
  StaffAlertKind,
  StaffPermissionSet,
  StaffRole,
  UpdateConversationBody,
} from '@beacon/contracts';

export type StaffPermissions = StaffPermissionSet;
export type Staff = SignedInStaff;
export type StaffResponse = SessionView;
export type LoginRequest = LoginBody;
export type Location = LocationView;
export type Message = MessageView;
export type ConversationChange = UpdateConversationBody;

export type SimulatorDirection = SimulatorMessage['direction'];
export type SimulatorInboundRequest = SimulatorInboundBody;
export interface SimulatorInboundResponse {
  messageSid: string;
}
export type Appointment = AppointmentView;
/** Something staff at a location should act on (GET /api/alerts). */
export type StaffAlert = AlertView;

// ---- Realtime (socket.io) events: one definition in @beacon/contracts (realtime.contract.ts), shared with the gateway ----
export type {
  AppointmentUpdatedEvent,
  BulkSendUpdatedEvent,
  ConversationUpdatedEvent,
  MessageCreatedEvent,
  MessageUpdatedEvent,
  SuggestionsReadyEvent,
} from '@beacon/contracts';



export const ALERT_KIND_LABELS: Record<StaffAlertKind, string> = {
  high_risk: 'High risk',
  reschedule_requested: 'Reschedule request',
  cancel_requested: 'Cancel request',
  message_failed: 'Message failed',
  opted_out: 'Opted out',
  possible_opt_out: 'Possible opt-out — confirm',
  daily_digest: 'Tomorrow',
  patient_complaint: 'Unhappy patient',
  urgent_patient_message: 'Urgent patient message',
  vip_patient_texted: 'VIP patient texted',
  waitlist_opening: 'Opening today',
  bulk_send_finished: 'Bulk send finished',
  usage_allowance: 'Text allowance',
};

export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'offline';

export const ROLE_LABELS: Record<StaffRole, string> = {
  owner: 'Owner',
  front_desk: 'Front desk',
  provider: 'Provider',
  treatment_coordinator: 'Treatment coordinator',
  medical_assistant: 'Medical assistant',
};


