import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { EncryptedJson } from '../encryption/encrypted-text.type.js';
import { createdAtColumn, idColumn } from './common.js';

export interface StoredSuggestion {
  key: string;
  text: string;
  source: 'bank' | 'clinic' | 'llm';
}

/** The smart replies prepared for one inbound text when it arrived (one row per message). */
export const ReplySuggestion = defineEntity({
  name: 'ReplySuggestion',
  tableName: 'reply_suggestion',
  properties: {
    id: idColumn(),
    organizationId: p.uuid(),
    locationId: p.uuid(),
    conversationId: p.uuid().index(),
    messageId: p.uuid().unique(),
    intent: p.string(),
    confidence: p.double(),
    engine: p.string(),
    fallbackReason: p.text().nullable(),
    /** The workflow that prepared it (a smart-reply batch), to open in the Temporal Web UI. */
    preparedBy: p.string().nullable(),
    /** Rendered with the patient's name, provider and service: encrypted at rest. */
    suggestions: p.json<StoredSuggestion[]>().type(EncryptedJson),
    createdAt: createdAtColumn(),
  },
});
export type IReplySuggestion = InferEntity<typeof ReplySuggestion>;

export const SUGGESTION_ACTIONS = ['shown', 'chosen', 'dismissed', 'sent'] as const;
export type SuggestionAction = (typeof SUGGESTION_ACTIONS)[number];

/**
 * What staff did with a suggestion: shown, chosen (placed in the composer), dismissed, sent (with or
 * without edits). Ranking learns from it per organisation and intent; owners see acceptance rates.
 */
export const SuggestionFeedback = defineEntity({
  name: 'SuggestionFeedback',
  tableName: 'suggestion_feedback',
  uniques: [{ properties: ['messageId', 'suggestionKey', 'action', 'staffId'] }],
  indexes: [{ properties: ['organizationId', 'intent'] }],
  properties: {
    id: idColumn(),
    organizationId: p.uuid(),
    locationId: p.uuid(),
    messageId: p.uuid(),
    intent: p.string(),
    suggestionKey: p.string(),
    action: p.enum(SUGGESTION_ACTIONS),
    /** For `sent`: whether staff changed the text before sending. */
    edited: p.boolean().default(false),
    staffId: p.uuid(),
    createdAt: createdAtColumn(),
  },
});
export type ISuggestionFeedback = InferEntity<typeof SuggestionFeedback>;
