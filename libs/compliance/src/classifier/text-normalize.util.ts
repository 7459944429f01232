/**
 * Normalisation shared by the consent rules and the intent model. The result contains only
 * lower-case letters, digits and single spaces, so rules can be written once for every way a patient
 * types a word: "ＳＴＯＰ!!!", "S T O P", "Stoooop 🛑", "dont"/"don't", "más"/"mas".
 * Pure and dependency-free (importable by workflow code).
 */

/** Emoji that carry meaning for intents become words; elsewhere emoji are just punctuation. */
const EMOJI_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/[👍👌✅✔☑🆗]/gu, ' emojiok '],
  [/[🙏❤💕💖💗💜💙🥰😍😘🤗♥]/gu, ' emojilove '],
  [/[😡🤬😠👎💢]/gu, ' emojiangry '],
  [/[😭😢😞😔☹🙁]/gu, ' emojisad '],
  [/[🚗🚙🏃⏰⌛⏳🚦]/gu, ' emojihurry '],
];

export interface NormalizeOptions {
  /** Turn meaningful emoji into words (intent model) instead of dropping them (consent rules). */
  emojiWords?: boolean;
}

export function normalizeText(text: string, options: NormalizeOptions = {}): string {
  let t = text.normalize('NFKC').toLowerCase();
  if (options.emojiWords) for (const [re, word] of EMOJI_WORDS) t = t.replace(re, word);
  t = t
    // Strip accents ("más" → "mas", "dừng" → "dung") but recompose Hangul afterwards.
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .replace(/[đ]/g, 'd')
    .replace(/[ё]/g, 'е')
    .replace(/ß/g, 'ss')
    // "don't" → "dont", "i'm" → "im": patients type both.
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    // Cuts CJK runs from adjacent Latin so "STOP退订" still yields both words. Japanese mixes kanji, kana
    // and the long-vowel mark in one word ("止めて", "メッセージ"): one run, so phrases match across them.
    .replace(/([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]+|\p{Script=Hangul}+)/gu, ' $1 ')
    .trim()
    .replace(/\s+/g, ' ');
  t = joinSpacedLetters(t);
  // "stooooop", "pleaseeee": three or more repeats of a Latin letter count once.
  t = t.replace(/([a-z])\1{2,}/g, '$1');
  return t;
}

/** "s t o p" → "stop"; only runs of three or more single letters, so "i m ok" stays readable. */
function joinSpacedLetters(t: string): string {
  const tokens = t.split(' ');
  const out: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length >= 3) out.push(run.join(''));
    else out.push(...run);
    run = [];
  };
  for (const token of tokens) {
    if (/^\p{L}$/u.test(token) && !/^[\p{Script=Han}\p{Script=Hangul}]$/u.test(token)) run.push(token);
    else {
      flush();
      out.push(token);
    }
  }
  flush();
  return out.filter(Boolean).join(' ');
}

/** Optimal-string-alignment distance (Damerau–Levenshtein with adjacent swaps), capped for speed. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push(new Array<number>(b.length + 1).fill(0));
    rows[i]![0] = i;
  }
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

/** Builds a regex over normalised text where `\b` means a boundary between a word and a space or an end. */
export function wordRegex(source: string): RegExp {
  return new RegExp(source.replace(/\\b/g, '(?:(?<=^| )(?=[^ ])|(?<=[^ ])(?= |$))'), 'u');
}
