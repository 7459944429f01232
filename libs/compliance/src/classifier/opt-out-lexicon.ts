/**
 * The multilingual opt-out phrase lexicon (issue 13), grouped by class so that every decision names
 * the class that matched, never the patient's words: formal / legal revocations, polite and indirect
 * requests, angry and "I asked before" requests, and plain requests in the languages patients of
 * US clinics write in. Patterns are written as a patient would type them; they are folded the way
 * `normalizeText` folds a message (case, accents, hamza, Hangul/kana composition), so "ankò",
 * "إلغاء" and "メッセージ" match whatever way they were typed.
 */
import { wordRegex } from './text-normalize.util.js';

/** What a phrase needs of its pattern: a RegExp, or a matcher built from several (opt-out-kinds.ts). */
export type PhraseMatcher = Pick<RegExp, 'exec' | 'test'>;

export interface LexiconPhrase {
  id: string;
  re: PhraseMatcher;
  /** The phrase class, stored in reasons (PHI-free). */
  why: string;
  /** Anchored phrases are also tried on each sentence of a longer text. */
  anchored: boolean;
}

/** Folds a pattern's letters the same way normalizeText folds a message (regex syntax is ASCII and unaffected). */
export const foldPattern = (source: string): string =>
  source
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .replace(/đ/g, 'd')
    .replace(/ё/g, 'е')
    // \w is ASCII-only even with the u flag; patients write in every script.
    .replace(/\\w/g, '[\\p{L}\\p{N}_]');

const MSG = '(texts?|txts?|texting|msgs?|messages?|messaging|sms|text messages|communications?|correspondence|contact|reminders?|notifications?|alerts?|outreach)';
const CONTACTED = '(contacted|texted|messaged|called|sent (any )?(texts?|messages?))';

const phrase = (id: string, source: string, why: string): LexiconPhrase => ({
  id,
  re: wordRegex(foldPattern(source)),
  why,
  anchored: /\^|\$/.test(source),
});

export const LEXICON_PHRASES: LexiconPhrase[] = [
  // ---- Formal / legal revocations
  phrase('legal.revoke-consent', `\\b(revoke|revoking|revoked|revokes|withdraw|withdrawing|withdrawn|withdrew|rescind\\w*|retract\\w*)\\b( \\w+){0,4}? (consent|permission|authori[sz]ation|opt in|agreement to receive)\\b`, 'formal revocation of consent'),
  phrase('legal.consent-revoked', `\\b(consent|permission|authori[sz]ation)\\b( \\w+){0,4}? (is |are |be |has been )?(hereby )?(revoked|withdrawn|rescinded|terminated)\\b|\\brevocation of (my |all |any )?(prior )?(express )?consent\\b`, 'formal revocation of consent'),
  phrase('legal.no-consent', `\\b(no longer|do not|dont|did not|never|not|am not|am no longer) (give |gave |have |grant |provide |giving |granting |providing )?(my |your |any )?(consent|permission)\\b( \\w+){0,2}? (to|for) (any |further |more |these |future )*(receiv\\w*( \\w+){0,3}? ${MSG}|be(ing)? ${CONTACTED}|(send|text|contact|messag|call)\\w*|automated|sms|communications?|(text |sms |automated )?${MSG})|\\b(you )?(do not|dont|no longer) have (my |any )?(consent|permission)\\b|\\b(do not|dont|no longer) (authori[sz]e|permit|allow) (you|your \\w+|anyone|this \\w+)( \\w+){0,2}? to (send|text|contact|message|call|sms)\\b`, 'states there is no consent to be contacted'),
  phrase('legal.cease', `\\b(cease|discontinue|terminate|halt|suspend)\\b( and desist)?( \\w+)?? (all |any |further |these |the |your |of )*(sms |text |texting |electronic |marketing |automated |informational |mobile )*(communications?|correspondence|contact|messages|messaging|texts|texting|outreach|solicitations?|sms)\\b`, 'formal demand to cease communications'),
  phrase('legal.formal-request', `\\b(request|want|wish|like|ask|demand|asking|requesting)\\b( \\w+){0,2}? (to be|that i be|that this number be|that my number be|you) (removed|taken off|unsubscribed|opted out|deleted|excluded)\\b`, 'formal request to be removed'),
  // ---- Polite / indirect
  phrase('polite.prefer-not', `\\b(prefer|rather|like|wish|want|choose|would like)\\b (not|to not|no longer) (to )?((receive|get|getting|receiving|be getting|be receiving)( \\w+){0,3}? ${MSG}|hear from (you|your|this)|be ${CONTACTED}|be contacted)\\b`, 'politely asks not to receive messages'),
  phrase('polite.pass', `\\b(pass on|opt out of|skip|decline) (any |future |more |further |your |the |all )*${MSG}\\b`, 'politely declines future messages'),
  phrase('polite.no-longer', `\\b(i|im|i am)( no longer| not)( a)? (patient|client|customer|interested|living|live|in the area|going to (come|return|be back))\\b( \\w+){0,8}? (stop (texting|messaging|contacting|sending|the (texts|messages))|remove (me|my number)|(dont|do not|no need to) (text|message|contact)|no more (texts|messages)|take me off|unsubscribe)\\b`, 'says they are no longer a patient and asks to stop'),
  phrase('polite.delete-number', `\\b(delete|lose|erase|remove|drop|purge)\\b (my|this|the) (phone |cell |mobile )?(number|#|contact( info)?)\\b`, 'asks us to delete their number'),
  phrase('polite.take-me-off', `^(\\w+ ){0,4}(take|remove|drop) (me|us|my number|this number) off( please| pls| thanks| thank you| now| already| asap| immediately)*$`, 'asks to be taken off'),
  phrase('polite.want-off', `\\b(want|wanna|need|get me|put me|let me|i am|im) (off|out of|outta) (this|your|the|ur|yalls|these|all)( \\w+)? (list|lists|texts?|texting|messages|thread)\\b`, 'asks to be off our list'),
  phrase('polite.take-me-of', `\\b(take|remove|get) (me|my number) (of|off of|outta) (your |the |ur |this |all )*(list|texts?|texting|messages?|system|database)\\b`, 'asks to be taken off the list'),
  phrase('polite.reach-out', `\\b(stop|quit|cease|no need to|please dont|dont|do not|never)\\b (ever )?(reaching out|reach out|getting in touch|get in touch)\\b( (to me|with me))?( (anymore|any more|again|further|ever))?$|\\b(stop|quit|cease)\\b (reaching out|getting in touch)\\b`, 'asks us to stop reaching out'),
  phrase('polite.removing', `\\b(removing|deleting|unsubscribing|taking) (me|my number)\\b( \\w+){0,3}? (from|off) (your |the |all |these |this )*(list|messages?|texts?|texting|system|contacts)\\b`, 'asks to be removed from our messages'),
  phrase('polite.dont-need', `\\b(dont|do not|no longer) (need|want) (these|your|the|any( more)?) (texts?|messages?|msgs?|reminders|sms)\\b`, 'says they no longer need our messages'),
  // ---- Angry / asked before
  phrase('angry.no-further', `\\b(no|without) (further|more|additional) (contact|communications?|texts?|messages?|msgs?|sms)\\b|\\b(do not|dont|never) (message|text|contact|sms) me (further|any further|again|anymore|ever again)\\b`, 'demands no further contact'),
  phrase('angry.asked-before', `\\b(i|we)( already| have already| already have| have| ve)? (said|told you|asked( you)?|replied|texted|sent|typed|requested)( to)? (stop(?= (texting|messaging|contacting|sending|these|them|twice|already|before|weeks|days|and|but|why|so|again)\\b| ?$)|unsubscribe|remove me|remove my number|no more (texts|messages)|not to (text|contact|message))|\\b(already )?(replied|texted|sent|typed|said) stop(?= (twice|already|before|weeks|days|and|but|why|so|again)\\b| ?$)`, 'says they already asked to stop'),
  phrase('angry.threat', `\\b(if you|you) (text|message|contact|spam|msg) (me|this number) (one more time|again|ever again)\\b`, 'threatens to report further messages'),
  phrase('angry.done', `\\b(im|i am) done\\b( \\w+){0,3}? (no more (texts|messages|msgs)|stop (texting|messaging|contacting|sending)|remove me|take me off|unsubscribe)\\b`, 'says they are done and asks to stop'),
  // ---- Spanish (variants and slang)
  phrase('es.no-manden', `\\b(ya )?no (me |nos )?(manden|mandes|envien|envies|escriban|escribas|textee?n|texteen|texten|contacten|molesten|vuelvan a (escribir|mandar|enviar|textear|contactar|molestar))\\b`, 'asks us not to send messages (es)'),
  phrase('es.no-quiero', `\\b(no|ya no) (quiero|deseo|necesito) (recibir|que me (escriban|manden|envien|contacten|textee?n)|mas (mensajes|textos|msjs|sms)|(sus |los |estos )?(mensajes|textos|msjs|sms))\\b`, 'says they do not want messages (es)'),
  phrase('es.dejen-de', `\\b(dejen|deja|paren|pare|dejenme) (de )?(mandar|enviar|escribir|textear|molestar|joder|contactar|mensajear)\\w*|\\b(dejar|para|parar) de (mandar|enviar|escribir|textear|molestar|contactar|mensajear)(me|nos)\\b|\\b(paren|parenle|parale|bajenle|bajale) (los |con los |a los )?(mensajes|textos|msjs)\\b|\\bparen?le\\b|\\bbajenle\\b`, 'asks us to stop writing (es)'),
  phrase('es.sacar', `\\b(bajen|bajenme|bajame|sacame|saquenme|sacarme|quitenme|quitame|borren|borrenme|borrar|eliminen|eliminenme|eliminar|sacar|quitar|quiten)\\b( \\w+){0,3}? (lista|listas|numero|mensajes|textos|contactos)\\b`, 'asks to be taken off the list (es)'),
  phrase('es.baja', `\\b(dar(me)?|doy|me doy|darnos|me dan|me den|dame|denme|me pueden dar|me puede dar) de baja\\b|\\b(revoco|retiro|cancelo) (mi |el )?(consentimiento|permiso|autorizacion)\\b|\\bcancelar (la |mi )?suscripcion\\b|\\bdesuscribir\\w*|\\bno mas (mensajes|textos|msjs|msj|sms)\\b|\\bbasta (de|con) (mensajes|textos|msjs)\\b`, 'asks to unsubscribe / revokes consent (es)'),
  // ---- Portuguese
  phrase('pt.pare', `\\b(pare|parem|para|parar) de (me )?(mandar|enviar|escrever|mensagear)\\w*|\\bnao (me )?(mandem|enviem|envie|mande|manda) (mais|mensage\\w*|sms)\\b|\\bchega de (mensage\\w*|sms)\\b`, 'asks us to stop the messages (pt)'),
  phrase('pt.nao-quero', `\\bnao (quero|desejo) (mais )?(receber|mensage\\w*|sms)\\b`, 'says they want no more messages (pt)'),
  phrase('pt.lista', `\\b(me )?(tire|tira|tirem|remove|remova|removam|retire|retirem|exclua|excluam)( me)? (da|dessa|desta|de sua|da sua|de) lista\\b|\\bcancelar (a )?inscricao\\b|\\bdescadastr\\w*`, 'asks to leave the list (pt)'),
  // ---- French
  phrase('fr.arretez', `\\b(arretez|arrete|arreter|cessez|stoppez)\\b( de)?( m| me| nous)? ?(envoyer|menvoyer|ecrire|mecrire|contacter|mecrire|texter|les sms|les messages|les textos|vos sms|vos messages)\\w*`, 'asks us to stop the messages (fr)'),
  phrase('fr.ne-plus', `\\bne (m |me )?(mecrivez|menvoyez|mappelez|ecrivez|envoyez|contactez|me contactez)\\w* plus\\b|\\bne (veux|souhaite|desire|voudrais) plus (recevoir|de sms|de messages|etre contacte\\w*)\\b|\\bplus de (sms|messages|textos)\\b`, 'wants no more messages (fr)'),
  phrase('fr.liste', `\\b(retirez|supprimez|enlevez|rayez|desinscrivez)( moi| mon numero)\\b|\\b(desabonn\\w*|desinscri\\w*)\\b|\\bretire (mon )?consentement\\b`, 'asks to unsubscribe / withdraws consent (fr)'),
  // ---- Haitian Creole
  phrase('ht.sispann', `\\bsispann (voye|ekri|rele|kontakte|texte|tekste)\\b|\\bpa (voye|ekri|kontakte|rele|texte) (m|mwen|nou)( mesaj| tekst| sms)*( anko| souple)+\\b|\\bpa (voye|ekri) (m|mwen) (mesaj|tekst|sms)\\b`, 'asks us to stop sending messages (ht)'),
  phrase('ht.pa-vle', `\\b(m|mwen) pa (vle|bezwen) (resevwa )?(okenn )?(mesaj|tekst|sms)\\w*`, 'says they do not want messages (ht)'),
  phrase('ht.retire', `\\bretire (m|mwen|nimewo (m|mwen))\\b( \\w+){0,3}? lis\\b`, 'asks to be removed from the list (ht)'),
  // ---- Arabic
  phrase('ar.stop', `(توقف|توقفوا|توقفي|ايقاف|التوقف|اوقفوا|اوقف|كفوا|بطلوا) (عن )?(ارسال|الارسال|مراسلتي|الرسائل|رسائل|الاتصال|ازعاجي)`, 'asks us to stop the messages (ar)'),
  phrase('ar.dont-want', `لا (اريد|ارغب|اود|ابغى|ابي)( في)?( استلام| تلقي| استقبال)?( اي)? (رسائل|الرسائل|رساله|مسجات)`, 'says they do not want messages (ar)'),
  phrase('ar.remove', `(ازاله|ازالة|احذفوا|احذف|حذف|امسحوا|شيلوا|الغوا) (رقمي|اسمي)|الغاء الاشتراك|لا (ترسلوا|ترسل|تراسلوني|تتصلوا|تبعتوا)|كفى (رسائل|ارسال)`, 'asks to delete the number / unsubscribe (ar)'),
  // ---- Vietnamese (typed with or without diacritics)
  phrase('vi.dung', `\\b(dung|ngung|ngan|thoi|xin dung|xin ngung) (nhan tin|gui tin|gui sms|gui tin nhan)\\b|\\b(dung|ngung)\\b( \\w+){0,3}? (tin nhan|nhan tin)\\b( \\w+){0,3}? nua\\b|\\bkhong (nhan tin|gui tin nhan|gui tin)( cho toi)? nua\\b|\\bkhong (muon|can) nhan (them )?(tin nhan|tin|sms)\\b`, 'asks us to stop texting (vi)'),
  phrase('vi.xoa', `\\bdung nhan( tin)?( \\w+){0,2} nua\\b|\\bxoa (so|ten)\\b|\\bhuy dang ky\\b`, 'asks to delete the number / unsubscribe (vi)'),
  // ---- Chinese
  phrase('zh.stop', `(不要|别|別|請勿|请勿|勿|不用)再?(给我|給我|跟我)?(发|發|传|傳|寄)(短信|信息|消息|簡訊|简讯|訊息|了)|(不要|别|別)再(发|發|传|傳)|停止(发送|發送|发|發|传|傳)|(删除|刪除|删掉|刪掉)(我的)?(号码|號碼|电话|電話)|(号码|號碼)(删除|刪除|删掉)|退订|退訂|取消订阅|取消訂閱`, 'asks us to stop sending texts / unsubscribe (zh)'),
  // ---- Russian
  phrase('ru.stop', `\\b(прекратите|перестаньте|хватит|не надо|прошу не)( мне)? (присылать|писать|отправлять|слать|беспокоить)\\b|\\bне (присылайте|пишите|отправляйте|шлите|беспокойте)( мне)?( больше| смс| сообщения)*\\b|\\bбольше не (пишите|присылайте|отправляйте|беспокойте)\\b`, 'asks us to stop the messages (ru)'),
  phrase('ru.unsubscribe', `\\bотпиш\\w*|\\bотпис\\w*|\\bудалите (мой |мои )?(номер|меня)\\b|\\bотзываю (свое |мое )?согласие\\b|\\bне хочу (больше )?(получать )?(сообщения|смс|рассылку)\\b`, 'asks to unsubscribe / delete the number (ru)'),
  // ---- Korean
  phrase('ko.stop', `(문자|메시지|메세지|연락|광고|알림)\\s?(를|은|는|을)?\\s?(그만|사절|거부|보내지\\s?마|하지\\s?마)|수신\\s?거부|구독\\s?취소|연락\\s?하지\\s?마|보내지\\s?마|그만\\s?보내`, 'refuses our texts (ko)'),
  // ---- Tagalog / Taglish
  phrase('tl.tigil', `\\b(paki ?tigil|pakitigil|itigil|tigilan|tigil)\\b( \\w+){0,3}? (text|texts|pag text|pagtext|pagpapadala|pagpapadala ng text|mensahe|message|messages)\\b|\\btigilan( \\w+){0,3}? ako\\b|^(\\w+ )?tigil na( po)?$`, 'asks us to stop texting (tl)'),
  phrase('tl.huwag', `\\b(huwag|wag|hwag)( na)?( po)?( niyo| nyo| kayong| kayo)?( na)?( po)?( ako| akong| ko| kong)?( na)?( po)? (i ?text|mag ?text|text|itext|padalhan|message|i message|imessage)\\b|\\bayoko na( po)?( ng| sa)? (text|mensahe|message|messages|texts)\\b`, 'asks us not to text anymore (tl)'),
  phrase('tl.alis', `\\b(tanggalin|alisin|paki ?alis|pakialis|paki ?tanggal|pakitanggal)\\b( \\w+){0,3}? (ako|number ko|numero ko|sa listahan|listahan)\\b`, 'asks to be removed from the list (tl)'),
  // ---- Other European languages
  phrase('de.stop', `\\b(keine|nicht mehr) (sms|nachrichten|textnachrichten)\\b|\\b(abmelden|austragen|abbestellen)\\b|\\bhoren sie auf\\b`, 'asks for no more messages (de)'),
  phrase('it.stop', `\\bnon (voglio|desidero) piu (ricevere|messaggi|sms)\\b|\\b(smettete|smetti|smettetela) di (mandar|inviar|scriver)\\w*|\\bcancellatemi\\b`, 'asks for no more messages (it)'),
  phrase('pl.stop', `\\b(przestac|przestancie|przestan|prosze przestac) (mi |do mnie )?(wysyłac|wysylac|pisac|dzwonic|przysylac)\\w*|\\bnie (chce|chcemy) (wiecej|juz) (sms|smsow|wiadomosci)\\w*|\\bwypisz\\w*`, 'asks us to stop the messages (pl)'),
  // ---- Hindi (romanised and Devanagari) and Japanese
  phrase('hi.stop', `\\b(message|messages|msg|sms|text)\\w*( \\w+)? (bhejna |bhejne |bhejo )?(band|mat)\\b|\\bmat bhej\\w*|\\b(sms|message|msg|messages|text)\\w* nahi chahiye\\b|मत भेज|भेजना बंद|नहीं चाहिए`, 'asks to stop messages (hi)'),
  phrase('ja.stop', `送 ?ってこないで|送 ?ってくるな|連絡 ?してこないで|送 ?らないで|送信 ?しないで|配信 ?停止|連絡 ?しないで|メッセージ ?不要|ストップ ?(して|で|を|お願|くだ)`, 'asks to stop messages (ja)'),
];

/** Non-text things a patient may opt out of / unsubscribe from / cancel / stop: then it is about something else. */
export const OTHER_TARGET = wordRegex(
  foldPattern(
    `\\b(procedures?|treatments?|schedule|calendar|botox|filler|fillers|laser|surgery|injections?|facials?|peels?|sessions?|appointments?|appt|consent forms?|add ?ons?|addon|upgrades?|auto ?ship\\w*|autoship|auto ?refill|refills?|shipments?|subscription box|box|orders?|membership|memberships|renewal|auto ?renew\\w*|autopay|plan|package|emails?|e ?mails?|newsletters?|mailing list|mailers?|photos?|photo release|social media|instagram|facebook|card on file|card|charges?|charging|deposits?|fees?|payments?|payment plan|financing|syringes?|units?|tint|numbing|dermaplan\\w*|lip flip|serums?|creams?|products?|vitamins?|kit|loyalty|rewards|points|correos?|email|emails|bills?|invoices?|statements?|factura|fatura|facture|fakti|الفاتوره|الفاتورة|hoa don|账单|帐单|счет|счёт|suscripcion al|suscripcion de|cremas?|productos?|envio automatico|paquete|assinatura|sérum|邮件|郵件|이메일|옵션|البريد|الاضافة|рассылк\\w* email|email рассылк\\w*|العضوية|الاشتراك الشهري|membresia|mitgliedschaft|abbonamento|абонемент|членство|goi thanh vien|uyelik|członkostwo|czlonkostwo|karnet)\\b|会员|會員|회원권`,
  ),
);
/** The message-ish words that make an opt-out verb about our texts. */
export const MESSAGE_WORDS = wordRegex(
  foldPattern(`\\b(texts?|txts?|texting|msgs?|messages?|messaging|sms|text messages|number|contact|contacting|list|reminders?|notifications?|alerts?|communications?|promos?|promotions?|marketing|offers|deals|specials|ads|mensajes|textos|mensagens|mesaj|رسائل|tin nhan|短信|簡訊|信息|сообщени\\w*|смс|문자|메시지|mensahe)\\b`),
);
/** Keep texting: "texts are fine", "only texts", "los textos sí". */
export const TEXTS_FINE = wordRegex(
  foldPattern(
    `\\b((text|texts|texting|sms|txt|text messages|the texts|messages) (is|are|r) (still |totally |perfectly |always |really |so |very )?(fine|ok|okay|good|great|best|better|helpful|useful|enough|perfect)|(texts?|texting|sms|text messages|text reminders) (are )?still (fine|ok|okay|good)|(sms|smsy|sms y|esemesy) (moga|moze) (zostac|zostać|byc|być)|(texts?|texting|sms|text messages) (work|works|is working|are working) (better|fine|best|great|for me)|(los )?(mensajes|textos|sms) (estan|esta|siguen) bien|(os )?(sms|textos|mensagens) (estao|esta) (bem|otimos)|les (sms|messages|textos) (ca va|sont bien|sont ok)|only (texts?|texting|sms)|(texts?|texting) only|but (keep|still) (texting|the texts|my texts|sending texts)|los textos si|textos si|smss? можно|смс можно|tin nhan thi van|les sms ca va|mais les sms|(par|en) sms (cest|c est) mieux|mejor por (mensaje|texto|sms)|pode ser por (mensagem|sms)|voye (l|li|yo) pa mesaj|(ارسلوها|ارسلوه|ابعتوها) (برساله|برسالة)|(?<!(dung|khong|ngung) )gui tin nhan cho toi|luc nao cung duoc nhan tin|лучше (смс|сообщением|sms)|message kar do|message kar dena|text kar do|i text na lang|itext na lang|mwen pa vle pwodwi|text na lang|text nalang|mag text na lang)\\b|短信可以|(?<![不别別勿再要])发短信给我|문자는 계속|문자로 보내 ?주세요|الرسائل النصية لا باس`,
  ),
);
/** STOP as an exclamation of surprise or delight: "Stop! I love it", "stoppp you're too sweet". */
export const PRAISE = wordRegex(
  foldPattern(
    `\\b((the )?best( \\w+){0,3} ever|love|loving|loved|obsessed|amazing|awesome|gorgeous|beautiful|stunning|cute|sweet|kind|the best|so good|so nice|crying|dying|cant believe|no way|is that real|really|omg|lol|lmao|haha\\w*|made my day|too much|perfect|younger|incredible|wow|unreal|yay|so cheap|insane|love it|thank you|thanks|are you serious|kidding|shut up|i won|we won|i forgot|hilarious|funny|adorable|lovely|blushing|flattered|cracking up|made my|so happy|so excited|thrilled|cant wait)\\b`,
  ),
);
export const PRAISE_EMOJI = /[😍🥹😂🤣🥰😭❤💕💖😊🤩🙌✨😘😱😮🤯😳]/u;
