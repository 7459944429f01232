/**
 * Mention, not use (issue 13, ninth round): an opt-out word the patient describes rather than sends —
 * another person's advice ("my husband says I should unsubscribe"), a website or app's banner ("your site
 * keeps saying unsubscribe successful"), a quoted word before a quotative (Korean 하라고, Japanese って) —
 * and the texts that speak well of our messages or ask for them ("I love your deals", "send me the promos").
 * Word classes per language (the languages of US clinics), folded like the text; the guards name the kind,
 * never the patient's words.
 */
import { foldPattern } from './opt-out-lexicon.js';
import { wordRegex } from './text-normalize.util.js';

const re = (source: string): RegExp => wordRegex(foldPattern(source));
const either = (spaced: string, unspaced: string): RegExp => new RegExp(`${re(spaced).source}|${foldPattern(unspaced)}`, 'u');

/** Someone other than the patient, or a screen: whose words an opt-out word may be. */
const REPORTER =
  'he|she|they|friend|friends|bestie|sister|brother|husband|hubby|wife|partner|boyfriend|girlfriend|bf|gf|mom|mum|mother|dad|father|son|daughter|kids?|someone|somebody|people|everyone|coworker|neighbor|receptionist|front desk|app|site|website|page|screen|banner|footer|portal|popup|pop up|link|it|button|notification|' +
  'mi esposo|mi esposa|mi marido|mi mama|mi madre|mi hija|mi hijo|mi amiga|mi amigo|mi hermana|alguien|la pagina|el sitio|la app|la aplicacion|la pantalla|' +
  'meu marido|minha esposa|minha mulher|minha mae|minha filha|meu filho|minha amiga|meu amigo|o site|o aplicativo|a pagina|a tela|' +
  'mon mari|ma femme|ma mere|ma fille|mon fils|mon amie?|le site|lappli|l appli|lapplication|la page|lecran|' +
  'mari m|mari mwen|madanm mwen|madanm m|manman m|manman mwen|mama m|mama mwen|papa m|papa mwen|pitit mwen|zanmi m|zanmi mwen|sit la|aplikasyon an|' +
  'asawa ko|mister ko|nanay ko|anak ko|kaibigan ko|ang app|ang website|' +
  'chong toi|vo toi|me toi|con toi|ban toi|trang web|ung dung|' +
  'муж|жена|мама|дочь|сын|подруга|друг|сайт|приложение|страница|' +
  'زوجي|زوجتي|امي|بنتي|ابني|صديقتي|صديقي|الموقع|التطبيق|الصفحه|الصفحة|' +
  'mein mann|meine frau|meine mutter|meine tochter|die seite|die app|mio marito|mia moglie|mia madre|il sito|lapp|' +
  'moj maz|moja zona|moja mama|strona|aplikacja';
/** The verbs that report or show words: says, keeps saying, told me, shows… */
const REPORTING =
  'said|says|say|keeps saying|kept saying|keep saying|always says|told me|tells me|telling me|keeps telling me|kept telling me|thinks|replied|replies|wrote|writes|shows|showed|displays|displayed|popped up|pops up|reads|came up|comes up|' +
  'dice|dijo|me dice|me dijo|sigue diciendo|muestra|aparece|sale|diz|disse|fala|falou|me disse|mostra|aparece|dit|ma dit|m a dit|disait|affiche|di|te di|di m|di mwen|toujou di|sabi|sinabi|nagsabi|bao|noi|noi la|hien|говорит|сказал|сказала|пишет|показывает|يقول|تقول|قال|قالت|يظهر|تظهر|يكتب|sagt|hat gesagt|zeigt|dice che|ha detto|mowi|powiedzial|powiedziala';
/** Between the reporting verb and the opt-out word: "… that I should / to / me …". */
const REPORT_TAIL =
  '( [^ ]+){0,5}?';
/** The reporter within a few words before a reporting verb, then at most a few words to the opt-out word (the text before the match). */
const REPORTED_BEFORE = re(`\\b(${REPORTER})( [^ ]+){0,2}? (${REPORTING})\\b${REPORT_TAIL}$`);
/** Tagalog and Haitian put the reporting word first: "Sabi ng asawa ko…", "Mari m di m…" is covered above. */
const REPORTED_FIRST = re(`^([^ ]+ ){0,2}?(sabi (ng|ni|daw)|ayon (sa|kay))\\b`);
/** Unspaced scripts: "老公说我应该…", "网站一直显示…", "夫が…って". */
const REPORTED_CJK = new RegExp(
  foldPattern('(老公|老婆|丈夫|妻子|先生|太太|妈妈|媽媽|女儿|女兒|儿子|兒子|朋友|同事|家人|网站|網站|网页|網頁|页面|頁面|系统|系統|app|App|应用|應用|屏幕|螢幕)[^。！？]{0,6}(说|說|叫我|让我|讓我|要我|劝我|勸我|显示|顯示|提示|写着|寫著|跳出)[^。！？]{0,8}$'),
  'u',
);
/** The patient passes the words on to us: "… to tell you to", "dice que les diga que". */
const RELAYED = re('\\b(tell|telling|let|ask|asking) (you|u|yall|you guys)\\b|\\b(les diga|les avise|les pida|dizer a voces|vous dire)\\b');
/** Korean / Japanese quotatives right after the quoted word: "수신거부 하라고", "配信停止って言". */
const QUOTATIVE_AFTER = new RegExp(foldPattern('^\\s?(하라고|라고|이라고|하래|하라는|하라며|って言|と言|しろって|するように言|と表示|って表示|가 ?떠|이 ?떠|라는 ?(문구|메시지|창))'), 'u');
/** A status message on a screen right after the opt-out word: "unsubscribe successful", "退订成功". */
const STATUS_AFTER = either(
  '^(was |is |has been )?(successful|successfully|success|failed|failure|complete|completed|confirmed|error|pending|exitosa|exitoso|fallida|fallido|completada|completado|concluido|concluida|com sucesso|reussi|reussie|echoue|termine|thanh cong|that bai|успешно|выполнена|выполнено|ошибка|ناجح|ناجحة|تم بنجاح|فشل|erfolgreich|fehlgeschlagen|riuscita|completata)\\b',
  '^\\s?(成功|失败|失敗|完成|已完成|완료|성공|실패|完了|失敗しました)',
);

/** The opt-out word names a page or control ("the unsubscribe page says error"): maybe a mention, maybe a wish; a person decides. */
export const NAMES_A_CONTROL_AFTER = re('^(page|link|button|option|screen|form|setting|settings|feature|pagina|enlace|boton|lien|bouton)\\b');

/** The opt-out word is another person's advice or a screen's words ("my husband says I should…", "the app says…"). */
export function reportedOrDisplayed(before: string, after: string): string | null {
  const near = before.split(' ').slice(-12).join(' ');
  // "My wife asked me to tell you to stop texting her": the patient relays a request to us — a use.
  if (RELAYED.test(near)) return null;
  if (REPORTED_BEFORE.test(near) || REPORTED_FIRST.test(near) || REPORTED_CJK.test(before.slice(-24))) return 'reports what someone else or a screen says';
  if (QUOTATIVE_AFTER.test(after)) return 'quotes the word (a quotative follows)';
  if (STATUS_AFTER.test(after.trimStart())) return 'describes a status message on a screen';
  return null;
}

/**
 * The patient speaks well of our messages or promotions, or asks for them: "I love your deals", "keep them
 * coming", "me encantan sus ofertas", "很喜欢你们的优惠", "gusto ko ang mga promo nyo", "أحب عروضكم".
 * Not on its own a reason to ignore a request ("I love you guys but stop texting me" is one): it blocks an
 * opt-out by the model alone and, with a reported or promotions-only reading, explains the text.
 */
export const LIKES_OUR_MESSAGES = either(
  '\\b((i |we )?(really |honestly |actually |so |just )?(love|like|enjoy|appreciate|adore) (\\w+ ){0,2}?(your |the |these |those |all the |all your )?(deals|offers|promos?|promotions|specials|texts|reminders|messages|updates|discounts|sales)|keep (them|em|the deals|the promos|the offers|the texts|the reminders) coming|' +
    '(me )?(encantan|gustan|fascinan) (\\w+ ){0,2}?(sus |las |los |tus )?(ofertas|promociones|descuentos|mensajes|recordatorios)|(ofertas|promociones|descuentos|mensajes|recordatorios) (\\w+ ){0,2}?me (encantan|gustan|fascinan)|me encantan|' +
    '(eu )?(amo|adoro|gosto (muito )?(das|dos)) (as |os )?(promocoes|ofertas|mensagens|lembretes|descontos)|' +
    '(j )?(adore|aime|aime bien|apprecie) (vos |les )?(offres|promos|promotions|messages|rappels|reductions)|' +
    '(gusto ko|gustong gusto ko|love ko|nagustuhan ko|mahal ko) (ang |yung |ung )?(mga )?(promo|promos|deals|text|texts|paalala|offers)|' +
    '(mwen )?(renmen|apresye) (pwomosyon|pwomo|mesaj|rapel|rapèl|òf|of)\\w*|' +
    '(احب|أحب|يعجبني|تعجبني|عاجبني|عاجبتني|بحب) ([^ ]+ )?(عروضكم|العروض|رسائلكم|الرسائل|التذكيرات|خصوماتكم|الخصومات)|' +
    '(toi |minh )?(thich|rat thich|yeu) ([^ ]+ ){0,2}?(uu dai|khuyen mai|tin nhan|giam gia)|' +
    '(мне )?(нравятся|нравится|люблю) ([^ ]+ )?(ваши |ваша )?(акции|скидки|сообщения|рассылк\\w*|предложения|напоминания)|' +
    '(ich )?(liebe|mag) (eure |ihre |die )?(angebote|aktionen|nachrichten)|(adoro|amo) (le )?(vostre )?(offerte|promozioni))\\b',
  '(喜欢|喜歡|爱|愛)(你们|你們)?的?(优惠|優惠|促销|促銷|短信|簡訊|提醒|活动|活動|折扣)|(优惠|優惠|促销|促銷|短信|簡訊|折扣)(很好|不错|不錯|很棒|很有用)|(할인|프로모션|혜택|문자|알림)[^.!?]{0,6}(좋아|좋네|좋습니다|감사)|(セール|キャンペーン|クーポン|お知らせ)[^。！？]{0,6}(好き|嬉しい|うれしい|助かり)',
);

/** A negation or a stop word just before a match: "no me sigan mandando", "nao mandem mais promocoes", "不要再发给我". */
const NEGATED_BEFORE = either('\\b(not|no|dont|do not|never|nao|pas|ne|nicht|kein|non|nie|khong|dung|wag|huwag|hindi|pa|لا|ما|مش|بلاش|не|stop|quit|ya no|no me|nao me)( \\w+)?$', '(不|别|別|勿|그만|말고|やめ|停|不要再?)[^ ]{0,2}$');
/** `pattern` matched where no negation stands just before it. */
function unnegated(pattern: RegExp): { test: (s: string) => boolean } {
  const global = new RegExp(pattern.source, 'gu');
  return {
    test: (s: string): boolean => {
      for (const m of s.matchAll(global)) if (!NEGATED_BEFORE.test(s.slice(Math.max(0, m.index! - 16), m.index!).trimEnd())) return true;
      return false;
    },
  };
}

/** "Send me (more) promos", "有新的促销请告诉我", "pakisend naman", "envoyez-moi plus de promos": asks for promotions. */
export const ASKS_FOR_PROMOS = unnegated(either(
  '\\b((?<!no )(?<!ya no )(?<!not )(?<!any )(more|mas|mais) (promos?|deals|offers|specials|discounts|promociones|ofertas|descuentos|promocoes) (please|pls|plz|por favor|porfa|por favorzinho)|(send|text|give|tell) me( more| any| the| your| all the)? (promos?|deals|offers|specials|discounts|promotions)|(mandame|mandenme|envienme|enviame) (mas )?(las |los )?(promociones|ofertas|descuentos)|(mandem|enviem|me mandem|me enviem) (mais )?(as |os )?(promocoes|ofertas|descontos)|(envoyez moi|envoyez nous|envoie moi|envoyer) (plus de |des |vos |les )?(promos|offres|promotions|reductions)|(pakisend|send nyo|send mo|ipadala nyo|i send nyo)( [^ ]+){0,3}|voye (l|li|yo)? ?(ban|ba) (m|mwen)|(ارسلوا لي|ابعتولي|ابعثوا لي) ([^ ]+ )?(العروض|عروض)|(gui|gui cho) (toi|minh) ([^ ]+ )?(uu dai|khuyen mai)|(пришлите|присылайте) (мне )?([^ ]+ )?(акции|скидки|предложения))\\b',
  '(发给我|發給我|告诉我|告訴我|通知我|多发|多發)|알려 ?주세요|(送って|教えて)ください',
));

/** A negation word in any language the frames know (a "texts are fine" sentence with it says the opposite). */
const ANY_NEGATION = either('\\b(not|no|dont|never|nao|pas|ne|nicht|kein|non|nie|khong|wag|huwag|hindi|pa|لا|ما|مش|не|нет|δεν)\\b', '不|别|別|没|沒|勿|안 |않|못|ない|ません');

/** "短信照常发", "문자는 괜찮아요", "ok lang ang text", "mesaj yo bon", "الرسائل عادي": our texts are fine, in words the English-first lists lack. */
export const TEXTS_KEPT_MULTI = unnegated(either(
  '\\b((okay|ok|ayos) lang (ang )?(mga )?(text|texts|mensahe)|(mga )?(text|mensahe) (okay|ok|ayos) lang|mesaj yo (bon|oke|ok|pa gen pwoblem)|(الرسائل|الرسايل|المسجات) (عادي|تمام|ماشي|لا باس|مافي مشكله|مافي مشكلة)|tin nhan (van|thi van|van cu) (ok|duoc|gui)|смс (пусть )?(остаются|приходят|норм\\w*)|kontinye (voye|ekri|ban m|ban mwen)|(استمروا|استمري|كملوا|واصلوا) (في |ب)?(ارسال|الارسال|الرسائل|التذكيرات)|(ituloy|tuloy|ipagpatuloy) (nyo|mo|lang|po)( \\w+){0,3}? (pag ?text|pag ?send|pagpapadala|mga text|paalala)|sigan (mandando|enviando|mandandome|enviandome)|(los |las |os |les )?(mensajes de texto|mensajes|textos|mensagens|sms) (si|sim|oui)$|continuem (mandando|enviando)|continuez (a|de) (m )?(envoyer|ecrire))\\b',
  '(短信|簡訊|简讯|讯息|訊息)(还是|還是|就)?(照常|继续|繼續|可以|没问题|沒問題|没关系|沒關係|不影响|不影響)|문자는 ?(괜찮|계속|받을게|받고 싶)|(ショートメール|SMS|メッセージ)は(大丈夫|続けて|いい)',
));

/**
 * Another sentence of the text keeps our texts ("… Texts still ok", "短信照常发"): with it, a request in
 * this sentence is about something else. `kept` is the multilingual "texts … fine / keep" test of the
 * emails-not-texts kind; the sentence must name no opt-out of its own (no negation word).
 */
export function textsKeptElsewhere(sentences: readonly string[], matchedSentence: string | undefined, kept: (s: string) => boolean): boolean {
  return sentences.some((s) => s !== matchedSentence && kept(s) && !ANY_NEGATION.test(s));
}

const REPORTED_ANYWHERE = re(`\\b(${REPORTER})( [^ ]+){0,2}? (${REPORTING})\\b`);
const REPORTED_CJK_ANYWHERE = new RegExp(REPORTED_CJK.source.replace(/\[\^。！？\]\{0,8\}\$$/, ''), 'u');
/**
 * Anywhere in the text, a sign that an opt-out word may be mentioned rather than used: someone else's or a
 * screen's words, praise of our messages, a request for promotions. Not a guard: with a low model score it
 * sends a phrase-rule opt-out to a person (the model's veto with a cue, message-classifier.ts).
 */
export function mentionCue(normalized: string): boolean {
  return REPORTED_ANYWHERE.test(normalized) || REPORTED_CJK_ANYWHERE.test(normalized) || LIKES_OUR_MESSAGES.test(normalized) || ASKS_FOR_PROMOS.test(normalized);
}
