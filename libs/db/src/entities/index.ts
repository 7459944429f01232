export * from './organization.entity.js';
export * from './location.entity.js';
export * from './staff.entity.js';
export * from './patient.entity.js';
export * from './appointment.entity.js';
export * from './integration.entity.js';
export * from './conversation.entity.js';
export * from './message.entity.js';
export * from './consent-event.entity.js';
export * from './simulator-message.entity.js';
export * from './staff-alert.entity.js';
export * from './delivery-status-event.entity.js';
export * from './audit-event.entity.js';
export * from './reply-suggestion.entity.js';
export * from './quick-reply.entity.js';
export * from './message-media.entity.js';
export * from './realtime-event-log.entity.js';
export * from './search-token.entity.js';

import { Organization } from './organization.entity.js';
import { Location } from './location.entity.js';
import { Staff, StaffSession, StaffToken } from './staff.entity.js';
import { Patient } from './patient.entity.js';
import { Appointment } from './appointment.entity.js';
import { BookingEvent, Integration } from './integration.entity.js';
import { Conversation, ConversationRead } from './conversation.entity.js';
import { Message } from './message.entity.js';
import { ConsentEvent } from './consent-event.entity.js';
import { SimulatorMessage } from './simulator-message.entity.js';
import { StaffAlert } from './staff-alert.entity.js';
import { DeliveryStatusEvent } from './delivery-status-event.entity.js';
import { AuditEvent } from './audit-event.entity.js';
import { ReplySuggestion, SuggestionFeedback } from './reply-suggestion.entity.js';
import { MessageTemplate, QuickReply, QuickReplyUsage, TemplateFavorite } from './quick-reply.entity.js';
import { MessageMedia, SimulatorMedia } from './message-media.entity.js';
import { RealtimeEventLog } from './realtime-event-log.entity.js';
import { MessageSearchToken } from './search-token.entity.js';

export const ALL_ENTITIES = [
  Organization,
  Location,
  Staff,
  StaffSession,
  StaffToken,
  Patient,
  Appointment,
  Integration,
  BookingEvent,
  Conversation,
  ConversationRead,
  Message,
  ConsentEvent,
  SimulatorMessage,
  StaffAlert,
  DeliveryStatusEvent,
  AuditEvent,
  ReplySuggestion,
  SuggestionFeedback,
  QuickReply,
  QuickReplyUsage,
  MessageTemplate,
  TemplateFavorite,
  MessageMedia,
  SimulatorMedia,
  RealtimeEventLog,
  MessageSearchToken,
];
