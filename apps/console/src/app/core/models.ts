/** Typed models for the Beacon HTTP + realtime API (mirrors the backend contract). */

export type StaffRole = 'owner' | 'front_desk' | 'provider' | 'treatment_coordinator' | 'medical_assistant';

export interface StaffPermissions {
  canSendMessages: boolean;
  viewAllConversations: boolean;
  viewOwnPatientsOnly: boolean;
  seeContactDetails: boolean;
  bulkMessaging: boolean;
  manageStaff: boolean;
  manageSettings: boolean;
  manageTemplates: boolean;
}

export interface Staff {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  permissions: StaffPermissions;
  locationIds: string[];
}

export interface StaffResponse {
  staff: Staff;
  /** How long the console may stay idle before it signs out (automatic log-off). */
  session?: { idleMinutes: number };
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface Location {
  id: string;
  name: string;
  timeZone: string;
  phoneNumber: string;
  address: string;
}

export interface PatientSummary {
  id: string;
  firstName: string;
  lastName: string;
  /** Full E.164 number or a masked form, depending on the viewer's `seeContactDetails`. */
  phone: string;
}

export type ConversationStatus = 'open' | 'closed';
export type ConversationFilter = 'all' | 'unread' | 'open' | 'closed' | 'assigned_to_me' | 'starred';

export interface ConversationSummary {
  id: string;
  locationId: string;
  status: ConversationStatus;
  starred: boolean;
  assignedTo: { id: string; name: string } | null;
  patient: PatientSummary;
  /** ISO-8601 timestamp. */
  lastMessageAt: string;
  lastMessagePreview: string;
  unread: boolean;
}

export type MessageDirection = 'inbound' | 'outbound';
export type MessageStatus = 'received' | 'queued' | 'sending' | 'sent' | 'delivered' | 'undelivered' | 'failed' | 'blocked';

export interface Message {
  id: string;
  conversationId: string;
  direction: MessageDirection;
  body: string;
  status: MessageStatus;
  automated: boolean;
  /** Free-form classifier from the backend, e.g. "manual", "appointment_reminder". */
  kind: string;
  /** Provider error code (e.g. Twilio 30003) and a readable reason, when sending failed. */
  errorCode?: string | null;
  errorMessage?: string | null;
  /** MMS pictures, served to staff at `url`. */
  media?: MessageMediaItem[];
  /** Outbound: the bulk send it belongs to; inbound: the bulk send it answers. */
  bulkSendId?: string | null;
  /** ISO-8601 timestamp. */
  createdAt: string;
}

/** A bulk send's state or progress changed (ids only; the page reloads it). */
export interface BulkSendUpdatedEvent {
  seq?: number;
  bulkSendId: string;
  locationId: string;
}

export interface MessageMediaItem {
  id: string;
  contentType: string;
  url: string;
}

export interface ConversationPage {
  conversations: ConversationSummary[];
  nextCursor: string | null;
}

export interface ConversationCounts {
  unread: number;
  open: number;
  closed: number;
  assignedToMe: number;
  starred: number;
}

export interface Assignee {
  id: string;
  name: string;
  role: StaffRole;
}

export interface ConversationChange {
  status?: ConversationStatus;
  assignedStaffId?: string | null;
  starred?: boolean;
}

/** Status, assignment, star or (your own) read state of a conversation changed. */
export interface ConversationUpdatedEvent {
  seq?: number;
  conversationId: string;
  locationId: string;
  patientId: string;
  conversation: ConversationSummary;
}

export type SimulatorDirection = 'to_patient' | 'from_patient';

export interface SimulatorMessage {
  id: string;
  direction: SimulatorDirection;
  body: string;
  /** Pictures of an MMS (links the simulated phone can open). */
  mediaUrls?: string[];
  from: string;
  to: string;
  createdAt: string;
}

export interface SimulatorThread {
  phone: string;
  patientName: string | null;
  lastAt: string;
  messages: SimulatorMessage[];
}

export interface SimulatorInboundRequest {
  /** Patient phone, E.164. */
  from: string;
  /** Clinic number, E.164. */
  to: string;
  body: string;
  /** Pictures uploaded with `uploadPicture`. */
  mediaIds?: string[];
}

export interface SimulatorInboundResponse {
  messageSid: string;
}

// ---- Appointments (calendar) ----

export type AppointmentStatus = 'booked' | 'cancelled' | 'checked_in' | 'completed' | 'no_show';
export type ConfirmationStatus = 'unconfirmed' | 'confirmed' | 'high_risk' | 'reschedule_requested';
export type RiskLevel = 'low' | 'medium' | 'high';

export interface AppointmentRisk {
  /** 0 (no concern) … 100. */
  score: number;
  level: RiskLevel;
  /** Why, in words, most important first. */
  reasons: string[];
}

export interface Appointment {
  id: string;
  locationId: string;
  /** ISO-8601 timestamp. */
  startsAt: string;
  durationMinutes: number;
  providerName: string;
  serviceName: string;
  status: AppointmentStatus;
  confirmationStatus: ConfirmationStatus;
  source: 'online' | 'staff';
  patient: PatientSummary;
  risk: AppointmentRisk;
}

/** One step the appointment's workflow recorded. */
export interface AppointmentTimelineEntry {
  /** ISO-8601 timestamp. */
  at: string;
  kind: 'event' | 'sent' | 'skipped' | 'failed' | string;
  detail: string;
}

/** A step the appointment's workflow will take (a reminder, the confirmation request, a check). */
export interface AppointmentUpcomingStep {
  /** e.g. "reminder:1d", "confirmation_request", "high_risk_check" */
  id: string;
  kind: string;
  /** ISO-8601 timestamp. */
  at: string;
}

export interface AppointmentDetail extends Appointment {
  timeline: AppointmentTimelineEntry[];
  /** Steps still to come, soonest first (empty when the workflow could not be asked). */
  upcoming: AppointmentUpcomingStep[];
  /** False when the workflow could not be asked (e.g. closed long ago): the timeline is then empty. */
  timelineAvailable: boolean;
  /** The patient's conversation at the appointment's location. */
  conversationId: string;
}

export interface AppointmentDaySummary {
  date: string;
  unconfirmed: number;
  highRisk: number;
  total: number;
}

/** Error body returned by the API for every non-2xx response. */
export interface ApiErrorBody {
  statusCode: number;
  message: string | string[];
  code?: string;
}

// ---- Realtime (socket.io) events ----

export interface MessageCreatedEvent {
  /** Position in the server's event log (used to catch up after a reconnect). */
  seq?: number;
  patientId?: string;
  conversationId: string;
  locationId: string;
  message: Message;
  conversation: ConversationSummary;
}

export interface MessageUpdatedEvent {
  /** Position in the server's event log (used to catch up after a reconnect). */
  seq?: number;
  patientId?: string;
  conversationId: string;
  locationId: string;
  message: Message;
}

export interface AppointmentUpdatedEvent {
  /** Position in the server's event log (used to catch up after a reconnect). */
  seq?: number;
  patientId?: string;
  appointmentId: string;
  locationId: string;
  appointment: Appointment;
}

export type StaffAlertKind = 'high_risk' | 'reschedule_requested' | 'cancel_requested' | 'message_failed' | 'opted_out' | 'daily_digest' | 'possible_opt_out' | 'patient_complaint' | 'urgent_patient_message' | 'vip_patient_texted' | 'waitlist_opening' | 'bulk_send_finished' | 'usage_allowance';

/** Something staff at a location should act on (GET /api/alerts). */
export interface StaffAlert {
  id: string;
  kind: StaffAlertKind;
  message: string;
  appointmentId: string | null;
  patientId: string | null;
  /** "Alex T." — who the alert is about; null for location-wide alerts. */
  patientName: string | null;
  createdAt: string;
}

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

/** Pushed when the worker has prepared smart replies for an inbound text. */
export interface SuggestionsReadyEvent {
  conversationId: string;
  locationId: string;
  messageId: string;
  seq?: number;
}

export interface ReplySuggestion {
  key: string;
  text: string;
  source: 'bank' | 'clinic' | 'llm';
}

export interface ReplySuggestions {
  messageId: string | null;
  intent: string | null;
  engine: string | null;
  suggestions: ReplySuggestion[];
}

export interface SuggestionIntentStats {
  intent: string;
  shown: number;
  accepted: number;
  sent: number;
  sentEdited: number;
  dismissed: number;
  acceptanceRate: number;
}

export interface SuggestionStats {
  days: number;
  intents: SuggestionIntentStats[];
  engine: { llmConfigured: boolean; llmEnabled: boolean };
}

/** GET /api/conversations/:id/context — the panel beside a thread. */
export interface ConversationContext {
  conversationId: string;
  locationId: string;
  timeZone: string;
  patient: { id: string; firstName: string; lastName: string; phone: string; notes: string; canEditNotes: boolean };
  /** VIP: marked by staff, or lifetime spend at or above the location's threshold (cents; null = off). */
  vip: { vip: boolean; marked: boolean; thresholdCents: number | null; canMark: boolean };
  nextAppointment: {
    id: string;
    startsAt: string;
    startsAtLocal: string;
    durationMinutes: number;
    providerName: string;
    serviceName: string;
    status: string;
    confirmationStatus: string;
    risk: AppointmentRisk;
  } | null;
  lastVisit: { id: string; startsAt: string; startsAtLocal: string; serviceName: string; providerName: string } | null;
  visitCount: number;
  servicesUsed: string[];
  lifetimeSpendCents: number;
}
