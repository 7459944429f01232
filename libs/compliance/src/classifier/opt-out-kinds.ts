/**
 * Opt-out kinds that are not one sentence of "stop + our texts" (issue 13, seventh round). Each kind is
 * a small set of word classes, written once for the languages of US clinics, so that texts nobody here
 * has seen are read the same way:
 *  - WRONG NUMBER + a removal verb with no object ("Wrong number, please delete", "Sai số rồi, xóa giúp");
 *  - ANOTHER PERSON: the patient died, or someone texts for them, and asks us to stop / remove them;
 *  - POLITE / INDIRECT English requests ("would you mind not texting me", "I'd appreciate it if you stopped");
 * and the guards that keep ordinary texts out:
 *  - DOUBLE NEGATION: "don't stop the reminders" in every language the frames know;
 *  - MENTION, not use: questions about what STOP does, reported speech ("my sister says stop texting me");
 *  - EMAILS, NOT TEXTS: the patient stops emails and says the texts are fine, in any language.
 * Patterns are folded like the text (foldPattern); reasons name the kind, never the patient's words.
 */
import { foldPattern, type LexiconPhrase, type PhraseMatcher } from './opt-out-lexicon.js';
import { wordRegex } from './text-normalize.util.js';

const re = (source: string): RegExp => wordRegex(foldPattern(source));

/**
 * Two word classes within `maxGap` characters of each other, in either order, as one phrase match
 * (from the first to the end of the second). Two linear scans instead of one regex with a gap, which
 * would try the second class at every offset after every hit of the first (slow on long texts).
 */
function nearby(a: RegExp, b: RegExp, maxGap: number): PhraseMatcher {
  const exec = (s: string): RegExpExecArray | null => {
    const ma = a.exec(s);
    const mb = ma && b.exec(s);
    if (!ma || !mb) return null;
    const [first, second] = ma.index <= mb.index ? [ma, mb] : [mb, ma];
    if (second.index - (first.index + first[0].length) > maxGap) return null;
    const end = Math.max(first.index + first[0].length, second.index + second[0].length);
    const match = [s.slice(first.index, end)] as unknown as RegExpExecArray;
    match.index = first.index;
    match.input = s;
    return match;
  };
  return { exec, test: (s: string): boolean => exec(s) !== null };
}
const phrase = (id: string, source: string, why: string): LexiconPhrase => ({ id, re: re(source), why, anchored: /\^|\$/.test(source) });

/** "This is the wrong number" in the languages of US clinics. */
const WRONG_NUMBER = [
  'wrong (number|person|phone|cell|#)|(im|i am) not (a|your) (patient|client|customer)|(you have|you ve got|youve got|you got) the wrong|(dont|do not) know (who|any|anyone)|not the (right|correct) (number|person)|never been (a patient|to your|a client)',
  'numero (equivocado|incorrecto|errado|erroneo)|(se )?equivoca(do|da|ron)s? de numero|no conozco a',
  'numero (errado|incorreto|trocado|engano)|nao conheco',
  '(mauvais|faux) numero|erreur de numero|numero errone|pas la bonne personne|je ne connais pas',
  'move nimewo|pa bon nimewo|se pa mwen|mwen pa konnen',
  '(رقم|الرقم) (خطا|خاطئ|غلط|خطأ|غلطان)|غلطان بالرقم|غلط في الرقم',
  'nham so|sai so|nham nguoi|so nham',
  'maling (number|numero)|mali (ang |yung )?(number|numero)|hindi ako si',
  'неправильн\\w* номер|не тот номер|ошиблись номером|ошибочн\\w* номер|не туда',
  'galat (number|no|nambar)|ghalat number|गलत नंबर',
  'falsche\\w* nummer|falsch verbunden|numero sbagliato|numero errato|zly numer|pomylka|pomyłka',
].join('|');
/** Unspaced scripts: matched as substrings. */
const WRONG_NUMBER_CJK = '打错|打錯|发错|發錯|错号|錯號|号码错|號碼錯|认错人|認錯人|잘못된 ?번호|번호 ?잘못|잘못 ?보내|잘못 ?아셨|잘못 ?거셨|잘못 ?온|番号間違い|間違い番号|番号違い|人違い|間違いです';

/** Removal / stop verbs of the other languages (whole verb forms: a stem would also match "borrow", "quite", "cancelled"). */
const REMOVAL_OTHER = [
  'borren|borrar|borre|borrenlo|borrenla|borrenme|eliminen|elimine|eliminar|eliminenlo|eliminenla|quiten|quitar|quitenlo|quitenla|quitenme|quiteme|saquen|saquenme|saquenlo|saquenla|dejen de|no (me |le |les )?(escriban|manden|envien)|dar de baja|den de baja',
  'apague|apaguem|apagar|exclua|excluam|excluir|remova|removam|remover|tirem|parem de|nao (mandem|enviem)',
  'supprimez|supprimer|supprime|supprimez le|retirez|retirer|effacez|effacer|enlevez|enlever|arretez|ne (lui |leur |m )?(envoyez|ecrivez) plus',
  'efase|retire|wete|sispann|pa voye',
  'احذف\\w*|حذف|امسح\\w*|شيل\\w*|ازال\\w*|ازيل\\w*|توقف\\w*|لا ترسل\\w*',
  'xoa|dung nhan|dung gui|ngung gui|dung nhan tin',
  'bura|burahin|paki ?bura|tanggalin|paki ?tanggal|alisin|paki ?alis|itigil|tigilan|(wag|huwag) (na )?(mag )?text',
  'удал\\w*|убер\\w*|сотрит\\w*|исключит\\w*|не пишите',
  'hata do|hatao|hata dein|hata dijiye|delete kar\\w*|mita do|हटा\\w*|डिलीट|मिटा\\w*|band kar\\w*|mat bhej\\w*',
  'loschen|losche|entfernen|entfernen sie|austragen|cancellate|cancellatelo|rimuovete|rimuovetelo|toglietelo|toglietemi|usun|usuncie|skasujcie|skasuj',
].join('|');
/** Removal / stop verbs that need no object when the context says which number ("please delete", "efase l"). */
const REMOVAL = `remove|delete|erase|unsubscribe|take (me|it|this|this number|my number|us) off|lose (this|my|the) number|stop (texting|messaging|sending|contacting|the texts|the messages)|(dont|do not) (text|message|contact)|no more (texts|messages)|stop$|stop please|please stop|${REMOVAL_OTHER}`;
/** For another person, the English verb must name them or our texts ("my phone died, remove the charge" is not one). */
const REMOVAL_PERSON = `(stop|quit|cease) (texting|messaging|sending|contacting|the (texts|messages|reminders))|(remove|delete|take|drop) (him|her|them|his|their|this|my)( \\w+){0,2}? (number|off|from)|(remove|delete|take) (him|her|them)( off)?$|no more (texts|messages|reminders)|(dont|do not) (text|message|contact|send)|${REMOVAL_OTHER}`;
const REMOVAL_CJK = '删|刪|移除|别再|別再|不要再|停止|삭제|지워|지우|빼 ?주|그만|보내지 ?마|削除|消して|消去|外して|止めて|停止';

/** The patient's own slip, not our text: "sorry wrong number, I meant to text my sister". */
export const OWN_WRONG_NUMBER = re(
  '\\b(meant to (text|send|message|write)|meant for|was (trying|supposed) to (text|message|send)|wrong (chat|thread|contact)|(queria|quise|quisiera) (escribir|mandar|enviar)\\w*( \\w+)? a|(queria|quis) (mandar|enviar|escrever)\\w*|(era|eram) (pra|para) (minha|meu|o|a)|je voulais (ecrire|envoyer)|para sa \\w+( ko)? dapat|on (my |the |your )?(file|account|chart|record|form|profile|paperwork|intake)|in (your|the) system|use (this|my|the)( new| other| correct)? (one|number)|use \\d|i (put|gave|wrote|entered|typed|listed)( you| in)?( the| a| my)? wrong|my wrong number|wrong number (for|on|in) (my|the (form|file|account))|update (it|my number|the number)|my new number|new number is|updated number|new one is)\\b',
);
/** "Oops / my bad": the patient may have texted us by mistake; without a removal verb a person decides. */
export const SELF_SLIP = re('\\b(oops|oop|my bad|sorry|lo siento|perdon|desculpa|pardon|jaja|haha\\w*|lol)\\b');

const DECEASED =
  'passed away|passed on|(he|she|they|who) (has |have )?passed|has passed|died|deceased|no longer with us|fallecio|fallecida|fallecido|murio|faleceu|falecida|falecido|morreu|est decede\\w*|decede\\w*|est morte?|mouri|توفي|توفيت|متوفي\\w*|qua doi|mat roi|namatay|pumanaw|yumao|умер\\w*|скончал\\w*|verstorben|gestorben|decedut\\w*|zmarl\\w*|guzar gaye|nahi rahe';
const DECEASED_CJK = '去世|过世|過世|逝世|已故|돌아가|사망|亡くな|死去';
/** Someone texting for the patient: "this is her husband", "I'm texting for my dad", "soy la hija de". */
const PROXY =
  'texting for (my|him|her)|on behalf of|this is (his|her|their) (phone|number|cell)|this is \\w+s (wife|husband|daughter|son|mom|mother|dad|father|sister|brother|caregiver|phone|number)|this is (his|her|their|my \\w+s) (wife|husband|daughter|son|mom|mother|dad|father|sister|brother|caregiver)|(im|i am) (his|her|their) (wife|husband|daughter|son|caregiver|mother|father|mom|dad|sister|brother)|(he|she|they) (doesnt|does not|dont|do not|no longer) (want|need|wish)|soy (la|el|su) (hija|hijo|esposa|esposo|madre|padre|nieta|nieto)|(ella|el) ya no quiere|sou (a|o) (filha|filho|esposa|marido|neta|neto)|(ela|ele) (nao|ja nao) quer|je suis (sa|son) (fille|fils|femme|mari)|(il|elle) ne veut plus';

/** A request reached by a rule is about another person's texts: allowed past the "another person" qualifier. */
export const ANOTHER_PERSON = new RegExp(`${re(`\\b(${DECEASED}|${PROXY})\\b`).source}|${foldPattern(DECEASED_CJK)}`, 'u');

const PERSON = '(him|her|them|my (son|daughter|husband|wife|mom|mother|dad|father|kid|child|grandmother|grandma|grandfather|grandpa|aunt|uncle|sister|brother))';
const PRONOUN_NUMBER = '(his|her|their|my \\w+s) (number|phone|cell|name|info)';
const LIST = '(your |the |this |all |these |ur |our )*(list|lists|texts?|texting|messages?|system|contacts?|reminders|database|text list|mailing list)';

const WRONG_NUMBER_ANY_RE = new RegExp(`${re(`\\b(${WRONG_NUMBER})\\b`).source}|${foldPattern(WRONG_NUMBER_CJK)}`, 'u');
const REMOVAL_ANY = new RegExp(`${re(`\\b(${REMOVAL})\\b`).source}|${foldPattern(REMOVAL_CJK)}`, 'u');
const DECEASED_ANY = new RegExp(`${re(`\\b(${DECEASED})\\b`).source}|${foldPattern(DECEASED_CJK)}`, 'u');
const REMOVAL_PERSON_ANY = new RegExp(
  `${re(`\\b(${REMOVAL_PERSON}|dejen de (mandar|enviar|escribir)\\w*|parem de (mandar|enviar)|(arretez|cessez) de (lui |leur )?(envoyer|ecrire)|ne (lui|leur) envoyez plus)\\b`).source}|${foldPattern(REMOVAL_CJK)}`,
  'u',
);

/**
 * Promotions only, per language: "no more promos", "nada de promociones", "plus de pubs", "keine Werbung
 * mehr", "不要发广告" (English has its own phrase, en.stop-promos) — a refusal word within a few words of a promotions word. The consent rules give
 * these the marketing scope when nothing else is refused (`scopeFor`), and "reminders are fine" next to
 * them confirms the scope instead of cancelling the request.
 */
export const PROMO_WORDS =
  'promos?|promotions?|promotional|deals|offers|ads|advertising|marketing|flash sales?|promociones|promocion|ofertas|publicidad|descuentos|anuncios|propaganda|promocoes|promocao|publicidade|descontos|offres|publicites?|pubs?|reductions|werbung|angebote|aktionen|rabatte|werbenachrichten|promozioni|offerte|pubblicita|sconti|العروض|عروض|الاعلانات|اعلانات|التخفيضات|الخصومات|الترويجيه|werbe|khuyen mai|quang cao|uu dai|рекламу|реклама|рекламы|акции|акций|скидки|piblisite|pwomosyon|pwomo|vigyapan|tabligh|تبلیغات|تخفیف|reklam|reklamlar|kampanya|promocje|reklamy|oferty|προσφορες|διαφημισεις';
const PROMO_CJK = '促销|促銷|广告|廣告|优惠|優惠|推销|推銷|营销|行銷|광고|홍보|프로모션|할인|宣伝|広告|キャンペーン|セール';
const PROMO_REFUSAL =
  'nada de|no mas|basta de|basta con|ya no quiero|ya no me manden|ya no manden|ya no envien|no quiero|no deseo|dejen de mandar|dejen de enviar|no me manden|no me envien|no manden|no envien|chega de|nao quero|nao mande|nao mandem|nao envie|nao enviem|parem de mandar|parem de enviar|plus de|assez de|arretez|stop aux|je ne veux plus|ne menvoyez plus|keine|nicht mehr|schluss mit|hort auf mit|niente piu|basta|non voglio|non mandate|non inviate|smettete di mandare|smettete di inviare|لا اريد|لا ارغب|لا ترسلوا|كفى|كفاية|كفايه|توقفوا عن|اوقفوا|بلاش|khong muon nhan|khong can|dung gui|ngung gui|не присылайте|не надо|не нужна|не нужны|не хочу|хватит|прекратите|pa voye|sispann|pa vle|ayoko ng|(wag|huwag) na( po)?( kayo| kayong| nyo| ninyo)?( pong)?( mag send| magsend| magpadala| mag text| magtext| ipadala)?( ng)?( mga)?|tigil na|mat bhejo|band karo|nahi chahiye|نفرستید|نمیخواهم|نمی خواهم|istemiyorum|gondermeyin|nie chce|nie wysylajcie|δεν θελω';
const PROMO_REFUSAL_CJK = '不要|别再?发|別再?發|停止|不想|取消|그만|사절|거부|보내지 ?마|필요 ?없|いりません|不要です|送らないで|停止して';
const PROMO_FRAME = new RegExp(
  `${re(`\\b(${PROMO_REFUSAL})\\b( \\w+){0,3}? (${PROMO_WORDS})\\b`).source}|(${foldPattern(PROMO_REFUSAL_CJK)}).{0,6}(${foldPattern(PROMO_CJK)})|(${foldPattern(PROMO_CJK)}).{0,6}(${foldPattern(PROMO_REFUSAL_CJK)})`,
  'u',
);
/** Any promotions word of any language (for the marketing scope). */
export const PROMO_ANY = new RegExp(`${re(`\\b(${PROMO_WORDS})\\b`).source}|${foldPattern(PROMO_CJK)}`, 'u');
/** "Reminders are fine" in the languages of the promotions frame: the refusal is about promotions only. */
export const REMINDERS_FINE = new RegExp(
  `${re(
    '\\b((appointment )?reminders? (are |is |r )?(still )?(fine|ok|okay|good|welcome)|(keep|still want|still send|only) (\\w+ ){0,2}reminders|(los )?recordatorios (de citas? )?(estan |son |sí |si )?(bien|ok|sí|si|pueden seguir|se quedan)|(os )?lembretes (estao |sao |tudo )?(bem|ok|podem continuar)|(les )?rappels (ca va|sont ok|ok|cest bien|c est bien|sont bien|peuvent continuer)|(termin)?erinnerungen (sind |gerne |bitte )?(ok|gut|in ordnung|weiter|gerne)|(i )?promemoria (vanno bene|ok|vanno)|التذكيرات (لا باس|ماشي|تمام|مقبوله|مقبولة|ok)|nhac (lich|hen)( \\w+){0,2} (duoc|ok|van)|напоминания (можно|оставьте|ок|нормально)|paalala (ok|ayos)|ok lang (ang )?(mga )?paalala|nur (die )?(termine|terminerinnerungen|erinnerungen)|بس التذكيرات|فقط التذكيرات|solo (los )?recordatorios|nomas (los )?recordatorios|só (os )?lembretes|so (os )?lembretes|seulement les rappels|gardez les rappels|solo i promemoria|только напоминания|(lembretes|recordatorios) (pode|puede|pueden|podem)|reminders? (theek|thik|sahi|chalega|chalenge|ok)( hai| he| h)?|(rappel|recordatorio|lembrete)s? (oui|si|sim))\\b',
  ).source}|提醒(可以|没问题|沒問題|照常|继续|繼續|还要|還要)|알림은 (괜찮|받)|リマインダーは(大丈夫|結構|いい|ok)`,
  'u',
);

/** The waitlist in the languages of US clinics: removing oneself from it is not an opt-out. */
export const WAITLIST_ANY = new RegExp(
  `${re('\\b(waitlist|wait list|waiting list|cancellation list|standby list|lista de espera|liste dattente|liste d attente|warteliste|lista di attesa|lista d attesa|lista oczekujacych|danh sach cho|спис\\w* ожидани\\w*|спис\\w* очікуван\\w*|листа чекања|قائمه الانتظار|قائمة الانتظار|لیست انتظار|bekleme listesi|listahan ng naghihintay|waiting listahan)\\b').source}|候补|候補|等候名单|等候名單|排队名单|排隊名單|候位|대기자|대기 ?명단|キャンセル待ち|待機リスト|ウェイティングリスト`,
  'u',
);

/** Someone else's phone: "grandma doesn't use this phone anymore", "this was my husband's number". */
const NOT_THEIR_PHONE =
  '(doesnt|does not|dont|do not|no longer) (use|have|own|need) (this|that|the) (phone|number|cell)|(this|that) (is|was) (my \\w+s|my|his|her|their|\\w+s) (old |late \\w+s )?(phone|number|cell)|(is|was) (no longer|not) (my|his|her|their|\\w+s) (phone|number|cell)|(new|different) owner|got this number|(number|phone) (has )?(been )?(changed|reassigned|disconnected)|changed (my|his|her|their) number|(this|that) (phone|number) (belonged|belongs) to';
const REMOVE_IT =
  '(remove|delete|take|drop|erase|scratch)( \\w+)? (it|this|this number|the number|that number|this phone|him|her|them)( \\w+){0,2}? (off|from|out of)|(remove|delete|erase) (it|this number|the number|this phone|him|her|them)( please| pls| thanks| thank you| now)*$|(stop|quit) (texting|messaging|sending to|contacting) (it|this number|this phone|him|her|them)';

/** The kinds that make a text an opt-out, tried like any lexicon phrase (so the usual guards apply). */
export const KIND_PHRASES: LexiconPhrase[] = [
  // ---- Wrong number + "delete it": the removal verb needs no object, the number is the one we texted.
  { id: 'wrong.remove', re: nearby(WRONG_NUMBER_ANY_RE, REMOVAL_ANY, 60), why: 'says we have the wrong number and asks us to delete it / stop', anchored: false },
  // ---- Another person: the patient died, or someone texts for them.
  { id: 'third.deceased', re: nearby(DECEASED_ANY, REMOVAL_PERSON_ANY, 80), why: 'says the patient has died and asks us to stop / remove them', anchored: false },
  phrase('third.remove-them', `\\b(take|remove|delete|drop|get)\\b (${PERSON}|${PRONOUN_NUMBER})( \\w+){0,2}? (off|from|out of) ${LIST}\\b|\\b(remove|delete) (him|her|them)( please| pls| thanks| thank you| now)*$`, 'asks to remove another person (whose phone this is) from our texts'),
  phrase('third.stop-them', `\\b(stop|quit|cease) (texting|messaging|contacting|sending|calling|bothering) ${PERSON}\\b|\\bstop sending (him|her|them)\\b|\\b(he|she|they) (doesnt|does not|dont|do not|no longer) (want|wants|need|needs|wish|wishes)( to (get|receive|be getting))?( \\w+){0,2}? (texts?|messages|reminders|sms|to be contacted)\\b`, 'asks us to stop texting another person (whose phone this is)'),
  phrase('third.es', `\\b(quitenla|quitenlo|quitenlos|borrenla|borrenlo|saquenla|saquenlo|eliminenla|eliminenlo|denla de baja|denlo de baja)\\b|\\b(ella|el) ya no quiere (recibir )?(mensajes|textos|sms)\\b|\\bdejen de (mandarle|enviarle|escribirle|mandarles|enviarles)\\b`, 'asks us to stop texting another person (es)'),
  phrase('third.pt', `\\b(ela|ele) (nao|ja nao) quer (mais )?(receber )?(mensagens|sms|textos)\\b|\\bparem de (enviar|mandar)( \\w+){0,2}? para (ela|ele)\\b|\\b(tirem|removam|excluam) (ela|ele)\\b`, 'asks us to stop texting another person (pt)'),
  phrase('third.fr', `\\b(il|elle) ne veut plus (recevoir )?(de )?(sms|messages|textos)\\b|\\bne (lui|leur) envoyez plus\\b|\\b(arretez|cessez) de (lui|leur) (envoyer|ecrire)\\b`, 'asks us to stop texting another person (fr)'),
  { id: 'third.not-their-phone', re: nearby(re(`\\b(${NOT_THEIR_PHONE})\\b`), re(`\\b(${REMOVE_IT})\\b`), 80), why: 'says the phone is not (or no longer) the person\u2019s and asks us to remove it', anchored: false },
  // ---- Formal withdrawal of consent in Chinese (simplified and traditional) and Japanese / Korean.
  { id: 'legal.cjk-withdraw', re: new RegExp(foldPattern('(撤回|撤销|撤銷|收回|取消|撤回します|철회)[^。！？]{0,14}(同意|授权|授權|許可|동의)|(同意|授权|授權|동의)[^。！？]{0,4}(撤回|撤销|撤銷|철회)'), 'u'), why: 'formal withdrawal of consent (zh / ja / ko)', anchored: false },
  // ---- Colloquial Persian "don't send / give messages any more" (دیگه = any more).
  phrase('fa.colloquial', '\\bدیگه\\b( \\S+){0,2}? (پیام|پیامک|اس ام اس|مسیج)( \\S+)? (ندید|ندین|نفرستید|نفرستین|نزنید|نزنین|نده|نفرست)\\b|\\b(پیام|پیامک|مسیج) (نفرستید|نفرستین)\\b( دیگه)?', 'asks us not to send messages any more (fa)'),
  // ---- Promotions only, in the languages of US clinics (scope: marketing when only promotions are refused).
  { id: 'promo.multi', re: PROMO_FRAME, why: 'asks to stop promotional messages (any language)', anchored: false },
  // ---- Polite / indirect English
  phrase('polite.mind-not', `\\b(mind|kindly|please|pls)( \\w+)? (not|no longer) (texting|messaging|contacting|sending|text|message|contact)( me| this number| us)?\\b`, 'politely asks us not to text them'),
  phrase('polite.be-removed', `\\b(can|could|may|how do|how can)( i| we| my number| this number) (be|get) (removed|taken off|unsubscribed|opted out|deleted|dropped)(( from| off| out of)? ${LIST}\\b|( please| pls| thanks| thank you)*$)`, 'asks whether they can be removed (a request)'),
  phrase('polite.stop-receiving', `\\b(stop|quit|to no longer|to not|not to|rather not|prefer not to|prefer to not|appreciate not|prefer not)( \\w+)? (receiving|receive) (these|those|them)( (anymore|any more|please|pls|thanks|thank you|going forward|from you|again))*$|\\b(stop|quit|to no longer|to not|not to|rather not|prefer not to|prefer to not|appreciate not|prefer not) (receiving|getting|receive|get|being sent) (any |your |these |those |the |more |further )*(texts?|text messages|messages|msgs|sms|reminders|notifications|alerts)\\b`, 'asks to stop receiving our messages'),
  phrase('polite.if-you', `\\b(grateful|appreciate( it)?|appreciated|nice|great|helpful|prefer( it)?|rather) if (you|u|your office|yall|you guys) (would |could )?(stopped|stop|quit|removed|remove|took|take|deleted|delete|no longer|didnt|did not|wouldnt|would not)( \\w+){0,2}? (text|texting|texts|messaging|messages|message|contacting|contact|sending|me|my number|this number|off)\\b`, 'politely asks us to stop / remove them'),
  phrase('polite.want-them-to-stop', `^(\\w+ ){0,6}?(i|we) (just |really |only )?(want|need|would like|d like|wish) (them|these|those|it|this|all this|all of this|the texts|your texts|the messages|these texts|these messages|the reminders) to (stop|end)( now| please| pls| already| for good| asap)*$`, 'says they want our messages to stop'),
  phrase('polite.leave-off', `\\b(leave|keep) (me|my number|this number|us) (off|out of) ${LIST}\\b`, 'asks to be left off our list'),
  phrase('polite.stop-not-interested', `^(\\w+ ){0,2}(stop|quit)( it| now| please| pls| already)*( \\w+)? (im not|i am not|not|no longer) interested( \\w+){0,3}$|^(\\w+ ){0,2}(im not|i am not|not) interested( \\w+){0,2}? (please stop|stop|stop it)( please| pls| now)*$`, 'asks us to stop and says they are not interested'),
  phrase('angry.how-many-times', `\\bhow many (more )?times (do i have to|must i|should i|have i|did i|do i need to|will i have to) (say|tell you|ask|write|text|reply|type)( you)?( to)? (stop|unsubscribe|remove me|no more|leave me alone|not to)\\b`, 'says they have asked to stop many times'),
  phrase('angry.never-signed-up', `\\b(didnt|did not|never) (sign up|signed up|subscribe|subscribed|agree|agreed|consent|consented|opt in|opted in|ask for|asked for)( for| to)?( this| these| any of this| your \\w+)?\\b( \\w+){0,6}? (stop|remove|unsubscribe|take me off|delete)\\b`, 'says they never signed up and asks to stop'),
  phrase('angry.why-keep', `\\bwhy (do|are|does|did) (you|yall|u|your office)( guys| people)? (keep|still|always) (texting|messaging|contacting|sending|spamming|bothering) (me|this number)(?! (the|a|an|my|your|this|that|those|these|wrong|stuff about)\\b)( \\w+){0,8}? (not interested|im not interested|i said (stop|no|not|to stop|remove|unsubscribe)|told you (to stop|not|no|stop)|asked (you )?(to stop|not)|stop|unsubscribe|remove me|leave me alone)\\b`, 'asks why we keep texting after they refused'),
  phrase('angry.asked-dont-want', `\\b(said (it|so|this) (twice|before|already|again)|asked (you )?(twice|before|already)|told you (twice|before|already)|(second|third|fourth|fifth|\\d+(st|nd|rd|th)) time)\\b( \\w+){0,6}? (i|we) (dont|do not) want (these|them|this|it|your texts|any of this)\\b`, 'says they asked before and do not want these'),
  phrase('angry.no-texts-list', `^(and )?no (more )?(texts?|messages|msgs|sms|text messages|calls and texts|texts or calls)( please| pls| thanks| nothing| ever| again| period)*$`, 'lists no texts among what they refuse'),
  phrase('polite.dont-wish-these', `\\b(dont|do not|no longer) (want|wish|need) to (receive|be receiving) (these|them|those)( \\w+){0,2}$`, 'says they do not wish to receive these'),
  // "Leave me alone" in the languages of US clinics (the English one is a consent rule of its own).
  phrase('leave-alone.multi', `\\b(dejenme en paz|dejame en paz|me deixem em paz|me deixa em paz|laissez moi tranquille|foutez moi la paix|kite m anpe|kite m trankil|kite mwen anpe|оставьте меня в покое|lassen sie mich in ruhe|lasciatemi in pace|lasciatemi stare|sibuni fi hali|de toi yen|mujhe pareshan mat karo|pareshan mat karo|اتركوني في حالي|سيبوني في حالي|اتركوني)\\b|别烦我|別煩我|不要打扰我|不要打擾我|귀찮게 하지 ?마`, 'asks to be left alone (other languages)'),
  phrase('fr.ne-plus-infinitive', `\\bne plus (m |me |nous )?(contacter|envoyer|ecrire|texter|appeler|deranger|menvoyer|mecrire)\\b`, 'asks us not to contact them any more (fr)'),
  phrase('de.nicht-mehr', `\\b(schreiben|schicken|senden|simsen|kontaktieren)( sie)?( mir| uns)? (nicht mehr|keine (sms|nachrichten) mehr)\\b|\\bnicht mehr (schreiben|schicken|senden|kontaktieren)\\b`, 'asks us not to write any more (de)'),
  phrase('angry.asked-not-to', `\\b(i|we|ive|weve)( have| already| have already| already have| had| even)?( \\w+)? (asked|requested|told (you|u|yall)|said)( you| u| yall)?( \\w+){0,2}? (not to|to not|to stop|to be removed|to remove|to take me off|to unsubscribe)( be)?( \\w+)? (contact|contacted|text|texted|texting|message|messaged|messaging|contacting|removed|sending|me|my number)\\b`, 'says they already asked not to be contacted'),
  // ---- Unsubscribe verbs of other languages (stems), and stop-sign words
  phrase('unsub.stems', `\\b(disiscriv\\w*|desinscrev\\w*|dezabone\\w*|abbestell\\w*|austragen|wypisz\\w*|wypisac|rezygnuj\\w*|відпис\\w*)\\b|\\b(الغوا|الغي|الغاء) (اشتراكي|الاشتراك)\\b|\\bhuy nhan( tin| tin nhan| sms)\\b|登録解除|配信解除|수신 ?해지`, 'asks to unsubscribe (other languages)'),
];

/** "Don't stop the reminders": a negated stop verb (every frame language), so the request is the opposite. */
export const DOUBLE_NEGATION = new RegExp(
  `${re(
    '\\b(dont|do not|never|please dont|pls dont)( you| u| yall| you guys)?( dare| ever)? (ever )?(stop|quit|cease|end)\\b|\\b(dont|do not|never|no longer) (want|wish|need|mean|plan|intend)( you)? to (stop|quit|cease|end|cancel|unsubscribe|opt out)\\b|\\bno (dejen|deje|dejes|paren|pare|pares|detengan|cancelen) (de )?|\\bnao (parem|pare|parar|deixem de|deixe de|cancelem)\\b|\\bpa (janm |jamn |janmen )?(sispann|kanpe|rete)\\b|\\b(لا|بلاش) (توقفوا|توقف|تتوقفوا|توقفي|تتوقف|توقفو|تلغوا)|\\b(dung|khong|xin dung|dung co) (dung|ngung|huy)\\b|\\bnon (smettete|smettere|smetta|smettiate|fermate|interrompete)\\b|\\b(arretez|cessez|stoppez) pas\\b|\\bne (cessez|arretez|stoppez)\\b|\\bне (прекращаите|переставаите|останавливаите|отключаите)\\b|\\b(wag|huwag|hwag)( \\w+){0,2} (itigil|tigilan|ihinto)\\b|\\bband (mat|na) (karo|karna|kijiye|karein|kare)\\b|\\bnie (przestawajcie|przestawaj|przestancie)\\b|\\bnicht (aufhoren|abbestellen)\\b|\\b(txhob|tsis txhob) (tsum|nres)\\b|\\b(durdurmayin|durdurmayın|kesmeyin|birakmayin|bırakmayın)\\b|\\bне (припиняйте|зупиняйте|відключайте)\\b|\\bha (joojin|jooji)\\b|\\bμη(ν)? σταματ\\w*|\\bnu (opriti|încetați|incetati)\\b',
  ).source}|${foldPattern('(不要|别|別|請勿|请勿|勿|不用)(停止|停|取消)|(멈추지|중단하지|그만두지|끊지) ?마|(止めないで|停止しないで|やめないで)|อย่า(หยุด|เลิก)|(قطع|متوقف|لغو) نکنید|বন্ধ করবেন না|बन्द नगर्नुहोस्|नरोक्नुहोस्|બંધ ના? કરશો|մի դադարեցրեք|אל תפסיקו|မရပ်ပါနဲ့|አታቁሙ')}`,
  'u',
);

/** "If I reply STOP…", "What does opt out mean", "STOP is to opt out right?": the word is mentioned, not used. */
const DEFINITION = re('\\b(stop|unsubscribe|opt out|optout|end|cancel|quit|remove)( me)? (is (to|for|how|the)|means|mean|does|will|would)\\b|\\bwhat does\\b|\\bmeans? (stop|opt out|unsubscribe)\\b');
const HYPOTHETICAL = re('\\b(if|when|what if|what happens if|once) (i|we|you|someone|u)( \\w+)?? (reply|replies|text|texts|say|says|send|sends|type|types|write|respond|answer|hit|press)\\b');
/** "Are you going to stop sending reminders after my last session?": asks about our schedule. */
const ASKS_OUR_PLAN = re('^(\\w+ ){0,2}(are|will|do|does|is|would) (you|it|they|the|this|these)\\b.*\\b(after|when|once|until) (my|the|i|we|our)\\b');
const META_QUESTION = re('^(\\w+ ){0,3}?(how does|how would|is this|is that|what does|what do|whats|what is|what happens|what if|does (it|that|this|replying|texting|saying)|if i|if we|will i|would i|when i|which)\\b');
/** A question that starts "No more…?" asks whether there are more (deals), it does not ask for none. */
const NO_MORE_QUESTION = re('^(so |oh )?no (more )?\\b');
/** Someone else's words: "my sister says stop texting me", "my friend said she replied stop". */
const REPORTED = re('\\b(he|she|they|friend|sister|brother|husband|wife|mom|dad|mother|father|someone|somebody|people|everyone|coworker|neighbor)( \\w+){0,2}? (said|says|say|told me|tells me|replied|replies|wrote|writes|texted|texts|always says|wants|asked)( that| to you| you| to)?$');

/** The text asks what an opt-out word does ("if I reply STOP, will I…"): an answer, not doubt. */
export const asksAboutOptOut = (normalized: string): boolean => DEFINITION.test(normalized) || HYPOTHETICAL.test(normalized);

export interface SentenceInfo {
  norm: string;
  question: boolean;
}

/** Why the matched words are mentioned rather than used, or null. `before` is the text before the match. */
export function mentionNotUse(matched: string, before: string, sentences: readonly SentenceInfo[]): string | null {
  if (REPORTED.test(before)) return 'quotes what someone else said';
  const sentence = sentences.find((s) => s.norm.includes(matched)) ?? sentences.find((s) => matched.includes(s.norm));
  if (!sentence) return null;
  if (DEFINITION.test(sentence.norm) || HYPOTHETICAL.test(sentence.norm.slice(0, Math.max(0, sentence.norm.indexOf(matched)) + matched.length))) return 'asks what the opt-out word does';
  if (sentence.question && META_QUESTION.test(sentence.norm)) return 'asks a question about opting out';
  if (sentence.question && ASKS_OUR_PLAN.test(sentence.norm)) return 'asks when our messages end (a question)';
  if (sentence.question && NO_MORE_QUESTION.test(sentence.norm) && !/\b(please|pls|plz)\b/.test(sentence.norm)) return 'asks whether there are more (a question)';
  return null;
}

const EMAIL_WORD = `(e ?mails?|emails?|correos?( electronicos?)?|courriels?|newsletters?|mail|ईमेल|البريد( الالكتروني)?|الايميل|ايميل|имеил|почт\\w*)`;
const EMAIL_CJK = '邮件|郵件|邮箱|電郵|电邮|이메일|메일|(?<!ショート)メール';
const TEXT_WORD = '(sms|smss|texts?|text messages|text reminders|mensajes( de texto)?|textos|mensagens|messages|tin nhan|tekst|teks|mesaj|рассылк\\w*|смс|رسائل|الرسائل|msgs)';
const TEXT_CJK = '短信|簡訊|简讯|문자|sms|SMS';
const KEEP_AFTER = '(ok|okay|fine|good|great|best|better|si|sim|oui|bien|bem|otimo|ca va|sont ok|sind ok|sind okay|va bene|vanno bene|theek|thik|chalu|aate rehne do|rehne do|van|можно|норм\\w*|is how|are how|works|still|continue|keep|lang|na lang|pa rin|still fine|لا باس|عادي|ماشي|تستمر|يستمر|استمرار)';
const KEEP_BEFORE = '(only|just|rather|prefer|so|solo|solamente|mejor|apenas|seulement|plutot|uniquement|nur|lieber|tylko|soltanto|keep|still|continue|continuez|gardez|garde|guarde|guardem|mantenga|mantengan|sigan|siga|continuar|continuem|pode continuar|keep sending|send|mandem|sigan mandando|продолжаите|оставьте|استمرار|ابقوا|tiep tuc|van nhan|van gui)';
const KEEP_CJK = '继续|繼續|照常|可以|就行|就好|没问题|沒問題|계속|괜찮|로 ?주세요|로 ?보내|続け|大丈夫|でお願い';

/** "emails and texts", "texts or emails": both named together, so a keep-cue after them is not about texts alone. */
const BOTH_CHANNELS = re(`\\b${EMAIL_WORD} (and|or|y|e|et|und|o|ou|und auch|&)( the| your| los| las| os| as| les| vos)? ${TEXT_WORD}\\b|\\b${TEXT_WORD} (and|or|y|e|et|und|o|ou|&)( the| your| los| las| os| as| les| vos)? ${EMAIL_WORD}\\b`);

const EMAIL_ANY = new RegExp(`${re(`\\b${EMAIL_WORD}\\b`).source}|${foldPattern(EMAIL_CJK)}`, 'u');
/** After the email word: "… texts are fine", "… keep the SMS", "…短信继续". */
const TEXTS_KEPT = new RegExp(
  [re(`\\b${TEXT_WORD}\\b( \\w+){0,4}? ${KEEP_AFTER}\\b`).source, re(`\\b${KEEP_BEFORE}\\b( \\w+){0,3}? ${TEXT_WORD}\\b`).source, `(${foldPattern(TEXT_CJK)}|${re(`\\b${TEXT_WORD}\\b`).source}).{0,20}?(${foldPattern(KEEP_CJK)})`].join('|'),
  'u',
);

/** "Stop the emails, texts are fine" in any language: the opt-out verb is about email (read after the first email word). */
export const EMAIL_KEEPS_TEXTS = {
  test: (normalized: string): boolean => {
    const email = EMAIL_ANY.exec(normalized);
    if (!email || BOTH_CHANNELS.test(normalized)) return false;
    return TEXTS_KEPT.test(normalized.slice(email.index + email[0].length, email.index + email[0].length + 120).trim());
  },
};

/** "Wrong number" alone in any language: a person should confirm (the English rule opts out on its own). */
export const WRONG_NUMBER_ANY = WRONG_NUMBER_ANY_RE;
