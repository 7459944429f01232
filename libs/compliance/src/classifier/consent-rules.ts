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
import { editDistance, normalizeText, wordRegex } from './text-normalize.util.js';

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
}

/** Words that do not change a keyword's meaning: "STOP please", "unsubscribe me now thanks". */
const FILLER = new Set([
  'please', 'pls', 'plz', 'plse', 'now', 'thanks', 'thank', 'you', 'thx', 'ty', 'asap', 'immediately', 'it', 'me', 'already', 'ok', 'okay', 'omg',
  'just', 'right', 'por', 'favor', 'porfavor', 'porfa', 'ya', 'gracias', 'merci', 'obrigado', 'obrigada', 'salamat', 'po', 'pa', 'again', 'all', 'the',
  'hi', 'hello', 'hey', 'stop',
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
  pare: 'PARE (pt)', sair: 'SAIR (pt)', descadastrar: 'DESCADASTRAR (pt)', arret: 'ARRÊT (fr)', arreter: 'ARRÊTER (fr)', arrete: 'ARRÊTE (fr)', desabonner: 'DÉSABONNER (fr)',
  tigil: 'TIGIL (tl)', itigil: 'ITIGIL (tl)', hinto: 'HINTO (tl)', 'ayoko na': 'AYOKO NA (tl)', dung: 'DỪNG (vi)', 'dung lai': 'DỪNG LẠI (vi)', ngung: 'NGỪNG (vi)',
  'huy dang ky': 'HỦY ĐĂNG KÝ (vi)', стоп: 'СТОП (ru)', хватит: 'ХВАТИТ (ru)', отписаться: 'ОТПИСАТЬСЯ (ru)', отписка: 'ОТПИСКА (ru)', abmelden: 'ABMELDEN (de)',
  // CJK
  停止: '停止 (zh/ja)', 停: '停 (zh)', 退订: '退订 (zh)', 退訂: '退訂 (zh)', 取消订阅: '取消订阅 (zh)', 取消: '取消 (zh)', 配信停止: '配信停止 (ja)',
  중지: '중지 (ko)', 그만: '그만 (ko)', 수신거부: '수신거부 (ko)', 구독취소: '구독취소 (ko)', 'td': 'TD (zh)',
};
/** Keywords that also tolerate one typo ("stpo", "unsubscibe"): long enough that a typo cannot make another common word. */
const FUZZY_OPT_OUT: Array<[string, number]> = [['stop', 1], ['unsubscribe', 2], ['optout', 1], ['stopall', 1], ['revoke', 1], ['cancel', 1], ['desuscribir', 2]];
/** Fuzzy "stop" must not eat these real words. */
const NOT_STOP = new Set(['step', 'shop', 'stay', 'atop', 'slop', 'sop', 'top', 'spot', 'stops', 'stoke', 'store', 'stove', 'stood', 'sto', 'stp', 'soap', 'cancer', 'canceled', 'revoked', 'subscribe', 'subscribed', 'resubscribe', 'unsubscribed']);
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
  re: RegExp;
  why: string;
}
/** Phrases whose verb could describe the patient's own action ("I'll stop texting you so late"). */
const SELF_GUARDED = new Set(['en.stop-contacting', 'en.stop-messages', 'en.stop-it', 'en.stop-these', 'es.dejen-de', 'pt.pare-de', 'en.dont-text-me']);

const MSG = '(texts?|txts?|texting|txting|msgs?|messages?|messaging|sms|reminders?|notifications?|alerts?|spam|updates|text messages|mensajes|textos)';
/** Message nouns that make a request cover everything, even when promotions are named too. */
const MSG_NOUN = '(texts?|txts?|msgs?|messages?|sms|reminders?|notifications?|alerts?|mensajes|textos|mensagens)';
const PROMO = '(promos?|promotions?|promotional|deals?|offers?|specials?|ads|advertis\\w*|marketing|newsletters?|sales?|coupons?|discounts?|blasts?|campaigns?|promociones|ofertas|descuentos|publicidad|promocoes)';
const FILL = '(it |all |the |them |these |those |u |you |ya |your |ur |guys |yall |pls |please |now |just |from |with |sending |already |getting |receiving |me |my |any |so many |all of |of )';
const CONTACT_VERB = '(sending|texting|txting|texing|messaging|msging|msg|contacting|calling|spamming|bugging|bothering|harassing|blowing up|hitting me up|sending me)';

const p = (id: string, source: string, why: string): Phrase => ({ id, re: wordRegex(source), why });

const OPT_OUT_PHRASES: Phrase[] = [
  // English
  p('en.stop-promos', `\\b(stop|quit|no more|enough|unsubscribe me from|opt me out of|remove me from|take me off)\\b ${FILL}{0,3}${PROMO}`, 'asks to stop promotional messages'),
  p('en.stop-contacting', `\\b(stop|quit|cease|halt|discontinue)\\b ${FILL}{0,3}${CONTACT_VERB}\\b`, 'asks us to stop texting / contacting them'),
  p('en.stop-messages', `\\b(stop|no more|enough|done with|sick of|tired of|quit)\\b (with )?${FILL}{0,3}${MSG}\\b`, 'asks for no more messages'),
  p('en.stop-these', `^(\\w+ ){0,3}(stop|quit|end) (this|these|them|it all|all this|all of this)( please| pls| now| already| thanks| immediately)*$`, 'asks us to stop these (texts)'),
  p('en.dont-text-me', `\\b(dont|do not|never|pls dont|please dont|stop|quit|no need to)\\b (ever )?(text|txt|message|msg|contact|sms|call|spam|bother|email and text|text or call|call or text) (me|this (number|phone|cell)|my (number|phone|cell))\\b`, 'tells us not to text them'),
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
  p('tl.wag-text', `\\b(wag|huwag) (nyo|niyo|mo|na|po)( na| po| nyo| niyo| na po)* (akong |ako |kaming |po |kayong |kayo )?(i text|itext|itxt|mag text|magtext|text|padalhan|tawagan|i message|imessage|mensahe)\\b`, 'sinabing huwag na silang i-text (tl)'),
  p('tl.itigil', `\\b(itigil|tigilan|tumigil|pakiitigil|paki itigil|pakitigil)\\b( \\w+){0,3}? (text|mensahe|pag text|pagtext)\\b|\\btigilan (nyo|niyo|mo) (na )?(ako|kami)\\b|\\bayoko (na )?(ng|nang|makatanggap ng) (text|mensahe)\\b`, 'humiling na itigil ang mga text (tl)'),
  // Vietnamese (accents stripped)
  p('vi.dung-gui', `\\b(dung|ngung) (gui|nhan|nhan tin|gui tin)\\b|\\bhuy dang ky\\b|\\bkhong (muon )?nhan (tin|tin nhan)( \\w+){0,2} nua\\b`, 'yêu cầu ngừng gửi tin nhắn (vi)'),
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
const NEGATION_BEFORE = wordRegex(`\\b(dont|do not|didnt|did not|never|not|no need to|wont|will not|shouldnt|cant|cannot|doesnt|no quiero|no)( want to| wanna| mean to| need to| have to| ever)?( \\w+)?$`);
/** Unsubscribing from something other than our texts: a membership, a plan, emails. */
const OTHER_SUBSCRIPTION = wordRegex(`\\b(unsubscribe|unsub|opt out|optout|cancel)\\b( \\w+){0,2}? (from |of )?(the |my |your )?(membership|plan|package|subscription|auto ?renew\\w*|autopay|emails?|newsletter|mailing|loyalty|rewards|program)\\b`);
/** Sentences that keep texting wanted: a phrase match in them is not a revocation. */
const KEEP_TEXTING = wordRegex(`\\b(keep (sending|texting|the reminders|my reminders|me posted|me updated|the texts|my texts|texts|text messages|getting texts|the text reminders)|(text|txt|message) me instead|(text|texting|txt) instead|prefer (texts?|texting)|(text|texting) is (fine|better|ok|best)|(can you|could you|pls|please) (text|txt) me|(just|only) (text|txt)( me)?|rather (text|texting)|text only|only text)\\b`);
/** The patient talking about their own texting: "I'll stop texting you so late", "sorry, I will stop calling". */
const SELF_SUBJECT = wordRegex(`\\b(i|ill|i will|we|we will|well|i can|i should|i could|i might|i may|i need to|i have to|i had to|im going to|im gonna|ima|voy a|vamos a)( just)?$`);
/** "how do I stop this?" may be about a symptom: only a plain "stop these" counts. */
const QUESTION_BEFORE = wordRegex(`\\b(how|what|should|do i|can i|why|when)\\b`);
/** Timing / other-channel qualifiers: "don't text me before 9am", "stop emailing me the bill". */
const NOT_REVOCATION = wordRegex(`\\b(before \\d\\w*|after \\d\\w*|so early|so late|at night|this early|until|the bill|invoice|receipt|to my old|old number|my husband|my wife|my mom|waitlist|wait list|cancellation list|emailing|from my (bank|carrier|pharmacy|insurance|school|work|job))\\b`);

const stripFiller = (t: string): string => {
  const tokens = t.split(' ').filter((w) => !FILLER.has(w));
  // "STOP STOP STOP" → "stop"; a message of only filler keeps its first word.
  if (tokens.length === 0) return t.split(' ').includes('stop') ? 'stop' : t;
  return [...new Set(tokens)].join(' ');
};

function keywordOf(normalized: string, words: Record<string, string>): string | null {
  if (words[normalized] !== undefined) return normalized;
  const stripped = stripFiller(normalized);
  return words[stripped] !== undefined ? stripped : null;
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
const MSG_NOUN_RE = wordRegex(`\\b${MSG_NOUN}\\b`);
const PROMO_NOUN_RE = new RegExp(wordRegex(`\\b${PROMO} ${MSG_NOUN}\\b`).source, 'gu');
const KEEP_REMINDERS_RE = wordRegex(`\\b(keep|still want|only want|except|but not|still (get|send)|just|only|but) (\\w+ ){0,3}(reminders?|appointment|appt|appointments)`);
/**
 * "stop the promos" or "stop the promos but keep my reminders" is marketing-only; "stop all texts and
 * promos" is everything; anything unclear is everything (FCC: when unsure, revoke all).
 */
const scopeFor = (normalized: string): OptOutScope => {
  if (!PROMO_RE.test(normalized)) return 'all';
  if (KEEP_REMINDERS_RE.test(normalized)) return 'marketing';
  // "marketing texts" / "promo messages" name the kind, not all texts.
  const rest = normalized.replace(KEEP_REMINDERS_RE, '').replace(PROMO_NOUN_RE, ' ');
  return MSG_NOUN_RE.test(rest) ? 'all' : 'marketing';
};

export function detectConsent(text: string, context: { replyToConfirmation?: boolean } = {}): ConsentDetection {
  const result: ConsentDetection = { optOut: false, optIn: false, help: false, bareCancel: false, matched: [], reasons: [] };
  const normalized = normalizeText(text);
  if (!normalized) return result;
  const quoted = `"${text.trim().slice(0, 60)}"`;

  // 1. Whole-message keywords.
  const outWord = keywordOf(normalized, OPT_OUT_WORDS);
  const inWord = keywordOf(normalized, OPT_IN_WORDS);
  const fuzzy = outWord || inWord ? null : fuzzyOptOut(normalized);
  const helpWord = keywordOf(normalized, HELP_WORDS);
  if (outWord ?? fuzzy) {
    const key = (outWord ?? fuzzy) as string;
    const label = OPT_OUT_WORDS[key] ?? key.toUpperCase();
    result.optOut = true;
    result.optOutScope = 'all';
    result.method = 'keyword';
    result.bareCancel = key === 'cancel' || key === 'cancelar';
    result.matched.push(`keyword:${key}`);
    result.reasons.push(
      fuzzy && !outWord
        ? `Whole message ${quoted} reads as the opt-out keyword ${label} (typo within edit distance)`
        : `Whole message ${quoted} is the opt-out keyword ${label}`,
    );
    if (result.bareCancel) result.reasons.push('Bare CANCEL revokes consent (FCC list) but may have meant the appointment: staff should call');
    return result;
  }
  if (inWord) {
    result.optIn = true;
    result.method = 'keyword';
    result.matched.push(`keyword:${inWord}`);
    result.reasons.push(`Whole message ${quoted} is the opt-in keyword ${OPT_IN_WORDS[inWord]}`);
    return result;
  }
  const yes = normalized;
  if (!context.replyToConfirmation && YES_WORDS.has(yes)) {
    result.optIn = true;
    result.method = 'keyword';
    result.matched.push(`keyword:${yes}`);
    result.reasons.push(`Whole message ${quoted} is YES, an opt-in keyword when it does not answer a confirmation request`);
    return result;
  }
  if (helpWord) {
    result.help = true;
    result.method = 'keyword';
    result.matched.push(`keyword:${helpWord}`);
    result.reasons.push(`Whole message ${quoted} is the help keyword ${HELP_WORDS[helpWord]}`);
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

  // 2. A strong keyword alone as one sentence: "STOP. Who is this?" (but not "Stop? The retinol?").
  const sentences = text.split(/(?<=[.!?\n;:)]|[\p{Extended_Pictographic}])|(?=[\p{Extended_Pictographic}])/u).map((s) => s.trim()).filter(Boolean);
  if (sentences.length > 1) {
    for (const sentence of sentences) {
      if (sentence.endsWith('?')) continue;
      const n = normalizeText(sentence);
      const key = keywordOf(n, OPT_OUT_WORDS);
      const word = key && SENTENCE_OPT_OUT.has(key) ? key : SENTENCE_OPT_OUT.has(n) ? n : null;
      if (word) {
        result.optOut = true;
        result.optOutScope = scopeFor(normalized);
        result.method = 'keyword';
        result.matched.push(`sentence-keyword:${word}`);
        result.reasons.push(`The sentence "${sentence.slice(0, 40)}" is the opt-out keyword ${OPT_OUT_WORDS[word] ?? word.toUpperCase()} on its own`);
        return result;
      }
    }
  }

  // 3. Plain-language requests, with guards.
  for (const phrase of OPT_OUT_PHRASES) {
    const m = phrase.re.exec(normalized);
    if (!m) continue;
    const before = normalized.slice(0, m.index).trim();
    if (NEGATION_BEFORE.test(before)) {
      result.reasons.push(`Not an opt-out: "${m[0]}" is negated ("${before.split(' ').slice(-3).join(' ')}")`);
      continue;
    }
    if (SELF_GUARDED.has(phrase.id) && SELF_SUBJECT.test(before)) {
      result.reasons.push(`Not an opt-out: "${m[0]}" describes the patient's own texting`);
      continue;
    }
    if (phrase.id === 'en.stop-these' && QUESTION_BEFORE.test(before)) {
      result.reasons.push(`Not an opt-out: "${m[0]}" is a question that may be about a symptom`);
      continue;
    }
    if (KEEP_TEXTING.test(normalized) && !PROMO_RE.test(normalized)) {
      result.reasons.push(`Not an opt-out: "${m[0]}" appears in a text that asks to keep texting`);
      continue;
    }
    if (phrase.id === 'en.unsubscribe' && OTHER_SUBSCRIPTION.test(normalized) && !wordRegex(`\\b${MSG}\\b`).test(normalized)) {
      result.reasons.push(`Not an opt-out: "${m[0]}" is about a membership / plan / email, not our texts`);
      continue;
    }
    if (phrase.id !== 'en.unsubscribe' && NOT_REVOCATION.test(normalized) && !phrase.id.startsWith('zh') && !phrase.id.startsWith('ko')) {
      result.reasons.push(`Not an opt-out: "${m[0]}" is qualified (timing, another channel or another person) rather than a revocation`);
      continue;
    }
    result.optOut = true;
    result.optOutScope = scopeFor(normalized);
    result.method = 'plain_language';
    result.matched.push(`phrase:${phrase.id}`);
    result.reasons.push(`Plain-language opt-out: ${phrase.why} ("${m[0].trim()}")${result.optOutScope === 'marketing' ? '; scope: marketing only' : ''}`);
    return result;
  }

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
