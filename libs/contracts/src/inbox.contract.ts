import { z } from 'zod';
import { idParams, instant, patientSummary } from './common.contract.js';
import { endpoint } from './endpoint.js';
import { CONVERSATION_STATUSES, MESSAGE_DIRECTIONS, MESSAGE_STATUSES, STAFF_ROLES } from './vocabulary.js';

export const CONVERSATION_FILTERS = ['all', 'unread', 'open', 'closed', 'assigned_to_me', 'starred'] as const;
export type ConversationFilter = (typeof CONVERSATION_FILTERS)[number];

export const listConversationsQuery = z.object({
  /** One location; without it, every location the staff member works at. */
  locationId: z.uuid({ error: 'must be a location id (UUID)' }).optional(),
  filter: z.enum(CONVERSATION_FILTERS, { error: `must be one of ${CONVERSATION_FILTERS.join(', ')}` }).default('all'),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number({ error: 'must be a number' }).int().min(1, { error: 'must be at least 1' }).max(100, { error: 'must be at most 100' }).default(50),
});
export type ListConversationsQuery = z.output<typeof listConversationsQuery>;

export const countsQuery = z.object({ locationId: z.uuid({ error: 'must be a location id (UUID)' }).optional() });
export type CountsQuery = z.output<typeof countsQuery>;

export const updateConversationBody = z
  .object({
    status: z.enum(['open', 'closed'], { error: 'must be "open" or "closed"' }).optional(),
    assignedStaffId: z.uuid({ error: 'must be a staff id (UUID) or null' }).nullable().optional(),
    starred: z.boolean({ error: 'must be true or false' }).optional(),
  })
  .strict()
  .refine((b) => b.status !== undefined || b.assignedStaffId !== undefined || b.starred !== undefined, { error: 'Say what to change: status, assignedStaffId or starred.' });
export type UpdateConversationBody = z.output<typeof updateConversationBody>;

export const readStateBody = z.object({ unread: z.boolean({ error: 'must be true or false' }) }).strict();
export type ReadStateBody = z.output<typeof readStateBody>;

/** Twilio's limit for one message body is 1600 characters. */
export const MAX_BODY_LENGTH = 1600;

export const sendMessageBody = z
  .object({
    body: z.string({ error: 'must be text' }).max(MAX_BODY_LENGTH, { error: `must be at most ${MAX_BODY_LENGTH} characters` }).default(''),
    clientMessageId: z.uuid({ error: 'must be a UUID chosen by the client' }),
    mediaIds: z.array(z.uuid({ error: 'must be an uploaded picture id' })).max(5, { error: 'at most 5 pictures per message' }).default([]),
    /** Quick replies inserted with `/` (usage analytics). */
    quickReplyIds: z.array(z.uuid({ error: 'must be a quick reply id' })).max(10, { error: 'at most 10 quick replies per message' }).default([]),
    /** The library template the text started from (template analytics). */
    templateId: z.uuid({ error: 'must be a template id' }).nullable().default(null),
    /** Staff chose "Send anyway" after the identifier warning (audited). */
    allowIdentifiers: z.boolean({ error: 'must be true or false' }).default(false),
  })
  .strict();
export type SendMessageBody = z.output<typeof sendMessageBody>;

export const patientNotesBody = z.object({ notes: z.string({ error: 'must be text' }).max(4000, { error: 'must be at most 4000 characters' }) }).strict();
export type PatientNotesBody = z.output<typeof patientNotesBody>;

/** PUT /conversations/:id/patient-vip: mark or unmark the thread's patient as VIP. */
export const patientVipBody = z.strictObject({ vip: z.boolean({ error: 'must be true or false' }) });
export type PatientVipBody = z.output<typeof patientVipBody>;

// ---- Responses

export const conversationSummary = z.object({
  id: z.uuid(),
  locationId: z.uuid(),
  status: z.enum(CONVERSATION_STATUSES),
  starred: z.boolean(),
  assignedTo: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  patient: patientSummary,
  lastMessageAt: instant,
  lastMessagePreview: z.string(),
  /** For the person asking (read state is per staff member). */
  unread: z.boolean(),
});
export type ConversationSummary = z.output<typeof conversationSummary>;

export const messageMediaItem = z.object({ id: z.uuid(), contentType: z.string(), url: z.string() });
export type MessageMediaItem = z.output<typeof messageMediaItem>;

export const messageView = z.object({
  id: z.uuid(),
  conversationId: z.uuid(),
  direction: z.enum(MESSAGE_DIRECTIONS),
  body: z.string(),
  status: z.enum(MESSAGE_STATUSES),
  automated: z.boolean(),
  /** What sent it, e.g. "manual", "appointment_reminder". */
  kind: z.string(),
  /** Provider error code (e.g. Twilio 30003) and a readable reason, when sending failed. */
  errorCode: z.string().nullable(),
  errorMessage: z.string().nullable(),
  /** MMS pictures, served to staff at `url`. */
  media: z.array(messageMediaItem),
  /** Outbound: the bulk send it belongs to; inbound: the bulk send it replies to (the thread shows "Reply to bulk send"). */
  bulkSendId: z.uuid().nullable(),
  createdAt: instant,
});
export type MessageView = z.output<typeof messageView>;

export const conversationPage = z.object({ conversations: z.array(conversationSummary), nextCursor: z.string().nullable() });
export type ConversationPage = z.output<typeof conversationPage>;

export const conversationCounts = z.object({ unread: z.number().int(), open: z.number().int(), closed: z.number().int(), assignedToMe: z.number().int(), starred: z.number().int() });
export type ConversationCounts = z.output<typeof conversationCounts>;

export const assignee = z.object({ id: z.uuid(), name: z.string(), role: z.enum(STAFF_ROLES) });
export type Assignee = z.output<typeof assignee>;

export const mediaUpload = z.object({ id: z.uuid(), contentType: z.string(), sizeBytes: z.number().int(), url: z.string() });
export type MediaUpload = z.output<typeof mediaUpload>;

const conversationParams = idParams;

/** The signature of a public media link (see the MMS send path). */
export const publicMediaQuery = z.object({ expires: z.coerce.number().int(), sig: z.string().min(10).max(100) });

export const inboxEndpoints = [
  endpoint({
    method: 'GET', path: '/api/conversations', tag: 'inbox', auth: 'session', query: listConversationsQuery,
    summary: 'Conversations, last activity first, one page at a time',
    description: 'Pass `nextCursor` as `cursor` for the next page.',
    responses: { 200: { description: 'One page', schema: conversationPage } },
  }),
  endpoint({ method: 'GET', path: '/api/conversations/counts', tag: 'inbox', auth: 'session', query: countsQuery, summary: 'Badge counts for the inbox filters (unread is per staff member)', responses: { 200: { description: 'Counts', schema: conversationCounts } } }),
  endpoint({ method: 'GET', path: '/api/conversations/:id', tag: 'inbox', auth: 'session', params: conversationParams, summary: 'One conversation (audited as a view)', responses: { 200: { description: 'The conversation', schema: conversationSummary } }, errors: { 404: ['CONVERSATION_NOT_FOUND'] } }),
  endpoint({
    method: 'PATCH', path: '/api/conversations/:id', tag: 'inbox', auth: 'session', params: conversationParams, body: updateConversationBody,
    summary: 'Close / reopen, assign / unassign, star / unstar a conversation',
    description: 'Starring needs only access to the thread; closing, reopening, taking or releasing it needs canSendMessages; giving it to (or taking it from) someone else also needs viewAllConversations.',
    responses: { 200: { description: 'The conversation as it is now', schema: conversationSummary } },
    errors: { 404: ['CONVERSATION_NOT_FOUND'], 422: ['ASSIGNEE_NOT_FOUND', 'ASSIGNEE_NO_ACCESS'] },
  }),
  endpoint({ method: 'PUT', path: '/api/conversations/:id/read-state', tag: 'inbox', auth: 'session', params: conversationParams, body: readStateBody, summary: 'Mark read ({ unread: false }) or unread again ({ unread: true }) for yourself', responses: { 200: { description: 'The conversation as you see it now', schema: conversationSummary } }, errors: { 404: ['CONVERSATION_NOT_FOUND'] } }),
  endpoint({ method: 'GET', path: '/api/conversations/:id/assignees', tag: 'inbox', auth: 'session', params: conversationParams, summary: 'Staff this conversation can be assigned to (they work at its location)', responses: { 200: { description: 'Staff', schema: z.array(assignee) } }, errors: { 404: ['CONVERSATION_NOT_FOUND'] } }),
  endpoint({ method: 'GET', path: '/api/conversations/:id/messages', tag: 'inbox', auth: 'session', params: conversationParams, summary: 'The messages of a conversation, oldest first', responses: { 200: { description: 'Messages', schema: z.array(messageView) } }, errors: { 404: ['CONVERSATION_NOT_FOUND'] } }),
  endpoint({
    method: 'POST', path: '/api/conversations/:id/messages', tag: 'inbox', auth: 'session', permissions: ['canSendMessages'], params: conversationParams, body: sendMessageBody,
    summary: 'Send a message to the patient',
    description: 'Stored as queued and delivered durably; the same clientMessageId never sends twice. Status changes arrive as message.updated.',
    responses: { 202: { description: 'Queued', schema: messageView } },
    errors: { 400: ['EMPTY_MESSAGE', 'UNFILLED_VARIABLE', 'QUICK_REPLY_UNKNOWN', 'TEMPLATE_UNKNOWN'], 403: ['SEND_FORBIDDEN'], 404: ['CONVERSATION_NOT_FOUND'], 409: ['CLIENT_MESSAGE_ID_REUSED', 'PATIENT_OPTED_OUT'], 422: ['INVALID_PATIENT_PHONE', 'PICTURE_NOT_AVAILABLE'] },
  }),
  endpoint({
    method: 'POST', path: '/api/conversations/:id/media', tag: 'inbox', auth: 'session', permissions: ['canSendMessages'], params: conversationParams, bodyType: 'multipart/form-data',
    body: z.object({ file: z.string().meta({ format: 'binary', description: 'A JPEG, PNG or GIF picture' }) }),
    summary: 'Upload a picture to send with the next message (its id goes in mediaIds)',
    responses: { 201: { description: 'Stored (encrypted)', schema: mediaUpload } },
    errors: { 400: ['NO_PICTURE'], 404: ['CONVERSATION_NOT_FOUND'], 413: ['PICTURE_TOO_LARGE'], 415: ['PICTURE_TYPE_NOT_ALLOWED'] },
  }),
  endpoint({ method: 'GET', path: '/api/media/:id', tag: 'inbox', auth: 'session', params: idParams, summary: 'A picture of a message, decrypted, for staff who may see its thread', responses: { 200: { description: 'The picture', contentType: 'image/*' } }, errors: { 404: ['MEDIA_NOT_FOUND'] } }),
  endpoint({
    method: 'GET', path: '/api/public/media/:id', tag: 'inbox', auth: 'public', params: idParams, query: publicMediaQuery,
    summary: 'A picture of an outgoing MMS, for the SMS provider (signed, expiring link)',
    responses: { 200: { description: 'The picture', contentType: 'image/*' } }, errors: { 403: ['MEDIA_LINK_EXPIRED'], 404: ['MEDIA_NOT_FOUND'] },
  }),
] as const;
