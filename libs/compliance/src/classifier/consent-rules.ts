/**
 * Rule-based consent detection (opt-out, opt-in, HELP). Rules, not a statistical model, because a
 * consent decision must be explainable and predictable: every hit says which rule matched and why.
 *
 * Layers, most certain first:
 *  1. whole-message keywords (after removing polite filler), incl. misspellings within an edit distance;
 *  2. a keyword standing alone as one sentence of a longer text ("STOP. Who is this?");
 *  3. plain-language requests in English, Spanish and other languages common among US patients.
 * Layers 2–3 carry guards for ordinary uses of the same words (stop a medication, promo ends,
 * cancel an appointment, stop by) and for negation ("don't stop the reminders").
 */
import { VOCABULARY, correctTypos, keyboardDistance } from './keyboard-typos.util.js';
import { MAYBE_STOP_WORDS, adjacentSwaps, collapseDoubles, multilingualKeywords, readObfuscated } from './opt-out-keywords.js';
import { LEXICON_PHRASES, MESSAGE_WORDS, OTHER_TARGET, PRAISE, PRAISE_EMOJI, TEXTS_FINE, foldPattern, type PhraseMatcher } from './opt-out-lexicon.js';
import { editDistance, normalizeText, wordRegex } from './text-normalize.util.js';
import { FRAME_PHRASES, NOT_A_STOP_VERB } from './opt-out-frames.js';
import { ASKS_FOR_PROMOS, LIKES_OUR_MESSAGES, NAMES_A_CONTROL_AFTER, TEXTS_KEPT_MULTI, mentionCue, reportedOrDisplayed, textsKeptElsewhere } from './opt-out-mentions.js';
import { ANOTHER_PERSON, DOUBLE_NEGATION, PROMO_ANY, REMINDERS_FINE, WAITLIST_ANY, EMAIL_KEEPS_TEXTS, KIND_PHRASES, OWN_WRONG_NUMBER, SELF_SLIP, WRONG_NUMBER_ANY, asksAboutOptOut, mentionNotUse, type SentenceInfo } from './opt-out-kinds.js';

export type OptOutScope = 'all' | 'marketing';

export interface ConsentDetection {
  optOut: boolean;
  optIn: boolean;
  help: boolean;
  optOutScope?: OptOutScope;
  /** The whole message was CANCEL (or a misspelling): a legal opt-out that may have meant the appointment. */
  bareCancel: boolean;
  /** `keyword` for whole-message keywords, `plain_language` for sentences. */
  method?: 'keyword' | 'plain_language';
  /** Machine-readable rule ids, e.g. "keyword:stop", "phrase:en.stop-texting". */
  matched: string[];
  reasons: string[];
  /**
   * Not an opt-out, but a person should confirm: the rule classes that made the text look like one
   * (e.g. "cites the TCPA without a request"). Empty when there is nothing to review.
   */
  review: string[];
}

/** Words that do not change a keyword's meaning: "STOP please", "unsubscribe me now thanks". */
const FILLER = new Set([
  'please', 'pls', 'plz', 'plse', 'now', 'thanks', 'thank', 'you', 'thx', 'ty', 'asap', 'immediately', 'it', 'me', 'already', 'ok', 'okay', 'omg',
  'just', 'right', 'por', 'favor', 'porfavor', 'porfa', 'ya', 'gracias', 'merci', 'obrigado', 'obrigada', 'salamat', 'po', 'pa', 'again', 'all', 'the',
  'hi', 'hello', 'hey', 'stop',
  // Interjections and "please" / "now" in the languages of US clinics: "ugh stop", "STOP SVP", "stop na po".
  'ugh', 'smh', 'wtf', 'ffs', 'jeez', 'geez', 'argh', 'seriously', 'dude', 'bruh', 'guys', 'yall', 'svp', 'bitte', 'tanpri', 'souple', 'kripya', 'prosze', 'пожалуиста',
  'na', 'nalang', 'ahora', 'agora', 'maintenant', 'jetzt', 'sofort', 'xin', 'kindly', 'nope', 'nah',
  // "please" and "already" in more languages: "Joojiya fadlan", "بسه دیگه", "Yeter artık".
  'fadlan', 'lutfen', 'artık', 'grazie', 'danke', 'спасибо', 'дякую', 'shukriya', 'mesi', 'لطفا', 'alstublieft', 'aub', 'thov', 'tafadhali', 'בבקשה', 'ji', 'دیگه', 'بقى', 'lawm', 'artik', 'уже', 'вже', 'juseyo',
]);

/** Opt-out keywords (whole message). FCC list, Twilio defaults, and the common words in other languages. */
const OPT_OUT_WORDS: Record<string, string> = {
  stop: 'STOP', stopall: 'STOPALL', unsubscribe: 'UNSUBSCRIBE', unsub: 'UNSUBSCRIBE', cancel: 'CANCEL', end: 'END', quit: 'QUIT', revoke: 'REVOKE',
  optout: 'OPT OUT', 'opt out': 'OPT OUT', 'stop all': 'STOPALL', 'remove': 'REMOVE', 'remove me': 'REMOVE', 'stop texting': 'STOP',
  'no more': 'NO MORE (texts)', 'no more texts': 'NO MORE (texts)', 'no more messages': 'NO MORE (texts)', 'leave me alone': 'LEAVE ME ALONE',
  // Spanish
  alto: 'ALTO (es)', parar: 'PARAR (es/pt)', para: 'PARA (es)', basta: 'BASTA (es)', baja: 'BAJA (es)', detener: 'DETENER (es)', cancelar: 'CANCELAR (es/pt)',
  'no mas': 'NO MÁS (es)', 'no mas mensajes': 'NO MÁS MENSAJES (es)', 'dar de baja': 'DAR DE BAJA (es)', desuscribir: 'DESUSCRIBIR (es)',
  // Portuguese, French, Tagalog, Vietnamese, Russian, German
  pare: 'PARE (pt)', sair: 'SAIR (pt)', descadastrar: 'DESCADASTRAR (pt)', arret: 'ARRÊT (fr)', arreter: 'ARRÊTER (fr)', arrete: 'ARRÊTE (fr)', arretez: 'ARRÊTEZ (fr)', stoppez: 'STOPPEZ (fr)', отстаньте: 'ОТСТАНЬТЕ (ru)', desabonner: 'DÉSABONNER (fr)',
  tigil: 'TIGIL (tl)', itigil: 'ITIGIL (tl)', hinto: 'HINTO (tl)', 'ayoko na': 'AYOKO NA (tl)', dung: 'DỪNG (vi)', 'dung lai': 'DỪNG LẠI (vi)', ngung: 'NGỪNG (vi)',
  'huy dang ky': 'HỦY ĐĂNG KÝ (vi)', sispann: 'SISPANN (ht)', توقف: 'توقف (ar)', desabonnement: 'DÉSABONNEMENT (fr)', desinscription: 'DÉSINSCRIPTION (fr)', стоп: 'СТОП (ru)', хватит: 'ХВАТИТ (ru)', отписаться: 'ОТПИСАТЬСЯ (ru)', отписка: 'ОТПИСКА (ru)', abmelden: 'ABMELDEN (de)',
  // CJK
  停止: '停止 (zh/ja)', 停: '停 (zh)', 退订: '退订 (zh)', 退訂: '退訂 (zh)', 取消订阅: '取消订阅 (zh)', 取消: '取消 (zh)', 配信停止: '配信停止 (ja)',
  disiscrivimi: 'DISISCRIVIMI (it)', disiscrivetemi: 'DISISCRIVETEMI (it)', cancellatemi: 'CANCELLATEMI (it)', abbestellen: 'ABBESTELLEN (de)', wypisz: 'WYPISZ (pl)', dezabone: 'DEZABONE (ht)',
  중지: '중지 (ko)', 그만: '그만 (ko)', 수신거부: '수신거부 (ko)', 구독취소: '구독취소 (ko)', 'td': 'TD (zh)',
};
// The local word for stop / enough / unsubscribe in the ~40 languages of US clinics (opt-out-keywords.ts).
const MULTILINGUAL = multilingualKeywords();
for (const [key, label] of Object.entries(MULTILINGUAL.words)) OPT_OUT_WORDS[key] ??= label;
/** Whole-message keywords that mean CANCEL: a revocation that may have meant the appointment (staff alert). */
const CANCEL_KEYS = new Set(['cancel', 'cancelar', ...MULTILINGUAL.cancel]);
/** Words that alone may mean stop or only "that's all" (opt-out-keywords.ts): a person decides. */
const MAYBE_STOP: Record<string, string> = Object.fromEntries(MAYBE_STOP_WORDS.map((w) => [normalizeText(w), w]));
/** Words "$TOP", "st0p" and "unsubscr1be" are read as, once digits and symbols are read as letters. */
const DEOBFUSCATE_TARGETS: ReadonlySet<string> = new Set([...Object.keys(OPT_OUT_WORDS).filter((k) => !k.includes(' ')), ...VOCABULARY, 'me', 'out', 'opt']);
/** Real words one swap or doubled letter away from a keyword: never read as the keyword ("alot" is not ALTO). */
const NOT_A_KEYWORD_VARIANT = new Set(['alot', 'lato', 'sari', 'tops', 'pots', 'post', 'spot', 'quiet', 'quite', 'suit', 'tinder', 'diet', 'tied', 'edit', 'tide', 'bats', 'tabs', 'stab', 'apra', 'bsat', 'mote', 'ened', 'need', 'dune', 'nude']);
/** Single-word keywords (Latin letters, 4+) by each spelling one doubled or one swapped letter away: "altoo", "qiut". */
const KEYWORD_VARIANTS: ReadonlyMap<string, string> = (() => {
  const variants = new Map<string, string>();
  for (const key of Object.keys(OPT_OUT_WORDS)) {
    if (!/^[a-z]{4,}$/.test(key) || CANCEL_KEYS.has(key)) continue;
    for (const v of adjacentSwaps(key)) if (!OPT_OUT_WORDS[v] && !NOT_A_KEYWORD_VARIANT.has(v) && !variants.has(v)) variants.set(v, key);
  }
  return variants;
})();
const COLLAPSED_KEYWORDS: ReadonlyMap<string, string> = new Map(
  Object.keys(OPT_OUT_WORDS)
    .filter((k) => /^[a-z]{3,}$/.test(k) && !CANCEL_KEYS.has(k))
    .map((k) => [collapseDoubles(k), k] as const),
);
/** Keywords that also tolerate one typo ("stpo", "unsubscibe"): long enough that a typo cannot make another common word. */
const FUZZY_OPT_OUT: Array<[string, number]> = [['stop', 1], ['unsubscribe', 2], ['optout', 1], ['stopall', 1], ['revoke', 1], ['cancel', 1], ['desuscribir', 2]];
/** Fuzzy "stop" must not eat these real words. */
const NOT_STOP = new Set(['step', 'shop', 'stay', 'atop', 'slop', 'top', 'spot', 'stops', 'stoke', 'store', 'stove', 'stood', 'sto', 'soap', 'cancer', 'canceled', 'revoked', 'subscribe', 'subscribed', 'resubscribe', 'unsubscribed']);
/** Keywords strong enough to count when they stand alone as one sentence of a longer text. */
const SENTENCE_OPT_OUT = new Set(['remove me', 'remove', 'stop', 'stopall', 'unsubscribe', 'optout', 'opt out', 'alto', 'stop texting', 'stop all', '退订', '停止', '수신거부']);

const OPT_IN_WORDS: Record<string, string> = {
  start: 'START', unstop: 'UNSTOP', resume: 'RESUME', subscribe: 'SUBSCRIBE', resubscribe: 'RESUBSCRIBE', 'opt in': 'OPT IN', optin: 'OPT IN', 'start again': 'START',
  comenzar: 'COMENZAR (es)', iniciar: 'INICIAR (es)', reanudar: 'REANUDAR (es)', suscribir: 'SUSCRIBIR (es)', 开始: '开始 (zh)', 시작: '시작 (ko)', 'bat dau': 'BẮT ĐẦU (vi)',
  'unstop please': 'UNSTOP', restart: 'RESTART',
};
/** Only when the text does not answer our confirmation request: then YES means "confirm". */
const YES_WORDS = new Set(['yes', 'si', 'sim', 'oui']);

const HELP_WORDS: Record<string, string> = {
  help: 'HELP', info: 'INFO', ayuda: 'AYUDA (es)', ajuda: 'AJUDA (pt)', aide: 'AIDE (fr)', tulong: 'TULONG (tl)', 'giup do': 'GIÚP ĐỠ (vi)', помощь: 'ПОМОЩЬ (ru)',
  帮助: '帮助 (zh)', 幫助: '幫助 (zh)', 도움: '도움 (ko)', 도움말: '도움말 (ko)', 'help me': 'HELP', hlep: 'HELP', halp: 'HELP', hepl: 'HELP', helpp: 'HELP', menu: 'MENU', 'need help': 'HELP',
};

interface Phrase {
  id: string;
  re: PhraseMatcher;
  why: string;
  /** Anchored (^/$) phrases are also tried on each sentence of a longer text. */
  anchored?: boolean;
}
/** Phrases whose verb could describe the patient's own action ("I'll stop texting you so late"). */
const SELF_GUARDED = new Set(['en.stop-contacting', 'en.stop-messages', 'en.stop-it', 'en.stop-these', 'es.dejen-de', 'pt.pare-de', 'en.dont-text-me']);

const MSG = '(texts?|txts?|texting|txting|msgs?|messages?|messaging|sms|reminders?|notifications?|alerts?|spam|updates|text messages|mensajes|textos)';
/** Message nouns that make a request cover everything, even when promotions are named too. */
const MSG_NOUN = '(texts?|txts?|msgs?|messages?|sms|reminders?|notifications?|alerts?|mensajes|textos|mensagens)';
const PROMO = '(promos?|promotions?|promotional|deals?|offers?|specials?|ads|advertis\\w*|marketing|newsletters?|sales?|coupons?|discounts?|blasts?|campaigns?|promociones|ofertas|descuentos|publicidad|promocoes)';
const FILL = '(w |emails? and |emails? or |calls? and |calls? or |it |all |the |them |these |those |u |you |ya |your |ur |guys |yall |pls |please |now |just |from |with |sending |already |getting |receiving |me |my |any |so many |all of |of )';
const CONTACT_VERB = '(reminding me|notifying me|pinging me|sending|texting|txting|texing|messaging|msging|msg|contacting|calling|spamming|bugging|bothering|harassing|blowing up|hitting me up|sending me)';

const p = (id: string, source: string, why: string): Phrase => ({ id, re: wordRegex(source), why, anchored: /\^|\$/.test(source) });

const OPT_OUT_PHRASES: Phrase[] = [
  // English
  p('en.stop-promos', `\\b(stop|quit|no more|enough|unsubscribe me from|opt me out of|remove me from|take me off)\\b ${FILL}{0,3}([a-z]+ ){0,2}${PROMO}`, 'asks to stop promotional messages'),
  p('en.stop-contacting', `\\b(stop|quit|cease|halt|discontinue)\\b ${FILL}{0,3}${CONTACT_VERB}\\b`, 'asks us to stop texting / contacting them'),
  p('en.stop-messages', `\\b(stop|no more|enough|done with|sick of|tired of|quit)\\b (with )?${FILL}{0,3}${MSG}\\b`, 'asks for no more messages'),
  p('en.stop-these', `^(\\w+ ){0,3}(stop|quit|end) (this|these|them|it all|all this|all of this)( please| pls| now| already| thanks| immediately)*$`, 'asks us to stop these (texts)'),
  p('en.dont-text-me', `\\b(dont|do not|never|pls dont|please dont|stop|quit|no need to)\\b (ever |keep |continue )?(text|texting|txt|message|messaging|msg|contact|contacting|sms|call|spam|bother|email and text|text or call|call or text) (me|this (number|phone|cell)|my (number|phone|cell))\\b`, 'tells us not to text them'),
  p('en.take-me-off', `\\b(take|remove|delete|erase|drop|get|cross|scratch|unsubscribe|opt|sign|unenroll|unenrol|pull)\\b (me|my (cell )?(phone )?(number|#|phone|info|cell)|this (number|#|phone)|us)( \\w+){0,3}? (off|from|out of) (your |the |this |ur |all |these |my |our |yalls |of )*(list|lists|texting|texts?|messages?|mailing|mailing list|system|database|contacts?|contact list|sms|program|marketing|promo\\w*|text list|messaging|notifications|reminders|distribution|group|thread|this|it|there)\\b`, 'asks to be removed from our list / texts'),
  p('en.remove-me', `(^|\\b(please|pls|plz|kindly|so|just) )(remove|delete|erase|lose|forget) (me|my number|my phone number|my cell|this number|my info)( please| pls| thanks| thank you| now)?$`, 'asks us to remove / lose their number'),
  p('en.unsubscribe', `\\b(unsubscribe|unsubscribing|unsubcribe|unsubscibe|unsuscribe|unsubscrib|unsub|opt out|optout|opt me out|opting out|opt outta|deregister|unenroll)\\b`, 'says unsubscribe / opt out'),
  p('en.leave-alone', `\\b(leave me alone|lose my number|delete my number|go away|fuck off|f off|piss off|stop harassing)\\b`, 'asks to be left alone'),
  p('en.dont-want', `\\b(i|we)( really)? (dont|do not|no longer|never) (want|wish|need|like)( to (get|receive|be getting|keep getting|have)| any| your| these| those| more| to be)?( \\w+){0,3}? (${MSG}|${PROMO.slice(1, -1)}|contacted)\\b`, 'says they do not want our messages'),
  p('en.not-interested', `\\b(no longer|not|am not|im not) interested in (receiving|getting|these|your|any|the)( \\w+){0,2}? ${MSG}\\b`, 'says they are no longer interested in our messages'),
  p('en.no-texts', `\\bno (more )?(texts?|txts?|messages?|msgs?|sms|texting|text messages|text msgs)( please| pls| thanks| thank you)?$`, 'asks for no texts'),
  p('en.dont-send', `\\b(dont|do not|never|pls dont|please dont|no need to)\\b (ever )?(send|sending) (me |us )?(any |anymore |any more |more |these |those |your |the )*${MSG}\\b`, 'tells us not to send them messages'),
  p('en.block', `\\b(block|blocking|report|reporting) (you|this (number|#)|your (number|#)|this as spam)\\b`, 'threatens to block / report the number'),
  p('en.wrong-number', `^(\\w+ ){0,4}wrong (number|person|#)( \\w+){0,6}$`, 'says we texted the wrong number'),
  p('en.stop-it', `^(\\w+ ){0,2}(stop|quit) (it|this|that|now|already|immediately|pls|please)( \\w+){0,2}$`, 'tells us to stop'),
  // Spanish
  p('es.no-me-manden', `\\bno (me|nos) (manden|mande|mandes|envien|envie|envies|escriban|escriba|escribas|textees|texteen|texten|contacten|llamen|molesten|sigan (mandando|enviando|escribiendo))\\b|\\bno (manden|envien|escriban|mande|envie)( mas)? (mensajes|textos|msjs?|sms|promociones|ofertas)\\b`, 'pide que no le manden más mensajes (es)'),
  p('es.no-enviarme', `\\bno (enviarme|mandarme|escribirme|textearme|contactarme)\\b`, 'pide no enviarle mensajes (es)'),
  p('es.dejen-de', `\\b(dejen|deje|deja|dejar|paren|pare|para|parar) de (enviar|mandar|escribir|textear|contactar|molestar)(me|nos)?\\b`, 'pide que dejen de enviarle mensajes (es)'),
  p('es.sacame', `\\b(bajame|bajenme|bajeme|sacame|saquenme|saqueme|quitame|quitenme|quiteme|borrame|borrenme|borreme|eliminenme|elimineme|eliminame|remuevanme)( \\w+){0,2}? (de|del) (la |su |sus |esta |este |tu )?(lista|listas|mensajes|textos|sistema|base|programa)\\b|\\b(darme de baja|dar de baja|me doy de baja|denme de baja|deme de baja|quiero la baja)\\b`, 'pide que le saquen de la lista (es)'),
  p('es.no-quiero', `\\b(ya )?no (quiero|deseo|necesito) (recibir |seguir recibiendo |mas |sus |estos |tus )*(mensajes|textos|msjs?|sms|promociones|ofertas|mensajitos)\\b`, 'dice que no quiere más mensajes (es)'),
  p('es.parar-mensajes', `^(\\w+ ){0,2}(parar|para|pare|paren|detener|detengan|alto|basta|basta de|stop)( los| sus| de| con los| con)? (mensajes|textos|msjs?|sms)\\b`, 'pide parar los mensajes (es)'),
  p('es.no-mas', `\\bno mas (mensajes|textos|msjs?|sms|promociones)\\b`, 'pide no más mensajes (es)'),
  p('es.cancelar-suscripcion', `\\b(cancelar|cancela|cancelen|anular) (la |mi )?(suscripcion|subscripcion|inscripcion)\\b|\\bdesuscrib\\w*`, 'pide cancelar la suscripción (es)'),
  // Portuguese
  p('pt.pare-de', `\\b(pare|parem|para) de (me )?(enviar|mandar|escrever)\\b`, 'pede para parar de enviar mensagens (pt)'),
  p('pt.nao-quero', `\\bnao (me )?(envie|enviem|mande|mandem)( mais)? (mensagens|sms|textos|mais)\\b|\\bnao (quero|desejo) (mais )?receber( mais)? (mensagens|sms|textos|promocoes)\\b`, 'diz que não quer mais mensagens (pt)'),
  p('pt.descadastrar', `\\b(descadastr\\w*|cancelar (a )?inscricao|(me )?(tire|tirem|remova|removam) (da|desta|dessa) lista)\\b`, 'pede para sair da lista (pt)'),
  // French
  p('fr.desabonner', `\\b(desabonn\\w*|desinscri\\w*|retirez moi|supprimez moi)\\b`, 'demande à se désabonner (fr)'),
  p('fr.ne-plus', `\\bne ?(m|me )?(envoyez|envoie|ecrivez|textez|contactez) plus\\b|\\b(arretez|arrete|cessez) de (m|me )?(envoyer|ecrire|texter|contacter)\\b|\\bplus de (messages|sms|textos)\\b|\\b(arretez|arrete|stop|stoppez) (les|vos|ces) (messages|sms|textos|textes)\\b`, 'demande de ne plus envoyer de messages (fr)'),
  // Tagalog
  p('tl.wag-text', `\\b(wag|huwag) (nyo|niyo|mo|na|po)( na| po| nyo| niyo| na po)* (akong |ako |kaming |po |kayong |kayo )?(i text|itext|itxt|mag text|magtext|text|padalhan|i message|imessage|mensahe)\\b`, 'sinabing huwag na silang i-text (tl)'),
  p('tl.itigil', `\\b(itigil|tigilan|tumigil|pakiitigil|paki itigil|pakitigil)\\b( \\w+){0,3}? (text|mensahe|pag text|pagtext)\\b|\\btigilan (nyo|niyo|mo) (na )?(ako|kami)\\b|\\bayoko (na )?(ng|nang|makatanggap ng) (text|mensahe)\\b`, 'humiling na itigil ang mga text (tl)'),
  // Vietnamese (accents stripped)
  p('vi.dung-gui', `\\b(dung|ngung) (gui|nhan tin|gui tin)\\b|\\bhuy dang ky\\b|\\bkhong (muon )?nhan (tin|tin nhan)( \\w+){0,2} nua\\b`, 'yêu cầu ngừng gửi tin nhắn (vi)'),
  // Russian (й → и after stripping)
  p('ru.otpishite', `\\b(отпиш\\p{L}*|отписат\\p{L}*)\\b|\\b(не|больше не) (пишите|присылаите|отправляите|шлите|беспокоите)\\b|\\b(прекратите|перестаньте|хватит) (мне |нам )?(присылать|писать|отправлять|слать)\\b`, 'просит больше не писать (ru)'),
  // Chinese, Japanese, Korean: no spaces, so substrings.
  p('zh.tuiding', `(退订|退訂|取消订阅|取消訂閱|停止发送|停止發送|不要再发|不要再發|别再发|別再發|不要发短信|不要给我发|别给我发|停止短信|不要再给我发|别再给我发|不要发信息|停止发信息|不要再发信息)`, '要求退订 / 停止发送短信 (zh)'),
  p('ja.teishi', `(配信停止|送らないで|送信停止|メッセージ不要)`, '配信停止を希望 (ja)'),
  p('ko.geuman', `(수신거부|수신 거부|그만 보내|보내지 마|보내지마|문자 그만|연락하지 마|구독 취소|구독취소)`, '수신 거부 요청 (ko)'),
];

/** Opting back in. */
const OPT_IN_PHRASES: Phrase[] = [
  p('en.resubscribe', `\\b(re ?subscribe|resubscribe|unstop|opt (me )?(back )?in|opt in again|sign me (back )?up again|subscribe me again|add me back)\\b`, 'asks to be subscribed again'),
  p('en.start-again', `\\b(start|resume|restart|continue) (sending|texting|messaging|my reminders|the reminders|the texts|texts)( me)?( \\w+){0,3}? (again|back)\\b|\\b(start|resume|restart) (sending|texting|messaging) me\\b`, 'asks us to start texting again'),
  p('en.want-again', `\\b(want|like|wanna) to (get|receive|start getting|start receiving|keep getting|be getting) (your |the |my )?(texts|messages|reminders|text reminders)( \\w+){0,2}? again\\b`, 'wants our texts again'),
  p('en.mistake', `\\b(accidentally|by accident|by mistake|didnt mean to|did not mean to|mistakenly)\\b( \\w+){0,3}? (stop|unsubscribe|unsubscribed|opt out|opted out|stopped)\\b|\\b(stop|unsubscribe|stopped|opted out)\\b( \\w+){0,3}? (by mistake|by accident)\\b`, 'says the opt-out was a mistake'),
  p('es.volver', `\\b(?<!no )(quiero|deseo) (volver a )?recibir (los |sus )?(mensajes|textos|recordatorios)( de nuevo| otra vez)?\\b|\\bsuscribirme (de nuevo|otra vez)\\b`, 'quiere recibir mensajes otra vez (es)'),
];

/** Meta questions about the programme itself get the HELP reply (which also says how to opt out). */
const HELP_PHRASES: Phrase[] = [
  p('en.who-is-this', `^(\\w+ ){0,2}(who is this|whos this|who dis|who are you|what is this (number|about|text|for)|whats this (number|about|text|for)|what number is this|how did you get my number|why am i getting (these|this|texts|messages))( \\w+){0,3}$`, 'asks who is texting / why'),
  p('es.quien', `^(\\w+ ){0,2}(quien es|quien habla|quien eres|de donde sacaron mi numero)( \\w+){0,3}$`, 'pregunta quién escribe (es)'),
];

/** Negation right before an opt-out phrase cancels it: "don't stop the reminders", "I don't want to unsubscribe". */
const NEGATION_BEFORE = wordRegex(`\\b(dont|do not|didnt|did not|never|not|no need to|wont|will not|shouldnt|cant|cannot|doesnt|no quiero|no)( want to| wanna| mean to| need to| have to| ever| trying to| looking to| going to| gonna| planning to| asking to| meaning to| here to| writing to| texting to)?( \\w+)?$`);
/** Unsubscribing from something other than our texts: a membership, a plan, emails. */
const OTHER_SUBSCRIPTION = wordRegex(`\\b(unsubscribe|unsub|opt out|optout|cancel)\\b( \\w+){0,2}? (from |of )?(the |my |your )?(membership|plan|package|subscription|auto ?renew\\w*|autopay|emails?|newsletter|mailing|loyalty|rewards|program)\\b`);
/** Sentences that keep texting wanted: a phrase match in them is not a revocation. */
const KEEP_TEXTING = wordRegex(`\\b((?<!\\b(doesnt|does not|dont|do not|no longer|not|never|cant|cannot|wont|will not) )use this (one|number)|still want (the |my )?(texts|text messages|text reminders|reminders|texting)|(text|txt) this (one|number) instead|(?<!\\b(no need to|dont|do not|not|stop|never|you|u|yall) )keep (sending|texting|the reminders|my reminders|the text reminders|my text reminders|text reminders|me posted|me updated|the texts|my texts|texts|text messages|getting texts|the text reminders)|(text|txt|message) me instead|(text|texting|txt) instead|prefer (texts?|texting)|(text|texting) is (fine|better|ok|best)|(can you|could you|pls|please) (text|txt) me|(just|only) (text|txt)( me)?|rather (text|texting)|text only|only text)\\b`);
/** The patient talking about their own texting: "I'll stop texting you so late", "sorry, I will stop calling". */
const SELF_SUBJECT = wordRegex(`\\b(i|ill|i will|we|we will|well|i can|i should|i could|i might|i may|i need to|i have to|i had to|im going to|im gonna|ima|voy a|vamos a)( just)?$`);
/** "how do I stop this?" may be about a symptom: only a plain "stop these" counts. */
const QUESTION_BEFORE = wordRegex(`\\b(how|what|should|do i|can i|why|when)\\b`);
/** "I don't need a reminder text for tomorrow": one message, read in the words right after the request. */
const ONE_OFF = wordRegex(`^(\\w+ ){0,2}?(for|about) (tomorrow|today|tonight|this (appointment|visit|one|week)|my next (appointment|visit)|next week|the (weekend|holidays)|while (im|i am) (away|traveling|travelling|out)|(the|that) (appointment|appt|visit|booking)(?! (reminders|texts))\\b)`);
/** "Unsubscribe from what?": a question about the opt-out, not a request. */
const ASKS_WHAT = wordRegex(`^(unsubscribe|opt out|optout|stop|remove|cancel)( me)?( from| of)? (what|which)\\b`);
/** "I don't want to text, can I call?": the patient's own action, not our messages. */
/** "Why did I stop getting reminders?", "I stopped getting your texts": our texts stopped reaching them — a complaint, not a request. */
const TEXTS_STOPPED_ARRIVING = wordRegex(`\\b(why|how come) (did|have|has|do) (i|we) (stop|stopped) (getting|receiving)\\b|\\b(i|we) (stopped|have stopped|suddenly stopped) (getting|receiving)\\b`);
const OWN_ACTION = wordRegex(`(?<!\\bno )\\b(want|wanna|need|wish|like|prefer) to (text|txt|message|msg|send|sms|email|call|type)\\b`);
/** The "another person" part of NOT_REVOCATION (allowed when the text says it is that person's phone / they died). */
const PERSON_QUALIFIER = wordRegex(`^(my (husband|wife|mom|dad|mother|father|son|daughter|kid|child|partner)s?|mi esposo|mi esposa|mi mama|mi hijo|mi hija)$`);
/** A negation within a few words before an opt-out verb, in any sentence: "I don't want to unsubscribe", "no cancelen". */
const NEGATION_NEAR = wordRegex(`\\b(dont|do not|didnt|did not|never|not|wont|will not|shouldnt|cant|cannot|doesnt|no|nao|ne|pas|nicht|kein|non|nie|khong|wag|huwag)\\b( \\w+){0,3} (stop\\w*|unsub\\w*|opt|optout|cancel\\w*|remove|revok\\w*|quit|end|parar|paren|dejen|detener|baja|quitar|sacar|cancelar|desuscrib\\w*|arret\\w*|desabonn\\w*|descadastr\\w*|tigil\\w*|dung|ngung|sispann)\\b`);
/** Timing / other-channel qualifiers: "don't text me before 9am", "stop emailing me the bill". */
const NOT_REVOCATION = wordRegex(`\\b(before \\d\\w*|after \\d\\w*|so early|so late|at night|at work|at school|this early|until|the bill|invoice|receipt|to my old|old number|my (husband|wife|mom|dad|mother|father|son|daughter|kid|child|partner)s?|mi esposo|mi esposa|mi mama|mi hijo|mi hija|waitlist|wait list|cancellation list|(?<!(texting|messaging|calling) (and|or) )emailing(?! (and|or) (texting|messaging))|lista de espera|numero viejo|numero anterior|antes de las \\d+|despues de las \\d+|from my (bank|carrier|pharmacy|insurance|school|work|job))\\b`);

/** The qualifiers of NOT_REVOCATION that concern the whole text wherever they stand (timing, another person, an old number). */
const NOT_REVOCATION_WHOLE = wordRegex(`\\b(before \\d\\w*|after \\d\\w*|so early|so late|at night|at work|at school|this early|until|to my old|old number|my (husband|wife|mom|dad|mother|father|son|daughter|kid|child|partner)s?|mi esposo|mi esposa|mi mama|mi hijo|mi hija|waitlist|wait list|cancellation list|lista de espera|numero viejo|numero anterior|antes de las \\d+|despues de las \\d+)\\b`);
/** Words that name our texts themselves (not "list" or "number"). */
const TEXT_WORDS = wordRegex(foldPattern('\\b(texts?|txts?|texting|msgs?|messages?|messaging|sms|text messages|mensajes|textos|mensagens|mesaj|رسائل|الرسائل|tin nhan|сообщени\\w*|смс|повідомлен\\w*|pesan|messaggi|nachrichten|wiadomosci)\\b|短信|簡訊|讯息|訊息|信息|消息|문자|메시지|メッセージ'));
/** "stop the reminder calls / text emails": the message word right before names the kind of call or email. */
const OTHER_CHANNEL_NEXT = wordRegex('^(phone )?(calls?|robocalls?|voicemails?|emails?|e mails?|letters?|mail|mailers?|postcards?)\\b');
/** "stop the voicemail reminders": a channel word right before the message word. */
const OTHER_CHANNEL_BEFORE = wordRegex('\\b(voicemail|call|robocall|email|e mail|mail|postcard|letter)s? (reminders?|notifications?|alerts?|messages?|updates)\\b');

/** "pleasw", "thabks": a polite word within one keyboard slip is still filler. */
const isMistypedFiller = (w: string): boolean => w.length >= 5 && w.length <= 7 && (keyboardDistance(w, 'please', 1) <= 1 || keyboardDistance(w, 'thanks', 1) <= 1);
const stripFiller = (t: string): string => {
  const tokens = t.split(' ').filter((w) => !FILLER.has(w) && !isMistypedFiller(w));
  // "STOP STOP STOP" → "stop"; a message of only filler keeps its first word.
  if (tokens.length === 0) return t.split(' ').includes('stop') ? 'stop' : t;
  return [...new Set(tokens)].join(' ');
};

function keywordOf(normalized: string, words: Record<string, string>): string | null {
  if (words[normalized] !== undefined) return normalized;
  const stripped = stripFiller(normalized);
  return words[stripped] !== undefined ? stripped : null;
}

/** A single-word keyword with a letter doubled ("altoo", "baastaa") or two letters swapped ("qiut"), never a known ordinary word. */
function variantOptOut(normalized: string, known: ReadonlySet<string>): string | null {
  const candidate = stripFiller(normalized);
  if (!/^[a-z]{3,}$/.test(candidate) || known.has(candidate) || NOT_STOP.has(candidate) || NOT_A_KEYWORD_VARIANT.has(candidate)) return null;
  return COLLAPSED_KEYWORDS.get(collapseDoubles(candidate)) ?? (candidate.length >= 4 ? KEYWORD_VARIANTS.get(candidate) : undefined) ?? null;
}

/** "Стоп, досить", "STOP. UNSUBSCRIBE.": every part of the message is an opt-out keyword (not CANCEL). */
function keywordSeries(text: string): string | null {
  const parts = text.split(/[,.!;:\n、，。！]+/u).map((x) => normalizeText(x)).filter(Boolean);
  if (parts.length < 2) return null;
  const keys = parts.map((x) => keywordOf(x, OPT_OUT_WORDS));
  return keys.every((k) => k !== null && !CANCEL_KEYS.has(k)) ? keys[0]! : null;
}

function fuzzyOptOut(normalized: string): string | null {
  const candidate = stripFiller(normalized).replace(/ /g, '');
  if (candidate.length < 3 || NOT_STOP.has(candidate)) return null;
  for (const [word, max] of FUZZY_OPT_OUT) {
    if (candidate.length >= word.length - max && editDistance(candidate, word, max) <= max) return word;
  }
  return null;
}

const PROMO_RE = wordRegex(`\\b${PROMO}\\b`);
const ALL_TOO = wordRegex('\\b(and everything( else)?|everything else|all of it|todo lo demas|y todo lo demas|y todo|e tudo|tudo mais|et tout le reste|und alles|e tutto)\\b');
const MSG_NOUN_RE = wordRegex(`\\b${MSG_NOUN}\\b`);
const PROMO_NOUN_RE = new RegExp(wordRegex(`\\b${PROMO} ${MSG_NOUN}\\b`).source, 'gu');
const KEEP_REMINDERS_RE = wordRegex(`\\b(keep|still want|only want|except|but not|still (get|send)|just|only|but) (\\w+ ){0,3}(reminders?|appointment|appt|appointments)|\\b(reminders?|appointment texts) (are |is |r )?(still )?(fine|ok|okay|good)\\b`);
/**
 * "stop the promos" or "stop the promos but keep my reminders" is marketing-only; "stop all texts and
 * promos" is everything; anything unclear is everything (FCC: when unsure, revoke all).
 */
export const scopeFor = (normalized: string): OptOutScope => {
  if (!PROMO_RE.test(normalized) && !PROMO_ANY.test(normalized)) return 'all';
  // "no more promos and everything else": everything.
  if (ALL_TOO.test(normalized)) return 'all';
  if (KEEP_REMINDERS_RE.test(normalized) || REMINDERS_FINE.test(normalized) || TEXTS_FINE.test(normalized)) return 'marketing';
  // Promotions named in another language: marketing only when no message word names our texts too ("광고 문자" is all).
  if (!PROMO_RE.test(normalized)) return TEXT_WORDS.test(normalized) ? 'all' : 'marketing';
  // "marketing texts" / "promo messages" name the kind, not all texts.
  const rest = normalized.replace(KEEP_REMINDERS_RE, '').replace(PROMO_NOUN_RE, ' ');
  return MSG_NOUN_RE.test(rest) ? 'all' : 'marketing';
};


/** Phrases that refuse promotions only: "texts / reminders are fine" next to them confirms the scope. */
const PROMO_PHRASES = new Set(['en.stop-promos', 'promo.multi']);
const ALL_OPT_OUT_PHRASES: readonly Phrase[] = [...OPT_OUT_PHRASES, ...LEXICON_PHRASES, ...FRAME_PHRASES, ...KIND_PHRASES];
/** Request frames (opt-out-frames.ts) are matched within one sentence, never across two. */
const FRAME_IDS = new Set(FRAME_PHRASES.map((x) => x.id));
const EMPTY: ReadonlySet<string> = new Set();
const LEXICON_IDS = new Set([...LEXICON_PHRASES, ...KIND_PHRASES].map((x) => x.id));
const STOP_SIGNS = /^[\s\uFE0F]*(🛑[\s\uFE0F]*)+$/u;
const NO_SIGNS = /^[\s\uFE0F]*((⛔|🚫|✋|🙅\S*)[\s\uFE0F]*)+$/u;
const ANGRY_EMOJI = /[😡🤬😠😤🙄😒💢👎🖕]/u;
/** "Stop. Wait…", "stop, never mind": the patient interrupts themself. */
const SELF_INTERRUPT = wordRegex('^(stop|alto|stop all|stopall)( \\w+)? (wait|hold on|hang on|never mind|nevermind|nvm|actually|espera|esperen|attendez|warte)\\b');
/** Keywords that are also exclamations ("Stop! I love it"). */
const STOP_LIKE = new Set(['stop', 'alto', 'stop all', 'stopall']);
/** Phrases built on STOP / "stop it" that an exclamation can produce. */
const EXCLAIMABLE = new Set(['en.stop-these', 'en.stop-it']);
const EMAIL_LIKE = wordRegex(foldPattern('\\b(emails?|e ?mails?|newsletters?|mailing list|mailers?|correos?|邮件|郵件|이메일|البريد)\\b|邮件|郵件|이메일'));

/** The thing an opt-out verb is about, when it is not our texts: "opt out of the numbing add-on". */
function otherTargetIn(window: string): string | null {
  const m = OTHER_TARGET.exec(window);
  if (!m || MESSAGE_WORDS.test(window)) return null;
  return EMAIL_LIKE.test(m[0]) ? 'emails' : 'a product, add-on, order or membership';
}

/** One sentence says our texts are fine or should go on (any language the lists know). */
const keepsTexts = (sentence: string): boolean => TEXTS_FINE.test(sentence) || KEEP_TEXTING.test(sentence) || REMINDERS_FINE.test(sentence) || TEXTS_KEPT_MULTI.test(sentence);

/** Why a phrase match is not a revocation, or null when it is one. Reasons name classes only. */
function guard(
  phrase: Phrase,
  m: RegExpExecArray,
  candidate: string,
  normalized: string,
  praise: boolean,
  aboutMessages: boolean,
  review: string[],
  sentences: readonly string[] = [],
  infos: readonly SentenceInfo[] = [],
): string | null {
  const before = candidate.slice(0, m.index).trim();
  const cls = `the ${phrase.id} phrase`;
  if (NEGATION_BEFORE.test(before)) return `Not an opt-out: ${cls} is negated`;
  // "No dejen de mandarme", "不要停止发送": the stopping itself is negated (read just before and in the match).
  if (DOUBLE_NEGATION.test(candidate.slice(Math.max(0, m.index - 24), m.index + m[0].length))) return `Not an opt-out: ${cls} negates the stopping (keep sending)`;
  const mention = mentionNotUse(m[0], before, infos);
  if (mention) return `Not an opt-out: ${cls} is mentioned, not used (${mention})`;
  // "My husband says I should unsubscribe", "the site keeps saying unsubscribe successful", "수신거부 하라고".
  // Read within the sentence of the match: "My husband says enough. Stop texting me" reports nothing about the second.
  const own = infos.find((x) => x.norm.includes(m[0]) && before.endsWith(x.norm.slice(0, x.norm.indexOf(m[0])).trim()));
  const shown = own ? reportedOrDisplayed(own.norm.slice(0, own.norm.indexOf(m[0])).trim(), own.norm.slice(own.norm.indexOf(m[0]) + m[0].length)) : reportedOrDisplayed(before, candidate.slice(m.index + m[0].length));
  if (shown) return `Not an opt-out: ${cls} is mentioned, not used (${shown})`;
  if (NAMES_A_CONTROL_AFTER.test(candidate.slice(m.index + m[0].length).trim())) {
    review.push('names an opt-out page or control');
    return `Not sure: ${cls} names a page or control (maybe a mention)`;
  }
  if (EMAIL_KEEPS_TEXTS.test(normalized)) return `Not an opt-out: ${cls} is about emails; the text says our texts are fine`;
  if ((phrase.id.startsWith('wrong.') || phrase.id === 'en.wrong-number') && OWN_WRONG_NUMBER.test(normalized)) return `Not an opt-out: ${cls} is the patient's own wrong number or an update of it`;
  if (phrase.id === 'en.wrong-number' && SELF_SLIP.test(normalized)) {
    review.push('says wrong number, maybe the patient’s own slip');
    return `Not sure: ${cls} may be the patient's own slip`;
  }
  if (ASKS_WHAT.test(candidate.slice(m.index).trim())) return `Not an opt-out: ${cls} is a question about what to opt out of`;
  if (OWN_ACTION.test(m[0])) return `Not an opt-out: ${cls} describes the patient's own texting`;
  if (TEXTS_STOPPED_ARRIVING.test(normalized)) return `Not an opt-out: ${cls} is in a text saying our texts stopped reaching them`;
  if (NOT_A_STOP_VERB.test(m[0])) return `Not an opt-out: ${cls} negates another verb (forget, miss…), not our texts`;
  // "I don't want your texts" has the patient as subject by nature; "I'll stop texting" is about their own texting.
  const selfGuarded = SELF_GUARDED.has(phrase.id) || (FRAME_IDS.has(phrase.id) && !/\.(dont-want-object|remove-me)$/.test(phrase.id));
  if (selfGuarded && SELF_SUBJECT.test(before)) return `Not an opt-out: ${cls} describes the patient's own texting`;
  if (phrase.id === 'en.stop-these' && QUESTION_BEFORE.test(before)) return `Not an opt-out: ${cls} is a question that may be about a symptom`;
  if (EXCLAIMABLE.has(phrase.id) && praise && !aboutMessages) return `Not an opt-out: ${cls} is an exclamation next to praise or surprise`;
  // "No more promos, reminders / texts are fine": keeping texts confirms a promotions-only request (scope: marketing).
  const promoOnly = PROMO_PHRASES.has(phrase.id) && !EMAIL_LIKE.test(normalized);
  // "I quit smoking! Any discount?": a promotions phrase is read within one sentence.
  if (PROMO_PHRASES.has(phrase.id) && sentences.length > 1 && !sentences.some((x) => phrase.re.test(x))) return `Not an opt-out: ${cls} spans two sentences`;
  // "¿Ya no hay promociones?", "Keine Angebote diesen Monat?": asks whether there are promotions.
  if (PROMO_PHRASES.has(phrase.id) && infos.some((x) => x.question && phrase.re.test(x.norm))) return `Not an opt-out: ${cls} is a question about promotions`;
  // "Envoyez-moi plus de promos", "有新的促销请告诉我": asks for promotions; "I love your deals … no more promos" is a person's call.
  if (PROMO_PHRASES.has(phrase.id) && ASKS_FOR_PROMOS.test(normalized)) return `Not an opt-out: ${cls} is in a text that asks for promotions`;
  const liked = PROMO_PHRASES.has(phrase.id) ? LIKES_OUR_MESSAGES.exec(normalized) : null;
  if (liked && (PROMO_RE.test(liked[0]) || PROMO_ANY.test(liked[0]))) {
    review.push('refuses promotions and speaks well of them');
    return `Not sure: ${cls} is in a text that speaks well of our promotions`;
  }
  if (!promoOnly && ((KEEP_TEXTING.test(normalized) && !PROMO_RE.test(normalized)) || TEXTS_FINE.test(normalized) || TEXTS_KEPT_MULTI.test(normalized))) return `Not an opt-out: ${cls} appears in a text that asks to keep texting`;
  // "Opt out of the photo release. Texts still ok": a sentence that keeps our texts protects every phrase of the text.
  // (Not when promotions are named: "No more deals. Reminders are fine" is a promotions-only request.)
  if (!promoOnly && sentences.length > 1 && !PROMO_RE.test(normalized) && !PROMO_ANY.test(normalized) && textsKeptElsewhere(sentences, sentences.find((x) => phrase.re.test(x)), keepsTexts)) return `Not an opt-out: ${cls} appears in a text whose other sentence keeps our texts`;
  // What the verb is about is read in its own sentence ("Unsubscribe me from the emails. Keep the text reminders.").
  const local = sentences.length > 1 ? sentences.map((s) => [s, phrase.re.exec(s)] as const).find(([, lm]) => lm) : undefined;
  const [context, lm] = local ?? [candidate, m];
  const tokensAfter = context.slice(lm!.index + lm![0].length).split(' ').filter(Boolean).slice(0, 6).join(' ');
  if (ONE_OFF.test(tokensAfter)) return `Not an opt-out: ${cls} is about one reminder, not all our texts`;
  // "stop the reminder calls": the message word only names the kind of call / email.
  if (OTHER_CHANNEL_NEXT.test(tokensAfter) || OTHER_CHANNEL_BEFORE.test(lm![0])) return `Not an opt-out: ${cls} is about calls or emails (the message word names their kind), not our texts`;
  // "remove me from the waitlist", "把我从候补名单删除": the list is the waitlist, not our texts.
  // (read in the text as typed too: the typo corrector may have "corrected" a waitlist word it does not know)
  if ((WAITLIST_ANY.test(context) || WAITLIST_ANY.test(normalized)) && !TEXT_WORDS.test(context)) return `Not an opt-out: ${cls} is about the waitlist, not our texts`;
  const other = otherTargetIn(`${lm![0]} ${tokensAfter}`);
  if (other) {
    if (other === 'emails' && !KEEP_TEXTING.test(normalized) && !TEXTS_FINE.test(normalized)) review.push('asks to stop emails without saying texts are fine');
    return `Not an opt-out: ${cls} is about ${other}, not our texts`;
  }
  if (phrase.id === 'en.unsubscribe' && OTHER_SUBSCRIPTION.test(normalized) && !wordRegex(`\\b${MSG}\\b`).test(normalized)) {
    return `Not an opt-out: ${cls} is about a membership / plan / email, not our texts`;
  }
  // A bill / receipt / emailing named in another sentence ("Can you email my receipt? And stop texting me") does not
  // qualify a request that names our texts; timing and another person qualify the whole text.
  const qualifiable = phrase.id !== 'en.unsubscribe' && !/^(legal|zh|ko|ja|ar|ru|wrong|promo)\./.test(phrase.id);
  const namesTexts = local !== undefined && TEXT_WORDS.test(`${lm![0]} ${tokensAfter}`);
  const qualifier = qualifiable ? (namesTexts ? (NOT_REVOCATION_WHOLE.exec(normalized) ?? NOT_REVOCATION.exec(context)) : NOT_REVOCATION.exec(normalized)) : null;
  // "My mother passed away, stop texting her" / "take my son off your list": the other person is the point.
  const forAnotherPerson = qualifier && PERSON_QUALIFIER.test(qualifier[0]) && (phrase.id.startsWith('third.') || ANOTHER_PERSON.test(normalized));
  if (qualifier && !forAnotherPerson) {
    return `Not an opt-out: ${cls} is qualified (timing, another channel or another person) rather than a revocation`;
  }
  return null;
}

/** Cues that make a text worth a human look when no rule opted it out. */
const REVIEW_CUES: Array<[RegExp, string]> = [
  [wordRegex('\\b(tcpa|telephone consumer protection act|fcc|attorney|lawyer|legal action|sue|lawsuit|harass\\w*)\\b'), 'cites the TCPA / legal action without a recognised request'],
  [wordRegex('\\b(how many times|asked (you )?(before|already|twice|again)|already asked|told you (already|before)|for the last time|enough already|this is harassment)\\b'), 'says they have asked before'],
  [wordRegex('\\b(stop(?! (by|in|over)\\b)|unsubscribe|opt out|optout|remove me|take me off)\\b( \\w+){0,6}? (texts?|texting|messages?|msgs?|sms|number|list|reminders?|notifications?|alerts?)\\b'), 'opt-out words next to message words, not matched as a request'],
  [wordRegex('\\b(revoke|revoking|revocation|withdraw|withdrawing|cease)\\b'), 'revocation vocabulary without a recognised request'],
  [wordRegex('\\bwhy (do|are|does|did) (you|yall|u|your office)( guys| people)? (keep|still|always) (texting|messaging|contacting|sending|spamming|bothering)\\b(?! me (the|a|an|my|your|this|that|wrong)\\b)|\\b(didnt|did not|never) (sign up|signed up|subscribe|subscribed|agree|agreed|consent|consented|opt in|opted in)\\b'), 'asks why we keep texting / says they never signed up'],
];

export function detectConsent(text: string, context: { replyToConfirmation?: boolean; knownWords?: ReadonlySet<string> } = {}): ConsentDetection {
  const result: ConsentDetection = { optOut: false, optIn: false, help: false, bareCancel: false, matched: [], reasons: [], review: [] };
  // "$TOP", "st0p texting", "alt0": digits and symbols typed for letters, read as letters where that makes an opt-out word.
  const deobfuscated = readObfuscated(text, DEOBFUSCATE_TARGETS);
  if (deobfuscated.changed) {
    text = deobfuscated.text;
    result.matched.push('read:digits-as-letters');
  }
  const normalized = normalizeText(text);
  // A message of stop signs only (🛑) is the STOP keyword drawn; ⛔ / 🚫 alone may mean "no": a person decides.
  // "🛑 please": the stop sign with only polite filler around it is the same keyword.
  const onlyFiller = !normalized || normalized.split(' ').every((w) => FILLER.has(w) && w !== 'stop');
  if (onlyFiller && text.includes('🛑') && (normalized || STOP_SIGNS.test(text))) {
    result.optOut = true;
    result.optOutScope = 'all';
    result.method = 'keyword';
    result.matched.push('keyword:stop-sign');
    result.reasons.push('Whole message is the stop-sign emoji (the STOP keyword drawn), with at most polite filler');
    return result;
  }
  if (!normalized && NO_SIGNS.test(text)) result.review.push('whole message is a "no" sign emoji');
  if (keywordOf(normalized, MAYBE_STOP)) result.review.push('whole message is a word for "enough" that may also answer a question');
  if (!normalized) return result;
  // Reasons are stored in the consent ledger: they name rules and word classes, never the patient's text.

  // 1. Whole-message keywords.
  const outWord = keywordOf(normalized, OPT_OUT_WORDS);
  const inWord = keywordOf(normalized, OPT_IN_WORDS);
  const fuzzy = outWord || inWord ? null : (fuzzyOptOut(normalized) ?? variantOptOut(normalized, context.knownWords ?? EMPTY) ?? keywordSeries(text));
  const helpWord = keywordOf(normalized, HELP_WORDS);
  // "stop 😍": STOP next to a delighted emoji (and no angry one) is an exclamation; a person confirms.
  if ((outWord ?? fuzzy) && STOP_LIKE.has((outWord ?? fuzzy) as string) && PRAISE_EMOJI.test(text) && !ANGRY_EMOJI.test(text)) {
    result.reasons.push('Not sure: STOP stands next to a delighted emoji (maybe an exclamation)');
    result.review.push('STOP next to a delighted emoji');
    return result;
  }
  if (outWord ?? fuzzy) {
    const key = (outWord ?? fuzzy) as string;
    const label = OPT_OUT_WORDS[key] ?? key.toUpperCase();
    result.optOut = true;
    result.optOutScope = 'all';
    result.method = 'keyword';
    result.bareCancel = CANCEL_KEYS.has(key);
    result.matched.push(`keyword:${key}`);
    result.reasons.push(
      fuzzy && !outWord
        ? `Whole message reads as the opt-out keyword ${label} (a typo within a keyboard-aware edit distance, a doubled or swapped letter, or keywords in a row)`
        : `Whole message is the opt-out keyword ${label}`,
    );
    if (deobfuscated.changed) result.reasons.push('Digits or symbols in the message were read as the letters they stand for');
    if (result.bareCancel) result.reasons.push('Bare CANCEL revokes consent (FCC list) but may have meant the appointment: staff should call');
    return result;
  }
  if (inWord) {
    result.optIn = true;
    result.method = 'keyword';
    result.matched.push(`keyword:${inWord}`);
    result.reasons.push(`Whole message is the opt-in keyword ${OPT_IN_WORDS[inWord]}`);
    return result;
  }
  const yes = normalized;
  if (!context.replyToConfirmation && YES_WORDS.has(yes)) {
    result.optIn = true;
    result.method = 'keyword';
    result.matched.push(`keyword:${yes}`);
    result.reasons.push('Whole message is YES, an opt-in keyword when it does not answer a confirmation request');
    return result;
  }
  if (helpWord) {
    result.help = true;
    result.method = 'keyword';
    result.matched.push(`keyword:${helpWord}`);
    result.reasons.push(`Whole message is the help keyword ${HELP_WORDS[helpWord]}`);
    return result;
  }

  // Opting back in wins over the opt-out words it usually quotes ("I texted stop by mistake").
  for (const phrase of OPT_IN_PHRASES) {
    if (phrase.re.test(normalized)) {
      result.optIn = true;
      result.method = 'plain_language';
      result.matched.push(`phrase:${phrase.id}`);
      result.reasons.push(`Plain-language opt-in: ${phrase.why}`);
      return result;
    }
  }

  const praise = PRAISE.test(normalized) || PRAISE_EMOJI.test(text);
  const aboutMessages = MESSAGE_WORDS.test(normalized);

  // 2. A strong keyword alone as one sentence: "STOP. Who is this?" (but not "Stop? The retinol?").
  const sentences = text.split(/(?<=[.!?\n;:)]|[\p{Extended_Pictographic}])|(?=[\p{Extended_Pictographic}])/u).map((s) => s.trim()).filter(Boolean);
  if (sentences.length > 1) {
    for (const sentence of sentences) {
      if (sentence.endsWith('?')) continue;
      const n = normalizeText(sentence);
      const key = keywordOf(n, OPT_OUT_WORDS);
      const word = key && SENTENCE_OPT_OUT.has(key) ? key : SENTENCE_OPT_OUT.has(n) ? n : null;
      if (word) {
        const label = OPT_OUT_WORDS[word] ?? word.toUpperCase();
        if (STOP_LIKE.has(word) && praise && !aboutMessages) {
          result.reasons.push(`Not an opt-out: ${label} stands alone next to praise or surprise (an exclamation, not a request)`);
          result.matched.push(`guard:exclamation:${word}`);
          continue;
        }
        // "Stop. Wait. Is it at 3?": the patient interrupts themself; a person decides.
        if (STOP_LIKE.has(word) && SELF_INTERRUPT.test(normalized)) {
          const why = `Not sure: ${label} is followed by a self-interruption (wait, never mind…)`;
          if (!result.reasons.includes(why)) result.reasons.push(why);
          result.review.push('STOP alone followed by a self-interruption');
          continue;
        }
        // "STOP. Your text made my day!": praise in the same text may make STOP an exclamation even when it
        // names our message; a phrase rule may still read a request, otherwise a person decides.
        if (STOP_LIKE.has(word) && praise) {
          const why = `Not sure: ${label} stands alone next to praise or surprise (maybe an exclamation)`;
          if (!result.reasons.includes(why)) result.reasons.push(why);
          result.review.push('STOP alone next to praise or surprise');
          continue;
        }
        result.optOut = true;
        result.optOutScope = scopeFor(normalized);
        result.method = 'keyword';
        result.matched.push(`sentence-keyword:${word}`);
        result.reasons.push(`One sentence of the text is the opt-out keyword ${label} on its own`);
        return result;
      }
    }
  }

  // 3. Plain-language requests (the rule phrases, then the multilingual lexicon), with guards;
  //    then the same again after correcting misspelled opt-out words.
  const segments = text
    .split(/[.!?\n;,，。！？；、]+/u)
    .map((x) => normalizeText(x))
    .filter(Boolean);
  // Sentences with whether they ask something, for the mention-not-use guard ("STOP is to opt out, right?").
  const infos: SentenceInfo[] = text
    .split(/(?<=[.!?\n;？！。])/u)
    .map((x) => ({ norm: normalizeText(x), question: /[?？]\s*\W*$/u.test(x.trim()) }))
    .filter((x) => x.norm);
  const attempt = (subject: string, corrected: boolean, sentences: readonly string[]): boolean => {
    const candidates = segments.length > 1 ? [subject, ...sentences] : [subject];
    for (const phrase of ALL_OPT_OUT_PHRASES) {
      const frame = FRAME_IDS.has(phrase.id);
      for (const [ci, candidate] of candidates.entries()) {
        // A request frame is tried per sentence only ("Can I stop by? Call this number" is two).
        if (ci === 0 && frame && candidates.length > 1) continue;
        // Only the lexicon's anchored phrases and the frames are tried per sentence ("Enough already. Take me off.").
        if (ci > 0 && !frame && (corrected || !(phrase.anchored && LEXICON_IDS.has(phrase.id)))) break;
        let m = phrase.re.exec(candidate);
        if (!m) continue;
        let verdict = guard(phrase, m, candidate, normalized, praise, aboutMessages, result.review, sentences, infos);
        // "My sister says stop texting her. Stop texting me too": a mentioned match does not hide a later use.
        for (let rest = candidate, tries = 0; verdict?.includes('mentioned, not used') && tries < 3; tries++) {
          rest = rest.slice(m.index + Math.max(1, m[0].length));
          const again = phrase.re.exec(rest);
          if (!again) break;
          if (!result.reasons.includes(verdict)) result.reasons.push(verdict);
          m = again;
          verdict = guard(phrase, m, rest, normalized, praise, aboutMessages, result.review, sentences, infos);
        }
        if (verdict) {
          if (!result.reasons.includes(verdict)) result.reasons.push(verdict);
          continue;
        }
        result.optOut = true;
        result.optOutScope = scopeFor(normalized);
        result.method = 'plain_language';
        result.matched.push(`phrase:${phrase.id}`);
        result.reasons.push(
          `Plain-language opt-out: ${phrase.why}${corrected ? ' (after correcting a misspelled opt-out word, keyboard-aware edit distance)' : ''}${result.optOutScope === 'marketing' ? '; scope: marketing only' : ''}`,
        );
        if (corrected) result.matched.push('typo-corrected');
        // The opt-out word may be mentioned, or the request be about something else, though no guard said so:
        // the trained model may then hold it for a person at a higher veto threshold.
        const keepsOurTexts = !PROMO_RE.test(normalized) && !PROMO_ANY.test(normalized) && keepsTexts(normalized);
        if (mentionCue(normalized) || keepsOurTexts || (OTHER_TARGET.test(normalized) && !MESSAGE_WORDS.test(normalized))) result.matched.push('signal:mention-cue');
        return true;
      }
    }
    return false;
  };
  if (attempt(normalized, false, segments)) return result;
  const known = context.knownWords ?? EMPTY;
  const { text: corrected, corrections } = correctTypos(normalized, known);
  if (corrections.length && attempt(corrected, true, segments.map((x) => correctTypos(x, known).text))) return result;

  // Not an opt-out by any rule: does it still look like one? (a person decides, marketing pauses)
  // A guard that explained the text (negated, keep texting, another subject…) is an answer, not doubt.
  const explained = result.reasons.some((r) => r.startsWith('Not an opt-out')) || TEXTS_FINE.test(normalized) || KEEP_TEXTING.test(normalized) || EMAIL_KEEPS_TEXTS.test(normalized) ||
    // "If I reply STOP, will I…?", "wrong number, I meant to text my sister": the text explains itself.
    asksAboutOptOut(normalized) || DOUBLE_NEGATION.test(normalized) || TEXTS_KEPT_MULTI.test(normalized) || ASKS_FOR_PROMOS.test(normalized) || (WRONG_NUMBER_ANY.test(normalized) && OWN_WRONG_NUMBER.test(normalized));
  if (explained) result.matched.push('guard:explained');
  const compact = stripFiller(normalized);
  if (!explained && compact.length >= 3 && compact.length <= 12 && /^[a-z]+$/.test(compact) && !NOT_STOP.has(compact)) {
    for (const [word] of FUZZY_OPT_OUT) {
      if (word !== 'cancel' && keyboardDistance(compact, word, 2) <= 1.5) result.review.push(`whole message is close to the opt-out keyword ${word.toUpperCase()}`);
    }
  }
  // A qualified text (timing, the waitlist, another person's number) is not doubt either.
  const qualified = NOT_REVOCATION.test(normalized) || WAITLIST_ANY.test(normalized);
  if (!explained && WRONG_NUMBER_ANY.test(normalized) && !OWN_WRONG_NUMBER.test(normalized)) {
    result.review.push('says we have the wrong number');
    // A bare "wrong number" outside English goes to a person by design: the model does not opt it out alone.
    result.matched.push('signal:wrong-number');
  }
  if (!explained) for (const [re, why] of REVIEW_CUES) if (!(qualified && re === REVIEW_CUES[2]![0]) && (re.test(normalized) || (corrections.length && re.test(corrected)))) result.review.push(why);
  // Signals that keep the trained model from opting the text out on its own (it may still ask a person):
  // a qualifier (timing, another channel or person), praise or surprise, another subject named without our
  // messages, a negation.
  if (qualified) result.matched.push('signal:qualified');
  if (praise && !aboutMessages) result.matched.push('signal:praise');
  // "Más promociones por favor, me encantan": speaks well of our messages or asks for them.
  else if (LIKES_OUR_MESSAGES.test(normalized) || ASKS_FOR_PROMOS.test(normalized)) result.matched.push('signal:praise');
  // A text that only asks a question ("No more deals this month?"): no rule read a request in it.
  if (infos.length > 0 && infos.every((x) => x.question)) result.matched.push('signal:question');
  if (OTHER_TARGET.test(normalized) && !MESSAGE_WORDS.test(normalized)) result.matched.push('signal:other-subject');
  if (NEGATION_NEAR.test(normalized) || (corrections.length && NEGATION_NEAR.test(corrected))) result.matched.push('signal:negation');
  for (const phrase of HELP_PHRASES) {
    if (phrase.re.test(normalized)) {
      result.help = true;
      result.method = 'plain_language';
      result.matched.push(`phrase:${phrase.id}`);
      result.reasons.push(`Help request: ${phrase.why}`);
      return result;
    }
  }
  return result;
}
