import { MAX_SUGGESTION_LENGTH, type SuggestionContext } from './suggestion.types.js';

const PRICE = /\$\s?\d[\d,]*(?:\.\d{1,2})?|\b\d[\d,]*(?:\.\d{1,2})?\s?(?:dollars|usd)\b/gi;
const CLOCK_TIME = /\b\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d{2}\b/gi;
const PERCENT = /\b\d{1,3}\s?%/g;
const URL = /\bhttps?:\/\/\S+|\bwww\.\S+/gi;
const PHONE = /(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b/g;

/** Everything the clinic has stated for this thread, normalised for "does this fact appear" checks. */
function statedFacts(context: SuggestionContext): string {
  return [
    context.clinicName,
    context.locationName,
    context.locationPhone,
    context.nextAppointment?.when,
    context.lastVisit?.when,
    context.hours,
    context.address,
    context.parking,
    context.bookingLink,
    ...context.snippets.map((s) => s.body),
  ]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
}

const compact = (s: string) => s.toLowerCase().replace(/[\s.,]/g, '');
/** `needle` appears in `haystack` as a whole number ("1pm" is not in "11pm", "$14" is not in "$140"). */
function statesNumber(haystack: string, needle: string): boolean {
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) {
    const before = haystack[i - 1] ?? '';
    const after = haystack[i + needle.length] ?? '';
    if (!/\d/.test(before) && !(/\d$/.test(needle) && /\d/.test(after))) return true;
  }
  return false;
}
const digits = (s: string) => s.replace(/\D/g, '');

/**
 * Why a suggested text may not be offered, or [] when it may: unfilled variables, too long, or a
 * price, time, percentage, link or phone number the clinic has not stated for this thread.
 */
export function suggestionProblems(text: string, context: SuggestionContext): string[] {
  const problems: string[] = [];
  if (!text.trim()) problems.push('empty');
  if (text.length > MAX_SUGGESTION_LENGTH) problems.push(`longer than ${MAX_SUGGESTION_LENGTH} characters`);
  if (/\{\{|\}\}|\{%|%\}|\[[A-Z_ ]+\]/.test(text)) problems.push('unfilled variable');
  const facts = statedFacts(context);
  const factsCompact = compact(facts);
  const factDigits = facts.replace(/[^\d\n ]/g, '');
  for (const m of text.match(PRICE) ?? []) if (!statesNumber(factsCompact, compact(m).replace(/dollars|usd/, ''))) problems.push(`price not stated by the clinic: ${m}`);
  for (const m of text.match(CLOCK_TIME) ?? []) if (!statesNumber(factsCompact, compact(m))) problems.push(`time not stated by the clinic: ${m}`);
  for (const m of text.match(PERCENT) ?? []) if (!statesNumber(factsCompact, compact(m))) problems.push(`percentage not stated by the clinic: ${m}`);
  for (const m of text.match(URL) ?? []) if (!facts.includes(m.toLowerCase().replace(/[).,!?]+$/, ''))) problems.push(`link not stated by the clinic: ${m}`);
  for (const m of text.match(PHONE) ?? []) if (!factDigits.replace(/\s/g, '').includes(digits(m).slice(-10))) problems.push(`phone number not stated by the clinic: ${m}`);
  return problems;
}

/** Identifiers a prompt does not need: phone numbers, emails, long digit runs (SSN, cards, member ids). */
export function minimiseIdentifiers(text: string): string {
  return text
    .replace(/[\w.+-]+@[\w-]+\.[\w.]+/g, '[email]')
    .replace(/\b\d{3}-\d{2}-\d{4}\b/g, '[number]')
    .replace(PHONE, '[phone]')
    .replace(/\b\d[\d -]{7,}\d\b/g, '[number]');
}
