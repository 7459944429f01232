// libs/compliance/src/classifier/text-normalize.util.ts
var EMOJI_WORDS = [
  [/[👍👌✅✔☑🆗]/gu, " emojiok "],
  [/[🙏❤💕💖💗💜💙🥰😍😘🤗♥]/gu, " emojilove "],
  [/[😡🤬😠👎💢]/gu, " emojiangry "],
  [/[😭😢😞😔☹🙁]/gu, " emojisad "],
  [/[🚗🚙🏃⏰⌛⏳🚦]/gu, " emojihurry "]
];
function normalizeText(text, options = {}) {
  let t = text.normalize("NFKC").toLowerCase();
  if (options.emojiWords) for (const [re, word] of EMOJI_WORDS) t = t.replace(re, word);
  t = t.normalize("NFD").replace(new RegExp("\\p{M}", "gu"), "").normalize("NFC").replace(/[đ]/g, "d").replace(/[ё]/g, "\u0435").replace(/ß/g, "ss").replace(/['’‘`´]/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").replace(new RegExp("(\\p{Script=Han}+|\\p{Script=Hangul}+|\\p{Script=Hiragana}+|\\p{Script=Katakana}+)", "gu"), " $1 ").trim().replace(/\s+/g, " ");
  t = joinSpacedLetters(t);
  t = t.replace(/([a-z])\1{2,}/g, "$1");
  return t;
}
function joinSpacedLetters(t) {
  const tokens = t.split(" ");
  const out = [];
  let run = [];
  const flush = () => {
    if (run.length >= 3) out.push(run.join(""));
    else out.push(...run);
    run = [];
  };
  for (const token of tokens) {
    if (new RegExp("^\\p{L}$", "u").test(token) && !/^[\p{Script=Han}\p{Script=Hangul}]$/u.test(token)) run.push(token);
    else {
      flush();
      out.push(token);
    }
  }
  flush();
  return out.filter(Boolean).join(" ");
}
function editDistance(a, b, max = 3) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push(new Array(b.length + 1).fill(0));
    rows[i][0] = i;
  }
  for (let j = 0; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
    }
  }
  return rows[a.length][b.length];
}
function wordRegex(source) {
  return new RegExp(source.replace(/\\b/g, "(?:(?<=^| )(?=[^ ])|(?<=[^ ])(?= |$))"), "u");
}

// libs/compliance/src/classifier/consent-rules.ts
var FILLER = /* @__PURE__ */ new Set([
  "please",
  "pls",
  "plz",
  "plse",
  "now",
  "thanks",
  "thank",
  "you",
  "thx",
  "ty",
  "asap",
  "immediately",
  "it",
  "me",
  "already",
  "ok",
  "okay",
  "omg",
  "just",
  "right",
  "por",
  "favor",
  "porfavor",
  "porfa",
  "ya",
  "gracias",
  "merci",
  "obrigado",
  "obrigada",
  "salamat",
  "po",
  "pa",
  "again",
  "all",
  "the",
  "hi",
  "hello",
  "hey",
  "stop"
]);
var OPT_OUT_WORDS = {
  stop: "STOP",
  stopall: "STOPALL",
  unsubscribe: "UNSUBSCRIBE",
  unsub: "UNSUBSCRIBE",
  cancel: "CANCEL",
  end: "END",
  quit: "QUIT",
  revoke: "REVOKE",
  optout: "OPT OUT",
  "opt out": "OPT OUT",
  "stop all": "STOPALL",
  "remove": "REMOVE",
  "remove me": "REMOVE",
  "stop texting": "STOP",
  "no more": "NO MORE (texts)",
  "no more texts": "NO MORE (texts)",
  "no more messages": "NO MORE (texts)",
  "leave me alone": "LEAVE ME ALONE",
  // Spanish
  alto: "ALTO (es)",
  parar: "PARAR (es/pt)",
  para: "PARA (es)",
  basta: "BASTA (es)",
  baja: "BAJA (es)",
  detener: "DETENER (es)",
  cancelar: "CANCELAR (es/pt)",
  "no mas": "NO M\xC1S (es)",
  "no mas mensajes": "NO M\xC1S MENSAJES (es)",
  "dar de baja": "DAR DE BAJA (es)",
  desuscribir: "DESUSCRIBIR (es)",
  // Portuguese, French, Tagalog, Vietnamese, Russian, German
  pare: "PARE (pt)",
  sair: "SAIR (pt)",
  descadastrar: "DESCADASTRAR (pt)",
  arret: "ARR\xCAT (fr)",
  arreter: "ARR\xCATER (fr)",
  arrete: "ARR\xCATE (fr)",
  desabonner: "D\xC9SABONNER (fr)",
  tigil: "TIGIL (tl)",
  itigil: "ITIGIL (tl)",
  hinto: "HINTO (tl)",
  "ayoko na": "AYOKO NA (tl)",
  dung: "D\u1EEANG (vi)",
  "dung lai": "D\u1EEANG L\u1EA0I (vi)",
  ngung: "NG\u1EEANG (vi)",
  "huy dang ky": "H\u1EE6Y \u0110\u0102NG K\xDD (vi)",
  \u0441\u0442\u043E\u043F: "\u0421\u0422\u041E\u041F (ru)",
  \u0445\u0432\u0430\u0442\u0438\u0442: "\u0425\u0412\u0410\u0422\u0418\u0422 (ru)",
  \u043E\u0442\u043F\u0438\u0441\u0430\u0442\u044C\u0441\u044F: "\u041E\u0422\u041F\u0418\u0421\u0410\u0422\u042C\u0421\u042F (ru)",
  \u043E\u0442\u043F\u0438\u0441\u043A\u0430: "\u041E\u0422\u041F\u0418\u0421\u041A\u0410 (ru)",
  abmelden: "ABMELDEN (de)",
  // CJK
  \u505C\u6B62: "\u505C\u6B62 (zh/ja)",
  \u505C: "\u505C (zh)",
  \u9000\u8BA2: "\u9000\u8BA2 (zh)",
  \u9000\u8A02: "\u9000\u8A02 (zh)",
  \u53D6\u6D88\u8BA2\u9605: "\u53D6\u6D88\u8BA2\u9605 (zh)",
  \u53D6\u6D88: "\u53D6\u6D88 (zh)",
  \u914D\u4FE1\u505C\u6B62: "\u914D\u4FE1\u505C\u6B62 (ja)",
  \uC911\uC9C0: "\uC911\uC9C0 (ko)",
  \uADF8\uB9CC: "\uADF8\uB9CC (ko)",
  \uC218\uC2E0\uAC70\uBD80: "\uC218\uC2E0\uAC70\uBD80 (ko)",
  \uAD6C\uB3C5\uCDE8\uC18C: "\uAD6C\uB3C5\uCDE8\uC18C (ko)",
  "td": "TD (zh)"
};
var FUZZY_OPT_OUT = [["stop", 1], ["unsubscribe", 2], ["optout", 1], ["stopall", 1], ["revoke", 1], ["cancel", 1], ["desuscribir", 2]];
var NOT_STOP = /* @__PURE__ */ new Set(["step", "shop", "stay", "atop", "slop", "sop", "top", "spot", "stops", "stoke", "store", "stove", "stood", "sto", "stp", "soap", "cancer", "canceled", "revoked", "subscribe", "subscribed", "resubscribe", "unsubscribed"]);
var SENTENCE_OPT_OUT = /* @__PURE__ */ new Set(["remove me", "remove", "stop", "stopall", "unsubscribe", "optout", "opt out", "alto", "stop texting", "stop all", "\u9000\u8BA2", "\u505C\u6B62", "\uC218\uC2E0\uAC70\uBD80"]);
var OPT_IN_WORDS = {
  start: "START",
  unstop: "UNSTOP",
  resume: "RESUME",
  subscribe: "SUBSCRIBE",
  resubscribe: "RESUBSCRIBE",
  "opt in": "OPT IN",
  optin: "OPT IN",
  "start again": "START",
  comenzar: "COMENZAR (es)",
  iniciar: "INICIAR (es)",
  reanudar: "REANUDAR (es)",
  suscribir: "SUSCRIBIR (es)",
  \u5F00\u59CB: "\u5F00\u59CB (zh)",
  \uC2DC\uC791: "\uC2DC\uC791 (ko)",
  "bat dau": "B\u1EAET \u0110\u1EA6U (vi)",
  "unstop please": "UNSTOP",
  restart: "RESTART"
};
var YES_WORDS = /* @__PURE__ */ new Set(["yes", "si", "sim", "oui"]);
var HELP_WORDS = {
  help: "HELP",
  info: "INFO",
  ayuda: "AYUDA (es)",
  ajuda: "AJUDA (pt)",
  aide: "AIDE (fr)",
  tulong: "TULONG (tl)",
  "giup do": "GI\xDAP \u0110\u1EE0 (vi)",
  \u043F\u043E\u043C\u043E\u0449\u044C: "\u041F\u041E\u041C\u041E\u0429\u042C (ru)",
  \u5E2E\u52A9: "\u5E2E\u52A9 (zh)",
  \u5E6B\u52A9: "\u5E6B\u52A9 (zh)",
  \uB3C4\uC6C0: "\uB3C4\uC6C0 (ko)",
  \uB3C4\uC6C0\uB9D0: "\uB3C4\uC6C0\uB9D0 (ko)",
  "help me": "HELP",
  hlep: "HELP",
  halp: "HELP",
  hepl: "HELP",
  helpp: "HELP",
  menu: "MENU",
  "need help": "HELP"
};
var SELF_GUARDED = /* @__PURE__ */ new Set(["en.stop-contacting", "en.stop-messages", "en.stop-it", "en.stop-these", "es.dejen-de", "pt.pare-de", "en.dont-text-me"]);
var MSG = "(texts?|txts?|texting|txting|msgs?|messages?|messaging|sms|reminders?|notifications?|alerts?|spam|updates|text messages|mensajes|textos)";
var MSG_NOUN = "(texts?|txts?|msgs?|messages?|sms|reminders?|notifications?|alerts?|mensajes|textos|mensagens)";
var PROMO = "(promos?|promotions?|promotional|deals?|offers?|specials?|ads|advertis\\w*|marketing|newsletters?|sales?|coupons?|discounts?|blasts?|campaigns?|promociones|ofertas|descuentos|publicidad|promocoes)";
var FILL = "(it |all |the |them |these |those |u |you |ya |your |ur |guys |yall |pls |please |now |just |from |with |sending |already |getting |receiving |me |my |any |so many |all of |of )";
var CONTACT_VERB = "(sending|texting|txting|texing|messaging|msging|msg|contacting|calling|spamming|bugging|bothering|harassing|blowing up|hitting me up|sending me)";
var p = (id, source, why) => ({ id, re: wordRegex(source), why });
var OPT_OUT_PHRASES = [
  // English
  p("en.stop-promos", `\\b(stop|quit|no more|enough|unsubscribe me from|opt me out of|remove me from|take me off)\\b ${FILL}{0,3}${PROMO}`, "asks to stop promotional messages"),
  p("en.stop-contacting", `\\b(stop|quit|cease|halt|discontinue)\\b ${FILL}{0,3}${CONTACT_VERB}\\b`, "asks us to stop texting / contacting them"),
  p("en.stop-messages", `\\b(stop|no more|enough|done with|sick of|tired of|quit)\\b (with )?${FILL}{0,3}${MSG}\\b`, "asks for no more messages"),
  p("en.stop-these", `^(\\w+ ){0,3}(stop|quit|end) (this|these|them|it all|all this|all of this)( please| pls| now| already| thanks| immediately)*$`, "asks us to stop these (texts)"),
  p("en.dont-text-me", `\\b(dont|do not|never|pls dont|please dont|stop|quit|no need to)\\b (ever )?(text|txt|message|msg|contact|sms|call|spam|bother|email and text|text or call|call or text) (me|this (number|phone|cell)|my (number|phone|cell))\\b`, "tells us not to text them"),
  p("en.take-me-off", `\\b(take|remove|delete|erase|drop|get|cross|scratch|unsubscribe|opt|sign|unenroll|unenrol|pull)\\b (me|my (cell )?(phone )?(number|#|phone|info|cell)|this (number|#|phone)|us)( \\w+){0,3}? (off|from|out of) (your |the |this |ur |all |these |my |our |yalls |of )*(list|lists|texting|texts?|messages?|mailing|mailing list|system|database|contacts?|contact list|sms|program|marketing|promo\\w*|text list|messaging|notifications|reminders|distribution|group|thread|this|it|there)\\b`, "asks to be removed from our list / texts"),
  p("en.remove-me", `^(please |pls |can you |could you |kindly )?(remove|delete|erase|lose|forget) (me|my number|my phone number|my cell|this number|my info)( please| pls| thanks| thank you| now)?$`, "asks us to remove / lose their number"),
  p("en.unsubscribe", `\\b(unsubscribe|unsubscribing|unsubcribe|unsubscibe|unsuscribe|unsubscrib|unsub|opt out|optout|opt me out|opting out|opt outta|deregister|unenroll)\\b`, "says unsubscribe / opt out"),
  p("en.leave-alone", `\\b(leave me alone|lose my number|delete my number|go away|fuck off|f off|piss off|stop harassing)\\b`, "asks to be left alone"),
  p("en.dont-want", `\\b(i|we)( really)? (dont|do not|no longer|never) (want|wish|need|like)( to (get|receive|be getting|keep getting|have)| any| your| these| those| more| to be)?( \\w+){0,3}? (${MSG}|${PROMO.slice(1, -1)}|contacted)\\b`, "says they do not want our messages"),
  p("en.not-interested", `\\b(no longer|not|am not|im not) interested in (receiving|getting|these|your|any|the)( \\w+){0,2}? ${MSG}\\b`, "says they are no longer interested in our messages"),
  p("en.no-texts", `\\bno (more )?(texts?|txts?|messages?|msgs?|sms|texting)( please| pls| thanks| thank you)?$`, "asks for no texts"),
  p("en.block", `\\b(block|blocking|report|reporting) (you|this (number|#)|your (number|#)|this as spam)\\b`, "threatens to block / report the number"),
  p("en.wrong-number", `^(\\w+ ){0,4}wrong (number|person|#)( \\w+){0,6}$`, "says we texted the wrong number"),
  p("en.stop-it", `^(\\w+ ){0,2}(stop|quit) (it|this|that|now|already|immediately|pls|please)( \\w+){0,2}$`, "tells us to stop"),
  // Spanish
  p("es.no-me-manden", `\\bno (me|nos) (manden|mande|mandes|envien|envie|envies|escriban|escriba|escribas|textees|texteen|texten|contacten|llamen|molesten|sigan (mandando|enviando|escribiendo))\\b|\\bno (manden|envien|escriban|mande|envie)( mas)? (mensajes|textos|msjs?|sms|promociones|ofertas)\\b`, "pide que no le manden m\xE1s mensajes (es)"),
  p("es.no-enviarme", `\\bno (enviarme|mandarme|escribirme|textearme|contactarme)\\b`, "pide no enviarle mensajes (es)"),
  p("es.dejen-de", `\\b(dejen|deje|deja|dejar|paren|pare|para|parar) de (enviar|mandar|escribir|textear|contactar|molestar)(me|nos)?\\b`, "pide que dejen de enviarle mensajes (es)"),
  p("es.sacame", `\\b(bajame|bajenme|bajeme|sacame|saquenme|saqueme|quitame|quitenme|quiteme|borrame|borrenme|borreme|eliminenme|elimineme|eliminame|remuevanme)( \\w+){0,2}? (de|del) (la |su |sus |esta |este |tu )?(lista|listas|mensajes|textos|sistema|base|programa)\\b|\\b(darme de baja|dar de baja|me doy de baja|denme de baja|deme de baja|quiero la baja)\\b`, "pide que le saquen de la lista (es)"),
  p("es.no-quiero", `\\b(ya )?no (quiero|deseo|necesito) (recibir |seguir recibiendo |mas |sus |estos |tus )*(mensajes|textos|msjs?|sms|promociones|ofertas|mensajitos)\\b`, "dice que no quiere m\xE1s mensajes (es)"),
  p("es.no-mas", `\\bno mas (mensajes|textos|msjs?|sms|promociones)\\b`, "pide no m\xE1s mensajes (es)"),
  p("es.cancelar-suscripcion", `\\b(cancelar|cancela|cancelen|anular) (la |mi )?(suscripcion|subscripcion|inscripcion)\\b|\\bdesuscrib\\w*`, "pide cancelar la suscripci\xF3n (es)"),
  // Portuguese
  p("pt.pare-de", `\\b(pare|parem|para) de (me )?(enviar|mandar|escrever)\\b`, "pede para parar de enviar mensagens (pt)"),
  p("pt.nao-quero", `\\bnao (me )?(envie|enviem|mande|mandem)( mais)? (mensagens|sms|textos|mais)\\b|\\bnao (quero|desejo) (mais )?receber( mais)? (mensagens|sms|textos|promocoes)\\b`, "diz que n\xE3o quer mais mensagens (pt)"),
  p("pt.descadastrar", `\\b(descadastr\\w*|cancelar (a )?inscricao|(me )?(tire|tirem|remova|removam) (da|desta|dessa) lista)\\b`, "pede para sair da lista (pt)"),
  // French
  p("fr.desabonner", `\\b(desabonn\\w*|desinscri\\w*|retirez moi|supprimez moi)\\b`, "demande \xE0 se d\xE9sabonner (fr)"),
  p("fr.ne-plus", `\\bne ?(m|me )?(envoyez|envoie|ecrivez|textez|contactez) plus\\b|\\b(arretez|arrete|cessez) de (m|me )?(envoyer|ecrire|texter|contacter)\\b|\\bplus de (messages|sms|textos)\\b`, "demande de ne plus envoyer de messages (fr)"),
  // Tagalog
  p("tl.wag-text", `\\b(wag|huwag) (nyo|niyo|mo|na|po)( na| po| nyo| niyo| na po)* (akong |ako |kaming |po |kayong |kayo )?(i text|itext|itxt|mag text|magtext|text|padalhan|tawagan|i message|imessage|mensahe)\\b`, "sinabing huwag na silang i-text (tl)"),
  p("tl.itigil", `\\b(itigil|tigilan|tumigil|pakiitigil|paki itigil|pakitigil)\\b( \\w+){0,3}? (text|mensahe|pag text|pagtext)\\b|\\btigilan (nyo|niyo|mo) (na )?(ako|kami)\\b|\\bayoko (na )?(ng|nang|makatanggap ng) (text|mensahe)\\b`, "humiling na itigil ang mga text (tl)"),
  // Vietnamese (accents stripped)
  p("vi.dung-gui", `\\b(dung|ngung) (gui|nhan|nhan tin|gui tin)\\b|\\bhuy dang ky\\b|\\bkhong (muon )?nhan (tin|tin nhan)( \\w+){0,2} nua\\b`, "y\xEAu c\u1EA7u ng\u1EEBng g\u1EEDi tin nh\u1EAFn (vi)"),
  // Russian (й → и after stripping)
  p("ru.otpishite", `\\b(\u043E\u0442\u043F\u0438\u0448\\p{L}*|\u043E\u0442\u043F\u0438\u0441\u0430\u0442\\p{L}*)\\b|\\b(\u043D\u0435|\u0431\u043E\u043B\u044C\u0448\u0435 \u043D\u0435) (\u043F\u0438\u0448\u0438\u0442\u0435|\u043F\u0440\u0438\u0441\u044B\u043B\u0430\u0438\u0442\u0435|\u043E\u0442\u043F\u0440\u0430\u0432\u043B\u044F\u0438\u0442\u0435|\u0448\u043B\u0438\u0442\u0435|\u0431\u0435\u0441\u043F\u043E\u043A\u043E\u0438\u0442\u0435)\\b|\\b(\u043F\u0440\u0435\u043A\u0440\u0430\u0442\u0438\u0442\u0435|\u043F\u0435\u0440\u0435\u0441\u0442\u0430\u043D\u044C\u0442\u0435|\u0445\u0432\u0430\u0442\u0438\u0442) (\u043F\u0440\u0438\u0441\u044B\u043B\u0430\u0442\u044C|\u043F\u0438\u0441\u0430\u0442\u044C|\u043E\u0442\u043F\u0440\u0430\u0432\u043B\u044F\u0442\u044C|\u0441\u043B\u0430\u0442\u044C)\\b`, "\u043F\u0440\u043E\u0441\u0438\u0442 \u0431\u043E\u043B\u044C\u0448\u0435 \u043D\u0435 \u043F\u0438\u0441\u0430\u0442\u044C (ru)"),
  // Chinese, Japanese, Korean: no spaces, so substrings.
  p("zh.tuiding", `(\u9000\u8BA2|\u9000\u8A02|\u53D6\u6D88\u8BA2\u9605|\u53D6\u6D88\u8A02\u95B1|\u505C\u6B62\u53D1\u9001|\u505C\u6B62\u767C\u9001|\u4E0D\u8981\u518D\u53D1|\u4E0D\u8981\u518D\u767C|\u522B\u518D\u53D1|\u5225\u518D\u767C|\u4E0D\u8981\u53D1\u77ED\u4FE1|\u4E0D\u8981\u7ED9\u6211\u53D1|\u522B\u7ED9\u6211\u53D1|\u505C\u6B62\u77ED\u4FE1)`, "\u8981\u6C42\u9000\u8BA2 / \u505C\u6B62\u53D1\u9001\u77ED\u4FE1 (zh)"),
  p("ja.teishi", `(\u914D\u4FE1\u505C\u6B62|\u9001\u3089\u306A\u3044\u3067|\u9001\u4FE1\u505C\u6B62|\u30E1\u30C3\u30BB\u30FC\u30B8\u4E0D\u8981)`, "\u914D\u4FE1\u505C\u6B62\u3092\u5E0C\u671B (ja)"),
  p("ko.geuman", `(\uC218\uC2E0\uAC70\uBD80|\uC218\uC2E0 \uAC70\uBD80|\uADF8\uB9CC \uBCF4\uB0B4|\uBCF4\uB0B4\uC9C0 \uB9C8|\uBCF4\uB0B4\uC9C0\uB9C8|\uBB38\uC790 \uADF8\uB9CC|\uC5F0\uB77D\uD558\uC9C0 \uB9C8|\uAD6C\uB3C5 \uCDE8\uC18C|\uAD6C\uB3C5\uCDE8\uC18C)`, "\uC218\uC2E0 \uAC70\uBD80 \uC694\uCCAD (ko)")
];
var OPT_IN_PHRASES = [
  p("en.resubscribe", `\\b(re ?subscribe|resubscribe|unstop|opt (me )?(back )?in|opt in again|sign me (back )?up again|subscribe me again|add me back)\\b`, "asks to be subscribed again"),
  p("en.start-again", `\\b(start|resume|restart|continue) (sending|texting|messaging|my reminders|the reminders|the texts|texts)( me)?( \\w+){0,3}? (again|back)\\b|\\b(start|resume|restart) (sending|texting|messaging) me\\b`, "asks us to start texting again"),
  p("en.want-again", `\\b(want|like|wanna) to (get|receive|start getting|keep getting|be getting) (your |the |my )?(texts|messages|reminders|text reminders)( \\w+){0,2}? again\\b`, "wants our texts again"),
  p("en.mistake", `\\b(accidentally|by accident|by mistake|didnt mean to|did not mean to|mistakenly)\\b( \\w+){0,3}? (stop|unsubscribe|unsubscribed|opt out|opted out|stopped)\\b|\\b(stop|unsubscribe|stopped|opted out)\\b( \\w+){0,3}? (by mistake|by accident)\\b`, "says the opt-out was a mistake"),
  p("es.volver", `\\b(?<!no )(quiero|deseo) (volver a )?recibir (los |sus )?(mensajes|textos|recordatorios)( de nuevo| otra vez)?\\b|\\bsuscribirme (de nuevo|otra vez)\\b`, "quiere recibir mensajes otra vez (es)")
];
var HELP_PHRASES = [
  p("en.who-is-this", `^(\\w+ ){0,2}(who is this|whos this|who dis|who are you|what is this (number|about|text|for)|whats this (number|about|text|for)|what number is this|how did you get my number|why am i getting (these|this|texts|messages))( \\w+){0,3}$`, "asks who is texting / why"),
  p("es.quien", `^(\\w+ ){0,2}(quien es|quien habla|quien eres|de donde sacaron mi numero)( \\w+){0,3}$`, "pregunta qui\xE9n escribe (es)")
];
var NEGATION_BEFORE = wordRegex(`\\b(dont|do not|didnt|did not|never|not|no need to|wont|will not|shouldnt|cant|cannot|doesnt|no quiero|no)( want to| wanna| mean to| need to| have to| ever)?( \\w+)?$`);
var KEEP_TEXTING = wordRegex(`\\b(keep (sending|texting|the reminders|my reminders|me posted|me updated)|(text|txt|message) me instead|prefer (texts?|texting)|(text|texting) is (fine|better|ok|best)|(can you|could you|pls|please) (text|txt) me|(just|only) (text|txt)( me)?|rather (text|texting)|text only|only text)\\b`);
var SELF_SUBJECT = wordRegex(`\\b(i|ill|i will|we|we will|well|i can|i should|i could|i might|i may|i need to|i have to|i had to|im going to|im gonna|ima|voy a|vamos a)( just)?$`);
var QUESTION_BEFORE = wordRegex(`\\b(how|what|should|do i|can i|why|when)\\b`);
var NOT_REVOCATION = wordRegex(`\\b(before \\d\\w*|after \\d\\w*|so early|so late|at night|this early|until|the bill|invoice|receipt|to my old|old number|my husband|my wife|my mom|waitlist|wait list|cancellation list|emailing|from my (bank|carrier|pharmacy|insurance|school|work|job))\\b`);
var stripFiller = (t) => {
  const tokens = t.split(" ").filter((w) => !FILLER.has(w));
  if (tokens.length === 0) return t.split(" ").includes("stop") ? "stop" : t;
  return [...new Set(tokens)].join(" ");
};
function keywordOf(normalized, words) {
  if (words[normalized] !== void 0) return normalized;
  const stripped = stripFiller(normalized);
  return words[stripped] !== void 0 ? stripped : null;
}
function fuzzyOptOut(normalized) {
  const candidate = stripFiller(normalized).replace(/ /g, "");
  if (candidate.length < 3 || NOT_STOP.has(candidate)) return null;
  for (const [word, max] of FUZZY_OPT_OUT) {
    if (candidate.length >= word.length - max && editDistance(candidate, word, max) <= max) return word;
  }
  return null;
}
var PROMO_RE = wordRegex(`\\b${PROMO}\\b`);
var MSG_NOUN_RE = wordRegex(`\\b${MSG_NOUN}\\b`);
var PROMO_NOUN_RE = new RegExp(wordRegex(`\\b${PROMO} ${MSG_NOUN}\\b`).source, "gu");
var KEEP_REMINDERS_RE = wordRegex(`\\b(keep|still want|only want|except|but not|still (get|send)|just the|but) (\\w+ ){0,3}(reminders?|appointment|appt|appointments)`);
var scopeFor = (normalized) => {
  if (!PROMO_RE.test(normalized)) return "all";
  if (KEEP_REMINDERS_RE.test(normalized)) return "marketing";
  const rest = normalized.replace(KEEP_REMINDERS_RE, "").replace(PROMO_NOUN_RE, " ");
  return MSG_NOUN_RE.test(rest) ? "all" : "marketing";
};
function detectConsent(text, context = {}) {
  const result = { optOut: false, optIn: false, help: false, bareCancel: false, matched: [], reasons: [] };
  const normalized = normalizeText(text);
  if (!normalized) return result;
  const quoted = `"${text.trim().slice(0, 60)}"`;
  const outWord = keywordOf(normalized, OPT_OUT_WORDS);
  const inWord = keywordOf(normalized, OPT_IN_WORDS);
  const fuzzy = outWord || inWord ? null : fuzzyOptOut(normalized);
  const helpWord = keywordOf(normalized, HELP_WORDS);
  if (outWord ?? fuzzy) {
    const key = outWord ?? fuzzy;
    const label = OPT_OUT_WORDS[key] ?? key.toUpperCase();
    result.optOut = true;
    result.optOutScope = "all";
    result.method = "keyword";
    result.bareCancel = key === "cancel" || key === "cancelar";
    result.matched.push(`keyword:${key}`);
    result.reasons.push(
      fuzzy && !outWord ? `Whole message ${quoted} reads as the opt-out keyword ${label} (typo within edit distance)` : `Whole message ${quoted} is the opt-out keyword ${label}`
    );
    if (result.bareCancel) result.reasons.push("Bare CANCEL revokes consent (FCC list) but may have meant the appointment: staff should call");
    return result;
  }
  if (inWord) {
    result.optIn = true;
    result.method = "keyword";
    result.matched.push(`keyword:${inWord}`);
    result.reasons.push(`Whole message ${quoted} is the opt-in keyword ${OPT_IN_WORDS[inWord]}`);
    return result;
  }
  const yes = normalized;
  if (!context.replyToConfirmation && YES_WORDS.has(yes)) {
    result.optIn = true;
    result.method = "keyword";
    result.matched.push(`keyword:${yes}`);
    result.reasons.push(`Whole message ${quoted} is YES, an opt-in keyword when it does not answer a confirmation request`);
    return result;
  }
  if (helpWord) {
    result.help = true;
    result.method = "keyword";
    result.matched.push(`keyword:${helpWord}`);
    result.reasons.push(`Whole message ${quoted} is the help keyword ${HELP_WORDS[helpWord]}`);
    return result;
  }
  for (const phrase of OPT_IN_PHRASES) {
    if (phrase.re.test(normalized)) {
      result.optIn = true;
      result.method = "plain_language";
      result.matched.push(`phrase:${phrase.id}`);
      result.reasons.push(`Plain-language opt-in: ${phrase.why}`);
      return result;
    }
  }
  const sentences = text.split(/(?<=[.!?\n;:)]|[\p{Extended_Pictographic}])|(?=[\p{Extended_Pictographic}])/u).map((s) => s.trim()).filter(Boolean);
  if (sentences.length > 1) {
    for (const sentence of sentences) {
      if (sentence.endsWith("?")) continue;
      const n = normalizeText(sentence);
      const key = keywordOf(n, OPT_OUT_WORDS);
      const word = key && SENTENCE_OPT_OUT.has(key) ? key : SENTENCE_OPT_OUT.has(n) ? n : null;
      if (word) {
        result.optOut = true;
        result.optOutScope = scopeFor(normalized);
        result.method = "keyword";
        result.matched.push(`sentence-keyword:${word}`);
        result.reasons.push(`The sentence "${sentence.slice(0, 40)}" is the opt-out keyword ${OPT_OUT_WORDS[word] ?? word.toUpperCase()} on its own`);
        return result;
      }
    }
  }
  for (const phrase of OPT_OUT_PHRASES) {
    const m2 = phrase.re.exec(normalized);
    if (!m2) continue;
    const before = normalized.slice(0, m2.index).trim();
    if (NEGATION_BEFORE.test(before)) {
      result.reasons.push(`Not an opt-out: "${m2[0]}" is negated ("${before.split(" ").slice(-3).join(" ")}")`);
      continue;
    }
    if (SELF_GUARDED.has(phrase.id) && SELF_SUBJECT.test(before)) {
      result.reasons.push(`Not an opt-out: "${m2[0]}" describes the patient's own texting`);
      continue;
    }
    if (phrase.id === "en.stop-these" && QUESTION_BEFORE.test(before)) {
      result.reasons.push(`Not an opt-out: "${m2[0]}" is a question that may be about a symptom`);
      continue;
    }
    if (KEEP_TEXTING.test(normalized) && !PROMO_RE.test(normalized)) {
      result.reasons.push(`Not an opt-out: "${m2[0]}" appears in a text that asks to keep texting`);
      continue;
    }
    if (phrase.id !== "en.unsubscribe" && NOT_REVOCATION.test(normalized) && !phrase.id.startsWith("zh") && !phrase.id.startsWith("ko")) {
      result.reasons.push(`Not an opt-out: "${m2[0]}" is qualified (timing, another channel or another person) rather than a revocation`);
      continue;
    }
    result.optOut = true;
    result.optOutScope = scopeFor(normalized);
    result.method = "plain_language";
    result.matched.push(`phrase:${phrase.id}`);
    result.reasons.push(`Plain-language opt-out: ${phrase.why} ("${m2[0].trim()}")${result.optOutScope === "marketing" ? "; scope: marketing only" : ""}`);
    return result;
  }
  for (const phrase of HELP_PHRASES) {
    if (phrase.re.test(normalized)) {
      result.help = true;
      result.method = "plain_language";
      result.matched.push(`phrase:${phrase.id}`);
      result.reasons.push(`Help request: ${phrase.why}`);
      return result;
    }
  }
  return result;
}

// libs/compliance/src/classifier/intent-rules.ts
var CONFIRM_WORDS = wordRegex(
  "^(c|confirm|confirmed|confrim|i confirm|yes|y|yep|yup|yeah|yes please|ok|okay|k|si|sim|oui|co|confirmo|confirmado|confirmada|see you then|(i ll|ill|i will|will) be there|emojiok|yes emojiok|ok emojiok|confirmed emojiok|c emojiok|emojiok emojiok)$"
);
var CONFIRM_PHRASE = wordRegex("\\b(confirm(ed|ing)?|confirmo|confirmad[oa]|confirmar mi cita|(i ll|ill|i will|will) be there|see you (then|there|tomorrow|tmrw|thursday|friday|saturday|monday|tuesday|wednesday|sunday)|count me in|still (on|coming|good) for|ahi estare)\\b");
var RESCHEDULE_WORDS = wordRegex("^(r|reschedule|resched|r please|r pls)$");
var RESCHEDULE_PHRASE = wordRegex(
  "\\b(reschedul\\w*|rescheduel\\w*|resched|re schedule|move (my|the|mine|it)( \\w+)?( (appt|appointment|facial|botox|session|visit))?|push (my|the|it)|change (my|the) (appt|appointment|time)( time)?|switch my (appt|appointment)|different (time|day)|another (time|day)|new time|cant make it|can t make it|cannot make it|won t make it|wont make it|reprogramar|cambiar (mi |la )?(cita|hora)|mover mi cita|otro dia|remarcar|doi lich)\\b"
);
var CANCEL_APPOINTMENT = wordRegex(
  "\\b(cancel\\w*|cancelar|cancele|cancela|huy)\\b.*\\b(appt|appointment|booking|cita|visit|consult|session|facial|botox|filler|laser|drip|hydrafacial|lich hen|consulta|\\d{1,2}(am|pm)|it)\\b|\\b(appt|appointment|booking|cita|consulta)\\b.*\\b(cancel\\w*|cancelar)\\b"
);
var MUST_CANCEL = wordRegex("\\b(have to|need to|gotta|got to|going to|gonna|must|will have to|ill have to|ll have to|tengo que|necesito) (cancel|cancelar)\\b(?! (my |the |mi )?(membership|subscription|order|card|package|plan|membresia|suscripcion))");
var RUNNING_LATE = wordRegex(
  "\\b(running (a (little|bit) )?(late|behind)|runing late|be (a (few|little) )?(\\d+ )?(min|mins|minutes )?late|\\d+ ?(min|mins|minutes) late|late for my|i m late|im late|behind schedule|be there in \\d+|there by \\d|eta \\d+|omw|on my way|llego tarde|llegar \\d* ?(minutos )?tarde|voy en camino|llego en \\d+|den tre|chegar atrasad\\w*|leaving (\\w+ )?late|few (min|mins|minutes) behind|\\d+ (min|mins|minutes) behind)\\b"
);
var THANKS = wordRegex("\\b(thank|thanks|thanx|thx|ty|tysm|thank u|appreciate|gracias|obrigad[oa]|cam on|salamat|merci|\u0441\u043F\u0430\u0441\u0438\u0431\u043E|\uAC10\uC0AC\uD569\uB2C8\uB2E4|\uACE0\uB9C8\uC6CC\uC694|\u8C22\u8C22|\u8B1D\u8B1D|\u3042\u308A\u304C\u3068\u3046|emojilove)\\b|\u8C22\u8C22|\uAC10\uC0AC");
var RTC_YES_PREFIX = wordRegex("^(yes|yep|yeah|yup|ya|si|sim|ok|okay|c|confirmed?|sounds good|perfect|absolutely|definitely|of course|claro|emojiok)\\b");
var ACK_ONLY = wordRegex("^(c|r|ok|okay|k|kk|emojiok|y|yes ok)$");
function intentRule(text, replyToConfirmation) {
  const t = normalizeText(text, { emojiWords: true });
  if (!t) return null;
  if (replyToConfirmation && RESCHEDULE_WORDS.test(t)) return { intent: "reschedule", rule: "reply:R", why: "Replies R (reschedule) to our confirmation request" };
  if (replyToConfirmation && CONFIRM_WORDS.test(t)) return { intent: "confirm", rule: "reply:C", why: `Replies "${text.trim()}" (confirm) to our confirmation request` };
  if (!replyToConfirmation && ACK_ONLY.test(t)) return { intent: "other", rule: "bare-letter", why: `"${text.trim()}" alone only means confirm/reschedule as an answer to a confirmation request` };
  if (CANCEL_APPOINTMENT.test(t) || MUST_CANCEL.test(t)) return { intent: "cancel_appointment", rule: "phrase:cancel-appointment", why: "Asks to cancel the appointment (cancel + appointment words)" };
  if (RESCHEDULE_PHRASE.test(t)) return { intent: "reschedule", rule: "phrase:reschedule", why: "Asks to move the appointment" };
  if (RUNNING_LATE.test(t)) return { intent: "running_late", rule: "phrase:running-late", why: "Says they are running late / on their way" };
  if (CONFIRM_PHRASE.test(t)) return { intent: "confirm", rule: "phrase:confirm", why: "Confirms explicitly" };
  if (replyToConfirmation && RTC_YES_PREFIX.test(t)) return { intent: "confirm", rule: "reply:yes", why: "Answers our confirmation request with yes" };
  if (THANKS.test(t) && !text.includes("?") && t.split(" ").length <= 10) return { intent: "thanks", rule: "phrase:thanks", why: "Says thank you" };
  return null;
}

// libs/compliance/src/classifier/intents.ts
var CONSENT_INTENTS = /* @__PURE__ */ new Set(["opt_out", "opt_in", "help"]);

// libs/compliance/src/classifier/intent-lexicon.ts
var CUES = {
  price: "how much|cost\\w*|price\\w*|pricing|prices|fee|fees|charge for|per unit|\\$ ?\\d+|\\d+ dollars|specials?|deals?|discount\\w*|promo\\w*|packages?|payment plans?|financing|cherry|carecredit|hsa|fsa|tax|cuanto|cuesta|cuestan|precio\\w*|costo|quanto|custa|preco|gia bao nhieu|bao nhieu|sale|membership price|free",
  location: "park\\w*|lot|garage|address|addy|directions?|entrance|suite|floor|building|elevator|door|lobby|where are you|where is|wheres|located|location|near|next to|across from|cross street|maps?|gps|lost|find you|find the|estacion\\w*|direccion|donde|entrada|endereco|dia chi|o dau|onde|validat\\w*",
  hours: "hours?|open\\w*|close|closes|closed|closing|horario|abren|abiertos?|cierran|mo cua|gio|que horas|weekends?|sunday|saturday|holiday\\w*|thanksgiving|christmas|walk ins?|late on|early|domingo|sabado",
  guest: "bring|brings|bringing|come with me|come along|come in the room|with me|husband|wife|boyfriend|girlfriend|partner|friend|bestie|sister|brother|mom|mother|dad|daughter|son|kids?|baby|child\\w*|someone|sitter|translate|service dog|llevar|acompan\\w*|esposo|esposa|hija|hijo|levar|filha|dan ban|di cung|conmigo|allowed",
  after: "after|since|bruis\\w*|swell\\w*|swollen|red|redness|peel\\w*|itch\\w*|numb\\w*|bump|lump|sore\\w*|results?|normal|uneven|wash|shower|workout|work out|exercise|sun|makeup after|massage|ice|icing|lay down|alcohol after|despues|moreton\\w*|hinchaz\\w*|depois|inchaco|sau khi|sung|tylenol|advil|ointment|cream|serum|stings?|burn\\w*|weeks? (ago|after)|tonight",
  before: "before|prior|prep\\w*|ahead|arrive|clean face|no makeup|wear to|shave|shaving|numbing|eat before|fast\\w*|forms?|paperwork|stop taking|retinol|tretinoin|accutane|antibiotics|blood thinners|fish oil|aspirin|breastfeed\\w*|pregnan\\w*|cold sore|sunburn|spray tan|antes|sin maquillaje|rasurar|jejum|truoc khi|wedding|too close",
  book: "book\\w*|schedul\\w*|appointment for|openings?|availab\\w*|any time|slot|get in|come in|first (visit|appointment)|consult\\w*|next (available|opening)|touch ?up|follow ?up|try|want to do|want to get|sign up for|agendar|cita para|hacer una cita|citas disponibles|quisiera|marcar|horario para|dat lich|fit me in",
  complaint: "unacceptable|rude|unhappy|not happy|disappoint\\w*|upset|angry|emojiangry|terrible|awful|worst|horrible|refund|overcharg\\w*|charged twice|double charged|no one answers|nobody|never called|voicemails?|manager|complain\\w*|bad review|review|messed up|waited|waiting|dirty|unprofessional|molest\\w*|mal servicio|cobraron|no estoy contenta|mal atendid\\w*|khong hai long|ridiculous|scam",
  late: "late|behind|traffic|omw|on my way|eta|be there in|minutes away|min away|parking now|almost there|tarde|camino|tre|atrasad\\w*|delayed|uber|train|bus",
  thanks: "thank\\w*|thx|ty|appreciate\\w*|gracias|obrigad\\w*|cam on|salamat|merci|\u0441\u043F\u0430\u0441\u0438\u0431\u043E|emojilove|love|amazing|awesome|best",
  other: "gift cards?|receipt|invoice|copy|records?|loyalty|hiring|job|insurance|letter|review|products?|sunscreen|skincare|new (phone|number|email)|email|photos?|left my|lost my"
};
var MATCHERS = Object.entries(CUES).map(([cue, alternatives]) => [cue, new RegExp(wordRegex(`\\b(${alternatives})\\b`).source, "gu")]);
function lexicalCues(normalized) {
  const out = [];
  for (const [cue, re] of MATCHERS) {
    re.lastIndex = 0;
    const hits = normalized.match(re);
    if (hits) for (let i = 0; i < Math.min(hits.length, 2); i++) out.push(cue);
  }
  return out;
}

// libs/compliance/src/classifier/naive-bayes.ts
var CHAR_WEIGHT = 0.35;
var CUE_WEIGHT = 2;
var STOPWORDS = new Set(
  "i me my you your u ur the a an to of for is it in on at and or do does can could would will be am are was this that with have has get we our el la de mi un una en por que es los las se lo me le o e a um uma do da".split(" ")
);
function featuresOf(text, replyToConfirmation = false) {
  const normalized = normalizeText(text, { emojiWords: true });
  const tokens = normalized ? normalized.split(" ") : [];
  const out = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    out.push([`w:${token}`, STOPWORDS.has(token) ? 0.3 : 1]);
    if (i > 0) out.push([`b:${tokens[i - 1]} ${token}`, 1]);
    const padded = `<${token}>`;
    const n = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(token) ? 2 : 4;
    for (let j = 0; j + n <= padded.length; j++) out.push([`c:${padded.slice(j, j + n)}`, CHAR_WEIGHT]);
  }
  for (const cue of lexicalCues(normalized)) out.push([`k:${cue}`, CUE_WEIGHT]);
  if (replyToConfirmation) out.push(["ctx:reply-to-confirmation", 1]);
  if (text.trim().endsWith("?")) out.push(["shape:question", 1]);
  return out;
}
function trainNaiveBayes(examples, alpha = 0.3) {
  const labels = [...new Set(examples.map((e) => e.label))].sort();
  const index = new Map(labels.map((l, i) => [l, i]));
  const docCount = new Array(labels.length).fill(0);
  const totals = new Array(labels.length).fill(0);
  const counts = /* @__PURE__ */ new Map();
  for (const example of examples) {
    const li = index.get(example.label);
    docCount[li] += 1;
    for (const [feature, weight] of featuresOf(example.text, example.replyToConfirmation)) {
      let row = counts.get(feature);
      if (!row) counts.set(feature, row = new Array(labels.length).fill(0));
      row[li] += weight;
      totals[li] += weight;
    }
  }
  const vocabulary = counts.size;
  const denominators = totals.map((t) => Math.log(t + alpha * vocabulary));
  const logLikelihood = /* @__PURE__ */ new Map();
  for (const [feature, row] of counts) logLikelihood.set(feature, row.map((c, li) => Math.log(c + alpha) - denominators[li]));
  return {
    labels,
    logPrior: docCount.map((c) => Math.log(c / examples.length)),
    logLikelihood,
    unseen: denominators.map((d) => Math.log(alpha) - d)
  };
}
function predict(model2, text, replyToConfirmation = false) {
  const features = featuresOf(text, replyToConfirmation).filter(([f]) => model2.logLikelihood.has(f));
  const scores = [...model2.logPrior];
  for (const [feature, weight] of features) {
    const row = model2.logLikelihood.get(feature);
    for (let li = 0; li < scores.length; li++) scores[li] += weight * row[li];
  }
  const temperature = Math.max(1, Math.sqrt(features.length));
  const max = Math.max(...scores);
  const exp = scores.map((s) => Math.exp((s - max) / temperature));
  const sum = exp.reduce((a, b) => a + b, 0);
  let best = 0;
  for (let li = 1; li < scores.length; li++) if (scores[li] > scores[best]) best = li;
  const evidence = features.filter(([f]) => !f.startsWith("c:")).map(([f, w]) => {
    const row = model2.logLikelihood.get(f);
    const others = row.filter((_, li) => li !== best);
    return [f, w * (row[best] - Math.max(...others))];
  }).filter(([, margin]) => margin > 0).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([f]) => f.replace(/^[wb]:/, ""));
  return { label: model2.labels[best], confidence: exp[best] / sum, evidence };
}

// libs/compliance/src/corpus/corpus.util.ts
function parseCorpus(name, raw) {
  const out = [];
  raw.split("\n").forEach((line, i) => {
    if (!line.trim() || line.startsWith("#")) return;
    const first = line.indexOf("|");
    const second = line.indexOf("|", first + 1);
    if (first < 0 || second < 0) throw new Error(`${name}:${i + 1}: expected intent|flags|text`);
    const flags = new Set(line.slice(first + 1, second).split(",").filter(Boolean));
    out.push({
      intent: line.slice(0, first),
      replyToConfirmation: flags.has("rtc"),
      marketingOnly: flags.has("mkt"),
      bareCancel: flags.has("cancel"),
      hardNegative: flags.has("hn"),
      text: line.slice(second + 1),
      source: `${name}:${i + 1}`
    });
  });
  return out;
}

// libs/compliance/src/corpus/hard-negatives.corpus.ts
var HARD_NEGATIVE_CORPUS = String.raw`
pre_treatment|hn|Should I stop taking retinol before the peel?
pre_treatment|hn|stop taking retinol before the peel?
pre_treatment|hn|Do I need to stop my fish oil before filler?
pre_treatment|hn|When should I stop using tretinoin before my chemical peel
pre_treatment|hn|my dermatologist said to stop accutane, how long before I can do laser?
pre_treatment|hn|Do I have to stop drinking coffee before the IV drip?
pre_treatment|hn|should i stop ibuprofen before botox
pre_treatment|hn|I stopped my blood thinners on Monday, is that enough before microneedling?
pre_treatment|hn|Is it ok if I don't stop my vitamin E before lip filler?
pre_treatment|hn|Stop shaving how many days before laser hair removal?
pre_treatment|hn|Do I stop exfoliating before the hydrafacial?
pre_treatment|hn|¿Tengo que dejar de tomar aspirina antes del relleno?
pre_treatment|hn|Debo parar el retinol antes del peeling?
aftercare|hn|How do I stop the bleeding after microneedling?
aftercare|hn|stop the bleeding?
aftercare|hn|The bruising won't stop, is that normal after filler?
aftercare|hn|When can I stop icing my lips?
aftercare|hn|How long until the swelling stops?
aftercare|hn|my skin won't stop peeling after the peel, what do I do
aftercare|hn|When does the redness end after laser?
aftercare|hn|Can I quit wearing the compression garment after 2 weeks?
aftercare|hn|how do I stop the itching after coolsculpting
aftercare|hn|Should I stop using the serum you gave me? It stings
aftercare|hn|I stopped putting the ointment on, is that ok?
aftercare|hn|Can I remove the bandage tonight?
aftercare|hn|when can i take off the numbing cream residue
aftercare|hn|Is it normal that the tingling hasn't stopped?
aftercare|hn|¿Cuándo para la hinchazón después del botox?
other|hn|I quit smoking last month!
other|hn|I quit my job so my schedule is more open now
other|hn|My insurance ended, does that matter for cosmetic stuff?
other|hn|Can you remove my old credit card from my file?
other|hn|Please remove my maiden name from my profile
other|hn|I want to update my email, remove the old one
other|hn|Please stop sending the bill to my old address
other|hn|please update my number, stop texting my old number 512-555-0199
other|hn|I'll stop texting you so late, sorry!
other|hn|sorry for texting so much lol I'll stop
other|hn|Don't stop the reminders, they help me a lot
other|hn|please don't unsubscribe me, I love the reminders
other|hn|I don't want to opt out, I just got a new phone
other|hn|Do not cancel my membership please
other|hn|did my membership end?
other|hn|How do I stop my membership from auto renewing?
other|hn|I want to cancel my membership
directions_parking|hn|The end of the parking garage is closed btw
other|hn|Can you stop by my car? I'm in a wheelchair today
other|hn|remove me from the waitlist, I found a time
other|hn|Take me off the waitlist please, Tuesday worked out
pricing|hn|When does the promo end?
pricing|hn|the promo ends Friday right?
pricing|hn|Is the botox special ending soon?
pricing|hn|Does the 20% off deal end this week?
pricing|hn|Is the sale over? I want the lip filler deal
pricing|hn|are you going to stop doing the $10/unit botox deal?
pricing|hn|Did the membership discount stop?
pricing|hn|Cuándo termina la promoción?
pricing|hn|How much to remove a tattoo?
pricing|hn|How much is laser removal for a small tattoo
cancel_appointment|hn|I need to cancel my appointment
cancel_appointment|hn|Cancel my appointment please
cancel_appointment|hn|can I cancel my appt for friday
cancel_appointment|hn|Please cancel my botox appointment tomorrow
cancel_appointment|hn|I have to cancel, my daughter is sick
cancel_appointment|hn|cancel Tuesday please, something came up
cancel_appointment|hn|Can you cancel my facial? I'll rebook later
cancel_appointment|hn|I'd like to cancel my 3pm
cancel_appointment|hn|quiero cancelar mi cita
cancel_appointment|hn|Necesito cancelar mi cita del jueves
cancel_appointment|hn|I need to cancel tomorrow's IV drip
cancel_appointment|hn|cancel the hydrafacial on the 12th pls
cancel_appointment|hn|Stop my appointment tomorrow, I can't come
cancel_appointment|hn|Please remove me from tomorrow's schedule
cancel_appointment|rtc,hn|I have to cancel, sorry
directions_parking|hn|Can I stop by at 3 to pick up my sunscreen?
directions_parking|hn|can i stop by the office at 3
directions_parking|hn|Where do I stop to park? The lot is full
directions_parking|hn|Which bus stop is closest to you?
directions_parking|hn|is the entrance at the end of the hallway?
directions_parking|hn|Is the suite at the end of the strip mall?
directions_parking|hn|Do I park at the end of the building?
directions_parking|hn|¿Dónde me paro para estacionar?
book_new|hn|I'll stop by tomorrow to book a facial
book_new|hn|Can I stop in to book a consult for coolsculpting?
book_new|hn|I want to start botox, do you have anything next week?
book_new|hn|I'd like to start laser hair removal, when is the next opening
book_new|hn|Can I book a tattoo removal consult?
book_new|hn|I want to come in before the promo ends, any openings Thursday?
running_late|hn|Stopped at a red light, 5 min late
running_late|hn|I'm at the bus stop, running 10 minutes late
running_late|hn|stuck in traffic, can't stop it, be there in 15
running_late|hn|I had to stop for gas, running a few min behind
hours|hn|What time do you end today?
hours|hn|what time does the last appointment end on saturday
hours|hn|Are you open at the end of December?
hours|hn|When do you stop taking walk ins?
hours|hn|What time do you stop answering the phone?
bring_guest|hn|Can my friend come? She wants to start botox too
bring_guest|hn|can my husband stop by with me during my appointment
reschedule|hn|Stop, wait, I meant Thursday not Tuesday, can we move it?
reschedule|hn|I can't make it, can we end up doing next week instead?
reschedule|hn|I need to move my appointment, my work shift ends late
reschedule|rtc,hn|R - my shift doesn't end until 6
confirm|rtc,hn|Yes I'll be there, I stopped the retinol like you said
confirm|rtc,hn|Confirmed! I'll stop by right after work
confirm|hn|I confirm, see you at the end of the day
complaint|hn|Nobody answers the phone, this has to stop
complaint|hn|The bruising still hasn't stopped and nobody called me back, I'm upset
complaint|hn|I was charged twice, please stop charging my card
complaint|hn|Stop charging me for the membership I cancelled!
complaint|hn|Your front desk was rude, I'm quitting this place if it happens again
thanks|hn|Thanks! I'll stop by later
thanks|hn|Thank you so much, the swelling finally stopped
other|hn|Good to know, I'll stop worrying then
other|hn|My friend told me to quit botox, is that true it's bad?
other|hn|Did Dr. Lee quit? I didn't see her on the schedule
other|hn|Para qué sirve el PRP?
other|hn|Para cuándo tienen citas?
other|hn|paso a las 3 para pagar
other|hn|No manches, qué bien quedó mi piel
other|hn|Don't stop believing lol
other|hn|END OF MESSAGE
other|hn|How do I stop getting so many texts from my bank lol
other|hn|Can you text me the address? Don't call me, I'm at work
other|hn|don't call me, just text
other|hn|Please don't text me before 9am, I work nights
aftercare|hn|停止用药了吗？治疗后可以化妆吗
other|hn|Tôi muốn dừng lại ở đâu để đỗ xe?
`;

// libs/compliance/src/corpus/intents.corpus.ts
var INTENT_CORPUS = String.raw`
# confirm — bare letters and yes only count as answers to our confirmation request
confirm|rtc|C
confirm|rtc|c
confirm|rtc|C.
confirm|rtc| c 
confirm|rtc|Yes
confirm|rtc|yes!
confirm|rtc|YES 👍
confirm|rtc|yep
confirm|rtc|Yeah
confirm|rtc|y
confirm|rtc|Ok
confirm|rtc|👍
confirm|rtc|Sí
confirm|rtc|si
confirm|rtc|Confirm
confirm|rtc|confirmed 👍
confirm|rtc|Yes I'll be there
confirm|rtc|yes see you then!
confirm|rtc|Yes, confirmed. Thank you!
confirm|rtc|I'll be there!
confirm|rtc|Yup, see you Thursday
confirm|rtc|C - see you tmrw
confirm|rtc|sounds good, I'll be there
confirm|rtc|Yes ma'am
confirm|rtc|Confirmo
confirm|rtc|Sí, ahí estaré
confirm|rtc|confirmado gracias
confirm|rtc|Perfect, see you at 2
confirm|rtc|will be there 🙂
confirm|rtc|Yes! Can't wait 😍
confirm|rtc|confrim
confirm|rtc|yes i will be ther
confirm|rtc|Oui
confirm|rtc|Có
confirm||I confirm my appointment for Friday
confirm||Confirming my 2pm tomorrow
confirm||Just confirming I'm still on for botox Thursday
confirm||I'll be there tomorrow at 10
confirm||Yes I confirm, see you then!
confirm||confirmed for saturday
confirm||See you tomorrow!
confirm||Still coming tomorrow, see you then
confirm||Confirmo mi cita del martes
confirm||Sí, confirmo la cita
confirm||yes i'll be at my appointment
confirm||Count me in for tomorrow at 3
confirm||We're all set for Friday, see you there
confirm||I'm still good for my facial on the 14th
# reschedule
reschedule|rtc|R
reschedule|rtc|r
reschedule|rtc|R please
reschedule|rtc|R - need a different day
reschedule|rtc|Reschedule
reschedule|rtc|No, can we do another day?
reschedule|rtc|can't make it, can we move it
reschedule|rtc|Not that day, sorry
reschedule||I need to reschedule
reschedule||Can I reschedule my botox appt?
reschedule||Can we move my appointment to next week?
reschedule||I can't make it Thursday, is Friday open?
reschedule||Can I come in later? 4pm instead of 2?
reschedule||Something came up, can we push my facial to next week
reschedule||Is there any way to change my appointment time
reschedule||can i move my filler appt to the afternoon
reschedule||need to resched sorry!!
reschedule||Resched pls, work emergency
reschedule||Can I switch my appointment to Saturday?
reschedule||I won't make it tomorrow, can we find another time?
reschedule||Do you have anything earlier? I'd like to move mine up
reschedule||Could we do the same time next week instead?
reschedule||My flight got changed, need a new time for my laser
reschedule||rescheduel my hydrafacial plz
reschedule||Necesito cambiar mi cita
reschedule||¿Puedo reprogramar mi cita para el viernes?
reschedule||¿Se puede mover mi cita a otro día?
reschedule||Tengo que cambiar la hora de mi cita
reschedule||Can I change my appt to a morning slot
reschedule||babysitter cancelled 😩 can we do a different day?
reschedule||I'm sick, can we reschedule my microneedling?
reschedule||Tôi muốn đổi lịch hẹn
reschedule||Gostaria de remarcar minha consulta
# cancel_appointment
cancel_appointment||Please cancel my appointment
cancel_appointment||I need to cancel my appt on Friday
cancel_appointment||cancel my appointment
cancel_appointment||I won't be coming in, please cancel
cancel_appointment||I have to cancel my consult, I'll call to rebook
cancel_appointment||Cancel my coolsculpting session pls
cancel_appointment||Please cancel tomorrow, I'm out of town
cancel_appointment||I'm not going to make it and don't want to reschedule, please cancel it
cancel_appointment||Can you cancel my 11am? Thanks
cancel_appointment||cancelling my appointment, sorry for the short notice
cancel_appointment||I need to cancell my facial
cancel_appointment||Cancel my IV appointment for Monday
cancel_appointment||No voy a poder ir, cancele mi cita por favor
cancel_appointment||Quiero cancelar la cita de mañana
cancel_appointment||Cancela mi cita porfa
cancel_appointment||I'd like to cancel my laser appointment
cancel_appointment||please take me off the schedule for tomorrow, I'm cancelling
cancel_appointment||Won't need the appointment anymore, please cancel it
cancel_appointment|rtc|No, please cancel it
cancel_appointment|rtc|Cancel it please, I can't come
cancel_appointment||Tôi muốn hủy lịch hẹn
cancel_appointment||Quero cancelar minha consulta
# running_late
running_late||Running 10 min late!
running_late||running late sorry
running_late||I'm going to be 15 minutes late
running_late||stuck in traffic, be there in 20
running_late||Traffic is awful 😩 running about 10 behind
running_late||Be there in 5!
running_late||Parking now, 2 min
running_late||I'm late, still coming!
running_late||Sorry running a little behind, there by 3:15
running_late||Will be a few minutes late for my 2pm
running_late||omw, 10 mins late 🚗
running_late||Is it ok if I'm 10 min late?
running_late||Can I still come if I'm 20 minutes late?
running_late||my uber is late, be there asap
running_late||Leaving work late, will be there at 4:10
running_late||runing late sry
running_late||Llego tarde, 10 minutos
running_late||Voy a llegar 15 minutos tarde
running_late||Voy en camino, llego en 10
running_late||Stuck on 35, ETA 15 min
running_late||I'm so sorry I'm behind schedule, be there soon
running_late||On my way! Few min late
running_late||Train delayed, I'll be late for my facial
running_late||Tôi sẽ đến trễ 10 phút
# book_new
book_new||Do you have any openings this week for botox?
book_new||I'd like to book a hydrafacial
book_new||Can I make an appointment for lip filler?
book_new||Can I book a consult for coolsculpting
book_new||Any availability Saturday for a facial?
book_new||I want to schedule microneedling
book_new||do u have anything tmrw afternoon for botox
book_new||Can I get in for a touch up next week?
book_new||I'd like to book my next appointment
book_new||Looking to schedule laser hair removal on my legs
book_new||Can my daughter and I both book facials for Saturday?
book_new||I want to come in for an IV drip this Friday
book_new||Is Dr. Lee available next Tuesday? I want to book
book_new||book me for another round of botox in 3 months please
book_new||Need to book a follow up for my filler
book_new||Hi! I'm new, how do I book a first appointment?
book_new||wanna book a chemical peel, when's your next opening
book_new||can i get the 5pm slot on thursday?
book_new||Quiero hacer una cita para botox
book_new||¿Tienen citas disponibles el sábado?
book_new||Quisiera agendar un facial
book_new||Me gustaría una cita para depilación láser
book_new||Tôi muốn đặt lịch làm da
book_new||Gostaria de marcar um horário para botox
book_new||I'd like to try the hydrafacial, any openings?
book_new||When is the next available for a consultation?
book_new||Schedule me for a B12 shot pls
book_new||Do you take walk ins today for a lip flip?
# pricing
pricing||How much is lip filler?
pricing||How much does botox cost per unit?
pricing||what's the price for a hydrafacial
pricing||How much for 3 sessions of laser?
pricing||Do you have any specials this month?
pricing||Is there a package price for microneedling?
pricing||How much is coolsculpting for my stomach?
pricing||Do you offer payment plans? Cherry or CareCredit?
pricing||how much is a syringe of juvederm
pricing||Whats the cost of an IV drip
pricing||Do you price match?
pricing||Is the consultation free?
pricing||How much would it be for forehead and crows feet?
pricing||Do you take HSA cards?
pricing||price for lip flip??
pricing||How much was my last visit? I need it for my records
pricing||Is the $199 facial deal still going?
pricing||Do you have a membership price for botox?
pricing||¿Cuánto cuesta el botox?
pricing||cuanto cuesta el relleno de labios
pricing||¿Qué precio tiene la limpieza facial?
pricing||¿Aceptan pagos a plazos?
pricing||Quanto custa o botox?
pricing||Botox giá bao nhiêu?
pricing||How much is a chemical peel and does it hurt?
pricing||is tax included in the price?
pricing||How much to add a B12 shot to my drip
# directions_parking
directions_parking||Where do I park?
directions_parking||Is there parking at your office?
directions_parking||What's the address again?
directions_parking||Which suite are you in?
directions_parking||I'm here but can't find the entrance
directions_parking||Is parking validated?
directions_parking||How do I get to your office from the highway
directions_parking||is it the building next to starbucks?
directions_parking||Which floor are you on?
directions_parking||I'm in the parking lot, where do I go?
directions_parking||Can you send me the address
directions_parking||Do you have a parking garage or is it street parking?
directions_parking||Is there an elevator? My mom uses a walker
directions_parking||I'm lost lol which door
directions_parking||Where's the entrance, front or back?
directions_parking||do i need to pay for parking
directions_parking||¿Dónde me estaciono?
directions_parking||¿Cuál es la dirección?
directions_parking||No encuentro la entrada
directions_parking||Qual é o endereço?
directions_parking||Địa chỉ ở đâu vậy?
directions_parking||are you near the mall?
directions_parking||Google maps is sending me to the wrong place, what's the cross street?
# hours
hours||What are your hours?
hours||Are you open Sunday?
hours||What time do you close today?
hours||what time do u open tmrw
hours||Are you open on Thanksgiving?
hours||Are you open late on Thursdays?
hours||What time do you close on Saturday
hours||Are you guys open right now?
hours||Open on Christmas Eve?
hours||What are the holiday hours?
hours||How late are you open tonight
hours||Do you open early? I work at 9
hours||Is the office closed Mondays?
hours||¿A qué hora abren?
hours||¿Están abiertos el domingo?
hours||¿Cuál es su horario?
hours||Que horas vocês abrem?
hours||Mấy giờ mở cửa?
hours||Are you open for walk ins on weekends
hours||whats ur hours on fri
hours||when do you open?
# aftercare
aftercare||Is it normal to have bruising after filler?
aftercare||When can I work out after botox?
aftercare||My lips are really swollen, is that normal?
aftercare||How long should I wait to wash my face after the hydrafacial?
aftercare||Can I wear makeup after microneedling?
aftercare||it's been 2 weeks and my botox isn't working yet
aftercare||Can I drink alcohol after my filler?
aftercare||my skin is peeling after the chemical peel, what should i use
aftercare||When can I go in the sun after laser?
aftercare||is it ok to lay down after botox?
aftercare||There's a small bump in my lip from the filler, should I massage it?
aftercare||Redness still there after 3 days, normal?
aftercare||What cream should I use after the laser
aftercare||Can I take tylenol for the soreness?
aftercare||The injection spot is itchy
aftercare||how long does swelling last after lip filler
aftercare||Can I exercise after coolsculpting?
aftercare||My cheek feels numb after the treatment, is that ok?
aftercare||Can I get a massage after my facial?
aftercare||When will I see results from microneedling?
aftercare||One eyebrow looks higher than the other 2 weeks after botox
aftercare||¿Es normal tener moretones después del relleno?
aftercare||¿Cuándo puedo hacer ejercicio después del botox?
aftercare||Tengo la cara roja después del láser, ¿es normal?
aftercare||Está normal o inchaço depois do preenchimento?
aftercare||Sau khi tiêm filler bị sưng có sao không?
aftercare||what do i put on my face tonight after the peel?? 😬
aftercare||can i shower after my IV
# pre_treatment
pre_treatment||Should I avoid alcohol before my filler appointment?
pre_treatment||Do I need to come with a clean face?
pre_treatment||Can I wear makeup to my appointment?
pre_treatment||Should I shave before laser hair removal?
pre_treatment||Is there anything I need to do before botox tomorrow?
pre_treatment||Can I take advil before my appointment?
pre_treatment||Do I need to eat before the IV drip?
pre_treatment||how early should I arrive for my first visit?
pre_treatment||Do I need to fill out forms before I come in?
pre_treatment||Should I put numbing cream on before I get there?
pre_treatment||Can I get filler if I have a cold sore?
pre_treatment||I'm on antibiotics, can I still do microneedling tomorrow?
pre_treatment||Can I do botox while breastfeeding?
pre_treatment||Should I skip my workout before coolsculpting?
pre_treatment||What should I wear to my coolsculpting appointment?
pre_treatment||Is it ok to get a spray tan before laser?
pre_treatment||Should I stop retinol before my facial?
pre_treatment||I got a sunburn, can I still do my laser on Friday?
pre_treatment||do I have to avoid coffee before the peel
pre_treatment||¿Tengo que ir sin maquillaje?
pre_treatment||¿Puedo tomar alcohol antes del relleno?
pre_treatment||¿Me tengo que rasurar antes del láser?
pre_treatment||Preciso ir de jejum?
pre_treatment||Trước khi làm laser có cần cạo không?
pre_treatment||I have a wedding next weekend, is it too close to do filler now?
pre_treatment||Any prep for my hydrafacial tmrw?
# bring_guest
bring_guest||Can I bring my daughter with me?
bring_guest||Is it ok if my husband comes along?
bring_guest||Can I bring my baby? She's 4 months
bring_guest||Can my friend sit in with me during the treatment?
bring_guest||Can my mom come in the room with me?
bring_guest||Is it ok to bring my kids? No sitter today
bring_guest||can i bring a friend for support? im nervous
bring_guest||My sister wants to come with me, is that ok?
bring_guest||Can my boyfriend wait in the lobby?
bring_guest||Is there room for my friend to wait while I get my facial?
bring_guest||Are kids allowed in the office?
bring_guest||Can I bring my service dog?
bring_guest||Mi esposo puede entrar conmigo?
bring_guest||¿Puedo llevar a mi hija?
bring_guest||¿Puedo ir acompañada?
bring_guest||Posso levar minha filha?
bring_guest||Tôi có thể dẫn bạn đi cùng không?
bring_guest||My bestie wants to come watch lol is that allowed
bring_guest||can i bring someone to translate for me?
bring_guest||Can my husband come too? He might want a consult
# complaint
complaint||I waited 45 minutes past my appointment time, this is unacceptable
complaint||I was charged twice for my botox!!
complaint||Very unhappy with my results, my lips look uneven
complaint||The front desk was so rude to me today
complaint||Nobody called me back like you promised 😡
complaint||I'm really disappointed, the filler migrated
complaint||You overcharged me, I was quoted $400 not $550
complaint||I've left 3 voicemails and no one answers
complaint||This is the second time my appointment got messed up
complaint||I want a refund, the laser burned my skin
complaint||The provider didn't listen to what I wanted at all
complaint||Honestly the worst experience I've had at a spa
complaint||why did I get charged a no show fee?? I called to cancel
complaint||my botox wore off after 3 weeks, I paid a lot for this
complaint||I'm not happy, the bruise is huge and nobody warned me
complaint||I want to speak to a manager
complaint||Estoy muy molesta, me cobraron de más
complaint||Esperé una hora, muy mal servicio
complaint||No estoy contenta con los resultados
complaint||Fui muito mal atendida
complaint||Tôi không hài lòng với dịch vụ
complaint||I'm leaving a bad review, this was terrible 😠
complaint||My card was declined but you still took the money??
complaint||The room was dirty and the tech was late
# thanks
thanks||Thank you!
thanks||thanks so much!!
thanks||Thx
thanks||ty 😊
thanks||Thank you so much, I love my results!
thanks||You guys are the best ❤️
thanks||Thanks for the reminder!
thanks||Thank you Dr. Lee, my lips look amazing
thanks||appreciate it!
thanks||Thanks for fitting me in today 🙏
thanks||Thank you for the info
thanks||Awesome, thanks!
thanks||I'm so happy with my botox, thank you
thanks||Got it, thank you
thanks||Thanks, have a great day!
thanks||Gracias!
thanks||Muchas gracias 🙏
thanks||Mil gracias por todo
thanks||Obrigada!
thanks||Cảm ơn nhiều
thanks||Salamat po
thanks||谢谢
thanks||감사합니다
thanks||Merci beaucoup
thanks||Спасибо
thanks||thank u!!! 💕
thanks||Thanks, received
# opt_in
opt_in||START
opt_in||start
opt_in||Start!
opt_in||UNSTOP
opt_in||unstop
opt_in||Yes
opt_in||YES
opt_in||resume
opt_in||subscribe
opt_in||Please start texting me again
opt_in||I want to get your texts again
opt_in||I accidentally texted stop, please resubscribe me
opt_in||opt me back in please
opt_in||Can you start sending me reminders again?
opt_in||I didn't mean to unsubscribe
opt_in||Resubscribe
opt_in||I'd like to receive reminders again
opt_in||Quiero volver a recibir mensajes
opt_in||COMENZAR
opt_in||I opted out by mistake, add me back
# help
help||HELP
help||help
help||Help!
help||INFO
help||info?
help||AYUDA
help||Ayuda por favor
help||help me
help||Who is this?
help||who is this
help||What is this number?
help||how did you get my number
help||why am I getting these texts?
help||¿Quién es?
help||帮助
help||도움
help||Tulong
help||Ajuda
help||hlep
# other
other||Hi
other||Hello?
other||Ok
other||C
other||R
other||Are you the one who did my sister's botox?
other||Can you send me my receipt?
other||Do you sell gift cards?
other||I got a new phone number, it's 512-555-0144
other||Can I get a copy of my consent form?
other||Did you get my photos?
other||Is Dr. Lee still working there?
other||Do you guys have a loyalty program?
other||Can you email me the invoice
other||My insurance wants a letter, can you help
other||I left my sunglasses there yesterday
other||lol ok
other||Hmm let me think about it
other||Sorry wrong chat
other||Happy holidays!
other||Do you sell the skincare products online?
other||Can I buy the sunscreen you used?
other||My email changed, it's now jane.doe@email.com
other||Are you hiring?
other||Do you do botox for migraines?
other||Is Kybella the same as coolsculpting?
other||What brand of filler do you use?
other||Where can I leave a review?
other||I'll call you later
other||Hola
other||Tengo una pregunta
other||¿Venden tarjetas de regalo?
other||Okay
other||👍
other||Can I talk to someone?
other||Is this Glow Aesthetics?
other||Can you call me?
other||k
`;

// libs/compliance/src/corpus/opt-out.corpus.ts
var OPT_OUT_CORPUS = String.raw`
# Whole-message keywords, as patients actually type them
opt_out||STOP
opt_out||stop
opt_out|| Stop. 
opt_out||STOP!!!
opt_out||Stop 🛑
opt_out||🛑 STOP 🛑
opt_out||ＳＴＯＰ
opt_out||S T O P
opt_out||s.t.o.p
opt_out||Stoooop
opt_out||stpo
opt_out||Sotp
opt_out||stopp
opt_out||STOP STOP STOP
opt_out||stop please
opt_out||Please stop
opt_out||STOP pls
opt_out||stop it
opt_out||Stop now!
opt_out||stop thanks
opt_out||STOPALL
opt_out||stop all
opt_out||Unsubscribe
opt_out||unsubscibe
opt_out||unsuscribe
opt_out||Unsubcribe
opt_out||UNSUBSCRIBE ME
opt_out||unsub
opt_out||End
opt_out||END.
opt_out||Quit
opt_out||QUIT!!
opt_out||revoke
opt_out||Opt out
opt_out||OPTOUT
opt_out||opt-out
opt_out||remove me
opt_out||Remove
opt_out||no more
opt_out|rtc|STOP
opt_out|rtc|stop.
opt_out|cancel|CANCEL
opt_out|cancel|cancel
opt_out|cancel|Cancel!
opt_out|cancel|Cancle
opt_out|cancel,rtc|Cancel
opt_out|cancel|cancel please
# A keyword as its own sentence
opt_out||STOP. Who is this?
opt_out||Who is this?? stop
opt_out||Stop! I never signed up for this
opt_out||Unsubscribe. Thanks
opt_out||stop 😡 this is the 3rd text today
opt_out||Ok stop. I'm not interested
# Plain-language English
opt_out||Please stop texting me
opt_out||please stop texting me!!
opt_out||stop texting me
opt_out||Stop txting me
opt_out||can you please stop sending me these texts
opt_out||Quit messaging me
opt_out||Stop messaging me please
opt_out||STOP CONTACTING ME
opt_out||stop bothering me
opt_out||Stop spamming me
opt_out||i asked you to stop texting me
opt_out||I want you to stop sending me messages
opt_out||take me off your list
opt_out||Take me off your texting list please
opt_out||Please remove my number from your list
opt_out||remove me from your list
opt_out||Remove me from this list thanks
opt_out||get me off this list
opt_out||Delete my number from your system
opt_out||Please take my number off your list
opt_out||can you take me off the text list
opt_out||don't text me anymore
opt_out||Dont text me again
opt_out||do not contact me
opt_out||Do not text me
opt_out||Please don't message me anymore
opt_out||never text me again
opt_out||no more texts please
opt_out||No more messages
opt_out||no more text messages!!
opt_out||I dont want these texts anymore
opt_out||I don't want to receive any more messages
opt_out||I no longer want to receive texts from you
opt_out||We don't want any more messages from you
opt_out||I want to opt out
opt_out||i want to unsubscribe
opt_out||how do I unsubscribe from these
opt_out||Opt me out please
opt_out||please unsubscribe me
opt_out||Unsubscribe me from everything
opt_out||I'd like to opt out of text messages
opt_out||leave me alone
opt_out||Lose my number
opt_out||wrong number
opt_out||Wrong number, I don't know any Jessica
opt_out||You have the wrong person
opt_out||I'm going to block this number
opt_out||stop or i will report this as spam
opt_out||enough with the texts
opt_out||I'm sick of these messages
opt_out||tired of all the texts stop
opt_out||I'm done with these reminders
opt_out||Stop sending me reminders
opt_out||stop the reminders please
opt_out||stop this
opt_out||Please stop these
opt_out||Stop it already
opt_out||no texting please
opt_out||NO MORE TEXTS
opt_out||I moved away, please stop texting me
opt_out||Not a patient anymore, stop texting
opt_out||I don't go there anymore. Take me off your list
opt_out||please stop texting me and cancel my appointment
opt_out||plz stop txting me
opt_out||stop texting me 🙄🙄
opt_out||S.T.O.P texting me
# Marketing only
opt_out|mkt|Stop sending me promotions
opt_out|mkt|no more promos please
opt_out|mkt|Please stop the deals texts, I only want appointment reminders
opt_out|mkt|unsubscribe me from the promotions but keep my reminders
opt_out|mkt|stop sending me specials
opt_out|mkt|Quit sending me ads
opt_out|mkt|no more marketing texts please
opt_out|mkt|I don't want the promotional offers
opt_out|mkt|stop the sales texts but keep appointment reminders
opt_out|mkt|opt me out of marketing
opt_out|mkt|take me off the promo list
opt_out|mkt|ya no quiero promociones
# Spanish
opt_out||ALTO
opt_out||alto
opt_out||Alto!!
opt_out||PARAR
opt_out||Basta
opt_out||Baja
opt_out||No me manden más mensajes
opt_out||no me manden mas mensajes por favor
opt_out||Por favor no me envíen más mensajes
opt_out||No me escriban más
opt_out||dejen de enviarme mensajes
opt_out||Dejen de mandarme textos
opt_out||deje de escribirme por favor
opt_out||bájame de la lista
opt_out||Sáquenme de su lista por favor
opt_out||Quítame de la lista
opt_out||Ya no quiero recibir mensajes
opt_out||no quiero mas mensajes
opt_out||No quiero recibir más textos
opt_out||no más mensajes
opt_out||Quiero darme de baja
opt_out||Cancelar suscripción
opt_out||Ya no quiero recibir sus mensajes, gracias
opt_out||número equivocado, no me manden mensajes
opt_out|cancel|Cancelar
# Portuguese
opt_out||PARE
opt_out||Pare de me enviar mensagens
opt_out||Não quero mais receber mensagens
opt_out||não me mande mais mensagens
opt_out||quero descadastrar
opt_out||Sair
# French
opt_out||ARRÊT
opt_out||Arrêtez de m'envoyer des messages
opt_out||Ne m'envoyez plus de SMS
opt_out||je veux me désabonner
opt_out||Désabonner
# Tagalog
opt_out||Tigil
opt_out||Wag nyo na akong i-text
opt_out||Huwag na po kayong mag text
opt_out||Pakiitigil na ang pag text
opt_out||Ayoko na ng text
# Vietnamese
opt_out||Dừng
opt_out||Dừng gửi tin nhắn
opt_out||Đừng nhắn tin cho tôi nữa
opt_out||Hủy đăng ký
opt_out||tôi không muốn nhận tin nhắn nữa
# Chinese / Japanese / Korean
opt_out||退订
opt_out||停止
opt_out||请不要再发短信给我
opt_out||别再发了
opt_out||取消订阅
opt_out||配信停止
opt_out||수신거부
opt_out||문자 그만 보내세요
opt_out||그만
opt_out||중지
# Russian
opt_out||СТОП
opt_out||стоп
opt_out||Отпишите меня
opt_out||Не пишите мне больше
opt_out||Прекратите присылать сообщения
opt_out||Хватит
`;

// libs/compliance/src/corpus/index.ts
var cached = null;
function labelledCorpus() {
  cached ??= [
    ...parseCorpus("opt-out.corpus", OPT_OUT_CORPUS),
    ...parseCorpus("hard-negatives.corpus", HARD_NEGATIVE_CORPUS),
    ...parseCorpus("intents.corpus", INTENT_CORPUS)
  ];
  return cached;
}
function splitCorpus(all2 = labelledCorpus()) {
  const seen = /* @__PURE__ */ new Map();
  const train2 = [];
  const heldOut2 = [];
  for (const m2 of all2) {
    const n = (seen.get(m2.intent) ?? 0) + 1;
    seen.set(m2.intent, n);
    (n % 5 === 0 ? heldOut2 : train2).push(m2);
  }
  return { train: train2, heldOut: heldOut2 };
}

// libs/compliance/src/classifier/message-classifier.ts
var MODEL_MIN_CONFIDENCE = 0.12;
function trainIntentModel(examples) {
  return trainNaiveBayes(
    examples.filter((e) => !CONSENT_INTENTS.has(e.intent)).map((e) => ({ text: e.text, label: e.intent, replyToConfirmation: e.replyToConfirmation }))
  );
}
var defaultModel = null;
function model() {
  defaultModel ??= trainIntentModel(labelledCorpus());
  return defaultModel;
}
function classifyMessage(text, options = {}, intentModel = model()) {
  const replyToConfirmation = options.replyToConfirmation ?? false;
  const consent = detectConsent(text, { replyToConfirmation });
  const base = {
    optOut: consent.optOut,
    optIn: consent.optIn,
    help: consent.help,
    alertStaff: consent.bareCancel,
    ...consent.optOutScope ? { optOutScope: consent.optOutScope } : {},
    ...consent.method ? { consentMethod: consent.method } : {}
  };
  const consentIntent = consent.optOut ? "opt_out" : consent.optIn ? "opt_in" : consent.help ? "help" : null;
  if (consentIntent) {
    return {
      ...base,
      intent: consentIntent,
      confidence: consent.method === "keyword" ? 0.99 : 0.93,
      source: "consent-rule",
      reasons: consent.reasons,
      matched: consent.matched
    };
  }
  const reasons = [...consent.reasons];
  const rule = intentRule(text, replyToConfirmation);
  if (rule) {
    return { ...base, intent: rule.intent, confidence: rule.rule.startsWith("reply:") ? 0.97 : 0.9, source: "intent-rule", reasons: [...reasons, rule.why], matched: [`rule:${rule.rule}`] };
  }
  const guess = predict(intentModel, text, replyToConfirmation);
  const intent = guess.confidence >= MODEL_MIN_CONFIDENCE ? guess.label : "other";
  const why = intent === guess.label ? `Model: ${intent} (p=${guess.confidence.toFixed(2)})${guess.evidence.length ? `, mostly from ${guess.evidence.map((e) => `"${e}"`).join(", ")}` : ""}` : `Model unsure (best ${guess.label}, p=${guess.confidence.toFixed(2)}): other`;
  return {
    ...base,
    intent,
    confidence: Number(guess.confidence.toFixed(3)),
    source: "model",
    reasons: [...reasons, why],
    matched: guess.evidence.map((e) => `model:${e}`)
  };
}

// ../../../tmp/eval.ts
var all = labelledCorpus();
var { train, heldOut } = splitCorpus(all);
var m = trainIntentModel(train);
var t0 = performance.now();
var errs = [];
var okAll = 0;
var okHeld = 0;
for (const e of all) {
  const r = classifyMessage(e.text, { replyToConfirmation: e.replyToConfirmation });
  if (r.intent === e.intent && r.optOut === (e.intent === "opt_out")) okAll++;
  else errs.push(`ALL  ${e.intent} -> ${r.intent} oo=${r.optOut} ${e.replyToConfirmation ? "rtc " : ""}${JSON.stringify(e.text)} :: ${r.reasons.join(" | ")}`);
  if (e.intent === "opt_out" && r.optOut && r.optOutScope === "marketing" !== e.marketingOnly) errs.push(`SCOPE ${r.optOutScope} ${e.text}`);
  if (e.intent === "opt_out" && r.alertStaff !== e.bareCancel) errs.push(`ALERT ${r.alertStaff} ${e.text}`);
}
for (const e of heldOut) {
  const r = classifyMessage(e.text, { replyToConfirmation: e.replyToConfirmation }, m);
  if (r.intent === e.intent) okHeld++;
  else errs.push(`HELD ${e.intent} -> ${r.intent} ${JSON.stringify(e.text)} :: ${r.reasons.join(" | ")}`);
}
console.log(errs.join("\n"));
console.log("all", okAll, all.length, "held", okHeld, heldOut.length, "ms", performance.now() - t0);
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vbGlicy9jb21wbGlhbmNlL3NyYy9jbGFzc2lmaWVyL3RleHQtbm9ybWFsaXplLnV0aWwudHMiLCAiLi4vbGlicy9jb21wbGlhbmNlL3NyYy9jbGFzc2lmaWVyL2NvbnNlbnQtcnVsZXMudHMiLCAiLi4vbGlicy9jb21wbGlhbmNlL3NyYy9jbGFzc2lmaWVyL2ludGVudC1ydWxlcy50cyIsICIuLi9saWJzL2NvbXBsaWFuY2Uvc3JjL2NsYXNzaWZpZXIvaW50ZW50cy50cyIsICIuLi9saWJzL2NvbXBsaWFuY2Uvc3JjL2NsYXNzaWZpZXIvaW50ZW50LWxleGljb24udHMiLCAiLi4vbGlicy9jb21wbGlhbmNlL3NyYy9jbGFzc2lmaWVyL25haXZlLWJheWVzLnRzIiwgIi4uL2xpYnMvY29tcGxpYW5jZS9zcmMvY29ycHVzL2NvcnB1cy51dGlsLnRzIiwgIi4uL2xpYnMvY29tcGxpYW5jZS9zcmMvY29ycHVzL2hhcmQtbmVnYXRpdmVzLmNvcnB1cy50cyIsICIuLi9saWJzL2NvbXBsaWFuY2Uvc3JjL2NvcnB1cy9pbnRlbnRzLmNvcnB1cy50cyIsICIuLi9saWJzL2NvbXBsaWFuY2Uvc3JjL2NvcnB1cy9vcHQtb3V0LmNvcnB1cy50cyIsICIuLi9saWJzL2NvbXBsaWFuY2Uvc3JjL2NvcnB1cy9pbmRleC50cyIsICIuLi9saWJzL2NvbXBsaWFuY2Uvc3JjL2NsYXNzaWZpZXIvbWVzc2FnZS1jbGFzc2lmaWVyLnRzIiwgIi4uLy4uLy4uLy4uL3RtcC9ldmFsLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIE5vcm1hbGlzYXRpb24gc2hhcmVkIGJ5IHRoZSBjb25zZW50IHJ1bGVzIGFuZCB0aGUgaW50ZW50IG1vZGVsLiBUaGUgcmVzdWx0IGNvbnRhaW5zIG9ubHlcbiAqIGxvd2VyLWNhc2UgbGV0dGVycywgZGlnaXRzIGFuZCBzaW5nbGUgc3BhY2VzLCBzbyBydWxlcyBjYW4gYmUgd3JpdHRlbiBvbmNlIGZvciBldmVyeSB3YXkgYSBwYXRpZW50XG4gKiB0eXBlcyBhIHdvcmQ6IFwiXHVGRjMzXHVGRjM0XHVGRjJGXHVGRjMwISEhXCIsIFwiUyBUIE8gUFwiLCBcIlN0b29vb3AgXHVEODNEXHVERUQxXCIsIFwiZG9udFwiL1wiZG9uJ3RcIiwgXCJtXHUwMEUxc1wiL1wibWFzXCIuXG4gKiBQdXJlIGFuZCBkZXBlbmRlbmN5LWZyZWUgKGltcG9ydGFibGUgYnkgd29ya2Zsb3cgY29kZSkuXG4gKi9cblxuLyoqIEVtb2ppIHRoYXQgY2FycnkgbWVhbmluZyBmb3IgaW50ZW50cyBiZWNvbWUgd29yZHM7IGVsc2V3aGVyZSBlbW9qaSBhcmUganVzdCBwdW5jdHVhdGlvbi4gKi9cbmNvbnN0IEVNT0pJX1dPUkRTOiBSZWFkb25seUFycmF5PFtSZWdFeHAsIHN0cmluZ10+ID0gW1xuICBbL1tcdUQ4M0RcdURDNERcdUQ4M0RcdURDNENcdTI3MDVcdTI3MTRcdTI2MTFcdUQ4M0NcdUREOTddL2d1LCAnIGVtb2ppb2sgJ10sXG4gIFsvW1x1RDgzRFx1REU0Rlx1Mjc2NFx1RDgzRFx1REM5NVx1RDgzRFx1REM5Nlx1RDgzRFx1REM5N1x1RDgzRFx1REM5Q1x1RDgzRFx1REM5OVx1RDgzRVx1REQ3MFx1RDgzRFx1REUwRFx1RDgzRFx1REUxOFx1RDgzRVx1REQxN1x1MjY2NV0vZ3UsICcgZW1vamlsb3ZlICddLFxuICBbL1tcdUQ4M0RcdURFMjFcdUQ4M0VcdUREMkNcdUQ4M0RcdURFMjBcdUQ4M0RcdURDNEVcdUQ4M0RcdURDQTJdL2d1LCAnIGVtb2ppYW5ncnkgJ10sXG4gIFsvW1x1RDgzRFx1REUyRFx1RDgzRFx1REUyMlx1RDgzRFx1REUxRVx1RDgzRFx1REUxNFx1MjYzOVx1RDgzRFx1REU0MV0vZ3UsICcgZW1vamlzYWQgJ10sXG4gIFsvW1x1RDgzRFx1REU5N1x1RDgzRFx1REU5OVx1RDgzQ1x1REZDM1x1MjNGMFx1MjMxQlx1MjNGM1x1RDgzRFx1REVBNl0vZ3UsICcgZW1vamlodXJyeSAnXSxcbl07XG5cbmV4cG9ydCBpbnRlcmZhY2UgTm9ybWFsaXplT3B0aW9ucyB7XG4gIC8qKiBUdXJuIG1lYW5pbmdmdWwgZW1vamkgaW50byB3b3JkcyAoaW50ZW50IG1vZGVsKSBpbnN0ZWFkIG9mIGRyb3BwaW5nIHRoZW0gKGNvbnNlbnQgcnVsZXMpLiAqL1xuICBlbW9qaVdvcmRzPzogYm9vbGVhbjtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIG5vcm1hbGl6ZVRleHQodGV4dDogc3RyaW5nLCBvcHRpb25zOiBOb3JtYWxpemVPcHRpb25zID0ge30pOiBzdHJpbmcge1xuICBsZXQgdCA9IHRleHQubm9ybWFsaXplKCdORktDJykudG9Mb3dlckNhc2UoKTtcbiAgaWYgKG9wdGlvbnMuZW1vamlXb3JkcykgZm9yIChjb25zdCBbcmUsIHdvcmRdIG9mIEVNT0pJX1dPUkRTKSB0ID0gdC5yZXBsYWNlKHJlLCB3b3JkKTtcbiAgdCA9IHRcbiAgICAvLyBTdHJpcCBhY2NlbnRzIChcIm1cdTAwRTFzXCIgXHUyMTkyIFwibWFzXCIsIFwiZFx1MUVFQm5nXCIgXHUyMTkyIFwiZHVuZ1wiKSBidXQgcmVjb21wb3NlIEhhbmd1bCBhZnRlcndhcmRzLlxuICAgIC5ub3JtYWxpemUoJ05GRCcpXG4gICAgLnJlcGxhY2UoL1xccHtNfS9ndSwgJycpXG4gICAgLm5vcm1hbGl6ZSgnTkZDJylcbiAgICAucmVwbGFjZSgvW1x1MDExMV0vZywgJ2QnKVxuICAgIC5yZXBsYWNlKC9bXHUwNDUxXS9nLCAnXHUwNDM1JylcbiAgICAucmVwbGFjZSgvXHUwMERGL2csICdzcycpXG4gICAgLy8gXCJkb24ndFwiIFx1MjE5MiBcImRvbnRcIiwgXCJpJ21cIiBcdTIxOTIgXCJpbVwiOiBwYXRpZW50cyB0eXBlIGJvdGguXG4gICAgLnJlcGxhY2UoL1snXHUyMDE5XHUyMDE4YFx1MDBCNF0vZywgJycpXG4gICAgLnJlcGxhY2UoL1teXFxwe0x9XFxwe059XSsvZ3UsICcgJylcbiAgICAvLyBDdXRzIENKSyBydW5zIGZyb20gYWRqYWNlbnQgTGF0aW4gc28gXCJTVE9QXHU5MDAwXHU4QkEyXCIgc3RpbGwgeWllbGRzIGJvdGggd29yZHMuXG4gICAgLnJlcGxhY2UoLyhcXHB7U2NyaXB0PUhhbn0rfFxccHtTY3JpcHQ9SGFuZ3VsfSt8XFxwe1NjcmlwdD1IaXJhZ2FuYX0rfFxccHtTY3JpcHQ9S2F0YWthbmF9KykvZ3UsICcgJDEgJylcbiAgICAudHJpbSgpXG4gICAgLnJlcGxhY2UoL1xccysvZywgJyAnKTtcbiAgdCA9IGpvaW5TcGFjZWRMZXR0ZXJzKHQpO1xuICAvLyBcInN0b29vb29wXCIsIFwicGxlYXNlZWVlXCI6IHRocmVlIG9yIG1vcmUgcmVwZWF0cyBvZiBhIExhdGluIGxldHRlciBjb3VudCBvbmNlLlxuICB0ID0gdC5yZXBsYWNlKC8oW2Etel0pXFwxezIsfS9nLCAnJDEnKTtcbiAgcmV0dXJuIHQ7XG59XG5cbi8qKiBcInMgdCBvIHBcIiBcdTIxOTIgXCJzdG9wXCI7IG9ubHkgcnVucyBvZiB0aHJlZSBvciBtb3JlIHNpbmdsZSBsZXR0ZXJzLCBzbyBcImkgbSBva1wiIHN0YXlzIHJlYWRhYmxlLiAqL1xuZnVuY3Rpb24gam9pblNwYWNlZExldHRlcnModDogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgdG9rZW5zID0gdC5zcGxpdCgnICcpO1xuICBjb25zdCBvdXQ6IHN0cmluZ1tdID0gW107XG4gIGxldCBydW46IHN0cmluZ1tdID0gW107XG4gIGNvbnN0IGZsdXNoID0gKCk6IHZvaWQgPT4ge1xuICAgIGlmIChydW4ubGVuZ3RoID49IDMpIG91dC5wdXNoKHJ1bi5qb2luKCcnKSk7XG4gICAgZWxzZSBvdXQucHVzaCguLi5ydW4pO1xuICAgIHJ1biA9IFtdO1xuICB9O1xuICBmb3IgKGNvbnN0IHRva2VuIG9mIHRva2Vucykge1xuICAgIGlmICgvXlxccHtMfSQvdS50ZXN0KHRva2VuKSAmJiAhL15bXFxwe1NjcmlwdD1IYW59XFxwe1NjcmlwdD1IYW5ndWx9XSQvdS50ZXN0KHRva2VuKSkgcnVuLnB1c2godG9rZW4pO1xuICAgIGVsc2Uge1xuICAgICAgZmx1c2goKTtcbiAgICAgIG91dC5wdXNoKHRva2VuKTtcbiAgICB9XG4gIH1cbiAgZmx1c2goKTtcbiAgcmV0dXJuIG91dC5maWx0ZXIoQm9vbGVhbikuam9pbignICcpO1xufVxuXG4vKiogT3B0aW1hbC1zdHJpbmctYWxpZ25tZW50IGRpc3RhbmNlIChEYW1lcmF1XHUyMDEzTGV2ZW5zaHRlaW4gd2l0aCBhZGphY2VudCBzd2FwcyksIGNhcHBlZCBmb3Igc3BlZWQuICovXG5leHBvcnQgZnVuY3Rpb24gZWRpdERpc3RhbmNlKGE6IHN0cmluZywgYjogc3RyaW5nLCBtYXggPSAzKTogbnVtYmVyIHtcbiAgaWYgKE1hdGguYWJzKGEubGVuZ3RoIC0gYi5sZW5ndGgpID4gbWF4KSByZXR1cm4gbWF4ICsgMTtcbiAgY29uc3Qgcm93czogbnVtYmVyW11bXSA9IFtdO1xuICBmb3IgKGxldCBpID0gMDsgaSA8PSBhLmxlbmd0aDsgaSsrKSB7XG4gICAgcm93cy5wdXNoKG5ldyBBcnJheTxudW1iZXI+KGIubGVuZ3RoICsgMSkuZmlsbCgwKSk7XG4gICAgcm93c1tpXSFbMF0gPSBpO1xuICB9XG4gIGZvciAobGV0IGogPSAwOyBqIDw9IGIubGVuZ3RoOyBqKyspIHJvd3NbMF0hW2pdID0gajtcbiAgZm9yIChsZXQgaSA9IDE7IGkgPD0gYS5sZW5ndGg7IGkrKykge1xuICAgIGZvciAobGV0IGogPSAxOyBqIDw9IGIubGVuZ3RoOyBqKyspIHtcbiAgICAgIGNvbnN0IGNvc3QgPSBhW2kgLSAxXSA9PT0gYltqIC0gMV0gPyAwIDogMTtcbiAgICAgIGxldCBkID0gTWF0aC5taW4ocm93c1tpIC0gMV0hW2pdISArIDEsIHJvd3NbaV0hW2ogLSAxXSEgKyAxLCByb3dzW2kgLSAxXSFbaiAtIDFdISArIGNvc3QpO1xuICAgICAgaWYgKGkgPiAxICYmIGogPiAxICYmIGFbaSAtIDFdID09PSBiW2ogLSAyXSAmJiBhW2kgLSAyXSA9PT0gYltqIC0gMV0pIGQgPSBNYXRoLm1pbihkLCByb3dzW2kgLSAyXSFbaiAtIDJdISArIDEpO1xuICAgICAgcm93c1tpXSFbal0gPSBkO1xuICAgIH1cbiAgfVxuICByZXR1cm4gcm93c1thLmxlbmd0aF0hW2IubGVuZ3RoXSE7XG59XG5cbi8qKiBCdWlsZHMgYSByZWdleCBvdmVyIG5vcm1hbGlzZWQgdGV4dCB3aGVyZSBgXFxiYCBtZWFucyBhIGJvdW5kYXJ5IGJldHdlZW4gYSB3b3JkIGFuZCBhIHNwYWNlIG9yIGFuIGVuZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiB3b3JkUmVnZXgoc291cmNlOiBzdHJpbmcpOiBSZWdFeHAge1xuICByZXR1cm4gbmV3IFJlZ0V4cChzb3VyY2UucmVwbGFjZSgvXFxcXGIvZywgJyg/Oig/PD1efCApKD89W14gXSl8KD88PVteIF0pKD89IHwkKSknKSwgJ3UnKTtcbn1cbiIsICIvKipcbiAqIFJ1bGUtYmFzZWQgY29uc2VudCBkZXRlY3Rpb24gKG9wdC1vdXQsIG9wdC1pbiwgSEVMUCkuIFJ1bGVzLCBub3QgYSBzdGF0aXN0aWNhbCBtb2RlbCwgYmVjYXVzZSBhXG4gKiBjb25zZW50IGRlY2lzaW9uIG11c3QgYmUgZXhwbGFpbmFibGUgYW5kIHByZWRpY3RhYmxlOiBldmVyeSBoaXQgc2F5cyB3aGljaCBydWxlIG1hdGNoZWQgYW5kIHdoeS5cbiAqXG4gKiBMYXllcnMsIG1vc3QgY2VydGFpbiBmaXJzdDpcbiAqICAxLiB3aG9sZS1tZXNzYWdlIGtleXdvcmRzIChhZnRlciByZW1vdmluZyBwb2xpdGUgZmlsbGVyKSwgaW5jbC4gbWlzc3BlbGxpbmdzIHdpdGhpbiBhbiBlZGl0IGRpc3RhbmNlO1xuICogIDIuIGEga2V5d29yZCBzdGFuZGluZyBhbG9uZSBhcyBvbmUgc2VudGVuY2Ugb2YgYSBsb25nZXIgdGV4dCAoXCJTVE9QLiBXaG8gaXMgdGhpcz9cIik7XG4gKiAgMy4gcGxhaW4tbGFuZ3VhZ2UgcmVxdWVzdHMgaW4gRW5nbGlzaCwgU3BhbmlzaCBhbmQgb3RoZXIgbGFuZ3VhZ2VzIGNvbW1vbiBhbW9uZyBVUyBwYXRpZW50cy5cbiAqIExheWVycyAyXHUyMDEzMyBjYXJyeSBndWFyZHMgZm9yIG9yZGluYXJ5IHVzZXMgb2YgdGhlIHNhbWUgd29yZHMgKHN0b3AgYSBtZWRpY2F0aW9uLCBwcm9tbyBlbmRzLFxuICogY2FuY2VsIGFuIGFwcG9pbnRtZW50LCBzdG9wIGJ5KSBhbmQgZm9yIG5lZ2F0aW9uIChcImRvbid0IHN0b3AgdGhlIHJlbWluZGVyc1wiKS5cbiAqL1xuaW1wb3J0IHsgZWRpdERpc3RhbmNlLCBub3JtYWxpemVUZXh0LCB3b3JkUmVnZXggfSBmcm9tICcuL3RleHQtbm9ybWFsaXplLnV0aWwuanMnO1xuXG5leHBvcnQgdHlwZSBPcHRPdXRTY29wZSA9ICdhbGwnIHwgJ21hcmtldGluZyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgQ29uc2VudERldGVjdGlvbiB7XG4gIG9wdE91dDogYm9vbGVhbjtcbiAgb3B0SW46IGJvb2xlYW47XG4gIGhlbHA6IGJvb2xlYW47XG4gIG9wdE91dFNjb3BlPzogT3B0T3V0U2NvcGU7XG4gIC8qKiBUaGUgd2hvbGUgbWVzc2FnZSB3YXMgQ0FOQ0VMIChvciBhIG1pc3NwZWxsaW5nKTogYSBsZWdhbCBvcHQtb3V0IHRoYXQgbWF5IGhhdmUgbWVhbnQgdGhlIGFwcG9pbnRtZW50LiAqL1xuICBiYXJlQ2FuY2VsOiBib29sZWFuO1xuICAvKiogYGtleXdvcmRgIGZvciB3aG9sZS1tZXNzYWdlIGtleXdvcmRzLCBgcGxhaW5fbGFuZ3VhZ2VgIGZvciBzZW50ZW5jZXMuICovXG4gIG1ldGhvZD86ICdrZXl3b3JkJyB8ICdwbGFpbl9sYW5ndWFnZSc7XG4gIC8qKiBNYWNoaW5lLXJlYWRhYmxlIHJ1bGUgaWRzLCBlLmcuIFwia2V5d29yZDpzdG9wXCIsIFwicGhyYXNlOmVuLnN0b3AtdGV4dGluZ1wiLiAqL1xuICBtYXRjaGVkOiBzdHJpbmdbXTtcbiAgcmVhc29uczogc3RyaW5nW107XG59XG5cbi8qKiBXb3JkcyB0aGF0IGRvIG5vdCBjaGFuZ2UgYSBrZXl3b3JkJ3MgbWVhbmluZzogXCJTVE9QIHBsZWFzZVwiLCBcInVuc3Vic2NyaWJlIG1lIG5vdyB0aGFua3NcIi4gKi9cbmNvbnN0IEZJTExFUiA9IG5ldyBTZXQoW1xuICAncGxlYXNlJywgJ3BscycsICdwbHonLCAncGxzZScsICdub3cnLCAndGhhbmtzJywgJ3RoYW5rJywgJ3lvdScsICd0aHgnLCAndHknLCAnYXNhcCcsICdpbW1lZGlhdGVseScsICdpdCcsICdtZScsICdhbHJlYWR5JywgJ29rJywgJ29rYXknLCAnb21nJyxcbiAgJ2p1c3QnLCAncmlnaHQnLCAncG9yJywgJ2Zhdm9yJywgJ3BvcmZhdm9yJywgJ3BvcmZhJywgJ3lhJywgJ2dyYWNpYXMnLCAnbWVyY2knLCAnb2JyaWdhZG8nLCAnb2JyaWdhZGEnLCAnc2FsYW1hdCcsICdwbycsICdwYScsICdhZ2FpbicsICdhbGwnLCAndGhlJyxcbiAgJ2hpJywgJ2hlbGxvJywgJ2hleScsICdzdG9wJyxcbl0pO1xuXG4vKiogT3B0LW91dCBrZXl3b3JkcyAod2hvbGUgbWVzc2FnZSkuIEZDQyBsaXN0LCBUd2lsaW8gZGVmYXVsdHMsIGFuZCB0aGUgY29tbW9uIHdvcmRzIGluIG90aGVyIGxhbmd1YWdlcy4gKi9cbmNvbnN0IE9QVF9PVVRfV09SRFM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7XG4gIHN0b3A6ICdTVE9QJywgc3RvcGFsbDogJ1NUT1BBTEwnLCB1bnN1YnNjcmliZTogJ1VOU1VCU0NSSUJFJywgdW5zdWI6ICdVTlNVQlNDUklCRScsIGNhbmNlbDogJ0NBTkNFTCcsIGVuZDogJ0VORCcsIHF1aXQ6ICdRVUlUJywgcmV2b2tlOiAnUkVWT0tFJyxcbiAgb3B0b3V0OiAnT1BUIE9VVCcsICdvcHQgb3V0JzogJ09QVCBPVVQnLCAnc3RvcCBhbGwnOiAnU1RPUEFMTCcsICdyZW1vdmUnOiAnUkVNT1ZFJywgJ3JlbW92ZSBtZSc6ICdSRU1PVkUnLCAnc3RvcCB0ZXh0aW5nJzogJ1NUT1AnLFxuICAnbm8gbW9yZSc6ICdOTyBNT1JFICh0ZXh0cyknLCAnbm8gbW9yZSB0ZXh0cyc6ICdOTyBNT1JFICh0ZXh0cyknLCAnbm8gbW9yZSBtZXNzYWdlcyc6ICdOTyBNT1JFICh0ZXh0cyknLCAnbGVhdmUgbWUgYWxvbmUnOiAnTEVBVkUgTUUgQUxPTkUnLFxuICAvLyBTcGFuaXNoXG4gIGFsdG86ICdBTFRPIChlcyknLCBwYXJhcjogJ1BBUkFSIChlcy9wdCknLCBwYXJhOiAnUEFSQSAoZXMpJywgYmFzdGE6ICdCQVNUQSAoZXMpJywgYmFqYTogJ0JBSkEgKGVzKScsIGRldGVuZXI6ICdERVRFTkVSIChlcyknLCBjYW5jZWxhcjogJ0NBTkNFTEFSIChlcy9wdCknLFxuICAnbm8gbWFzJzogJ05PIE1cdTAwQzFTIChlcyknLCAnbm8gbWFzIG1lbnNhamVzJzogJ05PIE1cdTAwQzFTIE1FTlNBSkVTIChlcyknLCAnZGFyIGRlIGJhamEnOiAnREFSIERFIEJBSkEgKGVzKScsIGRlc3VzY3JpYmlyOiAnREVTVVNDUklCSVIgKGVzKScsXG4gIC8vIFBvcnR1Z3Vlc2UsIEZyZW5jaCwgVGFnYWxvZywgVmlldG5hbWVzZSwgUnVzc2lhbiwgR2VybWFuXG4gIHBhcmU6ICdQQVJFIChwdCknLCBzYWlyOiAnU0FJUiAocHQpJywgZGVzY2FkYXN0cmFyOiAnREVTQ0FEQVNUUkFSIChwdCknLCBhcnJldDogJ0FSUlx1MDBDQVQgKGZyKScsIGFycmV0ZXI6ICdBUlJcdTAwQ0FURVIgKGZyKScsIGFycmV0ZTogJ0FSUlx1MDBDQVRFIChmciknLCBkZXNhYm9ubmVyOiAnRFx1MDBDOVNBQk9OTkVSIChmciknLFxuICB0aWdpbDogJ1RJR0lMICh0bCknLCBpdGlnaWw6ICdJVElHSUwgKHRsKScsIGhpbnRvOiAnSElOVE8gKHRsKScsICdheW9rbyBuYSc6ICdBWU9LTyBOQSAodGwpJywgZHVuZzogJ0RcdTFFRUFORyAodmkpJywgJ2R1bmcgbGFpJzogJ0RcdTFFRUFORyBMXHUxRUEwSSAodmkpJywgbmd1bmc6ICdOR1x1MUVFQU5HICh2aSknLFxuICAnaHV5IGRhbmcga3knOiAnSFx1MUVFNlkgXHUwMTEwXHUwMTAyTkcgS1x1MDBERCAodmkpJywgXHUwNDQxXHUwNDQyXHUwNDNFXHUwNDNGOiAnXHUwNDIxXHUwNDIyXHUwNDFFXHUwNDFGIChydSknLCBcdTA0NDVcdTA0MzJcdTA0MzBcdTA0NDJcdTA0MzhcdTA0NDI6ICdcdTA0MjVcdTA0MTJcdTA0MTBcdTA0MjJcdTA0MThcdTA0MjIgKHJ1KScsIFx1MDQzRVx1MDQ0Mlx1MDQzRlx1MDQzOFx1MDQ0MVx1MDQzMFx1MDQ0Mlx1MDQ0Q1x1MDQ0MVx1MDQ0RjogJ1x1MDQxRVx1MDQyMlx1MDQxRlx1MDQxOFx1MDQyMVx1MDQxMFx1MDQyMlx1MDQyQ1x1MDQyMVx1MDQyRiAocnUpJywgXHUwNDNFXHUwNDQyXHUwNDNGXHUwNDM4XHUwNDQxXHUwNDNBXHUwNDMwOiAnXHUwNDFFXHUwNDIyXHUwNDFGXHUwNDE4XHUwNDIxXHUwNDFBXHUwNDEwIChydSknLCBhYm1lbGRlbjogJ0FCTUVMREVOIChkZSknLFxuICAvLyBDSktcbiAgXHU1MDVDXHU2QjYyOiAnXHU1MDVDXHU2QjYyICh6aC9qYSknLCBcdTUwNUM6ICdcdTUwNUMgKHpoKScsIFx1OTAwMFx1OEJBMjogJ1x1OTAwMFx1OEJBMiAoemgpJywgXHU5MDAwXHU4QTAyOiAnXHU5MDAwXHU4QTAyICh6aCknLCBcdTUzRDZcdTZEODhcdThCQTJcdTk2MDU6ICdcdTUzRDZcdTZEODhcdThCQTJcdTk2MDUgKHpoKScsIFx1NTNENlx1NkQ4ODogJ1x1NTNENlx1NkQ4OCAoemgpJywgXHU5MTREXHU0RkUxXHU1MDVDXHU2QjYyOiAnXHU5MTREXHU0RkUxXHU1MDVDXHU2QjYyIChqYSknLFxuICBcdUM5MTFcdUM5QzA6ICdcdUM5MTFcdUM5QzAgKGtvKScsIFx1QURGOFx1QjlDQzogJ1x1QURGOFx1QjlDQyAoa28pJywgXHVDMjE4XHVDMkUwXHVBQzcwXHVCRDgwOiAnXHVDMjE4XHVDMkUwXHVBQzcwXHVCRDgwIChrbyknLCBcdUFENkNcdUIzQzVcdUNERThcdUMxOEM6ICdcdUFENkNcdUIzQzVcdUNERThcdUMxOEMgKGtvKScsICd0ZCc6ICdURCAoemgpJyxcbn07XG4vKiogS2V5d29yZHMgdGhhdCBhbHNvIHRvbGVyYXRlIG9uZSB0eXBvIChcInN0cG9cIiwgXCJ1bnN1YnNjaWJlXCIpOiBsb25nIGVub3VnaCB0aGF0IGEgdHlwbyBjYW5ub3QgbWFrZSBhbm90aGVyIGNvbW1vbiB3b3JkLiAqL1xuY29uc3QgRlVaWllfT1BUX09VVDogQXJyYXk8W3N0cmluZywgbnVtYmVyXT4gPSBbWydzdG9wJywgMV0sIFsndW5zdWJzY3JpYmUnLCAyXSwgWydvcHRvdXQnLCAxXSwgWydzdG9wYWxsJywgMV0sIFsncmV2b2tlJywgMV0sIFsnY2FuY2VsJywgMV0sIFsnZGVzdXNjcmliaXInLCAyXV07XG4vKiogRnV6enkgXCJzdG9wXCIgbXVzdCBub3QgZWF0IHRoZXNlIHJlYWwgd29yZHMuICovXG5jb25zdCBOT1RfU1RPUCA9IG5ldyBTZXQoWydzdGVwJywgJ3Nob3AnLCAnc3RheScsICdhdG9wJywgJ3Nsb3AnLCAnc29wJywgJ3RvcCcsICdzcG90JywgJ3N0b3BzJywgJ3N0b2tlJywgJ3N0b3JlJywgJ3N0b3ZlJywgJ3N0b29kJywgJ3N0bycsICdzdHAnLCAnc29hcCcsICdjYW5jZXInLCAnY2FuY2VsZWQnLCAncmV2b2tlZCcsICdzdWJzY3JpYmUnLCAnc3Vic2NyaWJlZCcsICdyZXN1YnNjcmliZScsICd1bnN1YnNjcmliZWQnXSk7XG4vKiogS2V5d29yZHMgc3Ryb25nIGVub3VnaCB0byBjb3VudCB3aGVuIHRoZXkgc3RhbmQgYWxvbmUgYXMgb25lIHNlbnRlbmNlIG9mIGEgbG9uZ2VyIHRleHQuICovXG5jb25zdCBTRU5URU5DRV9PUFRfT1VUID0gbmV3IFNldChbJ3JlbW92ZSBtZScsICdyZW1vdmUnLCAnc3RvcCcsICdzdG9wYWxsJywgJ3Vuc3Vic2NyaWJlJywgJ29wdG91dCcsICdvcHQgb3V0JywgJ2FsdG8nLCAnc3RvcCB0ZXh0aW5nJywgJ3N0b3AgYWxsJywgJ1x1OTAwMFx1OEJBMicsICdcdTUwNUNcdTZCNjInLCAnXHVDMjE4XHVDMkUwXHVBQzcwXHVCRDgwJ10pO1xuXG5jb25zdCBPUFRfSU5fV09SRFM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7XG4gIHN0YXJ0OiAnU1RBUlQnLCB1bnN0b3A6ICdVTlNUT1AnLCByZXN1bWU6ICdSRVNVTUUnLCBzdWJzY3JpYmU6ICdTVUJTQ1JJQkUnLCByZXN1YnNjcmliZTogJ1JFU1VCU0NSSUJFJywgJ29wdCBpbic6ICdPUFQgSU4nLCBvcHRpbjogJ09QVCBJTicsICdzdGFydCBhZ2Fpbic6ICdTVEFSVCcsXG4gIGNvbWVuemFyOiAnQ09NRU5aQVIgKGVzKScsIGluaWNpYXI6ICdJTklDSUFSIChlcyknLCByZWFudWRhcjogJ1JFQU5VREFSIChlcyknLCBzdXNjcmliaXI6ICdTVVNDUklCSVIgKGVzKScsIFx1NUYwMFx1NTlDQjogJ1x1NUYwMFx1NTlDQiAoemgpJywgXHVDMkRDXHVDNzkxOiAnXHVDMkRDXHVDNzkxIChrbyknLCAnYmF0IGRhdSc6ICdCXHUxRUFFVCBcdTAxMTBcdTFFQTZVICh2aSknLFxuICAndW5zdG9wIHBsZWFzZSc6ICdVTlNUT1AnLCByZXN0YXJ0OiAnUkVTVEFSVCcsXG59O1xuLyoqIE9ubHkgd2hlbiB0aGUgdGV4dCBkb2VzIG5vdCBhbnN3ZXIgb3VyIGNvbmZpcm1hdGlvbiByZXF1ZXN0OiB0aGVuIFlFUyBtZWFucyBcImNvbmZpcm1cIi4gKi9cbmNvbnN0IFlFU19XT1JEUyA9IG5ldyBTZXQoWyd5ZXMnLCAnc2knLCAnc2ltJywgJ291aSddKTtcblxuY29uc3QgSEVMUF9XT1JEUzogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHtcbiAgaGVscDogJ0hFTFAnLCBpbmZvOiAnSU5GTycsIGF5dWRhOiAnQVlVREEgKGVzKScsIGFqdWRhOiAnQUpVREEgKHB0KScsIGFpZGU6ICdBSURFIChmciknLCB0dWxvbmc6ICdUVUxPTkcgKHRsKScsICdnaXVwIGRvJzogJ0dJXHUwMERBUCBcdTAxMTBcdTFFRTAgKHZpKScsIFx1MDQzRlx1MDQzRVx1MDQzQ1x1MDQzRVx1MDQ0OVx1MDQ0QzogJ1x1MDQxRlx1MDQxRVx1MDQxQ1x1MDQxRVx1MDQyOVx1MDQyQyAocnUpJyxcbiAgXHU1RTJFXHU1MkE5OiAnXHU1RTJFXHU1MkE5ICh6aCknLCBcdTVFNkJcdTUyQTk6ICdcdTVFNkJcdTUyQTkgKHpoKScsIFx1QjNDNFx1QzZDMDogJ1x1QjNDNFx1QzZDMCAoa28pJywgXHVCM0M0XHVDNkMwXHVCOUQwOiAnXHVCM0M0XHVDNkMwXHVCOUQwIChrbyknLCAnaGVscCBtZSc6ICdIRUxQJywgaGxlcDogJ0hFTFAnLCBoYWxwOiAnSEVMUCcsIGhlcGw6ICdIRUxQJywgaGVscHA6ICdIRUxQJywgbWVudTogJ01FTlUnLCAnbmVlZCBoZWxwJzogJ0hFTFAnLFxufTtcblxuaW50ZXJmYWNlIFBocmFzZSB7XG4gIGlkOiBzdHJpbmc7XG4gIHJlOiBSZWdFeHA7XG4gIHdoeTogc3RyaW5nO1xufVxuLyoqIFBocmFzZXMgd2hvc2UgdmVyYiBjb3VsZCBkZXNjcmliZSB0aGUgcGF0aWVudCdzIG93biBhY3Rpb24gKFwiSSdsbCBzdG9wIHRleHRpbmcgeW91IHNvIGxhdGVcIikuICovXG5jb25zdCBTRUxGX0dVQVJERUQgPSBuZXcgU2V0KFsnZW4uc3RvcC1jb250YWN0aW5nJywgJ2VuLnN0b3AtbWVzc2FnZXMnLCAnZW4uc3RvcC1pdCcsICdlbi5zdG9wLXRoZXNlJywgJ2VzLmRlamVuLWRlJywgJ3B0LnBhcmUtZGUnLCAnZW4uZG9udC10ZXh0LW1lJ10pO1xuXG5jb25zdCBNU0cgPSAnKHRleHRzP3x0eHRzP3x0ZXh0aW5nfHR4dGluZ3xtc2dzP3xtZXNzYWdlcz98bWVzc2FnaW5nfHNtc3xyZW1pbmRlcnM/fG5vdGlmaWNhdGlvbnM/fGFsZXJ0cz98c3BhbXx1cGRhdGVzfHRleHQgbWVzc2FnZXN8bWVuc2FqZXN8dGV4dG9zKSc7XG4vKiogTWVzc2FnZSBub3VucyB0aGF0IG1ha2UgYSByZXF1ZXN0IGNvdmVyIGV2ZXJ5dGhpbmcsIGV2ZW4gd2hlbiBwcm9tb3Rpb25zIGFyZSBuYW1lZCB0b28uICovXG5jb25zdCBNU0dfTk9VTiA9ICcodGV4dHM/fHR4dHM/fG1zZ3M/fG1lc3NhZ2VzP3xzbXN8cmVtaW5kZXJzP3xub3RpZmljYXRpb25zP3xhbGVydHM/fG1lbnNhamVzfHRleHRvc3xtZW5zYWdlbnMpJztcbmNvbnN0IFBST01PID0gJyhwcm9tb3M/fHByb21vdGlvbnM/fHByb21vdGlvbmFsfGRlYWxzP3xvZmZlcnM/fHNwZWNpYWxzP3xhZHN8YWR2ZXJ0aXNcXFxcdyp8bWFya2V0aW5nfG5ld3NsZXR0ZXJzP3xzYWxlcz98Y291cG9ucz98ZGlzY291bnRzP3xibGFzdHM/fGNhbXBhaWducz98cHJvbW9jaW9uZXN8b2ZlcnRhc3xkZXNjdWVudG9zfHB1YmxpY2lkYWR8cHJvbW9jb2VzKSc7XG5jb25zdCBGSUxMID0gJyhpdCB8YWxsIHx0aGUgfHRoZW0gfHRoZXNlIHx0aG9zZSB8dSB8eW91IHx5YSB8eW91ciB8dXIgfGd1eXMgfHlhbGwgfHBscyB8cGxlYXNlIHxub3cgfGp1c3QgfGZyb20gfHdpdGggfHNlbmRpbmcgfGFscmVhZHkgfGdldHRpbmcgfHJlY2VpdmluZyB8bWUgfG15IHxhbnkgfHNvIG1hbnkgfGFsbCBvZiB8b2YgKSc7XG5jb25zdCBDT05UQUNUX1ZFUkIgPSAnKHNlbmRpbmd8dGV4dGluZ3x0eHRpbmd8dGV4aW5nfG1lc3NhZ2luZ3xtc2dpbmd8bXNnfGNvbnRhY3Rpbmd8Y2FsbGluZ3xzcGFtbWluZ3xidWdnaW5nfGJvdGhlcmluZ3xoYXJhc3Npbmd8Ymxvd2luZyB1cHxoaXR0aW5nIG1lIHVwfHNlbmRpbmcgbWUpJztcblxuY29uc3QgcCA9IChpZDogc3RyaW5nLCBzb3VyY2U6IHN0cmluZywgd2h5OiBzdHJpbmcpOiBQaHJhc2UgPT4gKHsgaWQsIHJlOiB3b3JkUmVnZXgoc291cmNlKSwgd2h5IH0pO1xuXG5jb25zdCBPUFRfT1VUX1BIUkFTRVM6IFBocmFzZVtdID0gW1xuICAvLyBFbmdsaXNoXG4gIHAoJ2VuLnN0b3AtcHJvbW9zJywgYFxcXFxiKHN0b3B8cXVpdHxubyBtb3JlfGVub3VnaHx1bnN1YnNjcmliZSBtZSBmcm9tfG9wdCBtZSBvdXQgb2Z8cmVtb3ZlIG1lIGZyb218dGFrZSBtZSBvZmYpXFxcXGIgJHtGSUxMfXswLDN9JHtQUk9NT31gLCAnYXNrcyB0byBzdG9wIHByb21vdGlvbmFsIG1lc3NhZ2VzJyksXG4gIHAoJ2VuLnN0b3AtY29udGFjdGluZycsIGBcXFxcYihzdG9wfHF1aXR8Y2Vhc2V8aGFsdHxkaXNjb250aW51ZSlcXFxcYiAke0ZJTEx9ezAsM30ke0NPTlRBQ1RfVkVSQn1cXFxcYmAsICdhc2tzIHVzIHRvIHN0b3AgdGV4dGluZyAvIGNvbnRhY3RpbmcgdGhlbScpLFxuICBwKCdlbi5zdG9wLW1lc3NhZ2VzJywgYFxcXFxiKHN0b3B8bm8gbW9yZXxlbm91Z2h8ZG9uZSB3aXRofHNpY2sgb2Z8dGlyZWQgb2Z8cXVpdClcXFxcYiAod2l0aCApPyR7RklMTH17MCwzfSR7TVNHfVxcXFxiYCwgJ2Fza3MgZm9yIG5vIG1vcmUgbWVzc2FnZXMnKSxcbiAgcCgnZW4uc3RvcC10aGVzZScsIGBeKFxcXFx3KyApezAsM30oc3RvcHxxdWl0fGVuZCkgKHRoaXN8dGhlc2V8dGhlbXxpdCBhbGx8YWxsIHRoaXN8YWxsIG9mIHRoaXMpKCBwbGVhc2V8IHBsc3wgbm93fCBhbHJlYWR5fCB0aGFua3N8IGltbWVkaWF0ZWx5KSokYCwgJ2Fza3MgdXMgdG8gc3RvcCB0aGVzZSAodGV4dHMpJyksXG4gIHAoJ2VuLmRvbnQtdGV4dC1tZScsIGBcXFxcYihkb250fGRvIG5vdHxuZXZlcnxwbHMgZG9udHxwbGVhc2UgZG9udHxzdG9wfHF1aXR8bm8gbmVlZCB0bylcXFxcYiAoZXZlciApPyh0ZXh0fHR4dHxtZXNzYWdlfG1zZ3xjb250YWN0fHNtc3xjYWxsfHNwYW18Ym90aGVyfGVtYWlsIGFuZCB0ZXh0fHRleHQgb3IgY2FsbHxjYWxsIG9yIHRleHQpIChtZXx0aGlzIChudW1iZXJ8cGhvbmV8Y2VsbCl8bXkgKG51bWJlcnxwaG9uZXxjZWxsKSlcXFxcYmAsICd0ZWxscyB1cyBub3QgdG8gdGV4dCB0aGVtJyksXG4gIHAoJ2VuLnRha2UtbWUtb2ZmJywgYFxcXFxiKHRha2V8cmVtb3ZlfGRlbGV0ZXxlcmFzZXxkcm9wfGdldHxjcm9zc3xzY3JhdGNofHVuc3Vic2NyaWJlfG9wdHxzaWdufHVuZW5yb2xsfHVuZW5yb2x8cHVsbClcXFxcYiAobWV8bXkgKGNlbGwgKT8ocGhvbmUgKT8obnVtYmVyfCN8cGhvbmV8aW5mb3xjZWxsKXx0aGlzIChudW1iZXJ8I3xwaG9uZSl8dXMpKCBcXFxcdyspezAsM30/IChvZmZ8ZnJvbXxvdXQgb2YpICh5b3VyIHx0aGUgfHRoaXMgfHVyIHxhbGwgfHRoZXNlIHxteSB8b3VyIHx5YWxscyB8b2YgKSoobGlzdHxsaXN0c3x0ZXh0aW5nfHRleHRzP3xtZXNzYWdlcz98bWFpbGluZ3xtYWlsaW5nIGxpc3R8c3lzdGVtfGRhdGFiYXNlfGNvbnRhY3RzP3xjb250YWN0IGxpc3R8c21zfHByb2dyYW18bWFya2V0aW5nfHByb21vXFxcXHcqfHRleHQgbGlzdHxtZXNzYWdpbmd8bm90aWZpY2F0aW9uc3xyZW1pbmRlcnN8ZGlzdHJpYnV0aW9ufGdyb3VwfHRocmVhZHx0aGlzfGl0fHRoZXJlKVxcXFxiYCwgJ2Fza3MgdG8gYmUgcmVtb3ZlZCBmcm9tIG91ciBsaXN0IC8gdGV4dHMnKSxcbiAgcCgnZW4ucmVtb3ZlLW1lJywgYF4ocGxlYXNlIHxwbHMgfGNhbiB5b3UgfGNvdWxkIHlvdSB8a2luZGx5ICk/KHJlbW92ZXxkZWxldGV8ZXJhc2V8bG9zZXxmb3JnZXQpIChtZXxteSBudW1iZXJ8bXkgcGhvbmUgbnVtYmVyfG15IGNlbGx8dGhpcyBudW1iZXJ8bXkgaW5mbykoIHBsZWFzZXwgcGxzfCB0aGFua3N8IHRoYW5rIHlvdXwgbm93KT8kYCwgJ2Fza3MgdXMgdG8gcmVtb3ZlIC8gbG9zZSB0aGVpciBudW1iZXInKSxcbiAgcCgnZW4udW5zdWJzY3JpYmUnLCBgXFxcXGIodW5zdWJzY3JpYmV8dW5zdWJzY3JpYmluZ3x1bnN1YmNyaWJlfHVuc3Vic2NpYmV8dW5zdXNjcmliZXx1bnN1YnNjcmlifHVuc3VifG9wdCBvdXR8b3B0b3V0fG9wdCBtZSBvdXR8b3B0aW5nIG91dHxvcHQgb3V0dGF8ZGVyZWdpc3Rlcnx1bmVucm9sbClcXFxcYmAsICdzYXlzIHVuc3Vic2NyaWJlIC8gb3B0IG91dCcpLFxuICBwKCdlbi5sZWF2ZS1hbG9uZScsIGBcXFxcYihsZWF2ZSBtZSBhbG9uZXxsb3NlIG15IG51bWJlcnxkZWxldGUgbXkgbnVtYmVyfGdvIGF3YXl8ZnVjayBvZmZ8ZiBvZmZ8cGlzcyBvZmZ8c3RvcCBoYXJhc3NpbmcpXFxcXGJgLCAnYXNrcyB0byBiZSBsZWZ0IGFsb25lJyksXG4gIHAoJ2VuLmRvbnQtd2FudCcsIGBcXFxcYihpfHdlKSggcmVhbGx5KT8gKGRvbnR8ZG8gbm90fG5vIGxvbmdlcnxuZXZlcikgKHdhbnR8d2lzaHxuZWVkfGxpa2UpKCB0byAoZ2V0fHJlY2VpdmV8YmUgZ2V0dGluZ3xrZWVwIGdldHRpbmd8aGF2ZSl8IGFueXwgeW91cnwgdGhlc2V8IHRob3NlfCBtb3JlfCB0byBiZSk/KCBcXFxcdyspezAsM30/ICgke01TR318JHtQUk9NTy5zbGljZSgxLCAtMSl9fGNvbnRhY3RlZClcXFxcYmAsICdzYXlzIHRoZXkgZG8gbm90IHdhbnQgb3VyIG1lc3NhZ2VzJyksXG4gIHAoJ2VuLm5vdC1pbnRlcmVzdGVkJywgYFxcXFxiKG5vIGxvbmdlcnxub3R8YW0gbm90fGltIG5vdCkgaW50ZXJlc3RlZCBpbiAocmVjZWl2aW5nfGdldHRpbmd8dGhlc2V8eW91cnxhbnl8dGhlKSggXFxcXHcrKXswLDJ9PyAke01TR31cXFxcYmAsICdzYXlzIHRoZXkgYXJlIG5vIGxvbmdlciBpbnRlcmVzdGVkIGluIG91ciBtZXNzYWdlcycpLFxuICBwKCdlbi5uby10ZXh0cycsIGBcXFxcYm5vIChtb3JlICk/KHRleHRzP3x0eHRzP3xtZXNzYWdlcz98bXNncz98c21zfHRleHRpbmcpKCBwbGVhc2V8IHBsc3wgdGhhbmtzfCB0aGFuayB5b3UpPyRgLCAnYXNrcyBmb3Igbm8gdGV4dHMnKSxcbiAgcCgnZW4uYmxvY2snLCBgXFxcXGIoYmxvY2t8YmxvY2tpbmd8cmVwb3J0fHJlcG9ydGluZykgKHlvdXx0aGlzIChudW1iZXJ8Iyl8eW91ciAobnVtYmVyfCMpfHRoaXMgYXMgc3BhbSlcXFxcYmAsICd0aHJlYXRlbnMgdG8gYmxvY2sgLyByZXBvcnQgdGhlIG51bWJlcicpLFxuICBwKCdlbi53cm9uZy1udW1iZXInLCBgXihcXFxcdysgKXswLDR9d3JvbmcgKG51bWJlcnxwZXJzb258IykoIFxcXFx3Kyl7MCw2fSRgLCAnc2F5cyB3ZSB0ZXh0ZWQgdGhlIHdyb25nIG51bWJlcicpLFxuICBwKCdlbi5zdG9wLWl0JywgYF4oXFxcXHcrICl7MCwyfShzdG9wfHF1aXQpIChpdHx0aGlzfHRoYXR8bm93fGFscmVhZHl8aW1tZWRpYXRlbHl8cGxzfHBsZWFzZSkoIFxcXFx3Kyl7MCwyfSRgLCAndGVsbHMgdXMgdG8gc3RvcCcpLFxuICAvLyBTcGFuaXNoXG4gIHAoJ2VzLm5vLW1lLW1hbmRlbicsIGBcXFxcYm5vIChtZXxub3MpIChtYW5kZW58bWFuZGV8bWFuZGVzfGVudmllbnxlbnZpZXxlbnZpZXN8ZXNjcmliYW58ZXNjcmliYXxlc2NyaWJhc3x0ZXh0ZWVzfHRleHRlZW58dGV4dGVufGNvbnRhY3RlbnxsbGFtZW58bW9sZXN0ZW58c2lnYW4gKG1hbmRhbmRvfGVudmlhbmRvfGVzY3JpYmllbmRvKSlcXFxcYnxcXFxcYm5vIChtYW5kZW58ZW52aWVufGVzY3JpYmFufG1hbmRlfGVudmllKSggbWFzKT8gKG1lbnNhamVzfHRleHRvc3xtc2pzP3xzbXN8cHJvbW9jaW9uZXN8b2ZlcnRhcylcXFxcYmAsICdwaWRlIHF1ZSBubyBsZSBtYW5kZW4gbVx1MDBFMXMgbWVuc2FqZXMgKGVzKScpLFxuICBwKCdlcy5uby1lbnZpYXJtZScsIGBcXFxcYm5vIChlbnZpYXJtZXxtYW5kYXJtZXxlc2NyaWJpcm1lfHRleHRlYXJtZXxjb250YWN0YXJtZSlcXFxcYmAsICdwaWRlIG5vIGVudmlhcmxlIG1lbnNhamVzIChlcyknKSxcbiAgcCgnZXMuZGVqZW4tZGUnLCBgXFxcXGIoZGVqZW58ZGVqZXxkZWphfGRlamFyfHBhcmVufHBhcmV8cGFyYXxwYXJhcikgZGUgKGVudmlhcnxtYW5kYXJ8ZXNjcmliaXJ8dGV4dGVhcnxjb250YWN0YXJ8bW9sZXN0YXIpKG1lfG5vcyk/XFxcXGJgLCAncGlkZSBxdWUgZGVqZW4gZGUgZW52aWFybGUgbWVuc2FqZXMgKGVzKScpLFxuICBwKCdlcy5zYWNhbWUnLCBgXFxcXGIoYmFqYW1lfGJhamVubWV8YmFqZW1lfHNhY2FtZXxzYXF1ZW5tZXxzYXF1ZW1lfHF1aXRhbWV8cXVpdGVubWV8cXVpdGVtZXxib3JyYW1lfGJvcnJlbm1lfGJvcnJlbWV8ZWxpbWluZW5tZXxlbGltaW5lbWV8ZWxpbWluYW1lfHJlbXVldmFubWUpKCBcXFxcdyspezAsMn0/IChkZXxkZWwpIChsYSB8c3UgfHN1cyB8ZXN0YSB8ZXN0ZSB8dHUgKT8obGlzdGF8bGlzdGFzfG1lbnNhamVzfHRleHRvc3xzaXN0ZW1hfGJhc2V8cHJvZ3JhbWEpXFxcXGJ8XFxcXGIoZGFybWUgZGUgYmFqYXxkYXIgZGUgYmFqYXxtZSBkb3kgZGUgYmFqYXxkZW5tZSBkZSBiYWphfGRlbWUgZGUgYmFqYXxxdWllcm8gbGEgYmFqYSlcXFxcYmAsICdwaWRlIHF1ZSBsZSBzYXF1ZW4gZGUgbGEgbGlzdGEgKGVzKScpLFxuICBwKCdlcy5uby1xdWllcm8nLCBgXFxcXGIoeWEgKT9ubyAocXVpZXJvfGRlc2VvfG5lY2VzaXRvKSAocmVjaWJpciB8c2VndWlyIHJlY2liaWVuZG8gfG1hcyB8c3VzIHxlc3RvcyB8dHVzICkqKG1lbnNhamVzfHRleHRvc3xtc2pzP3xzbXN8cHJvbW9jaW9uZXN8b2ZlcnRhc3xtZW5zYWppdG9zKVxcXFxiYCwgJ2RpY2UgcXVlIG5vIHF1aWVyZSBtXHUwMEUxcyBtZW5zYWplcyAoZXMpJyksXG4gIHAoJ2VzLm5vLW1hcycsIGBcXFxcYm5vIG1hcyAobWVuc2FqZXN8dGV4dG9zfG1zanM/fHNtc3xwcm9tb2Npb25lcylcXFxcYmAsICdwaWRlIG5vIG1cdTAwRTFzIG1lbnNhamVzIChlcyknKSxcbiAgcCgnZXMuY2FuY2VsYXItc3VzY3JpcGNpb24nLCBgXFxcXGIoY2FuY2VsYXJ8Y2FuY2VsYXxjYW5jZWxlbnxhbnVsYXIpIChsYSB8bWkgKT8oc3VzY3JpcGNpb258c3Vic2NyaXBjaW9ufGluc2NyaXBjaW9uKVxcXFxifFxcXFxiZGVzdXNjcmliXFxcXHcqYCwgJ3BpZGUgY2FuY2VsYXIgbGEgc3VzY3JpcGNpXHUwMEYzbiAoZXMpJyksXG4gIC8vIFBvcnR1Z3Vlc2VcbiAgcCgncHQucGFyZS1kZScsIGBcXFxcYihwYXJlfHBhcmVtfHBhcmEpIGRlIChtZSApPyhlbnZpYXJ8bWFuZGFyfGVzY3JldmVyKVxcXFxiYCwgJ3BlZGUgcGFyYSBwYXJhciBkZSBlbnZpYXIgbWVuc2FnZW5zIChwdCknKSxcbiAgcCgncHQubmFvLXF1ZXJvJywgYFxcXFxibmFvIChtZSApPyhlbnZpZXxlbnZpZW18bWFuZGV8bWFuZGVtKSggbWFpcyk/IChtZW5zYWdlbnN8c21zfHRleHRvc3xtYWlzKVxcXFxifFxcXFxibmFvIChxdWVyb3xkZXNlam8pIChtYWlzICk/cmVjZWJlciggbWFpcyk/IChtZW5zYWdlbnN8c21zfHRleHRvc3xwcm9tb2NvZXMpXFxcXGJgLCAnZGl6IHF1ZSBuXHUwMEUzbyBxdWVyIG1haXMgbWVuc2FnZW5zIChwdCknKSxcbiAgcCgncHQuZGVzY2FkYXN0cmFyJywgYFxcXFxiKGRlc2NhZGFzdHJcXFxcdyp8Y2FuY2VsYXIgKGEgKT9pbnNjcmljYW98KG1lICk/KHRpcmV8dGlyZW18cmVtb3ZhfHJlbW92YW0pIChkYXxkZXN0YXxkZXNzYSkgbGlzdGEpXFxcXGJgLCAncGVkZSBwYXJhIHNhaXIgZGEgbGlzdGEgKHB0KScpLFxuICAvLyBGcmVuY2hcbiAgcCgnZnIuZGVzYWJvbm5lcicsIGBcXFxcYihkZXNhYm9ublxcXFx3KnxkZXNpbnNjcmlcXFxcdyp8cmV0aXJleiBtb2l8c3VwcHJpbWV6IG1vaSlcXFxcYmAsICdkZW1hbmRlIFx1MDBFMCBzZSBkXHUwMEU5c2Fib25uZXIgKGZyKScpLFxuICBwKCdmci5uZS1wbHVzJywgYFxcXFxibmUgPyhtfG1lICk/KGVudm95ZXp8ZW52b2llfGVjcml2ZXp8dGV4dGV6fGNvbnRhY3RleikgcGx1c1xcXFxifFxcXFxiKGFycmV0ZXp8YXJyZXRlfGNlc3NleikgZGUgKG18bWUgKT8oZW52b3llcnxlY3JpcmV8dGV4dGVyfGNvbnRhY3RlcilcXFxcYnxcXFxcYnBsdXMgZGUgKG1lc3NhZ2VzfHNtc3x0ZXh0b3MpXFxcXGJgLCAnZGVtYW5kZSBkZSBuZSBwbHVzIGVudm95ZXIgZGUgbWVzc2FnZXMgKGZyKScpLFxuICAvLyBUYWdhbG9nXG4gIHAoJ3RsLndhZy10ZXh0JywgYFxcXFxiKHdhZ3xodXdhZykgKG55b3xuaXlvfG1vfG5hfHBvKSggbmF8IHBvfCBueW98IG5peW98IG5hIHBvKSogKGFrb25nIHxha28gfGthbWluZyB8cG8gfGtheW9uZyB8a2F5byApPyhpIHRleHR8aXRleHR8aXR4dHxtYWcgdGV4dHxtYWd0ZXh0fHRleHR8cGFkYWxoYW58dGF3YWdhbnxpIG1lc3NhZ2V8aW1lc3NhZ2V8bWVuc2FoZSlcXFxcYmAsICdzaW5hYmluZyBodXdhZyBuYSBzaWxhbmcgaS10ZXh0ICh0bCknKSxcbiAgcCgndGwuaXRpZ2lsJywgYFxcXFxiKGl0aWdpbHx0aWdpbGFufHR1bWlnaWx8cGFraWl0aWdpbHxwYWtpIGl0aWdpbHxwYWtpdGlnaWwpXFxcXGIoIFxcXFx3Kyl7MCwzfT8gKHRleHR8bWVuc2FoZXxwYWcgdGV4dHxwYWd0ZXh0KVxcXFxifFxcXFxidGlnaWxhbiAobnlvfG5peW98bW8pIChuYSApPyhha298a2FtaSlcXFxcYnxcXFxcYmF5b2tvIChuYSApPyhuZ3xuYW5nfG1ha2F0YW5nZ2FwIG5nKSAodGV4dHxtZW5zYWhlKVxcXFxiYCwgJ2h1bWlsaW5nIG5hIGl0aWdpbCBhbmcgbWdhIHRleHQgKHRsKScpLFxuICAvLyBWaWV0bmFtZXNlIChhY2NlbnRzIHN0cmlwcGVkKVxuICBwKCd2aS5kdW5nLWd1aScsIGBcXFxcYihkdW5nfG5ndW5nKSAoZ3VpfG5oYW58bmhhbiB0aW58Z3VpIHRpbilcXFxcYnxcXFxcYmh1eSBkYW5nIGt5XFxcXGJ8XFxcXGJraG9uZyAobXVvbiApP25oYW4gKHRpbnx0aW4gbmhhbikoIFxcXFx3Kyl7MCwyfSBudWFcXFxcYmAsICd5XHUwMEVBdSBjXHUxRUE3dSBuZ1x1MUVFQm5nIGdcdTFFRURpIHRpbiBuaFx1MUVBRm4gKHZpKScpLFxuICAvLyBSdXNzaWFuIChcdTA0MzkgXHUyMTkyIFx1MDQzOCBhZnRlciBzdHJpcHBpbmcpXG4gIHAoJ3J1Lm90cGlzaGl0ZScsIGBcXFxcYihcdTA0M0VcdTA0NDJcdTA0M0ZcdTA0MzhcdTA0NDhcXFxccHtMfSp8XHUwNDNFXHUwNDQyXHUwNDNGXHUwNDM4XHUwNDQxXHUwNDMwXHUwNDQyXFxcXHB7TH0qKVxcXFxifFxcXFxiKFx1MDQzRFx1MDQzNXxcdTA0MzFcdTA0M0VcdTA0M0JcdTA0NENcdTA0NDhcdTA0MzUgXHUwNDNEXHUwNDM1KSAoXHUwNDNGXHUwNDM4XHUwNDQ4XHUwNDM4XHUwNDQyXHUwNDM1fFx1MDQzRlx1MDQ0MFx1MDQzOFx1MDQ0MVx1MDQ0Qlx1MDQzQlx1MDQzMFx1MDQzOFx1MDQ0Mlx1MDQzNXxcdTA0M0VcdTA0NDJcdTA0M0ZcdTA0NDBcdTA0MzBcdTA0MzJcdTA0M0JcdTA0NEZcdTA0MzhcdTA0NDJcdTA0MzV8XHUwNDQ4XHUwNDNCXHUwNDM4XHUwNDQyXHUwNDM1fFx1MDQzMVx1MDQzNVx1MDQ0MVx1MDQzRlx1MDQzRVx1MDQzQVx1MDQzRVx1MDQzOFx1MDQ0Mlx1MDQzNSlcXFxcYnxcXFxcYihcdTA0M0ZcdTA0NDBcdTA0MzVcdTA0M0FcdTA0NDBcdTA0MzBcdTA0NDJcdTA0MzhcdTA0NDJcdTA0MzV8XHUwNDNGXHUwNDM1XHUwNDQwXHUwNDM1XHUwNDQxXHUwNDQyXHUwNDMwXHUwNDNEXHUwNDRDXHUwNDQyXHUwNDM1fFx1MDQ0NVx1MDQzMlx1MDQzMFx1MDQ0Mlx1MDQzOFx1MDQ0MikgKFx1MDQzRlx1MDQ0MFx1MDQzOFx1MDQ0MVx1MDQ0Qlx1MDQzQlx1MDQzMFx1MDQ0Mlx1MDQ0Q3xcdTA0M0ZcdTA0MzhcdTA0NDFcdTA0MzBcdTA0NDJcdTA0NEN8XHUwNDNFXHUwNDQyXHUwNDNGXHUwNDQwXHUwNDMwXHUwNDMyXHUwNDNCXHUwNDRGXHUwNDQyXHUwNDRDfFx1MDQ0MVx1MDQzQlx1MDQzMFx1MDQ0Mlx1MDQ0QylcXFxcYmAsICdcdTA0M0ZcdTA0NDBcdTA0M0VcdTA0NDFcdTA0MzhcdTA0NDIgXHUwNDMxXHUwNDNFXHUwNDNCXHUwNDRDXHUwNDQ4XHUwNDM1IFx1MDQzRFx1MDQzNSBcdTA0M0ZcdTA0MzhcdTA0NDFcdTA0MzBcdTA0NDJcdTA0NEMgKHJ1KScpLFxuICAvLyBDaGluZXNlLCBKYXBhbmVzZSwgS29yZWFuOiBubyBzcGFjZXMsIHNvIHN1YnN0cmluZ3MuXG4gIHAoJ3poLnR1aWRpbmcnLCBgKFx1OTAwMFx1OEJBMnxcdTkwMDBcdThBMDJ8XHU1M0Q2XHU2RDg4XHU4QkEyXHU5NjA1fFx1NTNENlx1NkQ4OFx1OEEwMlx1OTVCMXxcdTUwNUNcdTZCNjJcdTUzRDFcdTkwMDF8XHU1MDVDXHU2QjYyXHU3NjdDXHU5MDAxfFx1NEUwRFx1ODk4MVx1NTE4RFx1NTNEMXxcdTRFMERcdTg5ODFcdTUxOERcdTc2N0N8XHU1MjJCXHU1MThEXHU1M0QxfFx1NTIyNVx1NTE4RFx1NzY3Q3xcdTRFMERcdTg5ODFcdTUzRDFcdTc3RURcdTRGRTF8XHU0RTBEXHU4OTgxXHU3RUQ5XHU2MjExXHU1M0QxfFx1NTIyQlx1N0VEOVx1NjIxMVx1NTNEMXxcdTUwNUNcdTZCNjJcdTc3RURcdTRGRTEpYCwgJ1x1ODk4MVx1NkM0Mlx1OTAwMFx1OEJBMiAvIFx1NTA1Q1x1NkI2Mlx1NTNEMVx1OTAwMVx1NzdFRFx1NEZFMSAoemgpJyksXG4gIHAoJ2phLnRlaXNoaScsIGAoXHU5MTREXHU0RkUxXHU1MDVDXHU2QjYyfFx1OTAwMVx1MzA4OVx1MzA2QVx1MzA0NFx1MzA2N3xcdTkwMDFcdTRGRTFcdTUwNUNcdTZCNjJ8XHUzMEUxXHUzMEMzXHUzMEJCXHUzMEZDXHUzMEI4XHU0RTBEXHU4OTgxKWAsICdcdTkxNERcdTRGRTFcdTUwNUNcdTZCNjJcdTMwOTJcdTVFMENcdTY3MUIgKGphKScpLFxuICBwKCdrby5nZXVtYW4nLCBgKFx1QzIxOFx1QzJFMFx1QUM3MFx1QkQ4MHxcdUMyMThcdUMyRTAgXHVBQzcwXHVCRDgwfFx1QURGOFx1QjlDQyBcdUJDRjRcdUIwQjR8XHVCQ0Y0XHVCMEI0XHVDOUMwIFx1QjlDOHxcdUJDRjRcdUIwQjRcdUM5QzBcdUI5Qzh8XHVCQjM4XHVDNzkwIFx1QURGOFx1QjlDQ3xcdUM1RjBcdUI3N0RcdUQ1NThcdUM5QzAgXHVCOUM4fFx1QUQ2Q1x1QjNDNSBcdUNERThcdUMxOEN8XHVBRDZDXHVCM0M1XHVDREU4XHVDMThDKWAsICdcdUMyMThcdUMyRTAgXHVBQzcwXHVCRDgwIFx1QzY5NFx1Q0NBRCAoa28pJyksXG5dO1xuXG4vKiogT3B0aW5nIGJhY2sgaW4uICovXG5jb25zdCBPUFRfSU5fUEhSQVNFUzogUGhyYXNlW10gPSBbXG4gIHAoJ2VuLnJlc3Vic2NyaWJlJywgYFxcXFxiKHJlID9zdWJzY3JpYmV8cmVzdWJzY3JpYmV8dW5zdG9wfG9wdCAobWUgKT8oYmFjayApP2lufG9wdCBpbiBhZ2FpbnxzaWduIG1lIChiYWNrICk/dXAgYWdhaW58c3Vic2NyaWJlIG1lIGFnYWlufGFkZCBtZSBiYWNrKVxcXFxiYCwgJ2Fza3MgdG8gYmUgc3Vic2NyaWJlZCBhZ2FpbicpLFxuICBwKCdlbi5zdGFydC1hZ2FpbicsIGBcXFxcYihzdGFydHxyZXN1bWV8cmVzdGFydHxjb250aW51ZSkgKHNlbmRpbmd8dGV4dGluZ3xtZXNzYWdpbmd8bXkgcmVtaW5kZXJzfHRoZSByZW1pbmRlcnN8dGhlIHRleHRzfHRleHRzKSggbWUpPyggXFxcXHcrKXswLDN9PyAoYWdhaW58YmFjaylcXFxcYnxcXFxcYihzdGFydHxyZXN1bWV8cmVzdGFydCkgKHNlbmRpbmd8dGV4dGluZ3xtZXNzYWdpbmcpIG1lXFxcXGJgLCAnYXNrcyB1cyB0byBzdGFydCB0ZXh0aW5nIGFnYWluJyksXG4gIHAoJ2VuLndhbnQtYWdhaW4nLCBgXFxcXGIod2FudHxsaWtlfHdhbm5hKSB0byAoZ2V0fHJlY2VpdmV8c3RhcnQgZ2V0dGluZ3xrZWVwIGdldHRpbmd8YmUgZ2V0dGluZykgKHlvdXIgfHRoZSB8bXkgKT8odGV4dHN8bWVzc2FnZXN8cmVtaW5kZXJzfHRleHQgcmVtaW5kZXJzKSggXFxcXHcrKXswLDJ9PyBhZ2FpblxcXFxiYCwgJ3dhbnRzIG91ciB0ZXh0cyBhZ2FpbicpLFxuICBwKCdlbi5taXN0YWtlJywgYFxcXFxiKGFjY2lkZW50YWxseXxieSBhY2NpZGVudHxieSBtaXN0YWtlfGRpZG50IG1lYW4gdG98ZGlkIG5vdCBtZWFuIHRvfG1pc3Rha2VubHkpXFxcXGIoIFxcXFx3Kyl7MCwzfT8gKHN0b3B8dW5zdWJzY3JpYmV8dW5zdWJzY3JpYmVkfG9wdCBvdXR8b3B0ZWQgb3V0fHN0b3BwZWQpXFxcXGJ8XFxcXGIoc3RvcHx1bnN1YnNjcmliZXxzdG9wcGVkfG9wdGVkIG91dClcXFxcYiggXFxcXHcrKXswLDN9PyAoYnkgbWlzdGFrZXxieSBhY2NpZGVudClcXFxcYmAsICdzYXlzIHRoZSBvcHQtb3V0IHdhcyBhIG1pc3Rha2UnKSxcbiAgcCgnZXMudm9sdmVyJywgYFxcXFxiKD88IW5vICkocXVpZXJvfGRlc2VvKSAodm9sdmVyIGEgKT9yZWNpYmlyIChsb3MgfHN1cyApPyhtZW5zYWplc3x0ZXh0b3N8cmVjb3JkYXRvcmlvcykoIGRlIG51ZXZvfCBvdHJhIHZleik/XFxcXGJ8XFxcXGJzdXNjcmliaXJtZSAoZGUgbnVldm98b3RyYSB2ZXopXFxcXGJgLCAncXVpZXJlIHJlY2liaXIgbWVuc2FqZXMgb3RyYSB2ZXogKGVzKScpLFxuXTtcblxuLyoqIE1ldGEgcXVlc3Rpb25zIGFib3V0IHRoZSBwcm9ncmFtbWUgaXRzZWxmIGdldCB0aGUgSEVMUCByZXBseSAod2hpY2ggYWxzbyBzYXlzIGhvdyB0byBvcHQgb3V0KS4gKi9cbmNvbnN0IEhFTFBfUEhSQVNFUzogUGhyYXNlW10gPSBbXG4gIHAoJ2VuLndoby1pcy10aGlzJywgYF4oXFxcXHcrICl7MCwyfSh3aG8gaXMgdGhpc3x3aG9zIHRoaXN8d2hvIGRpc3x3aG8gYXJlIHlvdXx3aGF0IGlzIHRoaXMgKG51bWJlcnxhYm91dHx0ZXh0fGZvcil8d2hhdHMgdGhpcyAobnVtYmVyfGFib3V0fHRleHR8Zm9yKXx3aGF0IG51bWJlciBpcyB0aGlzfGhvdyBkaWQgeW91IGdldCBteSBudW1iZXJ8d2h5IGFtIGkgZ2V0dGluZyAodGhlc2V8dGhpc3x0ZXh0c3xtZXNzYWdlcykpKCBcXFxcdyspezAsM30kYCwgJ2Fza3Mgd2hvIGlzIHRleHRpbmcgLyB3aHknKSxcbiAgcCgnZXMucXVpZW4nLCBgXihcXFxcdysgKXswLDJ9KHF1aWVuIGVzfHF1aWVuIGhhYmxhfHF1aWVuIGVyZXN8ZGUgZG9uZGUgc2FjYXJvbiBtaSBudW1lcm8pKCBcXFxcdyspezAsM30kYCwgJ3ByZWd1bnRhIHF1aVx1MDBFOW4gZXNjcmliZSAoZXMpJyksXG5dO1xuXG4vKiogTmVnYXRpb24gcmlnaHQgYmVmb3JlIGFuIG9wdC1vdXQgcGhyYXNlIGNhbmNlbHMgaXQ6IFwiZG9uJ3Qgc3RvcCB0aGUgcmVtaW5kZXJzXCIsIFwiSSBkb24ndCB3YW50IHRvIHVuc3Vic2NyaWJlXCIuICovXG5jb25zdCBORUdBVElPTl9CRUZPUkUgPSB3b3JkUmVnZXgoYFxcXFxiKGRvbnR8ZG8gbm90fGRpZG50fGRpZCBub3R8bmV2ZXJ8bm90fG5vIG5lZWQgdG98d29udHx3aWxsIG5vdHxzaG91bGRudHxjYW50fGNhbm5vdHxkb2VzbnR8bm8gcXVpZXJvfG5vKSggd2FudCB0b3wgd2FubmF8IG1lYW4gdG98IG5lZWQgdG98IGhhdmUgdG98IGV2ZXIpPyggXFxcXHcrKT8kYCk7XG4vKiogU2VudGVuY2VzIHRoYXQga2VlcCB0ZXh0aW5nIHdhbnRlZDogYSBwaHJhc2UgbWF0Y2ggaW4gdGhlbSBpcyBub3QgYSByZXZvY2F0aW9uLiAqL1xuY29uc3QgS0VFUF9URVhUSU5HID0gd29yZFJlZ2V4KGBcXFxcYihrZWVwIChzZW5kaW5nfHRleHRpbmd8dGhlIHJlbWluZGVyc3xteSByZW1pbmRlcnN8bWUgcG9zdGVkfG1lIHVwZGF0ZWQpfCh0ZXh0fHR4dHxtZXNzYWdlKSBtZSBpbnN0ZWFkfHByZWZlciAodGV4dHM/fHRleHRpbmcpfCh0ZXh0fHRleHRpbmcpIGlzIChmaW5lfGJldHRlcnxva3xiZXN0KXwoY2FuIHlvdXxjb3VsZCB5b3V8cGxzfHBsZWFzZSkgKHRleHR8dHh0KSBtZXwoanVzdHxvbmx5KSAodGV4dHx0eHQpKCBtZSk/fHJhdGhlciAodGV4dHx0ZXh0aW5nKXx0ZXh0IG9ubHl8b25seSB0ZXh0KVxcXFxiYCk7XG4vKiogVGhlIHBhdGllbnQgdGFsa2luZyBhYm91dCB0aGVpciBvd24gdGV4dGluZzogXCJJJ2xsIHN0b3AgdGV4dGluZyB5b3Ugc28gbGF0ZVwiLCBcInNvcnJ5LCBJIHdpbGwgc3RvcCBjYWxsaW5nXCIuICovXG5jb25zdCBTRUxGX1NVQkpFQ1QgPSB3b3JkUmVnZXgoYFxcXFxiKGl8aWxsfGkgd2lsbHx3ZXx3ZSB3aWxsfHdlbGx8aSBjYW58aSBzaG91bGR8aSBjb3VsZHxpIG1pZ2h0fGkgbWF5fGkgbmVlZCB0b3xpIGhhdmUgdG98aSBoYWQgdG98aW0gZ29pbmcgdG98aW0gZ29ubmF8aW1hfHZveSBhfHZhbW9zIGEpKCBqdXN0KT8kYCk7XG4vKiogXCJob3cgZG8gSSBzdG9wIHRoaXM/XCIgbWF5IGJlIGFib3V0IGEgc3ltcHRvbTogb25seSBhIHBsYWluIFwic3RvcCB0aGVzZVwiIGNvdW50cy4gKi9cbmNvbnN0IFFVRVNUSU9OX0JFRk9SRSA9IHdvcmRSZWdleChgXFxcXGIoaG93fHdoYXR8c2hvdWxkfGRvIGl8Y2FuIGl8d2h5fHdoZW4pXFxcXGJgKTtcbi8qKiBUaW1pbmcgLyBvdGhlci1jaGFubmVsIHF1YWxpZmllcnM6IFwiZG9uJ3QgdGV4dCBtZSBiZWZvcmUgOWFtXCIsIFwic3RvcCBlbWFpbGluZyBtZSB0aGUgYmlsbFwiLiAqL1xuY29uc3QgTk9UX1JFVk9DQVRJT04gPSB3b3JkUmVnZXgoYFxcXFxiKGJlZm9yZSBcXFxcZFxcXFx3KnxhZnRlciBcXFxcZFxcXFx3KnxzbyBlYXJseXxzbyBsYXRlfGF0IG5pZ2h0fHRoaXMgZWFybHl8dW50aWx8dGhlIGJpbGx8aW52b2ljZXxyZWNlaXB0fHRvIG15IG9sZHxvbGQgbnVtYmVyfG15IGh1c2JhbmR8bXkgd2lmZXxteSBtb218d2FpdGxpc3R8d2FpdCBsaXN0fGNhbmNlbGxhdGlvbiBsaXN0fGVtYWlsaW5nfGZyb20gbXkgKGJhbmt8Y2FycmllcnxwaGFybWFjeXxpbnN1cmFuY2V8c2Nob29sfHdvcmt8am9iKSlcXFxcYmApO1xuXG5jb25zdCBzdHJpcEZpbGxlciA9ICh0OiBzdHJpbmcpOiBzdHJpbmcgPT4ge1xuICBjb25zdCB0b2tlbnMgPSB0LnNwbGl0KCcgJykuZmlsdGVyKCh3KSA9PiAhRklMTEVSLmhhcyh3KSk7XG4gIC8vIFwiU1RPUCBTVE9QIFNUT1BcIiBcdTIxOTIgXCJzdG9wXCI7IGEgbWVzc2FnZSBvZiBvbmx5IGZpbGxlciBrZWVwcyBpdHMgZmlyc3Qgd29yZC5cbiAgaWYgKHRva2Vucy5sZW5ndGggPT09IDApIHJldHVybiB0LnNwbGl0KCcgJykuaW5jbHVkZXMoJ3N0b3AnKSA/ICdzdG9wJyA6IHQ7XG4gIHJldHVybiBbLi4ubmV3IFNldCh0b2tlbnMpXS5qb2luKCcgJyk7XG59O1xuXG5mdW5jdGlvbiBrZXl3b3JkT2Yobm9ybWFsaXplZDogc3RyaW5nLCB3b3JkczogUmVjb3JkPHN0cmluZywgc3RyaW5nPik6IHN0cmluZyB8IG51bGwge1xuICBpZiAod29yZHNbbm9ybWFsaXplZF0gIT09IHVuZGVmaW5lZCkgcmV0dXJuIG5vcm1hbGl6ZWQ7XG4gIGNvbnN0IHN0cmlwcGVkID0gc3RyaXBGaWxsZXIobm9ybWFsaXplZCk7XG4gIHJldHVybiB3b3Jkc1tzdHJpcHBlZF0gIT09IHVuZGVmaW5lZCA/IHN0cmlwcGVkIDogbnVsbDtcbn1cblxuZnVuY3Rpb24gZnV6enlPcHRPdXQobm9ybWFsaXplZDogc3RyaW5nKTogc3RyaW5nIHwgbnVsbCB7XG4gIGNvbnN0IGNhbmRpZGF0ZSA9IHN0cmlwRmlsbGVyKG5vcm1hbGl6ZWQpLnJlcGxhY2UoLyAvZywgJycpO1xuICBpZiAoY2FuZGlkYXRlLmxlbmd0aCA8IDMgfHwgTk9UX1NUT1AuaGFzKGNhbmRpZGF0ZSkpIHJldHVybiBudWxsO1xuICBmb3IgKGNvbnN0IFt3b3JkLCBtYXhdIG9mIEZVWlpZX09QVF9PVVQpIHtcbiAgICBpZiAoY2FuZGlkYXRlLmxlbmd0aCA+PSB3b3JkLmxlbmd0aCAtIG1heCAmJiBlZGl0RGlzdGFuY2UoY2FuZGlkYXRlLCB3b3JkLCBtYXgpIDw9IG1heCkgcmV0dXJuIHdvcmQ7XG4gIH1cbiAgcmV0dXJuIG51bGw7XG59XG5cbmNvbnN0IFBST01PX1JFID0gd29yZFJlZ2V4KGBcXFxcYiR7UFJPTU99XFxcXGJgKTtcbmNvbnN0IE1TR19OT1VOX1JFID0gd29yZFJlZ2V4KGBcXFxcYiR7TVNHX05PVU59XFxcXGJgKTtcbmNvbnN0IFBST01PX05PVU5fUkUgPSBuZXcgUmVnRXhwKHdvcmRSZWdleChgXFxcXGIke1BST01PfSAke01TR19OT1VOfVxcXFxiYCkuc291cmNlLCAnZ3UnKTtcbmNvbnN0IEtFRVBfUkVNSU5ERVJTX1JFID0gd29yZFJlZ2V4KGBcXFxcYihrZWVwfHN0aWxsIHdhbnR8b25seSB3YW50fGV4Y2VwdHxidXQgbm90fHN0aWxsIChnZXR8c2VuZCl8anVzdCB0aGV8YnV0KSAoXFxcXHcrICl7MCwzfShyZW1pbmRlcnM/fGFwcG9pbnRtZW50fGFwcHR8YXBwb2ludG1lbnRzKWApO1xuLyoqXG4gKiBcInN0b3AgdGhlIHByb21vc1wiIG9yIFwic3RvcCB0aGUgcHJvbW9zIGJ1dCBrZWVwIG15IHJlbWluZGVyc1wiIGlzIG1hcmtldGluZy1vbmx5OyBcInN0b3AgYWxsIHRleHRzIGFuZFxuICogcHJvbW9zXCIgaXMgZXZlcnl0aGluZzsgYW55dGhpbmcgdW5jbGVhciBpcyBldmVyeXRoaW5nIChGQ0M6IHdoZW4gdW5zdXJlLCByZXZva2UgYWxsKS5cbiAqL1xuY29uc3Qgc2NvcGVGb3IgPSAobm9ybWFsaXplZDogc3RyaW5nKTogT3B0T3V0U2NvcGUgPT4ge1xuICBpZiAoIVBST01PX1JFLnRlc3Qobm9ybWFsaXplZCkpIHJldHVybiAnYWxsJztcbiAgaWYgKEtFRVBfUkVNSU5ERVJTX1JFLnRlc3Qobm9ybWFsaXplZCkpIHJldHVybiAnbWFya2V0aW5nJztcbiAgLy8gXCJtYXJrZXRpbmcgdGV4dHNcIiAvIFwicHJvbW8gbWVzc2FnZXNcIiBuYW1lIHRoZSBraW5kLCBub3QgYWxsIHRleHRzLlxuICBjb25zdCByZXN0ID0gbm9ybWFsaXplZC5yZXBsYWNlKEtFRVBfUkVNSU5ERVJTX1JFLCAnJykucmVwbGFjZShQUk9NT19OT1VOX1JFLCAnICcpO1xuICByZXR1cm4gTVNHX05PVU5fUkUudGVzdChyZXN0KSA/ICdhbGwnIDogJ21hcmtldGluZyc7XG59O1xuXG5leHBvcnQgZnVuY3Rpb24gZGV0ZWN0Q29uc2VudCh0ZXh0OiBzdHJpbmcsIGNvbnRleHQ6IHsgcmVwbHlUb0NvbmZpcm1hdGlvbj86IGJvb2xlYW4gfSA9IHt9KTogQ29uc2VudERldGVjdGlvbiB7XG4gIGNvbnN0IHJlc3VsdDogQ29uc2VudERldGVjdGlvbiA9IHsgb3B0T3V0OiBmYWxzZSwgb3B0SW46IGZhbHNlLCBoZWxwOiBmYWxzZSwgYmFyZUNhbmNlbDogZmFsc2UsIG1hdGNoZWQ6IFtdLCByZWFzb25zOiBbXSB9O1xuICBjb25zdCBub3JtYWxpemVkID0gbm9ybWFsaXplVGV4dCh0ZXh0KTtcbiAgaWYgKCFub3JtYWxpemVkKSByZXR1cm4gcmVzdWx0O1xuICBjb25zdCBxdW90ZWQgPSBgXCIke3RleHQudHJpbSgpLnNsaWNlKDAsIDYwKX1cImA7XG5cbiAgLy8gMS4gV2hvbGUtbWVzc2FnZSBrZXl3b3Jkcy5cbiAgY29uc3Qgb3V0V29yZCA9IGtleXdvcmRPZihub3JtYWxpemVkLCBPUFRfT1VUX1dPUkRTKTtcbiAgY29uc3QgaW5Xb3JkID0ga2V5d29yZE9mKG5vcm1hbGl6ZWQsIE9QVF9JTl9XT1JEUyk7XG4gIGNvbnN0IGZ1enp5ID0gb3V0V29yZCB8fCBpbldvcmQgPyBudWxsIDogZnV6enlPcHRPdXQobm9ybWFsaXplZCk7XG4gIGNvbnN0IGhlbHBXb3JkID0ga2V5d29yZE9mKG5vcm1hbGl6ZWQsIEhFTFBfV09SRFMpO1xuICBpZiAob3V0V29yZCA/PyBmdXp6eSkge1xuICAgIGNvbnN0IGtleSA9IChvdXRXb3JkID8/IGZ1enp5KSBhcyBzdHJpbmc7XG4gICAgY29uc3QgbGFiZWwgPSBPUFRfT1VUX1dPUkRTW2tleV0gPz8ga2V5LnRvVXBwZXJDYXNlKCk7XG4gICAgcmVzdWx0Lm9wdE91dCA9IHRydWU7XG4gICAgcmVzdWx0Lm9wdE91dFNjb3BlID0gJ2FsbCc7XG4gICAgcmVzdWx0Lm1ldGhvZCA9ICdrZXl3b3JkJztcbiAgICByZXN1bHQuYmFyZUNhbmNlbCA9IGtleSA9PT0gJ2NhbmNlbCcgfHwga2V5ID09PSAnY2FuY2VsYXInO1xuICAgIHJlc3VsdC5tYXRjaGVkLnB1c2goYGtleXdvcmQ6JHtrZXl9YCk7XG4gICAgcmVzdWx0LnJlYXNvbnMucHVzaChcbiAgICAgIGZ1enp5ICYmICFvdXRXb3JkXG4gICAgICAgID8gYFdob2xlIG1lc3NhZ2UgJHtxdW90ZWR9IHJlYWRzIGFzIHRoZSBvcHQtb3V0IGtleXdvcmQgJHtsYWJlbH0gKHR5cG8gd2l0aGluIGVkaXQgZGlzdGFuY2UpYFxuICAgICAgICA6IGBXaG9sZSBtZXNzYWdlICR7cXVvdGVkfSBpcyB0aGUgb3B0LW91dCBrZXl3b3JkICR7bGFiZWx9YCxcbiAgICApO1xuICAgIGlmIChyZXN1bHQuYmFyZUNhbmNlbCkgcmVzdWx0LnJlYXNvbnMucHVzaCgnQmFyZSBDQU5DRUwgcmV2b2tlcyBjb25zZW50IChGQ0MgbGlzdCkgYnV0IG1heSBoYXZlIG1lYW50IHRoZSBhcHBvaW50bWVudDogc3RhZmYgc2hvdWxkIGNhbGwnKTtcbiAgICByZXR1cm4gcmVzdWx0O1xuICB9XG4gIGlmIChpbldvcmQpIHtcbiAgICByZXN1bHQub3B0SW4gPSB0cnVlO1xuICAgIHJlc3VsdC5tZXRob2QgPSAna2V5d29yZCc7XG4gICAgcmVzdWx0Lm1hdGNoZWQucHVzaChga2V5d29yZDoke2luV29yZH1gKTtcbiAgICByZXN1bHQucmVhc29ucy5wdXNoKGBXaG9sZSBtZXNzYWdlICR7cXVvdGVkfSBpcyB0aGUgb3B0LWluIGtleXdvcmQgJHtPUFRfSU5fV09SRFNbaW5Xb3JkXX1gKTtcbiAgICByZXR1cm4gcmVzdWx0O1xuICB9XG4gIGNvbnN0IHllcyA9IG5vcm1hbGl6ZWQ7XG4gIGlmICghY29udGV4dC5yZXBseVRvQ29uZmlybWF0aW9uICYmIFlFU19XT1JEUy5oYXMoeWVzKSkge1xuICAgIHJlc3VsdC5vcHRJbiA9IHRydWU7XG4gICAgcmVzdWx0Lm1ldGhvZCA9ICdrZXl3b3JkJztcbiAgICByZXN1bHQubWF0Y2hlZC5wdXNoKGBrZXl3b3JkOiR7eWVzfWApO1xuICAgIHJlc3VsdC5yZWFzb25zLnB1c2goYFdob2xlIG1lc3NhZ2UgJHtxdW90ZWR9IGlzIFlFUywgYW4gb3B0LWluIGtleXdvcmQgd2hlbiBpdCBkb2VzIG5vdCBhbnN3ZXIgYSBjb25maXJtYXRpb24gcmVxdWVzdGApO1xuICAgIHJldHVybiByZXN1bHQ7XG4gIH1cbiAgaWYgKGhlbHBXb3JkKSB7XG4gICAgcmVzdWx0LmhlbHAgPSB0cnVlO1xuICAgIHJlc3VsdC5tZXRob2QgPSAna2V5d29yZCc7XG4gICAgcmVzdWx0Lm1hdGNoZWQucHVzaChga2V5d29yZDoke2hlbHBXb3JkfWApO1xuICAgIHJlc3VsdC5yZWFzb25zLnB1c2goYFdob2xlIG1lc3NhZ2UgJHtxdW90ZWR9IGlzIHRoZSBoZWxwIGtleXdvcmQgJHtIRUxQX1dPUkRTW2hlbHBXb3JkXX1gKTtcbiAgICByZXR1cm4gcmVzdWx0O1xuICB9XG5cbiAgLy8gT3B0aW5nIGJhY2sgaW4gd2lucyBvdmVyIHRoZSBvcHQtb3V0IHdvcmRzIGl0IHVzdWFsbHkgcXVvdGVzIChcIkkgdGV4dGVkIHN0b3AgYnkgbWlzdGFrZVwiKS5cbiAgZm9yIChjb25zdCBwaHJhc2Ugb2YgT1BUX0lOX1BIUkFTRVMpIHtcbiAgICBpZiAocGhyYXNlLnJlLnRlc3Qobm9ybWFsaXplZCkpIHtcbiAgICAgIHJlc3VsdC5vcHRJbiA9IHRydWU7XG4gICAgICByZXN1bHQubWV0aG9kID0gJ3BsYWluX2xhbmd1YWdlJztcbiAgICAgIHJlc3VsdC5tYXRjaGVkLnB1c2goYHBocmFzZToke3BocmFzZS5pZH1gKTtcbiAgICAgIHJlc3VsdC5yZWFzb25zLnB1c2goYFBsYWluLWxhbmd1YWdlIG9wdC1pbjogJHtwaHJhc2Uud2h5fWApO1xuICAgICAgcmV0dXJuIHJlc3VsdDtcbiAgICB9XG4gIH1cblxuICAvLyAyLiBBIHN0cm9uZyBrZXl3b3JkIGFsb25lIGFzIG9uZSBzZW50ZW5jZTogXCJTVE9QLiBXaG8gaXMgdGhpcz9cIiAoYnV0IG5vdCBcIlN0b3A/IFRoZSByZXRpbm9sP1wiKS5cbiAgY29uc3Qgc2VudGVuY2VzID0gdGV4dC5zcGxpdCgvKD88PVsuIT9cXG47OildfFtcXHB7RXh0ZW5kZWRfUGljdG9ncmFwaGljfV0pfCg/PVtcXHB7RXh0ZW5kZWRfUGljdG9ncmFwaGljfV0pL3UpLm1hcCgocykgPT4gcy50cmltKCkpLmZpbHRlcihCb29sZWFuKTtcbiAgaWYgKHNlbnRlbmNlcy5sZW5ndGggPiAxKSB7XG4gICAgZm9yIChjb25zdCBzZW50ZW5jZSBvZiBzZW50ZW5jZXMpIHtcbiAgICAgIGlmIChzZW50ZW5jZS5lbmRzV2l0aCgnPycpKSBjb250aW51ZTtcbiAgICAgIGNvbnN0IG4gPSBub3JtYWxpemVUZXh0KHNlbnRlbmNlKTtcbiAgICAgIGNvbnN0IGtleSA9IGtleXdvcmRPZihuLCBPUFRfT1VUX1dPUkRTKTtcbiAgICAgIGNvbnN0IHdvcmQgPSBrZXkgJiYgU0VOVEVOQ0VfT1BUX09VVC5oYXMoa2V5KSA/IGtleSA6IFNFTlRFTkNFX09QVF9PVVQuaGFzKG4pID8gbiA6IG51bGw7XG4gICAgICBpZiAod29yZCkge1xuICAgICAgICByZXN1bHQub3B0T3V0ID0gdHJ1ZTtcbiAgICAgICAgcmVzdWx0Lm9wdE91dFNjb3BlID0gc2NvcGVGb3Iobm9ybWFsaXplZCk7XG4gICAgICAgIHJlc3VsdC5tZXRob2QgPSAna2V5d29yZCc7XG4gICAgICAgIHJlc3VsdC5tYXRjaGVkLnB1c2goYHNlbnRlbmNlLWtleXdvcmQ6JHt3b3JkfWApO1xuICAgICAgICByZXN1bHQucmVhc29ucy5wdXNoKGBUaGUgc2VudGVuY2UgXCIke3NlbnRlbmNlLnNsaWNlKDAsIDQwKX1cIiBpcyB0aGUgb3B0LW91dCBrZXl3b3JkICR7T1BUX09VVF9XT1JEU1t3b3JkXSA/PyB3b3JkLnRvVXBwZXJDYXNlKCl9IG9uIGl0cyBvd25gKTtcbiAgICAgICAgcmV0dXJuIHJlc3VsdDtcbiAgICAgIH1cbiAgICB9XG4gIH1cblxuICAvLyAzLiBQbGFpbi1sYW5ndWFnZSByZXF1ZXN0cywgd2l0aCBndWFyZHMuXG4gIGZvciAoY29uc3QgcGhyYXNlIG9mIE9QVF9PVVRfUEhSQVNFUykge1xuICAgIGNvbnN0IG0gPSBwaHJhc2UucmUuZXhlYyhub3JtYWxpemVkKTtcbiAgICBpZiAoIW0pIGNvbnRpbnVlO1xuICAgIGNvbnN0IGJlZm9yZSA9IG5vcm1hbGl6ZWQuc2xpY2UoMCwgbS5pbmRleCkudHJpbSgpO1xuICAgIGlmIChORUdBVElPTl9CRUZPUkUudGVzdChiZWZvcmUpKSB7XG4gICAgICByZXN1bHQucmVhc29ucy5wdXNoKGBOb3QgYW4gb3B0LW91dDogXCIke21bMF19XCIgaXMgbmVnYXRlZCAoXCIke2JlZm9yZS5zcGxpdCgnICcpLnNsaWNlKC0zKS5qb2luKCcgJyl9XCIpYCk7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgaWYgKFNFTEZfR1VBUkRFRC5oYXMocGhyYXNlLmlkKSAmJiBTRUxGX1NVQkpFQ1QudGVzdChiZWZvcmUpKSB7XG4gICAgICByZXN1bHQucmVhc29ucy5wdXNoKGBOb3QgYW4gb3B0LW91dDogXCIke21bMF19XCIgZGVzY3JpYmVzIHRoZSBwYXRpZW50J3Mgb3duIHRleHRpbmdgKTtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBpZiAocGhyYXNlLmlkID09PSAnZW4uc3RvcC10aGVzZScgJiYgUVVFU1RJT05fQkVGT1JFLnRlc3QoYmVmb3JlKSkge1xuICAgICAgcmVzdWx0LnJlYXNvbnMucHVzaChgTm90IGFuIG9wdC1vdXQ6IFwiJHttWzBdfVwiIGlzIGEgcXVlc3Rpb24gdGhhdCBtYXkgYmUgYWJvdXQgYSBzeW1wdG9tYCk7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgaWYgKEtFRVBfVEVYVElORy50ZXN0KG5vcm1hbGl6ZWQpICYmICFQUk9NT19SRS50ZXN0KG5vcm1hbGl6ZWQpKSB7XG4gICAgICByZXN1bHQucmVhc29ucy5wdXNoKGBOb3QgYW4gb3B0LW91dDogXCIke21bMF19XCIgYXBwZWFycyBpbiBhIHRleHQgdGhhdCBhc2tzIHRvIGtlZXAgdGV4dGluZ2ApO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIGlmIChwaHJhc2UuaWQgIT09ICdlbi51bnN1YnNjcmliZScgJiYgTk9UX1JFVk9DQVRJT04udGVzdChub3JtYWxpemVkKSAmJiAhcGhyYXNlLmlkLnN0YXJ0c1dpdGgoJ3poJykgJiYgIXBocmFzZS5pZC5zdGFydHNXaXRoKCdrbycpKSB7XG4gICAgICByZXN1bHQucmVhc29ucy5wdXNoKGBOb3QgYW4gb3B0LW91dDogXCIke21bMF19XCIgaXMgcXVhbGlmaWVkICh0aW1pbmcsIGFub3RoZXIgY2hhbm5lbCBvciBhbm90aGVyIHBlcnNvbikgcmF0aGVyIHRoYW4gYSByZXZvY2F0aW9uYCk7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgcmVzdWx0Lm9wdE91dCA9IHRydWU7XG4gICAgcmVzdWx0Lm9wdE91dFNjb3BlID0gc2NvcGVGb3Iobm9ybWFsaXplZCk7XG4gICAgcmVzdWx0Lm1ldGhvZCA9ICdwbGFpbl9sYW5ndWFnZSc7XG4gICAgcmVzdWx0Lm1hdGNoZWQucHVzaChgcGhyYXNlOiR7cGhyYXNlLmlkfWApO1xuICAgIHJlc3VsdC5yZWFzb25zLnB1c2goYFBsYWluLWxhbmd1YWdlIG9wdC1vdXQ6ICR7cGhyYXNlLndoeX0gKFwiJHttWzBdLnRyaW0oKX1cIikke3Jlc3VsdC5vcHRPdXRTY29wZSA9PT0gJ21hcmtldGluZycgPyAnOyBzY29wZTogbWFya2V0aW5nIG9ubHknIDogJyd9YCk7XG4gICAgcmV0dXJuIHJlc3VsdDtcbiAgfVxuXG4gIGZvciAoY29uc3QgcGhyYXNlIG9mIEhFTFBfUEhSQVNFUykge1xuICAgIGlmIChwaHJhc2UucmUudGVzdChub3JtYWxpemVkKSkge1xuICAgICAgcmVzdWx0LmhlbHAgPSB0cnVlO1xuICAgICAgcmVzdWx0Lm1ldGhvZCA9ICdwbGFpbl9sYW5ndWFnZSc7XG4gICAgICByZXN1bHQubWF0Y2hlZC5wdXNoKGBwaHJhc2U6JHtwaHJhc2UuaWR9YCk7XG4gICAgICByZXN1bHQucmVhc29ucy5wdXNoKGBIZWxwIHJlcXVlc3Q6ICR7cGhyYXNlLndoeX1gKTtcbiAgICAgIHJldHVybiByZXN1bHQ7XG4gICAgfVxuICB9XG4gIHJldHVybiByZXN1bHQ7XG59XG4iLCAiLyoqXG4gKiBTdHJvbmcgbGV4aWNhbCBydWxlcyBmb3IgdGhlIGludGVudHMgdGhhdCBkcml2ZSBhdXRvbWF0aW9uIChjb25maXJtIC8gcmVzY2hlZHVsZSAvIGNhbmNlbCBhblxuICogYXBwb2ludG1lbnQsIHJ1bm5pbmcgbGF0ZSkgYW5kIGZvciBiYXJlIGxldHRlcnMgd2hvc2UgbWVhbmluZyBkZXBlbmRzIG9uIGNvbnRleHQuIEV2ZXJ5dGhpbmdcbiAqIGVsc2UgaXMgbGVmdCB0byB0aGUgc3RhdGlzdGljYWwgbW9kZWwuIFJldHVybnMgbnVsbCB3aGVuIG5vIHJ1bGUgaXMgc3VyZS5cbiAqL1xuaW1wb3J0IHsgbm9ybWFsaXplVGV4dCwgd29yZFJlZ2V4IH0gZnJvbSAnLi90ZXh0LW5vcm1hbGl6ZS51dGlsLmpzJztcbmltcG9ydCB0eXBlIHsgTWVzc2FnZUludGVudCB9IGZyb20gJy4vaW50ZW50cy5qcyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgUnVsZUhpdCB7XG4gIGludGVudDogTWVzc2FnZUludGVudDtcbiAgcnVsZTogc3RyaW5nO1xuICB3aHk6IHN0cmluZztcbn1cblxuY29uc3QgQ09ORklSTV9XT1JEUyA9IHdvcmRSZWdleChcbiAgJ14oY3xjb25maXJtfGNvbmZpcm1lZHxjb25mcmltfGkgY29uZmlybXx5ZXN8eXx5ZXB8eXVwfHllYWh8eWVzIHBsZWFzZXxva3xva2F5fGt8c2l8c2ltfG91aXxjb3xjb25maXJtb3xjb25maXJtYWRvfGNvbmZpcm1hZGF8c2VlIHlvdSB0aGVufChpIGxsfGlsbHxpIHdpbGx8d2lsbCkgYmUgdGhlcmV8ZW1vamlva3x5ZXMgZW1vamlva3xvayBlbW9qaW9rfGNvbmZpcm1lZCBlbW9qaW9rfGMgZW1vamlva3xlbW9qaW9rIGVtb2ppb2spJCcsXG4pO1xuY29uc3QgQ09ORklSTV9QSFJBU0UgPSB3b3JkUmVnZXgoJ1xcXFxiKGNvbmZpcm0oZWR8aW5nKT98Y29uZmlybW98Y29uZmlybWFkW29hXXxjb25maXJtYXIgbWkgY2l0YXwoaSBsbHxpbGx8aSB3aWxsfHdpbGwpIGJlIHRoZXJlfHNlZSB5b3UgKHRoZW58dGhlcmV8dG9tb3Jyb3d8dG1yd3x0aHVyc2RheXxmcmlkYXl8c2F0dXJkYXl8bW9uZGF5fHR1ZXNkYXl8d2VkbmVzZGF5fHN1bmRheSl8Y291bnQgbWUgaW58c3RpbGwgKG9ufGNvbWluZ3xnb29kKSBmb3J8YWhpIGVzdGFyZSlcXFxcYicpO1xuY29uc3QgUkVTQ0hFRFVMRV9XT1JEUyA9IHdvcmRSZWdleCgnXihyfHJlc2NoZWR1bGV8cmVzY2hlZHxyIHBsZWFzZXxyIHBscykkJyk7XG5jb25zdCBSRVNDSEVEVUxFX1BIUkFTRSA9IHdvcmRSZWdleChcbiAgJ1xcXFxiKHJlc2NoZWR1bFxcXFx3KnxyZXNjaGVkdWVsXFxcXHcqfHJlc2NoZWR8cmUgc2NoZWR1bGV8bW92ZSAobXl8dGhlfG1pbmV8aXQpKCBcXFxcdyspPyggKGFwcHR8YXBwb2ludG1lbnR8ZmFjaWFsfGJvdG94fHNlc3Npb258dmlzaXQpKT98cHVzaCAobXl8dGhlfGl0KXxjaGFuZ2UgKG15fHRoZSkgKGFwcHR8YXBwb2ludG1lbnR8dGltZSkoIHRpbWUpP3xzd2l0Y2ggbXkgKGFwcHR8YXBwb2ludG1lbnQpfGRpZmZlcmVudCAodGltZXxkYXkpfGFub3RoZXIgKHRpbWV8ZGF5KXxuZXcgdGltZXxjYW50IG1ha2UgaXR8Y2FuIHQgbWFrZSBpdHxjYW5ub3QgbWFrZSBpdHx3b24gdCBtYWtlIGl0fHdvbnQgbWFrZSBpdHxyZXByb2dyYW1hcnxjYW1iaWFyIChtaSB8bGEgKT8oY2l0YXxob3JhKXxtb3ZlciBtaSBjaXRhfG90cm8gZGlhfHJlbWFyY2FyfGRvaSBsaWNoKVxcXFxiJyxcbik7XG5jb25zdCBDQU5DRUxfQVBQT0lOVE1FTlQgPSB3b3JkUmVnZXgoXG4gICdcXFxcYihjYW5jZWxcXFxcdyp8Y2FuY2VsYXJ8Y2FuY2VsZXxjYW5jZWxhfGh1eSlcXFxcYi4qXFxcXGIoYXBwdHxhcHBvaW50bWVudHxib29raW5nfGNpdGF8dmlzaXR8Y29uc3VsdHxzZXNzaW9ufGZhY2lhbHxib3RveHxmaWxsZXJ8bGFzZXJ8ZHJpcHxoeWRyYWZhY2lhbHxsaWNoIGhlbnxjb25zdWx0YXxcXFxcZHsxLDJ9KGFtfHBtKXxpdClcXFxcYnxcXFxcYihhcHB0fGFwcG9pbnRtZW50fGJvb2tpbmd8Y2l0YXxjb25zdWx0YSlcXFxcYi4qXFxcXGIoY2FuY2VsXFxcXHcqfGNhbmNlbGFyKVxcXFxiJyxcbik7XG4vKiogXCJJIGhhdmUgdG8gY2FuY2VsLCBteSBkYXVnaHRlciBpcyBzaWNrXCI6IGNhbmNlbGxpbmcgd2l0aG91dCBuYW1pbmcgdGhlIGFwcG9pbnRtZW50LCBidXQgbm90IGEgbWVtYmVyc2hpcC4gKi9cbmNvbnN0IE1VU1RfQ0FOQ0VMID0gd29yZFJlZ2V4KCdcXFxcYihoYXZlIHRvfG5lZWQgdG98Z290dGF8Z290IHRvfGdvaW5nIHRvfGdvbm5hfG11c3R8d2lsbCBoYXZlIHRvfGlsbCBoYXZlIHRvfGxsIGhhdmUgdG98dGVuZ28gcXVlfG5lY2VzaXRvKSAoY2FuY2VsfGNhbmNlbGFyKVxcXFxiKD8hIChteSB8dGhlIHxtaSApPyhtZW1iZXJzaGlwfHN1YnNjcmlwdGlvbnxvcmRlcnxjYXJkfHBhY2thZ2V8cGxhbnxtZW1icmVzaWF8c3VzY3JpcGNpb24pKScpO1xuY29uc3QgUlVOTklOR19MQVRFID0gd29yZFJlZ2V4KFxuICAnXFxcXGIocnVubmluZyAoYSAobGl0dGxlfGJpdCkgKT8obGF0ZXxiZWhpbmQpfHJ1bmluZyBsYXRlfGJlIChhIChmZXd8bGl0dGxlKSApPyhcXFxcZCsgKT8obWlufG1pbnN8bWludXRlcyApP2xhdGV8XFxcXGQrID8obWlufG1pbnN8bWludXRlcykgbGF0ZXxsYXRlIGZvciBteXxpIG0gbGF0ZXxpbSBsYXRlfGJlaGluZCBzY2hlZHVsZXxiZSB0aGVyZSBpbiBcXFxcZCt8dGhlcmUgYnkgXFxcXGR8ZXRhIFxcXFxkK3xvbXd8b24gbXkgd2F5fGxsZWdvIHRhcmRlfGxsZWdhciBcXFxcZCogPyhtaW51dG9zICk/dGFyZGV8dm95IGVuIGNhbWlub3xsbGVnbyBlbiBcXFxcZCt8ZGVuIHRyZXxjaGVnYXIgYXRyYXNhZFxcXFx3KnxsZWF2aW5nIChcXFxcdysgKT9sYXRlfGZldyAobWlufG1pbnN8bWludXRlcykgYmVoaW5kfFxcXFxkKyAobWlufG1pbnN8bWludXRlcykgYmVoaW5kKVxcXFxiJyxcbik7XG5jb25zdCBUSEFOS1MgPSB3b3JkUmVnZXgoJ1xcXFxiKHRoYW5rfHRoYW5rc3x0aGFueHx0aHh8dHl8dHlzbXx0aGFuayB1fGFwcHJlY2lhdGV8Z3JhY2lhc3xvYnJpZ2FkW29hXXxjYW0gb258c2FsYW1hdHxtZXJjaXxcdTA0NDFcdTA0M0ZcdTA0MzBcdTA0NDFcdTA0MzhcdTA0MzFcdTA0M0V8XHVBQzEwXHVDMEFDXHVENTY5XHVCMkM4XHVCMkU0fFx1QUNFMFx1QjlDOFx1QzZDQ1x1QzY5NHxcdThDMjJcdThDMjJ8XHU4QjFEXHU4QjFEfFx1MzA0Mlx1MzA4QVx1MzA0Q1x1MzA2OFx1MzA0NnxlbW9qaWxvdmUpXFxcXGJ8XHU4QzIyXHU4QzIyfFx1QUMxMFx1QzBBQycpO1xuY29uc3QgUlRDX1lFU19QUkVGSVggPSB3b3JkUmVnZXgoJ14oeWVzfHllcHx5ZWFofHl1cHx5YXxzaXxzaW18b2t8b2theXxjfGNvbmZpcm1lZD98c291bmRzIGdvb2R8cGVyZmVjdHxhYnNvbHV0ZWx5fGRlZmluaXRlbHl8b2YgY291cnNlfGNsYXJvfGVtb2ppb2spXFxcXGInKTtcbmNvbnN0IEFDS19PTkxZID0gd29yZFJlZ2V4KCdeKGN8cnxva3xva2F5fGt8a2t8ZW1vamlva3x5fHllcyBvaykkJyk7XG5cbmV4cG9ydCBmdW5jdGlvbiBpbnRlbnRSdWxlKHRleHQ6IHN0cmluZywgcmVwbHlUb0NvbmZpcm1hdGlvbjogYm9vbGVhbik6IFJ1bGVIaXQgfCBudWxsIHtcbiAgY29uc3QgdCA9IG5vcm1hbGl6ZVRleHQodGV4dCwgeyBlbW9qaVdvcmRzOiB0cnVlIH0pO1xuICBpZiAoIXQpIHJldHVybiBudWxsO1xuICBpZiAocmVwbHlUb0NvbmZpcm1hdGlvbiAmJiBSRVNDSEVEVUxFX1dPUkRTLnRlc3QodCkpIHJldHVybiB7IGludGVudDogJ3Jlc2NoZWR1bGUnLCBydWxlOiAncmVwbHk6UicsIHdoeTogJ1JlcGxpZXMgUiAocmVzY2hlZHVsZSkgdG8gb3VyIGNvbmZpcm1hdGlvbiByZXF1ZXN0JyB9O1xuICBpZiAocmVwbHlUb0NvbmZpcm1hdGlvbiAmJiBDT05GSVJNX1dPUkRTLnRlc3QodCkpIHJldHVybiB7IGludGVudDogJ2NvbmZpcm0nLCBydWxlOiAncmVwbHk6QycsIHdoeTogYFJlcGxpZXMgXCIke3RleHQudHJpbSgpfVwiIChjb25maXJtKSB0byBvdXIgY29uZmlybWF0aW9uIHJlcXVlc3RgIH07XG4gIGlmICghcmVwbHlUb0NvbmZpcm1hdGlvbiAmJiBBQ0tfT05MWS50ZXN0KHQpKSByZXR1cm4geyBpbnRlbnQ6ICdvdGhlcicsIHJ1bGU6ICdiYXJlLWxldHRlcicsIHdoeTogYFwiJHt0ZXh0LnRyaW0oKX1cIiBhbG9uZSBvbmx5IG1lYW5zIGNvbmZpcm0vcmVzY2hlZHVsZSBhcyBhbiBhbnN3ZXIgdG8gYSBjb25maXJtYXRpb24gcmVxdWVzdGAgfTtcbiAgaWYgKENBTkNFTF9BUFBPSU5UTUVOVC50ZXN0KHQpIHx8IE1VU1RfQ0FOQ0VMLnRlc3QodCkpIHJldHVybiB7IGludGVudDogJ2NhbmNlbF9hcHBvaW50bWVudCcsIHJ1bGU6ICdwaHJhc2U6Y2FuY2VsLWFwcG9pbnRtZW50Jywgd2h5OiAnQXNrcyB0byBjYW5jZWwgdGhlIGFwcG9pbnRtZW50IChjYW5jZWwgKyBhcHBvaW50bWVudCB3b3JkcyknIH07XG4gIGlmIChSRVNDSEVEVUxFX1BIUkFTRS50ZXN0KHQpKSByZXR1cm4geyBpbnRlbnQ6ICdyZXNjaGVkdWxlJywgcnVsZTogJ3BocmFzZTpyZXNjaGVkdWxlJywgd2h5OiAnQXNrcyB0byBtb3ZlIHRoZSBhcHBvaW50bWVudCcgfTtcbiAgaWYgKFJVTk5JTkdfTEFURS50ZXN0KHQpKSByZXR1cm4geyBpbnRlbnQ6ICdydW5uaW5nX2xhdGUnLCBydWxlOiAncGhyYXNlOnJ1bm5pbmctbGF0ZScsIHdoeTogJ1NheXMgdGhleSBhcmUgcnVubmluZyBsYXRlIC8gb24gdGhlaXIgd2F5JyB9O1xuICBpZiAoQ09ORklSTV9QSFJBU0UudGVzdCh0KSkgcmV0dXJuIHsgaW50ZW50OiAnY29uZmlybScsIHJ1bGU6ICdwaHJhc2U6Y29uZmlybScsIHdoeTogJ0NvbmZpcm1zIGV4cGxpY2l0bHknIH07XG4gIGlmIChyZXBseVRvQ29uZmlybWF0aW9uICYmIFJUQ19ZRVNfUFJFRklYLnRlc3QodCkpIHJldHVybiB7IGludGVudDogJ2NvbmZpcm0nLCBydWxlOiAncmVwbHk6eWVzJywgd2h5OiAnQW5zd2VycyBvdXIgY29uZmlybWF0aW9uIHJlcXVlc3Qgd2l0aCB5ZXMnIH07XG4gIC8vIEEgc2hvcnQgdGhhbmsteW91IHdpdGhvdXQgYSBxdWVzdGlvbjsgbG9uZ2VyIHRleHRzIHRoYXQgYWxzbyB0aGFuayBhcmUgbGVmdCB0byB0aGUgbW9kZWwuXG4gIGlmIChUSEFOS1MudGVzdCh0KSAmJiAhdGV4dC5pbmNsdWRlcygnPycpICYmIHQuc3BsaXQoJyAnKS5sZW5ndGggPD0gMTApIHJldHVybiB7IGludGVudDogJ3RoYW5rcycsIHJ1bGU6ICdwaHJhc2U6dGhhbmtzJywgd2h5OiAnU2F5cyB0aGFuayB5b3UnIH07XG4gIHJldHVybiBudWxsO1xufVxuIiwgIi8qKiBFdmVyeSBpbnRlbnQgdGhlIGNsYXNzaWZpZXIgY2FuIHJldHVybiAodGhlIENMSSBjb250cmFjdCBhbmQgdGhlIHNtYXJ0LXJlcGxpZXMgZmVhdHVyZSB1c2UgdGhlc2UpLiAqL1xuZXhwb3J0IGNvbnN0IE1FU1NBR0VfSU5URU5UUyA9IFtcbiAgJ2NvbmZpcm0nLFxuICAncmVzY2hlZHVsZScsXG4gICdjYW5jZWxfYXBwb2ludG1lbnQnLFxuICAncnVubmluZ19sYXRlJyxcbiAgJ2Jvb2tfbmV3JyxcbiAgJ3ByaWNpbmcnLFxuICAnZGlyZWN0aW9uc19wYXJraW5nJyxcbiAgJ2hvdXJzJyxcbiAgJ2FmdGVyY2FyZScsXG4gICdwcmVfdHJlYXRtZW50JyxcbiAgJ2JyaW5nX2d1ZXN0JyxcbiAgJ2NvbXBsYWludCcsXG4gICd0aGFua3MnLFxuICAnb3B0X291dCcsXG4gICdvcHRfaW4nLFxuICAnaGVscCcsXG4gICdvdGhlcicsXG5dIGFzIGNvbnN0O1xuZXhwb3J0IHR5cGUgTWVzc2FnZUludGVudCA9ICh0eXBlb2YgTUVTU0FHRV9JTlRFTlRTKVtudW1iZXJdO1xuXG4vKiogSW50ZW50cyBkZWNpZGVkIGJ5IHRoZSBjb25zZW50IHJ1bGVzIG9ubHk7IHRoZSBzdGF0aXN0aWNhbCBtb2RlbCBuZXZlciBwcmVkaWN0cyB0aGVtLiAqL1xuZXhwb3J0IGNvbnN0IENPTlNFTlRfSU5URU5UUzogUmVhZG9ubHlTZXQ8TWVzc2FnZUludGVudD4gPSBuZXcgU2V0KFsnb3B0X291dCcsICdvcHRfaW4nLCAnaGVscCddKTtcbiIsICIvKipcbiAqIEhhbmQtd3JpdHRlbiBjdWUgd29yZHMgcGVyIGludGVudCwgaW4gdGhlIGxhbmd1YWdlcyBwYXRpZW50cyB1c2UuIFRoZXkgYmVjb21lIGV4dHJhIGZlYXR1cmVzIG9mXG4gKiB0aGUgTmFpdmUgQmF5ZXMgbW9kZWwgKHdoaWNoIGxlYXJucyBob3cgbXVjaCBlYWNoIGN1ZSBpcyB3b3J0aCksIHNvIHRoZSBtb2RlbCBnZW5lcmFsaXNlcyB0b1xuICogdGV4dHMgd2hvc2UgZXhhY3Qgd29yZHMgbmV2ZXIgYXBwZWFyZWQgaW4gdGhlIGNvcnB1czogXCJ3aGF0J3MgdGhlIGZlZSBmb3JcdTIwMjZcIiBcdTIxOTIgcHJpY2UgY3VlLlxuICovXG5pbXBvcnQgeyB3b3JkUmVnZXggfSBmcm9tICcuL3RleHQtbm9ybWFsaXplLnV0aWwuanMnO1xuXG5jb25zdCBDVUVTOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0ge1xuICBwcmljZTpcbiAgICAnaG93IG11Y2h8Y29zdFxcXFx3KnxwcmljZVxcXFx3KnxwcmljaW5nfHByaWNlc3xmZWV8ZmVlc3xjaGFyZ2UgZm9yfHBlciB1bml0fFxcXFwkID9cXFxcZCt8XFxcXGQrIGRvbGxhcnN8c3BlY2lhbHM/fGRlYWxzP3xkaXNjb3VudFxcXFx3Knxwcm9tb1xcXFx3KnxwYWNrYWdlcz98cGF5bWVudCBwbGFucz98ZmluYW5jaW5nfGNoZXJyeXxjYXJlY3JlZGl0fGhzYXxmc2F8dGF4fGN1YW50b3xjdWVzdGF8Y3Vlc3RhbnxwcmVjaW9cXFxcdyp8Y29zdG98cXVhbnRvfGN1c3RhfHByZWNvfGdpYSBiYW8gbmhpZXV8YmFvIG5oaWV1fHNhbGV8bWVtYmVyc2hpcCBwcmljZXxmcmVlJyxcbiAgbG9jYXRpb246XG4gICAgJ3BhcmtcXFxcdyp8bG90fGdhcmFnZXxhZGRyZXNzfGFkZHl8ZGlyZWN0aW9ucz98ZW50cmFuY2V8c3VpdGV8Zmxvb3J8YnVpbGRpbmd8ZWxldmF0b3J8ZG9vcnxsb2JieXx3aGVyZSBhcmUgeW91fHdoZXJlIGlzfHdoZXJlc3xsb2NhdGVkfGxvY2F0aW9ufG5lYXJ8bmV4dCB0b3xhY3Jvc3MgZnJvbXxjcm9zcyBzdHJlZXR8bWFwcz98Z3BzfGxvc3R8ZmluZCB5b3V8ZmluZCB0aGV8ZXN0YWNpb25cXFxcdyp8ZGlyZWNjaW9ufGRvbmRlfGVudHJhZGF8ZW5kZXJlY298ZGlhIGNoaXxvIGRhdXxvbmRlfHZhbGlkYXRcXFxcdyonLFxuICBob3VyczpcbiAgICAnaG91cnM/fG9wZW5cXFxcdyp8Y2xvc2V8Y2xvc2VzfGNsb3NlZHxjbG9zaW5nfGhvcmFyaW98YWJyZW58YWJpZXJ0b3M/fGNpZXJyYW58bW8gY3VhfGdpb3xxdWUgaG9yYXN8d2Vla2VuZHM/fHN1bmRheXxzYXR1cmRheXxob2xpZGF5XFxcXHcqfHRoYW5rc2dpdmluZ3xjaHJpc3RtYXN8d2FsayBpbnM/fGxhdGUgb258ZWFybHl8ZG9taW5nb3xzYWJhZG8nLFxuICBndWVzdDpcbiAgICAnYnJpbmd8YnJpbmdzfGJyaW5naW5nfGNvbWUgd2l0aCBtZXxjb21lIGFsb25nfGNvbWUgaW4gdGhlIHJvb218d2l0aCBtZXxodXNiYW5kfHdpZmV8Ym95ZnJpZW5kfGdpcmxmcmllbmR8cGFydG5lcnxmcmllbmR8YmVzdGllfHNpc3Rlcnxicm90aGVyfG1vbXxtb3RoZXJ8ZGFkfGRhdWdodGVyfHNvbnxraWRzP3xiYWJ5fGNoaWxkXFxcXHcqfHNvbWVvbmV8c2l0dGVyfHRyYW5zbGF0ZXxzZXJ2aWNlIGRvZ3xsbGV2YXJ8YWNvbXBhblxcXFx3Knxlc3Bvc298ZXNwb3NhfGhpamF8aGlqb3xsZXZhcnxmaWxoYXxkYW4gYmFufGRpIGN1bmd8Y29ubWlnb3xhbGxvd2VkJyxcbiAgYWZ0ZXI6XG4gICAgJ2FmdGVyfHNpbmNlfGJydWlzXFxcXHcqfHN3ZWxsXFxcXHcqfHN3b2xsZW58cmVkfHJlZG5lc3N8cGVlbFxcXFx3KnxpdGNoXFxcXHcqfG51bWJcXFxcdyp8YnVtcHxsdW1wfHNvcmVcXFxcdyp8cmVzdWx0cz98bm9ybWFsfHVuZXZlbnx3YXNofHNob3dlcnx3b3Jrb3V0fHdvcmsgb3V0fGV4ZXJjaXNlfHN1bnxtYWtldXAgYWZ0ZXJ8bWFzc2FnZXxpY2V8aWNpbmd8bGF5IGRvd258YWxjb2hvbCBhZnRlcnxkZXNwdWVzfG1vcmV0b25cXFxcdyp8aGluY2hhelxcXFx3KnxkZXBvaXN8aW5jaGFjb3xzYXUga2hpfHN1bmd8dHlsZW5vbHxhZHZpbHxvaW50bWVudHxjcmVhbXxzZXJ1bXxzdGluZ3M/fGJ1cm5cXFxcdyp8d2Vla3M/IChhZ298YWZ0ZXIpfHRvbmlnaHQnLFxuICBiZWZvcmU6XG4gICAgJ2JlZm9yZXxwcmlvcnxwcmVwXFxcXHcqfGFoZWFkfGFycml2ZXxjbGVhbiBmYWNlfG5vIG1ha2V1cHx3ZWFyIHRvfHNoYXZlfHNoYXZpbmd8bnVtYmluZ3xlYXQgYmVmb3JlfGZhc3RcXFxcdyp8Zm9ybXM/fHBhcGVyd29ya3xzdG9wIHRha2luZ3xyZXRpbm9sfHRyZXRpbm9pbnxhY2N1dGFuZXxhbnRpYmlvdGljc3xibG9vZCB0aGlubmVyc3xmaXNoIG9pbHxhc3BpcmlufGJyZWFzdGZlZWRcXFxcdyp8cHJlZ25hblxcXFx3Knxjb2xkIHNvcmV8c3VuYnVybnxzcHJheSB0YW58YW50ZXN8c2luIG1hcXVpbGxhamV8cmFzdXJhcnxqZWp1bXx0cnVvYyBraGl8d2VkZGluZ3x0b28gY2xvc2UnLFxuICBib29rOlxuICAgICdib29rXFxcXHcqfHNjaGVkdWxcXFxcdyp8YXBwb2ludG1lbnQgZm9yfG9wZW5pbmdzP3xhdmFpbGFiXFxcXHcqfGFueSB0aW1lfHNsb3R8Z2V0IGlufGNvbWUgaW58Zmlyc3QgKHZpc2l0fGFwcG9pbnRtZW50KXxjb25zdWx0XFxcXHcqfG5leHQgKGF2YWlsYWJsZXxvcGVuaW5nKXx0b3VjaCA/dXB8Zm9sbG93ID91cHx0cnl8d2FudCB0byBkb3x3YW50IHRvIGdldHxzaWduIHVwIGZvcnxhZ2VuZGFyfGNpdGEgcGFyYXxoYWNlciB1bmEgY2l0YXxjaXRhcyBkaXNwb25pYmxlc3xxdWlzaWVyYXxtYXJjYXJ8aG9yYXJpbyBwYXJhfGRhdCBsaWNofGZpdCBtZSBpbicsXG4gIGNvbXBsYWludDpcbiAgICAndW5hY2NlcHRhYmxlfHJ1ZGV8dW5oYXBweXxub3QgaGFwcHl8ZGlzYXBwb2ludFxcXFx3Knx1cHNldHxhbmdyeXxlbW9qaWFuZ3J5fHRlcnJpYmxlfGF3ZnVsfHdvcnN0fGhvcnJpYmxlfHJlZnVuZHxvdmVyY2hhcmdcXFxcdyp8Y2hhcmdlZCB0d2ljZXxkb3VibGUgY2hhcmdlZHxubyBvbmUgYW5zd2Vyc3xub2JvZHl8bmV2ZXIgY2FsbGVkfHZvaWNlbWFpbHM/fG1hbmFnZXJ8Y29tcGxhaW5cXFxcdyp8YmFkIHJldmlld3xyZXZpZXd8bWVzc2VkIHVwfHdhaXRlZHx3YWl0aW5nfGRpcnR5fHVucHJvZmVzc2lvbmFsfG1vbGVzdFxcXFx3KnxtYWwgc2VydmljaW98Y29icmFyb258bm8gZXN0b3kgY29udGVudGF8bWFsIGF0ZW5kaWRcXFxcdyp8a2hvbmcgaGFpIGxvbmd8cmlkaWN1bG91c3xzY2FtJyxcbiAgbGF0ZTogJ2xhdGV8YmVoaW5kfHRyYWZmaWN8b213fG9uIG15IHdheXxldGF8YmUgdGhlcmUgaW58bWludXRlcyBhd2F5fG1pbiBhd2F5fHBhcmtpbmcgbm93fGFsbW9zdCB0aGVyZXx0YXJkZXxjYW1pbm98dHJlfGF0cmFzYWRcXFxcdyp8ZGVsYXllZHx1YmVyfHRyYWlufGJ1cycsXG4gIHRoYW5rczogJ3RoYW5rXFxcXHcqfHRoeHx0eXxhcHByZWNpYXRlXFxcXHcqfGdyYWNpYXN8b2JyaWdhZFxcXFx3KnxjYW0gb258c2FsYW1hdHxtZXJjaXxcdTA0NDFcdTA0M0ZcdTA0MzBcdTA0NDFcdTA0MzhcdTA0MzFcdTA0M0V8ZW1vamlsb3ZlfGxvdmV8YW1hemluZ3xhd2Vzb21lfGJlc3QnLFxuICBvdGhlcjogJ2dpZnQgY2FyZHM/fHJlY2VpcHR8aW52b2ljZXxjb3B5fHJlY29yZHM/fGxveWFsdHl8aGlyaW5nfGpvYnxpbnN1cmFuY2V8bGV0dGVyfHJldmlld3xwcm9kdWN0cz98c3Vuc2NyZWVufHNraW5jYXJlfG5ldyAocGhvbmV8bnVtYmVyfGVtYWlsKXxlbWFpbHxwaG90b3M/fGxlZnQgbXl8bG9zdCBteScsXG59O1xuXG5jb25zdCBNQVRDSEVSUzogQXJyYXk8W3N0cmluZywgUmVnRXhwXT4gPSBPYmplY3QuZW50cmllcyhDVUVTKS5tYXAoKFtjdWUsIGFsdGVybmF0aXZlc10pID0+IFtjdWUsIG5ldyBSZWdFeHAod29yZFJlZ2V4KGBcXFxcYigke2FsdGVybmF0aXZlc30pXFxcXGJgKS5zb3VyY2UsICdndScpXSk7XG5cbi8qKiBDdWUgbmFtZXMgZm91bmQgaW4gbm9ybWFsaXNlZCB0ZXh0LCBvbmNlIHBlciBvY2N1cnJlbmNlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGxleGljYWxDdWVzKG5vcm1hbGl6ZWQ6IHN0cmluZyk6IHN0cmluZ1tdIHtcbiAgY29uc3Qgb3V0OiBzdHJpbmdbXSA9IFtdO1xuICBmb3IgKGNvbnN0IFtjdWUsIHJlXSBvZiBNQVRDSEVSUykge1xuICAgIHJlLmxhc3RJbmRleCA9IDA7XG4gICAgY29uc3QgaGl0cyA9IG5vcm1hbGl6ZWQubWF0Y2gocmUpO1xuICAgIGlmIChoaXRzKSBmb3IgKGxldCBpID0gMDsgaSA8IE1hdGgubWluKGhpdHMubGVuZ3RoLCAyKTsgaSsrKSBvdXQucHVzaChjdWUpO1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG4iLCAiLyoqXG4gKiBBIHNtYWxsIG11bHRpbm9taWFsIE5haXZlIEJheWVzIG92ZXIgd29yZCB1bmkvYmlncmFtcyBhbmQgY2hhcmFjdGVyIG4tZ3JhbXMuIENoYXJhY3RlciBuLWdyYW1zXG4gKiBjYXJyeSB0eXBvcyAoXCJyZXNjaGVkdWVsXCIsIFwidG1yd1wiKSBhbmQgaW5mbGVjdGlvbnM7IHdvcmQgZmVhdHVyZXMgY2FycnkgcGhyYXNlcy4gVHJhaW5lZCBpbiBhIGZld1xuICogbWlsbGlzZWNvbmRzIGZyb20gdGhlIGxhYmVsbGVkIGNvcnB1cywgc28gdGhlIG1vZGVsIGlzIGJ1aWx0IGxhemlseSBvbiBmaXJzdCB1c2UgcmF0aGVyIHRoYW5cbiAqIHNoaXBwZWQgYXMgYSBnZW5lcmF0ZWQgd2VpZ2h0cyBmaWxlIHRoYXQgY291bGQgZHJpZnQgZnJvbSB0aGUgY29ycHVzLlxuICovXG5pbXBvcnQgeyBsZXhpY2FsQ3VlcyB9IGZyb20gJy4vaW50ZW50LWxleGljb24uanMnO1xuaW1wb3J0IHsgbm9ybWFsaXplVGV4dCB9IGZyb20gJy4vdGV4dC1ub3JtYWxpemUudXRpbC5qcyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgVHJhaW5pbmdFeGFtcGxlIHtcbiAgdGV4dDogc3RyaW5nO1xuICBsYWJlbDogc3RyaW5nO1xuICByZXBseVRvQ29uZmlybWF0aW9uPzogYm9vbGVhbjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBOYWl2ZUJheWVzTW9kZWwge1xuICBsYWJlbHM6IHN0cmluZ1tdO1xuICBsb2dQcmlvcjogbnVtYmVyW107XG4gIC8qKiBmZWF0dXJlIFx1MjE5MiBwZXItbGFiZWwgbG9nLWxpa2VsaWhvb2QgKi9cbiAgbG9nTGlrZWxpaG9vZDogTWFwPHN0cmluZywgbnVtYmVyW10+O1xuICAvKiogbG9nLWxpa2VsaWhvb2Qgb2YgYW4gdW5zZWVuIGZlYXR1cmUgcGVyIGxhYmVsICovXG4gIHVuc2VlbjogbnVtYmVyW107XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgUHJlZGljdGlvbiB7XG4gIGxhYmVsOiBzdHJpbmc7XG4gIGNvbmZpZGVuY2U6IG51bWJlcjtcbiAgLyoqIFRoZSBmZWF0dXJlcyB0aGF0IHB1c2hlZCBoYXJkZXN0IHRvd2FyZHMgdGhlIHdpbm5pbmcgbGFiZWwgKGZvciB0aGUgZXhwbGFuYXRpb24pLiAqL1xuICBldmlkZW5jZTogc3RyaW5nW107XG59XG5cbmNvbnN0IENIQVJfV0VJR0hUID0gMC4zNTtcbmNvbnN0IENVRV9XRUlHSFQgPSAyO1xuLyoqIEZ1bmN0aW9uIHdvcmRzIHNheSBsaXR0bGUgYWJvdXQgaW50ZW50OyB0aGV5IHN0aWxsIGNvdW50IGEgYml0IChiaWdyYW1zIGtlZXAgXCJjYW4gaVwiKS4gKi9cbmNvbnN0IFNUT1BXT1JEUyA9IG5ldyBTZXQoXG4gICdpIG1lIG15IHlvdSB5b3VyIHUgdXIgdGhlIGEgYW4gdG8gb2YgZm9yIGlzIGl0IGluIG9uIGF0IGFuZCBvciBkbyBkb2VzIGNhbiBjb3VsZCB3b3VsZCB3aWxsIGJlIGFtIGFyZSB3YXMgdGhpcyB0aGF0IHdpdGggaGF2ZSBoYXMgZ2V0IHdlIG91ciBlbCBsYSBkZSBtaSB1biB1bmEgZW4gcG9yIHF1ZSBlcyBsb3MgbGFzIHNlIGxvIG1lIGxlIG8gZSBhIHVtIHVtYSBkbyBkYScuc3BsaXQoJyAnKSxcbik7XG5cbi8qKiBGZWF0dXJlcyBvZiBvbmUgdGV4dCwgd2l0aCB3ZWlnaHRzLiBEZXRlcm1pbmlzdGljIG9yZGVyLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZlYXR1cmVzT2YodGV4dDogc3RyaW5nLCByZXBseVRvQ29uZmlybWF0aW9uID0gZmFsc2UpOiBBcnJheTxbc3RyaW5nLCBudW1iZXJdPiB7XG4gIGNvbnN0IG5vcm1hbGl6ZWQgPSBub3JtYWxpemVUZXh0KHRleHQsIHsgZW1vamlXb3JkczogdHJ1ZSB9KTtcbiAgY29uc3QgdG9rZW5zID0gbm9ybWFsaXplZCA/IG5vcm1hbGl6ZWQuc3BsaXQoJyAnKSA6IFtdO1xuICBjb25zdCBvdXQ6IEFycmF5PFtzdHJpbmcsIG51bWJlcl0+ID0gW107XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgdG9rZW5zLmxlbmd0aDsgaSsrKSB7XG4gICAgY29uc3QgdG9rZW4gPSB0b2tlbnNbaV0hO1xuICAgIG91dC5wdXNoKFtgdzoke3Rva2VufWAsIFNUT1BXT1JEUy5oYXModG9rZW4pID8gMC4zIDogMV0pO1xuICAgIGlmIChpID4gMCkgb3V0LnB1c2goW2BiOiR7dG9rZW5zW2kgLSAxXX0gJHt0b2tlbn1gLCAxXSk7XG4gICAgY29uc3QgcGFkZGVkID0gYDwke3Rva2VufT5gO1xuICAgIGNvbnN0IG4gPSAvW1xccHtTY3JpcHQ9SGFufVxccHtTY3JpcHQ9SGFuZ3VsfVxccHtTY3JpcHQ9SGlyYWdhbmF9XFxwe1NjcmlwdD1LYXRha2FuYX1dL3UudGVzdCh0b2tlbikgPyAyIDogNDtcbiAgICBmb3IgKGxldCBqID0gMDsgaiArIG4gPD0gcGFkZGVkLmxlbmd0aDsgaisrKSBvdXQucHVzaChbYGM6JHtwYWRkZWQuc2xpY2UoaiwgaiArIG4pfWAsIENIQVJfV0VJR0hUXSk7XG4gIH1cbiAgZm9yIChjb25zdCBjdWUgb2YgbGV4aWNhbEN1ZXMobm9ybWFsaXplZCkpIG91dC5wdXNoKFtgazoke2N1ZX1gLCBDVUVfV0VJR0hUXSk7XG4gIGlmIChyZXBseVRvQ29uZmlybWF0aW9uKSBvdXQucHVzaChbJ2N0eDpyZXBseS10by1jb25maXJtYXRpb24nLCAxXSk7XG4gIGlmICh0ZXh0LnRyaW0oKS5lbmRzV2l0aCgnPycpKSBvdXQucHVzaChbJ3NoYXBlOnF1ZXN0aW9uJywgMV0pO1xuICByZXR1cm4gb3V0O1xufVxuXG5leHBvcnQgZnVuY3Rpb24gdHJhaW5OYWl2ZUJheWVzKGV4YW1wbGVzOiByZWFkb25seSBUcmFpbmluZ0V4YW1wbGVbXSwgYWxwaGEgPSAwLjMpOiBOYWl2ZUJheWVzTW9kZWwge1xuICBjb25zdCBsYWJlbHMgPSBbLi4ubmV3IFNldChleGFtcGxlcy5tYXAoKGUpID0+IGUubGFiZWwpKV0uc29ydCgpO1xuICBjb25zdCBpbmRleCA9IG5ldyBNYXAobGFiZWxzLm1hcCgobCwgaSkgPT4gW2wsIGldKSk7XG4gIGNvbnN0IGRvY0NvdW50ID0gbmV3IEFycmF5PG51bWJlcj4obGFiZWxzLmxlbmd0aCkuZmlsbCgwKTtcbiAgY29uc3QgdG90YWxzID0gbmV3IEFycmF5PG51bWJlcj4obGFiZWxzLmxlbmd0aCkuZmlsbCgwKTtcbiAgY29uc3QgY291bnRzID0gbmV3IE1hcDxzdHJpbmcsIG51bWJlcltdPigpO1xuICBmb3IgKGNvbnN0IGV4YW1wbGUgb2YgZXhhbXBsZXMpIHtcbiAgICBjb25zdCBsaSA9IGluZGV4LmdldChleGFtcGxlLmxhYmVsKSE7XG4gICAgZG9jQ291bnRbbGldISArPSAxO1xuICAgIGZvciAoY29uc3QgW2ZlYXR1cmUsIHdlaWdodF0gb2YgZmVhdHVyZXNPZihleGFtcGxlLnRleHQsIGV4YW1wbGUucmVwbHlUb0NvbmZpcm1hdGlvbikpIHtcbiAgICAgIGxldCByb3cgPSBjb3VudHMuZ2V0KGZlYXR1cmUpO1xuICAgICAgaWYgKCFyb3cpIGNvdW50cy5zZXQoZmVhdHVyZSwgKHJvdyA9IG5ldyBBcnJheTxudW1iZXI+KGxhYmVscy5sZW5ndGgpLmZpbGwoMCkpKTtcbiAgICAgIHJvd1tsaV0hICs9IHdlaWdodDtcbiAgICAgIHRvdGFsc1tsaV0hICs9IHdlaWdodDtcbiAgICB9XG4gIH1cbiAgY29uc3Qgdm9jYWJ1bGFyeSA9IGNvdW50cy5zaXplO1xuICBjb25zdCBkZW5vbWluYXRvcnMgPSB0b3RhbHMubWFwKCh0KSA9PiBNYXRoLmxvZyh0ICsgYWxwaGEgKiB2b2NhYnVsYXJ5KSk7XG4gIGNvbnN0IGxvZ0xpa2VsaWhvb2QgPSBuZXcgTWFwPHN0cmluZywgbnVtYmVyW10+KCk7XG4gIGZvciAoY29uc3QgW2ZlYXR1cmUsIHJvd10gb2YgY291bnRzKSBsb2dMaWtlbGlob29kLnNldChmZWF0dXJlLCByb3cubWFwKChjLCBsaSkgPT4gTWF0aC5sb2coYyArIGFscGhhKSAtIGRlbm9taW5hdG9yc1tsaV0hKSk7XG4gIHJldHVybiB7XG4gICAgbGFiZWxzLFxuICAgIGxvZ1ByaW9yOiBkb2NDb3VudC5tYXAoKGMpID0+IE1hdGgubG9nKGMgLyBleGFtcGxlcy5sZW5ndGgpKSxcbiAgICBsb2dMaWtlbGlob29kLFxuICAgIHVuc2VlbjogZGVub21pbmF0b3JzLm1hcCgoZCkgPT4gTWF0aC5sb2coYWxwaGEpIC0gZCksXG4gIH07XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBwcmVkaWN0KG1vZGVsOiBOYWl2ZUJheWVzTW9kZWwsIHRleHQ6IHN0cmluZywgcmVwbHlUb0NvbmZpcm1hdGlvbiA9IGZhbHNlKTogUHJlZGljdGlvbiB7XG4gIGNvbnN0IGZlYXR1cmVzID0gZmVhdHVyZXNPZih0ZXh0LCByZXBseVRvQ29uZmlybWF0aW9uKS5maWx0ZXIoKFtmXSkgPT4gbW9kZWwubG9nTGlrZWxpaG9vZC5oYXMoZikpO1xuICBjb25zdCBzY29yZXMgPSBbLi4ubW9kZWwubG9nUHJpb3JdO1xuICBmb3IgKGNvbnN0IFtmZWF0dXJlLCB3ZWlnaHRdIG9mIGZlYXR1cmVzKSB7XG4gICAgY29uc3Qgcm93ID0gbW9kZWwubG9nTGlrZWxpaG9vZC5nZXQoZmVhdHVyZSkhO1xuICAgIGZvciAobGV0IGxpID0gMDsgbGkgPCBzY29yZXMubGVuZ3RoOyBsaSsrKSBzY29yZXNbbGldISArPSB3ZWlnaHQgKiByb3dbbGldITtcbiAgfVxuICAvLyBOYWl2ZSBCYXllcyBpcyBvdmVyLWNvbmZpZGVudDsgdGVtcGVyIGJ5IHRoZSBudW1iZXIgb2YgZmVhdHVyZXMgYmVmb3JlIHRoZSBzb2Z0bWF4LlxuICBjb25zdCB0ZW1wZXJhdHVyZSA9IE1hdGgubWF4KDEsIE1hdGguc3FydChmZWF0dXJlcy5sZW5ndGgpKTtcbiAgY29uc3QgbWF4ID0gTWF0aC5tYXgoLi4uc2NvcmVzKTtcbiAgY29uc3QgZXhwID0gc2NvcmVzLm1hcCgocykgPT4gTWF0aC5leHAoKHMgLSBtYXgpIC8gdGVtcGVyYXR1cmUpKTtcbiAgY29uc3Qgc3VtID0gZXhwLnJlZHVjZSgoYSwgYikgPT4gYSArIGIsIDApO1xuICBsZXQgYmVzdCA9IDA7XG4gIGZvciAobGV0IGxpID0gMTsgbGkgPCBzY29yZXMubGVuZ3RoOyBsaSsrKSBpZiAoc2NvcmVzW2xpXSEgPiBzY29yZXNbYmVzdF0hKSBiZXN0ID0gbGk7XG4gIGNvbnN0IGV2aWRlbmNlID0gZmVhdHVyZXNcbiAgICAuZmlsdGVyKChbZl0pID0+ICFmLnN0YXJ0c1dpdGgoJ2M6JykpXG4gICAgLm1hcCgoW2YsIHddKSA9PiB7XG4gICAgICBjb25zdCByb3cgPSBtb2RlbC5sb2dMaWtlbGlob29kLmdldChmKSE7XG4gICAgICBjb25zdCBvdGhlcnMgPSByb3cuZmlsdGVyKChfLCBsaSkgPT4gbGkgIT09IGJlc3QpO1xuICAgICAgcmV0dXJuIFtmLCB3ICogKHJvd1tiZXN0XSEgLSBNYXRoLm1heCguLi5vdGhlcnMpKV0gYXMgY29uc3Q7XG4gICAgfSlcbiAgICAuZmlsdGVyKChbLCBtYXJnaW5dKSA9PiBtYXJnaW4gPiAwKVxuICAgIC5zb3J0KChhLCBiKSA9PiBiWzFdIC0gYVsxXSlcbiAgICAuc2xpY2UoMCwgMylcbiAgICAubWFwKChbZl0pID0+IGYucmVwbGFjZSgvXlt3Yl06LywgJycpKTtcbiAgcmV0dXJuIHsgbGFiZWw6IG1vZGVsLmxhYmVsc1tiZXN0XSEsIGNvbmZpZGVuY2U6IGV4cFtiZXN0XSEgLyBzdW0sIGV2aWRlbmNlIH07XG59XG4iLCAiLyoqXG4gKiBUaGUgbGFiZWxsZWQgY29ycHVzIGlzIGtlcHQgYXMgcGxhaW4gbGluZXMsIGBpbnRlbnR8ZmxhZ3N8dGV4dGAsIHNvIHRoYXQgaHVuZHJlZHMgb2YgcmVhbGlzdGljXG4gKiB0ZXh0cyBzdGF5IHJlYWRhYmxlIGFuZCByZXZpZXdhYmxlIGluIGEgZGlmZi4gRmxhZ3MgKGNvbW1hLXNlcGFyYXRlZCk6IGBydGNgID0gcmVwbGllcyB0byBvdXJcbiAqIGNvbmZpcm1hdGlvbiByZXF1ZXN0LCBgbWt0YCA9IG1hcmtldGluZy1vbmx5IG9wdC1vdXQsIGBjYW5jZWxgID0gYmFyZSBDQU5DRUwgKHN0YWZmIGFsZXJ0KSxcbiAqIGBobmAgPSBoYXJkIG5lZ2F0aXZlICh1c2VzIG9wdC1vdXQgd29yZHMgYnV0IGlzIG5vdCBhbiBvcHQtb3V0KS5cbiAqL1xuaW1wb3J0IHR5cGUgeyBNZXNzYWdlSW50ZW50IH0gZnJvbSAnLi4vY2xhc3NpZmllci9pbnRlbnRzLmpzJztcblxuZXhwb3J0IGludGVyZmFjZSBMYWJlbGxlZE1lc3NhZ2Uge1xuICB0ZXh0OiBzdHJpbmc7XG4gIGludGVudDogTWVzc2FnZUludGVudDtcbiAgcmVwbHlUb0NvbmZpcm1hdGlvbjogYm9vbGVhbjtcbiAgbWFya2V0aW5nT25seTogYm9vbGVhbjtcbiAgYmFyZUNhbmNlbDogYm9vbGVhbjtcbiAgaGFyZE5lZ2F0aXZlOiBib29sZWFuO1xuICAvKiogV2hlcmUgaXQgY2FtZSBmcm9tLCBmb3IgZXJyb3IgcmVwb3J0czogZmlsZSBuYW1lIGFuZCBsaW5lLiAqL1xuICBzb3VyY2U6IHN0cmluZztcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlQ29ycHVzKG5hbWU6IHN0cmluZywgcmF3OiBzdHJpbmcpOiBMYWJlbGxlZE1lc3NhZ2VbXSB7XG4gIGNvbnN0IG91dDogTGFiZWxsZWRNZXNzYWdlW10gPSBbXTtcbiAgcmF3LnNwbGl0KCdcXG4nKS5mb3JFYWNoKChsaW5lLCBpKSA9PiB7XG4gICAgaWYgKCFsaW5lLnRyaW0oKSB8fCBsaW5lLnN0YXJ0c1dpdGgoJyMnKSkgcmV0dXJuO1xuICAgIGNvbnN0IGZpcnN0ID0gbGluZS5pbmRleE9mKCd8Jyk7XG4gICAgY29uc3Qgc2Vjb25kID0gbGluZS5pbmRleE9mKCd8JywgZmlyc3QgKyAxKTtcbiAgICBpZiAoZmlyc3QgPCAwIHx8IHNlY29uZCA8IDApIHRocm93IG5ldyBFcnJvcihgJHtuYW1lfToke2kgKyAxfTogZXhwZWN0ZWQgaW50ZW50fGZsYWdzfHRleHRgKTtcbiAgICBjb25zdCBmbGFncyA9IG5ldyBTZXQobGluZS5zbGljZShmaXJzdCArIDEsIHNlY29uZCkuc3BsaXQoJywnKS5maWx0ZXIoQm9vbGVhbikpO1xuICAgIG91dC5wdXNoKHtcbiAgICAgIGludGVudDogbGluZS5zbGljZSgwLCBmaXJzdCkgYXMgTWVzc2FnZUludGVudCxcbiAgICAgIHJlcGx5VG9Db25maXJtYXRpb246IGZsYWdzLmhhcygncnRjJyksXG4gICAgICBtYXJrZXRpbmdPbmx5OiBmbGFncy5oYXMoJ21rdCcpLFxuICAgICAgYmFyZUNhbmNlbDogZmxhZ3MuaGFzKCdjYW5jZWwnKSxcbiAgICAgIGhhcmROZWdhdGl2ZTogZmxhZ3MuaGFzKCdobicpLFxuICAgICAgdGV4dDogbGluZS5zbGljZShzZWNvbmQgKyAxKSxcbiAgICAgIHNvdXJjZTogYCR7bmFtZX06JHtpICsgMX1gLFxuICAgIH0pO1xuICB9KTtcbiAgcmV0dXJuIG91dDtcbn1cbiIsICIvKipcbiAqIEhhcmQgbmVnYXRpdmVzOiBvcmRpbmFyeSB0ZXh0cyB0aGF0IHVzZSBvcHQtb3V0IHdvcmRzIChzdG9wLCBlbmQsIHF1aXQsIGNhbmNlbCwgcmVtb3ZlLCB1bnN1YnNjcmliZSxcbiAqIGFsdG8sIHBhcmFcdTIwMjYpIGJ1dCBhcmUgbm90IHJldm9jYXRpb25zLiBBIGZhbHNlIG9wdC1vdXQgc2lsZW5jZXMgYSBwYXRpZW50J3MgcmVtaW5kZXJzLlxuICovXG5leHBvcnQgY29uc3QgSEFSRF9ORUdBVElWRV9DT1JQVVMgPSBTdHJpbmcucmF3YFxucHJlX3RyZWF0bWVudHxobnxTaG91bGQgSSBzdG9wIHRha2luZyByZXRpbm9sIGJlZm9yZSB0aGUgcGVlbD9cbnByZV90cmVhdG1lbnR8aG58c3RvcCB0YWtpbmcgcmV0aW5vbCBiZWZvcmUgdGhlIHBlZWw/XG5wcmVfdHJlYXRtZW50fGhufERvIEkgbmVlZCB0byBzdG9wIG15IGZpc2ggb2lsIGJlZm9yZSBmaWxsZXI/XG5wcmVfdHJlYXRtZW50fGhufFdoZW4gc2hvdWxkIEkgc3RvcCB1c2luZyB0cmV0aW5vaW4gYmVmb3JlIG15IGNoZW1pY2FsIHBlZWxcbnByZV90cmVhdG1lbnR8aG58bXkgZGVybWF0b2xvZ2lzdCBzYWlkIHRvIHN0b3AgYWNjdXRhbmUsIGhvdyBsb25nIGJlZm9yZSBJIGNhbiBkbyBsYXNlcj9cbnByZV90cmVhdG1lbnR8aG58RG8gSSBoYXZlIHRvIHN0b3AgZHJpbmtpbmcgY29mZmVlIGJlZm9yZSB0aGUgSVYgZHJpcD9cbnByZV90cmVhdG1lbnR8aG58c2hvdWxkIGkgc3RvcCBpYnVwcm9mZW4gYmVmb3JlIGJvdG94XG5wcmVfdHJlYXRtZW50fGhufEkgc3RvcHBlZCBteSBibG9vZCB0aGlubmVycyBvbiBNb25kYXksIGlzIHRoYXQgZW5vdWdoIGJlZm9yZSBtaWNyb25lZWRsaW5nP1xucHJlX3RyZWF0bWVudHxobnxJcyBpdCBvayBpZiBJIGRvbid0IHN0b3AgbXkgdml0YW1pbiBFIGJlZm9yZSBsaXAgZmlsbGVyP1xucHJlX3RyZWF0bWVudHxobnxTdG9wIHNoYXZpbmcgaG93IG1hbnkgZGF5cyBiZWZvcmUgbGFzZXIgaGFpciByZW1vdmFsP1xucHJlX3RyZWF0bWVudHxobnxEbyBJIHN0b3AgZXhmb2xpYXRpbmcgYmVmb3JlIHRoZSBoeWRyYWZhY2lhbD9cbnByZV90cmVhdG1lbnR8aG58XHUwMEJGVGVuZ28gcXVlIGRlamFyIGRlIHRvbWFyIGFzcGlyaW5hIGFudGVzIGRlbCByZWxsZW5vP1xucHJlX3RyZWF0bWVudHxobnxEZWJvIHBhcmFyIGVsIHJldGlub2wgYW50ZXMgZGVsIHBlZWxpbmc/XG5hZnRlcmNhcmV8aG58SG93IGRvIEkgc3RvcCB0aGUgYmxlZWRpbmcgYWZ0ZXIgbWljcm9uZWVkbGluZz9cbmFmdGVyY2FyZXxobnxzdG9wIHRoZSBibGVlZGluZz9cbmFmdGVyY2FyZXxobnxUaGUgYnJ1aXNpbmcgd29uJ3Qgc3RvcCwgaXMgdGhhdCBub3JtYWwgYWZ0ZXIgZmlsbGVyP1xuYWZ0ZXJjYXJlfGhufFdoZW4gY2FuIEkgc3RvcCBpY2luZyBteSBsaXBzP1xuYWZ0ZXJjYXJlfGhufEhvdyBsb25nIHVudGlsIHRoZSBzd2VsbGluZyBzdG9wcz9cbmFmdGVyY2FyZXxobnxteSBza2luIHdvbid0IHN0b3AgcGVlbGluZyBhZnRlciB0aGUgcGVlbCwgd2hhdCBkbyBJIGRvXG5hZnRlcmNhcmV8aG58V2hlbiBkb2VzIHRoZSByZWRuZXNzIGVuZCBhZnRlciBsYXNlcj9cbmFmdGVyY2FyZXxobnxDYW4gSSBxdWl0IHdlYXJpbmcgdGhlIGNvbXByZXNzaW9uIGdhcm1lbnQgYWZ0ZXIgMiB3ZWVrcz9cbmFmdGVyY2FyZXxobnxob3cgZG8gSSBzdG9wIHRoZSBpdGNoaW5nIGFmdGVyIGNvb2xzY3VscHRpbmdcbmFmdGVyY2FyZXxobnxTaG91bGQgSSBzdG9wIHVzaW5nIHRoZSBzZXJ1bSB5b3UgZ2F2ZSBtZT8gSXQgc3RpbmdzXG5hZnRlcmNhcmV8aG58SSBzdG9wcGVkIHB1dHRpbmcgdGhlIG9pbnRtZW50IG9uLCBpcyB0aGF0IG9rP1xuYWZ0ZXJjYXJlfGhufENhbiBJIHJlbW92ZSB0aGUgYmFuZGFnZSB0b25pZ2h0P1xuYWZ0ZXJjYXJlfGhufHdoZW4gY2FuIGkgdGFrZSBvZmYgdGhlIG51bWJpbmcgY3JlYW0gcmVzaWR1ZVxuYWZ0ZXJjYXJlfGhufElzIGl0IG5vcm1hbCB0aGF0IHRoZSB0aW5nbGluZyBoYXNuJ3Qgc3RvcHBlZD9cbmFmdGVyY2FyZXxobnxcdTAwQkZDdVx1MDBFMW5kbyBwYXJhIGxhIGhpbmNoYXpcdTAwRjNuIGRlc3B1XHUwMEU5cyBkZWwgYm90b3g/XG5vdGhlcnxobnxJIHF1aXQgc21va2luZyBsYXN0IG1vbnRoIVxub3RoZXJ8aG58SSBxdWl0IG15IGpvYiBzbyBteSBzY2hlZHVsZSBpcyBtb3JlIG9wZW4gbm93XG5vdGhlcnxobnxNeSBpbnN1cmFuY2UgZW5kZWQsIGRvZXMgdGhhdCBtYXR0ZXIgZm9yIGNvc21ldGljIHN0dWZmP1xub3RoZXJ8aG58Q2FuIHlvdSByZW1vdmUgbXkgb2xkIGNyZWRpdCBjYXJkIGZyb20gbXkgZmlsZT9cbm90aGVyfGhufFBsZWFzZSByZW1vdmUgbXkgbWFpZGVuIG5hbWUgZnJvbSBteSBwcm9maWxlXG5vdGhlcnxobnxJIHdhbnQgdG8gdXBkYXRlIG15IGVtYWlsLCByZW1vdmUgdGhlIG9sZCBvbmVcbm90aGVyfGhufFBsZWFzZSBzdG9wIHNlbmRpbmcgdGhlIGJpbGwgdG8gbXkgb2xkIGFkZHJlc3Ncbm90aGVyfGhufHBsZWFzZSB1cGRhdGUgbXkgbnVtYmVyLCBzdG9wIHRleHRpbmcgbXkgb2xkIG51bWJlciA1MTItNTU1LTAxOTlcbm90aGVyfGhufEknbGwgc3RvcCB0ZXh0aW5nIHlvdSBzbyBsYXRlLCBzb3JyeSFcbm90aGVyfGhufHNvcnJ5IGZvciB0ZXh0aW5nIHNvIG11Y2ggbG9sIEknbGwgc3RvcFxub3RoZXJ8aG58RG9uJ3Qgc3RvcCB0aGUgcmVtaW5kZXJzLCB0aGV5IGhlbHAgbWUgYSBsb3Rcbm90aGVyfGhufHBsZWFzZSBkb24ndCB1bnN1YnNjcmliZSBtZSwgSSBsb3ZlIHRoZSByZW1pbmRlcnNcbm90aGVyfGhufEkgZG9uJ3Qgd2FudCB0byBvcHQgb3V0LCBJIGp1c3QgZ290IGEgbmV3IHBob25lXG5vdGhlcnxobnxEbyBub3QgY2FuY2VsIG15IG1lbWJlcnNoaXAgcGxlYXNlXG5vdGhlcnxobnxkaWQgbXkgbWVtYmVyc2hpcCBlbmQ/XG5vdGhlcnxobnxIb3cgZG8gSSBzdG9wIG15IG1lbWJlcnNoaXAgZnJvbSBhdXRvIHJlbmV3aW5nP1xub3RoZXJ8aG58SSB3YW50IHRvIGNhbmNlbCBteSBtZW1iZXJzaGlwXG5kaXJlY3Rpb25zX3Bhcmtpbmd8aG58VGhlIGVuZCBvZiB0aGUgcGFya2luZyBnYXJhZ2UgaXMgY2xvc2VkIGJ0d1xub3RoZXJ8aG58Q2FuIHlvdSBzdG9wIGJ5IG15IGNhcj8gSSdtIGluIGEgd2hlZWxjaGFpciB0b2RheVxub3RoZXJ8aG58cmVtb3ZlIG1lIGZyb20gdGhlIHdhaXRsaXN0LCBJIGZvdW5kIGEgdGltZVxub3RoZXJ8aG58VGFrZSBtZSBvZmYgdGhlIHdhaXRsaXN0IHBsZWFzZSwgVHVlc2RheSB3b3JrZWQgb3V0XG5wcmljaW5nfGhufFdoZW4gZG9lcyB0aGUgcHJvbW8gZW5kP1xucHJpY2luZ3xobnx0aGUgcHJvbW8gZW5kcyBGcmlkYXkgcmlnaHQ/XG5wcmljaW5nfGhufElzIHRoZSBib3RveCBzcGVjaWFsIGVuZGluZyBzb29uP1xucHJpY2luZ3xobnxEb2VzIHRoZSAyMCUgb2ZmIGRlYWwgZW5kIHRoaXMgd2Vlaz9cbnByaWNpbmd8aG58SXMgdGhlIHNhbGUgb3Zlcj8gSSB3YW50IHRoZSBsaXAgZmlsbGVyIGRlYWxcbnByaWNpbmd8aG58YXJlIHlvdSBnb2luZyB0byBzdG9wIGRvaW5nIHRoZSAkMTAvdW5pdCBib3RveCBkZWFsP1xucHJpY2luZ3xobnxEaWQgdGhlIG1lbWJlcnNoaXAgZGlzY291bnQgc3RvcD9cbnByaWNpbmd8aG58Q3VcdTAwRTFuZG8gdGVybWluYSBsYSBwcm9tb2NpXHUwMEYzbj9cbnByaWNpbmd8aG58SG93IG11Y2ggdG8gcmVtb3ZlIGEgdGF0dG9vP1xucHJpY2luZ3xobnxIb3cgbXVjaCBpcyBsYXNlciByZW1vdmFsIGZvciBhIHNtYWxsIHRhdHRvb1xuY2FuY2VsX2FwcG9pbnRtZW50fGhufEkgbmVlZCB0byBjYW5jZWwgbXkgYXBwb2ludG1lbnRcbmNhbmNlbF9hcHBvaW50bWVudHxobnxDYW5jZWwgbXkgYXBwb2ludG1lbnQgcGxlYXNlXG5jYW5jZWxfYXBwb2ludG1lbnR8aG58Y2FuIEkgY2FuY2VsIG15IGFwcHQgZm9yIGZyaWRheVxuY2FuY2VsX2FwcG9pbnRtZW50fGhufFBsZWFzZSBjYW5jZWwgbXkgYm90b3ggYXBwb2ludG1lbnQgdG9tb3Jyb3dcbmNhbmNlbF9hcHBvaW50bWVudHxobnxJIGhhdmUgdG8gY2FuY2VsLCBteSBkYXVnaHRlciBpcyBzaWNrXG5jYW5jZWxfYXBwb2ludG1lbnR8aG58Y2FuY2VsIFR1ZXNkYXkgcGxlYXNlLCBzb21ldGhpbmcgY2FtZSB1cFxuY2FuY2VsX2FwcG9pbnRtZW50fGhufENhbiB5b3UgY2FuY2VsIG15IGZhY2lhbD8gSSdsbCByZWJvb2sgbGF0ZXJcbmNhbmNlbF9hcHBvaW50bWVudHxobnxJJ2QgbGlrZSB0byBjYW5jZWwgbXkgM3BtXG5jYW5jZWxfYXBwb2ludG1lbnR8aG58cXVpZXJvIGNhbmNlbGFyIG1pIGNpdGFcbmNhbmNlbF9hcHBvaW50bWVudHxobnxOZWNlc2l0byBjYW5jZWxhciBtaSBjaXRhIGRlbCBqdWV2ZXNcbmNhbmNlbF9hcHBvaW50bWVudHxobnxJIG5lZWQgdG8gY2FuY2VsIHRvbW9ycm93J3MgSVYgZHJpcFxuY2FuY2VsX2FwcG9pbnRtZW50fGhufGNhbmNlbCB0aGUgaHlkcmFmYWNpYWwgb24gdGhlIDEydGggcGxzXG5jYW5jZWxfYXBwb2ludG1lbnR8aG58U3RvcCBteSBhcHBvaW50bWVudCB0b21vcnJvdywgSSBjYW4ndCBjb21lXG5jYW5jZWxfYXBwb2ludG1lbnR8aG58UGxlYXNlIHJlbW92ZSBtZSBmcm9tIHRvbW9ycm93J3Mgc2NoZWR1bGVcbmNhbmNlbF9hcHBvaW50bWVudHxydGMsaG58SSBoYXZlIHRvIGNhbmNlbCwgc29ycnlcbmRpcmVjdGlvbnNfcGFya2luZ3xobnxDYW4gSSBzdG9wIGJ5IGF0IDMgdG8gcGljayB1cCBteSBzdW5zY3JlZW4/XG5kaXJlY3Rpb25zX3Bhcmtpbmd8aG58Y2FuIGkgc3RvcCBieSB0aGUgb2ZmaWNlIGF0IDNcbmRpcmVjdGlvbnNfcGFya2luZ3xobnxXaGVyZSBkbyBJIHN0b3AgdG8gcGFyaz8gVGhlIGxvdCBpcyBmdWxsXG5kaXJlY3Rpb25zX3Bhcmtpbmd8aG58V2hpY2ggYnVzIHN0b3AgaXMgY2xvc2VzdCB0byB5b3U/XG5kaXJlY3Rpb25zX3Bhcmtpbmd8aG58aXMgdGhlIGVudHJhbmNlIGF0IHRoZSBlbmQgb2YgdGhlIGhhbGx3YXk/XG5kaXJlY3Rpb25zX3Bhcmtpbmd8aG58SXMgdGhlIHN1aXRlIGF0IHRoZSBlbmQgb2YgdGhlIHN0cmlwIG1hbGw/XG5kaXJlY3Rpb25zX3Bhcmtpbmd8aG58RG8gSSBwYXJrIGF0IHRoZSBlbmQgb2YgdGhlIGJ1aWxkaW5nP1xuZGlyZWN0aW9uc19wYXJraW5nfGhufFx1MDBCRkRcdTAwRjNuZGUgbWUgcGFybyBwYXJhIGVzdGFjaW9uYXI/XG5ib29rX25ld3xobnxJJ2xsIHN0b3AgYnkgdG9tb3Jyb3cgdG8gYm9vayBhIGZhY2lhbFxuYm9va19uZXd8aG58Q2FuIEkgc3RvcCBpbiB0byBib29rIGEgY29uc3VsdCBmb3IgY29vbHNjdWxwdGluZz9cbmJvb2tfbmV3fGhufEkgd2FudCB0byBzdGFydCBib3RveCwgZG8geW91IGhhdmUgYW55dGhpbmcgbmV4dCB3ZWVrP1xuYm9va19uZXd8aG58SSdkIGxpa2UgdG8gc3RhcnQgbGFzZXIgaGFpciByZW1vdmFsLCB3aGVuIGlzIHRoZSBuZXh0IG9wZW5pbmdcbmJvb2tfbmV3fGhufENhbiBJIGJvb2sgYSB0YXR0b28gcmVtb3ZhbCBjb25zdWx0P1xuYm9va19uZXd8aG58SSB3YW50IHRvIGNvbWUgaW4gYmVmb3JlIHRoZSBwcm9tbyBlbmRzLCBhbnkgb3BlbmluZ3MgVGh1cnNkYXk/XG5ydW5uaW5nX2xhdGV8aG58U3RvcHBlZCBhdCBhIHJlZCBsaWdodCwgNSBtaW4gbGF0ZVxucnVubmluZ19sYXRlfGhufEknbSBhdCB0aGUgYnVzIHN0b3AsIHJ1bm5pbmcgMTAgbWludXRlcyBsYXRlXG5ydW5uaW5nX2xhdGV8aG58c3R1Y2sgaW4gdHJhZmZpYywgY2FuJ3Qgc3RvcCBpdCwgYmUgdGhlcmUgaW4gMTVcbnJ1bm5pbmdfbGF0ZXxobnxJIGhhZCB0byBzdG9wIGZvciBnYXMsIHJ1bm5pbmcgYSBmZXcgbWluIGJlaGluZFxuaG91cnN8aG58V2hhdCB0aW1lIGRvIHlvdSBlbmQgdG9kYXk/XG5ob3Vyc3xobnx3aGF0IHRpbWUgZG9lcyB0aGUgbGFzdCBhcHBvaW50bWVudCBlbmQgb24gc2F0dXJkYXlcbmhvdXJzfGhufEFyZSB5b3Ugb3BlbiBhdCB0aGUgZW5kIG9mIERlY2VtYmVyP1xuaG91cnN8aG58V2hlbiBkbyB5b3Ugc3RvcCB0YWtpbmcgd2FsayBpbnM/XG5ob3Vyc3xobnxXaGF0IHRpbWUgZG8geW91IHN0b3AgYW5zd2VyaW5nIHRoZSBwaG9uZT9cbmJyaW5nX2d1ZXN0fGhufENhbiBteSBmcmllbmQgY29tZT8gU2hlIHdhbnRzIHRvIHN0YXJ0IGJvdG94IHRvb1xuYnJpbmdfZ3Vlc3R8aG58Y2FuIG15IGh1c2JhbmQgc3RvcCBieSB3aXRoIG1lIGR1cmluZyBteSBhcHBvaW50bWVudFxucmVzY2hlZHVsZXxobnxTdG9wLCB3YWl0LCBJIG1lYW50IFRodXJzZGF5IG5vdCBUdWVzZGF5LCBjYW4gd2UgbW92ZSBpdD9cbnJlc2NoZWR1bGV8aG58SSBjYW4ndCBtYWtlIGl0LCBjYW4gd2UgZW5kIHVwIGRvaW5nIG5leHQgd2VlayBpbnN0ZWFkP1xucmVzY2hlZHVsZXxobnxJIG5lZWQgdG8gbW92ZSBteSBhcHBvaW50bWVudCwgbXkgd29yayBzaGlmdCBlbmRzIGxhdGVcbnJlc2NoZWR1bGV8cnRjLGhufFIgLSBteSBzaGlmdCBkb2Vzbid0IGVuZCB1bnRpbCA2XG5jb25maXJtfHJ0YyxobnxZZXMgSSdsbCBiZSB0aGVyZSwgSSBzdG9wcGVkIHRoZSByZXRpbm9sIGxpa2UgeW91IHNhaWRcbmNvbmZpcm18cnRjLGhufENvbmZpcm1lZCEgSSdsbCBzdG9wIGJ5IHJpZ2h0IGFmdGVyIHdvcmtcbmNvbmZpcm18aG58SSBjb25maXJtLCBzZWUgeW91IGF0IHRoZSBlbmQgb2YgdGhlIGRheVxuY29tcGxhaW50fGhufE5vYm9keSBhbnN3ZXJzIHRoZSBwaG9uZSwgdGhpcyBoYXMgdG8gc3RvcFxuY29tcGxhaW50fGhufFRoZSBicnVpc2luZyBzdGlsbCBoYXNuJ3Qgc3RvcHBlZCBhbmQgbm9ib2R5IGNhbGxlZCBtZSBiYWNrLCBJJ20gdXBzZXRcbmNvbXBsYWludHxobnxJIHdhcyBjaGFyZ2VkIHR3aWNlLCBwbGVhc2Ugc3RvcCBjaGFyZ2luZyBteSBjYXJkXG5jb21wbGFpbnR8aG58U3RvcCBjaGFyZ2luZyBtZSBmb3IgdGhlIG1lbWJlcnNoaXAgSSBjYW5jZWxsZWQhXG5jb21wbGFpbnR8aG58WW91ciBmcm9udCBkZXNrIHdhcyBydWRlLCBJJ20gcXVpdHRpbmcgdGhpcyBwbGFjZSBpZiBpdCBoYXBwZW5zIGFnYWluXG50aGFua3N8aG58VGhhbmtzISBJJ2xsIHN0b3AgYnkgbGF0ZXJcbnRoYW5rc3xobnxUaGFuayB5b3Ugc28gbXVjaCwgdGhlIHN3ZWxsaW5nIGZpbmFsbHkgc3RvcHBlZFxub3RoZXJ8aG58R29vZCB0byBrbm93LCBJJ2xsIHN0b3Agd29ycnlpbmcgdGhlblxub3RoZXJ8aG58TXkgZnJpZW5kIHRvbGQgbWUgdG8gcXVpdCBib3RveCwgaXMgdGhhdCB0cnVlIGl0J3MgYmFkP1xub3RoZXJ8aG58RGlkIERyLiBMZWUgcXVpdD8gSSBkaWRuJ3Qgc2VlIGhlciBvbiB0aGUgc2NoZWR1bGVcbm90aGVyfGhufFBhcmEgcXVcdTAwRTkgc2lydmUgZWwgUFJQP1xub3RoZXJ8aG58UGFyYSBjdVx1MDBFMW5kbyB0aWVuZW4gY2l0YXM/XG5vdGhlcnxobnxwYXNvIGEgbGFzIDMgcGFyYSBwYWdhclxub3RoZXJ8aG58Tm8gbWFuY2hlcywgcXVcdTAwRTkgYmllbiBxdWVkXHUwMEYzIG1pIHBpZWxcbm90aGVyfGhufERvbid0IHN0b3AgYmVsaWV2aW5nIGxvbFxub3RoZXJ8aG58RU5EIE9GIE1FU1NBR0Vcbm90aGVyfGhufEhvdyBkbyBJIHN0b3AgZ2V0dGluZyBzbyBtYW55IHRleHRzIGZyb20gbXkgYmFuayBsb2xcbm90aGVyfGhufENhbiB5b3UgdGV4dCBtZSB0aGUgYWRkcmVzcz8gRG9uJ3QgY2FsbCBtZSwgSSdtIGF0IHdvcmtcbm90aGVyfGhufGRvbid0IGNhbGwgbWUsIGp1c3QgdGV4dFxub3RoZXJ8aG58UGxlYXNlIGRvbid0IHRleHQgbWUgYmVmb3JlIDlhbSwgSSB3b3JrIG5pZ2h0c1xuYWZ0ZXJjYXJlfGhufFx1NTA1Q1x1NkI2Mlx1NzUyOFx1ODM2Rlx1NEU4Nlx1NTQxN1x1RkYxRlx1NkNCQlx1NzU5N1x1NTQwRVx1NTNFRlx1NEVFNVx1NTMxNlx1NTk4Nlx1NTQxN1xub3RoZXJ8aG58VFx1MDBGNGkgbXVcdTFFRDFuIGRcdTFFRUJuZyBsXHUxRUExaSBcdTFFREYgXHUwMTExXHUwMEUydSBcdTAxMTFcdTFFQzMgXHUwMTExXHUxRUQ3IHhlP1xuYDtcbiIsICIvKiogUmVhbGlzdGljIHBhdGllbnQgdGV4dHMgcGVyIGludGVudCAodHlwb3MsIGVtb2ppLCBTcGFuaXNoIGFuZCBvdGhlcnMpLiBTZWUgY29ycHVzLnV0aWwudHMgZm9yIHRoZSBmb3JtYXQuICovXG5leHBvcnQgY29uc3QgSU5URU5UX0NPUlBVUyA9IFN0cmluZy5yYXdgXG4jIGNvbmZpcm0gXHUyMDE0IGJhcmUgbGV0dGVycyBhbmQgeWVzIG9ubHkgY291bnQgYXMgYW5zd2VycyB0byBvdXIgY29uZmlybWF0aW9uIHJlcXVlc3RcbmNvbmZpcm18cnRjfENcbmNvbmZpcm18cnRjfGNcbmNvbmZpcm18cnRjfEMuXG5jb25maXJtfHJ0Y3wgYyBcbmNvbmZpcm18cnRjfFllc1xuY29uZmlybXxydGN8eWVzIVxuY29uZmlybXxydGN8WUVTIFx1RDgzRFx1REM0RFxuY29uZmlybXxydGN8eWVwXG5jb25maXJtfHJ0Y3xZZWFoXG5jb25maXJtfHJ0Y3x5XG5jb25maXJtfHJ0Y3xPa1xuY29uZmlybXxydGN8XHVEODNEXHVEQzREXG5jb25maXJtfHJ0Y3xTXHUwMEVEXG5jb25maXJtfHJ0Y3xzaVxuY29uZmlybXxydGN8Q29uZmlybVxuY29uZmlybXxydGN8Y29uZmlybWVkIFx1RDgzRFx1REM0RFxuY29uZmlybXxydGN8WWVzIEknbGwgYmUgdGhlcmVcbmNvbmZpcm18cnRjfHllcyBzZWUgeW91IHRoZW4hXG5jb25maXJtfHJ0Y3xZZXMsIGNvbmZpcm1lZC4gVGhhbmsgeW91IVxuY29uZmlybXxydGN8SSdsbCBiZSB0aGVyZSFcbmNvbmZpcm18cnRjfFl1cCwgc2VlIHlvdSBUaHVyc2RheVxuY29uZmlybXxydGN8QyAtIHNlZSB5b3UgdG1yd1xuY29uZmlybXxydGN8c291bmRzIGdvb2QsIEknbGwgYmUgdGhlcmVcbmNvbmZpcm18cnRjfFllcyBtYSdhbVxuY29uZmlybXxydGN8Q29uZmlybW9cbmNvbmZpcm18cnRjfFNcdTAwRUQsIGFoXHUwMEVEIGVzdGFyXHUwMEU5XG5jb25maXJtfHJ0Y3xjb25maXJtYWRvIGdyYWNpYXNcbmNvbmZpcm18cnRjfFBlcmZlY3QsIHNlZSB5b3UgYXQgMlxuY29uZmlybXxydGN8d2lsbCBiZSB0aGVyZSBcdUQ4M0RcdURFNDJcbmNvbmZpcm18cnRjfFllcyEgQ2FuJ3Qgd2FpdCBcdUQ4M0RcdURFMERcbmNvbmZpcm18cnRjfGNvbmZyaW1cbmNvbmZpcm18cnRjfHllcyBpIHdpbGwgYmUgdGhlclxuY29uZmlybXxydGN8T3VpXG5jb25maXJtfHJ0Y3xDXHUwMEYzXG5jb25maXJtfHxJIGNvbmZpcm0gbXkgYXBwb2ludG1lbnQgZm9yIEZyaWRheVxuY29uZmlybXx8Q29uZmlybWluZyBteSAycG0gdG9tb3Jyb3dcbmNvbmZpcm18fEp1c3QgY29uZmlybWluZyBJJ20gc3RpbGwgb24gZm9yIGJvdG94IFRodXJzZGF5XG5jb25maXJtfHxJJ2xsIGJlIHRoZXJlIHRvbW9ycm93IGF0IDEwXG5jb25maXJtfHxZZXMgSSBjb25maXJtLCBzZWUgeW91IHRoZW4hXG5jb25maXJtfHxjb25maXJtZWQgZm9yIHNhdHVyZGF5XG5jb25maXJtfHxTZWUgeW91IHRvbW9ycm93IVxuY29uZmlybXx8U3RpbGwgY29taW5nIHRvbW9ycm93LCBzZWUgeW91IHRoZW5cbmNvbmZpcm18fENvbmZpcm1vIG1pIGNpdGEgZGVsIG1hcnRlc1xuY29uZmlybXx8U1x1MDBFRCwgY29uZmlybW8gbGEgY2l0YVxuY29uZmlybXx8eWVzIGknbGwgYmUgYXQgbXkgYXBwb2ludG1lbnRcbmNvbmZpcm18fENvdW50IG1lIGluIGZvciB0b21vcnJvdyBhdCAzXG5jb25maXJtfHxXZSdyZSBhbGwgc2V0IGZvciBGcmlkYXksIHNlZSB5b3UgdGhlcmVcbmNvbmZpcm18fEknbSBzdGlsbCBnb29kIGZvciBteSBmYWNpYWwgb24gdGhlIDE0dGhcbiMgcmVzY2hlZHVsZVxucmVzY2hlZHVsZXxydGN8UlxucmVzY2hlZHVsZXxydGN8clxucmVzY2hlZHVsZXxydGN8UiBwbGVhc2VcbnJlc2NoZWR1bGV8cnRjfFIgLSBuZWVkIGEgZGlmZmVyZW50IGRheVxucmVzY2hlZHVsZXxydGN8UmVzY2hlZHVsZVxucmVzY2hlZHVsZXxydGN8Tm8sIGNhbiB3ZSBkbyBhbm90aGVyIGRheT9cbnJlc2NoZWR1bGV8cnRjfGNhbid0IG1ha2UgaXQsIGNhbiB3ZSBtb3ZlIGl0XG5yZXNjaGVkdWxlfHJ0Y3xOb3QgdGhhdCBkYXksIHNvcnJ5XG5yZXNjaGVkdWxlfHxJIG5lZWQgdG8gcmVzY2hlZHVsZVxucmVzY2hlZHVsZXx8Q2FuIEkgcmVzY2hlZHVsZSBteSBib3RveCBhcHB0P1xucmVzY2hlZHVsZXx8Q2FuIHdlIG1vdmUgbXkgYXBwb2ludG1lbnQgdG8gbmV4dCB3ZWVrP1xucmVzY2hlZHVsZXx8SSBjYW4ndCBtYWtlIGl0IFRodXJzZGF5LCBpcyBGcmlkYXkgb3Blbj9cbnJlc2NoZWR1bGV8fENhbiBJIGNvbWUgaW4gbGF0ZXI/IDRwbSBpbnN0ZWFkIG9mIDI/XG5yZXNjaGVkdWxlfHxTb21ldGhpbmcgY2FtZSB1cCwgY2FuIHdlIHB1c2ggbXkgZmFjaWFsIHRvIG5leHQgd2Vla1xucmVzY2hlZHVsZXx8SXMgdGhlcmUgYW55IHdheSB0byBjaGFuZ2UgbXkgYXBwb2ludG1lbnQgdGltZVxucmVzY2hlZHVsZXx8Y2FuIGkgbW92ZSBteSBmaWxsZXIgYXBwdCB0byB0aGUgYWZ0ZXJub29uXG5yZXNjaGVkdWxlfHxuZWVkIHRvIHJlc2NoZWQgc29ycnkhIVxucmVzY2hlZHVsZXx8UmVzY2hlZCBwbHMsIHdvcmsgZW1lcmdlbmN5XG5yZXNjaGVkdWxlfHxDYW4gSSBzd2l0Y2ggbXkgYXBwb2ludG1lbnQgdG8gU2F0dXJkYXk/XG5yZXNjaGVkdWxlfHxJIHdvbid0IG1ha2UgaXQgdG9tb3Jyb3csIGNhbiB3ZSBmaW5kIGFub3RoZXIgdGltZT9cbnJlc2NoZWR1bGV8fERvIHlvdSBoYXZlIGFueXRoaW5nIGVhcmxpZXI/IEknZCBsaWtlIHRvIG1vdmUgbWluZSB1cFxucmVzY2hlZHVsZXx8Q291bGQgd2UgZG8gdGhlIHNhbWUgdGltZSBuZXh0IHdlZWsgaW5zdGVhZD9cbnJlc2NoZWR1bGV8fE15IGZsaWdodCBnb3QgY2hhbmdlZCwgbmVlZCBhIG5ldyB0aW1lIGZvciBteSBsYXNlclxucmVzY2hlZHVsZXx8cmVzY2hlZHVlbCBteSBoeWRyYWZhY2lhbCBwbHpcbnJlc2NoZWR1bGV8fE5lY2VzaXRvIGNhbWJpYXIgbWkgY2l0YVxucmVzY2hlZHVsZXx8XHUwMEJGUHVlZG8gcmVwcm9ncmFtYXIgbWkgY2l0YSBwYXJhIGVsIHZpZXJuZXM/XG5yZXNjaGVkdWxlfHxcdTAwQkZTZSBwdWVkZSBtb3ZlciBtaSBjaXRhIGEgb3RybyBkXHUwMEVEYT9cbnJlc2NoZWR1bGV8fFRlbmdvIHF1ZSBjYW1iaWFyIGxhIGhvcmEgZGUgbWkgY2l0YVxucmVzY2hlZHVsZXx8Q2FuIEkgY2hhbmdlIG15IGFwcHQgdG8gYSBtb3JuaW5nIHNsb3RcbnJlc2NoZWR1bGV8fGJhYnlzaXR0ZXIgY2FuY2VsbGVkIFx1RDgzRFx1REUyOSBjYW4gd2UgZG8gYSBkaWZmZXJlbnQgZGF5P1xucmVzY2hlZHVsZXx8SSdtIHNpY2ssIGNhbiB3ZSByZXNjaGVkdWxlIG15IG1pY3JvbmVlZGxpbmc/XG5yZXNjaGVkdWxlfHxUXHUwMEY0aSBtdVx1MUVEMW4gXHUwMTExXHUxRUQ1aSBsXHUxRUNCY2ggaFx1MUVCOW5cbnJlc2NoZWR1bGV8fEdvc3RhcmlhIGRlIHJlbWFyY2FyIG1pbmhhIGNvbnN1bHRhXG4jIGNhbmNlbF9hcHBvaW50bWVudFxuY2FuY2VsX2FwcG9pbnRtZW50fHxQbGVhc2UgY2FuY2VsIG15IGFwcG9pbnRtZW50XG5jYW5jZWxfYXBwb2ludG1lbnR8fEkgbmVlZCB0byBjYW5jZWwgbXkgYXBwdCBvbiBGcmlkYXlcbmNhbmNlbF9hcHBvaW50bWVudHx8Y2FuY2VsIG15IGFwcG9pbnRtZW50XG5jYW5jZWxfYXBwb2ludG1lbnR8fEkgd29uJ3QgYmUgY29taW5nIGluLCBwbGVhc2UgY2FuY2VsXG5jYW5jZWxfYXBwb2ludG1lbnR8fEkgaGF2ZSB0byBjYW5jZWwgbXkgY29uc3VsdCwgSSdsbCBjYWxsIHRvIHJlYm9va1xuY2FuY2VsX2FwcG9pbnRtZW50fHxDYW5jZWwgbXkgY29vbHNjdWxwdGluZyBzZXNzaW9uIHBsc1xuY2FuY2VsX2FwcG9pbnRtZW50fHxQbGVhc2UgY2FuY2VsIHRvbW9ycm93LCBJJ20gb3V0IG9mIHRvd25cbmNhbmNlbF9hcHBvaW50bWVudHx8SSdtIG5vdCBnb2luZyB0byBtYWtlIGl0IGFuZCBkb24ndCB3YW50IHRvIHJlc2NoZWR1bGUsIHBsZWFzZSBjYW5jZWwgaXRcbmNhbmNlbF9hcHBvaW50bWVudHx8Q2FuIHlvdSBjYW5jZWwgbXkgMTFhbT8gVGhhbmtzXG5jYW5jZWxfYXBwb2ludG1lbnR8fGNhbmNlbGxpbmcgbXkgYXBwb2ludG1lbnQsIHNvcnJ5IGZvciB0aGUgc2hvcnQgbm90aWNlXG5jYW5jZWxfYXBwb2ludG1lbnR8fEkgbmVlZCB0byBjYW5jZWxsIG15IGZhY2lhbFxuY2FuY2VsX2FwcG9pbnRtZW50fHxDYW5jZWwgbXkgSVYgYXBwb2ludG1lbnQgZm9yIE1vbmRheVxuY2FuY2VsX2FwcG9pbnRtZW50fHxObyB2b3kgYSBwb2RlciBpciwgY2FuY2VsZSBtaSBjaXRhIHBvciBmYXZvclxuY2FuY2VsX2FwcG9pbnRtZW50fHxRdWllcm8gY2FuY2VsYXIgbGEgY2l0YSBkZSBtYVx1MDBGMWFuYVxuY2FuY2VsX2FwcG9pbnRtZW50fHxDYW5jZWxhIG1pIGNpdGEgcG9yZmFcbmNhbmNlbF9hcHBvaW50bWVudHx8SSdkIGxpa2UgdG8gY2FuY2VsIG15IGxhc2VyIGFwcG9pbnRtZW50XG5jYW5jZWxfYXBwb2ludG1lbnR8fHBsZWFzZSB0YWtlIG1lIG9mZiB0aGUgc2NoZWR1bGUgZm9yIHRvbW9ycm93LCBJJ20gY2FuY2VsbGluZ1xuY2FuY2VsX2FwcG9pbnRtZW50fHxXb24ndCBuZWVkIHRoZSBhcHBvaW50bWVudCBhbnltb3JlLCBwbGVhc2UgY2FuY2VsIGl0XG5jYW5jZWxfYXBwb2ludG1lbnR8cnRjfE5vLCBwbGVhc2UgY2FuY2VsIGl0XG5jYW5jZWxfYXBwb2ludG1lbnR8cnRjfENhbmNlbCBpdCBwbGVhc2UsIEkgY2FuJ3QgY29tZVxuY2FuY2VsX2FwcG9pbnRtZW50fHxUXHUwMEY0aSBtdVx1MUVEMW4gaFx1MUVFN3kgbFx1MUVDQmNoIGhcdTFFQjluXG5jYW5jZWxfYXBwb2ludG1lbnR8fFF1ZXJvIGNhbmNlbGFyIG1pbmhhIGNvbnN1bHRhXG4jIHJ1bm5pbmdfbGF0ZVxucnVubmluZ19sYXRlfHxSdW5uaW5nIDEwIG1pbiBsYXRlIVxucnVubmluZ19sYXRlfHxydW5uaW5nIGxhdGUgc29ycnlcbnJ1bm5pbmdfbGF0ZXx8SSdtIGdvaW5nIHRvIGJlIDE1IG1pbnV0ZXMgbGF0ZVxucnVubmluZ19sYXRlfHxzdHVjayBpbiB0cmFmZmljLCBiZSB0aGVyZSBpbiAyMFxucnVubmluZ19sYXRlfHxUcmFmZmljIGlzIGF3ZnVsIFx1RDgzRFx1REUyOSBydW5uaW5nIGFib3V0IDEwIGJlaGluZFxucnVubmluZ19sYXRlfHxCZSB0aGVyZSBpbiA1IVxucnVubmluZ19sYXRlfHxQYXJraW5nIG5vdywgMiBtaW5cbnJ1bm5pbmdfbGF0ZXx8SSdtIGxhdGUsIHN0aWxsIGNvbWluZyFcbnJ1bm5pbmdfbGF0ZXx8U29ycnkgcnVubmluZyBhIGxpdHRsZSBiZWhpbmQsIHRoZXJlIGJ5IDM6MTVcbnJ1bm5pbmdfbGF0ZXx8V2lsbCBiZSBhIGZldyBtaW51dGVzIGxhdGUgZm9yIG15IDJwbVxucnVubmluZ19sYXRlfHxvbXcsIDEwIG1pbnMgbGF0ZSBcdUQ4M0RcdURFOTdcbnJ1bm5pbmdfbGF0ZXx8SXMgaXQgb2sgaWYgSSdtIDEwIG1pbiBsYXRlP1xucnVubmluZ19sYXRlfHxDYW4gSSBzdGlsbCBjb21lIGlmIEknbSAyMCBtaW51dGVzIGxhdGU/XG5ydW5uaW5nX2xhdGV8fG15IHViZXIgaXMgbGF0ZSwgYmUgdGhlcmUgYXNhcFxucnVubmluZ19sYXRlfHxMZWF2aW5nIHdvcmsgbGF0ZSwgd2lsbCBiZSB0aGVyZSBhdCA0OjEwXG5ydW5uaW5nX2xhdGV8fHJ1bmluZyBsYXRlIHNyeVxucnVubmluZ19sYXRlfHxMbGVnbyB0YXJkZSwgMTAgbWludXRvc1xucnVubmluZ19sYXRlfHxWb3kgYSBsbGVnYXIgMTUgbWludXRvcyB0YXJkZVxucnVubmluZ19sYXRlfHxWb3kgZW4gY2FtaW5vLCBsbGVnbyBlbiAxMFxucnVubmluZ19sYXRlfHxTdHVjayBvbiAzNSwgRVRBIDE1IG1pblxucnVubmluZ19sYXRlfHxJJ20gc28gc29ycnkgSSdtIGJlaGluZCBzY2hlZHVsZSwgYmUgdGhlcmUgc29vblxucnVubmluZ19sYXRlfHxPbiBteSB3YXkhIEZldyBtaW4gbGF0ZVxucnVubmluZ19sYXRlfHxUcmFpbiBkZWxheWVkLCBJJ2xsIGJlIGxhdGUgZm9yIG15IGZhY2lhbFxucnVubmluZ19sYXRlfHxUXHUwMEY0aSBzXHUxRUJEIFx1MDExMVx1MUVCRm4gdHJcdTFFQzUgMTAgcGhcdTAwRkF0XG4jIGJvb2tfbmV3XG5ib29rX25ld3x8RG8geW91IGhhdmUgYW55IG9wZW5pbmdzIHRoaXMgd2VlayBmb3IgYm90b3g/XG5ib29rX25ld3x8SSdkIGxpa2UgdG8gYm9vayBhIGh5ZHJhZmFjaWFsXG5ib29rX25ld3x8Q2FuIEkgbWFrZSBhbiBhcHBvaW50bWVudCBmb3IgbGlwIGZpbGxlcj9cbmJvb2tfbmV3fHxDYW4gSSBib29rIGEgY29uc3VsdCBmb3IgY29vbHNjdWxwdGluZ1xuYm9va19uZXd8fEFueSBhdmFpbGFiaWxpdHkgU2F0dXJkYXkgZm9yIGEgZmFjaWFsP1xuYm9va19uZXd8fEkgd2FudCB0byBzY2hlZHVsZSBtaWNyb25lZWRsaW5nXG5ib29rX25ld3x8ZG8gdSBoYXZlIGFueXRoaW5nIHRtcncgYWZ0ZXJub29uIGZvciBib3RveFxuYm9va19uZXd8fENhbiBJIGdldCBpbiBmb3IgYSB0b3VjaCB1cCBuZXh0IHdlZWs/XG5ib29rX25ld3x8SSdkIGxpa2UgdG8gYm9vayBteSBuZXh0IGFwcG9pbnRtZW50XG5ib29rX25ld3x8TG9va2luZyB0byBzY2hlZHVsZSBsYXNlciBoYWlyIHJlbW92YWwgb24gbXkgbGVnc1xuYm9va19uZXd8fENhbiBteSBkYXVnaHRlciBhbmQgSSBib3RoIGJvb2sgZmFjaWFscyBmb3IgU2F0dXJkYXk/XG5ib29rX25ld3x8SSB3YW50IHRvIGNvbWUgaW4gZm9yIGFuIElWIGRyaXAgdGhpcyBGcmlkYXlcbmJvb2tfbmV3fHxJcyBEci4gTGVlIGF2YWlsYWJsZSBuZXh0IFR1ZXNkYXk/IEkgd2FudCB0byBib29rXG5ib29rX25ld3x8Ym9vayBtZSBmb3IgYW5vdGhlciByb3VuZCBvZiBib3RveCBpbiAzIG1vbnRocyBwbGVhc2VcbmJvb2tfbmV3fHxOZWVkIHRvIGJvb2sgYSBmb2xsb3cgdXAgZm9yIG15IGZpbGxlclxuYm9va19uZXd8fEhpISBJJ20gbmV3LCBob3cgZG8gSSBib29rIGEgZmlyc3QgYXBwb2ludG1lbnQ/XG5ib29rX25ld3x8d2FubmEgYm9vayBhIGNoZW1pY2FsIHBlZWwsIHdoZW4ncyB5b3VyIG5leHQgb3BlbmluZ1xuYm9va19uZXd8fGNhbiBpIGdldCB0aGUgNXBtIHNsb3Qgb24gdGh1cnNkYXk/XG5ib29rX25ld3x8UXVpZXJvIGhhY2VyIHVuYSBjaXRhIHBhcmEgYm90b3hcbmJvb2tfbmV3fHxcdTAwQkZUaWVuZW4gY2l0YXMgZGlzcG9uaWJsZXMgZWwgc1x1MDBFMWJhZG8/XG5ib29rX25ld3x8UXVpc2llcmEgYWdlbmRhciB1biBmYWNpYWxcbmJvb2tfbmV3fHxNZSBndXN0YXJcdTAwRURhIHVuYSBjaXRhIHBhcmEgZGVwaWxhY2lcdTAwRjNuIGxcdTAwRTFzZXJcbmJvb2tfbmV3fHxUXHUwMEY0aSBtdVx1MUVEMW4gXHUwMTExXHUxRUI3dCBsXHUxRUNCY2ggbFx1MDBFMG0gZGFcbmJvb2tfbmV3fHxHb3N0YXJpYSBkZSBtYXJjYXIgdW0gaG9yXHUwMEUxcmlvIHBhcmEgYm90b3hcbmJvb2tfbmV3fHxJJ2QgbGlrZSB0byB0cnkgdGhlIGh5ZHJhZmFjaWFsLCBhbnkgb3BlbmluZ3M/XG5ib29rX25ld3x8V2hlbiBpcyB0aGUgbmV4dCBhdmFpbGFibGUgZm9yIGEgY29uc3VsdGF0aW9uP1xuYm9va19uZXd8fFNjaGVkdWxlIG1lIGZvciBhIEIxMiBzaG90IHBsc1xuYm9va19uZXd8fERvIHlvdSB0YWtlIHdhbGsgaW5zIHRvZGF5IGZvciBhIGxpcCBmbGlwP1xuIyBwcmljaW5nXG5wcmljaW5nfHxIb3cgbXVjaCBpcyBsaXAgZmlsbGVyP1xucHJpY2luZ3x8SG93IG11Y2ggZG9lcyBib3RveCBjb3N0IHBlciB1bml0P1xucHJpY2luZ3x8d2hhdCdzIHRoZSBwcmljZSBmb3IgYSBoeWRyYWZhY2lhbFxucHJpY2luZ3x8SG93IG11Y2ggZm9yIDMgc2Vzc2lvbnMgb2YgbGFzZXI/XG5wcmljaW5nfHxEbyB5b3UgaGF2ZSBhbnkgc3BlY2lhbHMgdGhpcyBtb250aD9cbnByaWNpbmd8fElzIHRoZXJlIGEgcGFja2FnZSBwcmljZSBmb3IgbWljcm9uZWVkbGluZz9cbnByaWNpbmd8fEhvdyBtdWNoIGlzIGNvb2xzY3VscHRpbmcgZm9yIG15IHN0b21hY2g/XG5wcmljaW5nfHxEbyB5b3Ugb2ZmZXIgcGF5bWVudCBwbGFucz8gQ2hlcnJ5IG9yIENhcmVDcmVkaXQ/XG5wcmljaW5nfHxob3cgbXVjaCBpcyBhIHN5cmluZ2Ugb2YganV2ZWRlcm1cbnByaWNpbmd8fFdoYXRzIHRoZSBjb3N0IG9mIGFuIElWIGRyaXBcbnByaWNpbmd8fERvIHlvdSBwcmljZSBtYXRjaD9cbnByaWNpbmd8fElzIHRoZSBjb25zdWx0YXRpb24gZnJlZT9cbnByaWNpbmd8fEhvdyBtdWNoIHdvdWxkIGl0IGJlIGZvciBmb3JlaGVhZCBhbmQgY3Jvd3MgZmVldD9cbnByaWNpbmd8fERvIHlvdSB0YWtlIEhTQSBjYXJkcz9cbnByaWNpbmd8fHByaWNlIGZvciBsaXAgZmxpcD8/XG5wcmljaW5nfHxIb3cgbXVjaCB3YXMgbXkgbGFzdCB2aXNpdD8gSSBuZWVkIGl0IGZvciBteSByZWNvcmRzXG5wcmljaW5nfHxJcyB0aGUgJDE5OSBmYWNpYWwgZGVhbCBzdGlsbCBnb2luZz9cbnByaWNpbmd8fERvIHlvdSBoYXZlIGEgbWVtYmVyc2hpcCBwcmljZSBmb3IgYm90b3g/XG5wcmljaW5nfHxcdTAwQkZDdVx1MDBFMW50byBjdWVzdGEgZWwgYm90b3g/XG5wcmljaW5nfHxjdWFudG8gY3Vlc3RhIGVsIHJlbGxlbm8gZGUgbGFiaW9zXG5wcmljaW5nfHxcdTAwQkZRdVx1MDBFOSBwcmVjaW8gdGllbmUgbGEgbGltcGllemEgZmFjaWFsP1xucHJpY2luZ3x8XHUwMEJGQWNlcHRhbiBwYWdvcyBhIHBsYXpvcz9cbnByaWNpbmd8fFF1YW50byBjdXN0YSBvIGJvdG94P1xucHJpY2luZ3x8Qm90b3ggZ2lcdTAwRTEgYmFvIG5oaVx1MDBFQXU/XG5wcmljaW5nfHxIb3cgbXVjaCBpcyBhIGNoZW1pY2FsIHBlZWwgYW5kIGRvZXMgaXQgaHVydD9cbnByaWNpbmd8fGlzIHRheCBpbmNsdWRlZCBpbiB0aGUgcHJpY2U/XG5wcmljaW5nfHxIb3cgbXVjaCB0byBhZGQgYSBCMTIgc2hvdCB0byBteSBkcmlwXG4jIGRpcmVjdGlvbnNfcGFya2luZ1xuZGlyZWN0aW9uc19wYXJraW5nfHxXaGVyZSBkbyBJIHBhcms/XG5kaXJlY3Rpb25zX3Bhcmtpbmd8fElzIHRoZXJlIHBhcmtpbmcgYXQgeW91ciBvZmZpY2U/XG5kaXJlY3Rpb25zX3Bhcmtpbmd8fFdoYXQncyB0aGUgYWRkcmVzcyBhZ2Fpbj9cbmRpcmVjdGlvbnNfcGFya2luZ3x8V2hpY2ggc3VpdGUgYXJlIHlvdSBpbj9cbmRpcmVjdGlvbnNfcGFya2luZ3x8SSdtIGhlcmUgYnV0IGNhbid0IGZpbmQgdGhlIGVudHJhbmNlXG5kaXJlY3Rpb25zX3Bhcmtpbmd8fElzIHBhcmtpbmcgdmFsaWRhdGVkP1xuZGlyZWN0aW9uc19wYXJraW5nfHxIb3cgZG8gSSBnZXQgdG8geW91ciBvZmZpY2UgZnJvbSB0aGUgaGlnaHdheVxuZGlyZWN0aW9uc19wYXJraW5nfHxpcyBpdCB0aGUgYnVpbGRpbmcgbmV4dCB0byBzdGFyYnVja3M/XG5kaXJlY3Rpb25zX3Bhcmtpbmd8fFdoaWNoIGZsb29yIGFyZSB5b3Ugb24/XG5kaXJlY3Rpb25zX3Bhcmtpbmd8fEknbSBpbiB0aGUgcGFya2luZyBsb3QsIHdoZXJlIGRvIEkgZ28/XG5kaXJlY3Rpb25zX3Bhcmtpbmd8fENhbiB5b3Ugc2VuZCBtZSB0aGUgYWRkcmVzc1xuZGlyZWN0aW9uc19wYXJraW5nfHxEbyB5b3UgaGF2ZSBhIHBhcmtpbmcgZ2FyYWdlIG9yIGlzIGl0IHN0cmVldCBwYXJraW5nP1xuZGlyZWN0aW9uc19wYXJraW5nfHxJcyB0aGVyZSBhbiBlbGV2YXRvcj8gTXkgbW9tIHVzZXMgYSB3YWxrZXJcbmRpcmVjdGlvbnNfcGFya2luZ3x8SSdtIGxvc3QgbG9sIHdoaWNoIGRvb3JcbmRpcmVjdGlvbnNfcGFya2luZ3x8V2hlcmUncyB0aGUgZW50cmFuY2UsIGZyb250IG9yIGJhY2s/XG5kaXJlY3Rpb25zX3Bhcmtpbmd8fGRvIGkgbmVlZCB0byBwYXkgZm9yIHBhcmtpbmdcbmRpcmVjdGlvbnNfcGFya2luZ3x8XHUwMEJGRFx1MDBGM25kZSBtZSBlc3RhY2lvbm8/XG5kaXJlY3Rpb25zX3Bhcmtpbmd8fFx1MDBCRkN1XHUwMEUxbCBlcyBsYSBkaXJlY2NpXHUwMEYzbj9cbmRpcmVjdGlvbnNfcGFya2luZ3x8Tm8gZW5jdWVudHJvIGxhIGVudHJhZGFcbmRpcmVjdGlvbnNfcGFya2luZ3x8UXVhbCBcdTAwRTkgbyBlbmRlcmVcdTAwRTdvP1xuZGlyZWN0aW9uc19wYXJraW5nfHxcdTAxMTBcdTFFQ0JhIGNoXHUxRUM5IFx1MUVERiBcdTAxMTFcdTAwRTJ1IHZcdTFFQUR5P1xuZGlyZWN0aW9uc19wYXJraW5nfHxhcmUgeW91IG5lYXIgdGhlIG1hbGw/XG5kaXJlY3Rpb25zX3Bhcmtpbmd8fEdvb2dsZSBtYXBzIGlzIHNlbmRpbmcgbWUgdG8gdGhlIHdyb25nIHBsYWNlLCB3aGF0J3MgdGhlIGNyb3NzIHN0cmVldD9cbiMgaG91cnNcbmhvdXJzfHxXaGF0IGFyZSB5b3VyIGhvdXJzP1xuaG91cnN8fEFyZSB5b3Ugb3BlbiBTdW5kYXk/XG5ob3Vyc3x8V2hhdCB0aW1lIGRvIHlvdSBjbG9zZSB0b2RheT9cbmhvdXJzfHx3aGF0IHRpbWUgZG8gdSBvcGVuIHRtcndcbmhvdXJzfHxBcmUgeW91IG9wZW4gb24gVGhhbmtzZ2l2aW5nP1xuaG91cnN8fEFyZSB5b3Ugb3BlbiBsYXRlIG9uIFRodXJzZGF5cz9cbmhvdXJzfHxXaGF0IHRpbWUgZG8geW91IGNsb3NlIG9uIFNhdHVyZGF5XG5ob3Vyc3x8QXJlIHlvdSBndXlzIG9wZW4gcmlnaHQgbm93P1xuaG91cnN8fE9wZW4gb24gQ2hyaXN0bWFzIEV2ZT9cbmhvdXJzfHxXaGF0IGFyZSB0aGUgaG9saWRheSBob3Vycz9cbmhvdXJzfHxIb3cgbGF0ZSBhcmUgeW91IG9wZW4gdG9uaWdodFxuaG91cnN8fERvIHlvdSBvcGVuIGVhcmx5PyBJIHdvcmsgYXQgOVxuaG91cnN8fElzIHRoZSBvZmZpY2UgY2xvc2VkIE1vbmRheXM/XG5ob3Vyc3x8XHUwMEJGQSBxdVx1MDBFOSBob3JhIGFicmVuP1xuaG91cnN8fFx1MDBCRkVzdFx1MDBFMW4gYWJpZXJ0b3MgZWwgZG9taW5nbz9cbmhvdXJzfHxcdTAwQkZDdVx1MDBFMWwgZXMgc3UgaG9yYXJpbz9cbmhvdXJzfHxRdWUgaG9yYXMgdm9jXHUwMEVBcyBhYnJlbT9cbmhvdXJzfHxNXHUxRUE1eSBnaVx1MUVERCBtXHUxRURGIGNcdTFFRURhP1xuaG91cnN8fEFyZSB5b3Ugb3BlbiBmb3Igd2FsayBpbnMgb24gd2Vla2VuZHNcbmhvdXJzfHx3aGF0cyB1ciBob3VycyBvbiBmcmlcbmhvdXJzfHx3aGVuIGRvIHlvdSBvcGVuP1xuIyBhZnRlcmNhcmVcbmFmdGVyY2FyZXx8SXMgaXQgbm9ybWFsIHRvIGhhdmUgYnJ1aXNpbmcgYWZ0ZXIgZmlsbGVyP1xuYWZ0ZXJjYXJlfHxXaGVuIGNhbiBJIHdvcmsgb3V0IGFmdGVyIGJvdG94P1xuYWZ0ZXJjYXJlfHxNeSBsaXBzIGFyZSByZWFsbHkgc3dvbGxlbiwgaXMgdGhhdCBub3JtYWw/XG5hZnRlcmNhcmV8fEhvdyBsb25nIHNob3VsZCBJIHdhaXQgdG8gd2FzaCBteSBmYWNlIGFmdGVyIHRoZSBoeWRyYWZhY2lhbD9cbmFmdGVyY2FyZXx8Q2FuIEkgd2VhciBtYWtldXAgYWZ0ZXIgbWljcm9uZWVkbGluZz9cbmFmdGVyY2FyZXx8aXQncyBiZWVuIDIgd2Vla3MgYW5kIG15IGJvdG94IGlzbid0IHdvcmtpbmcgeWV0XG5hZnRlcmNhcmV8fENhbiBJIGRyaW5rIGFsY29ob2wgYWZ0ZXIgbXkgZmlsbGVyP1xuYWZ0ZXJjYXJlfHxteSBza2luIGlzIHBlZWxpbmcgYWZ0ZXIgdGhlIGNoZW1pY2FsIHBlZWwsIHdoYXQgc2hvdWxkIGkgdXNlXG5hZnRlcmNhcmV8fFdoZW4gY2FuIEkgZ28gaW4gdGhlIHN1biBhZnRlciBsYXNlcj9cbmFmdGVyY2FyZXx8aXMgaXQgb2sgdG8gbGF5IGRvd24gYWZ0ZXIgYm90b3g/XG5hZnRlcmNhcmV8fFRoZXJlJ3MgYSBzbWFsbCBidW1wIGluIG15IGxpcCBmcm9tIHRoZSBmaWxsZXIsIHNob3VsZCBJIG1hc3NhZ2UgaXQ/XG5hZnRlcmNhcmV8fFJlZG5lc3Mgc3RpbGwgdGhlcmUgYWZ0ZXIgMyBkYXlzLCBub3JtYWw/XG5hZnRlcmNhcmV8fFdoYXQgY3JlYW0gc2hvdWxkIEkgdXNlIGFmdGVyIHRoZSBsYXNlclxuYWZ0ZXJjYXJlfHxDYW4gSSB0YWtlIHR5bGVub2wgZm9yIHRoZSBzb3JlbmVzcz9cbmFmdGVyY2FyZXx8VGhlIGluamVjdGlvbiBzcG90IGlzIGl0Y2h5XG5hZnRlcmNhcmV8fGhvdyBsb25nIGRvZXMgc3dlbGxpbmcgbGFzdCBhZnRlciBsaXAgZmlsbGVyXG5hZnRlcmNhcmV8fENhbiBJIGV4ZXJjaXNlIGFmdGVyIGNvb2xzY3VscHRpbmc/XG5hZnRlcmNhcmV8fE15IGNoZWVrIGZlZWxzIG51bWIgYWZ0ZXIgdGhlIHRyZWF0bWVudCwgaXMgdGhhdCBvaz9cbmFmdGVyY2FyZXx8Q2FuIEkgZ2V0IGEgbWFzc2FnZSBhZnRlciBteSBmYWNpYWw/XG5hZnRlcmNhcmV8fFdoZW4gd2lsbCBJIHNlZSByZXN1bHRzIGZyb20gbWljcm9uZWVkbGluZz9cbmFmdGVyY2FyZXx8T25lIGV5ZWJyb3cgbG9va3MgaGlnaGVyIHRoYW4gdGhlIG90aGVyIDIgd2Vla3MgYWZ0ZXIgYm90b3hcbmFmdGVyY2FyZXx8XHUwMEJGRXMgbm9ybWFsIHRlbmVyIG1vcmV0b25lcyBkZXNwdVx1MDBFOXMgZGVsIHJlbGxlbm8/XG5hZnRlcmNhcmV8fFx1MDBCRkN1XHUwMEUxbmRvIHB1ZWRvIGhhY2VyIGVqZXJjaWNpbyBkZXNwdVx1MDBFOXMgZGVsIGJvdG94P1xuYWZ0ZXJjYXJlfHxUZW5nbyBsYSBjYXJhIHJvamEgZGVzcHVcdTAwRTlzIGRlbCBsXHUwMEUxc2VyLCBcdTAwQkZlcyBub3JtYWw/XG5hZnRlcmNhcmV8fEVzdFx1MDBFMSBub3JtYWwgbyBpbmNoYVx1MDBFN28gZGVwb2lzIGRvIHByZWVuY2hpbWVudG8/XG5hZnRlcmNhcmV8fFNhdSBraGkgdGlcdTAwRUFtIGZpbGxlciBiXHUxRUNCIHNcdTAxQjBuZyBjXHUwMEYzIHNhbyBraFx1MDBGNG5nP1xuYWZ0ZXJjYXJlfHx3aGF0IGRvIGkgcHV0IG9uIG15IGZhY2UgdG9uaWdodCBhZnRlciB0aGUgcGVlbD8/IFx1RDgzRFx1REUyQ1xuYWZ0ZXJjYXJlfHxjYW4gaSBzaG93ZXIgYWZ0ZXIgbXkgSVZcbiMgcHJlX3RyZWF0bWVudFxucHJlX3RyZWF0bWVudHx8U2hvdWxkIEkgYXZvaWQgYWxjb2hvbCBiZWZvcmUgbXkgZmlsbGVyIGFwcG9pbnRtZW50P1xucHJlX3RyZWF0bWVudHx8RG8gSSBuZWVkIHRvIGNvbWUgd2l0aCBhIGNsZWFuIGZhY2U/XG5wcmVfdHJlYXRtZW50fHxDYW4gSSB3ZWFyIG1ha2V1cCB0byBteSBhcHBvaW50bWVudD9cbnByZV90cmVhdG1lbnR8fFNob3VsZCBJIHNoYXZlIGJlZm9yZSBsYXNlciBoYWlyIHJlbW92YWw/XG5wcmVfdHJlYXRtZW50fHxJcyB0aGVyZSBhbnl0aGluZyBJIG5lZWQgdG8gZG8gYmVmb3JlIGJvdG94IHRvbW9ycm93P1xucHJlX3RyZWF0bWVudHx8Q2FuIEkgdGFrZSBhZHZpbCBiZWZvcmUgbXkgYXBwb2ludG1lbnQ/XG5wcmVfdHJlYXRtZW50fHxEbyBJIG5lZWQgdG8gZWF0IGJlZm9yZSB0aGUgSVYgZHJpcD9cbnByZV90cmVhdG1lbnR8fGhvdyBlYXJseSBzaG91bGQgSSBhcnJpdmUgZm9yIG15IGZpcnN0IHZpc2l0P1xucHJlX3RyZWF0bWVudHx8RG8gSSBuZWVkIHRvIGZpbGwgb3V0IGZvcm1zIGJlZm9yZSBJIGNvbWUgaW4/XG5wcmVfdHJlYXRtZW50fHxTaG91bGQgSSBwdXQgbnVtYmluZyBjcmVhbSBvbiBiZWZvcmUgSSBnZXQgdGhlcmU/XG5wcmVfdHJlYXRtZW50fHxDYW4gSSBnZXQgZmlsbGVyIGlmIEkgaGF2ZSBhIGNvbGQgc29yZT9cbnByZV90cmVhdG1lbnR8fEknbSBvbiBhbnRpYmlvdGljcywgY2FuIEkgc3RpbGwgZG8gbWljcm9uZWVkbGluZyB0b21vcnJvdz9cbnByZV90cmVhdG1lbnR8fENhbiBJIGRvIGJvdG94IHdoaWxlIGJyZWFzdGZlZWRpbmc/XG5wcmVfdHJlYXRtZW50fHxTaG91bGQgSSBza2lwIG15IHdvcmtvdXQgYmVmb3JlIGNvb2xzY3VscHRpbmc/XG5wcmVfdHJlYXRtZW50fHxXaGF0IHNob3VsZCBJIHdlYXIgdG8gbXkgY29vbHNjdWxwdGluZyBhcHBvaW50bWVudD9cbnByZV90cmVhdG1lbnR8fElzIGl0IG9rIHRvIGdldCBhIHNwcmF5IHRhbiBiZWZvcmUgbGFzZXI/XG5wcmVfdHJlYXRtZW50fHxTaG91bGQgSSBzdG9wIHJldGlub2wgYmVmb3JlIG15IGZhY2lhbD9cbnByZV90cmVhdG1lbnR8fEkgZ290IGEgc3VuYnVybiwgY2FuIEkgc3RpbGwgZG8gbXkgbGFzZXIgb24gRnJpZGF5P1xucHJlX3RyZWF0bWVudHx8ZG8gSSBoYXZlIHRvIGF2b2lkIGNvZmZlZSBiZWZvcmUgdGhlIHBlZWxcbnByZV90cmVhdG1lbnR8fFx1MDBCRlRlbmdvIHF1ZSBpciBzaW4gbWFxdWlsbGFqZT9cbnByZV90cmVhdG1lbnR8fFx1MDBCRlB1ZWRvIHRvbWFyIGFsY29ob2wgYW50ZXMgZGVsIHJlbGxlbm8/XG5wcmVfdHJlYXRtZW50fHxcdTAwQkZNZSB0ZW5nbyBxdWUgcmFzdXJhciBhbnRlcyBkZWwgbFx1MDBFMXNlcj9cbnByZV90cmVhdG1lbnR8fFByZWNpc28gaXIgZGUgamVqdW0/XG5wcmVfdHJlYXRtZW50fHxUclx1MDFCMFx1MUVEQmMga2hpIGxcdTAwRTBtIGxhc2VyIGNcdTAwRjMgY1x1MUVBN24gY1x1MUVBMW8ga2hcdTAwRjRuZz9cbnByZV90cmVhdG1lbnR8fEkgaGF2ZSBhIHdlZGRpbmcgbmV4dCB3ZWVrZW5kLCBpcyBpdCB0b28gY2xvc2UgdG8gZG8gZmlsbGVyIG5vdz9cbnByZV90cmVhdG1lbnR8fEFueSBwcmVwIGZvciBteSBoeWRyYWZhY2lhbCB0bXJ3P1xuIyBicmluZ19ndWVzdFxuYnJpbmdfZ3Vlc3R8fENhbiBJIGJyaW5nIG15IGRhdWdodGVyIHdpdGggbWU/XG5icmluZ19ndWVzdHx8SXMgaXQgb2sgaWYgbXkgaHVzYmFuZCBjb21lcyBhbG9uZz9cbmJyaW5nX2d1ZXN0fHxDYW4gSSBicmluZyBteSBiYWJ5PyBTaGUncyA0IG1vbnRoc1xuYnJpbmdfZ3Vlc3R8fENhbiBteSBmcmllbmQgc2l0IGluIHdpdGggbWUgZHVyaW5nIHRoZSB0cmVhdG1lbnQ/XG5icmluZ19ndWVzdHx8Q2FuIG15IG1vbSBjb21lIGluIHRoZSByb29tIHdpdGggbWU/XG5icmluZ19ndWVzdHx8SXMgaXQgb2sgdG8gYnJpbmcgbXkga2lkcz8gTm8gc2l0dGVyIHRvZGF5XG5icmluZ19ndWVzdHx8Y2FuIGkgYnJpbmcgYSBmcmllbmQgZm9yIHN1cHBvcnQ/IGltIG5lcnZvdXNcbmJyaW5nX2d1ZXN0fHxNeSBzaXN0ZXIgd2FudHMgdG8gY29tZSB3aXRoIG1lLCBpcyB0aGF0IG9rP1xuYnJpbmdfZ3Vlc3R8fENhbiBteSBib3lmcmllbmQgd2FpdCBpbiB0aGUgbG9iYnk/XG5icmluZ19ndWVzdHx8SXMgdGhlcmUgcm9vbSBmb3IgbXkgZnJpZW5kIHRvIHdhaXQgd2hpbGUgSSBnZXQgbXkgZmFjaWFsP1xuYnJpbmdfZ3Vlc3R8fEFyZSBraWRzIGFsbG93ZWQgaW4gdGhlIG9mZmljZT9cbmJyaW5nX2d1ZXN0fHxDYW4gSSBicmluZyBteSBzZXJ2aWNlIGRvZz9cbmJyaW5nX2d1ZXN0fHxNaSBlc3Bvc28gcHVlZGUgZW50cmFyIGNvbm1pZ28/XG5icmluZ19ndWVzdHx8XHUwMEJGUHVlZG8gbGxldmFyIGEgbWkgaGlqYT9cbmJyaW5nX2d1ZXN0fHxcdTAwQkZQdWVkbyBpciBhY29tcGFcdTAwRjFhZGE/XG5icmluZ19ndWVzdHx8UG9zc28gbGV2YXIgbWluaGEgZmlsaGE/XG5icmluZ19ndWVzdHx8VFx1MDBGNGkgY1x1MDBGMyB0aFx1MUVDMyBkXHUxRUFCbiBiXHUxRUExbiBcdTAxMTFpIGNcdTAwRjluZyBraFx1MDBGNG5nP1xuYnJpbmdfZ3Vlc3R8fE15IGJlc3RpZSB3YW50cyB0byBjb21lIHdhdGNoIGxvbCBpcyB0aGF0IGFsbG93ZWRcbmJyaW5nX2d1ZXN0fHxjYW4gaSBicmluZyBzb21lb25lIHRvIHRyYW5zbGF0ZSBmb3IgbWU/XG5icmluZ19ndWVzdHx8Q2FuIG15IGh1c2JhbmQgY29tZSB0b28/IEhlIG1pZ2h0IHdhbnQgYSBjb25zdWx0XG4jIGNvbXBsYWludFxuY29tcGxhaW50fHxJIHdhaXRlZCA0NSBtaW51dGVzIHBhc3QgbXkgYXBwb2ludG1lbnQgdGltZSwgdGhpcyBpcyB1bmFjY2VwdGFibGVcbmNvbXBsYWludHx8SSB3YXMgY2hhcmdlZCB0d2ljZSBmb3IgbXkgYm90b3ghIVxuY29tcGxhaW50fHxWZXJ5IHVuaGFwcHkgd2l0aCBteSByZXN1bHRzLCBteSBsaXBzIGxvb2sgdW5ldmVuXG5jb21wbGFpbnR8fFRoZSBmcm9udCBkZXNrIHdhcyBzbyBydWRlIHRvIG1lIHRvZGF5XG5jb21wbGFpbnR8fE5vYm9keSBjYWxsZWQgbWUgYmFjayBsaWtlIHlvdSBwcm9taXNlZCBcdUQ4M0RcdURFMjFcbmNvbXBsYWludHx8SSdtIHJlYWxseSBkaXNhcHBvaW50ZWQsIHRoZSBmaWxsZXIgbWlncmF0ZWRcbmNvbXBsYWludHx8WW91IG92ZXJjaGFyZ2VkIG1lLCBJIHdhcyBxdW90ZWQgJDQwMCBub3QgJDU1MFxuY29tcGxhaW50fHxJJ3ZlIGxlZnQgMyB2b2ljZW1haWxzIGFuZCBubyBvbmUgYW5zd2Vyc1xuY29tcGxhaW50fHxUaGlzIGlzIHRoZSBzZWNvbmQgdGltZSBteSBhcHBvaW50bWVudCBnb3QgbWVzc2VkIHVwXG5jb21wbGFpbnR8fEkgd2FudCBhIHJlZnVuZCwgdGhlIGxhc2VyIGJ1cm5lZCBteSBza2luXG5jb21wbGFpbnR8fFRoZSBwcm92aWRlciBkaWRuJ3QgbGlzdGVuIHRvIHdoYXQgSSB3YW50ZWQgYXQgYWxsXG5jb21wbGFpbnR8fEhvbmVzdGx5IHRoZSB3b3JzdCBleHBlcmllbmNlIEkndmUgaGFkIGF0IGEgc3BhXG5jb21wbGFpbnR8fHdoeSBkaWQgSSBnZXQgY2hhcmdlZCBhIG5vIHNob3cgZmVlPz8gSSBjYWxsZWQgdG8gY2FuY2VsXG5jb21wbGFpbnR8fG15IGJvdG94IHdvcmUgb2ZmIGFmdGVyIDMgd2Vla3MsIEkgcGFpZCBhIGxvdCBmb3IgdGhpc1xuY29tcGxhaW50fHxJJ20gbm90IGhhcHB5LCB0aGUgYnJ1aXNlIGlzIGh1Z2UgYW5kIG5vYm9keSB3YXJuZWQgbWVcbmNvbXBsYWludHx8SSB3YW50IHRvIHNwZWFrIHRvIGEgbWFuYWdlclxuY29tcGxhaW50fHxFc3RveSBtdXkgbW9sZXN0YSwgbWUgY29icmFyb24gZGUgbVx1MDBFMXNcbmNvbXBsYWludHx8RXNwZXJcdTAwRTkgdW5hIGhvcmEsIG11eSBtYWwgc2VydmljaW9cbmNvbXBsYWludHx8Tm8gZXN0b3kgY29udGVudGEgY29uIGxvcyByZXN1bHRhZG9zXG5jb21wbGFpbnR8fEZ1aSBtdWl0byBtYWwgYXRlbmRpZGFcbmNvbXBsYWludHx8VFx1MDBGNGkga2hcdTAwRjRuZyBoXHUwMEUwaSBsXHUwMEYybmcgdlx1MUVEQmkgZFx1MUVDQmNoIHZcdTFFRTVcbmNvbXBsYWludHx8SSdtIGxlYXZpbmcgYSBiYWQgcmV2aWV3LCB0aGlzIHdhcyB0ZXJyaWJsZSBcdUQ4M0RcdURFMjBcbmNvbXBsYWludHx8TXkgY2FyZCB3YXMgZGVjbGluZWQgYnV0IHlvdSBzdGlsbCB0b29rIHRoZSBtb25leT8/XG5jb21wbGFpbnR8fFRoZSByb29tIHdhcyBkaXJ0eSBhbmQgdGhlIHRlY2ggd2FzIGxhdGVcbiMgdGhhbmtzXG50aGFua3N8fFRoYW5rIHlvdSFcbnRoYW5rc3x8dGhhbmtzIHNvIG11Y2ghIVxudGhhbmtzfHxUaHhcbnRoYW5rc3x8dHkgXHVEODNEXHVERTBBXG50aGFua3N8fFRoYW5rIHlvdSBzbyBtdWNoLCBJIGxvdmUgbXkgcmVzdWx0cyFcbnRoYW5rc3x8WW91IGd1eXMgYXJlIHRoZSBiZXN0IFx1Mjc2NFx1RkUwRlxudGhhbmtzfHxUaGFua3MgZm9yIHRoZSByZW1pbmRlciFcbnRoYW5rc3x8VGhhbmsgeW91IERyLiBMZWUsIG15IGxpcHMgbG9vayBhbWF6aW5nXG50aGFua3N8fGFwcHJlY2lhdGUgaXQhXG50aGFua3N8fFRoYW5rcyBmb3IgZml0dGluZyBtZSBpbiB0b2RheSBcdUQ4M0RcdURFNEZcbnRoYW5rc3x8VGhhbmsgeW91IGZvciB0aGUgaW5mb1xudGhhbmtzfHxBd2Vzb21lLCB0aGFua3MhXG50aGFua3N8fEknbSBzbyBoYXBweSB3aXRoIG15IGJvdG94LCB0aGFuayB5b3VcbnRoYW5rc3x8R290IGl0LCB0aGFuayB5b3VcbnRoYW5rc3x8VGhhbmtzLCBoYXZlIGEgZ3JlYXQgZGF5IVxudGhhbmtzfHxHcmFjaWFzIVxudGhhbmtzfHxNdWNoYXMgZ3JhY2lhcyBcdUQ4M0RcdURFNEZcbnRoYW5rc3x8TWlsIGdyYWNpYXMgcG9yIHRvZG9cbnRoYW5rc3x8T2JyaWdhZGEhXG50aGFua3N8fENcdTFFQTNtIFx1MDFBMW4gbmhpXHUxRUMxdVxudGhhbmtzfHxTYWxhbWF0IHBvXG50aGFua3N8fFx1OEMyMlx1OEMyMlxudGhhbmtzfHxcdUFDMTBcdUMwQUNcdUQ1NjlcdUIyQzhcdUIyRTRcbnRoYW5rc3x8TWVyY2kgYmVhdWNvdXBcbnRoYW5rc3x8XHUwNDIxXHUwNDNGXHUwNDMwXHUwNDQxXHUwNDM4XHUwNDMxXHUwNDNFXG50aGFua3N8fHRoYW5rIHUhISEgXHVEODNEXHVEQzk1XG50aGFua3N8fFRoYW5rcywgcmVjZWl2ZWRcbiMgb3B0X2luXG5vcHRfaW58fFNUQVJUXG5vcHRfaW58fHN0YXJ0XG5vcHRfaW58fFN0YXJ0IVxub3B0X2lufHxVTlNUT1Bcbm9wdF9pbnx8dW5zdG9wXG5vcHRfaW58fFllc1xub3B0X2lufHxZRVNcbm9wdF9pbnx8cmVzdW1lXG5vcHRfaW58fHN1YnNjcmliZVxub3B0X2lufHxQbGVhc2Ugc3RhcnQgdGV4dGluZyBtZSBhZ2Fpblxub3B0X2lufHxJIHdhbnQgdG8gZ2V0IHlvdXIgdGV4dHMgYWdhaW5cbm9wdF9pbnx8SSBhY2NpZGVudGFsbHkgdGV4dGVkIHN0b3AsIHBsZWFzZSByZXN1YnNjcmliZSBtZVxub3B0X2lufHxvcHQgbWUgYmFjayBpbiBwbGVhc2Vcbm9wdF9pbnx8Q2FuIHlvdSBzdGFydCBzZW5kaW5nIG1lIHJlbWluZGVycyBhZ2Fpbj9cbm9wdF9pbnx8SSBkaWRuJ3QgbWVhbiB0byB1bnN1YnNjcmliZVxub3B0X2lufHxSZXN1YnNjcmliZVxub3B0X2lufHxJJ2QgbGlrZSB0byByZWNlaXZlIHJlbWluZGVycyBhZ2Fpblxub3B0X2lufHxRdWllcm8gdm9sdmVyIGEgcmVjaWJpciBtZW5zYWplc1xub3B0X2lufHxDT01FTlpBUlxub3B0X2lufHxJIG9wdGVkIG91dCBieSBtaXN0YWtlLCBhZGQgbWUgYmFja1xuIyBoZWxwXG5oZWxwfHxIRUxQXG5oZWxwfHxoZWxwXG5oZWxwfHxIZWxwIVxuaGVscHx8SU5GT1xuaGVscHx8aW5mbz9cbmhlbHB8fEFZVURBXG5oZWxwfHxBeXVkYSBwb3IgZmF2b3JcbmhlbHB8fGhlbHAgbWVcbmhlbHB8fFdobyBpcyB0aGlzP1xuaGVscHx8d2hvIGlzIHRoaXNcbmhlbHB8fFdoYXQgaXMgdGhpcyBudW1iZXI/XG5oZWxwfHxob3cgZGlkIHlvdSBnZXQgbXkgbnVtYmVyXG5oZWxwfHx3aHkgYW0gSSBnZXR0aW5nIHRoZXNlIHRleHRzP1xuaGVscHx8XHUwMEJGUXVpXHUwMEU5biBlcz9cbmhlbHB8fFx1NUUyRVx1NTJBOVxuaGVscHx8XHVCM0M0XHVDNkMwXG5oZWxwfHxUdWxvbmdcbmhlbHB8fEFqdWRhXG5oZWxwfHxobGVwXG4jIG90aGVyXG5vdGhlcnx8SGlcbm90aGVyfHxIZWxsbz9cbm90aGVyfHxPa1xub3RoZXJ8fENcbm90aGVyfHxSXG5vdGhlcnx8QXJlIHlvdSB0aGUgb25lIHdobyBkaWQgbXkgc2lzdGVyJ3MgYm90b3g/XG5vdGhlcnx8Q2FuIHlvdSBzZW5kIG1lIG15IHJlY2VpcHQ/XG5vdGhlcnx8RG8geW91IHNlbGwgZ2lmdCBjYXJkcz9cbm90aGVyfHxJIGdvdCBhIG5ldyBwaG9uZSBudW1iZXIsIGl0J3MgNTEyLTU1NS0wMTQ0XG5vdGhlcnx8Q2FuIEkgZ2V0IGEgY29weSBvZiBteSBjb25zZW50IGZvcm0/XG5vdGhlcnx8RGlkIHlvdSBnZXQgbXkgcGhvdG9zP1xub3RoZXJ8fElzIERyLiBMZWUgc3RpbGwgd29ya2luZyB0aGVyZT9cbm90aGVyfHxEbyB5b3UgZ3V5cyBoYXZlIGEgbG95YWx0eSBwcm9ncmFtP1xub3RoZXJ8fENhbiB5b3UgZW1haWwgbWUgdGhlIGludm9pY2Vcbm90aGVyfHxNeSBpbnN1cmFuY2Ugd2FudHMgYSBsZXR0ZXIsIGNhbiB5b3UgaGVscFxub3RoZXJ8fEkgbGVmdCBteSBzdW5nbGFzc2VzIHRoZXJlIHllc3RlcmRheVxub3RoZXJ8fGxvbCBva1xub3RoZXJ8fEhtbSBsZXQgbWUgdGhpbmsgYWJvdXQgaXRcbm90aGVyfHxTb3JyeSB3cm9uZyBjaGF0XG5vdGhlcnx8SGFwcHkgaG9saWRheXMhXG5vdGhlcnx8RG8geW91IHNlbGwgdGhlIHNraW5jYXJlIHByb2R1Y3RzIG9ubGluZT9cbm90aGVyfHxDYW4gSSBidXkgdGhlIHN1bnNjcmVlbiB5b3UgdXNlZD9cbm90aGVyfHxNeSBlbWFpbCBjaGFuZ2VkLCBpdCdzIG5vdyBqYW5lLmRvZUBlbWFpbC5jb21cbm90aGVyfHxBcmUgeW91IGhpcmluZz9cbm90aGVyfHxEbyB5b3UgZG8gYm90b3ggZm9yIG1pZ3JhaW5lcz9cbm90aGVyfHxJcyBLeWJlbGxhIHRoZSBzYW1lIGFzIGNvb2xzY3VscHRpbmc/XG5vdGhlcnx8V2hhdCBicmFuZCBvZiBmaWxsZXIgZG8geW91IHVzZT9cbm90aGVyfHxXaGVyZSBjYW4gSSBsZWF2ZSBhIHJldmlldz9cbm90aGVyfHxJJ2xsIGNhbGwgeW91IGxhdGVyXG5vdGhlcnx8SG9sYVxub3RoZXJ8fFRlbmdvIHVuYSBwcmVndW50YVxub3RoZXJ8fFx1MDBCRlZlbmRlbiB0YXJqZXRhcyBkZSByZWdhbG8/XG5vdGhlcnx8T2theVxub3RoZXJ8fFx1RDgzRFx1REM0RFxub3RoZXJ8fENhbiBJIHRhbGsgdG8gc29tZW9uZT9cbm90aGVyfHxJcyB0aGlzIEdsb3cgQWVzdGhldGljcz9cbm90aGVyfHxDYW4geW91IGNhbGwgbWU/XG5vdGhlcnx8a1xuYDtcbiIsICIvKiogT3B0LW91dCBwb3NpdGl2ZXM6IGtleXdvcmRzIGluIGV2ZXJ5IHNoYXBlLCBwbGFpbiBsYW5ndWFnZSwgb3RoZXIgbGFuZ3VhZ2VzLiBTZWUgY29ycHVzLnV0aWwudHMgZm9yIHRoZSBmb3JtYXQuICovXG5leHBvcnQgY29uc3QgT1BUX09VVF9DT1JQVVMgPSBTdHJpbmcucmF3YFxuIyBXaG9sZS1tZXNzYWdlIGtleXdvcmRzLCBhcyBwYXRpZW50cyBhY3R1YWxseSB0eXBlIHRoZW1cbm9wdF9vdXR8fFNUT1Bcbm9wdF9vdXR8fHN0b3Bcbm9wdF9vdXR8fCBTdG9wLiBcbm9wdF9vdXR8fFNUT1AhISFcbm9wdF9vdXR8fFN0b3AgXHVEODNEXHVERUQxXG5vcHRfb3V0fHxcdUQ4M0RcdURFRDEgU1RPUCBcdUQ4M0RcdURFRDFcbm9wdF9vdXR8fFx1RkYzM1x1RkYzNFx1RkYyRlx1RkYzMFxub3B0X291dHx8UyBUIE8gUFxub3B0X291dHx8cy50Lm8ucFxub3B0X291dHx8U3Rvb29vcFxub3B0X291dHx8c3Rwb1xub3B0X291dHx8U290cFxub3B0X291dHx8c3RvcHBcbm9wdF9vdXR8fFNUT1AgU1RPUCBTVE9QXG5vcHRfb3V0fHxzdG9wIHBsZWFzZVxub3B0X291dHx8UGxlYXNlIHN0b3Bcbm9wdF9vdXR8fFNUT1AgcGxzXG5vcHRfb3V0fHxzdG9wIGl0XG5vcHRfb3V0fHxTdG9wIG5vdyFcbm9wdF9vdXR8fHN0b3AgdGhhbmtzXG5vcHRfb3V0fHxTVE9QQUxMXG5vcHRfb3V0fHxzdG9wIGFsbFxub3B0X291dHx8VW5zdWJzY3JpYmVcbm9wdF9vdXR8fHVuc3Vic2NpYmVcbm9wdF9vdXR8fHVuc3VzY3JpYmVcbm9wdF9vdXR8fFVuc3ViY3JpYmVcbm9wdF9vdXR8fFVOU1VCU0NSSUJFIE1FXG5vcHRfb3V0fHx1bnN1Ylxub3B0X291dHx8RW5kXG5vcHRfb3V0fHxFTkQuXG5vcHRfb3V0fHxRdWl0XG5vcHRfb3V0fHxRVUlUISFcbm9wdF9vdXR8fHJldm9rZVxub3B0X291dHx8T3B0IG91dFxub3B0X291dHx8T1BUT1VUXG5vcHRfb3V0fHxvcHQtb3V0XG5vcHRfb3V0fHxyZW1vdmUgbWVcbm9wdF9vdXR8fFJlbW92ZVxub3B0X291dHx8bm8gbW9yZVxub3B0X291dHxydGN8U1RPUFxub3B0X291dHxydGN8c3RvcC5cbm9wdF9vdXR8Y2FuY2VsfENBTkNFTFxub3B0X291dHxjYW5jZWx8Y2FuY2VsXG5vcHRfb3V0fGNhbmNlbHxDYW5jZWwhXG5vcHRfb3V0fGNhbmNlbHxDYW5jbGVcbm9wdF9vdXR8Y2FuY2VsLHJ0Y3xDYW5jZWxcbm9wdF9vdXR8Y2FuY2VsfGNhbmNlbCBwbGVhc2VcbiMgQSBrZXl3b3JkIGFzIGl0cyBvd24gc2VudGVuY2Vcbm9wdF9vdXR8fFNUT1AuIFdobyBpcyB0aGlzP1xub3B0X291dHx8V2hvIGlzIHRoaXM/PyBzdG9wXG5vcHRfb3V0fHxTdG9wISBJIG5ldmVyIHNpZ25lZCB1cCBmb3IgdGhpc1xub3B0X291dHx8VW5zdWJzY3JpYmUuIFRoYW5rc1xub3B0X291dHx8c3RvcCBcdUQ4M0RcdURFMjEgdGhpcyBpcyB0aGUgM3JkIHRleHQgdG9kYXlcbm9wdF9vdXR8fE9rIHN0b3AuIEknbSBub3QgaW50ZXJlc3RlZFxuIyBQbGFpbi1sYW5ndWFnZSBFbmdsaXNoXG5vcHRfb3V0fHxQbGVhc2Ugc3RvcCB0ZXh0aW5nIG1lXG5vcHRfb3V0fHxwbGVhc2Ugc3RvcCB0ZXh0aW5nIG1lISFcbm9wdF9vdXR8fHN0b3AgdGV4dGluZyBtZVxub3B0X291dHx8U3RvcCB0eHRpbmcgbWVcbm9wdF9vdXR8fGNhbiB5b3UgcGxlYXNlIHN0b3Agc2VuZGluZyBtZSB0aGVzZSB0ZXh0c1xub3B0X291dHx8UXVpdCBtZXNzYWdpbmcgbWVcbm9wdF9vdXR8fFN0b3AgbWVzc2FnaW5nIG1lIHBsZWFzZVxub3B0X291dHx8U1RPUCBDT05UQUNUSU5HIE1FXG5vcHRfb3V0fHxzdG9wIGJvdGhlcmluZyBtZVxub3B0X291dHx8U3RvcCBzcGFtbWluZyBtZVxub3B0X291dHx8aSBhc2tlZCB5b3UgdG8gc3RvcCB0ZXh0aW5nIG1lXG5vcHRfb3V0fHxJIHdhbnQgeW91IHRvIHN0b3Agc2VuZGluZyBtZSBtZXNzYWdlc1xub3B0X291dHx8dGFrZSBtZSBvZmYgeW91ciBsaXN0XG5vcHRfb3V0fHxUYWtlIG1lIG9mZiB5b3VyIHRleHRpbmcgbGlzdCBwbGVhc2Vcbm9wdF9vdXR8fFBsZWFzZSByZW1vdmUgbXkgbnVtYmVyIGZyb20geW91ciBsaXN0XG5vcHRfb3V0fHxyZW1vdmUgbWUgZnJvbSB5b3VyIGxpc3Rcbm9wdF9vdXR8fFJlbW92ZSBtZSBmcm9tIHRoaXMgbGlzdCB0aGFua3Ncbm9wdF9vdXR8fGdldCBtZSBvZmYgdGhpcyBsaXN0XG5vcHRfb3V0fHxEZWxldGUgbXkgbnVtYmVyIGZyb20geW91ciBzeXN0ZW1cbm9wdF9vdXR8fFBsZWFzZSB0YWtlIG15IG51bWJlciBvZmYgeW91ciBsaXN0XG5vcHRfb3V0fHxjYW4geW91IHRha2UgbWUgb2ZmIHRoZSB0ZXh0IGxpc3Rcbm9wdF9vdXR8fGRvbid0IHRleHQgbWUgYW55bW9yZVxub3B0X291dHx8RG9udCB0ZXh0IG1lIGFnYWluXG5vcHRfb3V0fHxkbyBub3QgY29udGFjdCBtZVxub3B0X291dHx8RG8gbm90IHRleHQgbWVcbm9wdF9vdXR8fFBsZWFzZSBkb24ndCBtZXNzYWdlIG1lIGFueW1vcmVcbm9wdF9vdXR8fG5ldmVyIHRleHQgbWUgYWdhaW5cbm9wdF9vdXR8fG5vIG1vcmUgdGV4dHMgcGxlYXNlXG5vcHRfb3V0fHxObyBtb3JlIG1lc3NhZ2VzXG5vcHRfb3V0fHxubyBtb3JlIHRleHQgbWVzc2FnZXMhIVxub3B0X291dHx8SSBkb250IHdhbnQgdGhlc2UgdGV4dHMgYW55bW9yZVxub3B0X291dHx8SSBkb24ndCB3YW50IHRvIHJlY2VpdmUgYW55IG1vcmUgbWVzc2FnZXNcbm9wdF9vdXR8fEkgbm8gbG9uZ2VyIHdhbnQgdG8gcmVjZWl2ZSB0ZXh0cyBmcm9tIHlvdVxub3B0X291dHx8V2UgZG9uJ3Qgd2FudCBhbnkgbW9yZSBtZXNzYWdlcyBmcm9tIHlvdVxub3B0X291dHx8SSB3YW50IHRvIG9wdCBvdXRcbm9wdF9vdXR8fGkgd2FudCB0byB1bnN1YnNjcmliZVxub3B0X291dHx8aG93IGRvIEkgdW5zdWJzY3JpYmUgZnJvbSB0aGVzZVxub3B0X291dHx8T3B0IG1lIG91dCBwbGVhc2Vcbm9wdF9vdXR8fHBsZWFzZSB1bnN1YnNjcmliZSBtZVxub3B0X291dHx8VW5zdWJzY3JpYmUgbWUgZnJvbSBldmVyeXRoaW5nXG5vcHRfb3V0fHxJJ2QgbGlrZSB0byBvcHQgb3V0IG9mIHRleHQgbWVzc2FnZXNcbm9wdF9vdXR8fGxlYXZlIG1lIGFsb25lXG5vcHRfb3V0fHxMb3NlIG15IG51bWJlclxub3B0X291dHx8d3JvbmcgbnVtYmVyXG5vcHRfb3V0fHxXcm9uZyBudW1iZXIsIEkgZG9uJ3Qga25vdyBhbnkgSmVzc2ljYVxub3B0X291dHx8WW91IGhhdmUgdGhlIHdyb25nIHBlcnNvblxub3B0X291dHx8SSdtIGdvaW5nIHRvIGJsb2NrIHRoaXMgbnVtYmVyXG5vcHRfb3V0fHxzdG9wIG9yIGkgd2lsbCByZXBvcnQgdGhpcyBhcyBzcGFtXG5vcHRfb3V0fHxlbm91Z2ggd2l0aCB0aGUgdGV4dHNcbm9wdF9vdXR8fEknbSBzaWNrIG9mIHRoZXNlIG1lc3NhZ2VzXG5vcHRfb3V0fHx0aXJlZCBvZiBhbGwgdGhlIHRleHRzIHN0b3Bcbm9wdF9vdXR8fEknbSBkb25lIHdpdGggdGhlc2UgcmVtaW5kZXJzXG5vcHRfb3V0fHxTdG9wIHNlbmRpbmcgbWUgcmVtaW5kZXJzXG5vcHRfb3V0fHxzdG9wIHRoZSByZW1pbmRlcnMgcGxlYXNlXG5vcHRfb3V0fHxzdG9wIHRoaXNcbm9wdF9vdXR8fFBsZWFzZSBzdG9wIHRoZXNlXG5vcHRfb3V0fHxTdG9wIGl0IGFscmVhZHlcbm9wdF9vdXR8fG5vIHRleHRpbmcgcGxlYXNlXG5vcHRfb3V0fHxOTyBNT1JFIFRFWFRTXG5vcHRfb3V0fHxJIG1vdmVkIGF3YXksIHBsZWFzZSBzdG9wIHRleHRpbmcgbWVcbm9wdF9vdXR8fE5vdCBhIHBhdGllbnQgYW55bW9yZSwgc3RvcCB0ZXh0aW5nXG5vcHRfb3V0fHxJIGRvbid0IGdvIHRoZXJlIGFueW1vcmUuIFRha2UgbWUgb2ZmIHlvdXIgbGlzdFxub3B0X291dHx8cGxlYXNlIHN0b3AgdGV4dGluZyBtZSBhbmQgY2FuY2VsIG15IGFwcG9pbnRtZW50XG5vcHRfb3V0fHxwbHogc3RvcCB0eHRpbmcgbWVcbm9wdF9vdXR8fHN0b3AgdGV4dGluZyBtZSBcdUQ4M0RcdURFNDRcdUQ4M0RcdURFNDRcbm9wdF9vdXR8fFMuVC5PLlAgdGV4dGluZyBtZVxuIyBNYXJrZXRpbmcgb25seVxub3B0X291dHxta3R8U3RvcCBzZW5kaW5nIG1lIHByb21vdGlvbnNcbm9wdF9vdXR8bWt0fG5vIG1vcmUgcHJvbW9zIHBsZWFzZVxub3B0X291dHxta3R8UGxlYXNlIHN0b3AgdGhlIGRlYWxzIHRleHRzLCBJIG9ubHkgd2FudCBhcHBvaW50bWVudCByZW1pbmRlcnNcbm9wdF9vdXR8bWt0fHVuc3Vic2NyaWJlIG1lIGZyb20gdGhlIHByb21vdGlvbnMgYnV0IGtlZXAgbXkgcmVtaW5kZXJzXG5vcHRfb3V0fG1rdHxzdG9wIHNlbmRpbmcgbWUgc3BlY2lhbHNcbm9wdF9vdXR8bWt0fFF1aXQgc2VuZGluZyBtZSBhZHNcbm9wdF9vdXR8bWt0fG5vIG1vcmUgbWFya2V0aW5nIHRleHRzIHBsZWFzZVxub3B0X291dHxta3R8SSBkb24ndCB3YW50IHRoZSBwcm9tb3Rpb25hbCBvZmZlcnNcbm9wdF9vdXR8bWt0fHN0b3AgdGhlIHNhbGVzIHRleHRzIGJ1dCBrZWVwIGFwcG9pbnRtZW50IHJlbWluZGVyc1xub3B0X291dHxta3R8b3B0IG1lIG91dCBvZiBtYXJrZXRpbmdcbm9wdF9vdXR8bWt0fHRha2UgbWUgb2ZmIHRoZSBwcm9tbyBsaXN0XG5vcHRfb3V0fG1rdHx5YSBubyBxdWllcm8gcHJvbW9jaW9uZXNcbiMgU3BhbmlzaFxub3B0X291dHx8QUxUT1xub3B0X291dHx8YWx0b1xub3B0X291dHx8QWx0byEhXG5vcHRfb3V0fHxQQVJBUlxub3B0X291dHx8QmFzdGFcbm9wdF9vdXR8fEJhamFcbm9wdF9vdXR8fE5vIG1lIG1hbmRlbiBtXHUwMEUxcyBtZW5zYWplc1xub3B0X291dHx8bm8gbWUgbWFuZGVuIG1hcyBtZW5zYWplcyBwb3IgZmF2b3Jcbm9wdF9vdXR8fFBvciBmYXZvciBubyBtZSBlbnZcdTAwRURlbiBtXHUwMEUxcyBtZW5zYWplc1xub3B0X291dHx8Tm8gbWUgZXNjcmliYW4gbVx1MDBFMXNcbm9wdF9vdXR8fGRlamVuIGRlIGVudmlhcm1lIG1lbnNhamVzXG5vcHRfb3V0fHxEZWplbiBkZSBtYW5kYXJtZSB0ZXh0b3Ncbm9wdF9vdXR8fGRlamUgZGUgZXNjcmliaXJtZSBwb3IgZmF2b3Jcbm9wdF9vdXR8fGJcdTAwRTFqYW1lIGRlIGxhIGxpc3RhXG5vcHRfb3V0fHxTXHUwMEUxcXVlbm1lIGRlIHN1IGxpc3RhIHBvciBmYXZvclxub3B0X291dHx8UXVcdTAwRUR0YW1lIGRlIGxhIGxpc3RhXG5vcHRfb3V0fHxZYSBubyBxdWllcm8gcmVjaWJpciBtZW5zYWplc1xub3B0X291dHx8bm8gcXVpZXJvIG1hcyBtZW5zYWplc1xub3B0X291dHx8Tm8gcXVpZXJvIHJlY2liaXIgbVx1MDBFMXMgdGV4dG9zXG5vcHRfb3V0fHxubyBtXHUwMEUxcyBtZW5zYWplc1xub3B0X291dHx8UXVpZXJvIGRhcm1lIGRlIGJhamFcbm9wdF9vdXR8fENhbmNlbGFyIHN1c2NyaXBjaVx1MDBGM25cbm9wdF9vdXR8fFlhIG5vIHF1aWVybyByZWNpYmlyIHN1cyBtZW5zYWplcywgZ3JhY2lhc1xub3B0X291dHx8blx1MDBGQW1lcm8gZXF1aXZvY2Fkbywgbm8gbWUgbWFuZGVuIG1lbnNhamVzXG5vcHRfb3V0fGNhbmNlbHxDYW5jZWxhclxuIyBQb3J0dWd1ZXNlXG5vcHRfb3V0fHxQQVJFXG5vcHRfb3V0fHxQYXJlIGRlIG1lIGVudmlhciBtZW5zYWdlbnNcbm9wdF9vdXR8fE5cdTAwRTNvIHF1ZXJvIG1haXMgcmVjZWJlciBtZW5zYWdlbnNcbm9wdF9vdXR8fG5cdTAwRTNvIG1lIG1hbmRlIG1haXMgbWVuc2FnZW5zXG5vcHRfb3V0fHxxdWVybyBkZXNjYWRhc3RyYXJcbm9wdF9vdXR8fFNhaXJcbiMgRnJlbmNoXG5vcHRfb3V0fHxBUlJcdTAwQ0FUXG5vcHRfb3V0fHxBcnJcdTAwRUF0ZXogZGUgbSdlbnZveWVyIGRlcyBtZXNzYWdlc1xub3B0X291dHx8TmUgbSdlbnZveWV6IHBsdXMgZGUgU01TXG5vcHRfb3V0fHxqZSB2ZXV4IG1lIGRcdTAwRTlzYWJvbm5lclxub3B0X291dHx8RFx1MDBFOXNhYm9ubmVyXG4jIFRhZ2Fsb2dcbm9wdF9vdXR8fFRpZ2lsXG5vcHRfb3V0fHxXYWcgbnlvIG5hIGFrb25nIGktdGV4dFxub3B0X291dHx8SHV3YWcgbmEgcG8ga2F5b25nIG1hZyB0ZXh0XG5vcHRfb3V0fHxQYWtpaXRpZ2lsIG5hIGFuZyBwYWcgdGV4dFxub3B0X291dHx8QXlva28gbmEgbmcgdGV4dFxuIyBWaWV0bmFtZXNlXG5vcHRfb3V0fHxEXHUxRUVCbmdcbm9wdF9vdXR8fERcdTFFRUJuZyBnXHUxRUVEaSB0aW4gbmhcdTFFQUZuXG5vcHRfb3V0fHxcdTAxMTBcdTFFRUJuZyBuaFx1MUVBRm4gdGluIGNobyB0XHUwMEY0aSBuXHUxRUVGYVxub3B0X291dHx8SFx1MUVFN3kgXHUwMTExXHUwMTAzbmcga1x1MDBGRFxub3B0X291dHx8dFx1MDBGNGkga2hcdTAwRjRuZyBtdVx1MUVEMW4gbmhcdTFFQURuIHRpbiBuaFx1MUVBRm4gblx1MUVFRmFcbiMgQ2hpbmVzZSAvIEphcGFuZXNlIC8gS29yZWFuXG5vcHRfb3V0fHxcdTkwMDBcdThCQTJcbm9wdF9vdXR8fFx1NTA1Q1x1NkI2Mlxub3B0X291dHx8XHU4QkY3XHU0RTBEXHU4OTgxXHU1MThEXHU1M0QxXHU3N0VEXHU0RkUxXHU3RUQ5XHU2MjExXG5vcHRfb3V0fHxcdTUyMkJcdTUxOERcdTUzRDFcdTRFODZcbm9wdF9vdXR8fFx1NTNENlx1NkQ4OFx1OEJBMlx1OTYwNVxub3B0X291dHx8XHU5MTREXHU0RkUxXHU1MDVDXHU2QjYyXG5vcHRfb3V0fHxcdUMyMThcdUMyRTBcdUFDNzBcdUJEODBcbm9wdF9vdXR8fFx1QkIzOFx1Qzc5MCBcdUFERjhcdUI5Q0MgXHVCQ0Y0XHVCMEI0XHVDMTM4XHVDNjk0XG5vcHRfb3V0fHxcdUFERjhcdUI5Q0Ncbm9wdF9vdXR8fFx1QzkxMVx1QzlDMFxuIyBSdXNzaWFuXG5vcHRfb3V0fHxcdTA0MjFcdTA0MjJcdTA0MUVcdTA0MUZcbm9wdF9vdXR8fFx1MDQ0MVx1MDQ0Mlx1MDQzRVx1MDQzRlxub3B0X291dHx8XHUwNDFFXHUwNDQyXHUwNDNGXHUwNDM4XHUwNDQ4XHUwNDM4XHUwNDQyXHUwNDM1IFx1MDQzQ1x1MDQzNVx1MDQzRFx1MDQ0Rlxub3B0X291dHx8XHUwNDFEXHUwNDM1IFx1MDQzRlx1MDQzOFx1MDQ0OFx1MDQzOFx1MDQ0Mlx1MDQzNSBcdTA0M0NcdTA0M0RcdTA0MzUgXHUwNDMxXHUwNDNFXHUwNDNCXHUwNDRDXHUwNDQ4XHUwNDM1XG5vcHRfb3V0fHxcdTA0MUZcdTA0NDBcdTA0MzVcdTA0M0FcdTA0NDBcdTA0MzBcdTA0NDJcdTA0MzhcdTA0NDJcdTA0MzUgXHUwNDNGXHUwNDQwXHUwNDM4XHUwNDQxXHUwNDRCXHUwNDNCXHUwNDMwXHUwNDQyXHUwNDRDIFx1MDQ0MVx1MDQzRVx1MDQzRVx1MDQzMVx1MDQ0OVx1MDQzNVx1MDQzRFx1MDQzOFx1MDQ0Rlxub3B0X291dHx8XHUwNDI1XHUwNDMyXHUwNDMwXHUwNDQyXHUwNDM4XHUwNDQyXG5gO1xuIiwgImltcG9ydCB7IHBhcnNlQ29ycHVzLCB0eXBlIExhYmVsbGVkTWVzc2FnZSB9IGZyb20gJy4vY29ycHVzLnV0aWwuanMnO1xuaW1wb3J0IHsgSEFSRF9ORUdBVElWRV9DT1JQVVMgfSBmcm9tICcuL2hhcmQtbmVnYXRpdmVzLmNvcnB1cy5qcyc7XG5pbXBvcnQgeyBJTlRFTlRfQ09SUFVTIH0gZnJvbSAnLi9pbnRlbnRzLmNvcnB1cy5qcyc7XG5pbXBvcnQgeyBPUFRfT1VUX0NPUlBVUyB9IGZyb20gJy4vb3B0LW91dC5jb3JwdXMuanMnO1xuXG5leHBvcnQgdHlwZSB7IExhYmVsbGVkTWVzc2FnZSB9IGZyb20gJy4vY29ycHVzLnV0aWwuanMnO1xuXG5sZXQgY2FjaGVkOiBMYWJlbGxlZE1lc3NhZ2VbXSB8IG51bGwgPSBudWxsO1xuLyoqIEV2ZXJ5IGxhYmVsbGVkIG1lc3NhZ2U6IG9wdC1vdXQgcG9zaXRpdmVzLCBoYXJkIG5lZ2F0aXZlcywgaW50ZW50cy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsYWJlbGxlZENvcnB1cygpOiBMYWJlbGxlZE1lc3NhZ2VbXSB7XG4gIGNhY2hlZCA/Pz0gW1xuICAgIC4uLnBhcnNlQ29ycHVzKCdvcHQtb3V0LmNvcnB1cycsIE9QVF9PVVRfQ09SUFVTKSxcbiAgICAuLi5wYXJzZUNvcnB1cygnaGFyZC1uZWdhdGl2ZXMuY29ycHVzJywgSEFSRF9ORUdBVElWRV9DT1JQVVMpLFxuICAgIC4uLnBhcnNlQ29ycHVzKCdpbnRlbnRzLmNvcnB1cycsIElOVEVOVF9DT1JQVVMpLFxuICBdO1xuICByZXR1cm4gY2FjaGVkO1xufVxuXG4vKipcbiAqIERldGVybWluaXN0aWMgc3BsaXQgZm9yIGhvbmVzdCBldmFsdWF0aW9uOiBldmVyeSA1dGggbWVzc2FnZSBvZiBlYWNoIGludGVudCBpcyBoZWxkIG91dCBhbmRcbiAqIG5ldmVyIHVzZWQgdG8gdHJhaW4gdGhlIG1vZGVsIHRoYXQgaXMgZXZhbHVhdGVkIG9uIGl0LlxuICovXG5leHBvcnQgZnVuY3Rpb24gc3BsaXRDb3JwdXMoYWxsOiByZWFkb25seSBMYWJlbGxlZE1lc3NhZ2VbXSA9IGxhYmVsbGVkQ29ycHVzKCkpOiB7IHRyYWluOiBMYWJlbGxlZE1lc3NhZ2VbXTsgaGVsZE91dDogTGFiZWxsZWRNZXNzYWdlW10gfSB7XG4gIGNvbnN0IHNlZW4gPSBuZXcgTWFwPHN0cmluZywgbnVtYmVyPigpO1xuICBjb25zdCB0cmFpbjogTGFiZWxsZWRNZXNzYWdlW10gPSBbXTtcbiAgY29uc3QgaGVsZE91dDogTGFiZWxsZWRNZXNzYWdlW10gPSBbXTtcbiAgZm9yIChjb25zdCBtIG9mIGFsbCkge1xuICAgIGNvbnN0IG4gPSAoc2Vlbi5nZXQobS5pbnRlbnQpID8/IDApICsgMTtcbiAgICBzZWVuLnNldChtLmludGVudCwgbik7XG4gICAgKG4gJSA1ID09PSAwID8gaGVsZE91dCA6IHRyYWluKS5wdXNoKG0pO1xuICB9XG4gIHJldHVybiB7IHRyYWluLCBoZWxkT3V0IH07XG59XG4iLCAiLyoqXG4gKiBPbmUgZW50cnkgcG9pbnQgZm9yIHJlYWRpbmcgYSBwYXRpZW50J3MgdGV4dDogY29uc2VudCAob3B0LW91dCAvIG9wdC1pbiAvIEhFTFApIGJ5IGV4cGxhaW5hYmxlXG4gKiBydWxlcywgdGhlbiB0aGUgaW50ZW50IGJ5IHN0cm9uZyBsZXhpY2FsIHJ1bGVzLCB0aGVuIGEgTmFpdmUgQmF5ZXMgbW9kZWwgdHJhaW5lZCBvbiB0aGUgbGFiZWxsZWRcbiAqIGNvcnB1cy4gUHVyZSBhbmQgZGV0ZXJtaW5pc3RpYzsgbm8gSS9PLCBubyBOb2RlIGJ1aWx0LWlucy5cbiAqL1xuaW1wb3J0IHsgZGV0ZWN0Q29uc2VudCwgdHlwZSBPcHRPdXRTY29wZSB9IGZyb20gJy4vY29uc2VudC1ydWxlcy5qcyc7XG5pbXBvcnQgeyBpbnRlbnRSdWxlIH0gZnJvbSAnLi9pbnRlbnQtcnVsZXMuanMnO1xuaW1wb3J0IHsgQ09OU0VOVF9JTlRFTlRTLCB0eXBlIE1lc3NhZ2VJbnRlbnQgfSBmcm9tICcuL2ludGVudHMuanMnO1xuaW1wb3J0IHsgcHJlZGljdCwgdHJhaW5OYWl2ZUJheWVzLCB0eXBlIE5haXZlQmF5ZXNNb2RlbCB9IGZyb20gJy4vbmFpdmUtYmF5ZXMuanMnO1xuaW1wb3J0IHsgbGFiZWxsZWRDb3JwdXMgfSBmcm9tICcuLi9jb3JwdXMvaW5kZXguanMnO1xuaW1wb3J0IHR5cGUgeyBMYWJlbGxlZE1lc3NhZ2UgfSBmcm9tICcuLi9jb3JwdXMvY29ycHVzLnV0aWwuanMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIENsYXNzaWZ5T3B0aW9ucyB7XG4gIC8qKiBUaGUgdGV4dCBhbnN3ZXJzIG91ciBjb25maXJtYXRpb24gcmVxdWVzdCAvIHJlbWluZGVyOiB0aGVuIFwiQ1wiLCBcIlJcIiBhbmQgXCJ5ZXNcIiBhcmUgYW5zd2Vycy4gKi9cbiAgcmVwbHlUb0NvbmZpcm1hdGlvbj86IGJvb2xlYW47XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgTWVzc2FnZUNsYXNzaWZpY2F0aW9uIHtcbiAgb3B0T3V0OiBib29sZWFuO1xuICBvcHRJbjogYm9vbGVhbjtcbiAgaGVscDogYm9vbGVhbjtcbiAgaW50ZW50OiBNZXNzYWdlSW50ZW50O1xuICAvKiogMC4uMTsgcnVsZXMgYXJlIG5lYXItY2VydGFpbiwgdGhlIG1vZGVsJ3MgdmFsdWUgaXMgYSB0ZW1wZXJlZCBwb3N0ZXJpb3IuICovXG4gIGNvbmZpZGVuY2U6IG51bWJlcjtcbiAgb3B0T3V0U2NvcGU/OiBPcHRPdXRTY29wZTtcbiAgLyoqIFdob2xlLW1lc3NhZ2UgQ0FOQ0VMOiBvcHRlZCBvdXQsIGFuZCBzdGFmZiBzaG91bGQgY2FsbCAodGhlIHBhdGllbnQgbWF5IGhhdmUgbWVhbnQgdGhlIGFwcG9pbnRtZW50KS4gKi9cbiAgYWxlcnRTdGFmZjogYm9vbGVhbjtcbiAgLyoqIEhvdyB0aGUgY29uc2VudCBwYXJ0IHdhcyBkZWNpZGVkLCBmb3IgdGhlIGNvbnNlbnQgbGVkZ2VyLiAqL1xuICBjb25zZW50TWV0aG9kPzogJ2tleXdvcmQnIHwgJ3BsYWluX2xhbmd1YWdlJztcbiAgLyoqIFdoaWNoIGxheWVyIGRlY2lkZWQgdGhlIGludGVudC4gKi9cbiAgc291cmNlOiAnY29uc2VudC1ydWxlJyB8ICdpbnRlbnQtcnVsZScgfCAnbW9kZWwnO1xuICAvKiogSHVtYW4tcmVhZGFibGUgZXhwbGFuYXRpb24sIHN0b3JlZCB3aXRoIHRoZSBtZXNzYWdlLiAqL1xuICByZWFzb25zOiBzdHJpbmdbXTtcbiAgLyoqIE1hY2hpbmUtcmVhZGFibGUgcnVsZSBpZHMgLyBtb2RlbCBldmlkZW5jZS4gKi9cbiAgbWF0Y2hlZDogc3RyaW5nW107XG59XG5cbi8qKiBCZWxvdyB0aGlzIHRoZSBtb2RlbCdzIGd1ZXNzIGlzIG5vdCB3b3J0aCBhY3Rpbmcgb24uICovXG5jb25zdCBNT0RFTF9NSU5fQ09ORklERU5DRSA9IDAuMTI7XG5cbmV4cG9ydCBmdW5jdGlvbiB0cmFpbkludGVudE1vZGVsKGV4YW1wbGVzOiByZWFkb25seSBMYWJlbGxlZE1lc3NhZ2VbXSk6IE5haXZlQmF5ZXNNb2RlbCB7XG4gIHJldHVybiB0cmFpbk5haXZlQmF5ZXMoXG4gICAgZXhhbXBsZXNcbiAgICAgIC5maWx0ZXIoKGUpID0+ICFDT05TRU5UX0lOVEVOVFMuaGFzKGUuaW50ZW50KSlcbiAgICAgIC5tYXAoKGUpID0+ICh7IHRleHQ6IGUudGV4dCwgbGFiZWw6IGUuaW50ZW50LCByZXBseVRvQ29uZmlybWF0aW9uOiBlLnJlcGx5VG9Db25maXJtYXRpb24gfSkpLFxuICApO1xufVxuXG5sZXQgZGVmYXVsdE1vZGVsOiBOYWl2ZUJheWVzTW9kZWwgfCBudWxsID0gbnVsbDtcbi8qKiBUcmFpbmVkIG9uIGZpcnN0IHVzZSBmcm9tIHRoZSB3aG9sZSBjb3JwdXMgKGEgZmV3IG1zKS4gKi9cbmZ1bmN0aW9uIG1vZGVsKCk6IE5haXZlQmF5ZXNNb2RlbCB7XG4gIGRlZmF1bHRNb2RlbCA/Pz0gdHJhaW5JbnRlbnRNb2RlbChsYWJlbGxlZENvcnB1cygpKTtcbiAgcmV0dXJuIGRlZmF1bHRNb2RlbDtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGNsYXNzaWZ5TWVzc2FnZSh0ZXh0OiBzdHJpbmcsIG9wdGlvbnM6IENsYXNzaWZ5T3B0aW9ucyA9IHt9LCBpbnRlbnRNb2RlbDogTmFpdmVCYXllc01vZGVsID0gbW9kZWwoKSk6IE1lc3NhZ2VDbGFzc2lmaWNhdGlvbiB7XG4gIGNvbnN0IHJlcGx5VG9Db25maXJtYXRpb24gPSBvcHRpb25zLnJlcGx5VG9Db25maXJtYXRpb24gPz8gZmFsc2U7XG4gIGNvbnN0IGNvbnNlbnQgPSBkZXRlY3RDb25zZW50KHRleHQsIHsgcmVwbHlUb0NvbmZpcm1hdGlvbiB9KTtcbiAgY29uc3QgYmFzZSA9IHtcbiAgICBvcHRPdXQ6IGNvbnNlbnQub3B0T3V0LFxuICAgIG9wdEluOiBjb25zZW50Lm9wdEluLFxuICAgIGhlbHA6IGNvbnNlbnQuaGVscCxcbiAgICBhbGVydFN0YWZmOiBjb25zZW50LmJhcmVDYW5jZWwsXG4gICAgLi4uKGNvbnNlbnQub3B0T3V0U2NvcGUgPyB7IG9wdE91dFNjb3BlOiBjb25zZW50Lm9wdE91dFNjb3BlIH0gOiB7fSksXG4gICAgLi4uKGNvbnNlbnQubWV0aG9kID8geyBjb25zZW50TWV0aG9kOiBjb25zZW50Lm1ldGhvZCB9IDoge30pLFxuICB9O1xuICBjb25zdCBjb25zZW50SW50ZW50OiBNZXNzYWdlSW50ZW50IHwgbnVsbCA9IGNvbnNlbnQub3B0T3V0ID8gJ29wdF9vdXQnIDogY29uc2VudC5vcHRJbiA/ICdvcHRfaW4nIDogY29uc2VudC5oZWxwID8gJ2hlbHAnIDogbnVsbDtcbiAgaWYgKGNvbnNlbnRJbnRlbnQpIHtcbiAgICByZXR1cm4ge1xuICAgICAgLi4uYmFzZSxcbiAgICAgIGludGVudDogY29uc2VudEludGVudCxcbiAgICAgIGNvbmZpZGVuY2U6IGNvbnNlbnQubWV0aG9kID09PSAna2V5d29yZCcgPyAwLjk5IDogMC45MyxcbiAgICAgIHNvdXJjZTogJ2NvbnNlbnQtcnVsZScsXG4gICAgICByZWFzb25zOiBjb25zZW50LnJlYXNvbnMsXG4gICAgICBtYXRjaGVkOiBjb25zZW50Lm1hdGNoZWQsXG4gICAgfTtcbiAgfVxuICAvLyBHdWFyZHMgdGhhdCBmaXJlZCAoZS5nLiBcIm5lZ2F0ZWRcIikgYXJlIHBhcnQgb2YgdGhlIGV4cGxhbmF0aW9uLlxuICBjb25zdCByZWFzb25zID0gWy4uLmNvbnNlbnQucmVhc29uc107XG4gIGNvbnN0IHJ1bGUgPSBpbnRlbnRSdWxlKHRleHQsIHJlcGx5VG9Db25maXJtYXRpb24pO1xuICBpZiAocnVsZSkge1xuICAgIHJldHVybiB7IC4uLmJhc2UsIGludGVudDogcnVsZS5pbnRlbnQsIGNvbmZpZGVuY2U6IHJ1bGUucnVsZS5zdGFydHNXaXRoKCdyZXBseTonKSA/IDAuOTcgOiAwLjksIHNvdXJjZTogJ2ludGVudC1ydWxlJywgcmVhc29uczogWy4uLnJlYXNvbnMsIHJ1bGUud2h5XSwgbWF0Y2hlZDogW2BydWxlOiR7cnVsZS5ydWxlfWBdIH07XG4gIH1cbiAgY29uc3QgZ3Vlc3MgPSBwcmVkaWN0KGludGVudE1vZGVsLCB0ZXh0LCByZXBseVRvQ29uZmlybWF0aW9uKTtcbiAgY29uc3QgaW50ZW50ID0gKGd1ZXNzLmNvbmZpZGVuY2UgPj0gTU9ERUxfTUlOX0NPTkZJREVOQ0UgPyBndWVzcy5sYWJlbCA6ICdvdGhlcicpIGFzIE1lc3NhZ2VJbnRlbnQ7XG4gIGNvbnN0IHdoeSA9XG4gICAgaW50ZW50ID09PSBndWVzcy5sYWJlbFxuICAgICAgPyBgTW9kZWw6ICR7aW50ZW50fSAocD0ke2d1ZXNzLmNvbmZpZGVuY2UudG9GaXhlZCgyKX0pJHtndWVzcy5ldmlkZW5jZS5sZW5ndGggPyBgLCBtb3N0bHkgZnJvbSAke2d1ZXNzLmV2aWRlbmNlLm1hcCgoZSkgPT4gYFwiJHtlfVwiYCkuam9pbignLCAnKX1gIDogJyd9YFxuICAgICAgOiBgTW9kZWwgdW5zdXJlIChiZXN0ICR7Z3Vlc3MubGFiZWx9LCBwPSR7Z3Vlc3MuY29uZmlkZW5jZS50b0ZpeGVkKDIpfSk6IG90aGVyYDtcbiAgcmV0dXJuIHtcbiAgICAuLi5iYXNlLFxuICAgIGludGVudCxcbiAgICBjb25maWRlbmNlOiBOdW1iZXIoZ3Vlc3MuY29uZmlkZW5jZS50b0ZpeGVkKDMpKSxcbiAgICBzb3VyY2U6ICdtb2RlbCcsXG4gICAgcmVhc29uczogWy4uLnJlYXNvbnMsIHdoeV0sXG4gICAgbWF0Y2hlZDogZ3Vlc3MuZXZpZGVuY2UubWFwKChlKSA9PiBgbW9kZWw6JHtlfWApLFxuICB9O1xufVxuIiwgImltcG9ydCB7IGNsYXNzaWZ5TWVzc2FnZSwgdHJhaW5JbnRlbnRNb2RlbCB9IGZyb20gJy93b3JrL3d0L2NsYXNzaWZpZXIvbGlicy9jb21wbGlhbmNlL3NyYy9jbGFzc2lmaWVyL21lc3NhZ2UtY2xhc3NpZmllci50cyc7XG5pbXBvcnQgeyBsYWJlbGxlZENvcnB1cywgc3BsaXRDb3JwdXMgfSBmcm9tICcvd29yay93dC9jbGFzc2lmaWVyL2xpYnMvY29tcGxpYW5jZS9zcmMvY29ycHVzL2luZGV4LnRzJztcbmNvbnN0IGFsbCA9IGxhYmVsbGVkQ29ycHVzKCk7XG5jb25zdCB7IHRyYWluLCBoZWxkT3V0IH0gPSBzcGxpdENvcnB1cyhhbGwpO1xuY29uc3QgbSA9IHRyYWluSW50ZW50TW9kZWwodHJhaW4pO1xubGV0IHQwID0gcGVyZm9ybWFuY2Uubm93KCk7XG5jb25zdCBlcnJzOiBzdHJpbmdbXSA9IFtdO1xubGV0IG9rQWxsID0gMCwgb2tIZWxkID0gMDtcbmZvciAoY29uc3QgZSBvZiBhbGwpIHsgY29uc3QgciA9IGNsYXNzaWZ5TWVzc2FnZShlLnRleHQsIHsgcmVwbHlUb0NvbmZpcm1hdGlvbjogZS5yZXBseVRvQ29uZmlybWF0aW9uIH0pOyBpZiAoci5pbnRlbnQgPT09IGUuaW50ZW50ICYmIHIub3B0T3V0ID09PSAoZS5pbnRlbnQ9PT0nb3B0X291dCcpKSBva0FsbCsrOyBlbHNlIGVycnMucHVzaChgQUxMICAke2UuaW50ZW50fSAtPiAke3IuaW50ZW50fSBvbz0ke3Iub3B0T3V0fSAke2UucmVwbHlUb0NvbmZpcm1hdGlvbj8ncnRjICc6Jyd9JHtKU09OLnN0cmluZ2lmeShlLnRleHQpfSA6OiAke3IucmVhc29ucy5qb2luKCcgfCAnKX1gKTtcbiAgaWYgKGUuaW50ZW50PT09J29wdF9vdXQnICYmIHIub3B0T3V0ICYmIChyLm9wdE91dFNjb3BlPT09J21hcmtldGluZycpICE9PSBlLm1hcmtldGluZ09ubHkpIGVycnMucHVzaChgU0NPUEUgJHtyLm9wdE91dFNjb3BlfSAke2UudGV4dH1gKTtcbiAgaWYgKGUuaW50ZW50PT09J29wdF9vdXQnICYmIHIuYWxlcnRTdGFmZiAhPT0gZS5iYXJlQ2FuY2VsKSBlcnJzLnB1c2goYEFMRVJUICR7ci5hbGVydFN0YWZmfSAke2UudGV4dH1gKTtcbn1cbmZvciAoY29uc3QgZSBvZiBoZWxkT3V0KSB7IGNvbnN0IHIgPSBjbGFzc2lmeU1lc3NhZ2UoZS50ZXh0LCB7IHJlcGx5VG9Db25maXJtYXRpb246IGUucmVwbHlUb0NvbmZpcm1hdGlvbiB9LCBtKTsgaWYgKHIuaW50ZW50ID09PSBlLmludGVudCkgb2tIZWxkKys7IGVsc2UgZXJycy5wdXNoKGBIRUxEICR7ZS5pbnRlbnR9IC0+ICR7ci5pbnRlbnR9ICR7SlNPTi5zdHJpbmdpZnkoZS50ZXh0KX0gOjogJHtyLnJlYXNvbnMuam9pbignIHwgJyl9YCk7IH1cbmNvbnNvbGUubG9nKGVycnMuam9pbignXFxuJykpO1xuY29uc29sZS5sb2coJ2FsbCcsIG9rQWxsLCBhbGwubGVuZ3RoLCAnaGVsZCcsIG9rSGVsZCwgaGVsZE91dC5sZW5ndGgsICdtcycsIHBlcmZvcm1hbmNlLm5vdygpLXQwKTtcbiJdLAogICJtYXBwaW5ncyI6ICI7QUFRQSxJQUFNLGNBQStDO0FBQUEsRUFDbkQsQ0FBQyxpQkFBaUIsV0FBVztBQUFBLEVBQzdCLENBQUMsOEJBQThCLGFBQWE7QUFBQSxFQUM1QyxDQUFDLGtCQUFrQixjQUFjO0FBQUEsRUFDakMsQ0FBQyxtQkFBbUIsWUFBWTtBQUFBLEVBQ2hDLENBQUMsbUJBQW1CLGNBQWM7QUFDcEM7QUFPTyxTQUFTLGNBQWMsTUFBYyxVQUE0QixDQUFDLEdBQVc7QUFDbEYsTUFBSSxJQUFJLEtBQUssVUFBVSxNQUFNLEVBQUUsWUFBWTtBQUMzQyxNQUFJLFFBQVEsV0FBWSxZQUFXLENBQUMsSUFBSSxJQUFJLEtBQUssWUFBYSxLQUFJLEVBQUUsUUFBUSxJQUFJLElBQUk7QUFDcEYsTUFBSSxFQUVELFVBQVUsS0FBSyxFQUNmLFFBQVEsV0FBQyxVQUFNLElBQUUsR0FBRSxFQUFFLEVBQ3JCLFVBQVUsS0FBSyxFQUNmLFFBQVEsUUFBUSxHQUFHLEVBQ25CLFFBQVEsUUFBUSxRQUFHLEVBQ25CLFFBQVEsTUFBTSxJQUFJLEVBRWxCLFFBQVEsWUFBWSxFQUFFLEVBQ3RCLFFBQVEsb0JBQW9CLEdBQUcsRUFFL0IsUUFBUSxXQUFDLHNGQUErRSxJQUFFLEdBQUUsTUFBTSxFQUNsRyxLQUFLLEVBQ0wsUUFBUSxRQUFRLEdBQUc7QUFDdEIsTUFBSSxrQkFBa0IsQ0FBQztBQUV2QixNQUFJLEVBQUUsUUFBUSxrQkFBa0IsSUFBSTtBQUNwQyxTQUFPO0FBQ1Q7QUFHQSxTQUFTLGtCQUFrQixHQUFtQjtBQUM1QyxRQUFNLFNBQVMsRUFBRSxNQUFNLEdBQUc7QUFDMUIsUUFBTSxNQUFnQixDQUFDO0FBQ3ZCLE1BQUksTUFBZ0IsQ0FBQztBQUNyQixRQUFNLFFBQVEsTUFBWTtBQUN4QixRQUFJLElBQUksVUFBVSxFQUFHLEtBQUksS0FBSyxJQUFJLEtBQUssRUFBRSxDQUFDO0FBQUEsUUFDckMsS0FBSSxLQUFLLEdBQUcsR0FBRztBQUNwQixVQUFNLENBQUM7QUFBQSxFQUNUO0FBQ0EsYUFBVyxTQUFTLFFBQVE7QUFDMUIsUUFBSSxXQUFDLFlBQVEsR0FBQyxFQUFDLEtBQUssS0FBSyxLQUFLLENBQUMsdUNBQXVDLEtBQUssS0FBSyxFQUFHLEtBQUksS0FBSyxLQUFLO0FBQUEsU0FDNUY7QUFDSCxZQUFNO0FBQ04sVUFBSSxLQUFLLEtBQUs7QUFBQSxJQUNoQjtBQUFBLEVBQ0Y7QUFDQSxRQUFNO0FBQ04sU0FBTyxJQUFJLE9BQU8sT0FBTyxFQUFFLEtBQUssR0FBRztBQUNyQztBQUdPLFNBQVMsYUFBYSxHQUFXLEdBQVcsTUFBTSxHQUFXO0FBQ2xFLE1BQUksS0FBSyxJQUFJLEVBQUUsU0FBUyxFQUFFLE1BQU0sSUFBSSxJQUFLLFFBQU8sTUFBTTtBQUN0RCxRQUFNLE9BQW1CLENBQUM7QUFDMUIsV0FBUyxJQUFJLEdBQUcsS0FBSyxFQUFFLFFBQVEsS0FBSztBQUNsQyxTQUFLLEtBQUssSUFBSSxNQUFjLEVBQUUsU0FBUyxDQUFDLEVBQUUsS0FBSyxDQUFDLENBQUM7QUFDakQsU0FBSyxDQUFDLEVBQUcsQ0FBQyxJQUFJO0FBQUEsRUFDaEI7QUFDQSxXQUFTLElBQUksR0FBRyxLQUFLLEVBQUUsUUFBUSxJQUFLLE1BQUssQ0FBQyxFQUFHLENBQUMsSUFBSTtBQUNsRCxXQUFTLElBQUksR0FBRyxLQUFLLEVBQUUsUUFBUSxLQUFLO0FBQ2xDLGFBQVMsSUFBSSxHQUFHLEtBQUssRUFBRSxRQUFRLEtBQUs7QUFDbEMsWUFBTSxPQUFPLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJLENBQUMsSUFBSSxJQUFJO0FBQ3pDLFVBQUksSUFBSSxLQUFLLElBQUksS0FBSyxJQUFJLENBQUMsRUFBRyxDQUFDLElBQUssR0FBRyxLQUFLLENBQUMsRUFBRyxJQUFJLENBQUMsSUFBSyxHQUFHLEtBQUssSUFBSSxDQUFDLEVBQUcsSUFBSSxDQUFDLElBQUssSUFBSTtBQUN4RixVQUFJLElBQUksS0FBSyxJQUFJLEtBQUssRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUksQ0FBQyxLQUFLLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJLENBQUMsRUFBRyxLQUFJLEtBQUssSUFBSSxHQUFHLEtBQUssSUFBSSxDQUFDLEVBQUcsSUFBSSxDQUFDLElBQUssQ0FBQztBQUM5RyxXQUFLLENBQUMsRUFBRyxDQUFDLElBQUk7QUFBQSxJQUNoQjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLEtBQUssRUFBRSxNQUFNLEVBQUcsRUFBRSxNQUFNO0FBQ2pDO0FBR08sU0FBUyxVQUFVLFFBQXdCO0FBQ2hELFNBQU8sSUFBSSxPQUFPLE9BQU8sUUFBUSxRQUFRLHVDQUF1QyxHQUFHLEdBQUc7QUFDeEY7OztBQzNEQSxJQUFNLFNBQVMsb0JBQUksSUFBSTtBQUFBLEVBQ3JCO0FBQUEsRUFBVTtBQUFBLEVBQU87QUFBQSxFQUFPO0FBQUEsRUFBUTtBQUFBLEVBQU87QUFBQSxFQUFVO0FBQUEsRUFBUztBQUFBLEVBQU87QUFBQSxFQUFPO0FBQUEsRUFBTTtBQUFBLEVBQVE7QUFBQSxFQUFlO0FBQUEsRUFBTTtBQUFBLEVBQU07QUFBQSxFQUFXO0FBQUEsRUFBTTtBQUFBLEVBQVE7QUFBQSxFQUMxSTtBQUFBLEVBQVE7QUFBQSxFQUFTO0FBQUEsRUFBTztBQUFBLEVBQVM7QUFBQSxFQUFZO0FBQUEsRUFBUztBQUFBLEVBQU07QUFBQSxFQUFXO0FBQUEsRUFBUztBQUFBLEVBQVk7QUFBQSxFQUFZO0FBQUEsRUFBVztBQUFBLEVBQU07QUFBQSxFQUFNO0FBQUEsRUFBUztBQUFBLEVBQU87QUFBQSxFQUMvSTtBQUFBLEVBQU07QUFBQSxFQUFTO0FBQUEsRUFBTztBQUN4QixDQUFDO0FBR0QsSUFBTSxnQkFBd0M7QUFBQSxFQUM1QyxNQUFNO0FBQUEsRUFBUSxTQUFTO0FBQUEsRUFBVyxhQUFhO0FBQUEsRUFBZSxPQUFPO0FBQUEsRUFBZSxRQUFRO0FBQUEsRUFBVSxLQUFLO0FBQUEsRUFBTyxNQUFNO0FBQUEsRUFBUSxRQUFRO0FBQUEsRUFDeEksUUFBUTtBQUFBLEVBQVcsV0FBVztBQUFBLEVBQVcsWUFBWTtBQUFBLEVBQVcsVUFBVTtBQUFBLEVBQVUsYUFBYTtBQUFBLEVBQVUsZ0JBQWdCO0FBQUEsRUFDM0gsV0FBVztBQUFBLEVBQW1CLGlCQUFpQjtBQUFBLEVBQW1CLG9CQUFvQjtBQUFBLEVBQW1CLGtCQUFrQjtBQUFBO0FBQUEsRUFFM0gsTUFBTTtBQUFBLEVBQWEsT0FBTztBQUFBLEVBQWlCLE1BQU07QUFBQSxFQUFhLE9BQU87QUFBQSxFQUFjLE1BQU07QUFBQSxFQUFhLFNBQVM7QUFBQSxFQUFnQixVQUFVO0FBQUEsRUFDekksVUFBVTtBQUFBLEVBQWUsbUJBQW1CO0FBQUEsRUFBd0IsZUFBZTtBQUFBLEVBQW9CLGFBQWE7QUFBQTtBQUFBLEVBRXBILE1BQU07QUFBQSxFQUFhLE1BQU07QUFBQSxFQUFhLGNBQWM7QUFBQSxFQUFxQixPQUFPO0FBQUEsRUFBYyxTQUFTO0FBQUEsRUFBZ0IsUUFBUTtBQUFBLEVBQWUsWUFBWTtBQUFBLEVBQzFKLE9BQU87QUFBQSxFQUFjLFFBQVE7QUFBQSxFQUFlLE9BQU87QUFBQSxFQUFjLFlBQVk7QUFBQSxFQUFpQixNQUFNO0FBQUEsRUFBYSxZQUFZO0FBQUEsRUFBaUIsT0FBTztBQUFBLEVBQ3JKLGVBQWU7QUFBQSxFQUFvQiwwQkFBTTtBQUFBLEVBQWEsc0NBQVE7QUFBQSxFQUFlLDhEQUFZO0FBQUEsRUFBbUIsNENBQVM7QUFBQSxFQUFnQixVQUFVO0FBQUE7QUFBQSxFQUUvSSxjQUFJO0FBQUEsRUFBYyxRQUFHO0FBQUEsRUFBVSxjQUFJO0FBQUEsRUFBVyxjQUFJO0FBQUEsRUFBVywwQkFBTTtBQUFBLEVBQWEsY0FBSTtBQUFBLEVBQVcsMEJBQU07QUFBQSxFQUNyRyxjQUFJO0FBQUEsRUFBVyxjQUFJO0FBQUEsRUFBVywwQkFBTTtBQUFBLEVBQWEsMEJBQU07QUFBQSxFQUFhLE1BQU07QUFDNUU7QUFFQSxJQUFNLGdCQUF5QyxDQUFDLENBQUMsUUFBUSxDQUFDLEdBQUcsQ0FBQyxlQUFlLENBQUMsR0FBRyxDQUFDLFVBQVUsQ0FBQyxHQUFHLENBQUMsV0FBVyxDQUFDLEdBQUcsQ0FBQyxVQUFVLENBQUMsR0FBRyxDQUFDLFVBQVUsQ0FBQyxHQUFHLENBQUMsZUFBZSxDQUFDLENBQUM7QUFFaEssSUFBTSxXQUFXLG9CQUFJLElBQUksQ0FBQyxRQUFRLFFBQVEsUUFBUSxRQUFRLFFBQVEsT0FBTyxPQUFPLFFBQVEsU0FBUyxTQUFTLFNBQVMsU0FBUyxTQUFTLE9BQU8sT0FBTyxRQUFRLFVBQVUsWUFBWSxXQUFXLGFBQWEsY0FBYyxlQUFlLGNBQWMsQ0FBQztBQUVyUCxJQUFNLG1CQUFtQixvQkFBSSxJQUFJLENBQUMsYUFBYSxVQUFVLFFBQVEsV0FBVyxlQUFlLFVBQVUsV0FBVyxRQUFRLGdCQUFnQixZQUFZLGdCQUFNLGdCQUFNLDBCQUFNLENBQUM7QUFFdkssSUFBTSxlQUF1QztBQUFBLEVBQzNDLE9BQU87QUFBQSxFQUFTLFFBQVE7QUFBQSxFQUFVLFFBQVE7QUFBQSxFQUFVLFdBQVc7QUFBQSxFQUFhLGFBQWE7QUFBQSxFQUFlLFVBQVU7QUFBQSxFQUFVLE9BQU87QUFBQSxFQUFVLGVBQWU7QUFBQSxFQUM1SixVQUFVO0FBQUEsRUFBaUIsU0FBUztBQUFBLEVBQWdCLFVBQVU7QUFBQSxFQUFpQixXQUFXO0FBQUEsRUFBa0IsY0FBSTtBQUFBLEVBQVcsY0FBSTtBQUFBLEVBQVcsV0FBVztBQUFBLEVBQ3JKLGlCQUFpQjtBQUFBLEVBQVUsU0FBUztBQUN0QztBQUVBLElBQU0sWUFBWSxvQkFBSSxJQUFJLENBQUMsT0FBTyxNQUFNLE9BQU8sS0FBSyxDQUFDO0FBRXJELElBQU0sYUFBcUM7QUFBQSxFQUN6QyxNQUFNO0FBQUEsRUFBUSxNQUFNO0FBQUEsRUFBUSxPQUFPO0FBQUEsRUFBYyxPQUFPO0FBQUEsRUFBYyxNQUFNO0FBQUEsRUFBYSxRQUFRO0FBQUEsRUFBZSxXQUFXO0FBQUEsRUFBZ0Isc0NBQVE7QUFBQSxFQUNuSixjQUFJO0FBQUEsRUFBVyxjQUFJO0FBQUEsRUFBVyxjQUFJO0FBQUEsRUFBVyxvQkFBSztBQUFBLEVBQVksV0FBVztBQUFBLEVBQVEsTUFBTTtBQUFBLEVBQVEsTUFBTTtBQUFBLEVBQVEsTUFBTTtBQUFBLEVBQVEsT0FBTztBQUFBLEVBQVEsTUFBTTtBQUFBLEVBQVEsYUFBYTtBQUN2SztBQVFBLElBQU0sZUFBZSxvQkFBSSxJQUFJLENBQUMsc0JBQXNCLG9CQUFvQixjQUFjLGlCQUFpQixlQUFlLGNBQWMsaUJBQWlCLENBQUM7QUFFdEosSUFBTSxNQUFNO0FBRVosSUFBTSxXQUFXO0FBQ2pCLElBQU0sUUFBUTtBQUNkLElBQU0sT0FBTztBQUNiLElBQU0sZUFBZTtBQUVyQixJQUFNLElBQUksQ0FBQyxJQUFZLFFBQWdCLFNBQXlCLEVBQUUsSUFBSSxJQUFJLFVBQVUsTUFBTSxHQUFHLElBQUk7QUFFakcsSUFBTSxrQkFBNEI7QUFBQTtBQUFBLEVBRWhDLEVBQUUsa0JBQWtCLGlHQUFpRyxJQUFJLFFBQVEsS0FBSyxJQUFJLG1DQUFtQztBQUFBLEVBQzdLLEVBQUUsc0JBQXNCLDRDQUE0QyxJQUFJLFFBQVEsWUFBWSxPQUFPLDJDQUEyQztBQUFBLEVBQzlJLEVBQUUsb0JBQW9CLHVFQUF1RSxJQUFJLFFBQVEsR0FBRyxPQUFPLDJCQUEyQjtBQUFBLEVBQzlJLEVBQUUsaUJBQWlCLGlJQUFpSSwrQkFBK0I7QUFBQSxFQUNuTCxFQUFFLG1CQUFtQixvT0FBb08sMkJBQTJCO0FBQUEsRUFDcFIsRUFBRSxrQkFBa0Isa2VBQWtlLDBDQUEwQztBQUFBLEVBQ2hpQixFQUFFLGdCQUFnQixvTEFBb0wsdUNBQXVDO0FBQUEsRUFDN08sRUFBRSxrQkFBa0IsMEpBQTBKLDRCQUE0QjtBQUFBLEVBQzFNLEVBQUUsa0JBQWtCLHlHQUF5Ryx1QkFBdUI7QUFBQSxFQUNwSixFQUFFLGdCQUFnQixnTEFBZ0wsR0FBRyxJQUFJLE1BQU0sTUFBTSxHQUFHLEVBQUUsQ0FBQyxrQkFBa0Isb0NBQW9DO0FBQUEsRUFDalIsRUFBRSxxQkFBcUIsc0dBQXNHLEdBQUcsT0FBTyxvREFBb0Q7QUFBQSxFQUMzTCxFQUFFLGVBQWUsK0ZBQStGLG1CQUFtQjtBQUFBLEVBQ25JLEVBQUUsWUFBWSw4RkFBOEYsd0NBQXdDO0FBQUEsRUFDcEosRUFBRSxtQkFBbUIscURBQXFELGlDQUFpQztBQUFBLEVBQzNHLEVBQUUsY0FBYywyRkFBMkYsa0JBQWtCO0FBQUE7QUFBQSxFQUU3SCxFQUFFLG1CQUFtQixxUkFBcVIsNENBQXlDO0FBQUEsRUFDblYsRUFBRSxrQkFBa0IsaUVBQWlFLGdDQUFnQztBQUFBLEVBQ3JILEVBQUUsZUFBZSx1SEFBdUgsMENBQTBDO0FBQUEsRUFDbEwsRUFBRSxhQUFhLDBWQUEwVixxQ0FBcUM7QUFBQSxFQUM5WSxFQUFFLGdCQUFnQix5SkFBeUoseUNBQXNDO0FBQUEsRUFDak4sRUFBRSxhQUFhLHdEQUF3RCw4QkFBMkI7QUFBQSxFQUNsRyxFQUFFLDJCQUEyQiw4R0FBOEcsc0NBQW1DO0FBQUE7QUFBQSxFQUU5SyxFQUFFLGNBQWMsNkRBQTZELDBDQUEwQztBQUFBLEVBQ3ZILEVBQUUsZ0JBQWdCLHFLQUFxSyx5Q0FBc0M7QUFBQSxFQUM3TixFQUFFLG1CQUFtQiwyR0FBMkcsOEJBQThCO0FBQUE7QUFBQSxFQUU5SixFQUFFLGlCQUFpQixnRUFBZ0Usb0NBQThCO0FBQUEsRUFDakgsRUFBRSxjQUFjLG1MQUFtTCw2Q0FBNkM7QUFBQTtBQUFBLEVBRWhQLEVBQUUsZUFBZSxtTUFBbU0sc0NBQXNDO0FBQUEsRUFDMVAsRUFBRSxhQUFhLDBOQUEwTixzQ0FBc0M7QUFBQTtBQUFBLEVBRS9RLEVBQUUsZUFBZSw0SEFBNEgsd0RBQWlDO0FBQUE7QUFBQSxFQUU5SyxFQUFFLGdCQUFnQixveEJBQXVMLGtJQUE4QjtBQUFBO0FBQUEsRUFFdk8sRUFBRSxjQUFjLDJVQUF1RSxzRUFBb0I7QUFBQSxFQUMzRyxFQUFFLGFBQWEsaUlBQTZCLGlEQUFjO0FBQUEsRUFDMUQsRUFBRSxhQUFhLGtQQUF5RCw2Q0FBZTtBQUN6RjtBQUdBLElBQU0saUJBQTJCO0FBQUEsRUFDL0IsRUFBRSxrQkFBa0Isc0lBQXNJLDZCQUE2QjtBQUFBLEVBQ3ZMLEVBQUUsa0JBQWtCLDRNQUE0TSxnQ0FBZ0M7QUFBQSxFQUNoUSxFQUFFLGlCQUFpQixnS0FBZ0ssdUJBQXVCO0FBQUEsRUFDMU0sRUFBRSxjQUFjLHNQQUFzUCxnQ0FBZ0M7QUFBQSxFQUN0UyxFQUFFLGFBQWEsNEpBQTRKLHVDQUF1QztBQUNwTjtBQUdBLElBQU0sZUFBeUI7QUFBQSxFQUM3QixFQUFFLGtCQUFrQiw0T0FBNE8sMkJBQTJCO0FBQUEsRUFDM1IsRUFBRSxZQUFZLDBGQUEwRixnQ0FBNkI7QUFDdkk7QUFHQSxJQUFNLGtCQUFrQixVQUFVLHdLQUF3SztBQUUxTSxJQUFNLGVBQWUsVUFBVSxrU0FBa1M7QUFFalUsSUFBTSxlQUFlLFVBQVUscUpBQXFKO0FBRXBMLElBQU0sa0JBQWtCLFVBQVUsNkNBQTZDO0FBRS9FLElBQU0saUJBQWlCLFVBQVUsaVFBQWlRO0FBRWxTLElBQU0sY0FBYyxDQUFDLE1BQXNCO0FBQ3pDLFFBQU0sU0FBUyxFQUFFLE1BQU0sR0FBRyxFQUFFLE9BQU8sQ0FBQyxNQUFNLENBQUMsT0FBTyxJQUFJLENBQUMsQ0FBQztBQUV4RCxNQUFJLE9BQU8sV0FBVyxFQUFHLFFBQU8sRUFBRSxNQUFNLEdBQUcsRUFBRSxTQUFTLE1BQU0sSUFBSSxTQUFTO0FBQ3pFLFNBQU8sQ0FBQyxHQUFHLElBQUksSUFBSSxNQUFNLENBQUMsRUFBRSxLQUFLLEdBQUc7QUFDdEM7QUFFQSxTQUFTLFVBQVUsWUFBb0IsT0FBOEM7QUFDbkYsTUFBSSxNQUFNLFVBQVUsTUFBTSxPQUFXLFFBQU87QUFDNUMsUUFBTSxXQUFXLFlBQVksVUFBVTtBQUN2QyxTQUFPLE1BQU0sUUFBUSxNQUFNLFNBQVksV0FBVztBQUNwRDtBQUVBLFNBQVMsWUFBWSxZQUFtQztBQUN0RCxRQUFNLFlBQVksWUFBWSxVQUFVLEVBQUUsUUFBUSxNQUFNLEVBQUU7QUFDMUQsTUFBSSxVQUFVLFNBQVMsS0FBSyxTQUFTLElBQUksU0FBUyxFQUFHLFFBQU87QUFDNUQsYUFBVyxDQUFDLE1BQU0sR0FBRyxLQUFLLGVBQWU7QUFDdkMsUUFBSSxVQUFVLFVBQVUsS0FBSyxTQUFTLE9BQU8sYUFBYSxXQUFXLE1BQU0sR0FBRyxLQUFLLElBQUssUUFBTztBQUFBLEVBQ2pHO0FBQ0EsU0FBTztBQUNUO0FBRUEsSUFBTSxXQUFXLFVBQVUsTUFBTSxLQUFLLEtBQUs7QUFDM0MsSUFBTSxjQUFjLFVBQVUsTUFBTSxRQUFRLEtBQUs7QUFDakQsSUFBTSxnQkFBZ0IsSUFBSSxPQUFPLFVBQVUsTUFBTSxLQUFLLElBQUksUUFBUSxLQUFLLEVBQUUsUUFBUSxJQUFJO0FBQ3JGLElBQU0sb0JBQW9CLFVBQVUsb0lBQW9JO0FBS3hLLElBQU0sV0FBVyxDQUFDLGVBQW9DO0FBQ3BELE1BQUksQ0FBQyxTQUFTLEtBQUssVUFBVSxFQUFHLFFBQU87QUFDdkMsTUFBSSxrQkFBa0IsS0FBSyxVQUFVLEVBQUcsUUFBTztBQUUvQyxRQUFNLE9BQU8sV0FBVyxRQUFRLG1CQUFtQixFQUFFLEVBQUUsUUFBUSxlQUFlLEdBQUc7QUFDakYsU0FBTyxZQUFZLEtBQUssSUFBSSxJQUFJLFFBQVE7QUFDMUM7QUFFTyxTQUFTLGNBQWMsTUFBYyxVQUE2QyxDQUFDLEdBQXFCO0FBQzdHLFFBQU0sU0FBMkIsRUFBRSxRQUFRLE9BQU8sT0FBTyxPQUFPLE1BQU0sT0FBTyxZQUFZLE9BQU8sU0FBUyxDQUFDLEdBQUcsU0FBUyxDQUFDLEVBQUU7QUFDekgsUUFBTSxhQUFhLGNBQWMsSUFBSTtBQUNyQyxNQUFJLENBQUMsV0FBWSxRQUFPO0FBQ3hCLFFBQU0sU0FBUyxJQUFJLEtBQUssS0FBSyxFQUFFLE1BQU0sR0FBRyxFQUFFLENBQUM7QUFHM0MsUUFBTSxVQUFVLFVBQVUsWUFBWSxhQUFhO0FBQ25ELFFBQU0sU0FBUyxVQUFVLFlBQVksWUFBWTtBQUNqRCxRQUFNLFFBQVEsV0FBVyxTQUFTLE9BQU8sWUFBWSxVQUFVO0FBQy9ELFFBQU0sV0FBVyxVQUFVLFlBQVksVUFBVTtBQUNqRCxNQUFJLFdBQVcsT0FBTztBQUNwQixVQUFNLE1BQU8sV0FBVztBQUN4QixVQUFNLFFBQVEsY0FBYyxHQUFHLEtBQUssSUFBSSxZQUFZO0FBQ3BELFdBQU8sU0FBUztBQUNoQixXQUFPLGNBQWM7QUFDckIsV0FBTyxTQUFTO0FBQ2hCLFdBQU8sYUFBYSxRQUFRLFlBQVksUUFBUTtBQUNoRCxXQUFPLFFBQVEsS0FBSyxXQUFXLEdBQUcsRUFBRTtBQUNwQyxXQUFPLFFBQVE7QUFBQSxNQUNiLFNBQVMsQ0FBQyxVQUNOLGlCQUFpQixNQUFNLGlDQUFpQyxLQUFLLGlDQUM3RCxpQkFBaUIsTUFBTSwyQkFBMkIsS0FBSztBQUFBLElBQzdEO0FBQ0EsUUFBSSxPQUFPLFdBQVksUUFBTyxRQUFRLEtBQUssOEZBQThGO0FBQ3pJLFdBQU87QUFBQSxFQUNUO0FBQ0EsTUFBSSxRQUFRO0FBQ1YsV0FBTyxRQUFRO0FBQ2YsV0FBTyxTQUFTO0FBQ2hCLFdBQU8sUUFBUSxLQUFLLFdBQVcsTUFBTSxFQUFFO0FBQ3ZDLFdBQU8sUUFBUSxLQUFLLGlCQUFpQixNQUFNLDBCQUEwQixhQUFhLE1BQU0sQ0FBQyxFQUFFO0FBQzNGLFdBQU87QUFBQSxFQUNUO0FBQ0EsUUFBTSxNQUFNO0FBQ1osTUFBSSxDQUFDLFFBQVEsdUJBQXVCLFVBQVUsSUFBSSxHQUFHLEdBQUc7QUFDdEQsV0FBTyxRQUFRO0FBQ2YsV0FBTyxTQUFTO0FBQ2hCLFdBQU8sUUFBUSxLQUFLLFdBQVcsR0FBRyxFQUFFO0FBQ3BDLFdBQU8sUUFBUSxLQUFLLGlCQUFpQixNQUFNLDJFQUEyRTtBQUN0SCxXQUFPO0FBQUEsRUFDVDtBQUNBLE1BQUksVUFBVTtBQUNaLFdBQU8sT0FBTztBQUNkLFdBQU8sU0FBUztBQUNoQixXQUFPLFFBQVEsS0FBSyxXQUFXLFFBQVEsRUFBRTtBQUN6QyxXQUFPLFFBQVEsS0FBSyxpQkFBaUIsTUFBTSx3QkFBd0IsV0FBVyxRQUFRLENBQUMsRUFBRTtBQUN6RixXQUFPO0FBQUEsRUFDVDtBQUdBLGFBQVcsVUFBVSxnQkFBZ0I7QUFDbkMsUUFBSSxPQUFPLEdBQUcsS0FBSyxVQUFVLEdBQUc7QUFDOUIsYUFBTyxRQUFRO0FBQ2YsYUFBTyxTQUFTO0FBQ2hCLGFBQU8sUUFBUSxLQUFLLFVBQVUsT0FBTyxFQUFFLEVBQUU7QUFDekMsYUFBTyxRQUFRLEtBQUssMEJBQTBCLE9BQU8sR0FBRyxFQUFFO0FBQzFELGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRjtBQUdBLFFBQU0sWUFBWSxLQUFLLE1BQU0sOEVBQThFLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxLQUFLLENBQUMsRUFBRSxPQUFPLE9BQU87QUFDaEosTUFBSSxVQUFVLFNBQVMsR0FBRztBQUN4QixlQUFXLFlBQVksV0FBVztBQUNoQyxVQUFJLFNBQVMsU0FBUyxHQUFHLEVBQUc7QUFDNUIsWUFBTSxJQUFJLGNBQWMsUUFBUTtBQUNoQyxZQUFNLE1BQU0sVUFBVSxHQUFHLGFBQWE7QUFDdEMsWUFBTSxPQUFPLE9BQU8saUJBQWlCLElBQUksR0FBRyxJQUFJLE1BQU0saUJBQWlCLElBQUksQ0FBQyxJQUFJLElBQUk7QUFDcEYsVUFBSSxNQUFNO0FBQ1IsZUFBTyxTQUFTO0FBQ2hCLGVBQU8sY0FBYyxTQUFTLFVBQVU7QUFDeEMsZUFBTyxTQUFTO0FBQ2hCLGVBQU8sUUFBUSxLQUFLLG9CQUFvQixJQUFJLEVBQUU7QUFDOUMsZUFBTyxRQUFRLEtBQUssaUJBQWlCLFNBQVMsTUFBTSxHQUFHLEVBQUUsQ0FBQyw0QkFBNEIsY0FBYyxJQUFJLEtBQUssS0FBSyxZQUFZLENBQUMsYUFBYTtBQUM1SSxlQUFPO0FBQUEsTUFDVDtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBR0EsYUFBVyxVQUFVLGlCQUFpQjtBQUNwQyxVQUFNQSxLQUFJLE9BQU8sR0FBRyxLQUFLLFVBQVU7QUFDbkMsUUFBSSxDQUFDQSxHQUFHO0FBQ1IsVUFBTSxTQUFTLFdBQVcsTUFBTSxHQUFHQSxHQUFFLEtBQUssRUFBRSxLQUFLO0FBQ2pELFFBQUksZ0JBQWdCLEtBQUssTUFBTSxHQUFHO0FBQ2hDLGFBQU8sUUFBUSxLQUFLLG9CQUFvQkEsR0FBRSxDQUFDLENBQUMsa0JBQWtCLE9BQU8sTUFBTSxHQUFHLEVBQUUsTUFBTSxFQUFFLEVBQUUsS0FBSyxHQUFHLENBQUMsSUFBSTtBQUN2RztBQUFBLElBQ0Y7QUFDQSxRQUFJLGFBQWEsSUFBSSxPQUFPLEVBQUUsS0FBSyxhQUFhLEtBQUssTUFBTSxHQUFHO0FBQzVELGFBQU8sUUFBUSxLQUFLLG9CQUFvQkEsR0FBRSxDQUFDLENBQUMsdUNBQXVDO0FBQ25GO0FBQUEsSUFDRjtBQUNBLFFBQUksT0FBTyxPQUFPLG1CQUFtQixnQkFBZ0IsS0FBSyxNQUFNLEdBQUc7QUFDakUsYUFBTyxRQUFRLEtBQUssb0JBQW9CQSxHQUFFLENBQUMsQ0FBQyw2Q0FBNkM7QUFDekY7QUFBQSxJQUNGO0FBQ0EsUUFBSSxhQUFhLEtBQUssVUFBVSxLQUFLLENBQUMsU0FBUyxLQUFLLFVBQVUsR0FBRztBQUMvRCxhQUFPLFFBQVEsS0FBSyxvQkFBb0JBLEdBQUUsQ0FBQyxDQUFDLCtDQUErQztBQUMzRjtBQUFBLElBQ0Y7QUFDQSxRQUFJLE9BQU8sT0FBTyxvQkFBb0IsZUFBZSxLQUFLLFVBQVUsS0FBSyxDQUFDLE9BQU8sR0FBRyxXQUFXLElBQUksS0FBSyxDQUFDLE9BQU8sR0FBRyxXQUFXLElBQUksR0FBRztBQUNuSSxhQUFPLFFBQVEsS0FBSyxvQkFBb0JBLEdBQUUsQ0FBQyxDQUFDLHFGQUFxRjtBQUNqSTtBQUFBLElBQ0Y7QUFDQSxXQUFPLFNBQVM7QUFDaEIsV0FBTyxjQUFjLFNBQVMsVUFBVTtBQUN4QyxXQUFPLFNBQVM7QUFDaEIsV0FBTyxRQUFRLEtBQUssVUFBVSxPQUFPLEVBQUUsRUFBRTtBQUN6QyxXQUFPLFFBQVEsS0FBSywyQkFBMkIsT0FBTyxHQUFHLE1BQU1BLEdBQUUsQ0FBQyxFQUFFLEtBQUssQ0FBQyxLQUFLLE9BQU8sZ0JBQWdCLGNBQWMsNEJBQTRCLEVBQUUsRUFBRTtBQUNwSixXQUFPO0FBQUEsRUFDVDtBQUVBLGFBQVcsVUFBVSxjQUFjO0FBQ2pDLFFBQUksT0FBTyxHQUFHLEtBQUssVUFBVSxHQUFHO0FBQzlCLGFBQU8sT0FBTztBQUNkLGFBQU8sU0FBUztBQUNoQixhQUFPLFFBQVEsS0FBSyxVQUFVLE9BQU8sRUFBRSxFQUFFO0FBQ3pDLGFBQU8sUUFBUSxLQUFLLGlCQUFpQixPQUFPLEdBQUcsRUFBRTtBQUNqRCxhQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7OztBQ25UQSxJQUFNLGdCQUFnQjtBQUFBLEVBQ3BCO0FBQ0Y7QUFDQSxJQUFNLGlCQUFpQixVQUFVLGlQQUFpUDtBQUNsUixJQUFNLG1CQUFtQixVQUFVLHlDQUF5QztBQUM1RSxJQUFNLG9CQUFvQjtBQUFBLEVBQ3hCO0FBQ0Y7QUFDQSxJQUFNLHFCQUFxQjtBQUFBLEVBQ3pCO0FBQ0Y7QUFFQSxJQUFNLGNBQWMsVUFBVSw4TkFBOE47QUFDNVAsSUFBTSxlQUFlO0FBQUEsRUFDbkI7QUFDRjtBQUNBLElBQU0sU0FBUyxVQUFVLG9TQUFtSjtBQUM1SyxJQUFNLGlCQUFpQixVQUFVLHlIQUF5SDtBQUMxSixJQUFNLFdBQVcsVUFBVSx1Q0FBdUM7QUFFM0QsU0FBUyxXQUFXLE1BQWMscUJBQThDO0FBQ3JGLFFBQU0sSUFBSSxjQUFjLE1BQU0sRUFBRSxZQUFZLEtBQUssQ0FBQztBQUNsRCxNQUFJLENBQUMsRUFBRyxRQUFPO0FBQ2YsTUFBSSx1QkFBdUIsaUJBQWlCLEtBQUssQ0FBQyxFQUFHLFFBQU8sRUFBRSxRQUFRLGNBQWMsTUFBTSxXQUFXLEtBQUsscURBQXFEO0FBQy9KLE1BQUksdUJBQXVCLGNBQWMsS0FBSyxDQUFDLEVBQUcsUUFBTyxFQUFFLFFBQVEsV0FBVyxNQUFNLFdBQVcsS0FBSyxZQUFZLEtBQUssS0FBSyxDQUFDLDBDQUEwQztBQUNySyxNQUFJLENBQUMsdUJBQXVCLFNBQVMsS0FBSyxDQUFDLEVBQUcsUUFBTyxFQUFFLFFBQVEsU0FBUyxNQUFNLGVBQWUsS0FBSyxJQUFJLEtBQUssS0FBSyxDQUFDLCtFQUErRTtBQUNoTSxNQUFJLG1CQUFtQixLQUFLLENBQUMsS0FBSyxZQUFZLEtBQUssQ0FBQyxFQUFHLFFBQU8sRUFBRSxRQUFRLHNCQUFzQixNQUFNLDZCQUE2QixLQUFLLDhEQUE4RDtBQUNwTSxNQUFJLGtCQUFrQixLQUFLLENBQUMsRUFBRyxRQUFPLEVBQUUsUUFBUSxjQUFjLE1BQU0scUJBQXFCLEtBQUssK0JBQStCO0FBQzdILE1BQUksYUFBYSxLQUFLLENBQUMsRUFBRyxRQUFPLEVBQUUsUUFBUSxnQkFBZ0IsTUFBTSx1QkFBdUIsS0FBSyw0Q0FBNEM7QUFDekksTUFBSSxlQUFlLEtBQUssQ0FBQyxFQUFHLFFBQU8sRUFBRSxRQUFRLFdBQVcsTUFBTSxrQkFBa0IsS0FBSyxzQkFBc0I7QUFDM0csTUFBSSx1QkFBdUIsZUFBZSxLQUFLLENBQUMsRUFBRyxRQUFPLEVBQUUsUUFBUSxXQUFXLE1BQU0sYUFBYSxLQUFLLDRDQUE0QztBQUVuSixNQUFJLE9BQU8sS0FBSyxDQUFDLEtBQUssQ0FBQyxLQUFLLFNBQVMsR0FBRyxLQUFLLEVBQUUsTUFBTSxHQUFHLEVBQUUsVUFBVSxHQUFJLFFBQU8sRUFBRSxRQUFRLFVBQVUsTUFBTSxpQkFBaUIsS0FBSyxpQkFBaUI7QUFDaEosU0FBTztBQUNUOzs7QUN6Qk8sSUFBTSxrQkFBOEMsb0JBQUksSUFBSSxDQUFDLFdBQVcsVUFBVSxNQUFNLENBQUM7OztBQ2hCaEcsSUFBTSxPQUErQjtBQUFBLEVBQ25DLE9BQ0U7QUFBQSxFQUNGLFVBQ0U7QUFBQSxFQUNGLE9BQ0U7QUFBQSxFQUNGLE9BQ0U7QUFBQSxFQUNGLE9BQ0U7QUFBQSxFQUNGLFFBQ0U7QUFBQSxFQUNGLE1BQ0U7QUFBQSxFQUNGLFdBQ0U7QUFBQSxFQUNGLE1BQU07QUFBQSxFQUNOLFFBQVE7QUFBQSxFQUNSLE9BQU87QUFDVDtBQUVBLElBQU0sV0FBb0MsT0FBTyxRQUFRLElBQUksRUFBRSxJQUFJLENBQUMsQ0FBQyxLQUFLLFlBQVksTUFBTSxDQUFDLEtBQUssSUFBSSxPQUFPLFVBQVUsT0FBTyxZQUFZLE1BQU0sRUFBRSxRQUFRLElBQUksQ0FBQyxDQUFDO0FBR3pKLFNBQVMsWUFBWSxZQUE4QjtBQUN4RCxRQUFNLE1BQWdCLENBQUM7QUFDdkIsYUFBVyxDQUFDLEtBQUssRUFBRSxLQUFLLFVBQVU7QUFDaEMsT0FBRyxZQUFZO0FBQ2YsVUFBTSxPQUFPLFdBQVcsTUFBTSxFQUFFO0FBQ2hDLFFBQUksS0FBTSxVQUFTLElBQUksR0FBRyxJQUFJLEtBQUssSUFBSSxLQUFLLFFBQVEsQ0FBQyxHQUFHLElBQUssS0FBSSxLQUFLLEdBQUc7QUFBQSxFQUMzRTtBQUNBLFNBQU87QUFDVDs7O0FDVEEsSUFBTSxjQUFjO0FBQ3BCLElBQU0sYUFBYTtBQUVuQixJQUFNLFlBQVksSUFBSTtBQUFBLEVBQ3BCLHVOQUF1TixNQUFNLEdBQUc7QUFDbE87QUFHTyxTQUFTLFdBQVcsTUFBYyxzQkFBc0IsT0FBZ0M7QUFDN0YsUUFBTSxhQUFhLGNBQWMsTUFBTSxFQUFFLFlBQVksS0FBSyxDQUFDO0FBQzNELFFBQU0sU0FBUyxhQUFhLFdBQVcsTUFBTSxHQUFHLElBQUksQ0FBQztBQUNyRCxRQUFNLE1BQStCLENBQUM7QUFDdEMsV0FBUyxJQUFJLEdBQUcsSUFBSSxPQUFPLFFBQVEsS0FBSztBQUN0QyxVQUFNLFFBQVEsT0FBTyxDQUFDO0FBQ3RCLFFBQUksS0FBSyxDQUFDLEtBQUssS0FBSyxJQUFJLFVBQVUsSUFBSSxLQUFLLElBQUksTUFBTSxDQUFDLENBQUM7QUFDdkQsUUFBSSxJQUFJLEVBQUcsS0FBSSxLQUFLLENBQUMsS0FBSyxPQUFPLElBQUksQ0FBQyxDQUFDLElBQUksS0FBSyxJQUFJLENBQUMsQ0FBQztBQUN0RCxVQUFNLFNBQVMsSUFBSSxLQUFLO0FBQ3hCLFVBQU0sSUFBSSwyRUFBMkUsS0FBSyxLQUFLLElBQUksSUFBSTtBQUN2RyxhQUFTLElBQUksR0FBRyxJQUFJLEtBQUssT0FBTyxRQUFRLElBQUssS0FBSSxLQUFLLENBQUMsS0FBSyxPQUFPLE1BQU0sR0FBRyxJQUFJLENBQUMsQ0FBQyxJQUFJLFdBQVcsQ0FBQztBQUFBLEVBQ3BHO0FBQ0EsYUFBVyxPQUFPLFlBQVksVUFBVSxFQUFHLEtBQUksS0FBSyxDQUFDLEtBQUssR0FBRyxJQUFJLFVBQVUsQ0FBQztBQUM1RSxNQUFJLG9CQUFxQixLQUFJLEtBQUssQ0FBQyw2QkFBNkIsQ0FBQyxDQUFDO0FBQ2xFLE1BQUksS0FBSyxLQUFLLEVBQUUsU0FBUyxHQUFHLEVBQUcsS0FBSSxLQUFLLENBQUMsa0JBQWtCLENBQUMsQ0FBQztBQUM3RCxTQUFPO0FBQ1Q7QUFFTyxTQUFTLGdCQUFnQixVQUFzQyxRQUFRLEtBQXNCO0FBQ2xHLFFBQU0sU0FBUyxDQUFDLEdBQUcsSUFBSSxJQUFJLFNBQVMsSUFBSSxDQUFDLE1BQU0sRUFBRSxLQUFLLENBQUMsQ0FBQyxFQUFFLEtBQUs7QUFDL0QsUUFBTSxRQUFRLElBQUksSUFBSSxPQUFPLElBQUksQ0FBQyxHQUFHLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDO0FBQ2xELFFBQU0sV0FBVyxJQUFJLE1BQWMsT0FBTyxNQUFNLEVBQUUsS0FBSyxDQUFDO0FBQ3hELFFBQU0sU0FBUyxJQUFJLE1BQWMsT0FBTyxNQUFNLEVBQUUsS0FBSyxDQUFDO0FBQ3RELFFBQU0sU0FBUyxvQkFBSSxJQUFzQjtBQUN6QyxhQUFXLFdBQVcsVUFBVTtBQUM5QixVQUFNLEtBQUssTUFBTSxJQUFJLFFBQVEsS0FBSztBQUNsQyxhQUFTLEVBQUUsS0FBTTtBQUNqQixlQUFXLENBQUMsU0FBUyxNQUFNLEtBQUssV0FBVyxRQUFRLE1BQU0sUUFBUSxtQkFBbUIsR0FBRztBQUNyRixVQUFJLE1BQU0sT0FBTyxJQUFJLE9BQU87QUFDNUIsVUFBSSxDQUFDLElBQUssUUFBTyxJQUFJLFNBQVUsTUFBTSxJQUFJLE1BQWMsT0FBTyxNQUFNLEVBQUUsS0FBSyxDQUFDLENBQUU7QUFDOUUsVUFBSSxFQUFFLEtBQU07QUFDWixhQUFPLEVBQUUsS0FBTTtBQUFBLElBQ2pCO0FBQUEsRUFDRjtBQUNBLFFBQU0sYUFBYSxPQUFPO0FBQzFCLFFBQU0sZUFBZSxPQUFPLElBQUksQ0FBQyxNQUFNLEtBQUssSUFBSSxJQUFJLFFBQVEsVUFBVSxDQUFDO0FBQ3ZFLFFBQU0sZ0JBQWdCLG9CQUFJLElBQXNCO0FBQ2hELGFBQVcsQ0FBQyxTQUFTLEdBQUcsS0FBSyxPQUFRLGVBQWMsSUFBSSxTQUFTLElBQUksSUFBSSxDQUFDLEdBQUcsT0FBTyxLQUFLLElBQUksSUFBSSxLQUFLLElBQUksYUFBYSxFQUFFLENBQUUsQ0FBQztBQUMzSCxTQUFPO0FBQUEsSUFDTDtBQUFBLElBQ0EsVUFBVSxTQUFTLElBQUksQ0FBQyxNQUFNLEtBQUssSUFBSSxJQUFJLFNBQVMsTUFBTSxDQUFDO0FBQUEsSUFDM0Q7QUFBQSxJQUNBLFFBQVEsYUFBYSxJQUFJLENBQUMsTUFBTSxLQUFLLElBQUksS0FBSyxJQUFJLENBQUM7QUFBQSxFQUNyRDtBQUNGO0FBRU8sU0FBUyxRQUFRQyxRQUF3QixNQUFjLHNCQUFzQixPQUFtQjtBQUNyRyxRQUFNLFdBQVcsV0FBVyxNQUFNLG1CQUFtQixFQUFFLE9BQU8sQ0FBQyxDQUFDLENBQUMsTUFBTUEsT0FBTSxjQUFjLElBQUksQ0FBQyxDQUFDO0FBQ2pHLFFBQU0sU0FBUyxDQUFDLEdBQUdBLE9BQU0sUUFBUTtBQUNqQyxhQUFXLENBQUMsU0FBUyxNQUFNLEtBQUssVUFBVTtBQUN4QyxVQUFNLE1BQU1BLE9BQU0sY0FBYyxJQUFJLE9BQU87QUFDM0MsYUFBUyxLQUFLLEdBQUcsS0FBSyxPQUFPLFFBQVEsS0FBTSxRQUFPLEVBQUUsS0FBTSxTQUFTLElBQUksRUFBRTtBQUFBLEVBQzNFO0FBRUEsUUFBTSxjQUFjLEtBQUssSUFBSSxHQUFHLEtBQUssS0FBSyxTQUFTLE1BQU0sQ0FBQztBQUMxRCxRQUFNLE1BQU0sS0FBSyxJQUFJLEdBQUcsTUFBTTtBQUM5QixRQUFNLE1BQU0sT0FBTyxJQUFJLENBQUMsTUFBTSxLQUFLLEtBQUssSUFBSSxPQUFPLFdBQVcsQ0FBQztBQUMvRCxRQUFNLE1BQU0sSUFBSSxPQUFPLENBQUMsR0FBRyxNQUFNLElBQUksR0FBRyxDQUFDO0FBQ3pDLE1BQUksT0FBTztBQUNYLFdBQVMsS0FBSyxHQUFHLEtBQUssT0FBTyxRQUFRLEtBQU0sS0FBSSxPQUFPLEVBQUUsSUFBSyxPQUFPLElBQUksRUFBSSxRQUFPO0FBQ25GLFFBQU0sV0FBVyxTQUNkLE9BQU8sQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLEVBQUUsV0FBVyxJQUFJLENBQUMsRUFDbkMsSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLE1BQU07QUFDZixVQUFNLE1BQU1BLE9BQU0sY0FBYyxJQUFJLENBQUM7QUFDckMsVUFBTSxTQUFTLElBQUksT0FBTyxDQUFDLEdBQUcsT0FBTyxPQUFPLElBQUk7QUFDaEQsV0FBTyxDQUFDLEdBQUcsS0FBSyxJQUFJLElBQUksSUFBSyxLQUFLLElBQUksR0FBRyxNQUFNLEVBQUU7QUFBQSxFQUNuRCxDQUFDLEVBQ0EsT0FBTyxDQUFDLENBQUMsRUFBRSxNQUFNLE1BQU0sU0FBUyxDQUFDLEVBQ2pDLEtBQUssQ0FBQyxHQUFHLE1BQU0sRUFBRSxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsRUFDMUIsTUFBTSxHQUFHLENBQUMsRUFDVixJQUFJLENBQUMsQ0FBQyxDQUFDLE1BQU0sRUFBRSxRQUFRLFVBQVUsRUFBRSxDQUFDO0FBQ3ZDLFNBQU8sRUFBRSxPQUFPQSxPQUFNLE9BQU8sSUFBSSxHQUFJLFlBQVksSUFBSSxJQUFJLElBQUssS0FBSyxTQUFTO0FBQzlFOzs7QUM1Rk8sU0FBUyxZQUFZLE1BQWMsS0FBZ0M7QUFDeEUsUUFBTSxNQUF5QixDQUFDO0FBQ2hDLE1BQUksTUFBTSxJQUFJLEVBQUUsUUFBUSxDQUFDLE1BQU0sTUFBTTtBQUNuQyxRQUFJLENBQUMsS0FBSyxLQUFLLEtBQUssS0FBSyxXQUFXLEdBQUcsRUFBRztBQUMxQyxVQUFNLFFBQVEsS0FBSyxRQUFRLEdBQUc7QUFDOUIsVUFBTSxTQUFTLEtBQUssUUFBUSxLQUFLLFFBQVEsQ0FBQztBQUMxQyxRQUFJLFFBQVEsS0FBSyxTQUFTLEVBQUcsT0FBTSxJQUFJLE1BQU0sR0FBRyxJQUFJLElBQUksSUFBSSxDQUFDLDhCQUE4QjtBQUMzRixVQUFNLFFBQVEsSUFBSSxJQUFJLEtBQUssTUFBTSxRQUFRLEdBQUcsTUFBTSxFQUFFLE1BQU0sR0FBRyxFQUFFLE9BQU8sT0FBTyxDQUFDO0FBQzlFLFFBQUksS0FBSztBQUFBLE1BQ1AsUUFBUSxLQUFLLE1BQU0sR0FBRyxLQUFLO0FBQUEsTUFDM0IscUJBQXFCLE1BQU0sSUFBSSxLQUFLO0FBQUEsTUFDcEMsZUFBZSxNQUFNLElBQUksS0FBSztBQUFBLE1BQzlCLFlBQVksTUFBTSxJQUFJLFFBQVE7QUFBQSxNQUM5QixjQUFjLE1BQU0sSUFBSSxJQUFJO0FBQUEsTUFDNUIsTUFBTSxLQUFLLE1BQU0sU0FBUyxDQUFDO0FBQUEsTUFDM0IsUUFBUSxHQUFHLElBQUksSUFBSSxJQUFJLENBQUM7QUFBQSxJQUMxQixDQUFDO0FBQUEsRUFDSCxDQUFDO0FBQ0QsU0FBTztBQUNUOzs7QUNsQ08sSUFBTSx1QkFBdUIsT0FBTztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTs7O0FDSHBDLElBQU0sZ0JBQWdCLE9BQU87QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTs7O0FDQTdCLElBQU0saUJBQWlCLE9BQU87QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTs7O0FDTXJDLElBQUksU0FBbUM7QUFFaEMsU0FBUyxpQkFBb0M7QUFDbEQsYUFBVztBQUFBLElBQ1QsR0FBRyxZQUFZLGtCQUFrQixjQUFjO0FBQUEsSUFDL0MsR0FBRyxZQUFZLHlCQUF5QixvQkFBb0I7QUFBQSxJQUM1RCxHQUFHLFlBQVksa0JBQWtCLGFBQWE7QUFBQSxFQUNoRDtBQUNBLFNBQU87QUFDVDtBQU1PLFNBQVMsWUFBWUMsT0FBa0MsZUFBZSxHQUE2RDtBQUN4SSxRQUFNLE9BQU8sb0JBQUksSUFBb0I7QUFDckMsUUFBTUMsU0FBMkIsQ0FBQztBQUNsQyxRQUFNQyxXQUE2QixDQUFDO0FBQ3BDLGFBQVdDLE1BQUtILE1BQUs7QUFDbkIsVUFBTSxLQUFLLEtBQUssSUFBSUcsR0FBRSxNQUFNLEtBQUssS0FBSztBQUN0QyxTQUFLLElBQUlBLEdBQUUsUUFBUSxDQUFDO0FBQ3BCLEtBQUMsSUFBSSxNQUFNLElBQUlELFdBQVVELFFBQU8sS0FBS0UsRUFBQztBQUFBLEVBQ3hDO0FBQ0EsU0FBTyxFQUFFLE9BQUFGLFFBQU8sU0FBQUMsU0FBUTtBQUMxQjs7O0FDTUEsSUFBTSx1QkFBdUI7QUFFdEIsU0FBUyxpQkFBaUIsVUFBdUQ7QUFDdEYsU0FBTztBQUFBLElBQ0wsU0FDRyxPQUFPLENBQUMsTUFBTSxDQUFDLGdCQUFnQixJQUFJLEVBQUUsTUFBTSxDQUFDLEVBQzVDLElBQUksQ0FBQyxPQUFPLEVBQUUsTUFBTSxFQUFFLE1BQU0sT0FBTyxFQUFFLFFBQVEscUJBQXFCLEVBQUUsb0JBQW9CLEVBQUU7QUFBQSxFQUMvRjtBQUNGO0FBRUEsSUFBSSxlQUF1QztBQUUzQyxTQUFTLFFBQXlCO0FBQ2hDLG1CQUFpQixpQkFBaUIsZUFBZSxDQUFDO0FBQ2xELFNBQU87QUFDVDtBQUVPLFNBQVMsZ0JBQWdCLE1BQWMsVUFBMkIsQ0FBQyxHQUFHLGNBQStCLE1BQU0sR0FBMEI7QUFDMUksUUFBTSxzQkFBc0IsUUFBUSx1QkFBdUI7QUFDM0QsUUFBTSxVQUFVLGNBQWMsTUFBTSxFQUFFLG9CQUFvQixDQUFDO0FBQzNELFFBQU0sT0FBTztBQUFBLElBQ1gsUUFBUSxRQUFRO0FBQUEsSUFDaEIsT0FBTyxRQUFRO0FBQUEsSUFDZixNQUFNLFFBQVE7QUFBQSxJQUNkLFlBQVksUUFBUTtBQUFBLElBQ3BCLEdBQUksUUFBUSxjQUFjLEVBQUUsYUFBYSxRQUFRLFlBQVksSUFBSSxDQUFDO0FBQUEsSUFDbEUsR0FBSSxRQUFRLFNBQVMsRUFBRSxlQUFlLFFBQVEsT0FBTyxJQUFJLENBQUM7QUFBQSxFQUM1RDtBQUNBLFFBQU0sZ0JBQXNDLFFBQVEsU0FBUyxZQUFZLFFBQVEsUUFBUSxXQUFXLFFBQVEsT0FBTyxTQUFTO0FBQzVILE1BQUksZUFBZTtBQUNqQixXQUFPO0FBQUEsTUFDTCxHQUFHO0FBQUEsTUFDSCxRQUFRO0FBQUEsTUFDUixZQUFZLFFBQVEsV0FBVyxZQUFZLE9BQU87QUFBQSxNQUNsRCxRQUFRO0FBQUEsTUFDUixTQUFTLFFBQVE7QUFBQSxNQUNqQixTQUFTLFFBQVE7QUFBQSxJQUNuQjtBQUFBLEVBQ0Y7QUFFQSxRQUFNLFVBQVUsQ0FBQyxHQUFHLFFBQVEsT0FBTztBQUNuQyxRQUFNLE9BQU8sV0FBVyxNQUFNLG1CQUFtQjtBQUNqRCxNQUFJLE1BQU07QUFDUixXQUFPLEVBQUUsR0FBRyxNQUFNLFFBQVEsS0FBSyxRQUFRLFlBQVksS0FBSyxLQUFLLFdBQVcsUUFBUSxJQUFJLE9BQU8sS0FBSyxRQUFRLGVBQWUsU0FBUyxDQUFDLEdBQUcsU0FBUyxLQUFLLEdBQUcsR0FBRyxTQUFTLENBQUMsUUFBUSxLQUFLLElBQUksRUFBRSxFQUFFO0FBQUEsRUFDekw7QUFDQSxRQUFNLFFBQVEsUUFBUSxhQUFhLE1BQU0sbUJBQW1CO0FBQzVELFFBQU0sU0FBVSxNQUFNLGNBQWMsdUJBQXVCLE1BQU0sUUFBUTtBQUN6RSxRQUFNLE1BQ0osV0FBVyxNQUFNLFFBQ2IsVUFBVSxNQUFNLE9BQU8sTUFBTSxXQUFXLFFBQVEsQ0FBQyxDQUFDLElBQUksTUFBTSxTQUFTLFNBQVMsaUJBQWlCLE1BQU0sU0FBUyxJQUFJLENBQUMsTUFBTSxJQUFJLENBQUMsR0FBRyxFQUFFLEtBQUssSUFBSSxDQUFDLEtBQUssRUFBRSxLQUNwSixzQkFBc0IsTUFBTSxLQUFLLE9BQU8sTUFBTSxXQUFXLFFBQVEsQ0FBQyxDQUFDO0FBQ3pFLFNBQU87QUFBQSxJQUNMLEdBQUc7QUFBQSxJQUNIO0FBQUEsSUFDQSxZQUFZLE9BQU8sTUFBTSxXQUFXLFFBQVEsQ0FBQyxDQUFDO0FBQUEsSUFDOUMsUUFBUTtBQUFBLElBQ1IsU0FBUyxDQUFDLEdBQUcsU0FBUyxHQUFHO0FBQUEsSUFDekIsU0FBUyxNQUFNLFNBQVMsSUFBSSxDQUFDLE1BQU0sU0FBUyxDQUFDLEVBQUU7QUFBQSxFQUNqRDtBQUNGOzs7QUMvRkEsSUFBTSxNQUFNLGVBQWU7QUFDM0IsSUFBTSxFQUFFLE9BQU8sUUFBUSxJQUFJLFlBQVksR0FBRztBQUMxQyxJQUFNLElBQUksaUJBQWlCLEtBQUs7QUFDaEMsSUFBSSxLQUFLLFlBQVksSUFBSTtBQUN6QixJQUFNLE9BQWlCLENBQUM7QUFDeEIsSUFBSSxRQUFRO0FBQVosSUFBZSxTQUFTO0FBQ3hCLFdBQVcsS0FBSyxLQUFLO0FBQUUsUUFBTSxJQUFJLGdCQUFnQixFQUFFLE1BQU0sRUFBRSxxQkFBcUIsRUFBRSxvQkFBb0IsQ0FBQztBQUFHLE1BQUksRUFBRSxXQUFXLEVBQUUsVUFBVSxFQUFFLFlBQVksRUFBRSxXQUFTLFdBQVk7QUFBQSxNQUFjLE1BQUssS0FBSyxRQUFRLEVBQUUsTUFBTSxPQUFPLEVBQUUsTUFBTSxPQUFPLEVBQUUsTUFBTSxJQUFJLEVBQUUsc0JBQW9CLFNBQU8sRUFBRSxHQUFHLEtBQUssVUFBVSxFQUFFLElBQUksQ0FBQyxPQUFPLEVBQUUsUUFBUSxLQUFLLEtBQUssQ0FBQyxFQUFFO0FBQzFVLE1BQUksRUFBRSxXQUFTLGFBQWEsRUFBRSxVQUFXLEVBQUUsZ0JBQWMsZ0JBQWlCLEVBQUUsY0FBZSxNQUFLLEtBQUssU0FBUyxFQUFFLFdBQVcsSUFBSSxFQUFFLElBQUksRUFBRTtBQUN2SSxNQUFJLEVBQUUsV0FBUyxhQUFhLEVBQUUsZUFBZSxFQUFFLFdBQVksTUFBSyxLQUFLLFNBQVMsRUFBRSxVQUFVLElBQUksRUFBRSxJQUFJLEVBQUU7QUFDeEc7QUFDQSxXQUFXLEtBQUssU0FBUztBQUFFLFFBQU0sSUFBSSxnQkFBZ0IsRUFBRSxNQUFNLEVBQUUscUJBQXFCLEVBQUUsb0JBQW9CLEdBQUcsQ0FBQztBQUFHLE1BQUksRUFBRSxXQUFXLEVBQUUsT0FBUTtBQUFBLE1BQWUsTUFBSyxLQUFLLFFBQVEsRUFBRSxNQUFNLE9BQU8sRUFBRSxNQUFNLElBQUksS0FBSyxVQUFVLEVBQUUsSUFBSSxDQUFDLE9BQU8sRUFBRSxRQUFRLEtBQUssS0FBSyxDQUFDLEVBQUU7QUFBRztBQUMvUCxRQUFRLElBQUksS0FBSyxLQUFLLElBQUksQ0FBQztBQUMzQixRQUFRLElBQUksT0FBTyxPQUFPLElBQUksUUFBUSxRQUFRLFFBQVEsUUFBUSxRQUFRLE1BQU0sWUFBWSxJQUFJLElBQUUsRUFBRTsiLAogICJuYW1lcyI6IFsibSIsICJtb2RlbCIsICJhbGwiLCAidHJhaW4iLCAiaGVsZE91dCIsICJtIl0KfQo=
