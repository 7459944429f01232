/**
 * Keyboard-aware spelling correction for the few words an opt-out request is made of ("stpo texting",
 * "remoev me from this lsit", "unsubscirbe"). Hitting a neighbouring key or doubling a letter costs
 * half an edit; a swap, a dropped or an extra letter costs one. Only tokens that are not ordinary
 * words are corrected (a real word such as "top", "spot" or "massage" is left alone), except that a
 * near-"stop" word directly before a texting verb ("atop texting me") is read as STOP.
 * Pure and dependency-free.
 */
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const NEIGHBOURS = new Map<string, Set<string>>();
ROWS.forEach((row, r) => {
  [...row].forEach((ch, c) => {
    const set = new Set<string>();
    for (const dr of [-1, 0, 1]) {
      const other = ROWS[r + dr];
      if (!other) continue;
      // Rows are staggered: a key touches c-1, c (row below: c-1..c; row above: c..c+1).
      const cols = dr === 0 ? [c - 1, c + 1] : dr < 0 ? [c, c + 1] : [c - 1, c];
      for (const k of cols) if (k >= 0 && k < other.length) set.add(other[k]!);
    }
    NEIGHBOURS.set(ch, set);
  });
});

export const areNeighbours = (a: string, b: string): boolean => NEIGHBOURS.get(a)?.has(b) ?? false;
/** The keys around a letter on a QWERTY keyboard (for typo augmentation); none for other characters. */
export const keyboardNeighbours = (a: string): string[] => [...(NEIGHBOURS.get(a) ?? [])];

/** Weighted optimal-string-alignment distance: neighbour-key substitution and doubled letters cost 0.5. */
export function keyboardDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev2: number[] = new Array<number>(b.length + 1).fill(0);
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  let prevPrev = prev2;
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    row[0] = i;
    let rowMin = row[0];
    for (let j = 1; j <= b.length; j++) {
      const ca = a[i - 1]!;
      const cb = b[j - 1]!;
      const sub = ca === cb ? 0 : areNeighbours(ca, cb) ? 0.5 : 1;
      // An extra letter that repeats its neighbour ("stopp") or hits the key next to it costs half.
      const ins = i > 1 && (a[i - 2] === ca || areNeighbours(a[i - 2]!, ca)) ? 0.5 : 1;
      let d = Math.min(prev[j]! + ins, row[j - 1]! + 1, prev[j - 1]! + sub);
      if (i > 1 && j > 1 && ca === b[j - 2] && a[i - 2] === cb) d = Math.min(d, prevPrev[j - 2]! + 1);
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** The words an opt-out request is made of, in their canonical spelling. */
export const VOCABULARY = [
  'stop', 'texting', 'texts', 'text', 'sending', 'send', 'messages', 'message', 'messaging', 'remove', 'unsubscribe', 'anymore', 'list', 'contact',
  'contacting', 'number', 'quit', 'dont', 'revoke', 'consent', 'delete', 'again', 'receive', 'receiving', 'please', 'optout', 'more',
];
/** Ordinary words within reach of the vocabulary: never "corrected". */
const ORDINARY = new Set(
  (
    'top tops step steps shop spot spots post posts atop slop stoop store stove stay soap stow stomp pots opts stops stopped sto ' +
    'test tests testing next tent tents tex tax taxi taxes texas context sexting tenting texted texter ' +
    'spending bending lending tending ending seeding sensing standing sent sand end ends lend mend tend bend seed seeds sense sends sender ' +
    'massage massages passage passages messy mess message' +
    ' remote removed remover removal lost last lust lift mist fist gist lint lisa listed listen lists ' +
    'numbed numbers lumber contract contracts contacts quiet quite suit quilt quid quits quitting content contents consents concern deleted ' +
    'gain agin against receipt received receiver recieve receipt revoked subscribe subscribed resubscribe unsubscribed anyone anyway anymore ' +
    'plead pleased pleas lease cease tease please ' +
    'mode move mare mole mote core bore wore sore pore tore gore lore mike mod mom mop moe opt opts'
  ).split(' '),
);
const CONTACT_NEXT = new Set(['texting', 'txting', 'sending', 'messaging', 'contacting', 'emailing', 'calling', 'spamming', 'msging', 'texing', 'textin', 'texts', 'messages', 'text', 'txt', 'msg', 'msgs']);

/** Verbs whose object is the patient ("opt me out", "remove me"). */
const ME_AFTER = new Set(['opt', 'remove', 'take', 'unsubscribe', 'delete', 'drop', 'leave']);

const threshold = (word: string): number => (word.length <= 4 ? 1 : word.length <= 7 ? 1.5 : 2);

export interface Correction {
  from: string;
  to: string;
}

/**
 * Corrects misspelled opt-out words in a normalised text. Returns the corrected text and the
 * corrections made (the caller names the corrected word class in its reasons, never the patient's text).
 */
export function correctTypos(normalized: string, knownWords: ReadonlySet<string>): { text: string; corrections: Correction[] } {
  const tokens = normalized.split(' ');
  const corrections: Correction[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // "opt mw out", "remove ne from": a neighbouring-key slip of ME right after an opt-out verb.
    const slipOfMe = (/^[a-z]{2}$/.test(token) && keyboardDistance(token, 'me', 1) <= 0.5) || /^m+e+$/.test(token);
    if (token !== 'me' && ME_AFTER.has(tokens[i - 1] ?? '') && slipOfMe) {
      corrections.push({ from: token, to: 'me' });
      tokens[i] = 'me';
      continue;
    }
    // "opt ot", "opt me otu": a slip of OUT right after OPT (two letters are otherwise too short to correct).
    if ((tokens[i - 1] === 'opt' || (tokens[i - 1] === 'me' && tokens[i - 2] === 'opt')) && /^[a-z]{2,4}$/.test(token) && token !== 'out' && keyboardDistance(token, 'out', 1) <= 1) {
      corrections.push({ from: token, to: 'out' });
      tokens[i] = 'out';
      continue;
    }
    if (token.length < 3 || !/^[a-z]+$/.test(token) || VOCABULARY.includes(token)) continue;
    const next = tokens[i + 1] ?? '';
    if (ORDINARY.has(token) || knownWords.has(token)) {
      // "atop texting me", "step sending": a near-STOP word right before a texting verb.
      const verb = CONTACT_NEXT.has(next) && token.length <= 5 ? (['stop', 'quit'] as const).find((w) => keyboardDistance(token, w, 1) <= 1) : undefined;
      if (verb) {
        corrections.push({ from: token, to: verb });
        tokens[i] = verb;
      }
      continue;
    }
    let best: string | null = null;
    let bestDistance = Infinity;
    for (const word of VOCABULARY) {
      if (Math.abs(word.length - token.length) > 2) continue;
      const d = keyboardDistance(token, word, 2);
      if (d <= threshold(word) && d < bestDistance) {
        best = word;
        bestDistance = d;
      }
    }
    if (best) {
      corrections.push({ from: token, to: best });
      tokens[i] = best;
    }
  }
  return { text: tokens.join(' '), corrections };
}
