import { z } from 'zod';
import { idParams } from './common.contract.js';
import { endpoint } from './endpoint.js';

/** POST /suggestions/:messageId/feedback — what the staff member did with one suggestion. */
export const suggestionFeedbackBody = z.strictObject({
  key: z.string({ error: 'is required: the key of the suggestion' }).min(1, 'is required: the key of the suggestion').max(200),
  action: z.enum(['chosen', 'dismissed', 'sent'], { error: 'must be chosen, dismissed or sent' }),
  /** For `sent`: the text was changed before sending. */
  edited: z.boolean({ error: 'must be true or false' }).default(false),
});
export type SuggestionFeedbackBody = z.output<typeof suggestionFeedbackBody>;

/** GET /suggestions/stats */
export const suggestionStatsQuery = z.strictObject({
  /** One location, or every location the owner works at. */
  locationId: z.uuid({ error: 'must be a location id (UUID)' }).optional(),
  days: z.coerce.number({ error: 'must be a number of days' }).int().min(1, 'must be at least 1').max(365, 'must be at most 365').default(30),
});
export type SuggestionStatsQuery = z.output<typeof suggestionStatsQuery>;

/** PUT /suggestions/settings */
export const suggestionSettingsBody = z
  .strictObject({
    llmSuggestions: z.boolean({ error: 'must be true or false' }),
    /** Turning the LLM on sends thread details to the model provider: the owner confirms a BAA is in place. */
    baaConfirmed: z.boolean().optional(),
  })
  .refine((b) => !b.llmSuggestions || b.baaConfirmed === true, {
    message: 'confirm that a Business Associate Agreement with your AI provider is in place before turning AI-written suggestions on',
    path: ['baaConfirmed'],
  });
export type SuggestionSettingsBody = z.output<typeof suggestionSettingsBody>;

// ---- Responses

export const replySuggestion = z.object({ key: z.string(), text: z.string(), source: z.enum(['bank', 'clinic', 'llm']) });
export type ReplySuggestion = z.output<typeof replySuggestion>;

export const replySuggestions = z.object({
  /** The inbound text they answer; null when the thread has none with suggestions. */
  messageId: z.uuid().nullable(),
  intent: z.string().nullable(),
  engine: z.string().nullable(),
  suggestions: z.array(replySuggestion),
});
export type ReplySuggestions = z.output<typeof replySuggestions>;

export const suggestionIntentStats = z.object({
  intent: z.string(),
  /** Inbound texts whose suggestions staff saw. */
  shown: z.number().int(),
  /** Of those, how many had one placed in the composer or sent. */
  accepted: z.number().int(),
  sent: z.number().int(),
  sentEdited: z.number().int(),
  dismissed: z.number().int(),
  acceptanceRate: z.number(),
});
export type SuggestionIntentStats = z.output<typeof suggestionIntentStats>;

export const suggestionStats = z.object({ days: z.number().int(), intents: z.array(suggestionIntentStats), engine: z.object({ llmConfigured: z.boolean(), llmEnabled: z.boolean() }) });
export type SuggestionStats = z.output<typeof suggestionStats>;

export const suggestionSettingsView = z.object({ llmSuggestions: z.boolean(), llmConfigured: z.boolean() });
export type SuggestionSettingsView = z.output<typeof suggestionSettingsView>;

export const suggestionsEndpoints = [
  endpoint({ method: 'GET', path: '/api/conversations/:id/suggestions', tag: 'smart replies', auth: 'session', params: idParams, summary: "Smart replies for the thread's latest inbound text", responses: { 200: { description: 'Suggestions (empty when there are none)', schema: replySuggestions } }, errors: { 404: ['CONVERSATION_NOT_FOUND'] } }),
  endpoint({ method: 'POST', path: '/api/suggestions/:messageId/feedback', tag: 'smart replies', auth: 'session', params: z.object({ messageId: z.uuid() }), body: suggestionFeedbackBody, summary: 'What you did with one suggestion (chosen, dismissed, sent)', responses: { 204: { description: 'Recorded' } }, errors: { 404: ['MESSAGE_NOT_FOUND', 'SUGGESTIONS_NOT_FOUND'], 422: ['SUGGESTION_NOT_FOUND'] } }),
  endpoint({ method: 'GET', path: '/api/suggestions/stats', tag: 'smart replies', auth: 'session', query: suggestionStatsQuery, summary: 'How often suggestions were used, per intent (owners)', responses: { 200: { description: 'Stats', schema: suggestionStats } }, errors: { 403: ['OWNER_ONLY', 'LOCATION_FORBIDDEN'] } }),
  endpoint({ method: 'PUT', path: '/api/suggestions/settings', tag: 'smart replies', auth: 'session', body: suggestionSettingsBody, summary: 'Turn AI-written suggestions on or off (owners; needs a BAA)', responses: { 200: { description: 'The setting now', schema: suggestionSettingsView } }, errors: { 403: ['OWNER_ONLY'], 409: ['LLM_NOT_CONFIGURED'] } }),
] as const;
