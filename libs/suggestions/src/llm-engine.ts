import OpenAI from 'openai';
import { z } from 'zod';
import { minimiseIdentifiers, suggestionProblems } from './validate-suggestions.util.js';
import { MAX_SUGGESTIONS, MIN_SUGGESTIONS, type Suggestion, type SuggestionRequest } from './suggestion.types.js';

export interface LlmEngineOptions {
  apiKey: string;
  /** Any OpenAI-compatible server (a self-hosted model, a proxy); the SDK default when unset. */
  baseURL?: string | undefined;
  model: string;
  /** The whole call, including connection; the embedded engine answers when it passes. */
  timeoutMs?: number;
}

export class LlmSuggestionError extends Error {
  constructor(
    readonly reason: 'timeout' | 'request_failed' | 'invalid_output' | 'too_few_valid',
    message: string,
  ) {
    super(message);
  }
}

const outputSchema = z.object({ suggestions: z.array(z.string()).min(1).max(10) });

const SYSTEM_PROMPT = [
  'You write short SMS replies that front-desk staff of a medical spa can send to a patient.',
  `Return ${MIN_SUGGESTIONS} to ${MAX_SUGGESTIONS} distinct, friendly, professional replies as JSON {"suggestions": [..]}.`,
  'Use only facts given in CONTEXT (names, appointment time, provider, hours, address, parking, and the clinic\'s own replies).',
  'Never state a price, time, date, discount, link, phone number or policy that is not in CONTEXT; if the answer needs one, say you will check.',
  'No medical advice or diagnosis. No patient details beyond the first name. At most 300 characters each. No placeholders.',
].join(' ');

/** The minimum a suggestion needs: first name only, no phone numbers, no last name, no ids. */
export function buildPrompt(request: SuggestionRequest): string {
  const c = request.context;
  const context = {
    clinic: c.clinicName,
    location: c.locationName,
    clinicPhone: c.locationPhone,
    patientFirstName: c.patient.firstName,
    nextAppointment: c.nextAppointment,
    lastVisit: c.lastVisit,
    servicesUsed: c.servicesUsed,
    hours: c.hours,
    address: c.address,
    parking: c.parking,
    bookingLink: c.bookingLink,
    clinicReplies: c.snippets.slice(0, 20).map((s) => ({ title: s.title, category: s.category, text: s.body })),
  };
  return `CONTEXT: ${JSON.stringify(context)}\nINTENT: ${request.intent}\nPATIENT MESSAGE: ${JSON.stringify(minimiseIdentifiers(request.messageText))}`;
}

/**
 * Suggestions from any OpenAI-compatible chat model through the official SDK. Output is validated
 * (count, length, no placeholders, nothing the clinic has not stated); anything else throws an
 * LlmSuggestionError so the caller can fall back to the embedded engine.
 */
export class LlmSuggestionEngine {
  private readonly client: OpenAI;

  constructor(private readonly options: LlmEngineOptions) {
    this.client = new OpenAI({ apiKey: options.apiKey, baseURL: options.baseURL, timeout: options.timeoutMs ?? 2_000, maxRetries: 0 });
  }

  async suggest(request: SuggestionRequest): Promise<Suggestion[]> {
    let content: string | null | undefined;
    const started = Date.now();
    const timeoutMs = this.options.timeoutMs ?? 2_000;
    try {
      const completion = await this.client.chat.completions.create({
        model: this.options.model,
        temperature: 0.4,
        max_tokens: 600,
        messages: [
          { role: 'system', content: SYSTEM_PROMPT },
          { role: 'user', content: buildPrompt(request) },
        ],
        response_format: {
          type: 'json_schema',
          json_schema: {
            name: 'smart_replies',
            strict: true,
            schema: {
              type: 'object',
              additionalProperties: false,
              required: ['suggestions'],
              properties: { suggestions: { type: 'array', minItems: MIN_SUGGESTIONS, maxItems: MAX_SUGGESTIONS, items: { type: 'string' } } },
            },
          },
        },
      });
      content = completion.choices[0]?.message.content;
    } catch (error) {
      // The SDK reports its own abort as a timeout, except where the abort error comes from another
      // realm (test sandboxes); the clock settles it.
      if (error instanceof OpenAI.APIConnectionTimeoutError || Date.now() - started >= timeoutMs * 0.9) throw new LlmSuggestionError('timeout', 'the model did not answer in time');
      throw new LlmSuggestionError('request_failed', error instanceof Error ? error.message : String(error));
    }
    let parsed: z.infer<typeof outputSchema>;
    try {
      parsed = outputSchema.parse(JSON.parse(content ?? ''));
    } catch {
      throw new LlmSuggestionError('invalid_output', 'the model did not return {"suggestions": [...]}');
    }
    const seen = new Set<string>();
    const valid = parsed.suggestions
      .map((text) => text.trim())
      .filter((text) => {
        const key = text.toLowerCase();
        if (seen.has(key) || suggestionProblems(text, request.context).length > 0) return false;
        seen.add(key);
        return true;
      })
      .slice(0, MAX_SUGGESTIONS);
    if (valid.length < MIN_SUGGESTIONS) throw new LlmSuggestionError('too_few_valid', `only ${valid.length} of the model's replies passed validation`);
    return valid.map((text, i) => ({ key: `llm:${request.intent}:${i}`, text, source: 'llm' }));
  }
}
