/**
 * One entry point for reading a patient's text: consent (opt-out / opt-in / HELP) by explainable
 * rules, then the intent by strong lexical rules, then a Naive Bayes model trained on the labelled
 * corpus. Pure and deterministic; no I/O, no Node built-ins.
 */
import { detectConsent, type OptOutScope } from './consent-rules.js';
import { intentRule } from './intent-rules.js';
import { CONSENT_INTENTS, type MessageIntent } from './intents.js';
import { predict, trainNaiveBayes, type NaiveBayesModel } from './naive-bayes.js';
import { labelledCorpus } from '../corpus/index.js';
import { normalizeText } from './text-normalize.util.js';
import { detectUrgency } from './urgency.js';
import type { LabelledMessage } from '../corpus/corpus.util.js';

export interface ClassifyOptions {
  /** The text answers our confirmation request / reminder: then "C", "R" and "yes" are answers. */
  replyToConfirmation?: boolean;
}

export interface MessageClassification {
  optOut: boolean;
  optIn: boolean;
  help: boolean;
  intent: MessageIntent;
  /** 0..1; rules are near-certain, the model's value is a tempered posterior. */
  confidence: number;
  optOutScope?: OptOutScope;
  /**
   * Staff should call: a bare CANCEL (opted out, but may have meant the appointment), or an opt-out
   * that also asks to cancel / move the appointment (the opt-out silences our reply to that).
   */
  alertStaff: boolean;
  /** What staff are told when `alertStaff` is set. */
  staffAlert?: string;
  /** How the consent part was decided, for the consent ledger. */
  consentMethod?: 'keyword' | 'plain_language';
  /** Which layer decided the intent. */
  source: 'consent-rule' | 'intent-rule' | 'model';
  /** Human-readable explanation, stored with the message. */
  reasons: string[];
  /** Machine-readable rule ids (stored, so never the patient's own words). */
  matched: string[];
  /**
   * Possible opt-out — confirm: no rule was sure enough to opt the patient out, but the text looks
   * like a request to stop (a rule class or the opt-out model says so; `reasons` says which). The
   * product pauses marketing to the number and asks staff to confirm. Never set when `optOut` is.
   */
  optOutReview: boolean;
  /** Symptoms or a reaction (see urgency.ts): staff should read it now. `negative`: strongly unhappy. */
  urgent: boolean;
  negative: boolean;
  /** Why urgent / negative; names the kind of symptom, never quotes the text. */
  urgencyReasons: string[];
}

/** Below this the model's guess is not worth acting on. */
const MODEL_MIN_CONFIDENCE = 0.12;

export function trainIntentModel(examples: readonly LabelledMessage[]): NaiveBayesModel {
  return trainNaiveBayes(
    examples
      .filter((e) => !CONSENT_INTENTS.has(e.intent))
      .map((e) => ({ text: e.text, label: e.intent, replyToConfirmation: e.replyToConfirmation })),
  );
}

/** Opt-out vs. everything else, for abstention only: it can flag a text for review, never opt out. */
export function trainOptOutModel(examples: readonly LabelledMessage[]): NaiveBayesModel {
  return trainNaiveBayes(examples.map((e) => ({ text: e.text, label: e.intent === 'opt_out' ? 'opt_out' : 'not' })));
}
/** Above this posterior the model's opinion is worth a human look (chosen on the labelled corpus, see README). */
export const OPT_OUT_REVIEW_THRESHOLD = 0.8;

/** Words of ordinary (non-opt-out) texts: the typo corrector never "corrects" them. */
export function ordinaryWords(examples: readonly LabelledMessage[]): Set<string> {
  const words = new Set<string>();
  for (const e of examples) if (e.intent !== 'opt_out') for (const w of normalizeText(e.text).split(' ')) words.add(w);
  return words;
}

let defaultOptOutModel: NaiveBayesModel | null = null;
let defaultKnownWords: Set<string> | null = null;

let defaultModel: NaiveBayesModel | null = null;
/** Trained on first use from the whole corpus (a few ms). */
function model(): NaiveBayesModel {
  defaultModel ??= trainIntentModel(labelledCorpus());
  return defaultModel;
}

export interface ClassifierModels {
  intent?: NaiveBayesModel;
  optOut?: NaiveBayesModel;
  knownWords?: ReadonlySet<string>;
}

export function classifyMessage(text: string, options: ClassifyOptions = {}, models: NaiveBayesModel | ClassifierModels = {}): MessageClassification {
  const given: ClassifierModels = 'labels' in models ? { intent: models as NaiveBayesModel } : (models as ClassifierModels);
  const intentModel = given.intent ?? model();
  defaultKnownWords ??= ordinaryWords(labelledCorpus());
  // SMS bodies are at most 1,600 characters; the cap bounds the work on anything pasted in.
  text = text.slice(0, 2000);
  const replyToConfirmation = options.replyToConfirmation ?? false;
  const consent = detectConsent(text, { replyToConfirmation, knownWords: given.knownWords ?? defaultKnownWords });
  let optOutReview = false;
  if (!consent.optOut && !consent.optIn && !consent.help) {
    defaultOptOutModel ??= trainOptOutModel(labelledCorpus());
    const guess = predict(given.optOut ?? defaultOptOutModel, text, false);
    const pOptOut = guess.label === 'opt_out' ? guess.confidence : 1 - guess.confidence;
    const explained = consent.matched.includes('guard:explained');
    // One word is the keyword rules' job: the model has too little evidence there ("done", "nope").
    const words = normalizeText(text).split(' ').filter(Boolean).length;
    if (!explained && words >= 2 && pOptOut >= OPT_OUT_REVIEW_THRESHOLD) consent.review.push(`the opt-out model rates it like opt-out requests (p=${pOptOut.toFixed(2)})`);
    if (consent.review.length) {
      optOutReview = true;
      consent.reasons.push(`Possible opt-out — confirm: ${[...new Set(consent.review)].join('; ')}`);
      consent.matched.push('review:possible-opt-out');
    }
  }
  const urgency = detectUrgency(text);
  const base: Pick<MessageClassification, 'optOut' | 'optIn' | 'help' | 'alertStaff' | 'optOutScope' | 'consentMethod' | 'staffAlert' | 'urgent' | 'negative' | 'urgencyReasons'> = {
    urgent: urgency.urgent,
    negative: urgency.negative,
    urgencyReasons: urgency.reasons,
    optOut: consent.optOut,
    optIn: consent.optIn,
    help: consent.help,
    alertStaff: consent.bareCancel,
    ...(consent.optOutScope ? { optOutScope: consent.optOutScope } : {}),
    ...(consent.method ? { consentMethod: consent.method } : {}),
  };
  const consentIntent: MessageIntent | null = consent.optOut ? 'opt_out' : consent.optIn ? 'opt_in' : consent.help ? 'help' : null;
  if (consentIntent) {
    if (consent.optOut && !consent.bareCancel) {
      const alsoAppointment = intentRule(text, replyToConfirmation);
      if (alsoAppointment && (alsoAppointment.intent === 'cancel_appointment' || alsoAppointment.intent === 'reschedule')) {
        base.alertStaff = true;
        consent.reasons.push(`Also: ${alsoAppointment.why.toLowerCase()} — staff should call`);
        base.staffAlert = `The patient opted out of texts and also asked to ${alsoAppointment.intent === 'cancel_appointment' ? 'cancel' : 'reschedule'} their appointment. Please call them.`;
      }
    } else if (consent.bareCancel) {
      base.staffAlert = 'The patient texted CANCEL and has been opted out of texts. They may have meant their appointment — please call them.';
    }
    return {
      ...base,
      optOutReview,
      intent: consentIntent,
      confidence: consent.method === 'keyword' ? 0.99 : 0.93,
      source: 'consent-rule',
      reasons: consent.reasons,
      matched: consent.matched,
    };
  }
  // Guards that fired (e.g. "negated") are part of the explanation.
  const reasons = [...consent.reasons];
  const rule = intentRule(text, replyToConfirmation);
  if (rule) {
    return { ...base, optOutReview, intent: rule.intent, confidence: rule.rule.startsWith('reply:') ? 0.97 : 0.9, source: 'intent-rule', reasons: [...reasons, rule.why], matched: [...consent.matched, `rule:${rule.rule}`] };
  }
  const guess = predict(intentModel, text, replyToConfirmation);
  const intent = (guess.confidence >= MODEL_MIN_CONFIDENCE ? guess.label : 'other') as MessageIntent;
  const why =
    intent === guess.label
      ? `Model: ${intent} (p=${guess.confidence.toFixed(2)})`
      : `Model unsure (best ${guess.label}, p=${guess.confidence.toFixed(2)}): other`;
  return {
    ...base,
    optOutReview,
    intent,
    confidence: Number(guess.confidence.toFixed(3)),
    source: 'model',
    reasons: [...reasons, why],
    // The model's evidence is the patient's own words: never part of the stored explanation.
    matched: [...consent.matched, 'model:naive-bayes'],
  };
}
