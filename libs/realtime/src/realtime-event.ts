/** Change notices that cross processes (worker → api) through PostgreSQL NOTIFY; ids only, no PHI. */
export type RealtimeEvent =
  | { type: 'message.created'; messageId: string; conversationId: string; locationId: string }
  | { type: 'message.updated'; messageId: string; conversationId: string; locationId: string }
  /** Something shown on the calendar changed (e.g. the confirmation status). */
  | { type: 'appointment.updated'; appointmentId: string; locationId: string }
  /** Smart replies for an inbound text are ready. */
  | { type: 'suggestions.ready'; messageId: string; conversationId: string; locationId: string };

export const REALTIME_CHANNEL = 'beacon_events';
