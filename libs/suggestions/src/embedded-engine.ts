import { INTENT_CATEGORIES, REPLY_BANK } from './reply-bank.js';
import { fillSlots, slotValues } from './slot-filling.util.js';
import { asksToConfirm, confirmationRequestFits } from './thread-fit.util.js';
import { MAX_SUGGESTIONS, MIN_SUGGESTIONS, type Suggestion, type SuggestionRequest, type SuggestionResult } from './suggestion.types.js';

/** Intents after which staff must not text (the patient revoked consent): no suggestions. */
const NO_REPLY_INTENTS = new Set(['opt_out']);
const STOP_WORDS = new Set(
  'a an and are at be can could do for from have hi hello hey i if in is it me my of on or please so that the this to was we what when where will with you your yes no ok just'.split(' '),
);

export function tokens(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length < 3 || STOP_WORDS.has(raw)) continue;
    // A crude stem is enough to match "parking"/"park", "prices"/"price".
    out.add(raw.replace(/(ing|ed|es|s)$/, '') || raw);
  }
  return out;
}

const snippetTokens = new Map<string, Set<string>>();
/** Snippets change rarely and are scored on every message: tokenise each text once. */
function tokensOfSnippet(text: string): Set<string> {
  let cached = snippetTokens.get(text);
  if (!cached) {
    if (snippetTokens.size > 5_000) snippetTokens.clear();
    cached = tokens(text);
    snippetTokens.set(text, cached);
  }
  return cached;
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared += 1;
  return shared / Math.min(a.size, b.size);
}

/** Laplace-smoothed choice rate against a prior of 1 in 3, scaled: chosen keys rise, ignored ones sink. */
function learnedBoost(feedback: SuggestionRequest['feedback'], key: string): number {
  const f = feedback?.[key];
  if (!f) return 0;
  return ((f.chosen + 1) / (f.shown + 3) - 1 / 3) * 1.5;
}

interface Candidate extends Suggestion {
  score: number;
}

/**
 * The default engine: no network, no account. Candidates are the clinic's own quick replies and
 * templates that match the intent (by category and by words shared with the patient's text) and the
 * built-in replies for the intent, each filled from the thread's facts and dropped when a fact is
 * missing; ranking adds what this clinic's staff chose before.
 */
export function suggestEmbedded(request: SuggestionRequest): SuggestionResult {
  const { intent, context } = request;
  if (NO_REPLY_INTENTS.has(intent)) return { engine: 'embedded', intent, suggestions: [] };
  const values = slotValues(context);
  const messageTokens = tokens(request.messageText);
  const categories = new Set(INTENT_CATEGORIES[intent] ?? []);
  const candidates: Candidate[] = [];
  const mayAskToConfirm = confirmationRequestFits(intent, context);

  for (const snippet of context.snippets) {
    // "Please confirm… reply C" to a patient who just confirmed, asked to reschedule, or has nothing to confirm: never.
    if (!mayAskToConfirm && asksToConfirm(snippet.body)) continue;
    const category = snippet.category?.trim().toLowerCase() ?? '';
    const categoryMatch = categories.has(category);
    const wordMatch = overlap(messageTokens, tokensOfSnippet(`${snippet.title} ${snippet.body}`));
    // The intent's own category is enough ("Pricing" answers a price question); a broader one
    // ("Policies" for a guest question) also needs words in common; no category, many words.
    const qualifies = (categoryMatch && (category === categories.values().next().value || wordMatch > 0)) || wordMatch >= 0.5;
    if (!qualifies) continue;
    const relevance = (categoryMatch ? 0.3 : 0) + wordMatch;
    const text = fillSlots(snippet.body, values);
    if (text) candidates.push({ key: `snippet:${snippet.id}`, text, source: 'clinic', score: 1 + relevance });
  }
  const bankFor = (label: string, base: number) =>
    (REPLY_BANK[label] ?? []).forEach((body, i) => {
      const text = fillSlots(body, values);
      if (text) candidates.push({ key: `bank:${label}:${i}`, text, source: 'bank', score: base - i * 0.05 });
    });
  bankFor(intent, 1);
  if (candidates.length < MIN_SUGGESTIONS && intent !== 'other') bankFor('other', 0.5);

  for (const c of candidates) c.score += learnedBoost(request.feedback, c.key);
  candidates.sort((a, b) => b.score - a.score);
  const seen = new Set<string>();
  const suggestions: Suggestion[] = [];
  for (const { score: _score, ...s } of candidates) {
    const normalized = s.text.toLowerCase().replace(/\W+/g, ' ').trim();
    if (seen.has(normalized)) continue;
    seen.add(normalized);
    suggestions.push(s);
    if (suggestions.length === MAX_SUGGESTIONS) break;
  }
  return { engine: 'embedded', intent, suggestions };
}
