/**
 * Opt-out requests by structure rather than by phrase (issue 13): in every language a request to stop
 * is built from a few word classes —
 *   STOP   verbs of stopping / enough       ("stop", "dejen de", "sispann", "прекратите", "停止")
 *   NEG    "don't" / "no more" before a verb ("no me", "pa", "не", "wag", "đừng", "不要")
 *   SEND   verbs of sending / writing to us  ("send", "mandar", "voye", "писать", "发")
 *   WANT   "don't want / don't need"         ("no quiero", "pa vle", "не хочу", "ayoko", "不想")
 *   REMOVE verbs of removing / deleting      ("remove", "borren", "retire", "удалите", "删除")
 *   OBJECT our messages, our list, the number ("texts", "mensajes", "tèks", "сообщения", "短信")
 *   AGAIN  "anymore / again"                 ("más", "ankò", "больше", "nữa", "再")
 * and a few frames combine them: STOP … (SEND | OBJECT), NEG … SEND … (OBJECT | AGAIN),
 * WANT … OBJECT, REMOVE … OBJECT. Each frame compiles to a phrase the consent rules try like any
 * lexicon phrase, so the same guards apply (negation, the patient's own texting, another subject such
 * as an add-on or emails, timing, keep texting). Reasons name the frame and language, never the text.
 */
import { foldPattern, type LexiconPhrase } from './opt-out-lexicon.js';
import { wordRegex } from './text-normalize.util.js';

interface FrameLanguage {
  /** ISO code, shown in the reason. */
  lang: string;
  stop: string;
  neg: string;
  send: string;
  want: string;
  remove: string;
  /** Removal verbs that carry "me" ("bórrenme", "remove me"): enough on their own at the end of a sentence. */
  removeMe?: string;
  object: string;
  again: string;
  /** Words allowed between the parts of a frame (CJK: characters, elsewhere: words). */
  gap: number;
  /** Scripts written without spaces between words: frames are matched on characters. */
  unspaced?: boolean;
  /** Object-before-verb languages also get OBJECT … (STOP | …); `remove`: only OBJECT … REMOVE. */
  objectFirst?: boolean | 'remove';
  /** "don't … send" is also "I didn't send" in this language: only with "again / anymore". */
  negNeedsAgain?: boolean;
  /** "don't send" may end the sentence (the verb carries its object). */
  negAtEnd?: boolean;
  /** Words allowed between "don't" and the verb (default 1: "no me manden", "dont ever text"). */
  negGap?: number;
}

const LANGUAGES: FrameLanguage[] = [
  {
    lang: 'en',
    stop: 'stop(?! (by|in|over|at|and|to|using|for)\\b)|quit|cease|halt|discontinue|refrain from|cancel|end(?! of)',
    neg: 'dont|do not|dont ever|do not ever|no more|no further|please not|pls not|plz not',
    send: 'send|sending|text|texting|txt|message|messaging|msg|contact|contacting|sms',
    want: 'dont want|do not want|dont need|do not need|dont wish|do not wish|no longer want|no longer wish|no longer need|not interested in|do not authori[sz]e|dont authori[sz]e|pass on|decline|opt out of|prefer you didnt|prefer you did not|prefer you not|rather you didnt|rather you did not|rather you not|so i no longer|so that i no longer|so i dont|so that i dont|so i do not',
    removeMe: 'remove me|unsubscribe me|take me off|opt me out|delete me',
    remove: 'remove|delete|erase|unsubscribe|unenroll|be removed|being removed|be taken off|being taken off|be unsubscribed|(like|want|need|request) (my number|me|this number) (taken off|removed|deleted)',
    object: 'texts|txts|text messages|messages|msgs|sms|texting|messaging|reminders|notifications|alerts|communications?|correspondence|hear from you|hear from your office|hear from this number|your list|the list|texting list|text list|sms list|contact list|this number|my number|my phone number|my cell',
    again: 'anymore|any more|again|ever again|further|going forward|from now on',
    gap: 3,
  },
  {
    lang: 'es',
    stop: 'dejad de|parad de|dejadme de|dejen de|deja de|dejar de|dejenme de|paren|parenle|para de|pare de|parar de|basta de|basta con|detengan|suspendan|(para|paren|pare|deja|dejen|basta) ya (de|con)|ya (paren|dejen) de|ya basta (de|con)|ya estuvo (de|con)|suficiente con|cancelen|cancela',
    neg: 'no|no me|no nos|ya no|nunca|nunca mas',
    send: 'mandeis|envieis|escribais|contacteis|manden|mandes|mandar|mandarme|envien|envies|enviar|enviarme|escriban|escribas|escribir|escribirme|textear|textearme|textee?n|contacten|contactar|molestar|molesten|recibir|mandando|enviando|escribiendo|texteando',
    want: 'no quiero|no deseo|no necesito|ya no quiero|no me interesa|no me interesan',
    removeMe: 'borrenme|eliminenme|quitenme|saquenme|sacame|bajenme|denme de baja|dame de baja|borradme|eliminadme|quitadme|sacadme|dadme de baja',
    remove: 'borradme|quitadme|sacadme|eliminadme|borren|borrenme|borrar|borrarme|eliminen|eliminenme|eliminar|quiten|quitenme|saquen|saquenme|sacarme|bajenme',
    object: 'mensajes|mensajitos|msjs|msj|textos|sms|mensajeria|lista|listas|su lista|mi numero|contactos',
    again: 'mas|nunca mas|otra vez|de nuevo',
    // "no quiero que me lleguen más mensajes": Spanish puts a clause between the verb and the object.
    gap: 4,
  },
  {
    lang: 'pt',
    stop: 'parem|pare|parar de|para de|chega de|cessem|cancelem',
    neg: 'nao|nao me',
    send: 'mandem|mande|mandar|enviem|envie|enviar|escrevam|escreva|escrever|contatem|mensagear|receber',
    want: 'nao quero|nao desejo|nao preciso',
    removeMe: 'me tirem|me tire|me removam|me remova|me excluam|me exclua|me descadastrem|me descadastre',
    remove: 'tirem|tire|removam|remova|excluam|exclua|apaguem|apague|retirem',
    object: 'mensagens|sms|textos|lista|meu numero|contatos',
    again: 'mais|nunca mais|de novo',
    gap: 3,
  },
  {
    lang: 'fr',
    stop: 'arretez|arreter|cessez|cesser|stoppez|annulez',
    neg: 'ne|n',
    send: 'envoyez|envoyer|menvoyer|menvoyez|nous envoyez|ecrivez|ecrire|mecrire|mecrivez|contactez|contacter|me contactez|me contacter|textez|texter',
    want: 'ne veux plus|ne souhaite plus|ne desire plus|ne voudrais plus|veux plus|souhaite plus',
    removeMe: 'retirez moi|supprimez moi|desinscrivez moi|enlevez moi|rayez moi',
    remove: 'retirez|retirer|supprimez|supprimer|enlevez|enlever|rayez|rayer|desinscrivez|desinscrire|effacez',
    object: 'sms|messages|textos|liste|listes|votre liste|mon numero|envois',
    again: 'plus|jamais|desormais',
    gap: 3,
  },
  {
    lang: 'ht',
    stop: 'sispann|kanpe',
    neg: 'pa|pa janm|pinga',
    send: 'voye|ekri|kontakte|rele|texte|tekste',
    want: 'pa vle|pa bezwen|pa enterese',
    removeMe: 'retire m|retire mwen|efase m|efase mwen|wete m|wete mwen',
    remove: 'retire|efase|wete',
    object: 'mesaj|teks|tekst|sms|lis|lis la|nimewo m|nimewo mwen',
    again: 'anko|ankor',
    gap: 3,
    negNeedsAgain: true,
    negGap: 0,
  },
  {
    lang: 'ar',
    stop: 'توقف|توقفوا|توقفي|ايقاف|اوقفوا|اوقف|وقفوا|كفى|كفوا|بطلوا|كفاية|كفايه|بلاش',
    neg: 'لا|عدم|بلاش',
    send: 'ترسلوا|ترسل|ترسلي|ارسال|تراسلوني|تراسلني|مراسلتي|تبعتوا|تبعتولي|تتصلوا|الاتصال بي|تكتبوا|التواصل معي|ازعاجي',
    want: 'لا اريد|لا ارغب|لا اود|لا ابغى|لا ابي|ما ابي|ما ابغى|مش عايز|مش عاوز|لا احتاج',
    remove: 'احذفوا|احذف|حذف|امسحوا|امسح|شيلوا|ازالة|ازاله|ازيلوا',
    object: 'رسائل|الرسائل|رساله|رسالة|الرساله|رسايل|الرسايل|مسجات|المسجات|رقمي|اسمي|القائمه|القائمة',
    again: 'بعد الان|بعد اليوم|مره اخرى|مرة اخرى|ابدا',
    // A verb that carries "me" (مراسلتي, "messaging me") needs nothing after it.
    negAtEnd: true,
    gap: 3,
  },
  {
    lang: 'vi',
    stop: 'dung|ngung|xin dung|xin ngung',
    neg: 'dung|khong|xin dung',
    send: 'gui|nhan tin|goi|lien lac|lien he',
    want: 'khong muon|khong can|khong thich',
    remove: 'xoa',
    object: 'tin nhan|nhan tin|sms|so dien thoai|so cua toi|so toi|danh sach',
    again: 'nua',
    gap: 3,
    negNeedsAgain: true,
    negGap: 0,
  },
  {
    lang: 'tl',
    stop: 'tigil|itigil|tigilan|pakitigil|paki tigil|ihinto',
    neg: 'wag|huwag|hwag',
    send: 'text|itext|i text|mag text|magtext|message|imessage|i message|padalhan|magpadala|pagtext',
    want: 'ayoko|ayaw ko|ayoko na|ayaw ko na|hindi ko kailangan|di ko kailangan',
    remove: 'tanggalin|alisin|pakitanggal|pakialis|paki alis|paki tanggal|burahin|pakibura',
    object: 'text|texts|mga text|mensahe|message|messages|sms|listahan|number ko|numero ko|pag text|pagte text|pagtetext|pagpapadala',
    again: 'na|ulit',
    // Particles stand between the verb and its object ("itigil nyo na po ang pag-text").
    gap: 5,
  },
  {
    lang: 'it',
    stop: 'smettete di|smetti di|smettetela di|basta con|basta',
    neg: 'non|non mi',
    send: 'mandatemi|mandate|inviatemi|inviate|scrivetemi|scrivete|contattatemi|mandarmi|inviarmi|scrivermi',
    want: 'non voglio|non desidero|non mi servono',
    removeMe: 'cancellatemi|cancellami|toglietemi|toglimi|rimuovetemi|rimuovimi|disiscrivetemi|disiscrivimi',
    remove: 'cancellate|cancellatemi|rimuovete|rimuovetemi|togliete|toglietemi|eliminate',
    object: 'messaggi|sms|lista|elenco|mio numero',
    again: 'piu|mai piu',
    gap: 3,
  },
  {
    lang: 'pl',
    stop: 'przestańcie|przestań|proszę przestać',
    neg: 'nie|proszę nie',
    send: 'wysyłać|wysyłajcie|pisać|piszcie|przysyłać|przysyłajcie',
    want: 'nie chcę|nie potrzebuję',
    remove: 'usuńcie|usuń|wypiszcie|wypisz|usunięcie|usunąć|wypisanie',
    object: 'wiadomości|sms|smsów|listy|mój numer|mojego numeru|numeru|do mnie',
    again: 'więcej|już',
    gap: 3,
  },
  {
    lang: 'de',
    stop: 'hören sie auf|hört auf|stoppt|stoppen sie|beenden sie',
    neg: 'nicht mehr|keine',
    send: 'senden|schicken|schreiben|simsen|kontaktieren',
    want: 'will keine|möchte keine|brauche keine',
    remove: 'löschen sie|entfernen sie|streichen sie|tragen sie mich',
    object: 'sms|nachrichten|textnachrichten|liste|meine nummer',
    again: 'mehr',
    gap: 3,
    objectFirst: true,
  },
  {
    lang: 'ru',
    stop: 'прекратите|перестаньте|хватит|остановите',
    neg: 'не|больше не',
    send: 'присылайте|присылать|пишите|писать|отправляйте|отправлять|шлите|слать|беспокойте|беспокоить',
    want: 'не хочу|не желаю|не нужны|не нужно',
    remove: 'удалите|уберите|исключите|отпишите|удалить|убрать|исключить|отписать',
    object: 'сообщения|сообщений|смс|sms|рассылку|рассылки|мой номер|меня из списка|из списка|списка',
    again: 'больше|впредь|снова',
    gap: 3,
    negGap: 0,
  },
  {
    lang: 'he',
    stop: 'תפסיקו|תפסיק|הפסיקו|הפסק|די עם',
    neg: 'אל|לא',
    send: 'לשלוח|תשלחו|תשלח|שולחים|לכתוב|תכתבו',
    want: 'אני לא רוצה|לא רוצה|לא מעוניין|לא מעוניינת',
    remove: 'תמחקו|הסירו|תסירו|תוציאו',
    object: 'הודעות|הודעה|מסרונים|sms|המספר שלי|מהרשימה|רשימה',
    again: 'יותר|עוד|שוב',
    gap: 3,
  },
  {
    lang: 'hy',
    stop: 'դադարեցրեք|դադարեք|մի ուղարկեք|մի գրեք',
    neg: 'մի',
    send: 'ուղարկեք|ուղարկել|գրեք',
    want: 'չեմ ուզում',
    remove: 'հեռացրեք|ջնջեք',
    object: 'հաղորդագրություններ|հաղորդագրություն|sms|համարս|ցուցակից',
    again: 'այլևս|էլ|ավելին',
    gap: 3,
    objectFirst: true,
  },
  {
    lang: 'ne',
    stop: 'नपठाउनुहोस्|नपठाउनु|नपठाउनुस्|बन्द गर्नुहोस्|रोक्नुहोस्',
    neg: '',
    send: '',
    want: 'चाहँदिन|चाहिँदैन',
    remove: 'हटाउनुहोस्|मेटाउनुहोस्',
    object: 'म्यासेज|सन्देश|एसएमएस|sms|नम्बर',
    again: 'अब|फेरि',
    gap: 3,
    objectFirst: true,
  },
  {
    lang: 'id',
    stop: 'berhenti|hentikan|stop',
    neg: 'jangan|tidak usah|gak usah|nggak usah',
    send: 'kirim|mengirim|kirimi|sms',
    want: 'tidak mau|tidak ingin|gak mau',
    remove: 'hapus|keluarkan',
    object: 'pesan|sms|nomor saya|daftar',
    again: 'lagi',
    gap: 3,
  },
  {
    lang: 'th',
    stop: 'หยุดส่ง|เลิกส่ง|ไม่ต้องส่ง|อย่าส่ง',
    neg: 'อย่า|ไม่ต้อง',
    send: 'ส่ง',
    want: 'ไม่ต้องการ|ไม่อยากได้',
    remove: 'ลบ|ยกเลิก',
    object: 'ข้อความ|sms|เอสเอ็มเอส',
    again: 'อีก|แล้ว',
    gap: 6,
    unspaced: true,
  },
  {
    lang: 'km',
    stop: 'ឈប់ផ្ញើ|កុំផ្ញើ',
    neg: 'កុំ',
    send: 'ផ្ញើ',
    want: 'មិនចង់',
    remove: 'លុប',
    object: 'សារ',
    again: 'ទៀត',
    gap: 8,
    unspaced: true,
  },
  {
    lang: 'nl',
    stop: 'stop met|stoppen met|hou op met|houd op met|stop',
    neg: 'niet meer|geen',
    send: 'sturen|versturen|sms en|smsen|appen|berichten',
    want: 'wil geen|wil niet meer|hoef geen',
    remove: 'verwijder|verwijderen|haal|schrijf',
    object: 'berichten|sms|smsjes|lijst|mijn nummer',
    again: 'meer',
    gap: 3,
  },
  {
    lang: 'uk',
    stop: 'припиніть|перестаньте|досить',
    neg: 'не|більше не',
    send: 'надсилайте|надсилати|пишіть|писати|присилайте|турбуйте',
    want: 'не хочу|не потрібно|не потрібні',
    remove: 'видаліть|приберіть|відпишіть|видалити',
    object: 'повідомлення|повідомлень|смс|sms|розсилку|розсилки|мій номер|мені',
    again: 'більше|знову',
    gap: 3,
    negGap: 0,
  },
  {
    lang: 'el',
    stop: 'σταματηστε|σταματα|σταματηστε να',
    neg: 'μη|μην|μη μου|μην μου',
    send: 'στελνετε|στειλετε|στελνεις|γραφετε',
    want: 'δεν θελω|δε θελω',
    remove: 'διαγραψτε|αφαιρεστε|βγαλτε με',
    object: 'μηνυματα|μηνυμα|sms|τη λιστα|τον αριθμο μου',
    again: 'αλλο|πια|ξανα',
    gap: 3,
    // "μη μου στέλνετε": the clitic carries "me", the verb may end the sentence.
    negAtEnd: true,
  },
  {
    lang: 'tr',
    stop: 'durdurun|durdur|kesin|gondermeyin|gondermeyi kesin|atmayın|atmayin|yollamayın|yollamayin',
    neg: '',
    send: '',
    want: 'istemiyorum|istemiyoruz',
    remove: 'silin|cıkarın|cikarin|kaldırın|kaldirin',
    object: 'mesaj\\w*|sms\\w*|numaram\\w*|listeden',
    again: '',
    gap: 3,
    objectFirst: true,
  },
  {
    lang: 'so',
    stop: 'jooji|joojiya|joojiya fariimaha',
    neg: 'ha|ha ii|ha ii soo',
    send: 'dirin|soo dirin|soo dirina|qorin',
    want: 'ma rabo|uma baahni',
    remove: 'tirtir|iga saar|iga saara',
    object: 'fariin|fariimo|fariimaha|farriimaha|farriin|sms|qoraal|qoraallada|lambarkayga|liiska',
    again: 'dambe|mar dambe|mar kale',
    gap: 4,
    negAtEnd: true,
    objectFirst: true,
  },
  {
    lang: 'hmn',
    stop: 'tsis txhob|txhob|nres|tsum',
    neg: 'tsis txhob|txhob',
    send: 'xa|sau',
    want: 'tsis xav tau|tsis xav',
    remove: 'rho|tshem',
    object: 'ntawv|xov|xov xwm|lus|text|kuv tus xov tooj',
    again: 'ntxiv|lawm|dua',
    gap: 3,
  },
  {
    lang: 'ur',
    stop: 'بند کریں|بند کرو|بند کر دیں|روکیں|مت بھیجیں|مت بھیجو|نہ بھیجیں|نہ بھیجو',
    neg: 'مت|نہ',
    send: 'بھیجیں|بھیجو|بھیجا کریں|کریں',
    want: 'نہیں چاہیے|نہیں چاہئے|نہیں چاہتا|نہیں چاہتی',
    remove: 'ہٹا دیں|ہٹائیں|ڈیلیٹ کریں|نکال دیں',
    object: 'میسج|میسجز|پیغام|پیغامات|ایس ایم ایس|نمبر|لسٹ',
    again: 'مزید|دوبارہ',
    gap: 3,
    objectFirst: true,
  },
  {
    lang: 'fa',
    stop: 'متوقف کنید|قطع کنید|بس کنید|نفرستید|نفرستین|نفرست',
    neg: '',
    send: '',
    want: 'نمی خواهم|نمیخواهم|نمی‌خواهم|نمیخوام|نمی خوام',
    remove: 'حذف کنید|پاک کنید|حذف کن',
    object: 'پیام|پیامک|پیام ها|پیامها|پیام‌ها|شماره|شماره ام|شماره‌ام|لیست',
    again: '',
    gap: 3,
    objectFirst: true,
  },
  {
    lang: 'bn',
    stop: 'পাঠাবেন না|পাঠাবে না|পাঠিও না|দিবেন না|দেবেন না|দিও না|বন্ধ করুন|বন্ধ করো',
    neg: '',
    send: '',
    want: 'চাই না|দরকার নেই',
    remove: 'মুছে ফেলুন|সরিয়ে দিন|বাদ দিন',
    object: 'মেসেজ|বার্তা|এসএমএস|নম্বর|তালিকা',
    again: '',
    gap: 3,
    objectFirst: true,
  },
  {
    lang: 'pa',
    stop: 'ਨਾ ਭੇਜੋ|ਨਾ ਭੇਜਿਓ|ਬੰਦ ਕਰੋ|ਬੰਦ ਕਰ ਦਿਓ',
    neg: '',
    send: '',
    want: 'ਨਹੀਂ ਚਾਹੀਦੇ|ਨਹੀਂ ਚਾਹੀਦਾ',
    remove: 'ਹਟਾ ਦਿਓ|ਮਿਟਾ ਦਿਓ',
    object: 'ਮੈਸੇਜ|ਸੁਨੇਹੇ|ਸੁਨੇਹਾ|ਐਸਐਮਐਸ|ਨੰਬਰ',
    again: '',
    gap: 3,
    objectFirst: true,
  },
  {
    lang: 'gu',
    stop: 'મોકલશો નહીં|મોકલશો નહિ|મોકલવાનું બંધ કરો|બંધ કરો|ના મોકલો',
    neg: '',
    send: '',
    want: 'નથી જોઈતા|નથી જોઈતું|જોઈતા નથી',
    remove: 'કાઢી નાખો|હટાવી દો',
    object: 'મેસેજ|સંદેશ|સંદેશા|એસએમએસ|નંબર',
    again: '',
    gap: 3,
    objectFirst: true,
  },
  {
    lang: 'am',
    stop: 'አይላኩ|አይላኩልኝ|አትላኩ|አትላኩልኝ|አትላክ|አቁሙ|አቁሙልኝ|አቁምልኝ|ይቁም|ያቁሙ',
    neg: '',
    send: '',
    want: 'አልፈልግም',
    remove: 'ሰርዙ|አስወግዱ',
    object: 'መልእክት|መልዕክት|መልእክቶች|መልዕክቶች|ኤስኤምኤስ|ቁጥሬን',
    again: '',
    gap: 3,
    objectFirst: true,
  },
  {
    lang: 'hi',
    stop: 'band karo|band karein|band kar do|band kijiye|bandh karo|roko|rok do|na bhejo|na bhejein|na bheje|na bhejna|nahi bhejna|mat bhejo|mat bhejna|बंद करें|बंद करो|बंद कर दो|रोको|रोकें',
    neg: 'mat|मत',
    send: 'bhejo|bhejna|bhejiye|bhejen|bhejein|भेजो|भेजें|भेजिए|भेजना',
    want: 'nahi chahiye|nahin chahiye|नहीं चाहिए',
    remove: 'hatao|hata do|हटाओ|हटा दो|हटाएं',
    object: 'message|messages|msg|sms|text|मैसेज|संदेश|एसएमएस|number|नंबर',
    again: 'aur|phir|dobara|फिर|दोबारा|और',
    gap: 3,
    objectFirst: true,
  },
  {
    lang: 'ko',
    stop: '그만|중지|중단|거부|사절|끊어|보내지 ?마|하지 ?마|보내지 ?말|하지 ?말',
    neg: '',
    send: '',
    want: '원하지 않|원치 않|필요 없|필요없|싫어|싶지 않|받기 싫',
    remove: '삭제|지워|빼 ?주세요|제외',
    object: '문자|메시지|메세지|연락|알림|광고|번호|수신',
    again: '',
    gap: 8,
    unspaced: true,
    objectFirst: true,
  },
  {
    lang: 'zh',
    stop: '停止|别再|別再|不要再|不再',
    neg: '不要|别|別|勿|请勿|請勿|不用',
    send: '发|發|传|傳|寄|打扰|打擾|收到|联系|聯繫|联络|聯絡',
    want: '不想|不需要|不願意|不愿意',
    remove: '删除|刪除|删掉|刪掉|移除|取消订阅|取消訂閱',
    object: '短信|信息|消息|簡訊|简讯|訊息|号码|號碼|名单|名單',
    again: '再|以后|以後|今后|今後',
    gap: 6,
    unspaced: true,
    negGap: 3,
    // "从名单中删除" (delete from the list); a stop verb after the object is often a question ("短信停了吗").
    objectFirst: 'remove',
  },
  {
    lang: 'ja',
    stop: '停止|中止|やめて|止めて|送らないで|送信しないで|連絡しないで|送ってこないで|送ってくるな|連絡してこないで',
    neg: '',
    send: '',
    want: 'いりません|要りません|不要',
    remove: '削除|消して|外して',
    object: 'メッセージ|ショートメール|sms|番号|配信|連絡|送信|通知',
    again: '',
    gap: 6,
    unspaced: true,
    objectFirst: true,
  },
];

interface Frame {
  name: string;
  why: string;
  build: (l: FrameLanguage) => string | null;
}

const alt = (words: string): string => `(${words})`;
/** A gap of up to `n` words (or characters in unspaced scripts), lazily. */
const gap = (l: FrameLanguage, n = l.gap): string => (l.unspaced ? `[^\\n]{0,${n}}?` : n === 0 ? ' ' : `( [^ ]+){0,${n}}? `);
/** A frame needs every class it names; a language without one (Korean has no separate "don't") skips it. */
const needs = (...parts: string[]): boolean => parts.every(Boolean);

const FRAMES: Frame[] = [
  { name: 'stop-object', why: 'asks us to stop our messages', build: (l) => (needs(l.stop, l.object) ? `${alt(l.stop)}${gap(l)}${alt(l.object)}` : null) },
  { name: 'stop-send', why: 'asks us to stop sending / writing', build: (l) => (needs(l.stop, l.send) ? `${alt(l.stop)}${gap(l)}${alt(l.send)}` : null) },
  {
    name: 'dont-send-again',
    why: 'asks us not to send messages again',
    build: (l) =>
      needs(l.neg, l.send, l.again)
        ? `${alt(l.neg)}${gap(l, l.negGap ?? 1)}${alt(l.send)}(${gap(l)}${l.negNeedsAgain ? alt(l.again) : `(${l.object}|${l.again})`}${l.negAtEnd ? '|$' : ''})`
        : null,
  },
  { name: 'dont-want-object', why: 'says they do not want our messages', build: (l) => (needs(l.want, l.object) ? `${alt(l.want)}${gap(l)}${alt(l.object)}` : null) },
  {
    name: 'remove-me',
    why: 'asks to be removed',
    build: (l) => (l.removeMe ? `${alt(l.removeMe)}( [^ ]+){0,2}$` : null),
  },
  { name: 'remove-from', why: 'asks to be removed from our list / to delete the number', build: (l) => (needs(l.remove, l.object) ? `${alt(l.remove)}${gap(l)}${alt(l.object)}` : null) },
  {
    name: 'object-stop',
    why: 'asks us to stop our messages',
    build: (l) => {
      if (!l.objectFirst) return null;
      const verbs =
        l.objectFirst === 'remove' ? l.remove : [l.stop, l.want, l.remove, needs(l.neg, l.send) ? `(${l.neg})${gap(l, 1)}(${l.send})` : ''].filter(Boolean).join('|');
      return `${alt(l.object)}${gap(l)}(${verbs})`;
    },
  },
];

function compile(l: FrameLanguage, frame: Frame): LexiconPhrase | null {
  const body = frame.build(l);
  if (!body) return null;
  const source = l.unspaced ? body : `\\b${body}\\b`;
  return { id: `frame.${l.lang}.${frame.name}`, re: wordRegex(foldPattern(source)), why: `${frame.why} (${l.lang}, request frame)`, anchored: false };
}

/** Every language × frame, compiled once. */
export const FRAME_PHRASES: LexiconPhrase[] = LANGUAGES.flatMap((l) => FRAMES.map((f) => compile(l, f)).filter((p): p is LexiconPhrase => p !== null));

const CLASSES = ['stop', 'neg', 'send', 'want', 'remove', 'object', 'again'] as const;
/** Each word class across every language, as one pattern: which classes a text contains, whatever its language. */
const CLASS_PATTERNS: ReadonlyArray<[string, RegExp]> = CLASSES.map((cls) => {
  const spaced = LANGUAGES.filter((l) => !l.unspaced && l[cls]).map((l) => l[cls]);
  const unspaced = LANGUAGES.filter((l) => l.unspaced && l[cls]).map((l) => l[cls]);
  const source = [spaced.length ? `\\b(${spaced.join('|')})\\b` : '', unspaced.length ? `(${unspaced.join('|')})` : ''].filter(Boolean).join('|');
  return [cls, wordRegex(foldPattern(source))];
});

/**
 * The request-frame word classes (STOP, NEG, SEND, WANT, REMOVE, OBJECT, AGAIN) present in a normalised
 * text, in any of the frame languages: features that let the trained opt-out model carry what it learns
 * in one language to the others.
 */
export function frameClassesIn(normalized: string): string[] {
  return CLASS_PATTERNS.filter(([, re]) => re.test(normalized)).map(([cls]) => cls);
}

/**
 * "Don't forget to text me", "no olvides escribirme", "don't stop sending reminders": a negated verb that is
 * not a request to stop (or negates the stopping itself).
 */
export const NOT_A_STOP_VERB = wordRegex(
  foldPattern(`\\b(dont stop|do not stop|never stop|no dejen de|no paren|nao parem|nao parar de|forget|forgot|hesitate|worry|miss|missing|vle rate|pa rate|bo lo|olvides|olviden|olvidar|esqueca|esquecam|oubliez|oublie|bliye|забудьте|забудь|стесняйтесь|kalimutan|quen|تنسى|تنسوا)\\b|忘|錯過|错过|잊`),
);
