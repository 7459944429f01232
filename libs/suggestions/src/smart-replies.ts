import { suggestEmbedded } from './embedded-engine.js';
import { LlmSuggestionError, type LlmSuggestionEngine } from './llm-engine.js';
import type { SuggestionRequest, SuggestionResult } from './suggestion.types.js';

/**
 * The engine choice: the LLM when configured and the organisation switched it on (it needs a BAA
 * for PHI), otherwise — and whenever the LLM fails, is slow or answers badly — the embedded engine.
 */
export async function suggestReplies(request: SuggestionRequest, llm: LlmSuggestionEngine | null): Promise<SuggestionResult> {
  if (!llm || request.intent === 'opt_out') return suggestEmbedded(request);
  try {
    const suggestions = await llm.suggest(request);
    return { engine: 'llm', intent: request.intent, suggestions };
  } catch (error) {
    const reason = error instanceof LlmSuggestionError ? `${error.reason}: ${error.message}` : String(error);
    return { ...suggestEmbedded(request), fallbackReason: reason };
  }
}
