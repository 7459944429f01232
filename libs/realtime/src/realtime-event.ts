/** Change notices that cross processes (worker → api) through PostgreSQL NOTIFY; ids only, no PHI. */
export type RealtimeEvent =
  | { type: 'message.created'; messageId: string; conversationId: string; locationId: string }
  | { type: 'message.updated'; messageId: string; conversationId: string; locationId: string }
  /**
   * Status, assignment or star changed (for everyone), or — with `staffId` — that person's read
   * state changed (only their own consoles hear it).
   */
  | { type: 'conversation.updated'; conversationId: string; locationId: string; patientId: string; staffId?: string }
  /** Something shown on the calendar changed (e.g. the confirmation status). */
  | { type: 'appointment.updated'; appointmentId: string; locationId: string }
  /** Smart replies for an inbound text are ready. */
  | { type: 'suggestions.ready'; messageId: string; conversationId: string; locationId: string }
  /** A bulk send's state or progress changed (counts only; staff with the bulk permission hear it). */
  | { type: 'bulk_send.updated'; bulkSendId: string; locationId: string };

/** A notice as it was logged: `seq` grows in commit order, so "everything after seq N" has no gaps. */
export type SequencedRealtimeEvent = RealtimeEvent & { seq: number };

export const REALTIME_CHANNEL = 'beacon_events';
