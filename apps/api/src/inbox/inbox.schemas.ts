import { z } from 'zod';

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
