/**
 * Whole-message opt-out keywords beyond English (issue 13, eighth round): the local word for "stop",
 * "enough" or "unsubscribe" that a patient sends alone, per language common in US clinics, and the
 * ways a keyword gets obfuscated or slipped (digits / symbols for letters, a doubled or transposed
 * letter). Keys are written as a patient types them and folded like `normalizeText` folds a message.
 * Pure and dependency-free.
 */
import { normalizeText } from './text-normalize.util.js';

/**
 * Per language: words that, sent alone (with at most polite filler), mean "stop texting me".
 * Deliberately left out: words that alone usually answer a question ("no", Vietnamese "thôi",
 * Arabic "بس"), and the appointment word "cancel" of most languages (only the FCC's CANCEL and the
 * Spanish / Persian / Turkish / Vietnamese whole-message words, which carry the staff alert, are here).
 */
export const STOP_WORDS_BY_LANGUAGE: Readonly<Record<string, readonly string[]>> = {
  en: ['enough', 'enough already', 'no more please', 'stop it', 'unsubscribe me', 'opt me out'],
  es: ['ya basta', 'basta ya', 'no mas por favor', 'darme de baja', 'baja por favor'],
  pt: ['chega', 'basta', 'para com isso', 'pare com isso', 'parem com isso', 'cancelar inscricao', 'descadastrar', 'descadastre', 'sair da lista'],
  fr: ['assez', 'ca suffit', 'arretez', 'desabonner', 'desinscrire', 'desabonnement', 'stop svp'],
  de: ['stopp', 'genug', 'schluss', 'aufhoren', 'abmelden', 'abbestellen', 'austragen'],
  it: ['basta', 'fermatevi', 'smettetela', 'disiscrivimi', 'cancellami', 'cancellatemi'],
  nl: ['stoppen', 'afmelden', 'genoeg', 'uitschrijven'],
  ro: ['opriti', 'dezabonare', 'dezabonati ma'],
  pl: ['dosc', 'wystarczy', 'wypisz', 'wypisz mnie', 'przestancie', 'koniec'],
  ru: ['хватит', 'довольно', 'прекратите', 'отпишите', 'отписка', 'стоп'],
  uk: ['стоп', 'досить', 'годі', 'припиніть', 'відписатися', 'відпишіть', 'відписка', 'зупиніть'],
  el: ['στοπ', 'σταματα', 'σταματηστε', 'φτανει', 'αρκετα', 'διαγραφη'],
  hy: ['բավական է', 'բավական', 'դադարեցրեք', 'դադարեցնել', 'կանգնեցրեք'],
  tr: ['dur', 'durdur', 'durdurun', 'yeter', 'yeter artik', 'abonelikten cik'],
  ar: ['توقف', 'توقفوا', 'كفى', 'كفاية', 'كفايه', 'الغاء الاشتراك', 'ايقاف', 'وقف'],
  fa: ['لغو اشتراک', 'توقف', 'بسه', 'کافیه', 'کافی است', 'استاپ', 'دیگه نه', 'لغو عضویت'],
  ur: ['بس کریں', 'بند کریں', 'بند کرو'],
  he: ['די', 'הפסק', 'הפסיקו', 'הסר', 'הסירו'],
  am: ['አቁም', 'አቁሙ', 'ይበቃል', 'ይበቃኛል', 'ይብቃ'],
  ti: ['ኣቁም', 'ይኣክል'],
  so: ['jooji', 'joojiya', 'jooji fariimaha', 'iga saar', 'ku filan'],
  // Not Swahili "acha": in Hindi / Urdu the same word alone means "OK".
  sw: ['simamisha', 'inatosha', 'sitisha'],
  hmn: ['tsum', 'nres', 'txaus lawm', 'tsum xa', 'txhob xa'],
  vi: ['dung lai', 'ngung lai', 'ngung gui', 'dung gui', 'thoi dung'],
  tl: ['tigil na', 'hinto na', 'ayoko na po'],
  ht: ['sispann sa', 'kanpe'],
  hi: ['bas karo', 'band karo', 'band kijiye', 'बंद', 'बंद करो', 'बंद करें', 'रोको', 'बस करो'],
  pa: ['bas karo', 'band karo', 'ਬੰਦ ਕਰੋ', 'ਬਸ ਕਰੋ', 'ਰੋਕੋ'],
  gu: ['બંધ', 'બંધ કરો', 'બસ કરો'],
  bn: ['বন্ধ', 'বন্ধ করুন', 'বন্ধ করো', 'থামুন', 'থামো', 'আর না'],
  ne: ['बन्द', 'बन्द गर', 'बन्द गर्नुहोस्', 'रोक्नुहोस्', 'पुग्यो'],
  th: ['หยุด', 'หยุดส่ง', 'พอแล้ว', 'เลิกส่ง', 'ยกเลิกการรับข้อความ'],
  km: ['ឈប់', 'ឈប់ផ្ញើ'],
  lo: ['ຢຸດ', 'ພໍແລ້ວ'],
  my: ['ရပ်', 'ရပ်ပါ'],
  id: ['berhenti', 'henti', 'berhenti langganan'],
  ja: ['ストップ', 'やめて', 'やめてください', '止めて', '配信解除', '登録解除', '解除', 'もう結構です'],
  ko: ['그만 좀', '멈춰', '그만해', '그만하세요', '그만해주세요', '스톱', '수신 거부', '해지'],
  zh: ['够了', '夠了', '别发了', '別發了', '不要再发了', '不要再發了', '取消訂閱', '停'],
};

/**
 * Words that alone may mean "stop" or only "that's all / it's enough / it's right" (an answer to a
 * question): a person decides ("possible opt-out — confirm"), never an opt-out on their own.
 */
export const MAYBE_STOP_WORDS: readonly string[] = ['bas', 'बस', 'ਬਸ', 'بس', 'બસ', 'suficiente', 'ajunge', 'tama na', 'tama na po', 'ase', 'ase souple', 'cukup', 'thoi', 'yetti'];

/** Whole-message words that mean "cancel": a revocation (FCC) that may have meant the appointment, so staff are alerted. */
export const CANCEL_WORDS_BY_LANGUAGE: Readonly<Record<string, readonly string[]>> = {
  fa: ['لغو'],
  tr: ['iptal'],
  vi: ['huy'],
};

/**
 * Folded keyword → label ("the so stop / unsubscribe word"): the label names the rule and language, never the word
 * itself, since the word is the whole of the patient's text.
 */
export function multilingualKeywords(): { words: Record<string, string>; cancel: Set<string> } {
  const words: Record<string, string> = {};
  const cancel = new Set<string>();
  for (const [table, isCancel] of [[STOP_WORDS_BY_LANGUAGE, false], [CANCEL_WORDS_BY_LANGUAGE, true]] as const) {
    for (const [lang, list] of Object.entries(table)) {
      for (const word of list) {
        const key = normalizeText(word);
        if (!key || words[key] !== undefined) continue;
        words[key] = isCancel ? `CANCEL (${lang})` : `a stop / enough / unsubscribe word (${lang})`;
        if (isCancel) cancel.add(key);
      }
    }
  }
  return { words, cancel };
}

/** Digits and symbols patients type for letters ("$TOP", "5t0p", "alt0", "unsubscr1be"). */
const LEET: Readonly<Record<string, string>> = { '()': 'o', $: 's', '5': 's', '0': 'o', '1': 'i', '!': 'i', '|': 'l', '3': 'e', '4': 'a', '@': 'a', '7': 't' };
const LEET_CHARS = /[$5013!|4@7()]/;

/**
 * Reads digits / symbols as letters in the tokens where that yields a word of `targets` (opt-out
 * keywords and the words opt-out requests are made of): "$TOP" → "STOP", "st0p texting" → "stop
 * texting". Any other token is left alone ("b4 9am", "2x", "$40" stay as typed).
 */
export function readObfuscated(text: string, targets: ReadonlySet<string>): { text: string; changed: boolean } {
  let changed = false;
  const out = text.replace(/\S+/gu, (raw) => {
    if (!LEET_CHARS.test(raw) || !/\p{L}/u.test(raw)) return raw;
    // Keep trailing punctuation ("$TOP!!!"): only the word part is read.
    const m = /^(.*?[\p{L}$5013|4@7].*?)([.,?!;:]*)$/u.exec(raw);
    const [word, tail] = m ? [m[1]!, m[2]!] : [raw, ''];
    // "1" is an i ("unsubscr1be") or an l ("a1to"): both readings are tried.
    for (const one of ['i', 'l']) {
      const mapped = [...word.replace(/\(\)/g, 'o')].map((ch) => (ch === '1' ? one : (LEET[ch] ?? ch))).join('');
      if (mapped === word || !targets.has(normalizeText(mapped))) continue;
      changed = true;
      return mapped + tail;
    }
    return raw;
  });
  return { text: out, changed };
}

/** "altoo", "stopp", "baastaa": every doubled Latin letter read once. */
export const collapseDoubles = (s: string): string => s.replace(/([a-z])\1+/g, '$1');

/** Every spelling one adjacent swap away ("qiut" for QUIT, "atlo" for ALTO), for keywords of 4+ letters. */
export function adjacentSwaps(word: string): string[] {
  if (word.length < 4 || !/^[\p{L} ]+$/u.test(word)) return [];
  const out: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1] || word[i] === ' ' || word[i + 1] === ' ') continue;
    out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  return out;
}
