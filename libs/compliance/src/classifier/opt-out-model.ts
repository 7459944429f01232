/**
 * The trained opt-out model: logistic regression over hashed features of the normalised text —
 * character n-grams of length 2–5 (across word boundaries, so unspaced scripts and typos share
 * features with the words they resemble), word unigrams and bigrams, a length bucket, and the
 * request-frame word classes present in any language (opt-out-frames.ts). Each text also gets one
 * typo variant (half weight) so a misspelled request scores like the request.
 * It generalises where rules cannot list every wording; the rules keep the final word on anything
 * they explain (negation, another subject, praise), see `combineOptOut` in message-classifier.ts.
 *
 * Training is deterministic (seeded shuffles and typo augmentation, no randomness from the clock)
 * and takes ~200 ms of CPU, so the model is trained on first use from the corpus rather than
 * shipped as a weights file that could drift from it. Pure and dependency-free (importable by
 * workflow code). Explanations name hashed feature ids ("c4#1a2b3"), never the patient's words.
 */
import { keyboardNeighbours } from './keyboard-typos.util.js';
import { frameClassesIn } from './opt-out-frames.js';
import { normalizeText } from './text-normalize.util.js';

/** Stored in reasons and `matched`: which model (and feature set) decided. */
export const OPT_OUT_MODEL_ID = 'optout-lr-v1';

const BITS = 17;
const DIM = 1 << BITS;
const MASK = DIM - 1;

export interface OptOutModel {
  weights: Float64Array;
  bias: number;
}

export interface OptOutTrainingExample {
  text: string;
  optOut: boolean;
}

export interface OptOutTrainingOptions {
  /** Typo variants generated per training text (0 = none); the n-th has n slips. */
  augment?: number;
  epochs?: number;
  /** Adagrad learning rate. */
  rate?: number;
  /** Weight of a typo variant in the loss, relative to a real text. */
  augmentWeight?: number;
  /** L2 penalty, applied to the features an example touches. */
  l2?: number;
  seed?: number;
}

export interface OptOutScore {
  /** P(opt-out), 0..1. */
  p: number;
  /** The hashed features that pushed hardest towards opt-out (or away, for a low score): `kind#hex`. */
  top: string[];
  /** Words of the normalised text. */
  words: number;
}

interface SparseFeatures {
  words: number;
  index: Int32Array;
  value: Float64Array;
  /** Index into FEATURE_KINDS, for explanations. */
  kind: Uint8Array;
}

/** Stop-sign / no-entry emoji carry the request on their own; other emoji as in the intent model. */
const STOP_EMOJI = /[🛑⛔🚫]/gu;
/** Word features count more than any one character n-gram (there are ~4 n-grams per character). */
const WORD_WEIGHT = 1;
const CHAR_WEIGHT = 0.5;
/** Feature kinds, named in explanations: length bucket, word uni/bigram, character 2- to 5-gram, word class. */
const FEATURE_KINDS = ['len', 'w1', 'w2', 'c2', 'c3', 'c4', 'c5', 'cls'] as const;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units, continued from `h`: stable across runs and platforms. */
function fnv(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}
/** Final mix of a hash with its kind, so a word and a character n-gram of the same letters differ. */
const slot = (h: number, kind: number): number => (Math.imul(h ^ (kind * 0x9e3779b1), FNV_PRIME) >>> 0) & MASK;

export function modelText(text: string): string {
  return normalizeText(text.slice(0, 2000).replace(STOP_EMOJI, ' emojistop '), { emojiWords: true });
}

// Scratch space reused by every call (single-threaded, never re-entered).
const scratchValue = new Float64Array(DIM);
const scratchKind = new Uint8Array(DIM);
const touched: number[] = [];

function featuresOf(text: string): SparseFeatures {
  const normalized = modelText(text);
  const tokens = normalized ? normalized.split(' ') : [];
  touched.length = 0;
  // Presence, not counts: a repeated phrase is no stronger.
  const add = (index: number, kind: number, weight: number): void => {
    if (scratchValue[index] === 0) touched.push(index);
    if (weight > scratchValue[index]!) {
      scratchValue[index] = weight;
      scratchKind[index] = kind;
    }
  };
  add(slot(fnv(FNV_OFFSET, tokens.length <= 1 ? '1' : tokens.length <= 3 ? '2-3' : tokens.length <= 8 ? '4-8' : '9+'), 0), 0, WORD_WEIGHT);
  let previous = 0;
  for (let i = 0; i < tokens.length; i++) {
    const h = fnv(FNV_OFFSET, tokens[i]!);
    add(slot(h, 1), 1, WORD_WEIGHT);
    if (i > 0) add(slot(Math.imul(previous ^ 0x20, FNV_PRIME) ^ h, 2), 2, WORD_WEIGHT);
    previous = h;
  }
  // Request-frame word classes present (any language), alone and in pairs ("stop" + "our messages"):
  // what the model learns from English and Spanish carries over to the languages with few examples.
  const classes = frameClassesIn(normalized);
  for (let a = 0; a < classes.length; a++) {
    add(slot(fnv(FNV_OFFSET, classes[a]!), 7), 7, WORD_WEIGHT);
    for (let b = a + 1; b < classes.length; b++) add(slot(fnv(FNV_OFFSET, `${classes[a]}+${classes[b]}`), 7), 7, WORD_WEIGHT);
  }
  const padded = ` ${normalized} `;
  for (let i = 0; i + 2 <= padded.length; i++) {
    let h = fnv(FNV_OFFSET, padded, i, i + 1);
    for (let n = 2; n <= 5 && i + n <= padded.length; n++) {
      h = Math.imul(h ^ padded.charCodeAt(i + n - 1), FNV_PRIME);
      add(slot(h, n + 1), n + 1, CHAR_WEIGHT);
    }
  }
  // Unit length, so long texts are not louder than short ones.
  let norm = 0;
  for (const i of touched) norm += scratchValue[i]! * scratchValue[i]!;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 1;
  const index = new Int32Array(touched.length);
  const value = new Float64Array(touched.length);
  const kind = new Uint8Array(touched.length);
  touched.forEach((i, k) => {
    index[k] = i;
    value[k] = scratchValue[i]! * scale;
    kind[k] = scratchKind[i]!;
    scratchValue[i] = 0;
  });
  return { words: tokens.length, index, value, kind };
}

/** mulberry32: a tiny seeded generator, so training is reproducible. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One typo in one word of three Latin letters or more: two letters swapped, one dropped, one doubled,
 * or one replaced by a neighbouring key — the slips patients make ("stpo", "unsubscibe", "texitng").
 */
export function typoVariant(text: string, random: () => number): string {
  const words = [...text.matchAll(/[A-Za-z]{3,}/g)];
  if (!words.length) return text;
  const w = words[Math.floor(random() * words.length)]!;
  const word = w[0];
  const at = 1 + Math.floor(random() * (word.length - 1));
  const op = Math.floor(random() * 4);
  let typo: string;
  if (op === 0) typo = word.slice(0, at - 1) + word[at] + word[at - 1] + word.slice(at + 1);
  else if (op === 1) typo = word.slice(0, at) + word.slice(at + 1);
  else if (op === 2) typo = word.slice(0, at) + word[at] + word.slice(at);
  else {
    const near = keyboardNeighbours(word[at]!.toLowerCase());
    typo = near.length ? word.slice(0, at) + near[Math.floor(random() * near.length)] + word.slice(at + 1) : word;
  }
  return text.slice(0, w.index) + typo + text.slice(w.index! + word.length);
}

export function trainOptOutLogistic(examples: readonly OptOutTrainingExample[], options: OptOutTrainingOptions = {}): OptOutModel {
  const { augment = 1, augmentWeight = 0.5, epochs = 6, rate = 0.3, l2 = 1e-6, seed = 13 } = options;
  const random = seededRandom(seed);
  const data: Array<{ f: SparseFeatures; y: number; w: number }> = [];
  for (const e of examples) {
    const y = e.optOut ? 1 : 0;
    data.push({ f: featuresOf(e.text), y, w: 1 });
    // Typo variants of both classes, so a typo is no evidence either way; one and two slips.
    let variant = e.text;
    for (let a = 0; a < augment; a++) {
      variant = typoVariant(variant, random);
      if (variant !== e.text) data.push({ f: featuresOf(variant), y, w: augmentWeight });
    }
  }
  const positives = data.filter((d) => d.y === 1).length;
  // Balanced classes: each class weighs half of the loss whatever its share of the corpus.
  const classWeight = [data.length / (2 * Math.max(1, data.length - positives)), data.length / (2 * Math.max(1, positives))];
  const weights = new Float64Array(DIM);
  const squares = new Float64Array(DIM);
  let bias = 0;
  let biasSquares = 0;
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const oi of order) {
      const { f, y, w } = data[oi]!;
      let z = bias;
      for (let k = 0; k < f.index.length; k++) z += weights[f.index[k]!]! * f.value[k]!;
      const g = (sigmoid(z) - y) * classWeight[y]! * w;
      for (let k = 0; k < f.index.length; k++) {
        const i = f.index[k]!;
        const grad = g * f.value[k]! + l2 * weights[i]!;
        squares[i]! += grad * grad;
        weights[i]! -= (rate * grad) / Math.sqrt(squares[i]! + 1e-8);
      }
      biasSquares += g * g;
      bias -= (rate * g) / Math.sqrt(biasSquares + 1e-8);
    }
  }
  return { weights, bias };
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/**
 * P(opt-out) and the `topN` (hashed) features that contributed most to it. Naming them costs a string
 * per feature, so callers that only need the score pass `topN = 0` (every text on the hot path does;
 * only a decision the model took part in is explained).
 */
export function scoreOptOut(model: OptOutModel, text: string, topN = 3): OptOutScore {
  const f = featuresOf(text);
  let z = model.bias;
  const contributions: Array<[string, number]> = [];
  for (let k = 0; k < f.index.length; k++) {
    const c = model.weights[f.index[k]!]! * f.value[k]!;
    z += c;
    if (topN > 0) contributions.push([`${FEATURE_KINDS[f.kind[k]!]}#${f.index[k]!.toString(16).padStart(5, '0')}`, c]);
  }
  const p = sigmoid(z);
  const towards = p >= 0.5 ? 1 : -1;
  const top = contributions
    .filter(([, c]) => c * towards > 0)
    .sort((a, b) => b[1] * towards - a[1] * towards || (a[0] < b[0] ? -1 : 1))
    .slice(0, topN)
    .map(([id]) => id);
  return { p, top, words: f.words };
}
