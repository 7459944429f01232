import { z } from 'zod';

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
