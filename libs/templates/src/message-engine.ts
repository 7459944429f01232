import { Liquid, type Template } from 'liquidjs';

/** Longest template source accepted anywhere (settings, quick replies, library). */
export const MAX_TEMPLATE_SOURCE_LENGTH = 2000;

// One engine for every text Beacon sends: appointment messages, quick replies and library templates.
// No file system (include/render/layout find nothing), no HTML escaping (SMS is plain text; a value is
// output once and never parsed again, so a name like "{{x}}" stays literal), unknown variables and
// filters are errors rather than silent blanks, JavaScript truthiness so an unknown first name ("")
// reads as "no name", and limits so a hostile template cannot tie up the API or the worker.
const liquid = new Liquid({
  strictVariables: true,
  strictFilters: true,
  jsTruthy: true,
  ownPropertyOnly: true,
  templates: {},
  parseLimit: MAX_TEMPLATE_SOURCE_LENGTH * 4,
  renderLimit: 250,
  memoryLimit: 100_000,
});

const PARSE_CACHE_SIZE = 500;
const parseCache = new Map<string, Template[]>();

/** Parses once per distinct source (the same few templates are rendered over and over). Throws on bad syntax. */
export function parseMessageTemplate(source: string): Template[] {
  const cached = parseCache.get(source);
  if (cached) return cached;
  const parsed = liquid.parse(source);
  if (parseCache.size >= PARSE_CACHE_SIZE) {
    const oldest = parseCache.keys().next();
    if (!oldest.done) parseCache.delete(oldest.value);
  }
  parseCache.set(source, parsed);
  return parsed;
}

/** Renders with every referenced variable present in `values`; throws when one is missing or the source is bad. */
export function renderWithValues(source: string, values: object): string {
  return String(liquid.renderSync(parseMessageTemplate(source), values)).trim();
}

/** The variables a template reads (`{{firstName}}`, `{% if rebookingUrl %}` …), in order of first use. */
export function templateVariables(source: string): string[] {
  return [...new Set(liquid.globalVariablesSync(parseMessageTemplate(source)))];
}

/** Liquid's error without its "line:1, col:5" noise, as a sentence fragment. */
export function templateErrorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/, line:\d+, col:\d+.*$/s, '').replace(/\s+/g, ' ').trim();
}

export type ThreadValues = Record<string, string | null | undefined>;

export interface FilledTemplate {
  /** The text with every variable that could be filled filled; the others are left as `{{name}}` for the sender to edit. */
  text: string;
  /** Variables that could not be filled from the thread (no value) or that Beacon does not know. */
  missing: string[];
}

/**
 * Fills a quick reply or library template from a conversation's context. Nothing is guessed: a variable
 * without a value stays visible as `{{name}}` and is listed in `missing`, so it is flagged before sending
 * (and a body still containing `{{` is refused by the send API).
 */
export function fillTemplate(source: string, values: ThreadValues, known: readonly string[]): FilledTemplate {
  const names = templateVariables(source);
  const missing = names.filter((n) => !known.includes(n) || values[n] === null || values[n] === undefined || values[n] === '');
  const context: Record<string, string> = {};
  for (const n of names) context[n] = missing.includes(n) ? `{{${n}}}` : String(values[n]);
  return { text: renderWithValues(source, context), missing };
}

/** True when a text still holds template syntax (an unfilled variable); such a text is never sent. */
export function hasTemplateSyntax(text: string): boolean {
  return /\{\{|\{%/.test(text);
}
