/** What a suggestion may draw on. Everything here is something the clinic has stated or the thread already shows. */
export interface SuggestionContext {
  clinicName: string;
  locationName: string;
  /** Display form, e.g. "(512) 555-0100". */
  locationPhone: string;
  patient: { firstName: string | null };
  /** Formatted in the location's time zone, e.g. "Thu, Dec 3 at 2:30 PM". */
  nextAppointment: { when: string; providerName: string | null; serviceName: string | null } | null;
  lastVisit: { when: string; serviceName: string | null } | null;
  servicesUsed: string[];
  /** e.g. "Mon-Fri 9 AM-6 PM, Sat 10 AM-4 PM"; null when the clinic has not set hours. */
  hours: string | null;
  address: string | null;
  parking: string | null;
  bookingLink: string | null;
  /** The clinic's own quick replies and templates (Liquid bodies with {{variables}}). */
  snippets: ClinicSnippet[];
  /** Where the thread stands, so suggestions fit it (thread-fit.util.ts). */
  thread: {
    /** The next appointment's confirmation status (`unconfirmed`, `confirmed`, `reschedule_requested`…); null without one. */
    confirmationStatus: string | null;
    /** False for a number we know nothing about: no name, no appointment ever. */
    knownSender: boolean;
  };
}

export interface ClinicSnippet {
  id: string;
  kind: 'quick_reply' | 'template';
  title: string;
  /** Scheduling, Pricing, Directions, Aftercare, … (free text, matched case-insensitively). */
  category: string | null;
  body: string;
}

export interface SuggestionRequest {
  messageText: string;
  /** A label of the shared classifier (`confirm`, `bring_guest`, …). */
  intent: string;
  context: SuggestionContext;
  /**
   * What this clinic's staff did with earlier suggestions, by suggestion key: times shown and times
   * chosen. Ranking moves chosen keys up for this clinic.
   */
  feedback?: Record<string, { shown: number; chosen: number }>;
}

export interface Suggestion {
  /** Stable id of where the text came from (`bank:bring_guest:1`, `snippet:<uuid>`, `llm:2`), for feedback. */
  key: string;
  text: string;
  source: 'bank' | 'clinic' | 'llm';
}

export interface SuggestionResult {
  engine: 'embedded' | 'llm';
  intent: string;
  suggestions: Suggestion[];
  /** Why the LLM engine was not used or its answer was discarded. */
  fallbackReason?: string;
}

export const MIN_SUGGESTIONS = 3;
export const MAX_SUGGESTIONS = 5;
/** Two GSM-7 segments; longer replies belong to a person, not a chip. */
export const MAX_SUGGESTION_LENGTH = 306;
