export * from './suggestion.types.js';
export { suggestEmbedded } from './embedded-engine.js';
export { LlmSuggestionEngine, LlmSuggestionError, buildPrompt, type LlmEngineOptions } from './llm-engine.js';
export { suggestReplies } from './smart-replies.js';
export { suggestionProblems, minimiseIdentifiers } from './validate-suggestions.util.js';
export { fillSlots, slotValues } from './slot-filling.util.js';
export { createSuggestionActivities, type SuggestionActivities, type SuggestionActivityDeps } from './reply-suggestions.activities.js';
export { formatWeeklyHours } from './weekly-hours.util.js';
