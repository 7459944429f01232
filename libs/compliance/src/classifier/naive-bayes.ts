/**
 * A small multinomial Naive Bayes over word uni/bigrams and character n-grams. Character n-grams
 * carry typos ("rescheduel", "tmrw") and inflections; word features carry phrases. Trained in a few
 * milliseconds from the labelled corpus, so the model is built lazily on first use rather than
 * shipped as a generated weights file that could drift from the corpus.
 */
import { lexicalCues } from './intent-lexicon.js';
import { normalizeText } from './text-normalize.util.js';

export interface TrainingExample {
  text: string;
  label: string;
  replyToConfirmation?: boolean;
}

export interface NaiveBayesModel {
  labels: string[];
  logPrior: number[];
  /** feature → per-label log-likelihood */
  logLikelihood: Map<string, number[]>;
  /** log-likelihood of an unseen feature per label */
  unseen: number[];
}

export interface Prediction {
  label: string;
  confidence: number;
  /** The features that pushed hardest towards the winning label (for the explanation). */
  evidence: string[];
}

const CHAR_WEIGHT = 0.35;
const CUE_WEIGHT = 2;
/** Function words say little about intent; they still count a bit (bigrams keep "can i"). */
const STOPWORDS = new Set(
  'i me my you your u ur the a an to of for is it in on at and or do does can could would will be am are was this that with have has get we our el la de mi un una en por que es los las se lo me le o e a um uma do da'.split(' '),
);

/** Features of one text, with weights. Deterministic order. */
export function featuresOf(text: string, replyToConfirmation = false): Array<[string, number]> {
  const normalized = normalizeText(text, { emojiWords: true });
  const tokens = normalized ? normalized.split(' ') : [];
  const out: Array<[string, number]> = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    out.push([`w:${token}`, STOPWORDS.has(token) ? 0.3 : 1]);
    if (i > 0) out.push([`b:${tokens[i - 1]} ${token}`, 1]);
    const padded = `<${token}>`;
    const n = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(token) ? 2 : 4;
    for (let j = 0; j + n <= padded.length; j++) out.push([`c:${padded.slice(j, j + n)}`, CHAR_WEIGHT]);
  }
  for (const cue of lexicalCues(normalized)) out.push([`k:${cue}`, CUE_WEIGHT]);
  if (replyToConfirmation) out.push(['ctx:reply-to-confirmation', 1]);
  if (text.trim().endsWith('?')) out.push(['shape:question', 1]);
  return out;
}

export function trainNaiveBayes(examples: readonly TrainingExample[], alpha = 0.3): NaiveBayesModel {
  const labels = [...new Set(examples.map((e) => e.label))].sort();
  const index = new Map(labels.map((l, i) => [l, i]));
  const docCount = new Array<number>(labels.length).fill(0);
  const totals = new Array<number>(labels.length).fill(0);
  const counts = new Map<string, number[]>();
  for (const example of examples) {
    const li = index.get(example.label)!;
    docCount[li]! += 1;
    for (const [feature, weight] of featuresOf(example.text, example.replyToConfirmation)) {
      let row = counts.get(feature);
      if (!row) counts.set(feature, (row = new Array<number>(labels.length).fill(0)));
      row[li]! += weight;
      totals[li]! += weight;
    }
  }
  const vocabulary = counts.size;
  const denominators = totals.map((t) => Math.log(t + alpha * vocabulary));
  const logLikelihood = new Map<string, number[]>();
  for (const [feature, row] of counts) logLikelihood.set(feature, row.map((c, li) => Math.log(c + alpha) - denominators[li]!));
  return {
    labels,
    logPrior: docCount.map((c) => Math.log(c / examples.length)),
    logLikelihood,
    unseen: denominators.map((d) => Math.log(alpha) - d),
  };
}

export function predict(model: NaiveBayesModel, text: string, replyToConfirmation = false): Prediction {
  const features = featuresOf(text, replyToConfirmation).filter(([f]) => model.logLikelihood.has(f));
  const scores = [...model.logPrior];
  for (const [feature, weight] of features) {
    const row = model.logLikelihood.get(feature)!;
    for (let li = 0; li < scores.length; li++) scores[li]! += weight * row[li]!;
  }
  // Naive Bayes is over-confident; temper by the number of features before the softmax.
  const temperature = Math.max(1, Math.sqrt(features.length));
  const max = Math.max(...scores);
  const exp = scores.map((s) => Math.exp((s - max) / temperature));
  const sum = exp.reduce((a, b) => a + b, 0);
  let best = 0;
  for (let li = 1; li < scores.length; li++) if (scores[li]! > scores[best]!) best = li;
  const evidence = features
    .filter(([f]) => !f.startsWith('c:'))
    .map(([f, w]) => {
      const row = model.logLikelihood.get(f)!;
      const others = row.filter((_, li) => li !== best);
      return [f, w * (row[best]! - Math.max(...others))] as const;
    })
    .filter(([, margin]) => margin > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([f]) => f.replace(/^[wb]:/, ''));
  return { label: model.labels[best]!, confidence: exp[best]! / sum, evidence };
}
