export { AppointmentError, AppointmentErrorCode } from './appointment.errors.js';
export {
  renderAppointmentMessage,
  renderMessageTemplate,
  formatAppointmentTime,
  checkMessageTemplate,
  validateMessageTemplates,
  sampleMessageContext,
  templateKindOf,
  isTemplateKind,
  asksToReplyCancel,
  DEFAULT_TEMPLATES,
  TEMPLATE_KINDS,
  TEMPLATE_LABELS,
  TEMPLATE_VARIABLES,
  MAX_MESSAGE_LENGTH,
  MAX_TEMPLATE_LENGTH,
  type AppointmentMessageContext,
  type TemplateCheck,
  type TemplateKind,
  type TemplateVariable,
} from './appointment-messages.util.js';
export { createAppointmentActivities, type AppointmentActivityDeps } from './appointment.activities.js';
export { resolveMessagingPolicy, resolveMessagingSettings, type EffectiveMessagingSettings } from './messaging-policy.util.js';
export { byOffsetOrder, locationSampleContext, planMessagingSettingsChange, type MessagingSettingsChange } from './messaging-settings-change.util.js';
export { queueSettingsTest, type QueuedSettingsTest } from './use-cases/queue-settings-test/queue-settings-test.use-case.js';
export { bookingEventSchema, type BookingEventInput } from '@beacon/contracts';
export {
  recordBookingEvent,
  type RecordedBookingEvent,
} from './use-cases/record-booking-event/record-booking-event.use-case.js';
export { seedDemoAppointments } from './use-cases/seed-demo-appointments.js';
export { TemporalAppointmentGateway, type AppointmentWorkflowGateway } from './temporal-appointment.gateway.js';
export { riskScore, RISK_POINTS, RISK_LEVEL_AT, type RiskInput, type RiskLevel, type RiskScore } from './risk-score.util.js';
export { createDigestActivities } from './daily-digest.activities.js';
