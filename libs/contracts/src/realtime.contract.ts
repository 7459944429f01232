import { z } from 'zod';
import { appointmentView } from './appointments.contract.js';
import { conversationSummary, messageView } from './inbox.contract.js';

/** Position in the server's event log: a reconnecting console sends the last one it applied and is sent exactly what it missed. */
const seq = z.number().int();
/** A relayed event names where it belongs; the patient lets a console drop what concerns someone it does not show. */
const thread = { seq, conversationId: z.uuid(), locationId: z.uuid(), patientId: z.uuid() };

/**
 * Every event the API's realtime gateway sends to a console socket, with its payload. The gateway's
 * socket.io server and the console's client are both typed from this one map; each payload shows
 * the record as its recipient may see it (the same views as the HTTP API).
 */
export const SOCKET_EVENT_SCHEMAS = {
  /** After the handshake: the rooms joined and the log position to resume from. */
  ready: z.object({ locationIds: z.array(z.uuid()), seq }),
  /** The session ended (idle, signed out elsewhere, password reset, deactivated): a sentence asking to sign in again. */
  'session.ended': z.object({ message: z.string() }),
  /** What was missed cannot be replayed: the console reloads its views. */
  resync: z.object({ reason: z.string() }),
  /** A new text in a thread, as GET /api/conversations/:id shows it to this recipient. */
  'message.created': z.object({ ...thread, message: messageView, conversation: conversationSummary }),
  /** A text changed, typically its delivery status. */
  'message.updated': z.object({ ...thread, message: messageView, conversation: conversationSummary }),
  /** Status, assignment, star or (your own) read state of a thread changed. */
  'conversation.updated': z.object({ ...thread, conversation: conversationSummary }),
  /** An appointment changed (e.g. its confirmation status), as the calendar shows it to this recipient. */
  'appointment.updated': z.object({ seq, appointmentId: z.uuid(), locationId: z.uuid(), patientId: z.uuid(), appointment: appointmentView }),
  /** Smart replies for an inbound text are ready to fetch (ids only). */
  'suggestions.ready': z.object({ ...thread, messageId: z.uuid() }),
  /** A bulk send's state or progress changed (ids only; staff with the bulk permission). */
  'bulk_send.updated': z.object({ seq, bulkSendId: z.uuid(), locationId: z.uuid() }),
} as const;

export type SocketEventName = keyof typeof SOCKET_EVENT_SCHEMAS;
export type SocketEventPayload<K extends SocketEventName> = z.output<(typeof SOCKET_EVENT_SCHEMAS)[K]>;
/** socket.io's map of what the server emits, for the gateway's `Server` and the console's `Socket`. */
export type ServerToClientEvents = { [K in SocketEventName]: (event: SocketEventPayload<K>) => void };
/** The console emits nothing: the server joins its rooms from the session cookie. */
export type ClientToServerEvents = Record<string, never>;

export type ReadyEvent = SocketEventPayload<'ready'>;
export type MessageCreatedEvent = SocketEventPayload<'message.created'>;
export type MessageUpdatedEvent = SocketEventPayload<'message.updated'>;
export type ConversationUpdatedEvent = SocketEventPayload<'conversation.updated'>;
export type AppointmentUpdatedEvent = SocketEventPayload<'appointment.updated'>;
export type SuggestionsReadyEvent = SocketEventPayload<'suggestions.ready'>;
export type BulkSendUpdatedEvent = SocketEventPayload<'bulk_send.updated'>;
