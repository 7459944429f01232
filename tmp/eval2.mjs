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
    const m = phrase.re.exec(normalized);
    if (!m) continue;
    const before = normalized.slice(0, m.index).trim();
    if (NEGATION_BEFORE.test(before)) {
      result.reasons.push(`Not an opt-out: "${m[0]}" is negated ("${before.split(" ").slice(-3).join(" ")}")`);
      continue;
    }
    if (SELF_GUARDED.has(phrase.id) && SELF_SUBJECT.test(before)) {
      result.reasons.push(`Not an opt-out: "${m[0]}" describes the patient's own texting`);
      continue;
    }
    if (phrase.id === "en.stop-these" && QUESTION_BEFORE.test(before)) {
      result.reasons.push(`Not an opt-out: "${m[0]}" is a question that may be about a symptom`);
      continue;
    }
    if (KEEP_TEXTING.test(normalized) && !PROMO_RE.test(normalized)) {
      result.reasons.push(`Not an opt-out: "${m[0]}" appears in a text that asks to keep texting`);
      continue;
    }
    if (phrase.id !== "en.unsubscribe" && NOT_REVOCATION.test(normalized) && !phrase.id.startsWith("zh") && !phrase.id.startsWith("ko")) {
      result.reasons.push(`Not an opt-out: "${m[0]}" is qualified (timing, another channel or another person) rather than a revocation`);
      continue;
    }
    result.optOut = true;
    result.optOutScope = scopeFor(normalized);
    result.method = "plain_language";
    result.matched.push(`phrase:${phrase.id}`);
    result.reasons.push(`Plain-language opt-out: ${phrase.why} ("${m[0].trim()}")${result.optOutScope === "marketing" ? "; scope: marketing only" : ""}`);
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

// libs/compliance/src/corpus/second-batch.corpus.ts
var SECOND_BATCH_CORPUS = String.raw`
opt_out||Stop!
opt_out||stop texting this number
opt_out||pls remove this number from ur list
opt_out||I never signed up for this. Remove me
opt_out||no longer interested in receiving texts from you
opt_out||Can you guys stop texting me? I moved to Denver
opt_out||UNSUBSCRIBE!!!!
opt_out||Stop messaging this number please
opt_out||do not text this number again
opt_out||Quit texting me
opt_out||Favor de no enviarme más mensajes
opt_out||Ya no me manden mensajes por favor
opt_out||Stop sending me texts
opt_out||stop, wrong number
opt_out||I'd like to unsubscribe from your texts
opt_out|mkt|No more promotional texts please
opt_out|mkt|stop the promo blasts
opt_out||Đừng gửi tin nhắn nữa
opt_out||停止发送
opt_out||Não me mandem mais mensagens
other|hn|I stopped by yesterday but you were closed
other|hn|I stopped by yesterday to drop off my form
aftercare|hn|When will the swelling stop?
pre_treatment|hn|Should I stop my multivitamin before the IV?
pricing|hn|Is your holiday promo ending soon?
cancel_appointment|hn|Cancel my Friday appointment please
cancel_appointment|hn|I need to cancel my facial
directions_parking|hn|Can I stop by to pick up the cream?
other|hn|I quit drinking so no worries about alcohol
aftercare|hn|The bleeding stopped, is it ok to wash my face?
complaint|hn|Please stop double booking me, this is the second time
other|hn|End of the month works better for me financially
pre_treatment|hn|how many days before should I stop using retin a
confirm|rtc|Yes confirmed
confirm|rtc|yessss
confirm|rtc|C 👍
confirm||I'll be there Thursday!
reschedule|rtc|R, can we do next week
reschedule||Need to move my appt to a later time
reschedule||Can we do Monday instead?
cancel_appointment||Please cancel my appt
running_late||Gonna be 10 min late sorry!!
running_late||Running behind, there in 15
running_late||voy tarde, llego en 10 minutos
book_new||Do you have availability for lip filler next week?
book_new||I want to book a facial for my birthday
book_new||¿Puedo hacer una cita para el lunes?
pricing||How much is a hydrafacial?
pricing||What do you charge for microneedling?
pricing||¿Cuánto cuesta la depilación láser?
directions_parking||Where is the parking lot?
directions_parking||What's your address?
hours||Are you open on Saturdays?
hours||What time do you close on Friday?
aftercare||Is swelling normal 3 days after filler?
aftercare||When can I wear makeup after the peel?
pre_treatment||Should I come without makeup?
pre_treatment||Can I drink coffee before my IV?
bring_guest||Can I bring my mom to my appointment?
bring_guest||Is it ok if my friend comes with me?
complaint||I'm very upset, nobody called me back
complaint||I was overcharged for my last visit
thanks||Thank you so much!
thanks||Thanks for your help 😊
help||Help
help||who's this?
opt_in||Start
opt_in||please resubscribe me
other||Do you sell gift certificates?
other||Can you send me a copy of my receipt?
`;

// libs/compliance/src/corpus/fresh.corpus.ts
var FRESH_CORPUS = String.raw`
opt_out||stop sending msgs to this phone
opt_out||Please stop. I already asked twice
opt_out||remove my number please
opt_out||Take this number off your list
opt_out||I don't want to get texts from you anymore
opt_out||STOP TEXTING ME!!!!!
opt_out||Unsubscribe pls
opt_out||quit sending me stuff
opt_out||I want off this list
opt_out||No más textos por favor
opt_out||Dejen de escribirme
opt_out||opt out please
opt_out||stop 🙏
opt_out||ＵＮＳＵＢＳＣＲＩＢＥ
opt_out||u n s u b s c r i b e
opt_out|mkt|stop sending me the deals
opt_out||Arrête
opt_out||Xin đừng nhắn tin nữa
opt_out||Ayoko na po ng text
opt_out||Больше не присылайте сообщения
other|hn|I'll stop in next week to buy sunscreen
aftercare|hn|It won't stop itching after the laser
pre_treatment|hn|Do I need to stop my birth control before laser?
pricing|hn|When does your Black Friday deal end?
cancel_appointment|hn|Cancel my laser on Tuesday please
other|hn|I quit my gym membership so I can afford botox lol
aftercare|hn|How do I stop the swelling?
complaint|hn|Stop overbooking, I waited an hour
other|hn|Can you remove my old address from my file?
running_late|hn|Had to stop for gas, running 5 min late
directions_parking|hn|Is there a bus stop near you?
hours|hn|What time does your day end on Friday?
confirm|rtc|yes 👍
confirm|rtc|Confirmed, thank you!
confirm||Just confirming my appointment tomorrow at 1
reschedule|rtc|R pls
reschedule||Can I push my botox to next Friday?
cancel_appointment||I need to cancel tomorrow's appointment
running_late||Sorry! 10 minutes late
running_late||On my way, traffic is bad
book_new||Any openings for botox this Saturday?
book_new||Can I schedule a consult for laser hair removal?
pricing||What's the price per unit for dysport?
pricing||Do you have any deals on filler right now?
directions_parking||Do you validate parking?
directions_parking||Which building are you in?
hours||What time do you open on Monday?
hours||Are you closed on New Year's Day?
aftercare||My forehead feels heavy after botox, is that normal?
aftercare||Can I go to the gym after my facial?
pre_treatment||Do I need to shave before my laser appointment?
pre_treatment||Can I wear contacts during the facial?
bring_guest||Can my husband come with me to the consult?
bring_guest||Can I bring my 10 year old?
complaint||The results are uneven and I'm really unhappy
complaint||You charged my card without asking!
thanks||Thank you, see you soon!
thanks||Gracias por todo 🙏
help||HELP!
opt_in||UNSTOP
other||Do you have gift cards?
other||Is Sarah working today?
`;

// libs/compliance/src/corpus/index.ts
var cached = null;
function labelledCorpus() {
  cached ??= [
    ...parseCorpus("opt-out.corpus", OPT_OUT_CORPUS),
    ...parseCorpus("hard-negatives.corpus", HARD_NEGATIVE_CORPUS),
    ...parseCorpus("intents.corpus", INTENT_CORPUS),
    ...parseCorpus("second-batch.corpus", SECOND_BATCH_CORPUS)
  ];
  return cached;
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

// ../../../tmp/eval2.ts
var all = parseCorpus("fresh", FRESH_CORPUS);
var ok = 0;
for (const e of all) {
  const r = classifyMessage(e.text, { replyToConfirmation: e.replyToConfirmation });
  if (r.intent === e.intent && r.optOut === (e.intent === "opt_out")) ok++;
  else console.log(`${e.intent} -> ${r.intent} ${JSON.stringify(e.text)} :: ${r.reasons.join(" | ")}`);
}
console.log("fresh", ok, all.length);
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vbGlicy9jb21wbGlhbmNlL3NyYy9jbGFzc2lmaWVyL3RleHQtbm9ybWFsaXplLnV0aWwudHMiLCAiLi4vbGlicy9jb21wbGlhbmNlL3NyYy9jbGFzc2lmaWVyL2NvbnNlbnQtcnVsZXMudHMiLCAiLi4vbGlicy9jb21wbGlhbmNlL3NyYy9jbGFzc2lmaWVyL2ludGVudC1ydWxlcy50cyIsICIuLi9saWJzL2NvbXBsaWFuY2Uvc3JjL2NsYXNzaWZpZXIvaW50ZW50cy50cyIsICIuLi9saWJzL2NvbXBsaWFuY2Uvc3JjL2NsYXNzaWZpZXIvaW50ZW50LWxleGljb24udHMiLCAiLi4vbGlicy9jb21wbGlhbmNlL3NyYy9jbGFzc2lmaWVyL25haXZlLWJheWVzLnRzIiwgIi4uL2xpYnMvY29tcGxpYW5jZS9zcmMvY29ycHVzL2NvcnB1cy51dGlsLnRzIiwgIi4uL2xpYnMvY29tcGxpYW5jZS9zcmMvY29ycHVzL2hhcmQtbmVnYXRpdmVzLmNvcnB1cy50cyIsICIuLi9saWJzL2NvbXBsaWFuY2Uvc3JjL2NvcnB1cy9pbnRlbnRzLmNvcnB1cy50cyIsICIuLi9saWJzL2NvbXBsaWFuY2Uvc3JjL2NvcnB1cy9vcHQtb3V0LmNvcnB1cy50cyIsICIuLi9saWJzL2NvbXBsaWFuY2Uvc3JjL2NvcnB1cy9zZWNvbmQtYmF0Y2guY29ycHVzLnRzIiwgIi4uL2xpYnMvY29tcGxpYW5jZS9zcmMvY29ycHVzL2ZyZXNoLmNvcnB1cy50cyIsICIuLi9saWJzL2NvbXBsaWFuY2Uvc3JjL2NvcnB1cy9pbmRleC50cyIsICIuLi9saWJzL2NvbXBsaWFuY2Uvc3JjL2NsYXNzaWZpZXIvbWVzc2FnZS1jbGFzc2lmaWVyLnRzIiwgIi4uLy4uLy4uLy4uL3RtcC9ldmFsMi50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBOb3JtYWxpc2F0aW9uIHNoYXJlZCBieSB0aGUgY29uc2VudCBydWxlcyBhbmQgdGhlIGludGVudCBtb2RlbC4gVGhlIHJlc3VsdCBjb250YWlucyBvbmx5XG4gKiBsb3dlci1jYXNlIGxldHRlcnMsIGRpZ2l0cyBhbmQgc2luZ2xlIHNwYWNlcywgc28gcnVsZXMgY2FuIGJlIHdyaXR0ZW4gb25jZSBmb3IgZXZlcnkgd2F5IGEgcGF0aWVudFxuICogdHlwZXMgYSB3b3JkOiBcIlx1RkYzM1x1RkYzNFx1RkYyRlx1RkYzMCEhIVwiLCBcIlMgVCBPIFBcIiwgXCJTdG9vb29wIFx1RDgzRFx1REVEMVwiLCBcImRvbnRcIi9cImRvbid0XCIsIFwibVx1MDBFMXNcIi9cIm1hc1wiLlxuICogUHVyZSBhbmQgZGVwZW5kZW5jeS1mcmVlIChpbXBvcnRhYmxlIGJ5IHdvcmtmbG93IGNvZGUpLlxuICovXG5cbi8qKiBFbW9qaSB0aGF0IGNhcnJ5IG1lYW5pbmcgZm9yIGludGVudHMgYmVjb21lIHdvcmRzOyBlbHNld2hlcmUgZW1vamkgYXJlIGp1c3QgcHVuY3R1YXRpb24uICovXG5jb25zdCBFTU9KSV9XT1JEUzogUmVhZG9ubHlBcnJheTxbUmVnRXhwLCBzdHJpbmddPiA9IFtcbiAgWy9bXHVEODNEXHVEQzREXHVEODNEXHVEQzRDXHUyNzA1XHUyNzE0XHUyNjExXHVEODNDXHVERDk3XS9ndSwgJyBlbW9qaW9rICddLFxuICBbL1tcdUQ4M0RcdURFNEZcdTI3NjRcdUQ4M0RcdURDOTVcdUQ4M0RcdURDOTZcdUQ4M0RcdURDOTdcdUQ4M0RcdURDOUNcdUQ4M0RcdURDOTlcdUQ4M0VcdURENzBcdUQ4M0RcdURFMERcdUQ4M0RcdURFMThcdUQ4M0VcdUREMTdcdTI2NjVdL2d1LCAnIGVtb2ppbG92ZSAnXSxcbiAgWy9bXHVEODNEXHVERTIxXHVEODNFXHVERDJDXHVEODNEXHVERTIwXHVEODNEXHVEQzRFXHVEODNEXHVEQ0EyXS9ndSwgJyBlbW9qaWFuZ3J5ICddLFxuICBbL1tcdUQ4M0RcdURFMkRcdUQ4M0RcdURFMjJcdUQ4M0RcdURFMUVcdUQ4M0RcdURFMTRcdTI2MzlcdUQ4M0RcdURFNDFdL2d1LCAnIGVtb2ppc2FkICddLFxuICBbL1tcdUQ4M0RcdURFOTdcdUQ4M0RcdURFOTlcdUQ4M0NcdURGQzNcdTIzRjBcdTIzMUJcdTIzRjNcdUQ4M0RcdURFQTZdL2d1LCAnIGVtb2ppaHVycnkgJ10sXG5dO1xuXG5leHBvcnQgaW50ZXJmYWNlIE5vcm1hbGl6ZU9wdGlvbnMge1xuICAvKiogVHVybiBtZWFuaW5nZnVsIGVtb2ppIGludG8gd29yZHMgKGludGVudCBtb2RlbCkgaW5zdGVhZCBvZiBkcm9wcGluZyB0aGVtIChjb25zZW50IHJ1bGVzKS4gKi9cbiAgZW1vamlXb3Jkcz86IGJvb2xlYW47XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBub3JtYWxpemVUZXh0KHRleHQ6IHN0cmluZywgb3B0aW9uczogTm9ybWFsaXplT3B0aW9ucyA9IHt9KTogc3RyaW5nIHtcbiAgbGV0IHQgPSB0ZXh0Lm5vcm1hbGl6ZSgnTkZLQycpLnRvTG93ZXJDYXNlKCk7XG4gIGlmIChvcHRpb25zLmVtb2ppV29yZHMpIGZvciAoY29uc3QgW3JlLCB3b3JkXSBvZiBFTU9KSV9XT1JEUykgdCA9IHQucmVwbGFjZShyZSwgd29yZCk7XG4gIHQgPSB0XG4gICAgLy8gU3RyaXAgYWNjZW50cyAoXCJtXHUwMEUxc1wiIFx1MjE5MiBcIm1hc1wiLCBcImRcdTFFRUJuZ1wiIFx1MjE5MiBcImR1bmdcIikgYnV0IHJlY29tcG9zZSBIYW5ndWwgYWZ0ZXJ3YXJkcy5cbiAgICAubm9ybWFsaXplKCdORkQnKVxuICAgIC5yZXBsYWNlKC9cXHB7TX0vZ3UsICcnKVxuICAgIC5ub3JtYWxpemUoJ05GQycpXG4gICAgLnJlcGxhY2UoL1tcdTAxMTFdL2csICdkJylcbiAgICAucmVwbGFjZSgvW1x1MDQ1MV0vZywgJ1x1MDQzNScpXG4gICAgLnJlcGxhY2UoL1x1MDBERi9nLCAnc3MnKVxuICAgIC8vIFwiZG9uJ3RcIiBcdTIxOTIgXCJkb250XCIsIFwiaSdtXCIgXHUyMTkyIFwiaW1cIjogcGF0aWVudHMgdHlwZSBib3RoLlxuICAgIC5yZXBsYWNlKC9bJ1x1MjAxOVx1MjAxOGBcdTAwQjRdL2csICcnKVxuICAgIC5yZXBsYWNlKC9bXlxccHtMfVxccHtOfV0rL2d1LCAnICcpXG4gICAgLy8gQ3V0cyBDSksgcnVucyBmcm9tIGFkamFjZW50IExhdGluIHNvIFwiU1RPUFx1OTAwMFx1OEJBMlwiIHN0aWxsIHlpZWxkcyBib3RoIHdvcmRzLlxuICAgIC5yZXBsYWNlKC8oXFxwe1NjcmlwdD1IYW59K3xcXHB7U2NyaXB0PUhhbmd1bH0rfFxccHtTY3JpcHQ9SGlyYWdhbmF9K3xcXHB7U2NyaXB0PUthdGFrYW5hfSspL2d1LCAnICQxICcpXG4gICAgLnRyaW0oKVxuICAgIC5yZXBsYWNlKC9cXHMrL2csICcgJyk7XG4gIHQgPSBqb2luU3BhY2VkTGV0dGVycyh0KTtcbiAgLy8gXCJzdG9vb29vcFwiLCBcInBsZWFzZWVlZVwiOiB0aHJlZSBvciBtb3JlIHJlcGVhdHMgb2YgYSBMYXRpbiBsZXR0ZXIgY291bnQgb25jZS5cbiAgdCA9IHQucmVwbGFjZSgvKFthLXpdKVxcMXsyLH0vZywgJyQxJyk7XG4gIHJldHVybiB0O1xufVxuXG4vKiogXCJzIHQgbyBwXCIgXHUyMTkyIFwic3RvcFwiOyBvbmx5IHJ1bnMgb2YgdGhyZWUgb3IgbW9yZSBzaW5nbGUgbGV0dGVycywgc28gXCJpIG0gb2tcIiBzdGF5cyByZWFkYWJsZS4gKi9cbmZ1bmN0aW9uIGpvaW5TcGFjZWRMZXR0ZXJzKHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIGNvbnN0IHRva2VucyA9IHQuc3BsaXQoJyAnKTtcbiAgY29uc3Qgb3V0OiBzdHJpbmdbXSA9IFtdO1xuICBsZXQgcnVuOiBzdHJpbmdbXSA9IFtdO1xuICBjb25zdCBmbHVzaCA9ICgpOiB2b2lkID0+IHtcbiAgICBpZiAocnVuLmxlbmd0aCA+PSAzKSBvdXQucHVzaChydW4uam9pbignJykpO1xuICAgIGVsc2Ugb3V0LnB1c2goLi4ucnVuKTtcbiAgICBydW4gPSBbXTtcbiAgfTtcbiAgZm9yIChjb25zdCB0b2tlbiBvZiB0b2tlbnMpIHtcbiAgICBpZiAoL15cXHB7TH0kL3UudGVzdCh0b2tlbikgJiYgIS9eW1xccHtTY3JpcHQ9SGFufVxccHtTY3JpcHQ9SGFuZ3VsfV0kL3UudGVzdCh0b2tlbikpIHJ1bi5wdXNoKHRva2VuKTtcbiAgICBlbHNlIHtcbiAgICAgIGZsdXNoKCk7XG4gICAgICBvdXQucHVzaCh0b2tlbik7XG4gICAgfVxuICB9XG4gIGZsdXNoKCk7XG4gIHJldHVybiBvdXQuZmlsdGVyKEJvb2xlYW4pLmpvaW4oJyAnKTtcbn1cblxuLyoqIE9wdGltYWwtc3RyaW5nLWFsaWdubWVudCBkaXN0YW5jZSAoRGFtZXJhdVx1MjAxM0xldmVuc2h0ZWluIHdpdGggYWRqYWNlbnQgc3dhcHMpLCBjYXBwZWQgZm9yIHNwZWVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVkaXREaXN0YW5jZShhOiBzdHJpbmcsIGI6IHN0cmluZywgbWF4ID0gMyk6IG51bWJlciB7XG4gIGlmIChNYXRoLmFicyhhLmxlbmd0aCAtIGIubGVuZ3RoKSA+IG1heCkgcmV0dXJuIG1heCArIDE7XG4gIGNvbnN0IHJvd3M6IG51bWJlcltdW10gPSBbXTtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPD0gYS5sZW5ndGg7IGkrKykge1xuICAgIHJvd3MucHVzaChuZXcgQXJyYXk8bnVtYmVyPihiLmxlbmd0aCArIDEpLmZpbGwoMCkpO1xuICAgIHJvd3NbaV0hWzBdID0gaTtcbiAgfVxuICBmb3IgKGxldCBqID0gMDsgaiA8PSBiLmxlbmd0aDsgaisrKSByb3dzWzBdIVtqXSA9IGo7XG4gIGZvciAobGV0IGkgPSAxOyBpIDw9IGEubGVuZ3RoOyBpKyspIHtcbiAgICBmb3IgKGxldCBqID0gMTsgaiA8PSBiLmxlbmd0aDsgaisrKSB7XG4gICAgICBjb25zdCBjb3N0ID0gYVtpIC0gMV0gPT09IGJbaiAtIDFdID8gMCA6IDE7XG4gICAgICBsZXQgZCA9IE1hdGgubWluKHJvd3NbaSAtIDFdIVtqXSEgKyAxLCByb3dzW2ldIVtqIC0gMV0hICsgMSwgcm93c1tpIC0gMV0hW2ogLSAxXSEgKyBjb3N0KTtcbiAgICAgIGlmIChpID4gMSAmJiBqID4gMSAmJiBhW2kgLSAxXSA9PT0gYltqIC0gMl0gJiYgYVtpIC0gMl0gPT09IGJbaiAtIDFdKSBkID0gTWF0aC5taW4oZCwgcm93c1tpIC0gMl0hW2ogLSAyXSEgKyAxKTtcbiAgICAgIHJvd3NbaV0hW2pdID0gZDtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHJvd3NbYS5sZW5ndGhdIVtiLmxlbmd0aF0hO1xufVxuXG4vKiogQnVpbGRzIGEgcmVnZXggb3ZlciBub3JtYWxpc2VkIHRleHQgd2hlcmUgYFxcYmAgbWVhbnMgYSBib3VuZGFyeSBiZXR3ZWVuIGEgd29yZCBhbmQgYSBzcGFjZSBvciBhbiBlbmQuICovXG5leHBvcnQgZnVuY3Rpb24gd29yZFJlZ2V4KHNvdXJjZTogc3RyaW5nKTogUmVnRXhwIHtcbiAgcmV0dXJuIG5ldyBSZWdFeHAoc291cmNlLnJlcGxhY2UoL1xcXFxiL2csICcoPzooPzw9XnwgKSg/PVteIF0pfCg/PD1bXiBdKSg/PSB8JCkpJyksICd1Jyk7XG59XG4iLCAiLyoqXG4gKiBSdWxlLWJhc2VkIGNvbnNlbnQgZGV0ZWN0aW9uIChvcHQtb3V0LCBvcHQtaW4sIEhFTFApLiBSdWxlcywgbm90IGEgc3RhdGlzdGljYWwgbW9kZWwsIGJlY2F1c2UgYVxuICogY29uc2VudCBkZWNpc2lvbiBtdXN0IGJlIGV4cGxhaW5hYmxlIGFuZCBwcmVkaWN0YWJsZTogZXZlcnkgaGl0IHNheXMgd2hpY2ggcnVsZSBtYXRjaGVkIGFuZCB3aHkuXG4gKlxuICogTGF5ZXJzLCBtb3N0IGNlcnRhaW4gZmlyc3Q6XG4gKiAgMS4gd2hvbGUtbWVzc2FnZSBrZXl3b3JkcyAoYWZ0ZXIgcmVtb3ZpbmcgcG9saXRlIGZpbGxlciksIGluY2wuIG1pc3NwZWxsaW5ncyB3aXRoaW4gYW4gZWRpdCBkaXN0YW5jZTtcbiAqICAyLiBhIGtleXdvcmQgc3RhbmRpbmcgYWxvbmUgYXMgb25lIHNlbnRlbmNlIG9mIGEgbG9uZ2VyIHRleHQgKFwiU1RPUC4gV2hvIGlzIHRoaXM/XCIpO1xuICogIDMuIHBsYWluLWxhbmd1YWdlIHJlcXVlc3RzIGluIEVuZ2xpc2gsIFNwYW5pc2ggYW5kIG90aGVyIGxhbmd1YWdlcyBjb21tb24gYW1vbmcgVVMgcGF0aWVudHMuXG4gKiBMYXllcnMgMlx1MjAxMzMgY2FycnkgZ3VhcmRzIGZvciBvcmRpbmFyeSB1c2VzIG9mIHRoZSBzYW1lIHdvcmRzIChzdG9wIGEgbWVkaWNhdGlvbiwgcHJvbW8gZW5kcyxcbiAqIGNhbmNlbCBhbiBhcHBvaW50bWVudCwgc3RvcCBieSkgYW5kIGZvciBuZWdhdGlvbiAoXCJkb24ndCBzdG9wIHRoZSByZW1pbmRlcnNcIikuXG4gKi9cbmltcG9ydCB7IGVkaXREaXN0YW5jZSwgbm9ybWFsaXplVGV4dCwgd29yZFJlZ2V4IH0gZnJvbSAnLi90ZXh0LW5vcm1hbGl6ZS51dGlsLmpzJztcblxuZXhwb3J0IHR5cGUgT3B0T3V0U2NvcGUgPSAnYWxsJyB8ICdtYXJrZXRpbmcnO1xuXG5leHBvcnQgaW50ZXJmYWNlIENvbnNlbnREZXRlY3Rpb24ge1xuICBvcHRPdXQ6IGJvb2xlYW47XG4gIG9wdEluOiBib29sZWFuO1xuICBoZWxwOiBib29sZWFuO1xuICBvcHRPdXRTY29wZT86IE9wdE91dFNjb3BlO1xuICAvKiogVGhlIHdob2xlIG1lc3NhZ2Ugd2FzIENBTkNFTCAob3IgYSBtaXNzcGVsbGluZyk6IGEgbGVnYWwgb3B0LW91dCB0aGF0IG1heSBoYXZlIG1lYW50IHRoZSBhcHBvaW50bWVudC4gKi9cbiAgYmFyZUNhbmNlbDogYm9vbGVhbjtcbiAgLyoqIGBrZXl3b3JkYCBmb3Igd2hvbGUtbWVzc2FnZSBrZXl3b3JkcywgYHBsYWluX2xhbmd1YWdlYCBmb3Igc2VudGVuY2VzLiAqL1xuICBtZXRob2Q/OiAna2V5d29yZCcgfCAncGxhaW5fbGFuZ3VhZ2UnO1xuICAvKiogTWFjaGluZS1yZWFkYWJsZSBydWxlIGlkcywgZS5nLiBcImtleXdvcmQ6c3RvcFwiLCBcInBocmFzZTplbi5zdG9wLXRleHRpbmdcIi4gKi9cbiAgbWF0Y2hlZDogc3RyaW5nW107XG4gIHJlYXNvbnM6IHN0cmluZ1tdO1xufVxuXG4vKiogV29yZHMgdGhhdCBkbyBub3QgY2hhbmdlIGEga2V5d29yZCdzIG1lYW5pbmc6IFwiU1RPUCBwbGVhc2VcIiwgXCJ1bnN1YnNjcmliZSBtZSBub3cgdGhhbmtzXCIuICovXG5jb25zdCBGSUxMRVIgPSBuZXcgU2V0KFtcbiAgJ3BsZWFzZScsICdwbHMnLCAncGx6JywgJ3Bsc2UnLCAnbm93JywgJ3RoYW5rcycsICd0aGFuaycsICd5b3UnLCAndGh4JywgJ3R5JywgJ2FzYXAnLCAnaW1tZWRpYXRlbHknLCAnaXQnLCAnbWUnLCAnYWxyZWFkeScsICdvaycsICdva2F5JywgJ29tZycsXG4gICdqdXN0JywgJ3JpZ2h0JywgJ3BvcicsICdmYXZvcicsICdwb3JmYXZvcicsICdwb3JmYScsICd5YScsICdncmFjaWFzJywgJ21lcmNpJywgJ29icmlnYWRvJywgJ29icmlnYWRhJywgJ3NhbGFtYXQnLCAncG8nLCAncGEnLCAnYWdhaW4nLCAnYWxsJywgJ3RoZScsXG4gICdoaScsICdoZWxsbycsICdoZXknLCAnc3RvcCcsXG5dKTtcblxuLyoqIE9wdC1vdXQga2V5d29yZHMgKHdob2xlIG1lc3NhZ2UpLiBGQ0MgbGlzdCwgVHdpbGlvIGRlZmF1bHRzLCBhbmQgdGhlIGNvbW1vbiB3b3JkcyBpbiBvdGhlciBsYW5ndWFnZXMuICovXG5jb25zdCBPUFRfT1VUX1dPUkRTOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0ge1xuICBzdG9wOiAnU1RPUCcsIHN0b3BhbGw6ICdTVE9QQUxMJywgdW5zdWJzY3JpYmU6ICdVTlNVQlNDUklCRScsIHVuc3ViOiAnVU5TVUJTQ1JJQkUnLCBjYW5jZWw6ICdDQU5DRUwnLCBlbmQ6ICdFTkQnLCBxdWl0OiAnUVVJVCcsIHJldm9rZTogJ1JFVk9LRScsXG4gIG9wdG91dDogJ09QVCBPVVQnLCAnb3B0IG91dCc6ICdPUFQgT1VUJywgJ3N0b3AgYWxsJzogJ1NUT1BBTEwnLCAncmVtb3ZlJzogJ1JFTU9WRScsICdyZW1vdmUgbWUnOiAnUkVNT1ZFJywgJ3N0b3AgdGV4dGluZyc6ICdTVE9QJyxcbiAgJ25vIG1vcmUnOiAnTk8gTU9SRSAodGV4dHMpJywgJ25vIG1vcmUgdGV4dHMnOiAnTk8gTU9SRSAodGV4dHMpJywgJ25vIG1vcmUgbWVzc2FnZXMnOiAnTk8gTU9SRSAodGV4dHMpJywgJ2xlYXZlIG1lIGFsb25lJzogJ0xFQVZFIE1FIEFMT05FJyxcbiAgLy8gU3BhbmlzaFxuICBhbHRvOiAnQUxUTyAoZXMpJywgcGFyYXI6ICdQQVJBUiAoZXMvcHQpJywgcGFyYTogJ1BBUkEgKGVzKScsIGJhc3RhOiAnQkFTVEEgKGVzKScsIGJhamE6ICdCQUpBIChlcyknLCBkZXRlbmVyOiAnREVURU5FUiAoZXMpJywgY2FuY2VsYXI6ICdDQU5DRUxBUiAoZXMvcHQpJyxcbiAgJ25vIG1hcyc6ICdOTyBNXHUwMEMxUyAoZXMpJywgJ25vIG1hcyBtZW5zYWplcyc6ICdOTyBNXHUwMEMxUyBNRU5TQUpFUyAoZXMpJywgJ2RhciBkZSBiYWphJzogJ0RBUiBERSBCQUpBIChlcyknLCBkZXN1c2NyaWJpcjogJ0RFU1VTQ1JJQklSIChlcyknLFxuICAvLyBQb3J0dWd1ZXNlLCBGcmVuY2gsIFRhZ2Fsb2csIFZpZXRuYW1lc2UsIFJ1c3NpYW4sIEdlcm1hblxuICBwYXJlOiAnUEFSRSAocHQpJywgc2FpcjogJ1NBSVIgKHB0KScsIGRlc2NhZGFzdHJhcjogJ0RFU0NBREFTVFJBUiAocHQpJywgYXJyZXQ6ICdBUlJcdTAwQ0FUIChmciknLCBhcnJldGVyOiAnQVJSXHUwMENBVEVSIChmciknLCBhcnJldGU6ICdBUlJcdTAwQ0FURSAoZnIpJywgZGVzYWJvbm5lcjogJ0RcdTAwQzlTQUJPTk5FUiAoZnIpJyxcbiAgdGlnaWw6ICdUSUdJTCAodGwpJywgaXRpZ2lsOiAnSVRJR0lMICh0bCknLCBoaW50bzogJ0hJTlRPICh0bCknLCAnYXlva28gbmEnOiAnQVlPS08gTkEgKHRsKScsIGR1bmc6ICdEXHUxRUVBTkcgKHZpKScsICdkdW5nIGxhaSc6ICdEXHUxRUVBTkcgTFx1MUVBMEkgKHZpKScsIG5ndW5nOiAnTkdcdTFFRUFORyAodmkpJyxcbiAgJ2h1eSBkYW5nIGt5JzogJ0hcdTFFRTZZIFx1MDExMFx1MDEwMk5HIEtcdTAwREQgKHZpKScsIFx1MDQ0MVx1MDQ0Mlx1MDQzRVx1MDQzRjogJ1x1MDQyMVx1MDQyMlx1MDQxRVx1MDQxRiAocnUpJywgXHUwNDQ1XHUwNDMyXHUwNDMwXHUwNDQyXHUwNDM4XHUwNDQyOiAnXHUwNDI1XHUwNDEyXHUwNDEwXHUwNDIyXHUwNDE4XHUwNDIyIChydSknLCBcdTA0M0VcdTA0NDJcdTA0M0ZcdTA0MzhcdTA0NDFcdTA0MzBcdTA0NDJcdTA0NENcdTA0NDFcdTA0NEY6ICdcdTA0MUVcdTA0MjJcdTA0MUZcdTA0MThcdTA0MjFcdTA0MTBcdTA0MjJcdTA0MkNcdTA0MjFcdTA0MkYgKHJ1KScsIFx1MDQzRVx1MDQ0Mlx1MDQzRlx1MDQzOFx1MDQ0MVx1MDQzQVx1MDQzMDogJ1x1MDQxRVx1MDQyMlx1MDQxRlx1MDQxOFx1MDQyMVx1MDQxQVx1MDQxMCAocnUpJywgYWJtZWxkZW46ICdBQk1FTERFTiAoZGUpJyxcbiAgLy8gQ0pLXG4gIFx1NTA1Q1x1NkI2MjogJ1x1NTA1Q1x1NkI2MiAoemgvamEpJywgXHU1MDVDOiAnXHU1MDVDICh6aCknLCBcdTkwMDBcdThCQTI6ICdcdTkwMDBcdThCQTIgKHpoKScsIFx1OTAwMFx1OEEwMjogJ1x1OTAwMFx1OEEwMiAoemgpJywgXHU1M0Q2XHU2RDg4XHU4QkEyXHU5NjA1OiAnXHU1M0Q2XHU2RDg4XHU4QkEyXHU5NjA1ICh6aCknLCBcdTUzRDZcdTZEODg6ICdcdTUzRDZcdTZEODggKHpoKScsIFx1OTE0RFx1NEZFMVx1NTA1Q1x1NkI2MjogJ1x1OTE0RFx1NEZFMVx1NTA1Q1x1NkI2MiAoamEpJyxcbiAgXHVDOTExXHVDOUMwOiAnXHVDOTExXHVDOUMwIChrbyknLCBcdUFERjhcdUI5Q0M6ICdcdUFERjhcdUI5Q0MgKGtvKScsIFx1QzIxOFx1QzJFMFx1QUM3MFx1QkQ4MDogJ1x1QzIxOFx1QzJFMFx1QUM3MFx1QkQ4MCAoa28pJywgXHVBRDZDXHVCM0M1XHVDREU4XHVDMThDOiAnXHVBRDZDXHVCM0M1XHVDREU4XHVDMThDIChrbyknLCAndGQnOiAnVEQgKHpoKScsXG59O1xuLyoqIEtleXdvcmRzIHRoYXQgYWxzbyB0b2xlcmF0ZSBvbmUgdHlwbyAoXCJzdHBvXCIsIFwidW5zdWJzY2liZVwiKTogbG9uZyBlbm91Z2ggdGhhdCBhIHR5cG8gY2Fubm90IG1ha2UgYW5vdGhlciBjb21tb24gd29yZC4gKi9cbmNvbnN0IEZVWlpZX09QVF9PVVQ6IEFycmF5PFtzdHJpbmcsIG51bWJlcl0+ID0gW1snc3RvcCcsIDFdLCBbJ3Vuc3Vic2NyaWJlJywgMl0sIFsnb3B0b3V0JywgMV0sIFsnc3RvcGFsbCcsIDFdLCBbJ3Jldm9rZScsIDFdLCBbJ2NhbmNlbCcsIDFdLCBbJ2Rlc3VzY3JpYmlyJywgMl1dO1xuLyoqIEZ1enp5IFwic3RvcFwiIG11c3Qgbm90IGVhdCB0aGVzZSByZWFsIHdvcmRzLiAqL1xuY29uc3QgTk9UX1NUT1AgPSBuZXcgU2V0KFsnc3RlcCcsICdzaG9wJywgJ3N0YXknLCAnYXRvcCcsICdzbG9wJywgJ3NvcCcsICd0b3AnLCAnc3BvdCcsICdzdG9wcycsICdzdG9rZScsICdzdG9yZScsICdzdG92ZScsICdzdG9vZCcsICdzdG8nLCAnc3RwJywgJ3NvYXAnLCAnY2FuY2VyJywgJ2NhbmNlbGVkJywgJ3Jldm9rZWQnLCAnc3Vic2NyaWJlJywgJ3N1YnNjcmliZWQnLCAncmVzdWJzY3JpYmUnLCAndW5zdWJzY3JpYmVkJ10pO1xuLyoqIEtleXdvcmRzIHN0cm9uZyBlbm91Z2ggdG8gY291bnQgd2hlbiB0aGV5IHN0YW5kIGFsb25lIGFzIG9uZSBzZW50ZW5jZSBvZiBhIGxvbmdlciB0ZXh0LiAqL1xuY29uc3QgU0VOVEVOQ0VfT1BUX09VVCA9IG5ldyBTZXQoWydyZW1vdmUgbWUnLCAncmVtb3ZlJywgJ3N0b3AnLCAnc3RvcGFsbCcsICd1bnN1YnNjcmliZScsICdvcHRvdXQnLCAnb3B0IG91dCcsICdhbHRvJywgJ3N0b3AgdGV4dGluZycsICdzdG9wIGFsbCcsICdcdTkwMDBcdThCQTInLCAnXHU1MDVDXHU2QjYyJywgJ1x1QzIxOFx1QzJFMFx1QUM3MFx1QkQ4MCddKTtcblxuY29uc3QgT1BUX0lOX1dPUkRTOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0ge1xuICBzdGFydDogJ1NUQVJUJywgdW5zdG9wOiAnVU5TVE9QJywgcmVzdW1lOiAnUkVTVU1FJywgc3Vic2NyaWJlOiAnU1VCU0NSSUJFJywgcmVzdWJzY3JpYmU6ICdSRVNVQlNDUklCRScsICdvcHQgaW4nOiAnT1BUIElOJywgb3B0aW46ICdPUFQgSU4nLCAnc3RhcnQgYWdhaW4nOiAnU1RBUlQnLFxuICBjb21lbnphcjogJ0NPTUVOWkFSIChlcyknLCBpbmljaWFyOiAnSU5JQ0lBUiAoZXMpJywgcmVhbnVkYXI6ICdSRUFOVURBUiAoZXMpJywgc3VzY3JpYmlyOiAnU1VTQ1JJQklSIChlcyknLCBcdTVGMDBcdTU5Q0I6ICdcdTVGMDBcdTU5Q0IgKHpoKScsIFx1QzJEQ1x1Qzc5MTogJ1x1QzJEQ1x1Qzc5MSAoa28pJywgJ2JhdCBkYXUnOiAnQlx1MUVBRVQgXHUwMTEwXHUxRUE2VSAodmkpJyxcbiAgJ3Vuc3RvcCBwbGVhc2UnOiAnVU5TVE9QJywgcmVzdGFydDogJ1JFU1RBUlQnLFxufTtcbi8qKiBPbmx5IHdoZW4gdGhlIHRleHQgZG9lcyBub3QgYW5zd2VyIG91ciBjb25maXJtYXRpb24gcmVxdWVzdDogdGhlbiBZRVMgbWVhbnMgXCJjb25maXJtXCIuICovXG5jb25zdCBZRVNfV09SRFMgPSBuZXcgU2V0KFsneWVzJywgJ3NpJywgJ3NpbScsICdvdWknXSk7XG5cbmNvbnN0IEhFTFBfV09SRFM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7XG4gIGhlbHA6ICdIRUxQJywgaW5mbzogJ0lORk8nLCBheXVkYTogJ0FZVURBIChlcyknLCBhanVkYTogJ0FKVURBIChwdCknLCBhaWRlOiAnQUlERSAoZnIpJywgdHVsb25nOiAnVFVMT05HICh0bCknLCAnZ2l1cCBkbyc6ICdHSVx1MDBEQVAgXHUwMTEwXHUxRUUwICh2aSknLCBcdTA0M0ZcdTA0M0VcdTA0M0NcdTA0M0VcdTA0NDlcdTA0NEM6ICdcdTA0MUZcdTA0MUVcdTA0MUNcdTA0MUVcdTA0MjlcdTA0MkMgKHJ1KScsXG4gIFx1NUUyRVx1NTJBOTogJ1x1NUUyRVx1NTJBOSAoemgpJywgXHU1RTZCXHU1MkE5OiAnXHU1RTZCXHU1MkE5ICh6aCknLCBcdUIzQzRcdUM2QzA6ICdcdUIzQzRcdUM2QzAgKGtvKScsIFx1QjNDNFx1QzZDMFx1QjlEMDogJ1x1QjNDNFx1QzZDMFx1QjlEMCAoa28pJywgJ2hlbHAgbWUnOiAnSEVMUCcsIGhsZXA6ICdIRUxQJywgaGFscDogJ0hFTFAnLCBoZXBsOiAnSEVMUCcsIGhlbHBwOiAnSEVMUCcsIG1lbnU6ICdNRU5VJywgJ25lZWQgaGVscCc6ICdIRUxQJyxcbn07XG5cbmludGVyZmFjZSBQaHJhc2Uge1xuICBpZDogc3RyaW5nO1xuICByZTogUmVnRXhwO1xuICB3aHk6IHN0cmluZztcbn1cbi8qKiBQaHJhc2VzIHdob3NlIHZlcmIgY291bGQgZGVzY3JpYmUgdGhlIHBhdGllbnQncyBvd24gYWN0aW9uIChcIkknbGwgc3RvcCB0ZXh0aW5nIHlvdSBzbyBsYXRlXCIpLiAqL1xuY29uc3QgU0VMRl9HVUFSREVEID0gbmV3IFNldChbJ2VuLnN0b3AtY29udGFjdGluZycsICdlbi5zdG9wLW1lc3NhZ2VzJywgJ2VuLnN0b3AtaXQnLCAnZW4uc3RvcC10aGVzZScsICdlcy5kZWplbi1kZScsICdwdC5wYXJlLWRlJywgJ2VuLmRvbnQtdGV4dC1tZSddKTtcblxuY29uc3QgTVNHID0gJyh0ZXh0cz98dHh0cz98dGV4dGluZ3x0eHRpbmd8bXNncz98bWVzc2FnZXM/fG1lc3NhZ2luZ3xzbXN8cmVtaW5kZXJzP3xub3RpZmljYXRpb25zP3xhbGVydHM/fHNwYW18dXBkYXRlc3x0ZXh0IG1lc3NhZ2VzfG1lbnNhamVzfHRleHRvcyknO1xuLyoqIE1lc3NhZ2Ugbm91bnMgdGhhdCBtYWtlIGEgcmVxdWVzdCBjb3ZlciBldmVyeXRoaW5nLCBldmVuIHdoZW4gcHJvbW90aW9ucyBhcmUgbmFtZWQgdG9vLiAqL1xuY29uc3QgTVNHX05PVU4gPSAnKHRleHRzP3x0eHRzP3xtc2dzP3xtZXNzYWdlcz98c21zfHJlbWluZGVycz98bm90aWZpY2F0aW9ucz98YWxlcnRzP3xtZW5zYWplc3x0ZXh0b3N8bWVuc2FnZW5zKSc7XG5jb25zdCBQUk9NTyA9ICcocHJvbW9zP3xwcm9tb3Rpb25zP3xwcm9tb3Rpb25hbHxkZWFscz98b2ZmZXJzP3xzcGVjaWFscz98YWRzfGFkdmVydGlzXFxcXHcqfG1hcmtldGluZ3xuZXdzbGV0dGVycz98c2FsZXM/fGNvdXBvbnM/fGRpc2NvdW50cz98Ymxhc3RzP3xjYW1wYWlnbnM/fHByb21vY2lvbmVzfG9mZXJ0YXN8ZGVzY3VlbnRvc3xwdWJsaWNpZGFkfHByb21vY29lcyknO1xuY29uc3QgRklMTCA9ICcoaXQgfGFsbCB8dGhlIHx0aGVtIHx0aGVzZSB8dGhvc2UgfHUgfHlvdSB8eWEgfHlvdXIgfHVyIHxndXlzIHx5YWxsIHxwbHMgfHBsZWFzZSB8bm93IHxqdXN0IHxmcm9tIHx3aXRoIHxzZW5kaW5nIHxhbHJlYWR5IHxnZXR0aW5nIHxyZWNlaXZpbmcgfG1lIHxteSB8YW55IHxzbyBtYW55IHxhbGwgb2YgfG9mICknO1xuY29uc3QgQ09OVEFDVF9WRVJCID0gJyhzZW5kaW5nfHRleHRpbmd8dHh0aW5nfHRleGluZ3xtZXNzYWdpbmd8bXNnaW5nfG1zZ3xjb250YWN0aW5nfGNhbGxpbmd8c3BhbW1pbmd8YnVnZ2luZ3xib3RoZXJpbmd8aGFyYXNzaW5nfGJsb3dpbmcgdXB8aGl0dGluZyBtZSB1cHxzZW5kaW5nIG1lKSc7XG5cbmNvbnN0IHAgPSAoaWQ6IHN0cmluZywgc291cmNlOiBzdHJpbmcsIHdoeTogc3RyaW5nKTogUGhyYXNlID0+ICh7IGlkLCByZTogd29yZFJlZ2V4KHNvdXJjZSksIHdoeSB9KTtcblxuY29uc3QgT1BUX09VVF9QSFJBU0VTOiBQaHJhc2VbXSA9IFtcbiAgLy8gRW5nbGlzaFxuICBwKCdlbi5zdG9wLXByb21vcycsIGBcXFxcYihzdG9wfHF1aXR8bm8gbW9yZXxlbm91Z2h8dW5zdWJzY3JpYmUgbWUgZnJvbXxvcHQgbWUgb3V0IG9mfHJlbW92ZSBtZSBmcm9tfHRha2UgbWUgb2ZmKVxcXFxiICR7RklMTH17MCwzfSR7UFJPTU99YCwgJ2Fza3MgdG8gc3RvcCBwcm9tb3Rpb25hbCBtZXNzYWdlcycpLFxuICBwKCdlbi5zdG9wLWNvbnRhY3RpbmcnLCBgXFxcXGIoc3RvcHxxdWl0fGNlYXNlfGhhbHR8ZGlzY29udGludWUpXFxcXGIgJHtGSUxMfXswLDN9JHtDT05UQUNUX1ZFUkJ9XFxcXGJgLCAnYXNrcyB1cyB0byBzdG9wIHRleHRpbmcgLyBjb250YWN0aW5nIHRoZW0nKSxcbiAgcCgnZW4uc3RvcC1tZXNzYWdlcycsIGBcXFxcYihzdG9wfG5vIG1vcmV8ZW5vdWdofGRvbmUgd2l0aHxzaWNrIG9mfHRpcmVkIG9mfHF1aXQpXFxcXGIgKHdpdGggKT8ke0ZJTEx9ezAsM30ke01TR31cXFxcYmAsICdhc2tzIGZvciBubyBtb3JlIG1lc3NhZ2VzJyksXG4gIHAoJ2VuLnN0b3AtdGhlc2UnLCBgXihcXFxcdysgKXswLDN9KHN0b3B8cXVpdHxlbmQpICh0aGlzfHRoZXNlfHRoZW18aXQgYWxsfGFsbCB0aGlzfGFsbCBvZiB0aGlzKSggcGxlYXNlfCBwbHN8IG5vd3wgYWxyZWFkeXwgdGhhbmtzfCBpbW1lZGlhdGVseSkqJGAsICdhc2tzIHVzIHRvIHN0b3AgdGhlc2UgKHRleHRzKScpLFxuICBwKCdlbi5kb250LXRleHQtbWUnLCBgXFxcXGIoZG9udHxkbyBub3R8bmV2ZXJ8cGxzIGRvbnR8cGxlYXNlIGRvbnR8c3RvcHxxdWl0fG5vIG5lZWQgdG8pXFxcXGIgKGV2ZXIgKT8odGV4dHx0eHR8bWVzc2FnZXxtc2d8Y29udGFjdHxzbXN8Y2FsbHxzcGFtfGJvdGhlcnxlbWFpbCBhbmQgdGV4dHx0ZXh0IG9yIGNhbGx8Y2FsbCBvciB0ZXh0KSAobWV8dGhpcyAobnVtYmVyfHBob25lfGNlbGwpfG15IChudW1iZXJ8cGhvbmV8Y2VsbCkpXFxcXGJgLCAndGVsbHMgdXMgbm90IHRvIHRleHQgdGhlbScpLFxuICBwKCdlbi50YWtlLW1lLW9mZicsIGBcXFxcYih0YWtlfHJlbW92ZXxkZWxldGV8ZXJhc2V8ZHJvcHxnZXR8Y3Jvc3N8c2NyYXRjaHx1bnN1YnNjcmliZXxvcHR8c2lnbnx1bmVucm9sbHx1bmVucm9sfHB1bGwpXFxcXGIgKG1lfG15IChjZWxsICk/KHBob25lICk/KG51bWJlcnwjfHBob25lfGluZm98Y2VsbCl8dGhpcyAobnVtYmVyfCN8cGhvbmUpfHVzKSggXFxcXHcrKXswLDN9PyAob2ZmfGZyb218b3V0IG9mKSAoeW91ciB8dGhlIHx0aGlzIHx1ciB8YWxsIHx0aGVzZSB8bXkgfG91ciB8eWFsbHMgfG9mICkqKGxpc3R8bGlzdHN8dGV4dGluZ3x0ZXh0cz98bWVzc2FnZXM/fG1haWxpbmd8bWFpbGluZyBsaXN0fHN5c3RlbXxkYXRhYmFzZXxjb250YWN0cz98Y29udGFjdCBsaXN0fHNtc3xwcm9ncmFtfG1hcmtldGluZ3xwcm9tb1xcXFx3Knx0ZXh0IGxpc3R8bWVzc2FnaW5nfG5vdGlmaWNhdGlvbnN8cmVtaW5kZXJzfGRpc3RyaWJ1dGlvbnxncm91cHx0aHJlYWR8dGhpc3xpdHx0aGVyZSlcXFxcYmAsICdhc2tzIHRvIGJlIHJlbW92ZWQgZnJvbSBvdXIgbGlzdCAvIHRleHRzJyksXG4gIHAoJ2VuLnJlbW92ZS1tZScsIGBeKHBsZWFzZSB8cGxzIHxjYW4geW91IHxjb3VsZCB5b3UgfGtpbmRseSApPyhyZW1vdmV8ZGVsZXRlfGVyYXNlfGxvc2V8Zm9yZ2V0KSAobWV8bXkgbnVtYmVyfG15IHBob25lIG51bWJlcnxteSBjZWxsfHRoaXMgbnVtYmVyfG15IGluZm8pKCBwbGVhc2V8IHBsc3wgdGhhbmtzfCB0aGFuayB5b3V8IG5vdyk/JGAsICdhc2tzIHVzIHRvIHJlbW92ZSAvIGxvc2UgdGhlaXIgbnVtYmVyJyksXG4gIHAoJ2VuLnVuc3Vic2NyaWJlJywgYFxcXFxiKHVuc3Vic2NyaWJlfHVuc3Vic2NyaWJpbmd8dW5zdWJjcmliZXx1bnN1YnNjaWJlfHVuc3VzY3JpYmV8dW5zdWJzY3JpYnx1bnN1YnxvcHQgb3V0fG9wdG91dHxvcHQgbWUgb3V0fG9wdGluZyBvdXR8b3B0IG91dHRhfGRlcmVnaXN0ZXJ8dW5lbnJvbGwpXFxcXGJgLCAnc2F5cyB1bnN1YnNjcmliZSAvIG9wdCBvdXQnKSxcbiAgcCgnZW4ubGVhdmUtYWxvbmUnLCBgXFxcXGIobGVhdmUgbWUgYWxvbmV8bG9zZSBteSBudW1iZXJ8ZGVsZXRlIG15IG51bWJlcnxnbyBhd2F5fGZ1Y2sgb2ZmfGYgb2ZmfHBpc3Mgb2ZmfHN0b3AgaGFyYXNzaW5nKVxcXFxiYCwgJ2Fza3MgdG8gYmUgbGVmdCBhbG9uZScpLFxuICBwKCdlbi5kb250LXdhbnQnLCBgXFxcXGIoaXx3ZSkoIHJlYWxseSk/IChkb250fGRvIG5vdHxubyBsb25nZXJ8bmV2ZXIpICh3YW50fHdpc2h8bmVlZHxsaWtlKSggdG8gKGdldHxyZWNlaXZlfGJlIGdldHRpbmd8a2VlcCBnZXR0aW5nfGhhdmUpfCBhbnl8IHlvdXJ8IHRoZXNlfCB0aG9zZXwgbW9yZXwgdG8gYmUpPyggXFxcXHcrKXswLDN9PyAoJHtNU0d9fCR7UFJPTU8uc2xpY2UoMSwgLTEpfXxjb250YWN0ZWQpXFxcXGJgLCAnc2F5cyB0aGV5IGRvIG5vdCB3YW50IG91ciBtZXNzYWdlcycpLFxuICBwKCdlbi5ub3QtaW50ZXJlc3RlZCcsIGBcXFxcYihubyBsb25nZXJ8bm90fGFtIG5vdHxpbSBub3QpIGludGVyZXN0ZWQgaW4gKHJlY2VpdmluZ3xnZXR0aW5nfHRoZXNlfHlvdXJ8YW55fHRoZSkoIFxcXFx3Kyl7MCwyfT8gJHtNU0d9XFxcXGJgLCAnc2F5cyB0aGV5IGFyZSBubyBsb25nZXIgaW50ZXJlc3RlZCBpbiBvdXIgbWVzc2FnZXMnKSxcbiAgcCgnZW4ubm8tdGV4dHMnLCBgXFxcXGJubyAobW9yZSApPyh0ZXh0cz98dHh0cz98bWVzc2FnZXM/fG1zZ3M/fHNtc3x0ZXh0aW5nKSggcGxlYXNlfCBwbHN8IHRoYW5rc3wgdGhhbmsgeW91KT8kYCwgJ2Fza3MgZm9yIG5vIHRleHRzJyksXG4gIHAoJ2VuLmJsb2NrJywgYFxcXFxiKGJsb2NrfGJsb2NraW5nfHJlcG9ydHxyZXBvcnRpbmcpICh5b3V8dGhpcyAobnVtYmVyfCMpfHlvdXIgKG51bWJlcnwjKXx0aGlzIGFzIHNwYW0pXFxcXGJgLCAndGhyZWF0ZW5zIHRvIGJsb2NrIC8gcmVwb3J0IHRoZSBudW1iZXInKSxcbiAgcCgnZW4ud3JvbmctbnVtYmVyJywgYF4oXFxcXHcrICl7MCw0fXdyb25nIChudW1iZXJ8cGVyc29ufCMpKCBcXFxcdyspezAsNn0kYCwgJ3NheXMgd2UgdGV4dGVkIHRoZSB3cm9uZyBudW1iZXInKSxcbiAgcCgnZW4uc3RvcC1pdCcsIGBeKFxcXFx3KyApezAsMn0oc3RvcHxxdWl0KSAoaXR8dGhpc3x0aGF0fG5vd3xhbHJlYWR5fGltbWVkaWF0ZWx5fHBsc3xwbGVhc2UpKCBcXFxcdyspezAsMn0kYCwgJ3RlbGxzIHVzIHRvIHN0b3AnKSxcbiAgLy8gU3BhbmlzaFxuICBwKCdlcy5uby1tZS1tYW5kZW4nLCBgXFxcXGJubyAobWV8bm9zKSAobWFuZGVufG1hbmRlfG1hbmRlc3xlbnZpZW58ZW52aWV8ZW52aWVzfGVzY3JpYmFufGVzY3JpYmF8ZXNjcmliYXN8dGV4dGVlc3x0ZXh0ZWVufHRleHRlbnxjb250YWN0ZW58bGxhbWVufG1vbGVzdGVufHNpZ2FuIChtYW5kYW5kb3xlbnZpYW5kb3xlc2NyaWJpZW5kbykpXFxcXGJ8XFxcXGJubyAobWFuZGVufGVudmllbnxlc2NyaWJhbnxtYW5kZXxlbnZpZSkoIG1hcyk/IChtZW5zYWplc3x0ZXh0b3N8bXNqcz98c21zfHByb21vY2lvbmVzfG9mZXJ0YXMpXFxcXGJgLCAncGlkZSBxdWUgbm8gbGUgbWFuZGVuIG1cdTAwRTFzIG1lbnNhamVzIChlcyknKSxcbiAgcCgnZXMubm8tZW52aWFybWUnLCBgXFxcXGJubyAoZW52aWFybWV8bWFuZGFybWV8ZXNjcmliaXJtZXx0ZXh0ZWFybWV8Y29udGFjdGFybWUpXFxcXGJgLCAncGlkZSBubyBlbnZpYXJsZSBtZW5zYWplcyAoZXMpJyksXG4gIHAoJ2VzLmRlamVuLWRlJywgYFxcXFxiKGRlamVufGRlamV8ZGVqYXxkZWphcnxwYXJlbnxwYXJlfHBhcmF8cGFyYXIpIGRlIChlbnZpYXJ8bWFuZGFyfGVzY3JpYmlyfHRleHRlYXJ8Y29udGFjdGFyfG1vbGVzdGFyKShtZXxub3MpP1xcXFxiYCwgJ3BpZGUgcXVlIGRlamVuIGRlIGVudmlhcmxlIG1lbnNhamVzIChlcyknKSxcbiAgcCgnZXMuc2FjYW1lJywgYFxcXFxiKGJhamFtZXxiYWplbm1lfGJhamVtZXxzYWNhbWV8c2FxdWVubWV8c2FxdWVtZXxxdWl0YW1lfHF1aXRlbm1lfHF1aXRlbWV8Ym9ycmFtZXxib3JyZW5tZXxib3JyZW1lfGVsaW1pbmVubWV8ZWxpbWluZW1lfGVsaW1pbmFtZXxyZW11ZXZhbm1lKSggXFxcXHcrKXswLDJ9PyAoZGV8ZGVsKSAobGEgfHN1IHxzdXMgfGVzdGEgfGVzdGUgfHR1ICk/KGxpc3RhfGxpc3Rhc3xtZW5zYWplc3x0ZXh0b3N8c2lzdGVtYXxiYXNlfHByb2dyYW1hKVxcXFxifFxcXFxiKGRhcm1lIGRlIGJhamF8ZGFyIGRlIGJhamF8bWUgZG95IGRlIGJhamF8ZGVubWUgZGUgYmFqYXxkZW1lIGRlIGJhamF8cXVpZXJvIGxhIGJhamEpXFxcXGJgLCAncGlkZSBxdWUgbGUgc2FxdWVuIGRlIGxhIGxpc3RhIChlcyknKSxcbiAgcCgnZXMubm8tcXVpZXJvJywgYFxcXFxiKHlhICk/bm8gKHF1aWVyb3xkZXNlb3xuZWNlc2l0bykgKHJlY2liaXIgfHNlZ3VpciByZWNpYmllbmRvIHxtYXMgfHN1cyB8ZXN0b3MgfHR1cyApKihtZW5zYWplc3x0ZXh0b3N8bXNqcz98c21zfHByb21vY2lvbmVzfG9mZXJ0YXN8bWVuc2FqaXRvcylcXFxcYmAsICdkaWNlIHF1ZSBubyBxdWllcmUgbVx1MDBFMXMgbWVuc2FqZXMgKGVzKScpLFxuICBwKCdlcy5uby1tYXMnLCBgXFxcXGJubyBtYXMgKG1lbnNhamVzfHRleHRvc3xtc2pzP3xzbXN8cHJvbW9jaW9uZXMpXFxcXGJgLCAncGlkZSBubyBtXHUwMEUxcyBtZW5zYWplcyAoZXMpJyksXG4gIHAoJ2VzLmNhbmNlbGFyLXN1c2NyaXBjaW9uJywgYFxcXFxiKGNhbmNlbGFyfGNhbmNlbGF8Y2FuY2VsZW58YW51bGFyKSAobGEgfG1pICk/KHN1c2NyaXBjaW9ufHN1YnNjcmlwY2lvbnxpbnNjcmlwY2lvbilcXFxcYnxcXFxcYmRlc3VzY3JpYlxcXFx3KmAsICdwaWRlIGNhbmNlbGFyIGxhIHN1c2NyaXBjaVx1MDBGM24gKGVzKScpLFxuICAvLyBQb3J0dWd1ZXNlXG4gIHAoJ3B0LnBhcmUtZGUnLCBgXFxcXGIocGFyZXxwYXJlbXxwYXJhKSBkZSAobWUgKT8oZW52aWFyfG1hbmRhcnxlc2NyZXZlcilcXFxcYmAsICdwZWRlIHBhcmEgcGFyYXIgZGUgZW52aWFyIG1lbnNhZ2VucyAocHQpJyksXG4gIHAoJ3B0Lm5hby1xdWVybycsIGBcXFxcYm5hbyAobWUgKT8oZW52aWV8ZW52aWVtfG1hbmRlfG1hbmRlbSkoIG1haXMpPyAobWVuc2FnZW5zfHNtc3x0ZXh0b3N8bWFpcylcXFxcYnxcXFxcYm5hbyAocXVlcm98ZGVzZWpvKSAobWFpcyApP3JlY2ViZXIoIG1haXMpPyAobWVuc2FnZW5zfHNtc3x0ZXh0b3N8cHJvbW9jb2VzKVxcXFxiYCwgJ2RpeiBxdWUgblx1MDBFM28gcXVlciBtYWlzIG1lbnNhZ2VucyAocHQpJyksXG4gIHAoJ3B0LmRlc2NhZGFzdHJhcicsIGBcXFxcYihkZXNjYWRhc3RyXFxcXHcqfGNhbmNlbGFyIChhICk/aW5zY3JpY2FvfChtZSApPyh0aXJlfHRpcmVtfHJlbW92YXxyZW1vdmFtKSAoZGF8ZGVzdGF8ZGVzc2EpIGxpc3RhKVxcXFxiYCwgJ3BlZGUgcGFyYSBzYWlyIGRhIGxpc3RhIChwdCknKSxcbiAgLy8gRnJlbmNoXG4gIHAoJ2ZyLmRlc2Fib25uZXInLCBgXFxcXGIoZGVzYWJvbm5cXFxcdyp8ZGVzaW5zY3JpXFxcXHcqfHJldGlyZXogbW9pfHN1cHByaW1leiBtb2kpXFxcXGJgLCAnZGVtYW5kZSBcdTAwRTAgc2UgZFx1MDBFOXNhYm9ubmVyIChmciknKSxcbiAgcCgnZnIubmUtcGx1cycsIGBcXFxcYm5lID8obXxtZSApPyhlbnZveWV6fGVudm9pZXxlY3JpdmV6fHRleHRlenxjb250YWN0ZXopIHBsdXNcXFxcYnxcXFxcYihhcnJldGV6fGFycmV0ZXxjZXNzZXopIGRlIChtfG1lICk/KGVudm95ZXJ8ZWNyaXJlfHRleHRlcnxjb250YWN0ZXIpXFxcXGJ8XFxcXGJwbHVzIGRlIChtZXNzYWdlc3xzbXN8dGV4dG9zKVxcXFxiYCwgJ2RlbWFuZGUgZGUgbmUgcGx1cyBlbnZveWVyIGRlIG1lc3NhZ2VzIChmciknKSxcbiAgLy8gVGFnYWxvZ1xuICBwKCd0bC53YWctdGV4dCcsIGBcXFxcYih3YWd8aHV3YWcpIChueW98bml5b3xtb3xuYXxwbykoIG5hfCBwb3wgbnlvfCBuaXlvfCBuYSBwbykqIChha29uZyB8YWtvIHxrYW1pbmcgfHBvIHxrYXlvbmcgfGtheW8gKT8oaSB0ZXh0fGl0ZXh0fGl0eHR8bWFnIHRleHR8bWFndGV4dHx0ZXh0fHBhZGFsaGFufHRhd2FnYW58aSBtZXNzYWdlfGltZXNzYWdlfG1lbnNhaGUpXFxcXGJgLCAnc2luYWJpbmcgaHV3YWcgbmEgc2lsYW5nIGktdGV4dCAodGwpJyksXG4gIHAoJ3RsLml0aWdpbCcsIGBcXFxcYihpdGlnaWx8dGlnaWxhbnx0dW1pZ2lsfHBha2lpdGlnaWx8cGFraSBpdGlnaWx8cGFraXRpZ2lsKVxcXFxiKCBcXFxcdyspezAsM30/ICh0ZXh0fG1lbnNhaGV8cGFnIHRleHR8cGFndGV4dClcXFxcYnxcXFxcYnRpZ2lsYW4gKG55b3xuaXlvfG1vKSAobmEgKT8oYWtvfGthbWkpXFxcXGJ8XFxcXGJheW9rbyAobmEgKT8obmd8bmFuZ3xtYWthdGFuZ2dhcCBuZykgKHRleHR8bWVuc2FoZSlcXFxcYmAsICdodW1pbGluZyBuYSBpdGlnaWwgYW5nIG1nYSB0ZXh0ICh0bCknKSxcbiAgLy8gVmlldG5hbWVzZSAoYWNjZW50cyBzdHJpcHBlZClcbiAgcCgndmkuZHVuZy1ndWknLCBgXFxcXGIoZHVuZ3xuZ3VuZykgKGd1aXxuaGFufG5oYW4gdGlufGd1aSB0aW4pXFxcXGJ8XFxcXGJodXkgZGFuZyBreVxcXFxifFxcXFxia2hvbmcgKG11b24gKT9uaGFuICh0aW58dGluIG5oYW4pKCBcXFxcdyspezAsMn0gbnVhXFxcXGJgLCAneVx1MDBFQXUgY1x1MUVBN3UgbmdcdTFFRUJuZyBnXHUxRUVEaSB0aW4gbmhcdTFFQUZuICh2aSknKSxcbiAgLy8gUnVzc2lhbiAoXHUwNDM5IFx1MjE5MiBcdTA0MzggYWZ0ZXIgc3RyaXBwaW5nKVxuICBwKCdydS5vdHBpc2hpdGUnLCBgXFxcXGIoXHUwNDNFXHUwNDQyXHUwNDNGXHUwNDM4XHUwNDQ4XFxcXHB7TH0qfFx1MDQzRVx1MDQ0Mlx1MDQzRlx1MDQzOFx1MDQ0MVx1MDQzMFx1MDQ0MlxcXFxwe0x9KilcXFxcYnxcXFxcYihcdTA0M0RcdTA0MzV8XHUwNDMxXHUwNDNFXHUwNDNCXHUwNDRDXHUwNDQ4XHUwNDM1IFx1MDQzRFx1MDQzNSkgKFx1MDQzRlx1MDQzOFx1MDQ0OFx1MDQzOFx1MDQ0Mlx1MDQzNXxcdTA0M0ZcdTA0NDBcdTA0MzhcdTA0NDFcdTA0NEJcdTA0M0JcdTA0MzBcdTA0MzhcdTA0NDJcdTA0MzV8XHUwNDNFXHUwNDQyXHUwNDNGXHUwNDQwXHUwNDMwXHUwNDMyXHUwNDNCXHUwNDRGXHUwNDM4XHUwNDQyXHUwNDM1fFx1MDQ0OFx1MDQzQlx1MDQzOFx1MDQ0Mlx1MDQzNXxcdTA0MzFcdTA0MzVcdTA0NDFcdTA0M0ZcdTA0M0VcdTA0M0FcdTA0M0VcdTA0MzhcdTA0NDJcdTA0MzUpXFxcXGJ8XFxcXGIoXHUwNDNGXHUwNDQwXHUwNDM1XHUwNDNBXHUwNDQwXHUwNDMwXHUwNDQyXHUwNDM4XHUwNDQyXHUwNDM1fFx1MDQzRlx1MDQzNVx1MDQ0MFx1MDQzNVx1MDQ0MVx1MDQ0Mlx1MDQzMFx1MDQzRFx1MDQ0Q1x1MDQ0Mlx1MDQzNXxcdTA0NDVcdTA0MzJcdTA0MzBcdTA0NDJcdTA0MzhcdTA0NDIpIChcdTA0M0ZcdTA0NDBcdTA0MzhcdTA0NDFcdTA0NEJcdTA0M0JcdTA0MzBcdTA0NDJcdTA0NEN8XHUwNDNGXHUwNDM4XHUwNDQxXHUwNDMwXHUwNDQyXHUwNDRDfFx1MDQzRVx1MDQ0Mlx1MDQzRlx1MDQ0MFx1MDQzMFx1MDQzMlx1MDQzQlx1MDQ0Rlx1MDQ0Mlx1MDQ0Q3xcdTA0NDFcdTA0M0JcdTA0MzBcdTA0NDJcdTA0NEMpXFxcXGJgLCAnXHUwNDNGXHUwNDQwXHUwNDNFXHUwNDQxXHUwNDM4XHUwNDQyIFx1MDQzMVx1MDQzRVx1MDQzQlx1MDQ0Q1x1MDQ0OFx1MDQzNSBcdTA0M0RcdTA0MzUgXHUwNDNGXHUwNDM4XHUwNDQxXHUwNDMwXHUwNDQyXHUwNDRDIChydSknKSxcbiAgLy8gQ2hpbmVzZSwgSmFwYW5lc2UsIEtvcmVhbjogbm8gc3BhY2VzLCBzbyBzdWJzdHJpbmdzLlxuICBwKCd6aC50dWlkaW5nJywgYChcdTkwMDBcdThCQTJ8XHU5MDAwXHU4QTAyfFx1NTNENlx1NkQ4OFx1OEJBMlx1OTYwNXxcdTUzRDZcdTZEODhcdThBMDJcdTk1QjF8XHU1MDVDXHU2QjYyXHU1M0QxXHU5MDAxfFx1NTA1Q1x1NkI2Mlx1NzY3Q1x1OTAwMXxcdTRFMERcdTg5ODFcdTUxOERcdTUzRDF8XHU0RTBEXHU4OTgxXHU1MThEXHU3NjdDfFx1NTIyQlx1NTE4RFx1NTNEMXxcdTUyMjVcdTUxOERcdTc2N0N8XHU0RTBEXHU4OTgxXHU1M0QxXHU3N0VEXHU0RkUxfFx1NEUwRFx1ODk4MVx1N0VEOVx1NjIxMVx1NTNEMXxcdTUyMkJcdTdFRDlcdTYyMTFcdTUzRDF8XHU1MDVDXHU2QjYyXHU3N0VEXHU0RkUxKWAsICdcdTg5ODFcdTZDNDJcdTkwMDBcdThCQTIgLyBcdTUwNUNcdTZCNjJcdTUzRDFcdTkwMDFcdTc3RURcdTRGRTEgKHpoKScpLFxuICBwKCdqYS50ZWlzaGknLCBgKFx1OTE0RFx1NEZFMVx1NTA1Q1x1NkI2MnxcdTkwMDFcdTMwODlcdTMwNkFcdTMwNDRcdTMwNjd8XHU5MDAxXHU0RkUxXHU1MDVDXHU2QjYyfFx1MzBFMVx1MzBDM1x1MzBCQlx1MzBGQ1x1MzBCOFx1NEUwRFx1ODk4MSlgLCAnXHU5MTREXHU0RkUxXHU1MDVDXHU2QjYyXHUzMDkyXHU1RTBDXHU2NzFCIChqYSknKSxcbiAgcCgna28uZ2V1bWFuJywgYChcdUMyMThcdUMyRTBcdUFDNzBcdUJEODB8XHVDMjE4XHVDMkUwIFx1QUM3MFx1QkQ4MHxcdUFERjhcdUI5Q0MgXHVCQ0Y0XHVCMEI0fFx1QkNGNFx1QjBCNFx1QzlDMCBcdUI5Qzh8XHVCQ0Y0XHVCMEI0XHVDOUMwXHVCOUM4fFx1QkIzOFx1Qzc5MCBcdUFERjhcdUI5Q0N8XHVDNUYwXHVCNzdEXHVENTU4XHVDOUMwIFx1QjlDOHxcdUFENkNcdUIzQzUgXHVDREU4XHVDMThDfFx1QUQ2Q1x1QjNDNVx1Q0RFOFx1QzE4QylgLCAnXHVDMjE4XHVDMkUwIFx1QUM3MFx1QkQ4MCBcdUM2OTRcdUNDQUQgKGtvKScpLFxuXTtcblxuLyoqIE9wdGluZyBiYWNrIGluLiAqL1xuY29uc3QgT1BUX0lOX1BIUkFTRVM6IFBocmFzZVtdID0gW1xuICBwKCdlbi5yZXN1YnNjcmliZScsIGBcXFxcYihyZSA/c3Vic2NyaWJlfHJlc3Vic2NyaWJlfHVuc3RvcHxvcHQgKG1lICk/KGJhY2sgKT9pbnxvcHQgaW4gYWdhaW58c2lnbiBtZSAoYmFjayApP3VwIGFnYWlufHN1YnNjcmliZSBtZSBhZ2FpbnxhZGQgbWUgYmFjaylcXFxcYmAsICdhc2tzIHRvIGJlIHN1YnNjcmliZWQgYWdhaW4nKSxcbiAgcCgnZW4uc3RhcnQtYWdhaW4nLCBgXFxcXGIoc3RhcnR8cmVzdW1lfHJlc3RhcnR8Y29udGludWUpIChzZW5kaW5nfHRleHRpbmd8bWVzc2FnaW5nfG15IHJlbWluZGVyc3x0aGUgcmVtaW5kZXJzfHRoZSB0ZXh0c3x0ZXh0cykoIG1lKT8oIFxcXFx3Kyl7MCwzfT8gKGFnYWlufGJhY2spXFxcXGJ8XFxcXGIoc3RhcnR8cmVzdW1lfHJlc3RhcnQpIChzZW5kaW5nfHRleHRpbmd8bWVzc2FnaW5nKSBtZVxcXFxiYCwgJ2Fza3MgdXMgdG8gc3RhcnQgdGV4dGluZyBhZ2FpbicpLFxuICBwKCdlbi53YW50LWFnYWluJywgYFxcXFxiKHdhbnR8bGlrZXx3YW5uYSkgdG8gKGdldHxyZWNlaXZlfHN0YXJ0IGdldHRpbmd8a2VlcCBnZXR0aW5nfGJlIGdldHRpbmcpICh5b3VyIHx0aGUgfG15ICk/KHRleHRzfG1lc3NhZ2VzfHJlbWluZGVyc3x0ZXh0IHJlbWluZGVycykoIFxcXFx3Kyl7MCwyfT8gYWdhaW5cXFxcYmAsICd3YW50cyBvdXIgdGV4dHMgYWdhaW4nKSxcbiAgcCgnZW4ubWlzdGFrZScsIGBcXFxcYihhY2NpZGVudGFsbHl8YnkgYWNjaWRlbnR8YnkgbWlzdGFrZXxkaWRudCBtZWFuIHRvfGRpZCBub3QgbWVhbiB0b3xtaXN0YWtlbmx5KVxcXFxiKCBcXFxcdyspezAsM30/IChzdG9wfHVuc3Vic2NyaWJlfHVuc3Vic2NyaWJlZHxvcHQgb3V0fG9wdGVkIG91dHxzdG9wcGVkKVxcXFxifFxcXFxiKHN0b3B8dW5zdWJzY3JpYmV8c3RvcHBlZHxvcHRlZCBvdXQpXFxcXGIoIFxcXFx3Kyl7MCwzfT8gKGJ5IG1pc3Rha2V8YnkgYWNjaWRlbnQpXFxcXGJgLCAnc2F5cyB0aGUgb3B0LW91dCB3YXMgYSBtaXN0YWtlJyksXG4gIHAoJ2VzLnZvbHZlcicsIGBcXFxcYig/PCFubyApKHF1aWVyb3xkZXNlbykgKHZvbHZlciBhICk/cmVjaWJpciAobG9zIHxzdXMgKT8obWVuc2FqZXN8dGV4dG9zfHJlY29yZGF0b3Jpb3MpKCBkZSBudWV2b3wgb3RyYSB2ZXopP1xcXFxifFxcXFxic3VzY3JpYmlybWUgKGRlIG51ZXZvfG90cmEgdmV6KVxcXFxiYCwgJ3F1aWVyZSByZWNpYmlyIG1lbnNhamVzIG90cmEgdmV6IChlcyknKSxcbl07XG5cbi8qKiBNZXRhIHF1ZXN0aW9ucyBhYm91dCB0aGUgcHJvZ3JhbW1lIGl0c2VsZiBnZXQgdGhlIEhFTFAgcmVwbHkgKHdoaWNoIGFsc28gc2F5cyBob3cgdG8gb3B0IG91dCkuICovXG5jb25zdCBIRUxQX1BIUkFTRVM6IFBocmFzZVtdID0gW1xuICBwKCdlbi53aG8taXMtdGhpcycsIGBeKFxcXFx3KyApezAsMn0od2hvIGlzIHRoaXN8d2hvcyB0aGlzfHdobyBkaXN8d2hvIGFyZSB5b3V8d2hhdCBpcyB0aGlzIChudW1iZXJ8YWJvdXR8dGV4dHxmb3IpfHdoYXRzIHRoaXMgKG51bWJlcnxhYm91dHx0ZXh0fGZvcil8d2hhdCBudW1iZXIgaXMgdGhpc3xob3cgZGlkIHlvdSBnZXQgbXkgbnVtYmVyfHdoeSBhbSBpIGdldHRpbmcgKHRoZXNlfHRoaXN8dGV4dHN8bWVzc2FnZXMpKSggXFxcXHcrKXswLDN9JGAsICdhc2tzIHdobyBpcyB0ZXh0aW5nIC8gd2h5JyksXG4gIHAoJ2VzLnF1aWVuJywgYF4oXFxcXHcrICl7MCwyfShxdWllbiBlc3xxdWllbiBoYWJsYXxxdWllbiBlcmVzfGRlIGRvbmRlIHNhY2Fyb24gbWkgbnVtZXJvKSggXFxcXHcrKXswLDN9JGAsICdwcmVndW50YSBxdWlcdTAwRTluIGVzY3JpYmUgKGVzKScpLFxuXTtcblxuLyoqIE5lZ2F0aW9uIHJpZ2h0IGJlZm9yZSBhbiBvcHQtb3V0IHBocmFzZSBjYW5jZWxzIGl0OiBcImRvbid0IHN0b3AgdGhlIHJlbWluZGVyc1wiLCBcIkkgZG9uJ3Qgd2FudCB0byB1bnN1YnNjcmliZVwiLiAqL1xuY29uc3QgTkVHQVRJT05fQkVGT1JFID0gd29yZFJlZ2V4KGBcXFxcYihkb250fGRvIG5vdHxkaWRudHxkaWQgbm90fG5ldmVyfG5vdHxubyBuZWVkIHRvfHdvbnR8d2lsbCBub3R8c2hvdWxkbnR8Y2FudHxjYW5ub3R8ZG9lc250fG5vIHF1aWVyb3xubykoIHdhbnQgdG98IHdhbm5hfCBtZWFuIHRvfCBuZWVkIHRvfCBoYXZlIHRvfCBldmVyKT8oIFxcXFx3Kyk/JGApO1xuLyoqIFNlbnRlbmNlcyB0aGF0IGtlZXAgdGV4dGluZyB3YW50ZWQ6IGEgcGhyYXNlIG1hdGNoIGluIHRoZW0gaXMgbm90IGEgcmV2b2NhdGlvbi4gKi9cbmNvbnN0IEtFRVBfVEVYVElORyA9IHdvcmRSZWdleChgXFxcXGIoa2VlcCAoc2VuZGluZ3x0ZXh0aW5nfHRoZSByZW1pbmRlcnN8bXkgcmVtaW5kZXJzfG1lIHBvc3RlZHxtZSB1cGRhdGVkKXwodGV4dHx0eHR8bWVzc2FnZSkgbWUgaW5zdGVhZHxwcmVmZXIgKHRleHRzP3x0ZXh0aW5nKXwodGV4dHx0ZXh0aW5nKSBpcyAoZmluZXxiZXR0ZXJ8b2t8YmVzdCl8KGNhbiB5b3V8Y291bGQgeW91fHBsc3xwbGVhc2UpICh0ZXh0fHR4dCkgbWV8KGp1c3R8b25seSkgKHRleHR8dHh0KSggbWUpP3xyYXRoZXIgKHRleHR8dGV4dGluZyl8dGV4dCBvbmx5fG9ubHkgdGV4dClcXFxcYmApO1xuLyoqIFRoZSBwYXRpZW50IHRhbGtpbmcgYWJvdXQgdGhlaXIgb3duIHRleHRpbmc6IFwiSSdsbCBzdG9wIHRleHRpbmcgeW91IHNvIGxhdGVcIiwgXCJzb3JyeSwgSSB3aWxsIHN0b3AgY2FsbGluZ1wiLiAqL1xuY29uc3QgU0VMRl9TVUJKRUNUID0gd29yZFJlZ2V4KGBcXFxcYihpfGlsbHxpIHdpbGx8d2V8d2Ugd2lsbHx3ZWxsfGkgY2FufGkgc2hvdWxkfGkgY291bGR8aSBtaWdodHxpIG1heXxpIG5lZWQgdG98aSBoYXZlIHRvfGkgaGFkIHRvfGltIGdvaW5nIHRvfGltIGdvbm5hfGltYXx2b3kgYXx2YW1vcyBhKSgganVzdCk/JGApO1xuLyoqIFwiaG93IGRvIEkgc3RvcCB0aGlzP1wiIG1heSBiZSBhYm91dCBhIHN5bXB0b206IG9ubHkgYSBwbGFpbiBcInN0b3AgdGhlc2VcIiBjb3VudHMuICovXG5jb25zdCBRVUVTVElPTl9CRUZPUkUgPSB3b3JkUmVnZXgoYFxcXFxiKGhvd3x3aGF0fHNob3VsZHxkbyBpfGNhbiBpfHdoeXx3aGVuKVxcXFxiYCk7XG4vKiogVGltaW5nIC8gb3RoZXItY2hhbm5lbCBxdWFsaWZpZXJzOiBcImRvbid0IHRleHQgbWUgYmVmb3JlIDlhbVwiLCBcInN0b3AgZW1haWxpbmcgbWUgdGhlIGJpbGxcIi4gKi9cbmNvbnN0IE5PVF9SRVZPQ0FUSU9OID0gd29yZFJlZ2V4KGBcXFxcYihiZWZvcmUgXFxcXGRcXFxcdyp8YWZ0ZXIgXFxcXGRcXFxcdyp8c28gZWFybHl8c28gbGF0ZXxhdCBuaWdodHx0aGlzIGVhcmx5fHVudGlsfHRoZSBiaWxsfGludm9pY2V8cmVjZWlwdHx0byBteSBvbGR8b2xkIG51bWJlcnxteSBodXNiYW5kfG15IHdpZmV8bXkgbW9tfHdhaXRsaXN0fHdhaXQgbGlzdHxjYW5jZWxsYXRpb24gbGlzdHxlbWFpbGluZ3xmcm9tIG15IChiYW5rfGNhcnJpZXJ8cGhhcm1hY3l8aW5zdXJhbmNlfHNjaG9vbHx3b3JrfGpvYikpXFxcXGJgKTtcblxuY29uc3Qgc3RyaXBGaWxsZXIgPSAodDogc3RyaW5nKTogc3RyaW5nID0+IHtcbiAgY29uc3QgdG9rZW5zID0gdC5zcGxpdCgnICcpLmZpbHRlcigodykgPT4gIUZJTExFUi5oYXModykpO1xuICAvLyBcIlNUT1AgU1RPUCBTVE9QXCIgXHUyMTkyIFwic3RvcFwiOyBhIG1lc3NhZ2Ugb2Ygb25seSBmaWxsZXIga2VlcHMgaXRzIGZpcnN0IHdvcmQuXG4gIGlmICh0b2tlbnMubGVuZ3RoID09PSAwKSByZXR1cm4gdC5zcGxpdCgnICcpLmluY2x1ZGVzKCdzdG9wJykgPyAnc3RvcCcgOiB0O1xuICByZXR1cm4gWy4uLm5ldyBTZXQodG9rZW5zKV0uam9pbignICcpO1xufTtcblxuZnVuY3Rpb24ga2V5d29yZE9mKG5vcm1hbGl6ZWQ6IHN0cmluZywgd29yZHM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4pOiBzdHJpbmcgfCBudWxsIHtcbiAgaWYgKHdvcmRzW25vcm1hbGl6ZWRdICE9PSB1bmRlZmluZWQpIHJldHVybiBub3JtYWxpemVkO1xuICBjb25zdCBzdHJpcHBlZCA9IHN0cmlwRmlsbGVyKG5vcm1hbGl6ZWQpO1xuICByZXR1cm4gd29yZHNbc3RyaXBwZWRdICE9PSB1bmRlZmluZWQgPyBzdHJpcHBlZCA6IG51bGw7XG59XG5cbmZ1bmN0aW9uIGZ1enp5T3B0T3V0KG5vcm1hbGl6ZWQ6IHN0cmluZyk6IHN0cmluZyB8IG51bGwge1xuICBjb25zdCBjYW5kaWRhdGUgPSBzdHJpcEZpbGxlcihub3JtYWxpemVkKS5yZXBsYWNlKC8gL2csICcnKTtcbiAgaWYgKGNhbmRpZGF0ZS5sZW5ndGggPCAzIHx8IE5PVF9TVE9QLmhhcyhjYW5kaWRhdGUpKSByZXR1cm4gbnVsbDtcbiAgZm9yIChjb25zdCBbd29yZCwgbWF4XSBvZiBGVVpaWV9PUFRfT1VUKSB7XG4gICAgaWYgKGNhbmRpZGF0ZS5sZW5ndGggPj0gd29yZC5sZW5ndGggLSBtYXggJiYgZWRpdERpc3RhbmNlKGNhbmRpZGF0ZSwgd29yZCwgbWF4KSA8PSBtYXgpIHJldHVybiB3b3JkO1xuICB9XG4gIHJldHVybiBudWxsO1xufVxuXG5jb25zdCBQUk9NT19SRSA9IHdvcmRSZWdleChgXFxcXGIke1BST01PfVxcXFxiYCk7XG5jb25zdCBNU0dfTk9VTl9SRSA9IHdvcmRSZWdleChgXFxcXGIke01TR19OT1VOfVxcXFxiYCk7XG5jb25zdCBQUk9NT19OT1VOX1JFID0gbmV3IFJlZ0V4cCh3b3JkUmVnZXgoYFxcXFxiJHtQUk9NT30gJHtNU0dfTk9VTn1cXFxcYmApLnNvdXJjZSwgJ2d1Jyk7XG5jb25zdCBLRUVQX1JFTUlOREVSU19SRSA9IHdvcmRSZWdleChgXFxcXGIoa2VlcHxzdGlsbCB3YW50fG9ubHkgd2FudHxleGNlcHR8YnV0IG5vdHxzdGlsbCAoZ2V0fHNlbmQpfGp1c3QgdGhlfGJ1dCkgKFxcXFx3KyApezAsM30ocmVtaW5kZXJzP3xhcHBvaW50bWVudHxhcHB0fGFwcG9pbnRtZW50cylgKTtcbi8qKlxuICogXCJzdG9wIHRoZSBwcm9tb3NcIiBvciBcInN0b3AgdGhlIHByb21vcyBidXQga2VlcCBteSByZW1pbmRlcnNcIiBpcyBtYXJrZXRpbmctb25seTsgXCJzdG9wIGFsbCB0ZXh0cyBhbmRcbiAqIHByb21vc1wiIGlzIGV2ZXJ5dGhpbmc7IGFueXRoaW5nIHVuY2xlYXIgaXMgZXZlcnl0aGluZyAoRkNDOiB3aGVuIHVuc3VyZSwgcmV2b2tlIGFsbCkuXG4gKi9cbmNvbnN0IHNjb3BlRm9yID0gKG5vcm1hbGl6ZWQ6IHN0cmluZyk6IE9wdE91dFNjb3BlID0+IHtcbiAgaWYgKCFQUk9NT19SRS50ZXN0KG5vcm1hbGl6ZWQpKSByZXR1cm4gJ2FsbCc7XG4gIGlmIChLRUVQX1JFTUlOREVSU19SRS50ZXN0KG5vcm1hbGl6ZWQpKSByZXR1cm4gJ21hcmtldGluZyc7XG4gIC8vIFwibWFya2V0aW5nIHRleHRzXCIgLyBcInByb21vIG1lc3NhZ2VzXCIgbmFtZSB0aGUga2luZCwgbm90IGFsbCB0ZXh0cy5cbiAgY29uc3QgcmVzdCA9IG5vcm1hbGl6ZWQucmVwbGFjZShLRUVQX1JFTUlOREVSU19SRSwgJycpLnJlcGxhY2UoUFJPTU9fTk9VTl9SRSwgJyAnKTtcbiAgcmV0dXJuIE1TR19OT1VOX1JFLnRlc3QocmVzdCkgPyAnYWxsJyA6ICdtYXJrZXRpbmcnO1xufTtcblxuZXhwb3J0IGZ1bmN0aW9uIGRldGVjdENvbnNlbnQodGV4dDogc3RyaW5nLCBjb250ZXh0OiB7IHJlcGx5VG9Db25maXJtYXRpb24/OiBib29sZWFuIH0gPSB7fSk6IENvbnNlbnREZXRlY3Rpb24ge1xuICBjb25zdCByZXN1bHQ6IENvbnNlbnREZXRlY3Rpb24gPSB7IG9wdE91dDogZmFsc2UsIG9wdEluOiBmYWxzZSwgaGVscDogZmFsc2UsIGJhcmVDYW5jZWw6IGZhbHNlLCBtYXRjaGVkOiBbXSwgcmVhc29uczogW10gfTtcbiAgY29uc3Qgbm9ybWFsaXplZCA9IG5vcm1hbGl6ZVRleHQodGV4dCk7XG4gIGlmICghbm9ybWFsaXplZCkgcmV0dXJuIHJlc3VsdDtcbiAgY29uc3QgcXVvdGVkID0gYFwiJHt0ZXh0LnRyaW0oKS5zbGljZSgwLCA2MCl9XCJgO1xuXG4gIC8vIDEuIFdob2xlLW1lc3NhZ2Uga2V5d29yZHMuXG4gIGNvbnN0IG91dFdvcmQgPSBrZXl3b3JkT2Yobm9ybWFsaXplZCwgT1BUX09VVF9XT1JEUyk7XG4gIGNvbnN0IGluV29yZCA9IGtleXdvcmRPZihub3JtYWxpemVkLCBPUFRfSU5fV09SRFMpO1xuICBjb25zdCBmdXp6eSA9IG91dFdvcmQgfHwgaW5Xb3JkID8gbnVsbCA6IGZ1enp5T3B0T3V0KG5vcm1hbGl6ZWQpO1xuICBjb25zdCBoZWxwV29yZCA9IGtleXdvcmRPZihub3JtYWxpemVkLCBIRUxQX1dPUkRTKTtcbiAgaWYgKG91dFdvcmQgPz8gZnV6enkpIHtcbiAgICBjb25zdCBrZXkgPSAob3V0V29yZCA/PyBmdXp6eSkgYXMgc3RyaW5nO1xuICAgIGNvbnN0IGxhYmVsID0gT1BUX09VVF9XT1JEU1trZXldID8/IGtleS50b1VwcGVyQ2FzZSgpO1xuICAgIHJlc3VsdC5vcHRPdXQgPSB0cnVlO1xuICAgIHJlc3VsdC5vcHRPdXRTY29wZSA9ICdhbGwnO1xuICAgIHJlc3VsdC5tZXRob2QgPSAna2V5d29yZCc7XG4gICAgcmVzdWx0LmJhcmVDYW5jZWwgPSBrZXkgPT09ICdjYW5jZWwnIHx8IGtleSA9PT0gJ2NhbmNlbGFyJztcbiAgICByZXN1bHQubWF0Y2hlZC5wdXNoKGBrZXl3b3JkOiR7a2V5fWApO1xuICAgIHJlc3VsdC5yZWFzb25zLnB1c2goXG4gICAgICBmdXp6eSAmJiAhb3V0V29yZFxuICAgICAgICA/IGBXaG9sZSBtZXNzYWdlICR7cXVvdGVkfSByZWFkcyBhcyB0aGUgb3B0LW91dCBrZXl3b3JkICR7bGFiZWx9ICh0eXBvIHdpdGhpbiBlZGl0IGRpc3RhbmNlKWBcbiAgICAgICAgOiBgV2hvbGUgbWVzc2FnZSAke3F1b3RlZH0gaXMgdGhlIG9wdC1vdXQga2V5d29yZCAke2xhYmVsfWAsXG4gICAgKTtcbiAgICBpZiAocmVzdWx0LmJhcmVDYW5jZWwpIHJlc3VsdC5yZWFzb25zLnB1c2goJ0JhcmUgQ0FOQ0VMIHJldm9rZXMgY29uc2VudCAoRkNDIGxpc3QpIGJ1dCBtYXkgaGF2ZSBtZWFudCB0aGUgYXBwb2ludG1lbnQ6IHN0YWZmIHNob3VsZCBjYWxsJyk7XG4gICAgcmV0dXJuIHJlc3VsdDtcbiAgfVxuICBpZiAoaW5Xb3JkKSB7XG4gICAgcmVzdWx0Lm9wdEluID0gdHJ1ZTtcbiAgICByZXN1bHQubWV0aG9kID0gJ2tleXdvcmQnO1xuICAgIHJlc3VsdC5tYXRjaGVkLnB1c2goYGtleXdvcmQ6JHtpbldvcmR9YCk7XG4gICAgcmVzdWx0LnJlYXNvbnMucHVzaChgV2hvbGUgbWVzc2FnZSAke3F1b3RlZH0gaXMgdGhlIG9wdC1pbiBrZXl3b3JkICR7T1BUX0lOX1dPUkRTW2luV29yZF19YCk7XG4gICAgcmV0dXJuIHJlc3VsdDtcbiAgfVxuICBjb25zdCB5ZXMgPSBub3JtYWxpemVkO1xuICBpZiAoIWNvbnRleHQucmVwbHlUb0NvbmZpcm1hdGlvbiAmJiBZRVNfV09SRFMuaGFzKHllcykpIHtcbiAgICByZXN1bHQub3B0SW4gPSB0cnVlO1xuICAgIHJlc3VsdC5tZXRob2QgPSAna2V5d29yZCc7XG4gICAgcmVzdWx0Lm1hdGNoZWQucHVzaChga2V5d29yZDoke3llc31gKTtcbiAgICByZXN1bHQucmVhc29ucy5wdXNoKGBXaG9sZSBtZXNzYWdlICR7cXVvdGVkfSBpcyBZRVMsIGFuIG9wdC1pbiBrZXl3b3JkIHdoZW4gaXQgZG9lcyBub3QgYW5zd2VyIGEgY29uZmlybWF0aW9uIHJlcXVlc3RgKTtcbiAgICByZXR1cm4gcmVzdWx0O1xuICB9XG4gIGlmIChoZWxwV29yZCkge1xuICAgIHJlc3VsdC5oZWxwID0gdHJ1ZTtcbiAgICByZXN1bHQubWV0aG9kID0gJ2tleXdvcmQnO1xuICAgIHJlc3VsdC5tYXRjaGVkLnB1c2goYGtleXdvcmQ6JHtoZWxwV29yZH1gKTtcbiAgICByZXN1bHQucmVhc29ucy5wdXNoKGBXaG9sZSBtZXNzYWdlICR7cXVvdGVkfSBpcyB0aGUgaGVscCBrZXl3b3JkICR7SEVMUF9XT1JEU1toZWxwV29yZF19YCk7XG4gICAgcmV0dXJuIHJlc3VsdDtcbiAgfVxuXG4gIC8vIE9wdGluZyBiYWNrIGluIHdpbnMgb3ZlciB0aGUgb3B0LW91dCB3b3JkcyBpdCB1c3VhbGx5IHF1b3RlcyAoXCJJIHRleHRlZCBzdG9wIGJ5IG1pc3Rha2VcIikuXG4gIGZvciAoY29uc3QgcGhyYXNlIG9mIE9QVF9JTl9QSFJBU0VTKSB7XG4gICAgaWYgKHBocmFzZS5yZS50ZXN0KG5vcm1hbGl6ZWQpKSB7XG4gICAgICByZXN1bHQub3B0SW4gPSB0cnVlO1xuICAgICAgcmVzdWx0Lm1ldGhvZCA9ICdwbGFpbl9sYW5ndWFnZSc7XG4gICAgICByZXN1bHQubWF0Y2hlZC5wdXNoKGBwaHJhc2U6JHtwaHJhc2UuaWR9YCk7XG4gICAgICByZXN1bHQucmVhc29ucy5wdXNoKGBQbGFpbi1sYW5ndWFnZSBvcHQtaW46ICR7cGhyYXNlLndoeX1gKTtcbiAgICAgIHJldHVybiByZXN1bHQ7XG4gICAgfVxuICB9XG5cbiAgLy8gMi4gQSBzdHJvbmcga2V5d29yZCBhbG9uZSBhcyBvbmUgc2VudGVuY2U6IFwiU1RPUC4gV2hvIGlzIHRoaXM/XCIgKGJ1dCBub3QgXCJTdG9wPyBUaGUgcmV0aW5vbD9cIikuXG4gIGNvbnN0IHNlbnRlbmNlcyA9IHRleHQuc3BsaXQoLyg/PD1bLiE/XFxuOzopXXxbXFxwe0V4dGVuZGVkX1BpY3RvZ3JhcGhpY31dKXwoPz1bXFxwe0V4dGVuZGVkX1BpY3RvZ3JhcGhpY31dKS91KS5tYXAoKHMpID0+IHMudHJpbSgpKS5maWx0ZXIoQm9vbGVhbik7XG4gIGlmIChzZW50ZW5jZXMubGVuZ3RoID4gMSkge1xuICAgIGZvciAoY29uc3Qgc2VudGVuY2Ugb2Ygc2VudGVuY2VzKSB7XG4gICAgICBpZiAoc2VudGVuY2UuZW5kc1dpdGgoJz8nKSkgY29udGludWU7XG4gICAgICBjb25zdCBuID0gbm9ybWFsaXplVGV4dChzZW50ZW5jZSk7XG4gICAgICBjb25zdCBrZXkgPSBrZXl3b3JkT2YobiwgT1BUX09VVF9XT1JEUyk7XG4gICAgICBjb25zdCB3b3JkID0ga2V5ICYmIFNFTlRFTkNFX09QVF9PVVQuaGFzKGtleSkgPyBrZXkgOiBTRU5URU5DRV9PUFRfT1VULmhhcyhuKSA/IG4gOiBudWxsO1xuICAgICAgaWYgKHdvcmQpIHtcbiAgICAgICAgcmVzdWx0Lm9wdE91dCA9IHRydWU7XG4gICAgICAgIHJlc3VsdC5vcHRPdXRTY29wZSA9IHNjb3BlRm9yKG5vcm1hbGl6ZWQpO1xuICAgICAgICByZXN1bHQubWV0aG9kID0gJ2tleXdvcmQnO1xuICAgICAgICByZXN1bHQubWF0Y2hlZC5wdXNoKGBzZW50ZW5jZS1rZXl3b3JkOiR7d29yZH1gKTtcbiAgICAgICAgcmVzdWx0LnJlYXNvbnMucHVzaChgVGhlIHNlbnRlbmNlIFwiJHtzZW50ZW5jZS5zbGljZSgwLCA0MCl9XCIgaXMgdGhlIG9wdC1vdXQga2V5d29yZCAke09QVF9PVVRfV09SRFNbd29yZF0gPz8gd29yZC50b1VwcGVyQ2FzZSgpfSBvbiBpdHMgb3duYCk7XG4gICAgICAgIHJldHVybiByZXN1bHQ7XG4gICAgICB9XG4gICAgfVxuICB9XG5cbiAgLy8gMy4gUGxhaW4tbGFuZ3VhZ2UgcmVxdWVzdHMsIHdpdGggZ3VhcmRzLlxuICBmb3IgKGNvbnN0IHBocmFzZSBvZiBPUFRfT1VUX1BIUkFTRVMpIHtcbiAgICBjb25zdCBtID0gcGhyYXNlLnJlLmV4ZWMobm9ybWFsaXplZCk7XG4gICAgaWYgKCFtKSBjb250aW51ZTtcbiAgICBjb25zdCBiZWZvcmUgPSBub3JtYWxpemVkLnNsaWNlKDAsIG0uaW5kZXgpLnRyaW0oKTtcbiAgICBpZiAoTkVHQVRJT05fQkVGT1JFLnRlc3QoYmVmb3JlKSkge1xuICAgICAgcmVzdWx0LnJlYXNvbnMucHVzaChgTm90IGFuIG9wdC1vdXQ6IFwiJHttWzBdfVwiIGlzIG5lZ2F0ZWQgKFwiJHtiZWZvcmUuc3BsaXQoJyAnKS5zbGljZSgtMykuam9pbignICcpfVwiKWApO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIGlmIChTRUxGX0dVQVJERUQuaGFzKHBocmFzZS5pZCkgJiYgU0VMRl9TVUJKRUNULnRlc3QoYmVmb3JlKSkge1xuICAgICAgcmVzdWx0LnJlYXNvbnMucHVzaChgTm90IGFuIG9wdC1vdXQ6IFwiJHttWzBdfVwiIGRlc2NyaWJlcyB0aGUgcGF0aWVudCdzIG93biB0ZXh0aW5nYCk7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgaWYgKHBocmFzZS5pZCA9PT0gJ2VuLnN0b3AtdGhlc2UnICYmIFFVRVNUSU9OX0JFRk9SRS50ZXN0KGJlZm9yZSkpIHtcbiAgICAgIHJlc3VsdC5yZWFzb25zLnB1c2goYE5vdCBhbiBvcHQtb3V0OiBcIiR7bVswXX1cIiBpcyBhIHF1ZXN0aW9uIHRoYXQgbWF5IGJlIGFib3V0IGEgc3ltcHRvbWApO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIGlmIChLRUVQX1RFWFRJTkcudGVzdChub3JtYWxpemVkKSAmJiAhUFJPTU9fUkUudGVzdChub3JtYWxpemVkKSkge1xuICAgICAgcmVzdWx0LnJlYXNvbnMucHVzaChgTm90IGFuIG9wdC1vdXQ6IFwiJHttWzBdfVwiIGFwcGVhcnMgaW4gYSB0ZXh0IHRoYXQgYXNrcyB0byBrZWVwIHRleHRpbmdgKTtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBpZiAocGhyYXNlLmlkICE9PSAnZW4udW5zdWJzY3JpYmUnICYmIE5PVF9SRVZPQ0FUSU9OLnRlc3Qobm9ybWFsaXplZCkgJiYgIXBocmFzZS5pZC5zdGFydHNXaXRoKCd6aCcpICYmICFwaHJhc2UuaWQuc3RhcnRzV2l0aCgna28nKSkge1xuICAgICAgcmVzdWx0LnJlYXNvbnMucHVzaChgTm90IGFuIG9wdC1vdXQ6IFwiJHttWzBdfVwiIGlzIHF1YWxpZmllZCAodGltaW5nLCBhbm90aGVyIGNoYW5uZWwgb3IgYW5vdGhlciBwZXJzb24pIHJhdGhlciB0aGFuIGEgcmV2b2NhdGlvbmApO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIHJlc3VsdC5vcHRPdXQgPSB0cnVlO1xuICAgIHJlc3VsdC5vcHRPdXRTY29wZSA9IHNjb3BlRm9yKG5vcm1hbGl6ZWQpO1xuICAgIHJlc3VsdC5tZXRob2QgPSAncGxhaW5fbGFuZ3VhZ2UnO1xuICAgIHJlc3VsdC5tYXRjaGVkLnB1c2goYHBocmFzZToke3BocmFzZS5pZH1gKTtcbiAgICByZXN1bHQucmVhc29ucy5wdXNoKGBQbGFpbi1sYW5ndWFnZSBvcHQtb3V0OiAke3BocmFzZS53aHl9IChcIiR7bVswXS50cmltKCl9XCIpJHtyZXN1bHQub3B0T3V0U2NvcGUgPT09ICdtYXJrZXRpbmcnID8gJzsgc2NvcGU6IG1hcmtldGluZyBvbmx5JyA6ICcnfWApO1xuICAgIHJldHVybiByZXN1bHQ7XG4gIH1cblxuICBmb3IgKGNvbnN0IHBocmFzZSBvZiBIRUxQX1BIUkFTRVMpIHtcbiAgICBpZiAocGhyYXNlLnJlLnRlc3Qobm9ybWFsaXplZCkpIHtcbiAgICAgIHJlc3VsdC5oZWxwID0gdHJ1ZTtcbiAgICAgIHJlc3VsdC5tZXRob2QgPSAncGxhaW5fbGFuZ3VhZ2UnO1xuICAgICAgcmVzdWx0Lm1hdGNoZWQucHVzaChgcGhyYXNlOiR7cGhyYXNlLmlkfWApO1xuICAgICAgcmVzdWx0LnJlYXNvbnMucHVzaChgSGVscCByZXF1ZXN0OiAke3BocmFzZS53aHl9YCk7XG4gICAgICByZXR1cm4gcmVzdWx0O1xuICAgIH1cbiAgfVxuICByZXR1cm4gcmVzdWx0O1xufVxuIiwgIi8qKlxuICogU3Ryb25nIGxleGljYWwgcnVsZXMgZm9yIHRoZSBpbnRlbnRzIHRoYXQgZHJpdmUgYXV0b21hdGlvbiAoY29uZmlybSAvIHJlc2NoZWR1bGUgLyBjYW5jZWwgYW5cbiAqIGFwcG9pbnRtZW50LCBydW5uaW5nIGxhdGUpIGFuZCBmb3IgYmFyZSBsZXR0ZXJzIHdob3NlIG1lYW5pbmcgZGVwZW5kcyBvbiBjb250ZXh0LiBFdmVyeXRoaW5nXG4gKiBlbHNlIGlzIGxlZnQgdG8gdGhlIHN0YXRpc3RpY2FsIG1vZGVsLiBSZXR1cm5zIG51bGwgd2hlbiBubyBydWxlIGlzIHN1cmUuXG4gKi9cbmltcG9ydCB7IG5vcm1hbGl6ZVRleHQsIHdvcmRSZWdleCB9IGZyb20gJy4vdGV4dC1ub3JtYWxpemUudXRpbC5qcyc7XG5pbXBvcnQgdHlwZSB7IE1lc3NhZ2VJbnRlbnQgfSBmcm9tICcuL2ludGVudHMuanMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIFJ1bGVIaXQge1xuICBpbnRlbnQ6IE1lc3NhZ2VJbnRlbnQ7XG4gIHJ1bGU6IHN0cmluZztcbiAgd2h5OiBzdHJpbmc7XG59XG5cbmNvbnN0IENPTkZJUk1fV09SRFMgPSB3b3JkUmVnZXgoXG4gICdeKGN8Y29uZmlybXxjb25maXJtZWR8Y29uZnJpbXxpIGNvbmZpcm18eWVzfHl8eWVwfHl1cHx5ZWFofHllcyBwbGVhc2V8b2t8b2theXxrfHNpfHNpbXxvdWl8Y298Y29uZmlybW98Y29uZmlybWFkb3xjb25maXJtYWRhfHNlZSB5b3UgdGhlbnwoaSBsbHxpbGx8aSB3aWxsfHdpbGwpIGJlIHRoZXJlfGVtb2ppb2t8eWVzIGVtb2ppb2t8b2sgZW1vamlva3xjb25maXJtZWQgZW1vamlva3xjIGVtb2ppb2t8ZW1vamlvayBlbW9qaW9rKSQnLFxuKTtcbmNvbnN0IENPTkZJUk1fUEhSQVNFID0gd29yZFJlZ2V4KCdcXFxcYihjb25maXJtKGVkfGluZyk/fGNvbmZpcm1vfGNvbmZpcm1hZFtvYV18Y29uZmlybWFyIG1pIGNpdGF8KGkgbGx8aWxsfGkgd2lsbHx3aWxsKSBiZSB0aGVyZXxzZWUgeW91ICh0aGVufHRoZXJlfHRvbW9ycm93fHRtcnd8dGh1cnNkYXl8ZnJpZGF5fHNhdHVyZGF5fG1vbmRheXx0dWVzZGF5fHdlZG5lc2RheXxzdW5kYXkpfGNvdW50IG1lIGlufHN0aWxsIChvbnxjb21pbmd8Z29vZCkgZm9yfGFoaSBlc3RhcmUpXFxcXGInKTtcbmNvbnN0IFJFU0NIRURVTEVfV09SRFMgPSB3b3JkUmVnZXgoJ14ocnxyZXNjaGVkdWxlfHJlc2NoZWR8ciBwbGVhc2V8ciBwbHMpJCcpO1xuY29uc3QgUkVTQ0hFRFVMRV9QSFJBU0UgPSB3b3JkUmVnZXgoXG4gICdcXFxcYihyZXNjaGVkdWxcXFxcdyp8cmVzY2hlZHVlbFxcXFx3KnxyZXNjaGVkfHJlIHNjaGVkdWxlfG1vdmUgKG15fHRoZXxtaW5lfGl0KSggXFxcXHcrKT8oIChhcHB0fGFwcG9pbnRtZW50fGZhY2lhbHxib3RveHxzZXNzaW9ufHZpc2l0KSk/fHB1c2ggKG15fHRoZXxpdCl8Y2hhbmdlIChteXx0aGUpIChhcHB0fGFwcG9pbnRtZW50fHRpbWUpKCB0aW1lKT98c3dpdGNoIG15IChhcHB0fGFwcG9pbnRtZW50KXxkaWZmZXJlbnQgKHRpbWV8ZGF5KXxhbm90aGVyICh0aW1lfGRheSl8bmV3IHRpbWV8Y2FudCBtYWtlIGl0fGNhbiB0IG1ha2UgaXR8Y2Fubm90IG1ha2UgaXR8d29uIHQgbWFrZSBpdHx3b250IG1ha2UgaXR8cmVwcm9ncmFtYXJ8Y2FtYmlhciAobWkgfGxhICk/KGNpdGF8aG9yYSl8bW92ZXIgbWkgY2l0YXxvdHJvIGRpYXxyZW1hcmNhcnxkb2kgbGljaClcXFxcYicsXG4pO1xuY29uc3QgQ0FOQ0VMX0FQUE9JTlRNRU5UID0gd29yZFJlZ2V4KFxuICAnXFxcXGIoY2FuY2VsXFxcXHcqfGNhbmNlbGFyfGNhbmNlbGV8Y2FuY2VsYXxodXkpXFxcXGIuKlxcXFxiKGFwcHR8YXBwb2ludG1lbnR8Ym9va2luZ3xjaXRhfHZpc2l0fGNvbnN1bHR8c2Vzc2lvbnxmYWNpYWx8Ym90b3h8ZmlsbGVyfGxhc2VyfGRyaXB8aHlkcmFmYWNpYWx8bGljaCBoZW58Y29uc3VsdGF8XFxcXGR7MSwyfShhbXxwbSl8aXQpXFxcXGJ8XFxcXGIoYXBwdHxhcHBvaW50bWVudHxib29raW5nfGNpdGF8Y29uc3VsdGEpXFxcXGIuKlxcXFxiKGNhbmNlbFxcXFx3KnxjYW5jZWxhcilcXFxcYicsXG4pO1xuLyoqIFwiSSBoYXZlIHRvIGNhbmNlbCwgbXkgZGF1Z2h0ZXIgaXMgc2lja1wiOiBjYW5jZWxsaW5nIHdpdGhvdXQgbmFtaW5nIHRoZSBhcHBvaW50bWVudCwgYnV0IG5vdCBhIG1lbWJlcnNoaXAuICovXG5jb25zdCBNVVNUX0NBTkNFTCA9IHdvcmRSZWdleCgnXFxcXGIoaGF2ZSB0b3xuZWVkIHRvfGdvdHRhfGdvdCB0b3xnb2luZyB0b3xnb25uYXxtdXN0fHdpbGwgaGF2ZSB0b3xpbGwgaGF2ZSB0b3xsbCBoYXZlIHRvfHRlbmdvIHF1ZXxuZWNlc2l0bykgKGNhbmNlbHxjYW5jZWxhcilcXFxcYig/ISAobXkgfHRoZSB8bWkgKT8obWVtYmVyc2hpcHxzdWJzY3JpcHRpb258b3JkZXJ8Y2FyZHxwYWNrYWdlfHBsYW58bWVtYnJlc2lhfHN1c2NyaXBjaW9uKSknKTtcbmNvbnN0IFJVTk5JTkdfTEFURSA9IHdvcmRSZWdleChcbiAgJ1xcXFxiKHJ1bm5pbmcgKGEgKGxpdHRsZXxiaXQpICk/KGxhdGV8YmVoaW5kKXxydW5pbmcgbGF0ZXxiZSAoYSAoZmV3fGxpdHRsZSkgKT8oXFxcXGQrICk/KG1pbnxtaW5zfG1pbnV0ZXMgKT9sYXRlfFxcXFxkKyA/KG1pbnxtaW5zfG1pbnV0ZXMpIGxhdGV8bGF0ZSBmb3IgbXl8aSBtIGxhdGV8aW0gbGF0ZXxiZWhpbmQgc2NoZWR1bGV8YmUgdGhlcmUgaW4gXFxcXGQrfHRoZXJlIGJ5IFxcXFxkfGV0YSBcXFxcZCt8b213fG9uIG15IHdheXxsbGVnbyB0YXJkZXxsbGVnYXIgXFxcXGQqID8obWludXRvcyApP3RhcmRlfHZveSBlbiBjYW1pbm98bGxlZ28gZW4gXFxcXGQrfGRlbiB0cmV8Y2hlZ2FyIGF0cmFzYWRcXFxcdyp8bGVhdmluZyAoXFxcXHcrICk/bGF0ZXxmZXcgKG1pbnxtaW5zfG1pbnV0ZXMpIGJlaGluZHxcXFxcZCsgKG1pbnxtaW5zfG1pbnV0ZXMpIGJlaGluZClcXFxcYicsXG4pO1xuY29uc3QgVEhBTktTID0gd29yZFJlZ2V4KCdcXFxcYih0aGFua3x0aGFua3N8dGhhbnh8dGh4fHR5fHR5c218dGhhbmsgdXxhcHByZWNpYXRlfGdyYWNpYXN8b2JyaWdhZFtvYV18Y2FtIG9ufHNhbGFtYXR8bWVyY2l8XHUwNDQxXHUwNDNGXHUwNDMwXHUwNDQxXHUwNDM4XHUwNDMxXHUwNDNFfFx1QUMxMFx1QzBBQ1x1RDU2OVx1QjJDOFx1QjJFNHxcdUFDRTBcdUI5QzhcdUM2Q0NcdUM2OTR8XHU4QzIyXHU4QzIyfFx1OEIxRFx1OEIxRHxcdTMwNDJcdTMwOEFcdTMwNENcdTMwNjhcdTMwNDZ8ZW1vamlsb3ZlKVxcXFxifFx1OEMyMlx1OEMyMnxcdUFDMTBcdUMwQUMnKTtcbmNvbnN0IFJUQ19ZRVNfUFJFRklYID0gd29yZFJlZ2V4KCdeKHllc3x5ZXB8eWVhaHx5dXB8eWF8c2l8c2ltfG9rfG9rYXl8Y3xjb25maXJtZWQ/fHNvdW5kcyBnb29kfHBlcmZlY3R8YWJzb2x1dGVseXxkZWZpbml0ZWx5fG9mIGNvdXJzZXxjbGFyb3xlbW9qaW9rKVxcXFxiJyk7XG5jb25zdCBBQ0tfT05MWSA9IHdvcmRSZWdleCgnXihjfHJ8b2t8b2theXxrfGtrfGVtb2ppb2t8eXx5ZXMgb2spJCcpO1xuXG5leHBvcnQgZnVuY3Rpb24gaW50ZW50UnVsZSh0ZXh0OiBzdHJpbmcsIHJlcGx5VG9Db25maXJtYXRpb246IGJvb2xlYW4pOiBSdWxlSGl0IHwgbnVsbCB7XG4gIGNvbnN0IHQgPSBub3JtYWxpemVUZXh0KHRleHQsIHsgZW1vamlXb3JkczogdHJ1ZSB9KTtcbiAgaWYgKCF0KSByZXR1cm4gbnVsbDtcbiAgaWYgKHJlcGx5VG9Db25maXJtYXRpb24gJiYgUkVTQ0hFRFVMRV9XT1JEUy50ZXN0KHQpKSByZXR1cm4geyBpbnRlbnQ6ICdyZXNjaGVkdWxlJywgcnVsZTogJ3JlcGx5OlInLCB3aHk6ICdSZXBsaWVzIFIgKHJlc2NoZWR1bGUpIHRvIG91ciBjb25maXJtYXRpb24gcmVxdWVzdCcgfTtcbiAgaWYgKHJlcGx5VG9Db25maXJtYXRpb24gJiYgQ09ORklSTV9XT1JEUy50ZXN0KHQpKSByZXR1cm4geyBpbnRlbnQ6ICdjb25maXJtJywgcnVsZTogJ3JlcGx5OkMnLCB3aHk6IGBSZXBsaWVzIFwiJHt0ZXh0LnRyaW0oKX1cIiAoY29uZmlybSkgdG8gb3VyIGNvbmZpcm1hdGlvbiByZXF1ZXN0YCB9O1xuICBpZiAoIXJlcGx5VG9Db25maXJtYXRpb24gJiYgQUNLX09OTFkudGVzdCh0KSkgcmV0dXJuIHsgaW50ZW50OiAnb3RoZXInLCBydWxlOiAnYmFyZS1sZXR0ZXInLCB3aHk6IGBcIiR7dGV4dC50cmltKCl9XCIgYWxvbmUgb25seSBtZWFucyBjb25maXJtL3Jlc2NoZWR1bGUgYXMgYW4gYW5zd2VyIHRvIGEgY29uZmlybWF0aW9uIHJlcXVlc3RgIH07XG4gIGlmIChDQU5DRUxfQVBQT0lOVE1FTlQudGVzdCh0KSB8fCBNVVNUX0NBTkNFTC50ZXN0KHQpKSByZXR1cm4geyBpbnRlbnQ6ICdjYW5jZWxfYXBwb2ludG1lbnQnLCBydWxlOiAncGhyYXNlOmNhbmNlbC1hcHBvaW50bWVudCcsIHdoeTogJ0Fza3MgdG8gY2FuY2VsIHRoZSBhcHBvaW50bWVudCAoY2FuY2VsICsgYXBwb2ludG1lbnQgd29yZHMpJyB9O1xuICBpZiAoUkVTQ0hFRFVMRV9QSFJBU0UudGVzdCh0KSkgcmV0dXJuIHsgaW50ZW50OiAncmVzY2hlZHVsZScsIHJ1bGU6ICdwaHJhc2U6cmVzY2hlZHVsZScsIHdoeTogJ0Fza3MgdG8gbW92ZSB0aGUgYXBwb2ludG1lbnQnIH07XG4gIGlmIChSVU5OSU5HX0xBVEUudGVzdCh0KSkgcmV0dXJuIHsgaW50ZW50OiAncnVubmluZ19sYXRlJywgcnVsZTogJ3BocmFzZTpydW5uaW5nLWxhdGUnLCB3aHk6ICdTYXlzIHRoZXkgYXJlIHJ1bm5pbmcgbGF0ZSAvIG9uIHRoZWlyIHdheScgfTtcbiAgaWYgKENPTkZJUk1fUEhSQVNFLnRlc3QodCkpIHJldHVybiB7IGludGVudDogJ2NvbmZpcm0nLCBydWxlOiAncGhyYXNlOmNvbmZpcm0nLCB3aHk6ICdDb25maXJtcyBleHBsaWNpdGx5JyB9O1xuICBpZiAocmVwbHlUb0NvbmZpcm1hdGlvbiAmJiBSVENfWUVTX1BSRUZJWC50ZXN0KHQpKSByZXR1cm4geyBpbnRlbnQ6ICdjb25maXJtJywgcnVsZTogJ3JlcGx5OnllcycsIHdoeTogJ0Fuc3dlcnMgb3VyIGNvbmZpcm1hdGlvbiByZXF1ZXN0IHdpdGggeWVzJyB9O1xuICAvLyBBIHNob3J0IHRoYW5rLXlvdSB3aXRob3V0IGEgcXVlc3Rpb247IGxvbmdlciB0ZXh0cyB0aGF0IGFsc28gdGhhbmsgYXJlIGxlZnQgdG8gdGhlIG1vZGVsLlxuICBpZiAoVEhBTktTLnRlc3QodCkgJiYgIXRleHQuaW5jbHVkZXMoJz8nKSAmJiB0LnNwbGl0KCcgJykubGVuZ3RoIDw9IDEwKSByZXR1cm4geyBpbnRlbnQ6ICd0aGFua3MnLCBydWxlOiAncGhyYXNlOnRoYW5rcycsIHdoeTogJ1NheXMgdGhhbmsgeW91JyB9O1xuICByZXR1cm4gbnVsbDtcbn1cbiIsICIvKiogRXZlcnkgaW50ZW50IHRoZSBjbGFzc2lmaWVyIGNhbiByZXR1cm4gKHRoZSBDTEkgY29udHJhY3QgYW5kIHRoZSBzbWFydC1yZXBsaWVzIGZlYXR1cmUgdXNlIHRoZXNlKS4gKi9cbmV4cG9ydCBjb25zdCBNRVNTQUdFX0lOVEVOVFMgPSBbXG4gICdjb25maXJtJyxcbiAgJ3Jlc2NoZWR1bGUnLFxuICAnY2FuY2VsX2FwcG9pbnRtZW50JyxcbiAgJ3J1bm5pbmdfbGF0ZScsXG4gICdib29rX25ldycsXG4gICdwcmljaW5nJyxcbiAgJ2RpcmVjdGlvbnNfcGFya2luZycsXG4gICdob3VycycsXG4gICdhZnRlcmNhcmUnLFxuICAncHJlX3RyZWF0bWVudCcsXG4gICdicmluZ19ndWVzdCcsXG4gICdjb21wbGFpbnQnLFxuICAndGhhbmtzJyxcbiAgJ29wdF9vdXQnLFxuICAnb3B0X2luJyxcbiAgJ2hlbHAnLFxuICAnb3RoZXInLFxuXSBhcyBjb25zdDtcbmV4cG9ydCB0eXBlIE1lc3NhZ2VJbnRlbnQgPSAodHlwZW9mIE1FU1NBR0VfSU5URU5UUylbbnVtYmVyXTtcblxuLyoqIEludGVudHMgZGVjaWRlZCBieSB0aGUgY29uc2VudCBydWxlcyBvbmx5OyB0aGUgc3RhdGlzdGljYWwgbW9kZWwgbmV2ZXIgcHJlZGljdHMgdGhlbS4gKi9cbmV4cG9ydCBjb25zdCBDT05TRU5UX0lOVEVOVFM6IFJlYWRvbmx5U2V0PE1lc3NhZ2VJbnRlbnQ+ID0gbmV3IFNldChbJ29wdF9vdXQnLCAnb3B0X2luJywgJ2hlbHAnXSk7XG4iLCAiLyoqXG4gKiBIYW5kLXdyaXR0ZW4gY3VlIHdvcmRzIHBlciBpbnRlbnQsIGluIHRoZSBsYW5ndWFnZXMgcGF0aWVudHMgdXNlLiBUaGV5IGJlY29tZSBleHRyYSBmZWF0dXJlcyBvZlxuICogdGhlIE5haXZlIEJheWVzIG1vZGVsICh3aGljaCBsZWFybnMgaG93IG11Y2ggZWFjaCBjdWUgaXMgd29ydGgpLCBzbyB0aGUgbW9kZWwgZ2VuZXJhbGlzZXMgdG9cbiAqIHRleHRzIHdob3NlIGV4YWN0IHdvcmRzIG5ldmVyIGFwcGVhcmVkIGluIHRoZSBjb3JwdXM6IFwid2hhdCdzIHRoZSBmZWUgZm9yXHUyMDI2XCIgXHUyMTkyIHByaWNlIGN1ZS5cbiAqL1xuaW1wb3J0IHsgd29yZFJlZ2V4IH0gZnJvbSAnLi90ZXh0LW5vcm1hbGl6ZS51dGlsLmpzJztcblxuY29uc3QgQ1VFUzogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHtcbiAgcHJpY2U6XG4gICAgJ2hvdyBtdWNofGNvc3RcXFxcdyp8cHJpY2VcXFxcdyp8cHJpY2luZ3xwcmljZXN8ZmVlfGZlZXN8Y2hhcmdlIGZvcnxwZXIgdW5pdHxcXFxcJCA/XFxcXGQrfFxcXFxkKyBkb2xsYXJzfHNwZWNpYWxzP3xkZWFscz98ZGlzY291bnRcXFxcdyp8cHJvbW9cXFxcdyp8cGFja2FnZXM/fHBheW1lbnQgcGxhbnM/fGZpbmFuY2luZ3xjaGVycnl8Y2FyZWNyZWRpdHxoc2F8ZnNhfHRheHxjdWFudG98Y3Vlc3RhfGN1ZXN0YW58cHJlY2lvXFxcXHcqfGNvc3RvfHF1YW50b3xjdXN0YXxwcmVjb3xnaWEgYmFvIG5oaWV1fGJhbyBuaGlldXxzYWxlfG1lbWJlcnNoaXAgcHJpY2V8ZnJlZScsXG4gIGxvY2F0aW9uOlxuICAgICdwYXJrXFxcXHcqfGxvdHxnYXJhZ2V8YWRkcmVzc3xhZGR5fGRpcmVjdGlvbnM/fGVudHJhbmNlfHN1aXRlfGZsb29yfGJ1aWxkaW5nfGVsZXZhdG9yfGRvb3J8bG9iYnl8d2hlcmUgYXJlIHlvdXx3aGVyZSBpc3x3aGVyZXN8bG9jYXRlZHxsb2NhdGlvbnxuZWFyfG5leHQgdG98YWNyb3NzIGZyb218Y3Jvc3Mgc3RyZWV0fG1hcHM/fGdwc3xsb3N0fGZpbmQgeW91fGZpbmQgdGhlfGVzdGFjaW9uXFxcXHcqfGRpcmVjY2lvbnxkb25kZXxlbnRyYWRhfGVuZGVyZWNvfGRpYSBjaGl8byBkYXV8b25kZXx2YWxpZGF0XFxcXHcqJyxcbiAgaG91cnM6XG4gICAgJ2hvdXJzP3xvcGVuXFxcXHcqfGNsb3NlfGNsb3Nlc3xjbG9zZWR8Y2xvc2luZ3xob3JhcmlvfGFicmVufGFiaWVydG9zP3xjaWVycmFufG1vIGN1YXxnaW98cXVlIGhvcmFzfHdlZWtlbmRzP3xzdW5kYXl8c2F0dXJkYXl8aG9saWRheVxcXFx3Knx0aGFua3NnaXZpbmd8Y2hyaXN0bWFzfHdhbGsgaW5zP3xsYXRlIG9ufGVhcmx5fGRvbWluZ298c2FiYWRvJyxcbiAgZ3Vlc3Q6XG4gICAgJ2JyaW5nfGJyaW5nc3xicmluZ2luZ3xjb21lIHdpdGggbWV8Y29tZSBhbG9uZ3xjb21lIGluIHRoZSByb29tfHdpdGggbWV8aHVzYmFuZHx3aWZlfGJveWZyaWVuZHxnaXJsZnJpZW5kfHBhcnRuZXJ8ZnJpZW5kfGJlc3RpZXxzaXN0ZXJ8YnJvdGhlcnxtb218bW90aGVyfGRhZHxkYXVnaHRlcnxzb258a2lkcz98YmFieXxjaGlsZFxcXFx3Knxzb21lb25lfHNpdHRlcnx0cmFuc2xhdGV8c2VydmljZSBkb2d8bGxldmFyfGFjb21wYW5cXFxcdyp8ZXNwb3NvfGVzcG9zYXxoaWphfGhpam98bGV2YXJ8ZmlsaGF8ZGFuIGJhbnxkaSBjdW5nfGNvbm1pZ298YWxsb3dlZCcsXG4gIGFmdGVyOlxuICAgICdhZnRlcnxzaW5jZXxicnVpc1xcXFx3Knxzd2VsbFxcXFx3Knxzd29sbGVufHJlZHxyZWRuZXNzfHBlZWxcXFxcdyp8aXRjaFxcXFx3KnxudW1iXFxcXHcqfGJ1bXB8bHVtcHxzb3JlXFxcXHcqfHJlc3VsdHM/fG5vcm1hbHx1bmV2ZW58d2FzaHxzaG93ZXJ8d29ya291dHx3b3JrIG91dHxleGVyY2lzZXxzdW58bWFrZXVwIGFmdGVyfG1hc3NhZ2V8aWNlfGljaW5nfGxheSBkb3dufGFsY29ob2wgYWZ0ZXJ8ZGVzcHVlc3xtb3JldG9uXFxcXHcqfGhpbmNoYXpcXFxcdyp8ZGVwb2lzfGluY2hhY298c2F1IGtoaXxzdW5nfHR5bGVub2x8YWR2aWx8b2ludG1lbnR8Y3JlYW18c2VydW18c3RpbmdzP3xidXJuXFxcXHcqfHdlZWtzPyAoYWdvfGFmdGVyKXx0b25pZ2h0JyxcbiAgYmVmb3JlOlxuICAgICdiZWZvcmV8cHJpb3J8cHJlcFxcXFx3KnxhaGVhZHxhcnJpdmV8Y2xlYW4gZmFjZXxubyBtYWtldXB8d2VhciB0b3xzaGF2ZXxzaGF2aW5nfG51bWJpbmd8ZWF0IGJlZm9yZXxmYXN0XFxcXHcqfGZvcm1zP3xwYXBlcndvcmt8c3RvcCB0YWtpbmd8cmV0aW5vbHx0cmV0aW5vaW58YWNjdXRhbmV8YW50aWJpb3RpY3N8Ymxvb2QgdGhpbm5lcnN8ZmlzaCBvaWx8YXNwaXJpbnxicmVhc3RmZWVkXFxcXHcqfHByZWduYW5cXFxcdyp8Y29sZCBzb3JlfHN1bmJ1cm58c3ByYXkgdGFufGFudGVzfHNpbiBtYXF1aWxsYWplfHJhc3VyYXJ8amVqdW18dHJ1b2Mga2hpfHdlZGRpbmd8dG9vIGNsb3NlJyxcbiAgYm9vazpcbiAgICAnYm9va1xcXFx3KnxzY2hlZHVsXFxcXHcqfGFwcG9pbnRtZW50IGZvcnxvcGVuaW5ncz98YXZhaWxhYlxcXFx3KnxhbnkgdGltZXxzbG90fGdldCBpbnxjb21lIGlufGZpcnN0ICh2aXNpdHxhcHBvaW50bWVudCl8Y29uc3VsdFxcXFx3KnxuZXh0IChhdmFpbGFibGV8b3BlbmluZyl8dG91Y2ggP3VwfGZvbGxvdyA/dXB8dHJ5fHdhbnQgdG8gZG98d2FudCB0byBnZXR8c2lnbiB1cCBmb3J8YWdlbmRhcnxjaXRhIHBhcmF8aGFjZXIgdW5hIGNpdGF8Y2l0YXMgZGlzcG9uaWJsZXN8cXVpc2llcmF8bWFyY2FyfGhvcmFyaW8gcGFyYXxkYXQgbGljaHxmaXQgbWUgaW4nLFxuICBjb21wbGFpbnQ6XG4gICAgJ3VuYWNjZXB0YWJsZXxydWRlfHVuaGFwcHl8bm90IGhhcHB5fGRpc2FwcG9pbnRcXFxcdyp8dXBzZXR8YW5ncnl8ZW1vamlhbmdyeXx0ZXJyaWJsZXxhd2Z1bHx3b3JzdHxob3JyaWJsZXxyZWZ1bmR8b3ZlcmNoYXJnXFxcXHcqfGNoYXJnZWQgdHdpY2V8ZG91YmxlIGNoYXJnZWR8bm8gb25lIGFuc3dlcnN8bm9ib2R5fG5ldmVyIGNhbGxlZHx2b2ljZW1haWxzP3xtYW5hZ2VyfGNvbXBsYWluXFxcXHcqfGJhZCByZXZpZXd8cmV2aWV3fG1lc3NlZCB1cHx3YWl0ZWR8d2FpdGluZ3xkaXJ0eXx1bnByb2Zlc3Npb25hbHxtb2xlc3RcXFxcdyp8bWFsIHNlcnZpY2lvfGNvYnJhcm9ufG5vIGVzdG95IGNvbnRlbnRhfG1hbCBhdGVuZGlkXFxcXHcqfGtob25nIGhhaSBsb25nfHJpZGljdWxvdXN8c2NhbScsXG4gIGxhdGU6ICdsYXRlfGJlaGluZHx0cmFmZmljfG9td3xvbiBteSB3YXl8ZXRhfGJlIHRoZXJlIGlufG1pbnV0ZXMgYXdheXxtaW4gYXdheXxwYXJraW5nIG5vd3xhbG1vc3QgdGhlcmV8dGFyZGV8Y2FtaW5vfHRyZXxhdHJhc2FkXFxcXHcqfGRlbGF5ZWR8dWJlcnx0cmFpbnxidXMnLFxuICB0aGFua3M6ICd0aGFua1xcXFx3Knx0aHh8dHl8YXBwcmVjaWF0ZVxcXFx3KnxncmFjaWFzfG9icmlnYWRcXFxcdyp8Y2FtIG9ufHNhbGFtYXR8bWVyY2l8XHUwNDQxXHUwNDNGXHUwNDMwXHUwNDQxXHUwNDM4XHUwNDMxXHUwNDNFfGVtb2ppbG92ZXxsb3ZlfGFtYXppbmd8YXdlc29tZXxiZXN0JyxcbiAgb3RoZXI6ICdnaWZ0IGNhcmRzP3xyZWNlaXB0fGludm9pY2V8Y29weXxyZWNvcmRzP3xsb3lhbHR5fGhpcmluZ3xqb2J8aW5zdXJhbmNlfGxldHRlcnxyZXZpZXd8cHJvZHVjdHM/fHN1bnNjcmVlbnxza2luY2FyZXxuZXcgKHBob25lfG51bWJlcnxlbWFpbCl8ZW1haWx8cGhvdG9zP3xsZWZ0IG15fGxvc3QgbXknLFxufTtcblxuY29uc3QgTUFUQ0hFUlM6IEFycmF5PFtzdHJpbmcsIFJlZ0V4cF0+ID0gT2JqZWN0LmVudHJpZXMoQ1VFUykubWFwKChbY3VlLCBhbHRlcm5hdGl2ZXNdKSA9PiBbY3VlLCBuZXcgUmVnRXhwKHdvcmRSZWdleChgXFxcXGIoJHthbHRlcm5hdGl2ZXN9KVxcXFxiYCkuc291cmNlLCAnZ3UnKV0pO1xuXG4vKiogQ3VlIG5hbWVzIGZvdW5kIGluIG5vcm1hbGlzZWQgdGV4dCwgb25jZSBwZXIgb2NjdXJyZW5jZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsZXhpY2FsQ3Vlcyhub3JtYWxpemVkOiBzdHJpbmcpOiBzdHJpbmdbXSB7XG4gIGNvbnN0IG91dDogc3RyaW5nW10gPSBbXTtcbiAgZm9yIChjb25zdCBbY3VlLCByZV0gb2YgTUFUQ0hFUlMpIHtcbiAgICByZS5sYXN0SW5kZXggPSAwO1xuICAgIGNvbnN0IGhpdHMgPSBub3JtYWxpemVkLm1hdGNoKHJlKTtcbiAgICBpZiAoaGl0cykgZm9yIChsZXQgaSA9IDA7IGkgPCBNYXRoLm1pbihoaXRzLmxlbmd0aCwgMik7IGkrKykgb3V0LnB1c2goY3VlKTtcbiAgfVxuICByZXR1cm4gb3V0O1xufVxuIiwgIi8qKlxuICogQSBzbWFsbCBtdWx0aW5vbWlhbCBOYWl2ZSBCYXllcyBvdmVyIHdvcmQgdW5pL2JpZ3JhbXMgYW5kIGNoYXJhY3RlciBuLWdyYW1zLiBDaGFyYWN0ZXIgbi1ncmFtc1xuICogY2FycnkgdHlwb3MgKFwicmVzY2hlZHVlbFwiLCBcInRtcndcIikgYW5kIGluZmxlY3Rpb25zOyB3b3JkIGZlYXR1cmVzIGNhcnJ5IHBocmFzZXMuIFRyYWluZWQgaW4gYSBmZXdcbiAqIG1pbGxpc2Vjb25kcyBmcm9tIHRoZSBsYWJlbGxlZCBjb3JwdXMsIHNvIHRoZSBtb2RlbCBpcyBidWlsdCBsYXppbHkgb24gZmlyc3QgdXNlIHJhdGhlciB0aGFuXG4gKiBzaGlwcGVkIGFzIGEgZ2VuZXJhdGVkIHdlaWdodHMgZmlsZSB0aGF0IGNvdWxkIGRyaWZ0IGZyb20gdGhlIGNvcnB1cy5cbiAqL1xuaW1wb3J0IHsgbGV4aWNhbEN1ZXMgfSBmcm9tICcuL2ludGVudC1sZXhpY29uLmpzJztcbmltcG9ydCB7IG5vcm1hbGl6ZVRleHQgfSBmcm9tICcuL3RleHQtbm9ybWFsaXplLnV0aWwuanMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIFRyYWluaW5nRXhhbXBsZSB7XG4gIHRleHQ6IHN0cmluZztcbiAgbGFiZWw6IHN0cmluZztcbiAgcmVwbHlUb0NvbmZpcm1hdGlvbj86IGJvb2xlYW47XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgTmFpdmVCYXllc01vZGVsIHtcbiAgbGFiZWxzOiBzdHJpbmdbXTtcbiAgbG9nUHJpb3I6IG51bWJlcltdO1xuICAvKiogZmVhdHVyZSBcdTIxOTIgcGVyLWxhYmVsIGxvZy1saWtlbGlob29kICovXG4gIGxvZ0xpa2VsaWhvb2Q6IE1hcDxzdHJpbmcsIG51bWJlcltdPjtcbiAgLyoqIGxvZy1saWtlbGlob29kIG9mIGFuIHVuc2VlbiBmZWF0dXJlIHBlciBsYWJlbCAqL1xuICB1bnNlZW46IG51bWJlcltdO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFByZWRpY3Rpb24ge1xuICBsYWJlbDogc3RyaW5nO1xuICBjb25maWRlbmNlOiBudW1iZXI7XG4gIC8qKiBUaGUgZmVhdHVyZXMgdGhhdCBwdXNoZWQgaGFyZGVzdCB0b3dhcmRzIHRoZSB3aW5uaW5nIGxhYmVsIChmb3IgdGhlIGV4cGxhbmF0aW9uKS4gKi9cbiAgZXZpZGVuY2U6IHN0cmluZ1tdO1xufVxuXG5jb25zdCBDSEFSX1dFSUdIVCA9IDAuMzU7XG5jb25zdCBDVUVfV0VJR0hUID0gMjtcbi8qKiBGdW5jdGlvbiB3b3JkcyBzYXkgbGl0dGxlIGFib3V0IGludGVudDsgdGhleSBzdGlsbCBjb3VudCBhIGJpdCAoYmlncmFtcyBrZWVwIFwiY2FuIGlcIikuICovXG5jb25zdCBTVE9QV09SRFMgPSBuZXcgU2V0KFxuICAnaSBtZSBteSB5b3UgeW91ciB1IHVyIHRoZSBhIGFuIHRvIG9mIGZvciBpcyBpdCBpbiBvbiBhdCBhbmQgb3IgZG8gZG9lcyBjYW4gY291bGQgd291bGQgd2lsbCBiZSBhbSBhcmUgd2FzIHRoaXMgdGhhdCB3aXRoIGhhdmUgaGFzIGdldCB3ZSBvdXIgZWwgbGEgZGUgbWkgdW4gdW5hIGVuIHBvciBxdWUgZXMgbG9zIGxhcyBzZSBsbyBtZSBsZSBvIGUgYSB1bSB1bWEgZG8gZGEnLnNwbGl0KCcgJyksXG4pO1xuXG4vKiogRmVhdHVyZXMgb2Ygb25lIHRleHQsIHdpdGggd2VpZ2h0cy4gRGV0ZXJtaW5pc3RpYyBvcmRlci4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmZWF0dXJlc09mKHRleHQ6IHN0cmluZywgcmVwbHlUb0NvbmZpcm1hdGlvbiA9IGZhbHNlKTogQXJyYXk8W3N0cmluZywgbnVtYmVyXT4ge1xuICBjb25zdCBub3JtYWxpemVkID0gbm9ybWFsaXplVGV4dCh0ZXh0LCB7IGVtb2ppV29yZHM6IHRydWUgfSk7XG4gIGNvbnN0IHRva2VucyA9IG5vcm1hbGl6ZWQgPyBub3JtYWxpemVkLnNwbGl0KCcgJykgOiBbXTtcbiAgY29uc3Qgb3V0OiBBcnJheTxbc3RyaW5nLCBudW1iZXJdPiA9IFtdO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IHRva2Vucy5sZW5ndGg7IGkrKykge1xuICAgIGNvbnN0IHRva2VuID0gdG9rZW5zW2ldITtcbiAgICBvdXQucHVzaChbYHc6JHt0b2tlbn1gLCBTVE9QV09SRFMuaGFzKHRva2VuKSA/IDAuMyA6IDFdKTtcbiAgICBpZiAoaSA+IDApIG91dC5wdXNoKFtgYjoke3Rva2Vuc1tpIC0gMV19ICR7dG9rZW59YCwgMV0pO1xuICAgIGNvbnN0IHBhZGRlZCA9IGA8JHt0b2tlbn0+YDtcbiAgICBjb25zdCBuID0gL1tcXHB7U2NyaXB0PUhhbn1cXHB7U2NyaXB0PUhhbmd1bH1cXHB7U2NyaXB0PUhpcmFnYW5hfVxccHtTY3JpcHQ9S2F0YWthbmF9XS91LnRlc3QodG9rZW4pID8gMiA6IDQ7XG4gICAgZm9yIChsZXQgaiA9IDA7IGogKyBuIDw9IHBhZGRlZC5sZW5ndGg7IGorKykgb3V0LnB1c2goW2BjOiR7cGFkZGVkLnNsaWNlKGosIGogKyBuKX1gLCBDSEFSX1dFSUdIVF0pO1xuICB9XG4gIGZvciAoY29uc3QgY3VlIG9mIGxleGljYWxDdWVzKG5vcm1hbGl6ZWQpKSBvdXQucHVzaChbYGs6JHtjdWV9YCwgQ1VFX1dFSUdIVF0pO1xuICBpZiAocmVwbHlUb0NvbmZpcm1hdGlvbikgb3V0LnB1c2goWydjdHg6cmVwbHktdG8tY29uZmlybWF0aW9uJywgMV0pO1xuICBpZiAodGV4dC50cmltKCkuZW5kc1dpdGgoJz8nKSkgb3V0LnB1c2goWydzaGFwZTpxdWVzdGlvbicsIDFdKTtcbiAgcmV0dXJuIG91dDtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHRyYWluTmFpdmVCYXllcyhleGFtcGxlczogcmVhZG9ubHkgVHJhaW5pbmdFeGFtcGxlW10sIGFscGhhID0gMC4zKTogTmFpdmVCYXllc01vZGVsIHtcbiAgY29uc3QgbGFiZWxzID0gWy4uLm5ldyBTZXQoZXhhbXBsZXMubWFwKChlKSA9PiBlLmxhYmVsKSldLnNvcnQoKTtcbiAgY29uc3QgaW5kZXggPSBuZXcgTWFwKGxhYmVscy5tYXAoKGwsIGkpID0+IFtsLCBpXSkpO1xuICBjb25zdCBkb2NDb3VudCA9IG5ldyBBcnJheTxudW1iZXI+KGxhYmVscy5sZW5ndGgpLmZpbGwoMCk7XG4gIGNvbnN0IHRvdGFscyA9IG5ldyBBcnJheTxudW1iZXI+KGxhYmVscy5sZW5ndGgpLmZpbGwoMCk7XG4gIGNvbnN0IGNvdW50cyA9IG5ldyBNYXA8c3RyaW5nLCBudW1iZXJbXT4oKTtcbiAgZm9yIChjb25zdCBleGFtcGxlIG9mIGV4YW1wbGVzKSB7XG4gICAgY29uc3QgbGkgPSBpbmRleC5nZXQoZXhhbXBsZS5sYWJlbCkhO1xuICAgIGRvY0NvdW50W2xpXSEgKz0gMTtcbiAgICBmb3IgKGNvbnN0IFtmZWF0dXJlLCB3ZWlnaHRdIG9mIGZlYXR1cmVzT2YoZXhhbXBsZS50ZXh0LCBleGFtcGxlLnJlcGx5VG9Db25maXJtYXRpb24pKSB7XG4gICAgICBsZXQgcm93ID0gY291bnRzLmdldChmZWF0dXJlKTtcbiAgICAgIGlmICghcm93KSBjb3VudHMuc2V0KGZlYXR1cmUsIChyb3cgPSBuZXcgQXJyYXk8bnVtYmVyPihsYWJlbHMubGVuZ3RoKS5maWxsKDApKSk7XG4gICAgICByb3dbbGldISArPSB3ZWlnaHQ7XG4gICAgICB0b3RhbHNbbGldISArPSB3ZWlnaHQ7XG4gICAgfVxuICB9XG4gIGNvbnN0IHZvY2FidWxhcnkgPSBjb3VudHMuc2l6ZTtcbiAgY29uc3QgZGVub21pbmF0b3JzID0gdG90YWxzLm1hcCgodCkgPT4gTWF0aC5sb2codCArIGFscGhhICogdm9jYWJ1bGFyeSkpO1xuICBjb25zdCBsb2dMaWtlbGlob29kID0gbmV3IE1hcDxzdHJpbmcsIG51bWJlcltdPigpO1xuICBmb3IgKGNvbnN0IFtmZWF0dXJlLCByb3ddIG9mIGNvdW50cykgbG9nTGlrZWxpaG9vZC5zZXQoZmVhdHVyZSwgcm93Lm1hcCgoYywgbGkpID0+IE1hdGgubG9nKGMgKyBhbHBoYSkgLSBkZW5vbWluYXRvcnNbbGldISkpO1xuICByZXR1cm4ge1xuICAgIGxhYmVscyxcbiAgICBsb2dQcmlvcjogZG9jQ291bnQubWFwKChjKSA9PiBNYXRoLmxvZyhjIC8gZXhhbXBsZXMubGVuZ3RoKSksXG4gICAgbG9nTGlrZWxpaG9vZCxcbiAgICB1bnNlZW46IGRlbm9taW5hdG9ycy5tYXAoKGQpID0+IE1hdGgubG9nKGFscGhhKSAtIGQpLFxuICB9O1xufVxuXG5leHBvcnQgZnVuY3Rpb24gcHJlZGljdChtb2RlbDogTmFpdmVCYXllc01vZGVsLCB0ZXh0OiBzdHJpbmcsIHJlcGx5VG9Db25maXJtYXRpb24gPSBmYWxzZSk6IFByZWRpY3Rpb24ge1xuICBjb25zdCBmZWF0dXJlcyA9IGZlYXR1cmVzT2YodGV4dCwgcmVwbHlUb0NvbmZpcm1hdGlvbikuZmlsdGVyKChbZl0pID0+IG1vZGVsLmxvZ0xpa2VsaWhvb2QuaGFzKGYpKTtcbiAgY29uc3Qgc2NvcmVzID0gWy4uLm1vZGVsLmxvZ1ByaW9yXTtcbiAgZm9yIChjb25zdCBbZmVhdHVyZSwgd2VpZ2h0XSBvZiBmZWF0dXJlcykge1xuICAgIGNvbnN0IHJvdyA9IG1vZGVsLmxvZ0xpa2VsaWhvb2QuZ2V0KGZlYXR1cmUpITtcbiAgICBmb3IgKGxldCBsaSA9IDA7IGxpIDwgc2NvcmVzLmxlbmd0aDsgbGkrKykgc2NvcmVzW2xpXSEgKz0gd2VpZ2h0ICogcm93W2xpXSE7XG4gIH1cbiAgLy8gTmFpdmUgQmF5ZXMgaXMgb3Zlci1jb25maWRlbnQ7IHRlbXBlciBieSB0aGUgbnVtYmVyIG9mIGZlYXR1cmVzIGJlZm9yZSB0aGUgc29mdG1heC5cbiAgY29uc3QgdGVtcGVyYXR1cmUgPSBNYXRoLm1heCgxLCBNYXRoLnNxcnQoZmVhdHVyZXMubGVuZ3RoKSk7XG4gIGNvbnN0IG1heCA9IE1hdGgubWF4KC4uLnNjb3Jlcyk7XG4gIGNvbnN0IGV4cCA9IHNjb3Jlcy5tYXAoKHMpID0+IE1hdGguZXhwKChzIC0gbWF4KSAvIHRlbXBlcmF0dXJlKSk7XG4gIGNvbnN0IHN1bSA9IGV4cC5yZWR1Y2UoKGEsIGIpID0+IGEgKyBiLCAwKTtcbiAgbGV0IGJlc3QgPSAwO1xuICBmb3IgKGxldCBsaSA9IDE7IGxpIDwgc2NvcmVzLmxlbmd0aDsgbGkrKykgaWYgKHNjb3Jlc1tsaV0hID4gc2NvcmVzW2Jlc3RdISkgYmVzdCA9IGxpO1xuICBjb25zdCBldmlkZW5jZSA9IGZlYXR1cmVzXG4gICAgLmZpbHRlcigoW2ZdKSA9PiAhZi5zdGFydHNXaXRoKCdjOicpKVxuICAgIC5tYXAoKFtmLCB3XSkgPT4ge1xuICAgICAgY29uc3Qgcm93ID0gbW9kZWwubG9nTGlrZWxpaG9vZC5nZXQoZikhO1xuICAgICAgY29uc3Qgb3RoZXJzID0gcm93LmZpbHRlcigoXywgbGkpID0+IGxpICE9PSBiZXN0KTtcbiAgICAgIHJldHVybiBbZiwgdyAqIChyb3dbYmVzdF0hIC0gTWF0aC5tYXgoLi4ub3RoZXJzKSldIGFzIGNvbnN0O1xuICAgIH0pXG4gICAgLmZpbHRlcigoWywgbWFyZ2luXSkgPT4gbWFyZ2luID4gMClcbiAgICAuc29ydCgoYSwgYikgPT4gYlsxXSAtIGFbMV0pXG4gICAgLnNsaWNlKDAsIDMpXG4gICAgLm1hcCgoW2ZdKSA9PiBmLnJlcGxhY2UoL15bd2JdOi8sICcnKSk7XG4gIHJldHVybiB7IGxhYmVsOiBtb2RlbC5sYWJlbHNbYmVzdF0hLCBjb25maWRlbmNlOiBleHBbYmVzdF0hIC8gc3VtLCBldmlkZW5jZSB9O1xufVxuIiwgIi8qKlxuICogVGhlIGxhYmVsbGVkIGNvcnB1cyBpcyBrZXB0IGFzIHBsYWluIGxpbmVzLCBgaW50ZW50fGZsYWdzfHRleHRgLCBzbyB0aGF0IGh1bmRyZWRzIG9mIHJlYWxpc3RpY1xuICogdGV4dHMgc3RheSByZWFkYWJsZSBhbmQgcmV2aWV3YWJsZSBpbiBhIGRpZmYuIEZsYWdzIChjb21tYS1zZXBhcmF0ZWQpOiBgcnRjYCA9IHJlcGxpZXMgdG8gb3VyXG4gKiBjb25maXJtYXRpb24gcmVxdWVzdCwgYG1rdGAgPSBtYXJrZXRpbmctb25seSBvcHQtb3V0LCBgY2FuY2VsYCA9IGJhcmUgQ0FOQ0VMIChzdGFmZiBhbGVydCksXG4gKiBgaG5gID0gaGFyZCBuZWdhdGl2ZSAodXNlcyBvcHQtb3V0IHdvcmRzIGJ1dCBpcyBub3QgYW4gb3B0LW91dCkuXG4gKi9cbmltcG9ydCB0eXBlIHsgTWVzc2FnZUludGVudCB9IGZyb20gJy4uL2NsYXNzaWZpZXIvaW50ZW50cy5qcyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgTGFiZWxsZWRNZXNzYWdlIHtcbiAgdGV4dDogc3RyaW5nO1xuICBpbnRlbnQ6IE1lc3NhZ2VJbnRlbnQ7XG4gIHJlcGx5VG9Db25maXJtYXRpb246IGJvb2xlYW47XG4gIG1hcmtldGluZ09ubHk6IGJvb2xlYW47XG4gIGJhcmVDYW5jZWw6IGJvb2xlYW47XG4gIGhhcmROZWdhdGl2ZTogYm9vbGVhbjtcbiAgLyoqIFdoZXJlIGl0IGNhbWUgZnJvbSwgZm9yIGVycm9yIHJlcG9ydHM6IGZpbGUgbmFtZSBhbmQgbGluZS4gKi9cbiAgc291cmNlOiBzdHJpbmc7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZUNvcnB1cyhuYW1lOiBzdHJpbmcsIHJhdzogc3RyaW5nKTogTGFiZWxsZWRNZXNzYWdlW10ge1xuICBjb25zdCBvdXQ6IExhYmVsbGVkTWVzc2FnZVtdID0gW107XG4gIHJhdy5zcGxpdCgnXFxuJykuZm9yRWFjaCgobGluZSwgaSkgPT4ge1xuICAgIGlmICghbGluZS50cmltKCkgfHwgbGluZS5zdGFydHNXaXRoKCcjJykpIHJldHVybjtcbiAgICBjb25zdCBmaXJzdCA9IGxpbmUuaW5kZXhPZignfCcpO1xuICAgIGNvbnN0IHNlY29uZCA9IGxpbmUuaW5kZXhPZignfCcsIGZpcnN0ICsgMSk7XG4gICAgaWYgKGZpcnN0IDwgMCB8fCBzZWNvbmQgPCAwKSB0aHJvdyBuZXcgRXJyb3IoYCR7bmFtZX06JHtpICsgMX06IGV4cGVjdGVkIGludGVudHxmbGFnc3x0ZXh0YCk7XG4gICAgY29uc3QgZmxhZ3MgPSBuZXcgU2V0KGxpbmUuc2xpY2UoZmlyc3QgKyAxLCBzZWNvbmQpLnNwbGl0KCcsJykuZmlsdGVyKEJvb2xlYW4pKTtcbiAgICBvdXQucHVzaCh7XG4gICAgICBpbnRlbnQ6IGxpbmUuc2xpY2UoMCwgZmlyc3QpIGFzIE1lc3NhZ2VJbnRlbnQsXG4gICAgICByZXBseVRvQ29uZmlybWF0aW9uOiBmbGFncy5oYXMoJ3J0YycpLFxuICAgICAgbWFya2V0aW5nT25seTogZmxhZ3MuaGFzKCdta3QnKSxcbiAgICAgIGJhcmVDYW5jZWw6IGZsYWdzLmhhcygnY2FuY2VsJyksXG4gICAgICBoYXJkTmVnYXRpdmU6IGZsYWdzLmhhcygnaG4nKSxcbiAgICAgIHRleHQ6IGxpbmUuc2xpY2Uoc2Vjb25kICsgMSksXG4gICAgICBzb3VyY2U6IGAke25hbWV9OiR7aSArIDF9YCxcbiAgICB9KTtcbiAgfSk7XG4gIHJldHVybiBvdXQ7XG59XG4iLCAiLyoqXG4gKiBIYXJkIG5lZ2F0aXZlczogb3JkaW5hcnkgdGV4dHMgdGhhdCB1c2Ugb3B0LW91dCB3b3JkcyAoc3RvcCwgZW5kLCBxdWl0LCBjYW5jZWwsIHJlbW92ZSwgdW5zdWJzY3JpYmUsXG4gKiBhbHRvLCBwYXJhXHUyMDI2KSBidXQgYXJlIG5vdCByZXZvY2F0aW9ucy4gQSBmYWxzZSBvcHQtb3V0IHNpbGVuY2VzIGEgcGF0aWVudCdzIHJlbWluZGVycy5cbiAqL1xuZXhwb3J0IGNvbnN0IEhBUkRfTkVHQVRJVkVfQ09SUFVTID0gU3RyaW5nLnJhd2BcbnByZV90cmVhdG1lbnR8aG58U2hvdWxkIEkgc3RvcCB0YWtpbmcgcmV0aW5vbCBiZWZvcmUgdGhlIHBlZWw/XG5wcmVfdHJlYXRtZW50fGhufHN0b3AgdGFraW5nIHJldGlub2wgYmVmb3JlIHRoZSBwZWVsP1xucHJlX3RyZWF0bWVudHxobnxEbyBJIG5lZWQgdG8gc3RvcCBteSBmaXNoIG9pbCBiZWZvcmUgZmlsbGVyP1xucHJlX3RyZWF0bWVudHxobnxXaGVuIHNob3VsZCBJIHN0b3AgdXNpbmcgdHJldGlub2luIGJlZm9yZSBteSBjaGVtaWNhbCBwZWVsXG5wcmVfdHJlYXRtZW50fGhufG15IGRlcm1hdG9sb2dpc3Qgc2FpZCB0byBzdG9wIGFjY3V0YW5lLCBob3cgbG9uZyBiZWZvcmUgSSBjYW4gZG8gbGFzZXI/XG5wcmVfdHJlYXRtZW50fGhufERvIEkgaGF2ZSB0byBzdG9wIGRyaW5raW5nIGNvZmZlZSBiZWZvcmUgdGhlIElWIGRyaXA/XG5wcmVfdHJlYXRtZW50fGhufHNob3VsZCBpIHN0b3AgaWJ1cHJvZmVuIGJlZm9yZSBib3RveFxucHJlX3RyZWF0bWVudHxobnxJIHN0b3BwZWQgbXkgYmxvb2QgdGhpbm5lcnMgb24gTW9uZGF5LCBpcyB0aGF0IGVub3VnaCBiZWZvcmUgbWljcm9uZWVkbGluZz9cbnByZV90cmVhdG1lbnR8aG58SXMgaXQgb2sgaWYgSSBkb24ndCBzdG9wIG15IHZpdGFtaW4gRSBiZWZvcmUgbGlwIGZpbGxlcj9cbnByZV90cmVhdG1lbnR8aG58U3RvcCBzaGF2aW5nIGhvdyBtYW55IGRheXMgYmVmb3JlIGxhc2VyIGhhaXIgcmVtb3ZhbD9cbnByZV90cmVhdG1lbnR8aG58RG8gSSBzdG9wIGV4Zm9saWF0aW5nIGJlZm9yZSB0aGUgaHlkcmFmYWNpYWw/XG5wcmVfdHJlYXRtZW50fGhufFx1MDBCRlRlbmdvIHF1ZSBkZWphciBkZSB0b21hciBhc3BpcmluYSBhbnRlcyBkZWwgcmVsbGVubz9cbnByZV90cmVhdG1lbnR8aG58RGVibyBwYXJhciBlbCByZXRpbm9sIGFudGVzIGRlbCBwZWVsaW5nP1xuYWZ0ZXJjYXJlfGhufEhvdyBkbyBJIHN0b3AgdGhlIGJsZWVkaW5nIGFmdGVyIG1pY3JvbmVlZGxpbmc/XG5hZnRlcmNhcmV8aG58c3RvcCB0aGUgYmxlZWRpbmc/XG5hZnRlcmNhcmV8aG58VGhlIGJydWlzaW5nIHdvbid0IHN0b3AsIGlzIHRoYXQgbm9ybWFsIGFmdGVyIGZpbGxlcj9cbmFmdGVyY2FyZXxobnxXaGVuIGNhbiBJIHN0b3AgaWNpbmcgbXkgbGlwcz9cbmFmdGVyY2FyZXxobnxIb3cgbG9uZyB1bnRpbCB0aGUgc3dlbGxpbmcgc3RvcHM/XG5hZnRlcmNhcmV8aG58bXkgc2tpbiB3b24ndCBzdG9wIHBlZWxpbmcgYWZ0ZXIgdGhlIHBlZWwsIHdoYXQgZG8gSSBkb1xuYWZ0ZXJjYXJlfGhufFdoZW4gZG9lcyB0aGUgcmVkbmVzcyBlbmQgYWZ0ZXIgbGFzZXI/XG5hZnRlcmNhcmV8aG58Q2FuIEkgcXVpdCB3ZWFyaW5nIHRoZSBjb21wcmVzc2lvbiBnYXJtZW50IGFmdGVyIDIgd2Vla3M/XG5hZnRlcmNhcmV8aG58aG93IGRvIEkgc3RvcCB0aGUgaXRjaGluZyBhZnRlciBjb29sc2N1bHB0aW5nXG5hZnRlcmNhcmV8aG58U2hvdWxkIEkgc3RvcCB1c2luZyB0aGUgc2VydW0geW91IGdhdmUgbWU/IEl0IHN0aW5nc1xuYWZ0ZXJjYXJlfGhufEkgc3RvcHBlZCBwdXR0aW5nIHRoZSBvaW50bWVudCBvbiwgaXMgdGhhdCBvaz9cbmFmdGVyY2FyZXxobnxDYW4gSSByZW1vdmUgdGhlIGJhbmRhZ2UgdG9uaWdodD9cbmFmdGVyY2FyZXxobnx3aGVuIGNhbiBpIHRha2Ugb2ZmIHRoZSBudW1iaW5nIGNyZWFtIHJlc2lkdWVcbmFmdGVyY2FyZXxobnxJcyBpdCBub3JtYWwgdGhhdCB0aGUgdGluZ2xpbmcgaGFzbid0IHN0b3BwZWQ/XG5hZnRlcmNhcmV8aG58XHUwMEJGQ3VcdTAwRTFuZG8gcGFyYSBsYSBoaW5jaGF6XHUwMEYzbiBkZXNwdVx1MDBFOXMgZGVsIGJvdG94P1xub3RoZXJ8aG58SSBxdWl0IHNtb2tpbmcgbGFzdCBtb250aCFcbm90aGVyfGhufEkgcXVpdCBteSBqb2Igc28gbXkgc2NoZWR1bGUgaXMgbW9yZSBvcGVuIG5vd1xub3RoZXJ8aG58TXkgaW5zdXJhbmNlIGVuZGVkLCBkb2VzIHRoYXQgbWF0dGVyIGZvciBjb3NtZXRpYyBzdHVmZj9cbm90aGVyfGhufENhbiB5b3UgcmVtb3ZlIG15IG9sZCBjcmVkaXQgY2FyZCBmcm9tIG15IGZpbGU/XG5vdGhlcnxobnxQbGVhc2UgcmVtb3ZlIG15IG1haWRlbiBuYW1lIGZyb20gbXkgcHJvZmlsZVxub3RoZXJ8aG58SSB3YW50IHRvIHVwZGF0ZSBteSBlbWFpbCwgcmVtb3ZlIHRoZSBvbGQgb25lXG5vdGhlcnxobnxQbGVhc2Ugc3RvcCBzZW5kaW5nIHRoZSBiaWxsIHRvIG15IG9sZCBhZGRyZXNzXG5vdGhlcnxobnxwbGVhc2UgdXBkYXRlIG15IG51bWJlciwgc3RvcCB0ZXh0aW5nIG15IG9sZCBudW1iZXIgNTEyLTU1NS0wMTk5XG5vdGhlcnxobnxJJ2xsIHN0b3AgdGV4dGluZyB5b3Ugc28gbGF0ZSwgc29ycnkhXG5vdGhlcnxobnxzb3JyeSBmb3IgdGV4dGluZyBzbyBtdWNoIGxvbCBJJ2xsIHN0b3Bcbm90aGVyfGhufERvbid0IHN0b3AgdGhlIHJlbWluZGVycywgdGhleSBoZWxwIG1lIGEgbG90XG5vdGhlcnxobnxwbGVhc2UgZG9uJ3QgdW5zdWJzY3JpYmUgbWUsIEkgbG92ZSB0aGUgcmVtaW5kZXJzXG5vdGhlcnxobnxJIGRvbid0IHdhbnQgdG8gb3B0IG91dCwgSSBqdXN0IGdvdCBhIG5ldyBwaG9uZVxub3RoZXJ8aG58RG8gbm90IGNhbmNlbCBteSBtZW1iZXJzaGlwIHBsZWFzZVxub3RoZXJ8aG58ZGlkIG15IG1lbWJlcnNoaXAgZW5kP1xub3RoZXJ8aG58SG93IGRvIEkgc3RvcCBteSBtZW1iZXJzaGlwIGZyb20gYXV0byByZW5ld2luZz9cbm90aGVyfGhufEkgd2FudCB0byBjYW5jZWwgbXkgbWVtYmVyc2hpcFxuZGlyZWN0aW9uc19wYXJraW5nfGhufFRoZSBlbmQgb2YgdGhlIHBhcmtpbmcgZ2FyYWdlIGlzIGNsb3NlZCBidHdcbm90aGVyfGhufENhbiB5b3Ugc3RvcCBieSBteSBjYXI/IEknbSBpbiBhIHdoZWVsY2hhaXIgdG9kYXlcbm90aGVyfGhufHJlbW92ZSBtZSBmcm9tIHRoZSB3YWl0bGlzdCwgSSBmb3VuZCBhIHRpbWVcbm90aGVyfGhufFRha2UgbWUgb2ZmIHRoZSB3YWl0bGlzdCBwbGVhc2UsIFR1ZXNkYXkgd29ya2VkIG91dFxucHJpY2luZ3xobnxXaGVuIGRvZXMgdGhlIHByb21vIGVuZD9cbnByaWNpbmd8aG58dGhlIHByb21vIGVuZHMgRnJpZGF5IHJpZ2h0P1xucHJpY2luZ3xobnxJcyB0aGUgYm90b3ggc3BlY2lhbCBlbmRpbmcgc29vbj9cbnByaWNpbmd8aG58RG9lcyB0aGUgMjAlIG9mZiBkZWFsIGVuZCB0aGlzIHdlZWs/XG5wcmljaW5nfGhufElzIHRoZSBzYWxlIG92ZXI/IEkgd2FudCB0aGUgbGlwIGZpbGxlciBkZWFsXG5wcmljaW5nfGhufGFyZSB5b3UgZ29pbmcgdG8gc3RvcCBkb2luZyB0aGUgJDEwL3VuaXQgYm90b3ggZGVhbD9cbnByaWNpbmd8aG58RGlkIHRoZSBtZW1iZXJzaGlwIGRpc2NvdW50IHN0b3A/XG5wcmljaW5nfGhufEN1XHUwMEUxbmRvIHRlcm1pbmEgbGEgcHJvbW9jaVx1MDBGM24/XG5wcmljaW5nfGhufEhvdyBtdWNoIHRvIHJlbW92ZSBhIHRhdHRvbz9cbnByaWNpbmd8aG58SG93IG11Y2ggaXMgbGFzZXIgcmVtb3ZhbCBmb3IgYSBzbWFsbCB0YXR0b29cbmNhbmNlbF9hcHBvaW50bWVudHxobnxJIG5lZWQgdG8gY2FuY2VsIG15IGFwcG9pbnRtZW50XG5jYW5jZWxfYXBwb2ludG1lbnR8aG58Q2FuY2VsIG15IGFwcG9pbnRtZW50IHBsZWFzZVxuY2FuY2VsX2FwcG9pbnRtZW50fGhufGNhbiBJIGNhbmNlbCBteSBhcHB0IGZvciBmcmlkYXlcbmNhbmNlbF9hcHBvaW50bWVudHxobnxQbGVhc2UgY2FuY2VsIG15IGJvdG94IGFwcG9pbnRtZW50IHRvbW9ycm93XG5jYW5jZWxfYXBwb2ludG1lbnR8aG58SSBoYXZlIHRvIGNhbmNlbCwgbXkgZGF1Z2h0ZXIgaXMgc2lja1xuY2FuY2VsX2FwcG9pbnRtZW50fGhufGNhbmNlbCBUdWVzZGF5IHBsZWFzZSwgc29tZXRoaW5nIGNhbWUgdXBcbmNhbmNlbF9hcHBvaW50bWVudHxobnxDYW4geW91IGNhbmNlbCBteSBmYWNpYWw/IEknbGwgcmVib29rIGxhdGVyXG5jYW5jZWxfYXBwb2ludG1lbnR8aG58SSdkIGxpa2UgdG8gY2FuY2VsIG15IDNwbVxuY2FuY2VsX2FwcG9pbnRtZW50fGhufHF1aWVybyBjYW5jZWxhciBtaSBjaXRhXG5jYW5jZWxfYXBwb2ludG1lbnR8aG58TmVjZXNpdG8gY2FuY2VsYXIgbWkgY2l0YSBkZWwganVldmVzXG5jYW5jZWxfYXBwb2ludG1lbnR8aG58SSBuZWVkIHRvIGNhbmNlbCB0b21vcnJvdydzIElWIGRyaXBcbmNhbmNlbF9hcHBvaW50bWVudHxobnxjYW5jZWwgdGhlIGh5ZHJhZmFjaWFsIG9uIHRoZSAxMnRoIHBsc1xuY2FuY2VsX2FwcG9pbnRtZW50fGhufFN0b3AgbXkgYXBwb2ludG1lbnQgdG9tb3Jyb3csIEkgY2FuJ3QgY29tZVxuY2FuY2VsX2FwcG9pbnRtZW50fGhufFBsZWFzZSByZW1vdmUgbWUgZnJvbSB0b21vcnJvdydzIHNjaGVkdWxlXG5jYW5jZWxfYXBwb2ludG1lbnR8cnRjLGhufEkgaGF2ZSB0byBjYW5jZWwsIHNvcnJ5XG5kaXJlY3Rpb25zX3Bhcmtpbmd8aG58Q2FuIEkgc3RvcCBieSBhdCAzIHRvIHBpY2sgdXAgbXkgc3Vuc2NyZWVuP1xuZGlyZWN0aW9uc19wYXJraW5nfGhufGNhbiBpIHN0b3AgYnkgdGhlIG9mZmljZSBhdCAzXG5kaXJlY3Rpb25zX3Bhcmtpbmd8aG58V2hlcmUgZG8gSSBzdG9wIHRvIHBhcms/IFRoZSBsb3QgaXMgZnVsbFxuZGlyZWN0aW9uc19wYXJraW5nfGhufFdoaWNoIGJ1cyBzdG9wIGlzIGNsb3Nlc3QgdG8geW91P1xuZGlyZWN0aW9uc19wYXJraW5nfGhufGlzIHRoZSBlbnRyYW5jZSBhdCB0aGUgZW5kIG9mIHRoZSBoYWxsd2F5P1xuZGlyZWN0aW9uc19wYXJraW5nfGhufElzIHRoZSBzdWl0ZSBhdCB0aGUgZW5kIG9mIHRoZSBzdHJpcCBtYWxsP1xuZGlyZWN0aW9uc19wYXJraW5nfGhufERvIEkgcGFyayBhdCB0aGUgZW5kIG9mIHRoZSBidWlsZGluZz9cbmRpcmVjdGlvbnNfcGFya2luZ3xobnxcdTAwQkZEXHUwMEYzbmRlIG1lIHBhcm8gcGFyYSBlc3RhY2lvbmFyP1xuYm9va19uZXd8aG58SSdsbCBzdG9wIGJ5IHRvbW9ycm93IHRvIGJvb2sgYSBmYWNpYWxcbmJvb2tfbmV3fGhufENhbiBJIHN0b3AgaW4gdG8gYm9vayBhIGNvbnN1bHQgZm9yIGNvb2xzY3VscHRpbmc/XG5ib29rX25ld3xobnxJIHdhbnQgdG8gc3RhcnQgYm90b3gsIGRvIHlvdSBoYXZlIGFueXRoaW5nIG5leHQgd2Vlaz9cbmJvb2tfbmV3fGhufEknZCBsaWtlIHRvIHN0YXJ0IGxhc2VyIGhhaXIgcmVtb3ZhbCwgd2hlbiBpcyB0aGUgbmV4dCBvcGVuaW5nXG5ib29rX25ld3xobnxDYW4gSSBib29rIGEgdGF0dG9vIHJlbW92YWwgY29uc3VsdD9cbmJvb2tfbmV3fGhufEkgd2FudCB0byBjb21lIGluIGJlZm9yZSB0aGUgcHJvbW8gZW5kcywgYW55IG9wZW5pbmdzIFRodXJzZGF5P1xucnVubmluZ19sYXRlfGhufFN0b3BwZWQgYXQgYSByZWQgbGlnaHQsIDUgbWluIGxhdGVcbnJ1bm5pbmdfbGF0ZXxobnxJJ20gYXQgdGhlIGJ1cyBzdG9wLCBydW5uaW5nIDEwIG1pbnV0ZXMgbGF0ZVxucnVubmluZ19sYXRlfGhufHN0dWNrIGluIHRyYWZmaWMsIGNhbid0IHN0b3AgaXQsIGJlIHRoZXJlIGluIDE1XG5ydW5uaW5nX2xhdGV8aG58SSBoYWQgdG8gc3RvcCBmb3IgZ2FzLCBydW5uaW5nIGEgZmV3IG1pbiBiZWhpbmRcbmhvdXJzfGhufFdoYXQgdGltZSBkbyB5b3UgZW5kIHRvZGF5P1xuaG91cnN8aG58d2hhdCB0aW1lIGRvZXMgdGhlIGxhc3QgYXBwb2ludG1lbnQgZW5kIG9uIHNhdHVyZGF5XG5ob3Vyc3xobnxBcmUgeW91IG9wZW4gYXQgdGhlIGVuZCBvZiBEZWNlbWJlcj9cbmhvdXJzfGhufFdoZW4gZG8geW91IHN0b3AgdGFraW5nIHdhbGsgaW5zP1xuaG91cnN8aG58V2hhdCB0aW1lIGRvIHlvdSBzdG9wIGFuc3dlcmluZyB0aGUgcGhvbmU/XG5icmluZ19ndWVzdHxobnxDYW4gbXkgZnJpZW5kIGNvbWU/IFNoZSB3YW50cyB0byBzdGFydCBib3RveCB0b29cbmJyaW5nX2d1ZXN0fGhufGNhbiBteSBodXNiYW5kIHN0b3AgYnkgd2l0aCBtZSBkdXJpbmcgbXkgYXBwb2ludG1lbnRcbnJlc2NoZWR1bGV8aG58U3RvcCwgd2FpdCwgSSBtZWFudCBUaHVyc2RheSBub3QgVHVlc2RheSwgY2FuIHdlIG1vdmUgaXQ/XG5yZXNjaGVkdWxlfGhufEkgY2FuJ3QgbWFrZSBpdCwgY2FuIHdlIGVuZCB1cCBkb2luZyBuZXh0IHdlZWsgaW5zdGVhZD9cbnJlc2NoZWR1bGV8aG58SSBuZWVkIHRvIG1vdmUgbXkgYXBwb2ludG1lbnQsIG15IHdvcmsgc2hpZnQgZW5kcyBsYXRlXG5yZXNjaGVkdWxlfHJ0YyxobnxSIC0gbXkgc2hpZnQgZG9lc24ndCBlbmQgdW50aWwgNlxuY29uZmlybXxydGMsaG58WWVzIEknbGwgYmUgdGhlcmUsIEkgc3RvcHBlZCB0aGUgcmV0aW5vbCBsaWtlIHlvdSBzYWlkXG5jb25maXJtfHJ0YyxobnxDb25maXJtZWQhIEknbGwgc3RvcCBieSByaWdodCBhZnRlciB3b3JrXG5jb25maXJtfGhufEkgY29uZmlybSwgc2VlIHlvdSBhdCB0aGUgZW5kIG9mIHRoZSBkYXlcbmNvbXBsYWludHxobnxOb2JvZHkgYW5zd2VycyB0aGUgcGhvbmUsIHRoaXMgaGFzIHRvIHN0b3BcbmNvbXBsYWludHxobnxUaGUgYnJ1aXNpbmcgc3RpbGwgaGFzbid0IHN0b3BwZWQgYW5kIG5vYm9keSBjYWxsZWQgbWUgYmFjaywgSSdtIHVwc2V0XG5jb21wbGFpbnR8aG58SSB3YXMgY2hhcmdlZCB0d2ljZSwgcGxlYXNlIHN0b3AgY2hhcmdpbmcgbXkgY2FyZFxuY29tcGxhaW50fGhufFN0b3AgY2hhcmdpbmcgbWUgZm9yIHRoZSBtZW1iZXJzaGlwIEkgY2FuY2VsbGVkIVxuY29tcGxhaW50fGhufFlvdXIgZnJvbnQgZGVzayB3YXMgcnVkZSwgSSdtIHF1aXR0aW5nIHRoaXMgcGxhY2UgaWYgaXQgaGFwcGVucyBhZ2FpblxudGhhbmtzfGhufFRoYW5rcyEgSSdsbCBzdG9wIGJ5IGxhdGVyXG50aGFua3N8aG58VGhhbmsgeW91IHNvIG11Y2gsIHRoZSBzd2VsbGluZyBmaW5hbGx5IHN0b3BwZWRcbm90aGVyfGhufEdvb2QgdG8ga25vdywgSSdsbCBzdG9wIHdvcnJ5aW5nIHRoZW5cbm90aGVyfGhufE15IGZyaWVuZCB0b2xkIG1lIHRvIHF1aXQgYm90b3gsIGlzIHRoYXQgdHJ1ZSBpdCdzIGJhZD9cbm90aGVyfGhufERpZCBEci4gTGVlIHF1aXQ/IEkgZGlkbid0IHNlZSBoZXIgb24gdGhlIHNjaGVkdWxlXG5vdGhlcnxobnxQYXJhIHF1XHUwMEU5IHNpcnZlIGVsIFBSUD9cbm90aGVyfGhufFBhcmEgY3VcdTAwRTFuZG8gdGllbmVuIGNpdGFzP1xub3RoZXJ8aG58cGFzbyBhIGxhcyAzIHBhcmEgcGFnYXJcbm90aGVyfGhufE5vIG1hbmNoZXMsIHF1XHUwMEU5IGJpZW4gcXVlZFx1MDBGMyBtaSBwaWVsXG5vdGhlcnxobnxEb24ndCBzdG9wIGJlbGlldmluZyBsb2xcbm90aGVyfGhufEVORCBPRiBNRVNTQUdFXG5vdGhlcnxobnxIb3cgZG8gSSBzdG9wIGdldHRpbmcgc28gbWFueSB0ZXh0cyBmcm9tIG15IGJhbmsgbG9sXG5vdGhlcnxobnxDYW4geW91IHRleHQgbWUgdGhlIGFkZHJlc3M/IERvbid0IGNhbGwgbWUsIEknbSBhdCB3b3JrXG5vdGhlcnxobnxkb24ndCBjYWxsIG1lLCBqdXN0IHRleHRcbm90aGVyfGhufFBsZWFzZSBkb24ndCB0ZXh0IG1lIGJlZm9yZSA5YW0sIEkgd29yayBuaWdodHNcbmFmdGVyY2FyZXxobnxcdTUwNUNcdTZCNjJcdTc1MjhcdTgzNkZcdTRFODZcdTU0MTdcdUZGMUZcdTZDQkJcdTc1OTdcdTU0MEVcdTUzRUZcdTRFRTVcdTUzMTZcdTU5ODZcdTU0MTdcbm90aGVyfGhufFRcdTAwRjRpIG11XHUxRUQxbiBkXHUxRUVCbmcgbFx1MUVBMWkgXHUxRURGIFx1MDExMVx1MDBFMnUgXHUwMTExXHUxRUMzIFx1MDExMVx1MUVENyB4ZT9cbmA7XG4iLCAiLyoqIFJlYWxpc3RpYyBwYXRpZW50IHRleHRzIHBlciBpbnRlbnQgKHR5cG9zLCBlbW9qaSwgU3BhbmlzaCBhbmQgb3RoZXJzKS4gU2VlIGNvcnB1cy51dGlsLnRzIGZvciB0aGUgZm9ybWF0LiAqL1xuZXhwb3J0IGNvbnN0IElOVEVOVF9DT1JQVVMgPSBTdHJpbmcucmF3YFxuIyBjb25maXJtIFx1MjAxNCBiYXJlIGxldHRlcnMgYW5kIHllcyBvbmx5IGNvdW50IGFzIGFuc3dlcnMgdG8gb3VyIGNvbmZpcm1hdGlvbiByZXF1ZXN0XG5jb25maXJtfHJ0Y3xDXG5jb25maXJtfHJ0Y3xjXG5jb25maXJtfHJ0Y3xDLlxuY29uZmlybXxydGN8IGMgXG5jb25maXJtfHJ0Y3xZZXNcbmNvbmZpcm18cnRjfHllcyFcbmNvbmZpcm18cnRjfFlFUyBcdUQ4M0RcdURDNERcbmNvbmZpcm18cnRjfHllcFxuY29uZmlybXxydGN8WWVhaFxuY29uZmlybXxydGN8eVxuY29uZmlybXxydGN8T2tcbmNvbmZpcm18cnRjfFx1RDgzRFx1REM0RFxuY29uZmlybXxydGN8U1x1MDBFRFxuY29uZmlybXxydGN8c2lcbmNvbmZpcm18cnRjfENvbmZpcm1cbmNvbmZpcm18cnRjfGNvbmZpcm1lZCBcdUQ4M0RcdURDNERcbmNvbmZpcm18cnRjfFllcyBJJ2xsIGJlIHRoZXJlXG5jb25maXJtfHJ0Y3x5ZXMgc2VlIHlvdSB0aGVuIVxuY29uZmlybXxydGN8WWVzLCBjb25maXJtZWQuIFRoYW5rIHlvdSFcbmNvbmZpcm18cnRjfEknbGwgYmUgdGhlcmUhXG5jb25maXJtfHJ0Y3xZdXAsIHNlZSB5b3UgVGh1cnNkYXlcbmNvbmZpcm18cnRjfEMgLSBzZWUgeW91IHRtcndcbmNvbmZpcm18cnRjfHNvdW5kcyBnb29kLCBJJ2xsIGJlIHRoZXJlXG5jb25maXJtfHJ0Y3xZZXMgbWEnYW1cbmNvbmZpcm18cnRjfENvbmZpcm1vXG5jb25maXJtfHJ0Y3xTXHUwMEVELCBhaFx1MDBFRCBlc3Rhclx1MDBFOVxuY29uZmlybXxydGN8Y29uZmlybWFkbyBncmFjaWFzXG5jb25maXJtfHJ0Y3xQZXJmZWN0LCBzZWUgeW91IGF0IDJcbmNvbmZpcm18cnRjfHdpbGwgYmUgdGhlcmUgXHVEODNEXHVERTQyXG5jb25maXJtfHJ0Y3xZZXMhIENhbid0IHdhaXQgXHVEODNEXHVERTBEXG5jb25maXJtfHJ0Y3xjb25mcmltXG5jb25maXJtfHJ0Y3x5ZXMgaSB3aWxsIGJlIHRoZXJcbmNvbmZpcm18cnRjfE91aVxuY29uZmlybXxydGN8Q1x1MDBGM1xuY29uZmlybXx8SSBjb25maXJtIG15IGFwcG9pbnRtZW50IGZvciBGcmlkYXlcbmNvbmZpcm18fENvbmZpcm1pbmcgbXkgMnBtIHRvbW9ycm93XG5jb25maXJtfHxKdXN0IGNvbmZpcm1pbmcgSSdtIHN0aWxsIG9uIGZvciBib3RveCBUaHVyc2RheVxuY29uZmlybXx8SSdsbCBiZSB0aGVyZSB0b21vcnJvdyBhdCAxMFxuY29uZmlybXx8WWVzIEkgY29uZmlybSwgc2VlIHlvdSB0aGVuIVxuY29uZmlybXx8Y29uZmlybWVkIGZvciBzYXR1cmRheVxuY29uZmlybXx8U2VlIHlvdSB0b21vcnJvdyFcbmNvbmZpcm18fFN0aWxsIGNvbWluZyB0b21vcnJvdywgc2VlIHlvdSB0aGVuXG5jb25maXJtfHxDb25maXJtbyBtaSBjaXRhIGRlbCBtYXJ0ZXNcbmNvbmZpcm18fFNcdTAwRUQsIGNvbmZpcm1vIGxhIGNpdGFcbmNvbmZpcm18fHllcyBpJ2xsIGJlIGF0IG15IGFwcG9pbnRtZW50XG5jb25maXJtfHxDb3VudCBtZSBpbiBmb3IgdG9tb3Jyb3cgYXQgM1xuY29uZmlybXx8V2UncmUgYWxsIHNldCBmb3IgRnJpZGF5LCBzZWUgeW91IHRoZXJlXG5jb25maXJtfHxJJ20gc3RpbGwgZ29vZCBmb3IgbXkgZmFjaWFsIG9uIHRoZSAxNHRoXG4jIHJlc2NoZWR1bGVcbnJlc2NoZWR1bGV8cnRjfFJcbnJlc2NoZWR1bGV8cnRjfHJcbnJlc2NoZWR1bGV8cnRjfFIgcGxlYXNlXG5yZXNjaGVkdWxlfHJ0Y3xSIC0gbmVlZCBhIGRpZmZlcmVudCBkYXlcbnJlc2NoZWR1bGV8cnRjfFJlc2NoZWR1bGVcbnJlc2NoZWR1bGV8cnRjfE5vLCBjYW4gd2UgZG8gYW5vdGhlciBkYXk/XG5yZXNjaGVkdWxlfHJ0Y3xjYW4ndCBtYWtlIGl0LCBjYW4gd2UgbW92ZSBpdFxucmVzY2hlZHVsZXxydGN8Tm90IHRoYXQgZGF5LCBzb3JyeVxucmVzY2hlZHVsZXx8SSBuZWVkIHRvIHJlc2NoZWR1bGVcbnJlc2NoZWR1bGV8fENhbiBJIHJlc2NoZWR1bGUgbXkgYm90b3ggYXBwdD9cbnJlc2NoZWR1bGV8fENhbiB3ZSBtb3ZlIG15IGFwcG9pbnRtZW50IHRvIG5leHQgd2Vlaz9cbnJlc2NoZWR1bGV8fEkgY2FuJ3QgbWFrZSBpdCBUaHVyc2RheSwgaXMgRnJpZGF5IG9wZW4/XG5yZXNjaGVkdWxlfHxDYW4gSSBjb21lIGluIGxhdGVyPyA0cG0gaW5zdGVhZCBvZiAyP1xucmVzY2hlZHVsZXx8U29tZXRoaW5nIGNhbWUgdXAsIGNhbiB3ZSBwdXNoIG15IGZhY2lhbCB0byBuZXh0IHdlZWtcbnJlc2NoZWR1bGV8fElzIHRoZXJlIGFueSB3YXkgdG8gY2hhbmdlIG15IGFwcG9pbnRtZW50IHRpbWVcbnJlc2NoZWR1bGV8fGNhbiBpIG1vdmUgbXkgZmlsbGVyIGFwcHQgdG8gdGhlIGFmdGVybm9vblxucmVzY2hlZHVsZXx8bmVlZCB0byByZXNjaGVkIHNvcnJ5ISFcbnJlc2NoZWR1bGV8fFJlc2NoZWQgcGxzLCB3b3JrIGVtZXJnZW5jeVxucmVzY2hlZHVsZXx8Q2FuIEkgc3dpdGNoIG15IGFwcG9pbnRtZW50IHRvIFNhdHVyZGF5P1xucmVzY2hlZHVsZXx8SSB3b24ndCBtYWtlIGl0IHRvbW9ycm93LCBjYW4gd2UgZmluZCBhbm90aGVyIHRpbWU/XG5yZXNjaGVkdWxlfHxEbyB5b3UgaGF2ZSBhbnl0aGluZyBlYXJsaWVyPyBJJ2QgbGlrZSB0byBtb3ZlIG1pbmUgdXBcbnJlc2NoZWR1bGV8fENvdWxkIHdlIGRvIHRoZSBzYW1lIHRpbWUgbmV4dCB3ZWVrIGluc3RlYWQ/XG5yZXNjaGVkdWxlfHxNeSBmbGlnaHQgZ290IGNoYW5nZWQsIG5lZWQgYSBuZXcgdGltZSBmb3IgbXkgbGFzZXJcbnJlc2NoZWR1bGV8fHJlc2NoZWR1ZWwgbXkgaHlkcmFmYWNpYWwgcGx6XG5yZXNjaGVkdWxlfHxOZWNlc2l0byBjYW1iaWFyIG1pIGNpdGFcbnJlc2NoZWR1bGV8fFx1MDBCRlB1ZWRvIHJlcHJvZ3JhbWFyIG1pIGNpdGEgcGFyYSBlbCB2aWVybmVzP1xucmVzY2hlZHVsZXx8XHUwMEJGU2UgcHVlZGUgbW92ZXIgbWkgY2l0YSBhIG90cm8gZFx1MDBFRGE/XG5yZXNjaGVkdWxlfHxUZW5nbyBxdWUgY2FtYmlhciBsYSBob3JhIGRlIG1pIGNpdGFcbnJlc2NoZWR1bGV8fENhbiBJIGNoYW5nZSBteSBhcHB0IHRvIGEgbW9ybmluZyBzbG90XG5yZXNjaGVkdWxlfHxiYWJ5c2l0dGVyIGNhbmNlbGxlZCBcdUQ4M0RcdURFMjkgY2FuIHdlIGRvIGEgZGlmZmVyZW50IGRheT9cbnJlc2NoZWR1bGV8fEknbSBzaWNrLCBjYW4gd2UgcmVzY2hlZHVsZSBteSBtaWNyb25lZWRsaW5nP1xucmVzY2hlZHVsZXx8VFx1MDBGNGkgbXVcdTFFRDFuIFx1MDExMVx1MUVENWkgbFx1MUVDQmNoIGhcdTFFQjluXG5yZXNjaGVkdWxlfHxHb3N0YXJpYSBkZSByZW1hcmNhciBtaW5oYSBjb25zdWx0YVxuIyBjYW5jZWxfYXBwb2ludG1lbnRcbmNhbmNlbF9hcHBvaW50bWVudHx8UGxlYXNlIGNhbmNlbCBteSBhcHBvaW50bWVudFxuY2FuY2VsX2FwcG9pbnRtZW50fHxJIG5lZWQgdG8gY2FuY2VsIG15IGFwcHQgb24gRnJpZGF5XG5jYW5jZWxfYXBwb2ludG1lbnR8fGNhbmNlbCBteSBhcHBvaW50bWVudFxuY2FuY2VsX2FwcG9pbnRtZW50fHxJIHdvbid0IGJlIGNvbWluZyBpbiwgcGxlYXNlIGNhbmNlbFxuY2FuY2VsX2FwcG9pbnRtZW50fHxJIGhhdmUgdG8gY2FuY2VsIG15IGNvbnN1bHQsIEknbGwgY2FsbCB0byByZWJvb2tcbmNhbmNlbF9hcHBvaW50bWVudHx8Q2FuY2VsIG15IGNvb2xzY3VscHRpbmcgc2Vzc2lvbiBwbHNcbmNhbmNlbF9hcHBvaW50bWVudHx8UGxlYXNlIGNhbmNlbCB0b21vcnJvdywgSSdtIG91dCBvZiB0b3duXG5jYW5jZWxfYXBwb2ludG1lbnR8fEknbSBub3QgZ29pbmcgdG8gbWFrZSBpdCBhbmQgZG9uJ3Qgd2FudCB0byByZXNjaGVkdWxlLCBwbGVhc2UgY2FuY2VsIGl0XG5jYW5jZWxfYXBwb2ludG1lbnR8fENhbiB5b3UgY2FuY2VsIG15IDExYW0/IFRoYW5rc1xuY2FuY2VsX2FwcG9pbnRtZW50fHxjYW5jZWxsaW5nIG15IGFwcG9pbnRtZW50LCBzb3JyeSBmb3IgdGhlIHNob3J0IG5vdGljZVxuY2FuY2VsX2FwcG9pbnRtZW50fHxJIG5lZWQgdG8gY2FuY2VsbCBteSBmYWNpYWxcbmNhbmNlbF9hcHBvaW50bWVudHx8Q2FuY2VsIG15IElWIGFwcG9pbnRtZW50IGZvciBNb25kYXlcbmNhbmNlbF9hcHBvaW50bWVudHx8Tm8gdm95IGEgcG9kZXIgaXIsIGNhbmNlbGUgbWkgY2l0YSBwb3IgZmF2b3JcbmNhbmNlbF9hcHBvaW50bWVudHx8UXVpZXJvIGNhbmNlbGFyIGxhIGNpdGEgZGUgbWFcdTAwRjFhbmFcbmNhbmNlbF9hcHBvaW50bWVudHx8Q2FuY2VsYSBtaSBjaXRhIHBvcmZhXG5jYW5jZWxfYXBwb2ludG1lbnR8fEknZCBsaWtlIHRvIGNhbmNlbCBteSBsYXNlciBhcHBvaW50bWVudFxuY2FuY2VsX2FwcG9pbnRtZW50fHxwbGVhc2UgdGFrZSBtZSBvZmYgdGhlIHNjaGVkdWxlIGZvciB0b21vcnJvdywgSSdtIGNhbmNlbGxpbmdcbmNhbmNlbF9hcHBvaW50bWVudHx8V29uJ3QgbmVlZCB0aGUgYXBwb2ludG1lbnQgYW55bW9yZSwgcGxlYXNlIGNhbmNlbCBpdFxuY2FuY2VsX2FwcG9pbnRtZW50fHJ0Y3xObywgcGxlYXNlIGNhbmNlbCBpdFxuY2FuY2VsX2FwcG9pbnRtZW50fHJ0Y3xDYW5jZWwgaXQgcGxlYXNlLCBJIGNhbid0IGNvbWVcbmNhbmNlbF9hcHBvaW50bWVudHx8VFx1MDBGNGkgbXVcdTFFRDFuIGhcdTFFRTd5IGxcdTFFQ0JjaCBoXHUxRUI5blxuY2FuY2VsX2FwcG9pbnRtZW50fHxRdWVybyBjYW5jZWxhciBtaW5oYSBjb25zdWx0YVxuIyBydW5uaW5nX2xhdGVcbnJ1bm5pbmdfbGF0ZXx8UnVubmluZyAxMCBtaW4gbGF0ZSFcbnJ1bm5pbmdfbGF0ZXx8cnVubmluZyBsYXRlIHNvcnJ5XG5ydW5uaW5nX2xhdGV8fEknbSBnb2luZyB0byBiZSAxNSBtaW51dGVzIGxhdGVcbnJ1bm5pbmdfbGF0ZXx8c3R1Y2sgaW4gdHJhZmZpYywgYmUgdGhlcmUgaW4gMjBcbnJ1bm5pbmdfbGF0ZXx8VHJhZmZpYyBpcyBhd2Z1bCBcdUQ4M0RcdURFMjkgcnVubmluZyBhYm91dCAxMCBiZWhpbmRcbnJ1bm5pbmdfbGF0ZXx8QmUgdGhlcmUgaW4gNSFcbnJ1bm5pbmdfbGF0ZXx8UGFya2luZyBub3csIDIgbWluXG5ydW5uaW5nX2xhdGV8fEknbSBsYXRlLCBzdGlsbCBjb21pbmchXG5ydW5uaW5nX2xhdGV8fFNvcnJ5IHJ1bm5pbmcgYSBsaXR0bGUgYmVoaW5kLCB0aGVyZSBieSAzOjE1XG5ydW5uaW5nX2xhdGV8fFdpbGwgYmUgYSBmZXcgbWludXRlcyBsYXRlIGZvciBteSAycG1cbnJ1bm5pbmdfbGF0ZXx8b213LCAxMCBtaW5zIGxhdGUgXHVEODNEXHVERTk3XG5ydW5uaW5nX2xhdGV8fElzIGl0IG9rIGlmIEknbSAxMCBtaW4gbGF0ZT9cbnJ1bm5pbmdfbGF0ZXx8Q2FuIEkgc3RpbGwgY29tZSBpZiBJJ20gMjAgbWludXRlcyBsYXRlP1xucnVubmluZ19sYXRlfHxteSB1YmVyIGlzIGxhdGUsIGJlIHRoZXJlIGFzYXBcbnJ1bm5pbmdfbGF0ZXx8TGVhdmluZyB3b3JrIGxhdGUsIHdpbGwgYmUgdGhlcmUgYXQgNDoxMFxucnVubmluZ19sYXRlfHxydW5pbmcgbGF0ZSBzcnlcbnJ1bm5pbmdfbGF0ZXx8TGxlZ28gdGFyZGUsIDEwIG1pbnV0b3NcbnJ1bm5pbmdfbGF0ZXx8Vm95IGEgbGxlZ2FyIDE1IG1pbnV0b3MgdGFyZGVcbnJ1bm5pbmdfbGF0ZXx8Vm95IGVuIGNhbWlubywgbGxlZ28gZW4gMTBcbnJ1bm5pbmdfbGF0ZXx8U3R1Y2sgb24gMzUsIEVUQSAxNSBtaW5cbnJ1bm5pbmdfbGF0ZXx8SSdtIHNvIHNvcnJ5IEknbSBiZWhpbmQgc2NoZWR1bGUsIGJlIHRoZXJlIHNvb25cbnJ1bm5pbmdfbGF0ZXx8T24gbXkgd2F5ISBGZXcgbWluIGxhdGVcbnJ1bm5pbmdfbGF0ZXx8VHJhaW4gZGVsYXllZCwgSSdsbCBiZSBsYXRlIGZvciBteSBmYWNpYWxcbnJ1bm5pbmdfbGF0ZXx8VFx1MDBGNGkgc1x1MUVCRCBcdTAxMTFcdTFFQkZuIHRyXHUxRUM1IDEwIHBoXHUwMEZBdFxuIyBib29rX25ld1xuYm9va19uZXd8fERvIHlvdSBoYXZlIGFueSBvcGVuaW5ncyB0aGlzIHdlZWsgZm9yIGJvdG94P1xuYm9va19uZXd8fEknZCBsaWtlIHRvIGJvb2sgYSBoeWRyYWZhY2lhbFxuYm9va19uZXd8fENhbiBJIG1ha2UgYW4gYXBwb2ludG1lbnQgZm9yIGxpcCBmaWxsZXI/XG5ib29rX25ld3x8Q2FuIEkgYm9vayBhIGNvbnN1bHQgZm9yIGNvb2xzY3VscHRpbmdcbmJvb2tfbmV3fHxBbnkgYXZhaWxhYmlsaXR5IFNhdHVyZGF5IGZvciBhIGZhY2lhbD9cbmJvb2tfbmV3fHxJIHdhbnQgdG8gc2NoZWR1bGUgbWljcm9uZWVkbGluZ1xuYm9va19uZXd8fGRvIHUgaGF2ZSBhbnl0aGluZyB0bXJ3IGFmdGVybm9vbiBmb3IgYm90b3hcbmJvb2tfbmV3fHxDYW4gSSBnZXQgaW4gZm9yIGEgdG91Y2ggdXAgbmV4dCB3ZWVrP1xuYm9va19uZXd8fEknZCBsaWtlIHRvIGJvb2sgbXkgbmV4dCBhcHBvaW50bWVudFxuYm9va19uZXd8fExvb2tpbmcgdG8gc2NoZWR1bGUgbGFzZXIgaGFpciByZW1vdmFsIG9uIG15IGxlZ3NcbmJvb2tfbmV3fHxDYW4gbXkgZGF1Z2h0ZXIgYW5kIEkgYm90aCBib29rIGZhY2lhbHMgZm9yIFNhdHVyZGF5P1xuYm9va19uZXd8fEkgd2FudCB0byBjb21lIGluIGZvciBhbiBJViBkcmlwIHRoaXMgRnJpZGF5XG5ib29rX25ld3x8SXMgRHIuIExlZSBhdmFpbGFibGUgbmV4dCBUdWVzZGF5PyBJIHdhbnQgdG8gYm9va1xuYm9va19uZXd8fGJvb2sgbWUgZm9yIGFub3RoZXIgcm91bmQgb2YgYm90b3ggaW4gMyBtb250aHMgcGxlYXNlXG5ib29rX25ld3x8TmVlZCB0byBib29rIGEgZm9sbG93IHVwIGZvciBteSBmaWxsZXJcbmJvb2tfbmV3fHxIaSEgSSdtIG5ldywgaG93IGRvIEkgYm9vayBhIGZpcnN0IGFwcG9pbnRtZW50P1xuYm9va19uZXd8fHdhbm5hIGJvb2sgYSBjaGVtaWNhbCBwZWVsLCB3aGVuJ3MgeW91ciBuZXh0IG9wZW5pbmdcbmJvb2tfbmV3fHxjYW4gaSBnZXQgdGhlIDVwbSBzbG90IG9uIHRodXJzZGF5P1xuYm9va19uZXd8fFF1aWVybyBoYWNlciB1bmEgY2l0YSBwYXJhIGJvdG94XG5ib29rX25ld3x8XHUwMEJGVGllbmVuIGNpdGFzIGRpc3BvbmlibGVzIGVsIHNcdTAwRTFiYWRvP1xuYm9va19uZXd8fFF1aXNpZXJhIGFnZW5kYXIgdW4gZmFjaWFsXG5ib29rX25ld3x8TWUgZ3VzdGFyXHUwMEVEYSB1bmEgY2l0YSBwYXJhIGRlcGlsYWNpXHUwMEYzbiBsXHUwMEUxc2VyXG5ib29rX25ld3x8VFx1MDBGNGkgbXVcdTFFRDFuIFx1MDExMVx1MUVCN3QgbFx1MUVDQmNoIGxcdTAwRTBtIGRhXG5ib29rX25ld3x8R29zdGFyaWEgZGUgbWFyY2FyIHVtIGhvclx1MDBFMXJpbyBwYXJhIGJvdG94XG5ib29rX25ld3x8SSdkIGxpa2UgdG8gdHJ5IHRoZSBoeWRyYWZhY2lhbCwgYW55IG9wZW5pbmdzP1xuYm9va19uZXd8fFdoZW4gaXMgdGhlIG5leHQgYXZhaWxhYmxlIGZvciBhIGNvbnN1bHRhdGlvbj9cbmJvb2tfbmV3fHxTY2hlZHVsZSBtZSBmb3IgYSBCMTIgc2hvdCBwbHNcbmJvb2tfbmV3fHxEbyB5b3UgdGFrZSB3YWxrIGlucyB0b2RheSBmb3IgYSBsaXAgZmxpcD9cbiMgcHJpY2luZ1xucHJpY2luZ3x8SG93IG11Y2ggaXMgbGlwIGZpbGxlcj9cbnByaWNpbmd8fEhvdyBtdWNoIGRvZXMgYm90b3ggY29zdCBwZXIgdW5pdD9cbnByaWNpbmd8fHdoYXQncyB0aGUgcHJpY2UgZm9yIGEgaHlkcmFmYWNpYWxcbnByaWNpbmd8fEhvdyBtdWNoIGZvciAzIHNlc3Npb25zIG9mIGxhc2VyP1xucHJpY2luZ3x8RG8geW91IGhhdmUgYW55IHNwZWNpYWxzIHRoaXMgbW9udGg/XG5wcmljaW5nfHxJcyB0aGVyZSBhIHBhY2thZ2UgcHJpY2UgZm9yIG1pY3JvbmVlZGxpbmc/XG5wcmljaW5nfHxIb3cgbXVjaCBpcyBjb29sc2N1bHB0aW5nIGZvciBteSBzdG9tYWNoP1xucHJpY2luZ3x8RG8geW91IG9mZmVyIHBheW1lbnQgcGxhbnM/IENoZXJyeSBvciBDYXJlQ3JlZGl0P1xucHJpY2luZ3x8aG93IG11Y2ggaXMgYSBzeXJpbmdlIG9mIGp1dmVkZXJtXG5wcmljaW5nfHxXaGF0cyB0aGUgY29zdCBvZiBhbiBJViBkcmlwXG5wcmljaW5nfHxEbyB5b3UgcHJpY2UgbWF0Y2g/XG5wcmljaW5nfHxJcyB0aGUgY29uc3VsdGF0aW9uIGZyZWU/XG5wcmljaW5nfHxIb3cgbXVjaCB3b3VsZCBpdCBiZSBmb3IgZm9yZWhlYWQgYW5kIGNyb3dzIGZlZXQ/XG5wcmljaW5nfHxEbyB5b3UgdGFrZSBIU0EgY2FyZHM/XG5wcmljaW5nfHxwcmljZSBmb3IgbGlwIGZsaXA/P1xucHJpY2luZ3x8SG93IG11Y2ggd2FzIG15IGxhc3QgdmlzaXQ/IEkgbmVlZCBpdCBmb3IgbXkgcmVjb3Jkc1xucHJpY2luZ3x8SXMgdGhlICQxOTkgZmFjaWFsIGRlYWwgc3RpbGwgZ29pbmc/XG5wcmljaW5nfHxEbyB5b3UgaGF2ZSBhIG1lbWJlcnNoaXAgcHJpY2UgZm9yIGJvdG94P1xucHJpY2luZ3x8XHUwMEJGQ3VcdTAwRTFudG8gY3Vlc3RhIGVsIGJvdG94P1xucHJpY2luZ3x8Y3VhbnRvIGN1ZXN0YSBlbCByZWxsZW5vIGRlIGxhYmlvc1xucHJpY2luZ3x8XHUwMEJGUXVcdTAwRTkgcHJlY2lvIHRpZW5lIGxhIGxpbXBpZXphIGZhY2lhbD9cbnByaWNpbmd8fFx1MDBCRkFjZXB0YW4gcGFnb3MgYSBwbGF6b3M/XG5wcmljaW5nfHxRdWFudG8gY3VzdGEgbyBib3RveD9cbnByaWNpbmd8fEJvdG94IGdpXHUwMEUxIGJhbyBuaGlcdTAwRUF1P1xucHJpY2luZ3x8SG93IG11Y2ggaXMgYSBjaGVtaWNhbCBwZWVsIGFuZCBkb2VzIGl0IGh1cnQ/XG5wcmljaW5nfHxpcyB0YXggaW5jbHVkZWQgaW4gdGhlIHByaWNlP1xucHJpY2luZ3x8SG93IG11Y2ggdG8gYWRkIGEgQjEyIHNob3QgdG8gbXkgZHJpcFxuIyBkaXJlY3Rpb25zX3BhcmtpbmdcbmRpcmVjdGlvbnNfcGFya2luZ3x8V2hlcmUgZG8gSSBwYXJrP1xuZGlyZWN0aW9uc19wYXJraW5nfHxJcyB0aGVyZSBwYXJraW5nIGF0IHlvdXIgb2ZmaWNlP1xuZGlyZWN0aW9uc19wYXJraW5nfHxXaGF0J3MgdGhlIGFkZHJlc3MgYWdhaW4/XG5kaXJlY3Rpb25zX3Bhcmtpbmd8fFdoaWNoIHN1aXRlIGFyZSB5b3UgaW4/XG5kaXJlY3Rpb25zX3Bhcmtpbmd8fEknbSBoZXJlIGJ1dCBjYW4ndCBmaW5kIHRoZSBlbnRyYW5jZVxuZGlyZWN0aW9uc19wYXJraW5nfHxJcyBwYXJraW5nIHZhbGlkYXRlZD9cbmRpcmVjdGlvbnNfcGFya2luZ3x8SG93IGRvIEkgZ2V0IHRvIHlvdXIgb2ZmaWNlIGZyb20gdGhlIGhpZ2h3YXlcbmRpcmVjdGlvbnNfcGFya2luZ3x8aXMgaXQgdGhlIGJ1aWxkaW5nIG5leHQgdG8gc3RhcmJ1Y2tzP1xuZGlyZWN0aW9uc19wYXJraW5nfHxXaGljaCBmbG9vciBhcmUgeW91IG9uP1xuZGlyZWN0aW9uc19wYXJraW5nfHxJJ20gaW4gdGhlIHBhcmtpbmcgbG90LCB3aGVyZSBkbyBJIGdvP1xuZGlyZWN0aW9uc19wYXJraW5nfHxDYW4geW91IHNlbmQgbWUgdGhlIGFkZHJlc3NcbmRpcmVjdGlvbnNfcGFya2luZ3x8RG8geW91IGhhdmUgYSBwYXJraW5nIGdhcmFnZSBvciBpcyBpdCBzdHJlZXQgcGFya2luZz9cbmRpcmVjdGlvbnNfcGFya2luZ3x8SXMgdGhlcmUgYW4gZWxldmF0b3I/IE15IG1vbSB1c2VzIGEgd2Fsa2VyXG5kaXJlY3Rpb25zX3Bhcmtpbmd8fEknbSBsb3N0IGxvbCB3aGljaCBkb29yXG5kaXJlY3Rpb25zX3Bhcmtpbmd8fFdoZXJlJ3MgdGhlIGVudHJhbmNlLCBmcm9udCBvciBiYWNrP1xuZGlyZWN0aW9uc19wYXJraW5nfHxkbyBpIG5lZWQgdG8gcGF5IGZvciBwYXJraW5nXG5kaXJlY3Rpb25zX3Bhcmtpbmd8fFx1MDBCRkRcdTAwRjNuZGUgbWUgZXN0YWNpb25vP1xuZGlyZWN0aW9uc19wYXJraW5nfHxcdTAwQkZDdVx1MDBFMWwgZXMgbGEgZGlyZWNjaVx1MDBGM24/XG5kaXJlY3Rpb25zX3Bhcmtpbmd8fE5vIGVuY3VlbnRybyBsYSBlbnRyYWRhXG5kaXJlY3Rpb25zX3Bhcmtpbmd8fFF1YWwgXHUwMEU5IG8gZW5kZXJlXHUwMEU3bz9cbmRpcmVjdGlvbnNfcGFya2luZ3x8XHUwMTEwXHUxRUNCYSBjaFx1MUVDOSBcdTFFREYgXHUwMTExXHUwMEUydSB2XHUxRUFEeT9cbmRpcmVjdGlvbnNfcGFya2luZ3x8YXJlIHlvdSBuZWFyIHRoZSBtYWxsP1xuZGlyZWN0aW9uc19wYXJraW5nfHxHb29nbGUgbWFwcyBpcyBzZW5kaW5nIG1lIHRvIHRoZSB3cm9uZyBwbGFjZSwgd2hhdCdzIHRoZSBjcm9zcyBzdHJlZXQ/XG4jIGhvdXJzXG5ob3Vyc3x8V2hhdCBhcmUgeW91ciBob3Vycz9cbmhvdXJzfHxBcmUgeW91IG9wZW4gU3VuZGF5P1xuaG91cnN8fFdoYXQgdGltZSBkbyB5b3UgY2xvc2UgdG9kYXk/XG5ob3Vyc3x8d2hhdCB0aW1lIGRvIHUgb3BlbiB0bXJ3XG5ob3Vyc3x8QXJlIHlvdSBvcGVuIG9uIFRoYW5rc2dpdmluZz9cbmhvdXJzfHxBcmUgeW91IG9wZW4gbGF0ZSBvbiBUaHVyc2RheXM/XG5ob3Vyc3x8V2hhdCB0aW1lIGRvIHlvdSBjbG9zZSBvbiBTYXR1cmRheVxuaG91cnN8fEFyZSB5b3UgZ3V5cyBvcGVuIHJpZ2h0IG5vdz9cbmhvdXJzfHxPcGVuIG9uIENocmlzdG1hcyBFdmU/XG5ob3Vyc3x8V2hhdCBhcmUgdGhlIGhvbGlkYXkgaG91cnM/XG5ob3Vyc3x8SG93IGxhdGUgYXJlIHlvdSBvcGVuIHRvbmlnaHRcbmhvdXJzfHxEbyB5b3Ugb3BlbiBlYXJseT8gSSB3b3JrIGF0IDlcbmhvdXJzfHxJcyB0aGUgb2ZmaWNlIGNsb3NlZCBNb25kYXlzP1xuaG91cnN8fFx1MDBCRkEgcXVcdTAwRTkgaG9yYSBhYnJlbj9cbmhvdXJzfHxcdTAwQkZFc3RcdTAwRTFuIGFiaWVydG9zIGVsIGRvbWluZ28/XG5ob3Vyc3x8XHUwMEJGQ3VcdTAwRTFsIGVzIHN1IGhvcmFyaW8/XG5ob3Vyc3x8UXVlIGhvcmFzIHZvY1x1MDBFQXMgYWJyZW0/XG5ob3Vyc3x8TVx1MUVBNXkgZ2lcdTFFREQgbVx1MUVERiBjXHUxRUVEYT9cbmhvdXJzfHxBcmUgeW91IG9wZW4gZm9yIHdhbGsgaW5zIG9uIHdlZWtlbmRzXG5ob3Vyc3x8d2hhdHMgdXIgaG91cnMgb24gZnJpXG5ob3Vyc3x8d2hlbiBkbyB5b3Ugb3Blbj9cbiMgYWZ0ZXJjYXJlXG5hZnRlcmNhcmV8fElzIGl0IG5vcm1hbCB0byBoYXZlIGJydWlzaW5nIGFmdGVyIGZpbGxlcj9cbmFmdGVyY2FyZXx8V2hlbiBjYW4gSSB3b3JrIG91dCBhZnRlciBib3RveD9cbmFmdGVyY2FyZXx8TXkgbGlwcyBhcmUgcmVhbGx5IHN3b2xsZW4sIGlzIHRoYXQgbm9ybWFsP1xuYWZ0ZXJjYXJlfHxIb3cgbG9uZyBzaG91bGQgSSB3YWl0IHRvIHdhc2ggbXkgZmFjZSBhZnRlciB0aGUgaHlkcmFmYWNpYWw/XG5hZnRlcmNhcmV8fENhbiBJIHdlYXIgbWFrZXVwIGFmdGVyIG1pY3JvbmVlZGxpbmc/XG5hZnRlcmNhcmV8fGl0J3MgYmVlbiAyIHdlZWtzIGFuZCBteSBib3RveCBpc24ndCB3b3JraW5nIHlldFxuYWZ0ZXJjYXJlfHxDYW4gSSBkcmluayBhbGNvaG9sIGFmdGVyIG15IGZpbGxlcj9cbmFmdGVyY2FyZXx8bXkgc2tpbiBpcyBwZWVsaW5nIGFmdGVyIHRoZSBjaGVtaWNhbCBwZWVsLCB3aGF0IHNob3VsZCBpIHVzZVxuYWZ0ZXJjYXJlfHxXaGVuIGNhbiBJIGdvIGluIHRoZSBzdW4gYWZ0ZXIgbGFzZXI/XG5hZnRlcmNhcmV8fGlzIGl0IG9rIHRvIGxheSBkb3duIGFmdGVyIGJvdG94P1xuYWZ0ZXJjYXJlfHxUaGVyZSdzIGEgc21hbGwgYnVtcCBpbiBteSBsaXAgZnJvbSB0aGUgZmlsbGVyLCBzaG91bGQgSSBtYXNzYWdlIGl0P1xuYWZ0ZXJjYXJlfHxSZWRuZXNzIHN0aWxsIHRoZXJlIGFmdGVyIDMgZGF5cywgbm9ybWFsP1xuYWZ0ZXJjYXJlfHxXaGF0IGNyZWFtIHNob3VsZCBJIHVzZSBhZnRlciB0aGUgbGFzZXJcbmFmdGVyY2FyZXx8Q2FuIEkgdGFrZSB0eWxlbm9sIGZvciB0aGUgc29yZW5lc3M/XG5hZnRlcmNhcmV8fFRoZSBpbmplY3Rpb24gc3BvdCBpcyBpdGNoeVxuYWZ0ZXJjYXJlfHxob3cgbG9uZyBkb2VzIHN3ZWxsaW5nIGxhc3QgYWZ0ZXIgbGlwIGZpbGxlclxuYWZ0ZXJjYXJlfHxDYW4gSSBleGVyY2lzZSBhZnRlciBjb29sc2N1bHB0aW5nP1xuYWZ0ZXJjYXJlfHxNeSBjaGVlayBmZWVscyBudW1iIGFmdGVyIHRoZSB0cmVhdG1lbnQsIGlzIHRoYXQgb2s/XG5hZnRlcmNhcmV8fENhbiBJIGdldCBhIG1hc3NhZ2UgYWZ0ZXIgbXkgZmFjaWFsP1xuYWZ0ZXJjYXJlfHxXaGVuIHdpbGwgSSBzZWUgcmVzdWx0cyBmcm9tIG1pY3JvbmVlZGxpbmc/XG5hZnRlcmNhcmV8fE9uZSBleWVicm93IGxvb2tzIGhpZ2hlciB0aGFuIHRoZSBvdGhlciAyIHdlZWtzIGFmdGVyIGJvdG94XG5hZnRlcmNhcmV8fFx1MDBCRkVzIG5vcm1hbCB0ZW5lciBtb3JldG9uZXMgZGVzcHVcdTAwRTlzIGRlbCByZWxsZW5vP1xuYWZ0ZXJjYXJlfHxcdTAwQkZDdVx1MDBFMW5kbyBwdWVkbyBoYWNlciBlamVyY2ljaW8gZGVzcHVcdTAwRTlzIGRlbCBib3RveD9cbmFmdGVyY2FyZXx8VGVuZ28gbGEgY2FyYSByb2phIGRlc3B1XHUwMEU5cyBkZWwgbFx1MDBFMXNlciwgXHUwMEJGZXMgbm9ybWFsP1xuYWZ0ZXJjYXJlfHxFc3RcdTAwRTEgbm9ybWFsIG8gaW5jaGFcdTAwRTdvIGRlcG9pcyBkbyBwcmVlbmNoaW1lbnRvP1xuYWZ0ZXJjYXJlfHxTYXUga2hpIHRpXHUwMEVBbSBmaWxsZXIgYlx1MUVDQiBzXHUwMUIwbmcgY1x1MDBGMyBzYW8ga2hcdTAwRjRuZz9cbmFmdGVyY2FyZXx8d2hhdCBkbyBpIHB1dCBvbiBteSBmYWNlIHRvbmlnaHQgYWZ0ZXIgdGhlIHBlZWw/PyBcdUQ4M0RcdURFMkNcbmFmdGVyY2FyZXx8Y2FuIGkgc2hvd2VyIGFmdGVyIG15IElWXG4jIHByZV90cmVhdG1lbnRcbnByZV90cmVhdG1lbnR8fFNob3VsZCBJIGF2b2lkIGFsY29ob2wgYmVmb3JlIG15IGZpbGxlciBhcHBvaW50bWVudD9cbnByZV90cmVhdG1lbnR8fERvIEkgbmVlZCB0byBjb21lIHdpdGggYSBjbGVhbiBmYWNlP1xucHJlX3RyZWF0bWVudHx8Q2FuIEkgd2VhciBtYWtldXAgdG8gbXkgYXBwb2ludG1lbnQ/XG5wcmVfdHJlYXRtZW50fHxTaG91bGQgSSBzaGF2ZSBiZWZvcmUgbGFzZXIgaGFpciByZW1vdmFsP1xucHJlX3RyZWF0bWVudHx8SXMgdGhlcmUgYW55dGhpbmcgSSBuZWVkIHRvIGRvIGJlZm9yZSBib3RveCB0b21vcnJvdz9cbnByZV90cmVhdG1lbnR8fENhbiBJIHRha2UgYWR2aWwgYmVmb3JlIG15IGFwcG9pbnRtZW50P1xucHJlX3RyZWF0bWVudHx8RG8gSSBuZWVkIHRvIGVhdCBiZWZvcmUgdGhlIElWIGRyaXA/XG5wcmVfdHJlYXRtZW50fHxob3cgZWFybHkgc2hvdWxkIEkgYXJyaXZlIGZvciBteSBmaXJzdCB2aXNpdD9cbnByZV90cmVhdG1lbnR8fERvIEkgbmVlZCB0byBmaWxsIG91dCBmb3JtcyBiZWZvcmUgSSBjb21lIGluP1xucHJlX3RyZWF0bWVudHx8U2hvdWxkIEkgcHV0IG51bWJpbmcgY3JlYW0gb24gYmVmb3JlIEkgZ2V0IHRoZXJlP1xucHJlX3RyZWF0bWVudHx8Q2FuIEkgZ2V0IGZpbGxlciBpZiBJIGhhdmUgYSBjb2xkIHNvcmU/XG5wcmVfdHJlYXRtZW50fHxJJ20gb24gYW50aWJpb3RpY3MsIGNhbiBJIHN0aWxsIGRvIG1pY3JvbmVlZGxpbmcgdG9tb3Jyb3c/XG5wcmVfdHJlYXRtZW50fHxDYW4gSSBkbyBib3RveCB3aGlsZSBicmVhc3RmZWVkaW5nP1xucHJlX3RyZWF0bWVudHx8U2hvdWxkIEkgc2tpcCBteSB3b3Jrb3V0IGJlZm9yZSBjb29sc2N1bHB0aW5nP1xucHJlX3RyZWF0bWVudHx8V2hhdCBzaG91bGQgSSB3ZWFyIHRvIG15IGNvb2xzY3VscHRpbmcgYXBwb2ludG1lbnQ/XG5wcmVfdHJlYXRtZW50fHxJcyBpdCBvayB0byBnZXQgYSBzcHJheSB0YW4gYmVmb3JlIGxhc2VyP1xucHJlX3RyZWF0bWVudHx8U2hvdWxkIEkgc3RvcCByZXRpbm9sIGJlZm9yZSBteSBmYWNpYWw/XG5wcmVfdHJlYXRtZW50fHxJIGdvdCBhIHN1bmJ1cm4sIGNhbiBJIHN0aWxsIGRvIG15IGxhc2VyIG9uIEZyaWRheT9cbnByZV90cmVhdG1lbnR8fGRvIEkgaGF2ZSB0byBhdm9pZCBjb2ZmZWUgYmVmb3JlIHRoZSBwZWVsXG5wcmVfdHJlYXRtZW50fHxcdTAwQkZUZW5nbyBxdWUgaXIgc2luIG1hcXVpbGxhamU/XG5wcmVfdHJlYXRtZW50fHxcdTAwQkZQdWVkbyB0b21hciBhbGNvaG9sIGFudGVzIGRlbCByZWxsZW5vP1xucHJlX3RyZWF0bWVudHx8XHUwMEJGTWUgdGVuZ28gcXVlIHJhc3VyYXIgYW50ZXMgZGVsIGxcdTAwRTFzZXI/XG5wcmVfdHJlYXRtZW50fHxQcmVjaXNvIGlyIGRlIGplanVtP1xucHJlX3RyZWF0bWVudHx8VHJcdTAxQjBcdTFFREJjIGtoaSBsXHUwMEUwbSBsYXNlciBjXHUwMEYzIGNcdTFFQTduIGNcdTFFQTFvIGtoXHUwMEY0bmc/XG5wcmVfdHJlYXRtZW50fHxJIGhhdmUgYSB3ZWRkaW5nIG5leHQgd2Vla2VuZCwgaXMgaXQgdG9vIGNsb3NlIHRvIGRvIGZpbGxlciBub3c/XG5wcmVfdHJlYXRtZW50fHxBbnkgcHJlcCBmb3IgbXkgaHlkcmFmYWNpYWwgdG1ydz9cbiMgYnJpbmdfZ3Vlc3RcbmJyaW5nX2d1ZXN0fHxDYW4gSSBicmluZyBteSBkYXVnaHRlciB3aXRoIG1lP1xuYnJpbmdfZ3Vlc3R8fElzIGl0IG9rIGlmIG15IGh1c2JhbmQgY29tZXMgYWxvbmc/XG5icmluZ19ndWVzdHx8Q2FuIEkgYnJpbmcgbXkgYmFieT8gU2hlJ3MgNCBtb250aHNcbmJyaW5nX2d1ZXN0fHxDYW4gbXkgZnJpZW5kIHNpdCBpbiB3aXRoIG1lIGR1cmluZyB0aGUgdHJlYXRtZW50P1xuYnJpbmdfZ3Vlc3R8fENhbiBteSBtb20gY29tZSBpbiB0aGUgcm9vbSB3aXRoIG1lP1xuYnJpbmdfZ3Vlc3R8fElzIGl0IG9rIHRvIGJyaW5nIG15IGtpZHM/IE5vIHNpdHRlciB0b2RheVxuYnJpbmdfZ3Vlc3R8fGNhbiBpIGJyaW5nIGEgZnJpZW5kIGZvciBzdXBwb3J0PyBpbSBuZXJ2b3VzXG5icmluZ19ndWVzdHx8TXkgc2lzdGVyIHdhbnRzIHRvIGNvbWUgd2l0aCBtZSwgaXMgdGhhdCBvaz9cbmJyaW5nX2d1ZXN0fHxDYW4gbXkgYm95ZnJpZW5kIHdhaXQgaW4gdGhlIGxvYmJ5P1xuYnJpbmdfZ3Vlc3R8fElzIHRoZXJlIHJvb20gZm9yIG15IGZyaWVuZCB0byB3YWl0IHdoaWxlIEkgZ2V0IG15IGZhY2lhbD9cbmJyaW5nX2d1ZXN0fHxBcmUga2lkcyBhbGxvd2VkIGluIHRoZSBvZmZpY2U/XG5icmluZ19ndWVzdHx8Q2FuIEkgYnJpbmcgbXkgc2VydmljZSBkb2c/XG5icmluZ19ndWVzdHx8TWkgZXNwb3NvIHB1ZWRlIGVudHJhciBjb25taWdvP1xuYnJpbmdfZ3Vlc3R8fFx1MDBCRlB1ZWRvIGxsZXZhciBhIG1pIGhpamE/XG5icmluZ19ndWVzdHx8XHUwMEJGUHVlZG8gaXIgYWNvbXBhXHUwMEYxYWRhP1xuYnJpbmdfZ3Vlc3R8fFBvc3NvIGxldmFyIG1pbmhhIGZpbGhhP1xuYnJpbmdfZ3Vlc3R8fFRcdTAwRjRpIGNcdTAwRjMgdGhcdTFFQzMgZFx1MUVBQm4gYlx1MUVBMW4gXHUwMTExaSBjXHUwMEY5bmcga2hcdTAwRjRuZz9cbmJyaW5nX2d1ZXN0fHxNeSBiZXN0aWUgd2FudHMgdG8gY29tZSB3YXRjaCBsb2wgaXMgdGhhdCBhbGxvd2VkXG5icmluZ19ndWVzdHx8Y2FuIGkgYnJpbmcgc29tZW9uZSB0byB0cmFuc2xhdGUgZm9yIG1lP1xuYnJpbmdfZ3Vlc3R8fENhbiBteSBodXNiYW5kIGNvbWUgdG9vPyBIZSBtaWdodCB3YW50IGEgY29uc3VsdFxuIyBjb21wbGFpbnRcbmNvbXBsYWludHx8SSB3YWl0ZWQgNDUgbWludXRlcyBwYXN0IG15IGFwcG9pbnRtZW50IHRpbWUsIHRoaXMgaXMgdW5hY2NlcHRhYmxlXG5jb21wbGFpbnR8fEkgd2FzIGNoYXJnZWQgdHdpY2UgZm9yIG15IGJvdG94ISFcbmNvbXBsYWludHx8VmVyeSB1bmhhcHB5IHdpdGggbXkgcmVzdWx0cywgbXkgbGlwcyBsb29rIHVuZXZlblxuY29tcGxhaW50fHxUaGUgZnJvbnQgZGVzayB3YXMgc28gcnVkZSB0byBtZSB0b2RheVxuY29tcGxhaW50fHxOb2JvZHkgY2FsbGVkIG1lIGJhY2sgbGlrZSB5b3UgcHJvbWlzZWQgXHVEODNEXHVERTIxXG5jb21wbGFpbnR8fEknbSByZWFsbHkgZGlzYXBwb2ludGVkLCB0aGUgZmlsbGVyIG1pZ3JhdGVkXG5jb21wbGFpbnR8fFlvdSBvdmVyY2hhcmdlZCBtZSwgSSB3YXMgcXVvdGVkICQ0MDAgbm90ICQ1NTBcbmNvbXBsYWludHx8SSd2ZSBsZWZ0IDMgdm9pY2VtYWlscyBhbmQgbm8gb25lIGFuc3dlcnNcbmNvbXBsYWludHx8VGhpcyBpcyB0aGUgc2Vjb25kIHRpbWUgbXkgYXBwb2ludG1lbnQgZ290IG1lc3NlZCB1cFxuY29tcGxhaW50fHxJIHdhbnQgYSByZWZ1bmQsIHRoZSBsYXNlciBidXJuZWQgbXkgc2tpblxuY29tcGxhaW50fHxUaGUgcHJvdmlkZXIgZGlkbid0IGxpc3RlbiB0byB3aGF0IEkgd2FudGVkIGF0IGFsbFxuY29tcGxhaW50fHxIb25lc3RseSB0aGUgd29yc3QgZXhwZXJpZW5jZSBJJ3ZlIGhhZCBhdCBhIHNwYVxuY29tcGxhaW50fHx3aHkgZGlkIEkgZ2V0IGNoYXJnZWQgYSBubyBzaG93IGZlZT8/IEkgY2FsbGVkIHRvIGNhbmNlbFxuY29tcGxhaW50fHxteSBib3RveCB3b3JlIG9mZiBhZnRlciAzIHdlZWtzLCBJIHBhaWQgYSBsb3QgZm9yIHRoaXNcbmNvbXBsYWludHx8SSdtIG5vdCBoYXBweSwgdGhlIGJydWlzZSBpcyBodWdlIGFuZCBub2JvZHkgd2FybmVkIG1lXG5jb21wbGFpbnR8fEkgd2FudCB0byBzcGVhayB0byBhIG1hbmFnZXJcbmNvbXBsYWludHx8RXN0b3kgbXV5IG1vbGVzdGEsIG1lIGNvYnJhcm9uIGRlIG1cdTAwRTFzXG5jb21wbGFpbnR8fEVzcGVyXHUwMEU5IHVuYSBob3JhLCBtdXkgbWFsIHNlcnZpY2lvXG5jb21wbGFpbnR8fE5vIGVzdG95IGNvbnRlbnRhIGNvbiBsb3MgcmVzdWx0YWRvc1xuY29tcGxhaW50fHxGdWkgbXVpdG8gbWFsIGF0ZW5kaWRhXG5jb21wbGFpbnR8fFRcdTAwRjRpIGtoXHUwMEY0bmcgaFx1MDBFMGkgbFx1MDBGMm5nIHZcdTFFREJpIGRcdTFFQ0JjaCB2XHUxRUU1XG5jb21wbGFpbnR8fEknbSBsZWF2aW5nIGEgYmFkIHJldmlldywgdGhpcyB3YXMgdGVycmlibGUgXHVEODNEXHVERTIwXG5jb21wbGFpbnR8fE15IGNhcmQgd2FzIGRlY2xpbmVkIGJ1dCB5b3Ugc3RpbGwgdG9vayB0aGUgbW9uZXk/P1xuY29tcGxhaW50fHxUaGUgcm9vbSB3YXMgZGlydHkgYW5kIHRoZSB0ZWNoIHdhcyBsYXRlXG4jIHRoYW5rc1xudGhhbmtzfHxUaGFuayB5b3UhXG50aGFua3N8fHRoYW5rcyBzbyBtdWNoISFcbnRoYW5rc3x8VGh4XG50aGFua3N8fHR5IFx1RDgzRFx1REUwQVxudGhhbmtzfHxUaGFuayB5b3Ugc28gbXVjaCwgSSBsb3ZlIG15IHJlc3VsdHMhXG50aGFua3N8fFlvdSBndXlzIGFyZSB0aGUgYmVzdCBcdTI3NjRcdUZFMEZcbnRoYW5rc3x8VGhhbmtzIGZvciB0aGUgcmVtaW5kZXIhXG50aGFua3N8fFRoYW5rIHlvdSBEci4gTGVlLCBteSBsaXBzIGxvb2sgYW1hemluZ1xudGhhbmtzfHxhcHByZWNpYXRlIGl0IVxudGhhbmtzfHxUaGFua3MgZm9yIGZpdHRpbmcgbWUgaW4gdG9kYXkgXHVEODNEXHVERTRGXG50aGFua3N8fFRoYW5rIHlvdSBmb3IgdGhlIGluZm9cbnRoYW5rc3x8QXdlc29tZSwgdGhhbmtzIVxudGhhbmtzfHxJJ20gc28gaGFwcHkgd2l0aCBteSBib3RveCwgdGhhbmsgeW91XG50aGFua3N8fEdvdCBpdCwgdGhhbmsgeW91XG50aGFua3N8fFRoYW5rcywgaGF2ZSBhIGdyZWF0IGRheSFcbnRoYW5rc3x8R3JhY2lhcyFcbnRoYW5rc3x8TXVjaGFzIGdyYWNpYXMgXHVEODNEXHVERTRGXG50aGFua3N8fE1pbCBncmFjaWFzIHBvciB0b2RvXG50aGFua3N8fE9icmlnYWRhIVxudGhhbmtzfHxDXHUxRUEzbSBcdTAxQTFuIG5oaVx1MUVDMXVcbnRoYW5rc3x8U2FsYW1hdCBwb1xudGhhbmtzfHxcdThDMjJcdThDMjJcbnRoYW5rc3x8XHVBQzEwXHVDMEFDXHVENTY5XHVCMkM4XHVCMkU0XG50aGFua3N8fE1lcmNpIGJlYXVjb3VwXG50aGFua3N8fFx1MDQyMVx1MDQzRlx1MDQzMFx1MDQ0MVx1MDQzOFx1MDQzMVx1MDQzRVxudGhhbmtzfHx0aGFuayB1ISEhIFx1RDgzRFx1REM5NVxudGhhbmtzfHxUaGFua3MsIHJlY2VpdmVkXG4jIG9wdF9pblxub3B0X2lufHxTVEFSVFxub3B0X2lufHxzdGFydFxub3B0X2lufHxTdGFydCFcbm9wdF9pbnx8VU5TVE9QXG5vcHRfaW58fHVuc3RvcFxub3B0X2lufHxZZXNcbm9wdF9pbnx8WUVTXG5vcHRfaW58fHJlc3VtZVxub3B0X2lufHxzdWJzY3JpYmVcbm9wdF9pbnx8UGxlYXNlIHN0YXJ0IHRleHRpbmcgbWUgYWdhaW5cbm9wdF9pbnx8SSB3YW50IHRvIGdldCB5b3VyIHRleHRzIGFnYWluXG5vcHRfaW58fEkgYWNjaWRlbnRhbGx5IHRleHRlZCBzdG9wLCBwbGVhc2UgcmVzdWJzY3JpYmUgbWVcbm9wdF9pbnx8b3B0IG1lIGJhY2sgaW4gcGxlYXNlXG5vcHRfaW58fENhbiB5b3Ugc3RhcnQgc2VuZGluZyBtZSByZW1pbmRlcnMgYWdhaW4/XG5vcHRfaW58fEkgZGlkbid0IG1lYW4gdG8gdW5zdWJzY3JpYmVcbm9wdF9pbnx8UmVzdWJzY3JpYmVcbm9wdF9pbnx8SSdkIGxpa2UgdG8gcmVjZWl2ZSByZW1pbmRlcnMgYWdhaW5cbm9wdF9pbnx8UXVpZXJvIHZvbHZlciBhIHJlY2liaXIgbWVuc2FqZXNcbm9wdF9pbnx8Q09NRU5aQVJcbm9wdF9pbnx8SSBvcHRlZCBvdXQgYnkgbWlzdGFrZSwgYWRkIG1lIGJhY2tcbiMgaGVscFxuaGVscHx8SEVMUFxuaGVscHx8aGVscFxuaGVscHx8SGVscCFcbmhlbHB8fElORk9cbmhlbHB8fGluZm8/XG5oZWxwfHxBWVVEQVxuaGVscHx8QXl1ZGEgcG9yIGZhdm9yXG5oZWxwfHxoZWxwIG1lXG5oZWxwfHxXaG8gaXMgdGhpcz9cbmhlbHB8fHdobyBpcyB0aGlzXG5oZWxwfHxXaGF0IGlzIHRoaXMgbnVtYmVyP1xuaGVscHx8aG93IGRpZCB5b3UgZ2V0IG15IG51bWJlclxuaGVscHx8d2h5IGFtIEkgZ2V0dGluZyB0aGVzZSB0ZXh0cz9cbmhlbHB8fFx1MDBCRlF1aVx1MDBFOW4gZXM/XG5oZWxwfHxcdTVFMkVcdTUyQTlcbmhlbHB8fFx1QjNDNFx1QzZDMFxuaGVscHx8VHVsb25nXG5oZWxwfHxBanVkYVxuaGVscHx8aGxlcFxuIyBvdGhlclxub3RoZXJ8fEhpXG5vdGhlcnx8SGVsbG8/XG5vdGhlcnx8T2tcbm90aGVyfHxDXG5vdGhlcnx8Ulxub3RoZXJ8fEFyZSB5b3UgdGhlIG9uZSB3aG8gZGlkIG15IHNpc3RlcidzIGJvdG94P1xub3RoZXJ8fENhbiB5b3Ugc2VuZCBtZSBteSByZWNlaXB0P1xub3RoZXJ8fERvIHlvdSBzZWxsIGdpZnQgY2FyZHM/XG5vdGhlcnx8SSBnb3QgYSBuZXcgcGhvbmUgbnVtYmVyLCBpdCdzIDUxMi01NTUtMDE0NFxub3RoZXJ8fENhbiBJIGdldCBhIGNvcHkgb2YgbXkgY29uc2VudCBmb3JtP1xub3RoZXJ8fERpZCB5b3UgZ2V0IG15IHBob3Rvcz9cbm90aGVyfHxJcyBEci4gTGVlIHN0aWxsIHdvcmtpbmcgdGhlcmU/XG5vdGhlcnx8RG8geW91IGd1eXMgaGF2ZSBhIGxveWFsdHkgcHJvZ3JhbT9cbm90aGVyfHxDYW4geW91IGVtYWlsIG1lIHRoZSBpbnZvaWNlXG5vdGhlcnx8TXkgaW5zdXJhbmNlIHdhbnRzIGEgbGV0dGVyLCBjYW4geW91IGhlbHBcbm90aGVyfHxJIGxlZnQgbXkgc3VuZ2xhc3NlcyB0aGVyZSB5ZXN0ZXJkYXlcbm90aGVyfHxsb2wgb2tcbm90aGVyfHxIbW0gbGV0IG1lIHRoaW5rIGFib3V0IGl0XG5vdGhlcnx8U29ycnkgd3JvbmcgY2hhdFxub3RoZXJ8fEhhcHB5IGhvbGlkYXlzIVxub3RoZXJ8fERvIHlvdSBzZWxsIHRoZSBza2luY2FyZSBwcm9kdWN0cyBvbmxpbmU/XG5vdGhlcnx8Q2FuIEkgYnV5IHRoZSBzdW5zY3JlZW4geW91IHVzZWQ/XG5vdGhlcnx8TXkgZW1haWwgY2hhbmdlZCwgaXQncyBub3cgamFuZS5kb2VAZW1haWwuY29tXG5vdGhlcnx8QXJlIHlvdSBoaXJpbmc/XG5vdGhlcnx8RG8geW91IGRvIGJvdG94IGZvciBtaWdyYWluZXM/XG5vdGhlcnx8SXMgS3liZWxsYSB0aGUgc2FtZSBhcyBjb29sc2N1bHB0aW5nP1xub3RoZXJ8fFdoYXQgYnJhbmQgb2YgZmlsbGVyIGRvIHlvdSB1c2U/XG5vdGhlcnx8V2hlcmUgY2FuIEkgbGVhdmUgYSByZXZpZXc/XG5vdGhlcnx8SSdsbCBjYWxsIHlvdSBsYXRlclxub3RoZXJ8fEhvbGFcbm90aGVyfHxUZW5nbyB1bmEgcHJlZ3VudGFcbm90aGVyfHxcdTAwQkZWZW5kZW4gdGFyamV0YXMgZGUgcmVnYWxvP1xub3RoZXJ8fE9rYXlcbm90aGVyfHxcdUQ4M0RcdURDNERcbm90aGVyfHxDYW4gSSB0YWxrIHRvIHNvbWVvbmU/XG5vdGhlcnx8SXMgdGhpcyBHbG93IEFlc3RoZXRpY3M/XG5vdGhlcnx8Q2FuIHlvdSBjYWxsIG1lP1xub3RoZXJ8fGtcbmA7XG4iLCAiLyoqIE9wdC1vdXQgcG9zaXRpdmVzOiBrZXl3b3JkcyBpbiBldmVyeSBzaGFwZSwgcGxhaW4gbGFuZ3VhZ2UsIG90aGVyIGxhbmd1YWdlcy4gU2VlIGNvcnB1cy51dGlsLnRzIGZvciB0aGUgZm9ybWF0LiAqL1xuZXhwb3J0IGNvbnN0IE9QVF9PVVRfQ09SUFVTID0gU3RyaW5nLnJhd2BcbiMgV2hvbGUtbWVzc2FnZSBrZXl3b3JkcywgYXMgcGF0aWVudHMgYWN0dWFsbHkgdHlwZSB0aGVtXG5vcHRfb3V0fHxTVE9QXG5vcHRfb3V0fHxzdG9wXG5vcHRfb3V0fHwgU3RvcC4gXG5vcHRfb3V0fHxTVE9QISEhXG5vcHRfb3V0fHxTdG9wIFx1RDgzRFx1REVEMVxub3B0X291dHx8XHVEODNEXHVERUQxIFNUT1AgXHVEODNEXHVERUQxXG5vcHRfb3V0fHxcdUZGMzNcdUZGMzRcdUZGMkZcdUZGMzBcbm9wdF9vdXR8fFMgVCBPIFBcbm9wdF9vdXR8fHMudC5vLnBcbm9wdF9vdXR8fFN0b29vb3Bcbm9wdF9vdXR8fHN0cG9cbm9wdF9vdXR8fFNvdHBcbm9wdF9vdXR8fHN0b3BwXG5vcHRfb3V0fHxTVE9QIFNUT1AgU1RPUFxub3B0X291dHx8c3RvcCBwbGVhc2Vcbm9wdF9vdXR8fFBsZWFzZSBzdG9wXG5vcHRfb3V0fHxTVE9QIHBsc1xub3B0X291dHx8c3RvcCBpdFxub3B0X291dHx8U3RvcCBub3chXG5vcHRfb3V0fHxzdG9wIHRoYW5rc1xub3B0X291dHx8U1RPUEFMTFxub3B0X291dHx8c3RvcCBhbGxcbm9wdF9vdXR8fFVuc3Vic2NyaWJlXG5vcHRfb3V0fHx1bnN1YnNjaWJlXG5vcHRfb3V0fHx1bnN1c2NyaWJlXG5vcHRfb3V0fHxVbnN1YmNyaWJlXG5vcHRfb3V0fHxVTlNVQlNDUklCRSBNRVxub3B0X291dHx8dW5zdWJcbm9wdF9vdXR8fEVuZFxub3B0X291dHx8RU5ELlxub3B0X291dHx8UXVpdFxub3B0X291dHx8UVVJVCEhXG5vcHRfb3V0fHxyZXZva2Vcbm9wdF9vdXR8fE9wdCBvdXRcbm9wdF9vdXR8fE9QVE9VVFxub3B0X291dHx8b3B0LW91dFxub3B0X291dHx8cmVtb3ZlIG1lXG5vcHRfb3V0fHxSZW1vdmVcbm9wdF9vdXR8fG5vIG1vcmVcbm9wdF9vdXR8cnRjfFNUT1Bcbm9wdF9vdXR8cnRjfHN0b3AuXG5vcHRfb3V0fGNhbmNlbHxDQU5DRUxcbm9wdF9vdXR8Y2FuY2VsfGNhbmNlbFxub3B0X291dHxjYW5jZWx8Q2FuY2VsIVxub3B0X291dHxjYW5jZWx8Q2FuY2xlXG5vcHRfb3V0fGNhbmNlbCxydGN8Q2FuY2VsXG5vcHRfb3V0fGNhbmNlbHxjYW5jZWwgcGxlYXNlXG4jIEEga2V5d29yZCBhcyBpdHMgb3duIHNlbnRlbmNlXG5vcHRfb3V0fHxTVE9QLiBXaG8gaXMgdGhpcz9cbm9wdF9vdXR8fFdobyBpcyB0aGlzPz8gc3RvcFxub3B0X291dHx8U3RvcCEgSSBuZXZlciBzaWduZWQgdXAgZm9yIHRoaXNcbm9wdF9vdXR8fFVuc3Vic2NyaWJlLiBUaGFua3Ncbm9wdF9vdXR8fHN0b3AgXHVEODNEXHVERTIxIHRoaXMgaXMgdGhlIDNyZCB0ZXh0IHRvZGF5XG5vcHRfb3V0fHxPayBzdG9wLiBJJ20gbm90IGludGVyZXN0ZWRcbiMgUGxhaW4tbGFuZ3VhZ2UgRW5nbGlzaFxub3B0X291dHx8UGxlYXNlIHN0b3AgdGV4dGluZyBtZVxub3B0X291dHx8cGxlYXNlIHN0b3AgdGV4dGluZyBtZSEhXG5vcHRfb3V0fHxzdG9wIHRleHRpbmcgbWVcbm9wdF9vdXR8fFN0b3AgdHh0aW5nIG1lXG5vcHRfb3V0fHxjYW4geW91IHBsZWFzZSBzdG9wIHNlbmRpbmcgbWUgdGhlc2UgdGV4dHNcbm9wdF9vdXR8fFF1aXQgbWVzc2FnaW5nIG1lXG5vcHRfb3V0fHxTdG9wIG1lc3NhZ2luZyBtZSBwbGVhc2Vcbm9wdF9vdXR8fFNUT1AgQ09OVEFDVElORyBNRVxub3B0X291dHx8c3RvcCBib3RoZXJpbmcgbWVcbm9wdF9vdXR8fFN0b3Agc3BhbW1pbmcgbWVcbm9wdF9vdXR8fGkgYXNrZWQgeW91IHRvIHN0b3AgdGV4dGluZyBtZVxub3B0X291dHx8SSB3YW50IHlvdSB0byBzdG9wIHNlbmRpbmcgbWUgbWVzc2FnZXNcbm9wdF9vdXR8fHRha2UgbWUgb2ZmIHlvdXIgbGlzdFxub3B0X291dHx8VGFrZSBtZSBvZmYgeW91ciB0ZXh0aW5nIGxpc3QgcGxlYXNlXG5vcHRfb3V0fHxQbGVhc2UgcmVtb3ZlIG15IG51bWJlciBmcm9tIHlvdXIgbGlzdFxub3B0X291dHx8cmVtb3ZlIG1lIGZyb20geW91ciBsaXN0XG5vcHRfb3V0fHxSZW1vdmUgbWUgZnJvbSB0aGlzIGxpc3QgdGhhbmtzXG5vcHRfb3V0fHxnZXQgbWUgb2ZmIHRoaXMgbGlzdFxub3B0X291dHx8RGVsZXRlIG15IG51bWJlciBmcm9tIHlvdXIgc3lzdGVtXG5vcHRfb3V0fHxQbGVhc2UgdGFrZSBteSBudW1iZXIgb2ZmIHlvdXIgbGlzdFxub3B0X291dHx8Y2FuIHlvdSB0YWtlIG1lIG9mZiB0aGUgdGV4dCBsaXN0XG5vcHRfb3V0fHxkb24ndCB0ZXh0IG1lIGFueW1vcmVcbm9wdF9vdXR8fERvbnQgdGV4dCBtZSBhZ2Fpblxub3B0X291dHx8ZG8gbm90IGNvbnRhY3QgbWVcbm9wdF9vdXR8fERvIG5vdCB0ZXh0IG1lXG5vcHRfb3V0fHxQbGVhc2UgZG9uJ3QgbWVzc2FnZSBtZSBhbnltb3JlXG5vcHRfb3V0fHxuZXZlciB0ZXh0IG1lIGFnYWluXG5vcHRfb3V0fHxubyBtb3JlIHRleHRzIHBsZWFzZVxub3B0X291dHx8Tm8gbW9yZSBtZXNzYWdlc1xub3B0X291dHx8bm8gbW9yZSB0ZXh0IG1lc3NhZ2VzISFcbm9wdF9vdXR8fEkgZG9udCB3YW50IHRoZXNlIHRleHRzIGFueW1vcmVcbm9wdF9vdXR8fEkgZG9uJ3Qgd2FudCB0byByZWNlaXZlIGFueSBtb3JlIG1lc3NhZ2VzXG5vcHRfb3V0fHxJIG5vIGxvbmdlciB3YW50IHRvIHJlY2VpdmUgdGV4dHMgZnJvbSB5b3Vcbm9wdF9vdXR8fFdlIGRvbid0IHdhbnQgYW55IG1vcmUgbWVzc2FnZXMgZnJvbSB5b3Vcbm9wdF9vdXR8fEkgd2FudCB0byBvcHQgb3V0XG5vcHRfb3V0fHxpIHdhbnQgdG8gdW5zdWJzY3JpYmVcbm9wdF9vdXR8fGhvdyBkbyBJIHVuc3Vic2NyaWJlIGZyb20gdGhlc2Vcbm9wdF9vdXR8fE9wdCBtZSBvdXQgcGxlYXNlXG5vcHRfb3V0fHxwbGVhc2UgdW5zdWJzY3JpYmUgbWVcbm9wdF9vdXR8fFVuc3Vic2NyaWJlIG1lIGZyb20gZXZlcnl0aGluZ1xub3B0X291dHx8SSdkIGxpa2UgdG8gb3B0IG91dCBvZiB0ZXh0IG1lc3NhZ2VzXG5vcHRfb3V0fHxsZWF2ZSBtZSBhbG9uZVxub3B0X291dHx8TG9zZSBteSBudW1iZXJcbm9wdF9vdXR8fHdyb25nIG51bWJlclxub3B0X291dHx8V3JvbmcgbnVtYmVyLCBJIGRvbid0IGtub3cgYW55IEplc3NpY2Fcbm9wdF9vdXR8fFlvdSBoYXZlIHRoZSB3cm9uZyBwZXJzb25cbm9wdF9vdXR8fEknbSBnb2luZyB0byBibG9jayB0aGlzIG51bWJlclxub3B0X291dHx8c3RvcCBvciBpIHdpbGwgcmVwb3J0IHRoaXMgYXMgc3BhbVxub3B0X291dHx8ZW5vdWdoIHdpdGggdGhlIHRleHRzXG5vcHRfb3V0fHxJJ20gc2ljayBvZiB0aGVzZSBtZXNzYWdlc1xub3B0X291dHx8dGlyZWQgb2YgYWxsIHRoZSB0ZXh0cyBzdG9wXG5vcHRfb3V0fHxJJ20gZG9uZSB3aXRoIHRoZXNlIHJlbWluZGVyc1xub3B0X291dHx8U3RvcCBzZW5kaW5nIG1lIHJlbWluZGVyc1xub3B0X291dHx8c3RvcCB0aGUgcmVtaW5kZXJzIHBsZWFzZVxub3B0X291dHx8c3RvcCB0aGlzXG5vcHRfb3V0fHxQbGVhc2Ugc3RvcCB0aGVzZVxub3B0X291dHx8U3RvcCBpdCBhbHJlYWR5XG5vcHRfb3V0fHxubyB0ZXh0aW5nIHBsZWFzZVxub3B0X291dHx8Tk8gTU9SRSBURVhUU1xub3B0X291dHx8SSBtb3ZlZCBhd2F5LCBwbGVhc2Ugc3RvcCB0ZXh0aW5nIG1lXG5vcHRfb3V0fHxOb3QgYSBwYXRpZW50IGFueW1vcmUsIHN0b3AgdGV4dGluZ1xub3B0X291dHx8SSBkb24ndCBnbyB0aGVyZSBhbnltb3JlLiBUYWtlIG1lIG9mZiB5b3VyIGxpc3Rcbm9wdF9vdXR8fHBsZWFzZSBzdG9wIHRleHRpbmcgbWUgYW5kIGNhbmNlbCBteSBhcHBvaW50bWVudFxub3B0X291dHx8cGx6IHN0b3AgdHh0aW5nIG1lXG5vcHRfb3V0fHxzdG9wIHRleHRpbmcgbWUgXHVEODNEXHVERTQ0XHVEODNEXHVERTQ0XG5vcHRfb3V0fHxTLlQuTy5QIHRleHRpbmcgbWVcbiMgTWFya2V0aW5nIG9ubHlcbm9wdF9vdXR8bWt0fFN0b3Agc2VuZGluZyBtZSBwcm9tb3Rpb25zXG5vcHRfb3V0fG1rdHxubyBtb3JlIHByb21vcyBwbGVhc2Vcbm9wdF9vdXR8bWt0fFBsZWFzZSBzdG9wIHRoZSBkZWFscyB0ZXh0cywgSSBvbmx5IHdhbnQgYXBwb2ludG1lbnQgcmVtaW5kZXJzXG5vcHRfb3V0fG1rdHx1bnN1YnNjcmliZSBtZSBmcm9tIHRoZSBwcm9tb3Rpb25zIGJ1dCBrZWVwIG15IHJlbWluZGVyc1xub3B0X291dHxta3R8c3RvcCBzZW5kaW5nIG1lIHNwZWNpYWxzXG5vcHRfb3V0fG1rdHxRdWl0IHNlbmRpbmcgbWUgYWRzXG5vcHRfb3V0fG1rdHxubyBtb3JlIG1hcmtldGluZyB0ZXh0cyBwbGVhc2Vcbm9wdF9vdXR8bWt0fEkgZG9uJ3Qgd2FudCB0aGUgcHJvbW90aW9uYWwgb2ZmZXJzXG5vcHRfb3V0fG1rdHxzdG9wIHRoZSBzYWxlcyB0ZXh0cyBidXQga2VlcCBhcHBvaW50bWVudCByZW1pbmRlcnNcbm9wdF9vdXR8bWt0fG9wdCBtZSBvdXQgb2YgbWFya2V0aW5nXG5vcHRfb3V0fG1rdHx0YWtlIG1lIG9mZiB0aGUgcHJvbW8gbGlzdFxub3B0X291dHxta3R8eWEgbm8gcXVpZXJvIHByb21vY2lvbmVzXG4jIFNwYW5pc2hcbm9wdF9vdXR8fEFMVE9cbm9wdF9vdXR8fGFsdG9cbm9wdF9vdXR8fEFsdG8hIVxub3B0X291dHx8UEFSQVJcbm9wdF9vdXR8fEJhc3RhXG5vcHRfb3V0fHxCYWphXG5vcHRfb3V0fHxObyBtZSBtYW5kZW4gbVx1MDBFMXMgbWVuc2FqZXNcbm9wdF9vdXR8fG5vIG1lIG1hbmRlbiBtYXMgbWVuc2FqZXMgcG9yIGZhdm9yXG5vcHRfb3V0fHxQb3IgZmF2b3Igbm8gbWUgZW52XHUwMEVEZW4gbVx1MDBFMXMgbWVuc2FqZXNcbm9wdF9vdXR8fE5vIG1lIGVzY3JpYmFuIG1cdTAwRTFzXG5vcHRfb3V0fHxkZWplbiBkZSBlbnZpYXJtZSBtZW5zYWplc1xub3B0X291dHx8RGVqZW4gZGUgbWFuZGFybWUgdGV4dG9zXG5vcHRfb3V0fHxkZWplIGRlIGVzY3JpYmlybWUgcG9yIGZhdm9yXG5vcHRfb3V0fHxiXHUwMEUxamFtZSBkZSBsYSBsaXN0YVxub3B0X291dHx8U1x1MDBFMXF1ZW5tZSBkZSBzdSBsaXN0YSBwb3IgZmF2b3Jcbm9wdF9vdXR8fFF1XHUwMEVEdGFtZSBkZSBsYSBsaXN0YVxub3B0X291dHx8WWEgbm8gcXVpZXJvIHJlY2liaXIgbWVuc2FqZXNcbm9wdF9vdXR8fG5vIHF1aWVybyBtYXMgbWVuc2FqZXNcbm9wdF9vdXR8fE5vIHF1aWVybyByZWNpYmlyIG1cdTAwRTFzIHRleHRvc1xub3B0X291dHx8bm8gbVx1MDBFMXMgbWVuc2FqZXNcbm9wdF9vdXR8fFF1aWVybyBkYXJtZSBkZSBiYWphXG5vcHRfb3V0fHxDYW5jZWxhciBzdXNjcmlwY2lcdTAwRjNuXG5vcHRfb3V0fHxZYSBubyBxdWllcm8gcmVjaWJpciBzdXMgbWVuc2FqZXMsIGdyYWNpYXNcbm9wdF9vdXR8fG5cdTAwRkFtZXJvIGVxdWl2b2NhZG8sIG5vIG1lIG1hbmRlbiBtZW5zYWplc1xub3B0X291dHxjYW5jZWx8Q2FuY2VsYXJcbiMgUG9ydHVndWVzZVxub3B0X291dHx8UEFSRVxub3B0X291dHx8UGFyZSBkZSBtZSBlbnZpYXIgbWVuc2FnZW5zXG5vcHRfb3V0fHxOXHUwMEUzbyBxdWVybyBtYWlzIHJlY2ViZXIgbWVuc2FnZW5zXG5vcHRfb3V0fHxuXHUwMEUzbyBtZSBtYW5kZSBtYWlzIG1lbnNhZ2Vuc1xub3B0X291dHx8cXVlcm8gZGVzY2FkYXN0cmFyXG5vcHRfb3V0fHxTYWlyXG4jIEZyZW5jaFxub3B0X291dHx8QVJSXHUwMENBVFxub3B0X291dHx8QXJyXHUwMEVBdGV6IGRlIG0nZW52b3llciBkZXMgbWVzc2FnZXNcbm9wdF9vdXR8fE5lIG0nZW52b3lleiBwbHVzIGRlIFNNU1xub3B0X291dHx8amUgdmV1eCBtZSBkXHUwMEU5c2Fib25uZXJcbm9wdF9vdXR8fERcdTAwRTlzYWJvbm5lclxuIyBUYWdhbG9nXG5vcHRfb3V0fHxUaWdpbFxub3B0X291dHx8V2FnIG55byBuYSBha29uZyBpLXRleHRcbm9wdF9vdXR8fEh1d2FnIG5hIHBvIGtheW9uZyBtYWcgdGV4dFxub3B0X291dHx8UGFraWl0aWdpbCBuYSBhbmcgcGFnIHRleHRcbm9wdF9vdXR8fEF5b2tvIG5hIG5nIHRleHRcbiMgVmlldG5hbWVzZVxub3B0X291dHx8RFx1MUVFQm5nXG5vcHRfb3V0fHxEXHUxRUVCbmcgZ1x1MUVFRGkgdGluIG5oXHUxRUFGblxub3B0X291dHx8XHUwMTEwXHUxRUVCbmcgbmhcdTFFQUZuIHRpbiBjaG8gdFx1MDBGNGkgblx1MUVFRmFcbm9wdF9vdXR8fEhcdTFFRTd5IFx1MDExMVx1MDEwM25nIGtcdTAwRkRcbm9wdF9vdXR8fHRcdTAwRjRpIGtoXHUwMEY0bmcgbXVcdTFFRDFuIG5oXHUxRUFEbiB0aW4gbmhcdTFFQUZuIG5cdTFFRUZhXG4jIENoaW5lc2UgLyBKYXBhbmVzZSAvIEtvcmVhblxub3B0X291dHx8XHU5MDAwXHU4QkEyXG5vcHRfb3V0fHxcdTUwNUNcdTZCNjJcbm9wdF9vdXR8fFx1OEJGN1x1NEUwRFx1ODk4MVx1NTE4RFx1NTNEMVx1NzdFRFx1NEZFMVx1N0VEOVx1NjIxMVxub3B0X291dHx8XHU1MjJCXHU1MThEXHU1M0QxXHU0RTg2XG5vcHRfb3V0fHxcdTUzRDZcdTZEODhcdThCQTJcdTk2MDVcbm9wdF9vdXR8fFx1OTE0RFx1NEZFMVx1NTA1Q1x1NkI2Mlxub3B0X291dHx8XHVDMjE4XHVDMkUwXHVBQzcwXHVCRDgwXG5vcHRfb3V0fHxcdUJCMzhcdUM3OTAgXHVBREY4XHVCOUNDIFx1QkNGNFx1QjBCNFx1QzEzOFx1QzY5NFxub3B0X291dHx8XHVBREY4XHVCOUNDXG5vcHRfb3V0fHxcdUM5MTFcdUM5QzBcbiMgUnVzc2lhblxub3B0X291dHx8XHUwNDIxXHUwNDIyXHUwNDFFXHUwNDFGXG5vcHRfb3V0fHxcdTA0NDFcdTA0NDJcdTA0M0VcdTA0M0Zcbm9wdF9vdXR8fFx1MDQxRVx1MDQ0Mlx1MDQzRlx1MDQzOFx1MDQ0OFx1MDQzOFx1MDQ0Mlx1MDQzNSBcdTA0M0NcdTA0MzVcdTA0M0RcdTA0NEZcbm9wdF9vdXR8fFx1MDQxRFx1MDQzNSBcdTA0M0ZcdTA0MzhcdTA0NDhcdTA0MzhcdTA0NDJcdTA0MzUgXHUwNDNDXHUwNDNEXHUwNDM1IFx1MDQzMVx1MDQzRVx1MDQzQlx1MDQ0Q1x1MDQ0OFx1MDQzNVxub3B0X291dHx8XHUwNDFGXHUwNDQwXHUwNDM1XHUwNDNBXHUwNDQwXHUwNDMwXHUwNDQyXHUwNDM4XHUwNDQyXHUwNDM1IFx1MDQzRlx1MDQ0MFx1MDQzOFx1MDQ0MVx1MDQ0Qlx1MDQzQlx1MDQzMFx1MDQ0Mlx1MDQ0QyBcdTA0NDFcdTA0M0VcdTA0M0VcdTA0MzFcdTA0NDlcdTA0MzVcdTA0M0RcdTA0MzhcdTA0NEZcbm9wdF9vdXR8fFx1MDQyNVx1MDQzMlx1MDQzMFx1MDQ0Mlx1MDQzOFx1MDQ0MlxuYDtcbiIsICIvKipcbiAqIFRoZSBmaXJzdCBldmFsdWF0aW9uLW9ubHkgYmF0Y2ggKHRleHRzIHdyaXR0ZW4gYWZ0ZXIgdGhlIHJ1bGVzIHdlcmUgYnVpbHQpLiBJdHMgZmlyc3QgcnVuIHNjb3JlZFxuICogNjIvNzAgKDQgbWlzc2VkIG9wdC1vdXRzLCA0IGludGVudCBlcnJvcnMsIG5vIGZhbHNlIG9wdC1vdXQpOyB0aGUgbWlzc2VzIHRhdWdodCB0aGUgcnVsZXMgbmV3XG4gKiBwaHJhc2luZ3MsIHNvIGl0IG5vdyB0cmFpbnMgdGhlIG1vZGVsIGFuZCBmcmVzaC5jb3JwdXMudHMgaG9sZHMgYSBuZXdlciB1bnNlZW4gYmF0Y2guXG4gKi9cbmV4cG9ydCBjb25zdCBTRUNPTkRfQkFUQ0hfQ09SUFVTID0gU3RyaW5nLnJhd2Bcbm9wdF9vdXR8fFN0b3AhXG5vcHRfb3V0fHxzdG9wIHRleHRpbmcgdGhpcyBudW1iZXJcbm9wdF9vdXR8fHBscyByZW1vdmUgdGhpcyBudW1iZXIgZnJvbSB1ciBsaXN0XG5vcHRfb3V0fHxJIG5ldmVyIHNpZ25lZCB1cCBmb3IgdGhpcy4gUmVtb3ZlIG1lXG5vcHRfb3V0fHxubyBsb25nZXIgaW50ZXJlc3RlZCBpbiByZWNlaXZpbmcgdGV4dHMgZnJvbSB5b3Vcbm9wdF9vdXR8fENhbiB5b3UgZ3V5cyBzdG9wIHRleHRpbmcgbWU/IEkgbW92ZWQgdG8gRGVudmVyXG5vcHRfb3V0fHxVTlNVQlNDUklCRSEhISFcbm9wdF9vdXR8fFN0b3AgbWVzc2FnaW5nIHRoaXMgbnVtYmVyIHBsZWFzZVxub3B0X291dHx8ZG8gbm90IHRleHQgdGhpcyBudW1iZXIgYWdhaW5cbm9wdF9vdXR8fFF1aXQgdGV4dGluZyBtZVxub3B0X291dHx8RmF2b3IgZGUgbm8gZW52aWFybWUgbVx1MDBFMXMgbWVuc2FqZXNcbm9wdF9vdXR8fFlhIG5vIG1lIG1hbmRlbiBtZW5zYWplcyBwb3IgZmF2b3Jcbm9wdF9vdXR8fFN0b3Agc2VuZGluZyBtZSB0ZXh0c1xub3B0X291dHx8c3RvcCwgd3JvbmcgbnVtYmVyXG5vcHRfb3V0fHxJJ2QgbGlrZSB0byB1bnN1YnNjcmliZSBmcm9tIHlvdXIgdGV4dHNcbm9wdF9vdXR8bWt0fE5vIG1vcmUgcHJvbW90aW9uYWwgdGV4dHMgcGxlYXNlXG5vcHRfb3V0fG1rdHxzdG9wIHRoZSBwcm9tbyBibGFzdHNcbm9wdF9vdXR8fFx1MDExMFx1MUVFQm5nIGdcdTFFRURpIHRpbiBuaFx1MUVBRm4gblx1MUVFRmFcbm9wdF9vdXR8fFx1NTA1Q1x1NkI2Mlx1NTNEMVx1OTAwMVxub3B0X291dHx8Tlx1MDBFM28gbWUgbWFuZGVtIG1haXMgbWVuc2FnZW5zXG5vdGhlcnxobnxJIHN0b3BwZWQgYnkgeWVzdGVyZGF5IGJ1dCB5b3Ugd2VyZSBjbG9zZWRcbm90aGVyfGhufEkgc3RvcHBlZCBieSB5ZXN0ZXJkYXkgdG8gZHJvcCBvZmYgbXkgZm9ybVxuYWZ0ZXJjYXJlfGhufFdoZW4gd2lsbCB0aGUgc3dlbGxpbmcgc3RvcD9cbnByZV90cmVhdG1lbnR8aG58U2hvdWxkIEkgc3RvcCBteSBtdWx0aXZpdGFtaW4gYmVmb3JlIHRoZSBJVj9cbnByaWNpbmd8aG58SXMgeW91ciBob2xpZGF5IHByb21vIGVuZGluZyBzb29uP1xuY2FuY2VsX2FwcG9pbnRtZW50fGhufENhbmNlbCBteSBGcmlkYXkgYXBwb2ludG1lbnQgcGxlYXNlXG5jYW5jZWxfYXBwb2ludG1lbnR8aG58SSBuZWVkIHRvIGNhbmNlbCBteSBmYWNpYWxcbmRpcmVjdGlvbnNfcGFya2luZ3xobnxDYW4gSSBzdG9wIGJ5IHRvIHBpY2sgdXAgdGhlIGNyZWFtP1xub3RoZXJ8aG58SSBxdWl0IGRyaW5raW5nIHNvIG5vIHdvcnJpZXMgYWJvdXQgYWxjb2hvbFxuYWZ0ZXJjYXJlfGhufFRoZSBibGVlZGluZyBzdG9wcGVkLCBpcyBpdCBvayB0byB3YXNoIG15IGZhY2U/XG5jb21wbGFpbnR8aG58UGxlYXNlIHN0b3AgZG91YmxlIGJvb2tpbmcgbWUsIHRoaXMgaXMgdGhlIHNlY29uZCB0aW1lXG5vdGhlcnxobnxFbmQgb2YgdGhlIG1vbnRoIHdvcmtzIGJldHRlciBmb3IgbWUgZmluYW5jaWFsbHlcbnByZV90cmVhdG1lbnR8aG58aG93IG1hbnkgZGF5cyBiZWZvcmUgc2hvdWxkIEkgc3RvcCB1c2luZyByZXRpbiBhXG5jb25maXJtfHJ0Y3xZZXMgY29uZmlybWVkXG5jb25maXJtfHJ0Y3x5ZXNzc3NcbmNvbmZpcm18cnRjfEMgXHVEODNEXHVEQzREXG5jb25maXJtfHxJJ2xsIGJlIHRoZXJlIFRodXJzZGF5IVxucmVzY2hlZHVsZXxydGN8UiwgY2FuIHdlIGRvIG5leHQgd2Vla1xucmVzY2hlZHVsZXx8TmVlZCB0byBtb3ZlIG15IGFwcHQgdG8gYSBsYXRlciB0aW1lXG5yZXNjaGVkdWxlfHxDYW4gd2UgZG8gTW9uZGF5IGluc3RlYWQ/XG5jYW5jZWxfYXBwb2ludG1lbnR8fFBsZWFzZSBjYW5jZWwgbXkgYXBwdFxucnVubmluZ19sYXRlfHxHb25uYSBiZSAxMCBtaW4gbGF0ZSBzb3JyeSEhXG5ydW5uaW5nX2xhdGV8fFJ1bm5pbmcgYmVoaW5kLCB0aGVyZSBpbiAxNVxucnVubmluZ19sYXRlfHx2b3kgdGFyZGUsIGxsZWdvIGVuIDEwIG1pbnV0b3NcbmJvb2tfbmV3fHxEbyB5b3UgaGF2ZSBhdmFpbGFiaWxpdHkgZm9yIGxpcCBmaWxsZXIgbmV4dCB3ZWVrP1xuYm9va19uZXd8fEkgd2FudCB0byBib29rIGEgZmFjaWFsIGZvciBteSBiaXJ0aGRheVxuYm9va19uZXd8fFx1MDBCRlB1ZWRvIGhhY2VyIHVuYSBjaXRhIHBhcmEgZWwgbHVuZXM/XG5wcmljaW5nfHxIb3cgbXVjaCBpcyBhIGh5ZHJhZmFjaWFsP1xucHJpY2luZ3x8V2hhdCBkbyB5b3UgY2hhcmdlIGZvciBtaWNyb25lZWRsaW5nP1xucHJpY2luZ3x8XHUwMEJGQ3VcdTAwRTFudG8gY3Vlc3RhIGxhIGRlcGlsYWNpXHUwMEYzbiBsXHUwMEUxc2VyP1xuZGlyZWN0aW9uc19wYXJraW5nfHxXaGVyZSBpcyB0aGUgcGFya2luZyBsb3Q/XG5kaXJlY3Rpb25zX3Bhcmtpbmd8fFdoYXQncyB5b3VyIGFkZHJlc3M/XG5ob3Vyc3x8QXJlIHlvdSBvcGVuIG9uIFNhdHVyZGF5cz9cbmhvdXJzfHxXaGF0IHRpbWUgZG8geW91IGNsb3NlIG9uIEZyaWRheT9cbmFmdGVyY2FyZXx8SXMgc3dlbGxpbmcgbm9ybWFsIDMgZGF5cyBhZnRlciBmaWxsZXI/XG5hZnRlcmNhcmV8fFdoZW4gY2FuIEkgd2VhciBtYWtldXAgYWZ0ZXIgdGhlIHBlZWw/XG5wcmVfdHJlYXRtZW50fHxTaG91bGQgSSBjb21lIHdpdGhvdXQgbWFrZXVwP1xucHJlX3RyZWF0bWVudHx8Q2FuIEkgZHJpbmsgY29mZmVlIGJlZm9yZSBteSBJVj9cbmJyaW5nX2d1ZXN0fHxDYW4gSSBicmluZyBteSBtb20gdG8gbXkgYXBwb2ludG1lbnQ/XG5icmluZ19ndWVzdHx8SXMgaXQgb2sgaWYgbXkgZnJpZW5kIGNvbWVzIHdpdGggbWU/XG5jb21wbGFpbnR8fEknbSB2ZXJ5IHVwc2V0LCBub2JvZHkgY2FsbGVkIG1lIGJhY2tcbmNvbXBsYWludHx8SSB3YXMgb3ZlcmNoYXJnZWQgZm9yIG15IGxhc3QgdmlzaXRcbnRoYW5rc3x8VGhhbmsgeW91IHNvIG11Y2ghXG50aGFua3N8fFRoYW5rcyBmb3IgeW91ciBoZWxwIFx1RDgzRFx1REUwQVxuaGVscHx8SGVscFxuaGVscHx8d2hvJ3MgdGhpcz9cbm9wdF9pbnx8U3RhcnRcbm9wdF9pbnx8cGxlYXNlIHJlc3Vic2NyaWJlIG1lXG5vdGhlcnx8RG8geW91IHNlbGwgZ2lmdCBjZXJ0aWZpY2F0ZXM/XG5vdGhlcnx8Q2FuIHlvdSBzZW5kIG1lIGEgY29weSBvZiBteSByZWNlaXB0P1xuYDtcbiIsICIvKipcbiAqIEV2YWx1YXRpb24tb25seSB0ZXh0cywgd3JpdHRlbiBhZnRlciB0aGUgcnVsZXMgYW5kIG1vZGVsIHdlcmUgYnVpbHQgYW5kIG5ldmVyIHVzZWQgdG8gdHJhaW4gb3JcbiAqIHR1bmUgdGhlbTogdGhlIGhvbmVzdCBcInVuc2VlblwiIG51bWJlciBpbiB0aGUgdGVzdCByZXBvcnQuIERvIG5vdCB0dW5lIHJ1bGVzIGFnYWluc3QgdGhpcyBmaWxlO1xuICogd2hlbiBpdCBoYXMgdGF1Z2h0IHVzIHNvbWV0aGluZywgbW92ZSBpdHMgbGluZXMgaW50byB0aGUgdHJhaW5pbmcgY29ycHVzIGFuZCB3cml0ZSBuZXcgb25lcy5cbiAqL1xuZXhwb3J0IGNvbnN0IEZSRVNIX0NPUlBVUyA9IFN0cmluZy5yYXdgXG5vcHRfb3V0fHxzdG9wIHNlbmRpbmcgbXNncyB0byB0aGlzIHBob25lXG5vcHRfb3V0fHxQbGVhc2Ugc3RvcC4gSSBhbHJlYWR5IGFza2VkIHR3aWNlXG5vcHRfb3V0fHxyZW1vdmUgbXkgbnVtYmVyIHBsZWFzZVxub3B0X291dHx8VGFrZSB0aGlzIG51bWJlciBvZmYgeW91ciBsaXN0XG5vcHRfb3V0fHxJIGRvbid0IHdhbnQgdG8gZ2V0IHRleHRzIGZyb20geW91IGFueW1vcmVcbm9wdF9vdXR8fFNUT1AgVEVYVElORyBNRSEhISEhXG5vcHRfb3V0fHxVbnN1YnNjcmliZSBwbHNcbm9wdF9vdXR8fHF1aXQgc2VuZGluZyBtZSBzdHVmZlxub3B0X291dHx8SSB3YW50IG9mZiB0aGlzIGxpc3Rcbm9wdF9vdXR8fE5vIG1cdTAwRTFzIHRleHRvcyBwb3IgZmF2b3Jcbm9wdF9vdXR8fERlamVuIGRlIGVzY3JpYmlybWVcbm9wdF9vdXR8fG9wdCBvdXQgcGxlYXNlXG5vcHRfb3V0fHxzdG9wIFx1RDgzRFx1REU0Rlxub3B0X291dHx8XHVGRjM1XHVGRjJFXHVGRjMzXHVGRjM1XHVGRjIyXHVGRjMzXHVGRjIzXHVGRjMyXHVGRjI5XHVGRjIyXHVGRjI1XG5vcHRfb3V0fHx1IG4gcyB1IGIgcyBjIHIgaSBiIGVcbm9wdF9vdXR8bWt0fHN0b3Agc2VuZGluZyBtZSB0aGUgZGVhbHNcbm9wdF9vdXR8fEFyclx1MDBFQXRlXG5vcHRfb3V0fHxYaW4gXHUwMTExXHUxRUVCbmcgbmhcdTFFQUZuIHRpbiBuXHUxRUVGYVxub3B0X291dHx8QXlva28gbmEgcG8gbmcgdGV4dFxub3B0X291dHx8XHUwNDExXHUwNDNFXHUwNDNCXHUwNDRDXHUwNDQ4XHUwNDM1IFx1MDQzRFx1MDQzNSBcdTA0M0ZcdTA0NDBcdTA0MzhcdTA0NDFcdTA0NEJcdTA0M0JcdTA0MzBcdTA0MzlcdTA0NDJcdTA0MzUgXHUwNDQxXHUwNDNFXHUwNDNFXHUwNDMxXHUwNDQ5XHUwNDM1XHUwNDNEXHUwNDM4XHUwNDRGXG5vdGhlcnxobnxJJ2xsIHN0b3AgaW4gbmV4dCB3ZWVrIHRvIGJ1eSBzdW5zY3JlZW5cbmFmdGVyY2FyZXxobnxJdCB3b24ndCBzdG9wIGl0Y2hpbmcgYWZ0ZXIgdGhlIGxhc2VyXG5wcmVfdHJlYXRtZW50fGhufERvIEkgbmVlZCB0byBzdG9wIG15IGJpcnRoIGNvbnRyb2wgYmVmb3JlIGxhc2VyP1xucHJpY2luZ3xobnxXaGVuIGRvZXMgeW91ciBCbGFjayBGcmlkYXkgZGVhbCBlbmQ/XG5jYW5jZWxfYXBwb2ludG1lbnR8aG58Q2FuY2VsIG15IGxhc2VyIG9uIFR1ZXNkYXkgcGxlYXNlXG5vdGhlcnxobnxJIHF1aXQgbXkgZ3ltIG1lbWJlcnNoaXAgc28gSSBjYW4gYWZmb3JkIGJvdG94IGxvbFxuYWZ0ZXJjYXJlfGhufEhvdyBkbyBJIHN0b3AgdGhlIHN3ZWxsaW5nP1xuY29tcGxhaW50fGhufFN0b3Agb3ZlcmJvb2tpbmcsIEkgd2FpdGVkIGFuIGhvdXJcbm90aGVyfGhufENhbiB5b3UgcmVtb3ZlIG15IG9sZCBhZGRyZXNzIGZyb20gbXkgZmlsZT9cbnJ1bm5pbmdfbGF0ZXxobnxIYWQgdG8gc3RvcCBmb3IgZ2FzLCBydW5uaW5nIDUgbWluIGxhdGVcbmRpcmVjdGlvbnNfcGFya2luZ3xobnxJcyB0aGVyZSBhIGJ1cyBzdG9wIG5lYXIgeW91P1xuaG91cnN8aG58V2hhdCB0aW1lIGRvZXMgeW91ciBkYXkgZW5kIG9uIEZyaWRheT9cbmNvbmZpcm18cnRjfHllcyBcdUQ4M0RcdURDNERcbmNvbmZpcm18cnRjfENvbmZpcm1lZCwgdGhhbmsgeW91IVxuY29uZmlybXx8SnVzdCBjb25maXJtaW5nIG15IGFwcG9pbnRtZW50IHRvbW9ycm93IGF0IDFcbnJlc2NoZWR1bGV8cnRjfFIgcGxzXG5yZXNjaGVkdWxlfHxDYW4gSSBwdXNoIG15IGJvdG94IHRvIG5leHQgRnJpZGF5P1xuY2FuY2VsX2FwcG9pbnRtZW50fHxJIG5lZWQgdG8gY2FuY2VsIHRvbW9ycm93J3MgYXBwb2ludG1lbnRcbnJ1bm5pbmdfbGF0ZXx8U29ycnkhIDEwIG1pbnV0ZXMgbGF0ZVxucnVubmluZ19sYXRlfHxPbiBteSB3YXksIHRyYWZmaWMgaXMgYmFkXG5ib29rX25ld3x8QW55IG9wZW5pbmdzIGZvciBib3RveCB0aGlzIFNhdHVyZGF5P1xuYm9va19uZXd8fENhbiBJIHNjaGVkdWxlIGEgY29uc3VsdCBmb3IgbGFzZXIgaGFpciByZW1vdmFsP1xucHJpY2luZ3x8V2hhdCdzIHRoZSBwcmljZSBwZXIgdW5pdCBmb3IgZHlzcG9ydD9cbnByaWNpbmd8fERvIHlvdSBoYXZlIGFueSBkZWFscyBvbiBmaWxsZXIgcmlnaHQgbm93P1xuZGlyZWN0aW9uc19wYXJraW5nfHxEbyB5b3UgdmFsaWRhdGUgcGFya2luZz9cbmRpcmVjdGlvbnNfcGFya2luZ3x8V2hpY2ggYnVpbGRpbmcgYXJlIHlvdSBpbj9cbmhvdXJzfHxXaGF0IHRpbWUgZG8geW91IG9wZW4gb24gTW9uZGF5P1xuaG91cnN8fEFyZSB5b3UgY2xvc2VkIG9uIE5ldyBZZWFyJ3MgRGF5P1xuYWZ0ZXJjYXJlfHxNeSBmb3JlaGVhZCBmZWVscyBoZWF2eSBhZnRlciBib3RveCwgaXMgdGhhdCBub3JtYWw/XG5hZnRlcmNhcmV8fENhbiBJIGdvIHRvIHRoZSBneW0gYWZ0ZXIgbXkgZmFjaWFsP1xucHJlX3RyZWF0bWVudHx8RG8gSSBuZWVkIHRvIHNoYXZlIGJlZm9yZSBteSBsYXNlciBhcHBvaW50bWVudD9cbnByZV90cmVhdG1lbnR8fENhbiBJIHdlYXIgY29udGFjdHMgZHVyaW5nIHRoZSBmYWNpYWw/XG5icmluZ19ndWVzdHx8Q2FuIG15IGh1c2JhbmQgY29tZSB3aXRoIG1lIHRvIHRoZSBjb25zdWx0P1xuYnJpbmdfZ3Vlc3R8fENhbiBJIGJyaW5nIG15IDEwIHllYXIgb2xkP1xuY29tcGxhaW50fHxUaGUgcmVzdWx0cyBhcmUgdW5ldmVuIGFuZCBJJ20gcmVhbGx5IHVuaGFwcHlcbmNvbXBsYWludHx8WW91IGNoYXJnZWQgbXkgY2FyZCB3aXRob3V0IGFza2luZyFcbnRoYW5rc3x8VGhhbmsgeW91LCBzZWUgeW91IHNvb24hXG50aGFua3N8fEdyYWNpYXMgcG9yIHRvZG8gXHVEODNEXHVERTRGXG5oZWxwfHxIRUxQIVxub3B0X2lufHxVTlNUT1Bcbm90aGVyfHxEbyB5b3UgaGF2ZSBnaWZ0IGNhcmRzP1xub3RoZXJ8fElzIFNhcmFoIHdvcmtpbmcgdG9kYXk/XG5gO1xuIiwgImltcG9ydCB7IHBhcnNlQ29ycHVzLCB0eXBlIExhYmVsbGVkTWVzc2FnZSB9IGZyb20gJy4vY29ycHVzLnV0aWwuanMnO1xuaW1wb3J0IHsgSEFSRF9ORUdBVElWRV9DT1JQVVMgfSBmcm9tICcuL2hhcmQtbmVnYXRpdmVzLmNvcnB1cy5qcyc7XG5pbXBvcnQgeyBJTlRFTlRfQ09SUFVTIH0gZnJvbSAnLi9pbnRlbnRzLmNvcnB1cy5qcyc7XG5pbXBvcnQgeyBPUFRfT1VUX0NPUlBVUyB9IGZyb20gJy4vb3B0LW91dC5jb3JwdXMuanMnO1xuaW1wb3J0IHsgU0VDT05EX0JBVENIX0NPUlBVUyB9IGZyb20gJy4vc2Vjb25kLWJhdGNoLmNvcnB1cy5qcyc7XG5pbXBvcnQgeyBGUkVTSF9DT1JQVVMgfSBmcm9tICcuL2ZyZXNoLmNvcnB1cy5qcyc7XG5cbmV4cG9ydCB0eXBlIHsgTGFiZWxsZWRNZXNzYWdlIH0gZnJvbSAnLi9jb3JwdXMudXRpbC5qcyc7XG5cbmxldCBjYWNoZWQ6IExhYmVsbGVkTWVzc2FnZVtdIHwgbnVsbCA9IG51bGw7XG4vKiogRXZlcnkgbGFiZWxsZWQgbWVzc2FnZTogb3B0LW91dCBwb3NpdGl2ZXMsIGhhcmQgbmVnYXRpdmVzLCBpbnRlbnRzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGxhYmVsbGVkQ29ycHVzKCk6IExhYmVsbGVkTWVzc2FnZVtdIHtcbiAgY2FjaGVkID8/PSBbXG4gICAgLi4ucGFyc2VDb3JwdXMoJ29wdC1vdXQuY29ycHVzJywgT1BUX09VVF9DT1JQVVMpLFxuICAgIC4uLnBhcnNlQ29ycHVzKCdoYXJkLW5lZ2F0aXZlcy5jb3JwdXMnLCBIQVJEX05FR0FUSVZFX0NPUlBVUyksXG4gICAgLi4ucGFyc2VDb3JwdXMoJ2ludGVudHMuY29ycHVzJywgSU5URU5UX0NPUlBVUyksXG4gICAgLi4ucGFyc2VDb3JwdXMoJ3NlY29uZC1iYXRjaC5jb3JwdXMnLCBTRUNPTkRfQkFUQ0hfQ09SUFVTKSxcbiAgXTtcbiAgcmV0dXJuIGNhY2hlZDtcbn1cblxuLyoqXG4gKiBEZXRlcm1pbmlzdGljIHNwbGl0IGZvciBob25lc3QgZXZhbHVhdGlvbjogZXZlcnkgNXRoIG1lc3NhZ2Ugb2YgZWFjaCBpbnRlbnQgaXMgaGVsZCBvdXQgYW5kXG4gKiBuZXZlciB1c2VkIHRvIHRyYWluIHRoZSBtb2RlbCB0aGF0IGlzIGV2YWx1YXRlZCBvbiBpdC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNwbGl0Q29ycHVzKGFsbDogcmVhZG9ubHkgTGFiZWxsZWRNZXNzYWdlW10gPSBsYWJlbGxlZENvcnB1cygpKTogeyB0cmFpbjogTGFiZWxsZWRNZXNzYWdlW107IGhlbGRPdXQ6IExhYmVsbGVkTWVzc2FnZVtdIH0ge1xuICBjb25zdCBzZWVuID0gbmV3IE1hcDxzdHJpbmcsIG51bWJlcj4oKTtcbiAgY29uc3QgdHJhaW46IExhYmVsbGVkTWVzc2FnZVtdID0gW107XG4gIGNvbnN0IGhlbGRPdXQ6IExhYmVsbGVkTWVzc2FnZVtdID0gW107XG4gIGZvciAoY29uc3QgbSBvZiBhbGwpIHtcbiAgICBjb25zdCBuID0gKHNlZW4uZ2V0KG0uaW50ZW50KSA/PyAwKSArIDE7XG4gICAgc2Vlbi5zZXQobS5pbnRlbnQsIG4pO1xuICAgIChuICUgNSA9PT0gMCA/IGhlbGRPdXQgOiB0cmFpbikucHVzaChtKTtcbiAgfVxuICByZXR1cm4geyB0cmFpbiwgaGVsZE91dCB9O1xufVxuXG4vKiogVGV4dHMgbmV2ZXIgdXNlZCBmb3IgdHJhaW5pbmcgb3IgdHVuaW5nIChzZWUgZnJlc2guY29ycHVzLnRzKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmcmVzaENvcnB1cygpOiBMYWJlbGxlZE1lc3NhZ2VbXSB7XG4gIHJldHVybiBwYXJzZUNvcnB1cygnZnJlc2guY29ycHVzJywgRlJFU0hfQ09SUFVTKTtcbn1cbiIsICIvKipcbiAqIE9uZSBlbnRyeSBwb2ludCBmb3IgcmVhZGluZyBhIHBhdGllbnQncyB0ZXh0OiBjb25zZW50IChvcHQtb3V0IC8gb3B0LWluIC8gSEVMUCkgYnkgZXhwbGFpbmFibGVcbiAqIHJ1bGVzLCB0aGVuIHRoZSBpbnRlbnQgYnkgc3Ryb25nIGxleGljYWwgcnVsZXMsIHRoZW4gYSBOYWl2ZSBCYXllcyBtb2RlbCB0cmFpbmVkIG9uIHRoZSBsYWJlbGxlZFxuICogY29ycHVzLiBQdXJlIGFuZCBkZXRlcm1pbmlzdGljOyBubyBJL08sIG5vIE5vZGUgYnVpbHQtaW5zLlxuICovXG5pbXBvcnQgeyBkZXRlY3RDb25zZW50LCB0eXBlIE9wdE91dFNjb3BlIH0gZnJvbSAnLi9jb25zZW50LXJ1bGVzLmpzJztcbmltcG9ydCB7IGludGVudFJ1bGUgfSBmcm9tICcuL2ludGVudC1ydWxlcy5qcyc7XG5pbXBvcnQgeyBDT05TRU5UX0lOVEVOVFMsIHR5cGUgTWVzc2FnZUludGVudCB9IGZyb20gJy4vaW50ZW50cy5qcyc7XG5pbXBvcnQgeyBwcmVkaWN0LCB0cmFpbk5haXZlQmF5ZXMsIHR5cGUgTmFpdmVCYXllc01vZGVsIH0gZnJvbSAnLi9uYWl2ZS1iYXllcy5qcyc7XG5pbXBvcnQgeyBsYWJlbGxlZENvcnB1cyB9IGZyb20gJy4uL2NvcnB1cy9pbmRleC5qcyc7XG5pbXBvcnQgdHlwZSB7IExhYmVsbGVkTWVzc2FnZSB9IGZyb20gJy4uL2NvcnB1cy9jb3JwdXMudXRpbC5qcyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgQ2xhc3NpZnlPcHRpb25zIHtcbiAgLyoqIFRoZSB0ZXh0IGFuc3dlcnMgb3VyIGNvbmZpcm1hdGlvbiByZXF1ZXN0IC8gcmVtaW5kZXI6IHRoZW4gXCJDXCIsIFwiUlwiIGFuZCBcInllc1wiIGFyZSBhbnN3ZXJzLiAqL1xuICByZXBseVRvQ29uZmlybWF0aW9uPzogYm9vbGVhbjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBNZXNzYWdlQ2xhc3NpZmljYXRpb24ge1xuICBvcHRPdXQ6IGJvb2xlYW47XG4gIG9wdEluOiBib29sZWFuO1xuICBoZWxwOiBib29sZWFuO1xuICBpbnRlbnQ6IE1lc3NhZ2VJbnRlbnQ7XG4gIC8qKiAwLi4xOyBydWxlcyBhcmUgbmVhci1jZXJ0YWluLCB0aGUgbW9kZWwncyB2YWx1ZSBpcyBhIHRlbXBlcmVkIHBvc3Rlcmlvci4gKi9cbiAgY29uZmlkZW5jZTogbnVtYmVyO1xuICBvcHRPdXRTY29wZT86IE9wdE91dFNjb3BlO1xuICAvKiogV2hvbGUtbWVzc2FnZSBDQU5DRUw6IG9wdGVkIG91dCwgYW5kIHN0YWZmIHNob3VsZCBjYWxsICh0aGUgcGF0aWVudCBtYXkgaGF2ZSBtZWFudCB0aGUgYXBwb2ludG1lbnQpLiAqL1xuICBhbGVydFN0YWZmOiBib29sZWFuO1xuICAvKiogSG93IHRoZSBjb25zZW50IHBhcnQgd2FzIGRlY2lkZWQsIGZvciB0aGUgY29uc2VudCBsZWRnZXIuICovXG4gIGNvbnNlbnRNZXRob2Q/OiAna2V5d29yZCcgfCAncGxhaW5fbGFuZ3VhZ2UnO1xuICAvKiogV2hpY2ggbGF5ZXIgZGVjaWRlZCB0aGUgaW50ZW50LiAqL1xuICBzb3VyY2U6ICdjb25zZW50LXJ1bGUnIHwgJ2ludGVudC1ydWxlJyB8ICdtb2RlbCc7XG4gIC8qKiBIdW1hbi1yZWFkYWJsZSBleHBsYW5hdGlvbiwgc3RvcmVkIHdpdGggdGhlIG1lc3NhZ2UuICovXG4gIHJlYXNvbnM6IHN0cmluZ1tdO1xuICAvKiogTWFjaGluZS1yZWFkYWJsZSBydWxlIGlkcyAvIG1vZGVsIGV2aWRlbmNlLiAqL1xuICBtYXRjaGVkOiBzdHJpbmdbXTtcbn1cblxuLyoqIEJlbG93IHRoaXMgdGhlIG1vZGVsJ3MgZ3Vlc3MgaXMgbm90IHdvcnRoIGFjdGluZyBvbi4gKi9cbmNvbnN0IE1PREVMX01JTl9DT05GSURFTkNFID0gMC4xMjtcblxuZXhwb3J0IGZ1bmN0aW9uIHRyYWluSW50ZW50TW9kZWwoZXhhbXBsZXM6IHJlYWRvbmx5IExhYmVsbGVkTWVzc2FnZVtdKTogTmFpdmVCYXllc01vZGVsIHtcbiAgcmV0dXJuIHRyYWluTmFpdmVCYXllcyhcbiAgICBleGFtcGxlc1xuICAgICAgLmZpbHRlcigoZSkgPT4gIUNPTlNFTlRfSU5URU5UUy5oYXMoZS5pbnRlbnQpKVxuICAgICAgLm1hcCgoZSkgPT4gKHsgdGV4dDogZS50ZXh0LCBsYWJlbDogZS5pbnRlbnQsIHJlcGx5VG9Db25maXJtYXRpb246IGUucmVwbHlUb0NvbmZpcm1hdGlvbiB9KSksXG4gICk7XG59XG5cbmxldCBkZWZhdWx0TW9kZWw6IE5haXZlQmF5ZXNNb2RlbCB8IG51bGwgPSBudWxsO1xuLyoqIFRyYWluZWQgb24gZmlyc3QgdXNlIGZyb20gdGhlIHdob2xlIGNvcnB1cyAoYSBmZXcgbXMpLiAqL1xuZnVuY3Rpb24gbW9kZWwoKTogTmFpdmVCYXllc01vZGVsIHtcbiAgZGVmYXVsdE1vZGVsID8/PSB0cmFpbkludGVudE1vZGVsKGxhYmVsbGVkQ29ycHVzKCkpO1xuICByZXR1cm4gZGVmYXVsdE1vZGVsO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gY2xhc3NpZnlNZXNzYWdlKHRleHQ6IHN0cmluZywgb3B0aW9uczogQ2xhc3NpZnlPcHRpb25zID0ge30sIGludGVudE1vZGVsOiBOYWl2ZUJheWVzTW9kZWwgPSBtb2RlbCgpKTogTWVzc2FnZUNsYXNzaWZpY2F0aW9uIHtcbiAgY29uc3QgcmVwbHlUb0NvbmZpcm1hdGlvbiA9IG9wdGlvbnMucmVwbHlUb0NvbmZpcm1hdGlvbiA/PyBmYWxzZTtcbiAgY29uc3QgY29uc2VudCA9IGRldGVjdENvbnNlbnQodGV4dCwgeyByZXBseVRvQ29uZmlybWF0aW9uIH0pO1xuICBjb25zdCBiYXNlID0ge1xuICAgIG9wdE91dDogY29uc2VudC5vcHRPdXQsXG4gICAgb3B0SW46IGNvbnNlbnQub3B0SW4sXG4gICAgaGVscDogY29uc2VudC5oZWxwLFxuICAgIGFsZXJ0U3RhZmY6IGNvbnNlbnQuYmFyZUNhbmNlbCxcbiAgICAuLi4oY29uc2VudC5vcHRPdXRTY29wZSA/IHsgb3B0T3V0U2NvcGU6IGNvbnNlbnQub3B0T3V0U2NvcGUgfSA6IHt9KSxcbiAgICAuLi4oY29uc2VudC5tZXRob2QgPyB7IGNvbnNlbnRNZXRob2Q6IGNvbnNlbnQubWV0aG9kIH0gOiB7fSksXG4gIH07XG4gIGNvbnN0IGNvbnNlbnRJbnRlbnQ6IE1lc3NhZ2VJbnRlbnQgfCBudWxsID0gY29uc2VudC5vcHRPdXQgPyAnb3B0X291dCcgOiBjb25zZW50Lm9wdEluID8gJ29wdF9pbicgOiBjb25zZW50LmhlbHAgPyAnaGVscCcgOiBudWxsO1xuICBpZiAoY29uc2VudEludGVudCkge1xuICAgIHJldHVybiB7XG4gICAgICAuLi5iYXNlLFxuICAgICAgaW50ZW50OiBjb25zZW50SW50ZW50LFxuICAgICAgY29uZmlkZW5jZTogY29uc2VudC5tZXRob2QgPT09ICdrZXl3b3JkJyA/IDAuOTkgOiAwLjkzLFxuICAgICAgc291cmNlOiAnY29uc2VudC1ydWxlJyxcbiAgICAgIHJlYXNvbnM6IGNvbnNlbnQucmVhc29ucyxcbiAgICAgIG1hdGNoZWQ6IGNvbnNlbnQubWF0Y2hlZCxcbiAgICB9O1xuICB9XG4gIC8vIEd1YXJkcyB0aGF0IGZpcmVkIChlLmcuIFwibmVnYXRlZFwiKSBhcmUgcGFydCBvZiB0aGUgZXhwbGFuYXRpb24uXG4gIGNvbnN0IHJlYXNvbnMgPSBbLi4uY29uc2VudC5yZWFzb25zXTtcbiAgY29uc3QgcnVsZSA9IGludGVudFJ1bGUodGV4dCwgcmVwbHlUb0NvbmZpcm1hdGlvbik7XG4gIGlmIChydWxlKSB7XG4gICAgcmV0dXJuIHsgLi4uYmFzZSwgaW50ZW50OiBydWxlLmludGVudCwgY29uZmlkZW5jZTogcnVsZS5ydWxlLnN0YXJ0c1dpdGgoJ3JlcGx5OicpID8gMC45NyA6IDAuOSwgc291cmNlOiAnaW50ZW50LXJ1bGUnLCByZWFzb25zOiBbLi4ucmVhc29ucywgcnVsZS53aHldLCBtYXRjaGVkOiBbYHJ1bGU6JHtydWxlLnJ1bGV9YF0gfTtcbiAgfVxuICBjb25zdCBndWVzcyA9IHByZWRpY3QoaW50ZW50TW9kZWwsIHRleHQsIHJlcGx5VG9Db25maXJtYXRpb24pO1xuICBjb25zdCBpbnRlbnQgPSAoZ3Vlc3MuY29uZmlkZW5jZSA+PSBNT0RFTF9NSU5fQ09ORklERU5DRSA/IGd1ZXNzLmxhYmVsIDogJ290aGVyJykgYXMgTWVzc2FnZUludGVudDtcbiAgY29uc3Qgd2h5ID1cbiAgICBpbnRlbnQgPT09IGd1ZXNzLmxhYmVsXG4gICAgICA/IGBNb2RlbDogJHtpbnRlbnR9IChwPSR7Z3Vlc3MuY29uZmlkZW5jZS50b0ZpeGVkKDIpfSkke2d1ZXNzLmV2aWRlbmNlLmxlbmd0aCA/IGAsIG1vc3RseSBmcm9tICR7Z3Vlc3MuZXZpZGVuY2UubWFwKChlKSA9PiBgXCIke2V9XCJgKS5qb2luKCcsICcpfWAgOiAnJ31gXG4gICAgICA6IGBNb2RlbCB1bnN1cmUgKGJlc3QgJHtndWVzcy5sYWJlbH0sIHA9JHtndWVzcy5jb25maWRlbmNlLnRvRml4ZWQoMil9KTogb3RoZXJgO1xuICByZXR1cm4ge1xuICAgIC4uLmJhc2UsXG4gICAgaW50ZW50LFxuICAgIGNvbmZpZGVuY2U6IE51bWJlcihndWVzcy5jb25maWRlbmNlLnRvRml4ZWQoMykpLFxuICAgIHNvdXJjZTogJ21vZGVsJyxcbiAgICByZWFzb25zOiBbLi4ucmVhc29ucywgd2h5XSxcbiAgICBtYXRjaGVkOiBndWVzcy5ldmlkZW5jZS5tYXAoKGUpID0+IGBtb2RlbDoke2V9YCksXG4gIH07XG59XG4iLCAiaW1wb3J0IHsgY2xhc3NpZnlNZXNzYWdlIH0gZnJvbSAnL3dvcmsvd3QvY2xhc3NpZmllci9saWJzL2NvbXBsaWFuY2Uvc3JjL2NsYXNzaWZpZXIvbWVzc2FnZS1jbGFzc2lmaWVyLnRzJztcbmltcG9ydCB7IHBhcnNlQ29ycHVzIH0gZnJvbSAnL3dvcmsvd3QvY2xhc3NpZmllci9saWJzL2NvbXBsaWFuY2Uvc3JjL2NvcnB1cy9jb3JwdXMudXRpbC50cyc7XG5pbXBvcnQgeyBGUkVTSF9DT1JQVVMgfSBmcm9tICcvd29yay93dC9jbGFzc2lmaWVyL2xpYnMvY29tcGxpYW5jZS9zcmMvY29ycHVzL2ZyZXNoLmNvcnB1cy50cyc7XG5jb25zdCBhbGwgPSBwYXJzZUNvcnB1cygnZnJlc2gnLCBGUkVTSF9DT1JQVVMpO1xubGV0IG9rID0gMDtcbmZvciAoY29uc3QgZSBvZiBhbGwpIHsgY29uc3QgciA9IGNsYXNzaWZ5TWVzc2FnZShlLnRleHQsIHsgcmVwbHlUb0NvbmZpcm1hdGlvbjogZS5yZXBseVRvQ29uZmlybWF0aW9uIH0pOyBpZiAoci5pbnRlbnQgPT09IGUuaW50ZW50ICYmIHIub3B0T3V0ID09PSAoZS5pbnRlbnQ9PT0nb3B0X291dCcpKSBvaysrOyBlbHNlIGNvbnNvbGUubG9nKGAke2UuaW50ZW50fSAtPiAke3IuaW50ZW50fSAke0pTT04uc3RyaW5naWZ5KGUudGV4dCl9IDo6ICR7ci5yZWFzb25zLmpvaW4oJyB8ICcpfWApOyB9XG5jb25zb2xlLmxvZygnZnJlc2gnLCBvaywgYWxsLmxlbmd0aCk7XG4iXSwKICAibWFwcGluZ3MiOiAiO0FBUUEsSUFBTSxjQUErQztBQUFBLEVBQ25ELENBQUMsaUJBQWlCLFdBQVc7QUFBQSxFQUM3QixDQUFDLDhCQUE4QixhQUFhO0FBQUEsRUFDNUMsQ0FBQyxrQkFBa0IsY0FBYztBQUFBLEVBQ2pDLENBQUMsbUJBQW1CLFlBQVk7QUFBQSxFQUNoQyxDQUFDLG1CQUFtQixjQUFjO0FBQ3BDO0FBT08sU0FBUyxjQUFjLE1BQWMsVUFBNEIsQ0FBQyxHQUFXO0FBQ2xGLE1BQUksSUFBSSxLQUFLLFVBQVUsTUFBTSxFQUFFLFlBQVk7QUFDM0MsTUFBSSxRQUFRLFdBQVksWUFBVyxDQUFDLElBQUksSUFBSSxLQUFLLFlBQWEsS0FBSSxFQUFFLFFBQVEsSUFBSSxJQUFJO0FBQ3BGLE1BQUksRUFFRCxVQUFVLEtBQUssRUFDZixRQUFRLFdBQUMsVUFBTSxJQUFFLEdBQUUsRUFBRSxFQUNyQixVQUFVLEtBQUssRUFDZixRQUFRLFFBQVEsR0FBRyxFQUNuQixRQUFRLFFBQVEsUUFBRyxFQUNuQixRQUFRLE1BQU0sSUFBSSxFQUVsQixRQUFRLFlBQVksRUFBRSxFQUN0QixRQUFRLG9CQUFvQixHQUFHLEVBRS9CLFFBQVEsV0FBQyxzRkFBK0UsSUFBRSxHQUFFLE1BQU0sRUFDbEcsS0FBSyxFQUNMLFFBQVEsUUFBUSxHQUFHO0FBQ3RCLE1BQUksa0JBQWtCLENBQUM7QUFFdkIsTUFBSSxFQUFFLFFBQVEsa0JBQWtCLElBQUk7QUFDcEMsU0FBTztBQUNUO0FBR0EsU0FBUyxrQkFBa0IsR0FBbUI7QUFDNUMsUUFBTSxTQUFTLEVBQUUsTUFBTSxHQUFHO0FBQzFCLFFBQU0sTUFBZ0IsQ0FBQztBQUN2QixNQUFJLE1BQWdCLENBQUM7QUFDckIsUUFBTSxRQUFRLE1BQVk7QUFDeEIsUUFBSSxJQUFJLFVBQVUsRUFBRyxLQUFJLEtBQUssSUFBSSxLQUFLLEVBQUUsQ0FBQztBQUFBLFFBQ3JDLEtBQUksS0FBSyxHQUFHLEdBQUc7QUFDcEIsVUFBTSxDQUFDO0FBQUEsRUFDVDtBQUNBLGFBQVcsU0FBUyxRQUFRO0FBQzFCLFFBQUksV0FBQyxZQUFRLEdBQUMsRUFBQyxLQUFLLEtBQUssS0FBSyxDQUFDLHVDQUF1QyxLQUFLLEtBQUssRUFBRyxLQUFJLEtBQUssS0FBSztBQUFBLFNBQzVGO0FBQ0gsWUFBTTtBQUNOLFVBQUksS0FBSyxLQUFLO0FBQUEsSUFDaEI7QUFBQSxFQUNGO0FBQ0EsUUFBTTtBQUNOLFNBQU8sSUFBSSxPQUFPLE9BQU8sRUFBRSxLQUFLLEdBQUc7QUFDckM7QUFHTyxTQUFTLGFBQWEsR0FBVyxHQUFXLE1BQU0sR0FBVztBQUNsRSxNQUFJLEtBQUssSUFBSSxFQUFFLFNBQVMsRUFBRSxNQUFNLElBQUksSUFBSyxRQUFPLE1BQU07QUFDdEQsUUFBTSxPQUFtQixDQUFDO0FBQzFCLFdBQVMsSUFBSSxHQUFHLEtBQUssRUFBRSxRQUFRLEtBQUs7QUFDbEMsU0FBSyxLQUFLLElBQUksTUFBYyxFQUFFLFNBQVMsQ0FBQyxFQUFFLEtBQUssQ0FBQyxDQUFDO0FBQ2pELFNBQUssQ0FBQyxFQUFHLENBQUMsSUFBSTtBQUFBLEVBQ2hCO0FBQ0EsV0FBUyxJQUFJLEdBQUcsS0FBSyxFQUFFLFFBQVEsSUFBSyxNQUFLLENBQUMsRUFBRyxDQUFDLElBQUk7QUFDbEQsV0FBUyxJQUFJLEdBQUcsS0FBSyxFQUFFLFFBQVEsS0FBSztBQUNsQyxhQUFTLElBQUksR0FBRyxLQUFLLEVBQUUsUUFBUSxLQUFLO0FBQ2xDLFlBQU0sT0FBTyxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSSxDQUFDLElBQUksSUFBSTtBQUN6QyxVQUFJLElBQUksS0FBSyxJQUFJLEtBQUssSUFBSSxDQUFDLEVBQUcsQ0FBQyxJQUFLLEdBQUcsS0FBSyxDQUFDLEVBQUcsSUFBSSxDQUFDLElBQUssR0FBRyxLQUFLLElBQUksQ0FBQyxFQUFHLElBQUksQ0FBQyxJQUFLLElBQUk7QUFDeEYsVUFBSSxJQUFJLEtBQUssSUFBSSxLQUFLLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJLENBQUMsS0FBSyxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSSxDQUFDLEVBQUcsS0FBSSxLQUFLLElBQUksR0FBRyxLQUFLLElBQUksQ0FBQyxFQUFHLElBQUksQ0FBQyxJQUFLLENBQUM7QUFDOUcsV0FBSyxDQUFDLEVBQUcsQ0FBQyxJQUFJO0FBQUEsSUFDaEI7QUFBQSxFQUNGO0FBQ0EsU0FBTyxLQUFLLEVBQUUsTUFBTSxFQUFHLEVBQUUsTUFBTTtBQUNqQztBQUdPLFNBQVMsVUFBVSxRQUF3QjtBQUNoRCxTQUFPLElBQUksT0FBTyxPQUFPLFFBQVEsUUFBUSx1Q0FBdUMsR0FBRyxHQUFHO0FBQ3hGOzs7QUMzREEsSUFBTSxTQUFTLG9CQUFJLElBQUk7QUFBQSxFQUNyQjtBQUFBLEVBQVU7QUFBQSxFQUFPO0FBQUEsRUFBTztBQUFBLEVBQVE7QUFBQSxFQUFPO0FBQUEsRUFBVTtBQUFBLEVBQVM7QUFBQSxFQUFPO0FBQUEsRUFBTztBQUFBLEVBQU07QUFBQSxFQUFRO0FBQUEsRUFBZTtBQUFBLEVBQU07QUFBQSxFQUFNO0FBQUEsRUFBVztBQUFBLEVBQU07QUFBQSxFQUFRO0FBQUEsRUFDMUk7QUFBQSxFQUFRO0FBQUEsRUFBUztBQUFBLEVBQU87QUFBQSxFQUFTO0FBQUEsRUFBWTtBQUFBLEVBQVM7QUFBQSxFQUFNO0FBQUEsRUFBVztBQUFBLEVBQVM7QUFBQSxFQUFZO0FBQUEsRUFBWTtBQUFBLEVBQVc7QUFBQSxFQUFNO0FBQUEsRUFBTTtBQUFBLEVBQVM7QUFBQSxFQUFPO0FBQUEsRUFDL0k7QUFBQSxFQUFNO0FBQUEsRUFBUztBQUFBLEVBQU87QUFDeEIsQ0FBQztBQUdELElBQU0sZ0JBQXdDO0FBQUEsRUFDNUMsTUFBTTtBQUFBLEVBQVEsU0FBUztBQUFBLEVBQVcsYUFBYTtBQUFBLEVBQWUsT0FBTztBQUFBLEVBQWUsUUFBUTtBQUFBLEVBQVUsS0FBSztBQUFBLEVBQU8sTUFBTTtBQUFBLEVBQVEsUUFBUTtBQUFBLEVBQ3hJLFFBQVE7QUFBQSxFQUFXLFdBQVc7QUFBQSxFQUFXLFlBQVk7QUFBQSxFQUFXLFVBQVU7QUFBQSxFQUFVLGFBQWE7QUFBQSxFQUFVLGdCQUFnQjtBQUFBLEVBQzNILFdBQVc7QUFBQSxFQUFtQixpQkFBaUI7QUFBQSxFQUFtQixvQkFBb0I7QUFBQSxFQUFtQixrQkFBa0I7QUFBQTtBQUFBLEVBRTNILE1BQU07QUFBQSxFQUFhLE9BQU87QUFBQSxFQUFpQixNQUFNO0FBQUEsRUFBYSxPQUFPO0FBQUEsRUFBYyxNQUFNO0FBQUEsRUFBYSxTQUFTO0FBQUEsRUFBZ0IsVUFBVTtBQUFBLEVBQ3pJLFVBQVU7QUFBQSxFQUFlLG1CQUFtQjtBQUFBLEVBQXdCLGVBQWU7QUFBQSxFQUFvQixhQUFhO0FBQUE7QUFBQSxFQUVwSCxNQUFNO0FBQUEsRUFBYSxNQUFNO0FBQUEsRUFBYSxjQUFjO0FBQUEsRUFBcUIsT0FBTztBQUFBLEVBQWMsU0FBUztBQUFBLEVBQWdCLFFBQVE7QUFBQSxFQUFlLFlBQVk7QUFBQSxFQUMxSixPQUFPO0FBQUEsRUFBYyxRQUFRO0FBQUEsRUFBZSxPQUFPO0FBQUEsRUFBYyxZQUFZO0FBQUEsRUFBaUIsTUFBTTtBQUFBLEVBQWEsWUFBWTtBQUFBLEVBQWlCLE9BQU87QUFBQSxFQUNySixlQUFlO0FBQUEsRUFBb0IsMEJBQU07QUFBQSxFQUFhLHNDQUFRO0FBQUEsRUFBZSw4REFBWTtBQUFBLEVBQW1CLDRDQUFTO0FBQUEsRUFBZ0IsVUFBVTtBQUFBO0FBQUEsRUFFL0ksY0FBSTtBQUFBLEVBQWMsUUFBRztBQUFBLEVBQVUsY0FBSTtBQUFBLEVBQVcsY0FBSTtBQUFBLEVBQVcsMEJBQU07QUFBQSxFQUFhLGNBQUk7QUFBQSxFQUFXLDBCQUFNO0FBQUEsRUFDckcsY0FBSTtBQUFBLEVBQVcsY0FBSTtBQUFBLEVBQVcsMEJBQU07QUFBQSxFQUFhLDBCQUFNO0FBQUEsRUFBYSxNQUFNO0FBQzVFO0FBRUEsSUFBTSxnQkFBeUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxHQUFHLENBQUMsZUFBZSxDQUFDLEdBQUcsQ0FBQyxVQUFVLENBQUMsR0FBRyxDQUFDLFdBQVcsQ0FBQyxHQUFHLENBQUMsVUFBVSxDQUFDLEdBQUcsQ0FBQyxVQUFVLENBQUMsR0FBRyxDQUFDLGVBQWUsQ0FBQyxDQUFDO0FBRWhLLElBQU0sV0FBVyxvQkFBSSxJQUFJLENBQUMsUUFBUSxRQUFRLFFBQVEsUUFBUSxRQUFRLE9BQU8sT0FBTyxRQUFRLFNBQVMsU0FBUyxTQUFTLFNBQVMsU0FBUyxPQUFPLE9BQU8sUUFBUSxVQUFVLFlBQVksV0FBVyxhQUFhLGNBQWMsZUFBZSxjQUFjLENBQUM7QUFFclAsSUFBTSxtQkFBbUIsb0JBQUksSUFBSSxDQUFDLGFBQWEsVUFBVSxRQUFRLFdBQVcsZUFBZSxVQUFVLFdBQVcsUUFBUSxnQkFBZ0IsWUFBWSxnQkFBTSxnQkFBTSwwQkFBTSxDQUFDO0FBRXZLLElBQU0sZUFBdUM7QUFBQSxFQUMzQyxPQUFPO0FBQUEsRUFBUyxRQUFRO0FBQUEsRUFBVSxRQUFRO0FBQUEsRUFBVSxXQUFXO0FBQUEsRUFBYSxhQUFhO0FBQUEsRUFBZSxVQUFVO0FBQUEsRUFBVSxPQUFPO0FBQUEsRUFBVSxlQUFlO0FBQUEsRUFDNUosVUFBVTtBQUFBLEVBQWlCLFNBQVM7QUFBQSxFQUFnQixVQUFVO0FBQUEsRUFBaUIsV0FBVztBQUFBLEVBQWtCLGNBQUk7QUFBQSxFQUFXLGNBQUk7QUFBQSxFQUFXLFdBQVc7QUFBQSxFQUNySixpQkFBaUI7QUFBQSxFQUFVLFNBQVM7QUFDdEM7QUFFQSxJQUFNLFlBQVksb0JBQUksSUFBSSxDQUFDLE9BQU8sTUFBTSxPQUFPLEtBQUssQ0FBQztBQUVyRCxJQUFNLGFBQXFDO0FBQUEsRUFDekMsTUFBTTtBQUFBLEVBQVEsTUFBTTtBQUFBLEVBQVEsT0FBTztBQUFBLEVBQWMsT0FBTztBQUFBLEVBQWMsTUFBTTtBQUFBLEVBQWEsUUFBUTtBQUFBLEVBQWUsV0FBVztBQUFBLEVBQWdCLHNDQUFRO0FBQUEsRUFDbkosY0FBSTtBQUFBLEVBQVcsY0FBSTtBQUFBLEVBQVcsY0FBSTtBQUFBLEVBQVcsb0JBQUs7QUFBQSxFQUFZLFdBQVc7QUFBQSxFQUFRLE1BQU07QUFBQSxFQUFRLE1BQU07QUFBQSxFQUFRLE1BQU07QUFBQSxFQUFRLE9BQU87QUFBQSxFQUFRLE1BQU07QUFBQSxFQUFRLGFBQWE7QUFDdks7QUFRQSxJQUFNLGVBQWUsb0JBQUksSUFBSSxDQUFDLHNCQUFzQixvQkFBb0IsY0FBYyxpQkFBaUIsZUFBZSxjQUFjLGlCQUFpQixDQUFDO0FBRXRKLElBQU0sTUFBTTtBQUVaLElBQU0sV0FBVztBQUNqQixJQUFNLFFBQVE7QUFDZCxJQUFNLE9BQU87QUFDYixJQUFNLGVBQWU7QUFFckIsSUFBTSxJQUFJLENBQUMsSUFBWSxRQUFnQixTQUF5QixFQUFFLElBQUksSUFBSSxVQUFVLE1BQU0sR0FBRyxJQUFJO0FBRWpHLElBQU0sa0JBQTRCO0FBQUE7QUFBQSxFQUVoQyxFQUFFLGtCQUFrQixpR0FBaUcsSUFBSSxRQUFRLEtBQUssSUFBSSxtQ0FBbUM7QUFBQSxFQUM3SyxFQUFFLHNCQUFzQiw0Q0FBNEMsSUFBSSxRQUFRLFlBQVksT0FBTywyQ0FBMkM7QUFBQSxFQUM5SSxFQUFFLG9CQUFvQix1RUFBdUUsSUFBSSxRQUFRLEdBQUcsT0FBTywyQkFBMkI7QUFBQSxFQUM5SSxFQUFFLGlCQUFpQixpSUFBaUksK0JBQStCO0FBQUEsRUFDbkwsRUFBRSxtQkFBbUIsb09BQW9PLDJCQUEyQjtBQUFBLEVBQ3BSLEVBQUUsa0JBQWtCLGtlQUFrZSwwQ0FBMEM7QUFBQSxFQUNoaUIsRUFBRSxnQkFBZ0Isb0xBQW9MLHVDQUF1QztBQUFBLEVBQzdPLEVBQUUsa0JBQWtCLDBKQUEwSiw0QkFBNEI7QUFBQSxFQUMxTSxFQUFFLGtCQUFrQix5R0FBeUcsdUJBQXVCO0FBQUEsRUFDcEosRUFBRSxnQkFBZ0IsZ0xBQWdMLEdBQUcsSUFBSSxNQUFNLE1BQU0sR0FBRyxFQUFFLENBQUMsa0JBQWtCLG9DQUFvQztBQUFBLEVBQ2pSLEVBQUUscUJBQXFCLHNHQUFzRyxHQUFHLE9BQU8sb0RBQW9EO0FBQUEsRUFDM0wsRUFBRSxlQUFlLCtGQUErRixtQkFBbUI7QUFBQSxFQUNuSSxFQUFFLFlBQVksOEZBQThGLHdDQUF3QztBQUFBLEVBQ3BKLEVBQUUsbUJBQW1CLHFEQUFxRCxpQ0FBaUM7QUFBQSxFQUMzRyxFQUFFLGNBQWMsMkZBQTJGLGtCQUFrQjtBQUFBO0FBQUEsRUFFN0gsRUFBRSxtQkFBbUIscVJBQXFSLDRDQUF5QztBQUFBLEVBQ25WLEVBQUUsa0JBQWtCLGlFQUFpRSxnQ0FBZ0M7QUFBQSxFQUNySCxFQUFFLGVBQWUsdUhBQXVILDBDQUEwQztBQUFBLEVBQ2xMLEVBQUUsYUFBYSwwVkFBMFYscUNBQXFDO0FBQUEsRUFDOVksRUFBRSxnQkFBZ0IseUpBQXlKLHlDQUFzQztBQUFBLEVBQ2pOLEVBQUUsYUFBYSx3REFBd0QsOEJBQTJCO0FBQUEsRUFDbEcsRUFBRSwyQkFBMkIsOEdBQThHLHNDQUFtQztBQUFBO0FBQUEsRUFFOUssRUFBRSxjQUFjLDZEQUE2RCwwQ0FBMEM7QUFBQSxFQUN2SCxFQUFFLGdCQUFnQixxS0FBcUsseUNBQXNDO0FBQUEsRUFDN04sRUFBRSxtQkFBbUIsMkdBQTJHLDhCQUE4QjtBQUFBO0FBQUEsRUFFOUosRUFBRSxpQkFBaUIsZ0VBQWdFLG9DQUE4QjtBQUFBLEVBQ2pILEVBQUUsY0FBYyxtTEFBbUwsNkNBQTZDO0FBQUE7QUFBQSxFQUVoUCxFQUFFLGVBQWUsbU1BQW1NLHNDQUFzQztBQUFBLEVBQzFQLEVBQUUsYUFBYSwwTkFBME4sc0NBQXNDO0FBQUE7QUFBQSxFQUUvUSxFQUFFLGVBQWUsNEhBQTRILHdEQUFpQztBQUFBO0FBQUEsRUFFOUssRUFBRSxnQkFBZ0Isb3hCQUF1TCxrSUFBOEI7QUFBQTtBQUFBLEVBRXZPLEVBQUUsY0FBYywyVUFBdUUsc0VBQW9CO0FBQUEsRUFDM0csRUFBRSxhQUFhLGlJQUE2QixpREFBYztBQUFBLEVBQzFELEVBQUUsYUFBYSxrUEFBeUQsNkNBQWU7QUFDekY7QUFHQSxJQUFNLGlCQUEyQjtBQUFBLEVBQy9CLEVBQUUsa0JBQWtCLHNJQUFzSSw2QkFBNkI7QUFBQSxFQUN2TCxFQUFFLGtCQUFrQiw0TUFBNE0sZ0NBQWdDO0FBQUEsRUFDaFEsRUFBRSxpQkFBaUIsZ0tBQWdLLHVCQUF1QjtBQUFBLEVBQzFNLEVBQUUsY0FBYyxzUEFBc1AsZ0NBQWdDO0FBQUEsRUFDdFMsRUFBRSxhQUFhLDRKQUE0Six1Q0FBdUM7QUFDcE47QUFHQSxJQUFNLGVBQXlCO0FBQUEsRUFDN0IsRUFBRSxrQkFBa0IsNE9BQTRPLDJCQUEyQjtBQUFBLEVBQzNSLEVBQUUsWUFBWSwwRkFBMEYsZ0NBQTZCO0FBQ3ZJO0FBR0EsSUFBTSxrQkFBa0IsVUFBVSx3S0FBd0s7QUFFMU0sSUFBTSxlQUFlLFVBQVUsa1NBQWtTO0FBRWpVLElBQU0sZUFBZSxVQUFVLHFKQUFxSjtBQUVwTCxJQUFNLGtCQUFrQixVQUFVLDZDQUE2QztBQUUvRSxJQUFNLGlCQUFpQixVQUFVLGlRQUFpUTtBQUVsUyxJQUFNLGNBQWMsQ0FBQyxNQUFzQjtBQUN6QyxRQUFNLFNBQVMsRUFBRSxNQUFNLEdBQUcsRUFBRSxPQUFPLENBQUMsTUFBTSxDQUFDLE9BQU8sSUFBSSxDQUFDLENBQUM7QUFFeEQsTUFBSSxPQUFPLFdBQVcsRUFBRyxRQUFPLEVBQUUsTUFBTSxHQUFHLEVBQUUsU0FBUyxNQUFNLElBQUksU0FBUztBQUN6RSxTQUFPLENBQUMsR0FBRyxJQUFJLElBQUksTUFBTSxDQUFDLEVBQUUsS0FBSyxHQUFHO0FBQ3RDO0FBRUEsU0FBUyxVQUFVLFlBQW9CLE9BQThDO0FBQ25GLE1BQUksTUFBTSxVQUFVLE1BQU0sT0FBVyxRQUFPO0FBQzVDLFFBQU0sV0FBVyxZQUFZLFVBQVU7QUFDdkMsU0FBTyxNQUFNLFFBQVEsTUFBTSxTQUFZLFdBQVc7QUFDcEQ7QUFFQSxTQUFTLFlBQVksWUFBbUM7QUFDdEQsUUFBTSxZQUFZLFlBQVksVUFBVSxFQUFFLFFBQVEsTUFBTSxFQUFFO0FBQzFELE1BQUksVUFBVSxTQUFTLEtBQUssU0FBUyxJQUFJLFNBQVMsRUFBRyxRQUFPO0FBQzVELGFBQVcsQ0FBQyxNQUFNLEdBQUcsS0FBSyxlQUFlO0FBQ3ZDLFFBQUksVUFBVSxVQUFVLEtBQUssU0FBUyxPQUFPLGFBQWEsV0FBVyxNQUFNLEdBQUcsS0FBSyxJQUFLLFFBQU87QUFBQSxFQUNqRztBQUNBLFNBQU87QUFDVDtBQUVBLElBQU0sV0FBVyxVQUFVLE1BQU0sS0FBSyxLQUFLO0FBQzNDLElBQU0sY0FBYyxVQUFVLE1BQU0sUUFBUSxLQUFLO0FBQ2pELElBQU0sZ0JBQWdCLElBQUksT0FBTyxVQUFVLE1BQU0sS0FBSyxJQUFJLFFBQVEsS0FBSyxFQUFFLFFBQVEsSUFBSTtBQUNyRixJQUFNLG9CQUFvQixVQUFVLG9JQUFvSTtBQUt4SyxJQUFNLFdBQVcsQ0FBQyxlQUFvQztBQUNwRCxNQUFJLENBQUMsU0FBUyxLQUFLLFVBQVUsRUFBRyxRQUFPO0FBQ3ZDLE1BQUksa0JBQWtCLEtBQUssVUFBVSxFQUFHLFFBQU87QUFFL0MsUUFBTSxPQUFPLFdBQVcsUUFBUSxtQkFBbUIsRUFBRSxFQUFFLFFBQVEsZUFBZSxHQUFHO0FBQ2pGLFNBQU8sWUFBWSxLQUFLLElBQUksSUFBSSxRQUFRO0FBQzFDO0FBRU8sU0FBUyxjQUFjLE1BQWMsVUFBNkMsQ0FBQyxHQUFxQjtBQUM3RyxRQUFNLFNBQTJCLEVBQUUsUUFBUSxPQUFPLE9BQU8sT0FBTyxNQUFNLE9BQU8sWUFBWSxPQUFPLFNBQVMsQ0FBQyxHQUFHLFNBQVMsQ0FBQyxFQUFFO0FBQ3pILFFBQU0sYUFBYSxjQUFjLElBQUk7QUFDckMsTUFBSSxDQUFDLFdBQVksUUFBTztBQUN4QixRQUFNLFNBQVMsSUFBSSxLQUFLLEtBQUssRUFBRSxNQUFNLEdBQUcsRUFBRSxDQUFDO0FBRzNDLFFBQU0sVUFBVSxVQUFVLFlBQVksYUFBYTtBQUNuRCxRQUFNLFNBQVMsVUFBVSxZQUFZLFlBQVk7QUFDakQsUUFBTSxRQUFRLFdBQVcsU0FBUyxPQUFPLFlBQVksVUFBVTtBQUMvRCxRQUFNLFdBQVcsVUFBVSxZQUFZLFVBQVU7QUFDakQsTUFBSSxXQUFXLE9BQU87QUFDcEIsVUFBTSxNQUFPLFdBQVc7QUFDeEIsVUFBTSxRQUFRLGNBQWMsR0FBRyxLQUFLLElBQUksWUFBWTtBQUNwRCxXQUFPLFNBQVM7QUFDaEIsV0FBTyxjQUFjO0FBQ3JCLFdBQU8sU0FBUztBQUNoQixXQUFPLGFBQWEsUUFBUSxZQUFZLFFBQVE7QUFDaEQsV0FBTyxRQUFRLEtBQUssV0FBVyxHQUFHLEVBQUU7QUFDcEMsV0FBTyxRQUFRO0FBQUEsTUFDYixTQUFTLENBQUMsVUFDTixpQkFBaUIsTUFBTSxpQ0FBaUMsS0FBSyxpQ0FDN0QsaUJBQWlCLE1BQU0sMkJBQTJCLEtBQUs7QUFBQSxJQUM3RDtBQUNBLFFBQUksT0FBTyxXQUFZLFFBQU8sUUFBUSxLQUFLLDhGQUE4RjtBQUN6SSxXQUFPO0FBQUEsRUFDVDtBQUNBLE1BQUksUUFBUTtBQUNWLFdBQU8sUUFBUTtBQUNmLFdBQU8sU0FBUztBQUNoQixXQUFPLFFBQVEsS0FBSyxXQUFXLE1BQU0sRUFBRTtBQUN2QyxXQUFPLFFBQVEsS0FBSyxpQkFBaUIsTUFBTSwwQkFBMEIsYUFBYSxNQUFNLENBQUMsRUFBRTtBQUMzRixXQUFPO0FBQUEsRUFDVDtBQUNBLFFBQU0sTUFBTTtBQUNaLE1BQUksQ0FBQyxRQUFRLHVCQUF1QixVQUFVLElBQUksR0FBRyxHQUFHO0FBQ3RELFdBQU8sUUFBUTtBQUNmLFdBQU8sU0FBUztBQUNoQixXQUFPLFFBQVEsS0FBSyxXQUFXLEdBQUcsRUFBRTtBQUNwQyxXQUFPLFFBQVEsS0FBSyxpQkFBaUIsTUFBTSwyRUFBMkU7QUFDdEgsV0FBTztBQUFBLEVBQ1Q7QUFDQSxNQUFJLFVBQVU7QUFDWixXQUFPLE9BQU87QUFDZCxXQUFPLFNBQVM7QUFDaEIsV0FBTyxRQUFRLEtBQUssV0FBVyxRQUFRLEVBQUU7QUFDekMsV0FBTyxRQUFRLEtBQUssaUJBQWlCLE1BQU0sd0JBQXdCLFdBQVcsUUFBUSxDQUFDLEVBQUU7QUFDekYsV0FBTztBQUFBLEVBQ1Q7QUFHQSxhQUFXLFVBQVUsZ0JBQWdCO0FBQ25DLFFBQUksT0FBTyxHQUFHLEtBQUssVUFBVSxHQUFHO0FBQzlCLGFBQU8sUUFBUTtBQUNmLGFBQU8sU0FBUztBQUNoQixhQUFPLFFBQVEsS0FBSyxVQUFVLE9BQU8sRUFBRSxFQUFFO0FBQ3pDLGFBQU8sUUFBUSxLQUFLLDBCQUEwQixPQUFPLEdBQUcsRUFBRTtBQUMxRCxhQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0Y7QUFHQSxRQUFNLFlBQVksS0FBSyxNQUFNLDhFQUE4RSxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsS0FBSyxDQUFDLEVBQUUsT0FBTyxPQUFPO0FBQ2hKLE1BQUksVUFBVSxTQUFTLEdBQUc7QUFDeEIsZUFBVyxZQUFZLFdBQVc7QUFDaEMsVUFBSSxTQUFTLFNBQVMsR0FBRyxFQUFHO0FBQzVCLFlBQU0sSUFBSSxjQUFjLFFBQVE7QUFDaEMsWUFBTSxNQUFNLFVBQVUsR0FBRyxhQUFhO0FBQ3RDLFlBQU0sT0FBTyxPQUFPLGlCQUFpQixJQUFJLEdBQUcsSUFBSSxNQUFNLGlCQUFpQixJQUFJLENBQUMsSUFBSSxJQUFJO0FBQ3BGLFVBQUksTUFBTTtBQUNSLGVBQU8sU0FBUztBQUNoQixlQUFPLGNBQWMsU0FBUyxVQUFVO0FBQ3hDLGVBQU8sU0FBUztBQUNoQixlQUFPLFFBQVEsS0FBSyxvQkFBb0IsSUFBSSxFQUFFO0FBQzlDLGVBQU8sUUFBUSxLQUFLLGlCQUFpQixTQUFTLE1BQU0sR0FBRyxFQUFFLENBQUMsNEJBQTRCLGNBQWMsSUFBSSxLQUFLLEtBQUssWUFBWSxDQUFDLGFBQWE7QUFDNUksZUFBTztBQUFBLE1BQ1Q7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUdBLGFBQVcsVUFBVSxpQkFBaUI7QUFDcEMsVUFBTSxJQUFJLE9BQU8sR0FBRyxLQUFLLFVBQVU7QUFDbkMsUUFBSSxDQUFDLEVBQUc7QUFDUixVQUFNLFNBQVMsV0FBVyxNQUFNLEdBQUcsRUFBRSxLQUFLLEVBQUUsS0FBSztBQUNqRCxRQUFJLGdCQUFnQixLQUFLLE1BQU0sR0FBRztBQUNoQyxhQUFPLFFBQVEsS0FBSyxvQkFBb0IsRUFBRSxDQUFDLENBQUMsa0JBQWtCLE9BQU8sTUFBTSxHQUFHLEVBQUUsTUFBTSxFQUFFLEVBQUUsS0FBSyxHQUFHLENBQUMsSUFBSTtBQUN2RztBQUFBLElBQ0Y7QUFDQSxRQUFJLGFBQWEsSUFBSSxPQUFPLEVBQUUsS0FBSyxhQUFhLEtBQUssTUFBTSxHQUFHO0FBQzVELGFBQU8sUUFBUSxLQUFLLG9CQUFvQixFQUFFLENBQUMsQ0FBQyx1Q0FBdUM7QUFDbkY7QUFBQSxJQUNGO0FBQ0EsUUFBSSxPQUFPLE9BQU8sbUJBQW1CLGdCQUFnQixLQUFLLE1BQU0sR0FBRztBQUNqRSxhQUFPLFFBQVEsS0FBSyxvQkFBb0IsRUFBRSxDQUFDLENBQUMsNkNBQTZDO0FBQ3pGO0FBQUEsSUFDRjtBQUNBLFFBQUksYUFBYSxLQUFLLFVBQVUsS0FBSyxDQUFDLFNBQVMsS0FBSyxVQUFVLEdBQUc7QUFDL0QsYUFBTyxRQUFRLEtBQUssb0JBQW9CLEVBQUUsQ0FBQyxDQUFDLCtDQUErQztBQUMzRjtBQUFBLElBQ0Y7QUFDQSxRQUFJLE9BQU8sT0FBTyxvQkFBb0IsZUFBZSxLQUFLLFVBQVUsS0FBSyxDQUFDLE9BQU8sR0FBRyxXQUFXLElBQUksS0FBSyxDQUFDLE9BQU8sR0FBRyxXQUFXLElBQUksR0FBRztBQUNuSSxhQUFPLFFBQVEsS0FBSyxvQkFBb0IsRUFBRSxDQUFDLENBQUMscUZBQXFGO0FBQ2pJO0FBQUEsSUFDRjtBQUNBLFdBQU8sU0FBUztBQUNoQixXQUFPLGNBQWMsU0FBUyxVQUFVO0FBQ3hDLFdBQU8sU0FBUztBQUNoQixXQUFPLFFBQVEsS0FBSyxVQUFVLE9BQU8sRUFBRSxFQUFFO0FBQ3pDLFdBQU8sUUFBUSxLQUFLLDJCQUEyQixPQUFPLEdBQUcsTUFBTSxFQUFFLENBQUMsRUFBRSxLQUFLLENBQUMsS0FBSyxPQUFPLGdCQUFnQixjQUFjLDRCQUE0QixFQUFFLEVBQUU7QUFDcEosV0FBTztBQUFBLEVBQ1Q7QUFFQSxhQUFXLFVBQVUsY0FBYztBQUNqQyxRQUFJLE9BQU8sR0FBRyxLQUFLLFVBQVUsR0FBRztBQUM5QixhQUFPLE9BQU87QUFDZCxhQUFPLFNBQVM7QUFDaEIsYUFBTyxRQUFRLEtBQUssVUFBVSxPQUFPLEVBQUUsRUFBRTtBQUN6QyxhQUFPLFFBQVEsS0FBSyxpQkFBaUIsT0FBTyxHQUFHLEVBQUU7QUFDakQsYUFBTztBQUFBLElBQ1Q7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUOzs7QUNuVEEsSUFBTSxnQkFBZ0I7QUFBQSxFQUNwQjtBQUNGO0FBQ0EsSUFBTSxpQkFBaUIsVUFBVSxpUEFBaVA7QUFDbFIsSUFBTSxtQkFBbUIsVUFBVSx5Q0FBeUM7QUFDNUUsSUFBTSxvQkFBb0I7QUFBQSxFQUN4QjtBQUNGO0FBQ0EsSUFBTSxxQkFBcUI7QUFBQSxFQUN6QjtBQUNGO0FBRUEsSUFBTSxjQUFjLFVBQVUsOE5BQThOO0FBQzVQLElBQU0sZUFBZTtBQUFBLEVBQ25CO0FBQ0Y7QUFDQSxJQUFNLFNBQVMsVUFBVSxvU0FBbUo7QUFDNUssSUFBTSxpQkFBaUIsVUFBVSx5SEFBeUg7QUFDMUosSUFBTSxXQUFXLFVBQVUsdUNBQXVDO0FBRTNELFNBQVMsV0FBVyxNQUFjLHFCQUE4QztBQUNyRixRQUFNLElBQUksY0FBYyxNQUFNLEVBQUUsWUFBWSxLQUFLLENBQUM7QUFDbEQsTUFBSSxDQUFDLEVBQUcsUUFBTztBQUNmLE1BQUksdUJBQXVCLGlCQUFpQixLQUFLLENBQUMsRUFBRyxRQUFPLEVBQUUsUUFBUSxjQUFjLE1BQU0sV0FBVyxLQUFLLHFEQUFxRDtBQUMvSixNQUFJLHVCQUF1QixjQUFjLEtBQUssQ0FBQyxFQUFHLFFBQU8sRUFBRSxRQUFRLFdBQVcsTUFBTSxXQUFXLEtBQUssWUFBWSxLQUFLLEtBQUssQ0FBQywwQ0FBMEM7QUFDckssTUFBSSxDQUFDLHVCQUF1QixTQUFTLEtBQUssQ0FBQyxFQUFHLFFBQU8sRUFBRSxRQUFRLFNBQVMsTUFBTSxlQUFlLEtBQUssSUFBSSxLQUFLLEtBQUssQ0FBQywrRUFBK0U7QUFDaE0sTUFBSSxtQkFBbUIsS0FBSyxDQUFDLEtBQUssWUFBWSxLQUFLLENBQUMsRUFBRyxRQUFPLEVBQUUsUUFBUSxzQkFBc0IsTUFBTSw2QkFBNkIsS0FBSyw4REFBOEQ7QUFDcE0sTUFBSSxrQkFBa0IsS0FBSyxDQUFDLEVBQUcsUUFBTyxFQUFFLFFBQVEsY0FBYyxNQUFNLHFCQUFxQixLQUFLLCtCQUErQjtBQUM3SCxNQUFJLGFBQWEsS0FBSyxDQUFDLEVBQUcsUUFBTyxFQUFFLFFBQVEsZ0JBQWdCLE1BQU0sdUJBQXVCLEtBQUssNENBQTRDO0FBQ3pJLE1BQUksZUFBZSxLQUFLLENBQUMsRUFBRyxRQUFPLEVBQUUsUUFBUSxXQUFXLE1BQU0sa0JBQWtCLEtBQUssc0JBQXNCO0FBQzNHLE1BQUksdUJBQXVCLGVBQWUsS0FBSyxDQUFDLEVBQUcsUUFBTyxFQUFFLFFBQVEsV0FBVyxNQUFNLGFBQWEsS0FBSyw0Q0FBNEM7QUFFbkosTUFBSSxPQUFPLEtBQUssQ0FBQyxLQUFLLENBQUMsS0FBSyxTQUFTLEdBQUcsS0FBSyxFQUFFLE1BQU0sR0FBRyxFQUFFLFVBQVUsR0FBSSxRQUFPLEVBQUUsUUFBUSxVQUFVLE1BQU0saUJBQWlCLEtBQUssaUJBQWlCO0FBQ2hKLFNBQU87QUFDVDs7O0FDekJPLElBQU0sa0JBQThDLG9CQUFJLElBQUksQ0FBQyxXQUFXLFVBQVUsTUFBTSxDQUFDOzs7QUNoQmhHLElBQU0sT0FBK0I7QUFBQSxFQUNuQyxPQUNFO0FBQUEsRUFDRixVQUNFO0FBQUEsRUFDRixPQUNFO0FBQUEsRUFDRixPQUNFO0FBQUEsRUFDRixPQUNFO0FBQUEsRUFDRixRQUNFO0FBQUEsRUFDRixNQUNFO0FBQUEsRUFDRixXQUNFO0FBQUEsRUFDRixNQUFNO0FBQUEsRUFDTixRQUFRO0FBQUEsRUFDUixPQUFPO0FBQ1Q7QUFFQSxJQUFNLFdBQW9DLE9BQU8sUUFBUSxJQUFJLEVBQUUsSUFBSSxDQUFDLENBQUMsS0FBSyxZQUFZLE1BQU0sQ0FBQyxLQUFLLElBQUksT0FBTyxVQUFVLE9BQU8sWUFBWSxNQUFNLEVBQUUsUUFBUSxJQUFJLENBQUMsQ0FBQztBQUd6SixTQUFTLFlBQVksWUFBOEI7QUFDeEQsUUFBTSxNQUFnQixDQUFDO0FBQ3ZCLGFBQVcsQ0FBQyxLQUFLLEVBQUUsS0FBSyxVQUFVO0FBQ2hDLE9BQUcsWUFBWTtBQUNmLFVBQU0sT0FBTyxXQUFXLE1BQU0sRUFBRTtBQUNoQyxRQUFJLEtBQU0sVUFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLElBQUksS0FBSyxRQUFRLENBQUMsR0FBRyxJQUFLLEtBQUksS0FBSyxHQUFHO0FBQUEsRUFDM0U7QUFDQSxTQUFPO0FBQ1Q7OztBQ1RBLElBQU0sY0FBYztBQUNwQixJQUFNLGFBQWE7QUFFbkIsSUFBTSxZQUFZLElBQUk7QUFBQSxFQUNwQix1TkFBdU4sTUFBTSxHQUFHO0FBQ2xPO0FBR08sU0FBUyxXQUFXLE1BQWMsc0JBQXNCLE9BQWdDO0FBQzdGLFFBQU0sYUFBYSxjQUFjLE1BQU0sRUFBRSxZQUFZLEtBQUssQ0FBQztBQUMzRCxRQUFNLFNBQVMsYUFBYSxXQUFXLE1BQU0sR0FBRyxJQUFJLENBQUM7QUFDckQsUUFBTSxNQUErQixDQUFDO0FBQ3RDLFdBQVMsSUFBSSxHQUFHLElBQUksT0FBTyxRQUFRLEtBQUs7QUFDdEMsVUFBTSxRQUFRLE9BQU8sQ0FBQztBQUN0QixRQUFJLEtBQUssQ0FBQyxLQUFLLEtBQUssSUFBSSxVQUFVLElBQUksS0FBSyxJQUFJLE1BQU0sQ0FBQyxDQUFDO0FBQ3ZELFFBQUksSUFBSSxFQUFHLEtBQUksS0FBSyxDQUFDLEtBQUssT0FBTyxJQUFJLENBQUMsQ0FBQyxJQUFJLEtBQUssSUFBSSxDQUFDLENBQUM7QUFDdEQsVUFBTSxTQUFTLElBQUksS0FBSztBQUN4QixVQUFNLElBQUksMkVBQTJFLEtBQUssS0FBSyxJQUFJLElBQUk7QUFDdkcsYUFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLE9BQU8sUUFBUSxJQUFLLEtBQUksS0FBSyxDQUFDLEtBQUssT0FBTyxNQUFNLEdBQUcsSUFBSSxDQUFDLENBQUMsSUFBSSxXQUFXLENBQUM7QUFBQSxFQUNwRztBQUNBLGFBQVcsT0FBTyxZQUFZLFVBQVUsRUFBRyxLQUFJLEtBQUssQ0FBQyxLQUFLLEdBQUcsSUFBSSxVQUFVLENBQUM7QUFDNUUsTUFBSSxvQkFBcUIsS0FBSSxLQUFLLENBQUMsNkJBQTZCLENBQUMsQ0FBQztBQUNsRSxNQUFJLEtBQUssS0FBSyxFQUFFLFNBQVMsR0FBRyxFQUFHLEtBQUksS0FBSyxDQUFDLGtCQUFrQixDQUFDLENBQUM7QUFDN0QsU0FBTztBQUNUO0FBRU8sU0FBUyxnQkFBZ0IsVUFBc0MsUUFBUSxLQUFzQjtBQUNsRyxRQUFNLFNBQVMsQ0FBQyxHQUFHLElBQUksSUFBSSxTQUFTLElBQUksQ0FBQyxNQUFNLEVBQUUsS0FBSyxDQUFDLENBQUMsRUFBRSxLQUFLO0FBQy9ELFFBQU0sUUFBUSxJQUFJLElBQUksT0FBTyxJQUFJLENBQUMsR0FBRyxNQUFNLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQztBQUNsRCxRQUFNLFdBQVcsSUFBSSxNQUFjLE9BQU8sTUFBTSxFQUFFLEtBQUssQ0FBQztBQUN4RCxRQUFNLFNBQVMsSUFBSSxNQUFjLE9BQU8sTUFBTSxFQUFFLEtBQUssQ0FBQztBQUN0RCxRQUFNLFNBQVMsb0JBQUksSUFBc0I7QUFDekMsYUFBVyxXQUFXLFVBQVU7QUFDOUIsVUFBTSxLQUFLLE1BQU0sSUFBSSxRQUFRLEtBQUs7QUFDbEMsYUFBUyxFQUFFLEtBQU07QUFDakIsZUFBVyxDQUFDLFNBQVMsTUFBTSxLQUFLLFdBQVcsUUFBUSxNQUFNLFFBQVEsbUJBQW1CLEdBQUc7QUFDckYsVUFBSSxNQUFNLE9BQU8sSUFBSSxPQUFPO0FBQzVCLFVBQUksQ0FBQyxJQUFLLFFBQU8sSUFBSSxTQUFVLE1BQU0sSUFBSSxNQUFjLE9BQU8sTUFBTSxFQUFFLEtBQUssQ0FBQyxDQUFFO0FBQzlFLFVBQUksRUFBRSxLQUFNO0FBQ1osYUFBTyxFQUFFLEtBQU07QUFBQSxJQUNqQjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLGFBQWEsT0FBTztBQUMxQixRQUFNLGVBQWUsT0FBTyxJQUFJLENBQUMsTUFBTSxLQUFLLElBQUksSUFBSSxRQUFRLFVBQVUsQ0FBQztBQUN2RSxRQUFNLGdCQUFnQixvQkFBSSxJQUFzQjtBQUNoRCxhQUFXLENBQUMsU0FBUyxHQUFHLEtBQUssT0FBUSxlQUFjLElBQUksU0FBUyxJQUFJLElBQUksQ0FBQyxHQUFHLE9BQU8sS0FBSyxJQUFJLElBQUksS0FBSyxJQUFJLGFBQWEsRUFBRSxDQUFFLENBQUM7QUFDM0gsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBLFVBQVUsU0FBUyxJQUFJLENBQUMsTUFBTSxLQUFLLElBQUksSUFBSSxTQUFTLE1BQU0sQ0FBQztBQUFBLElBQzNEO0FBQUEsSUFDQSxRQUFRLGFBQWEsSUFBSSxDQUFDLE1BQU0sS0FBSyxJQUFJLEtBQUssSUFBSSxDQUFDO0FBQUEsRUFDckQ7QUFDRjtBQUVPLFNBQVMsUUFBUUEsUUFBd0IsTUFBYyxzQkFBc0IsT0FBbUI7QUFDckcsUUFBTSxXQUFXLFdBQVcsTUFBTSxtQkFBbUIsRUFBRSxPQUFPLENBQUMsQ0FBQyxDQUFDLE1BQU1BLE9BQU0sY0FBYyxJQUFJLENBQUMsQ0FBQztBQUNqRyxRQUFNLFNBQVMsQ0FBQyxHQUFHQSxPQUFNLFFBQVE7QUFDakMsYUFBVyxDQUFDLFNBQVMsTUFBTSxLQUFLLFVBQVU7QUFDeEMsVUFBTSxNQUFNQSxPQUFNLGNBQWMsSUFBSSxPQUFPO0FBQzNDLGFBQVMsS0FBSyxHQUFHLEtBQUssT0FBTyxRQUFRLEtBQU0sUUFBTyxFQUFFLEtBQU0sU0FBUyxJQUFJLEVBQUU7QUFBQSxFQUMzRTtBQUVBLFFBQU0sY0FBYyxLQUFLLElBQUksR0FBRyxLQUFLLEtBQUssU0FBUyxNQUFNLENBQUM7QUFDMUQsUUFBTSxNQUFNLEtBQUssSUFBSSxHQUFHLE1BQU07QUFDOUIsUUFBTSxNQUFNLE9BQU8sSUFBSSxDQUFDLE1BQU0sS0FBSyxLQUFLLElBQUksT0FBTyxXQUFXLENBQUM7QUFDL0QsUUFBTSxNQUFNLElBQUksT0FBTyxDQUFDLEdBQUcsTUFBTSxJQUFJLEdBQUcsQ0FBQztBQUN6QyxNQUFJLE9BQU87QUFDWCxXQUFTLEtBQUssR0FBRyxLQUFLLE9BQU8sUUFBUSxLQUFNLEtBQUksT0FBTyxFQUFFLElBQUssT0FBTyxJQUFJLEVBQUksUUFBTztBQUNuRixRQUFNLFdBQVcsU0FDZCxPQUFPLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxFQUFFLFdBQVcsSUFBSSxDQUFDLEVBQ25DLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxNQUFNO0FBQ2YsVUFBTSxNQUFNQSxPQUFNLGNBQWMsSUFBSSxDQUFDO0FBQ3JDLFVBQU0sU0FBUyxJQUFJLE9BQU8sQ0FBQyxHQUFHLE9BQU8sT0FBTyxJQUFJO0FBQ2hELFdBQU8sQ0FBQyxHQUFHLEtBQUssSUFBSSxJQUFJLElBQUssS0FBSyxJQUFJLEdBQUcsTUFBTSxFQUFFO0FBQUEsRUFDbkQsQ0FBQyxFQUNBLE9BQU8sQ0FBQyxDQUFDLEVBQUUsTUFBTSxNQUFNLFNBQVMsQ0FBQyxFQUNqQyxLQUFLLENBQUMsR0FBRyxNQUFNLEVBQUUsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLEVBQzFCLE1BQU0sR0FBRyxDQUFDLEVBQ1YsSUFBSSxDQUFDLENBQUMsQ0FBQyxNQUFNLEVBQUUsUUFBUSxVQUFVLEVBQUUsQ0FBQztBQUN2QyxTQUFPLEVBQUUsT0FBT0EsT0FBTSxPQUFPLElBQUksR0FBSSxZQUFZLElBQUksSUFBSSxJQUFLLEtBQUssU0FBUztBQUM5RTs7O0FDNUZPLFNBQVMsWUFBWSxNQUFjLEtBQWdDO0FBQ3hFLFFBQU0sTUFBeUIsQ0FBQztBQUNoQyxNQUFJLE1BQU0sSUFBSSxFQUFFLFFBQVEsQ0FBQyxNQUFNLE1BQU07QUFDbkMsUUFBSSxDQUFDLEtBQUssS0FBSyxLQUFLLEtBQUssV0FBVyxHQUFHLEVBQUc7QUFDMUMsVUFBTSxRQUFRLEtBQUssUUFBUSxHQUFHO0FBQzlCLFVBQU0sU0FBUyxLQUFLLFFBQVEsS0FBSyxRQUFRLENBQUM7QUFDMUMsUUFBSSxRQUFRLEtBQUssU0FBUyxFQUFHLE9BQU0sSUFBSSxNQUFNLEdBQUcsSUFBSSxJQUFJLElBQUksQ0FBQyw4QkFBOEI7QUFDM0YsVUFBTSxRQUFRLElBQUksSUFBSSxLQUFLLE1BQU0sUUFBUSxHQUFHLE1BQU0sRUFBRSxNQUFNLEdBQUcsRUFBRSxPQUFPLE9BQU8sQ0FBQztBQUM5RSxRQUFJLEtBQUs7QUFBQSxNQUNQLFFBQVEsS0FBSyxNQUFNLEdBQUcsS0FBSztBQUFBLE1BQzNCLHFCQUFxQixNQUFNLElBQUksS0FBSztBQUFBLE1BQ3BDLGVBQWUsTUFBTSxJQUFJLEtBQUs7QUFBQSxNQUM5QixZQUFZLE1BQU0sSUFBSSxRQUFRO0FBQUEsTUFDOUIsY0FBYyxNQUFNLElBQUksSUFBSTtBQUFBLE1BQzVCLE1BQU0sS0FBSyxNQUFNLFNBQVMsQ0FBQztBQUFBLE1BQzNCLFFBQVEsR0FBRyxJQUFJLElBQUksSUFBSSxDQUFDO0FBQUEsSUFDMUIsQ0FBQztBQUFBLEVBQ0gsQ0FBQztBQUNELFNBQU87QUFDVDs7O0FDbENPLElBQU0sdUJBQXVCLE9BQU87QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7OztBQ0hwQyxJQUFNLGdCQUFnQixPQUFPO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7OztBQ0E3QixJQUFNLGlCQUFpQixPQUFPO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7OztBQ0k5QixJQUFNLHNCQUFzQixPQUFPO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTs7O0FDQW5DLElBQU0sZUFBZSxPQUFPO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBOzs7QUNJbkMsSUFBSSxTQUFtQztBQUVoQyxTQUFTLGlCQUFvQztBQUNsRCxhQUFXO0FBQUEsSUFDVCxHQUFHLFlBQVksa0JBQWtCLGNBQWM7QUFBQSxJQUMvQyxHQUFHLFlBQVkseUJBQXlCLG9CQUFvQjtBQUFBLElBQzVELEdBQUcsWUFBWSxrQkFBa0IsYUFBYTtBQUFBLElBQzlDLEdBQUcsWUFBWSx1QkFBdUIsbUJBQW1CO0FBQUEsRUFDM0Q7QUFDQSxTQUFPO0FBQ1Q7OztBQ21CQSxJQUFNLHVCQUF1QjtBQUV0QixTQUFTLGlCQUFpQixVQUF1RDtBQUN0RixTQUFPO0FBQUEsSUFDTCxTQUNHLE9BQU8sQ0FBQyxNQUFNLENBQUMsZ0JBQWdCLElBQUksRUFBRSxNQUFNLENBQUMsRUFDNUMsSUFBSSxDQUFDLE9BQU8sRUFBRSxNQUFNLEVBQUUsTUFBTSxPQUFPLEVBQUUsUUFBUSxxQkFBcUIsRUFBRSxvQkFBb0IsRUFBRTtBQUFBLEVBQy9GO0FBQ0Y7QUFFQSxJQUFJLGVBQXVDO0FBRTNDLFNBQVMsUUFBeUI7QUFDaEMsbUJBQWlCLGlCQUFpQixlQUFlLENBQUM7QUFDbEQsU0FBTztBQUNUO0FBRU8sU0FBUyxnQkFBZ0IsTUFBYyxVQUEyQixDQUFDLEdBQUcsY0FBK0IsTUFBTSxHQUEwQjtBQUMxSSxRQUFNLHNCQUFzQixRQUFRLHVCQUF1QjtBQUMzRCxRQUFNLFVBQVUsY0FBYyxNQUFNLEVBQUUsb0JBQW9CLENBQUM7QUFDM0QsUUFBTSxPQUFPO0FBQUEsSUFDWCxRQUFRLFFBQVE7QUFBQSxJQUNoQixPQUFPLFFBQVE7QUFBQSxJQUNmLE1BQU0sUUFBUTtBQUFBLElBQ2QsWUFBWSxRQUFRO0FBQUEsSUFDcEIsR0FBSSxRQUFRLGNBQWMsRUFBRSxhQUFhLFFBQVEsWUFBWSxJQUFJLENBQUM7QUFBQSxJQUNsRSxHQUFJLFFBQVEsU0FBUyxFQUFFLGVBQWUsUUFBUSxPQUFPLElBQUksQ0FBQztBQUFBLEVBQzVEO0FBQ0EsUUFBTSxnQkFBc0MsUUFBUSxTQUFTLFlBQVksUUFBUSxRQUFRLFdBQVcsUUFBUSxPQUFPLFNBQVM7QUFDNUgsTUFBSSxlQUFlO0FBQ2pCLFdBQU87QUFBQSxNQUNMLEdBQUc7QUFBQSxNQUNILFFBQVE7QUFBQSxNQUNSLFlBQVksUUFBUSxXQUFXLFlBQVksT0FBTztBQUFBLE1BQ2xELFFBQVE7QUFBQSxNQUNSLFNBQVMsUUFBUTtBQUFBLE1BQ2pCLFNBQVMsUUFBUTtBQUFBLElBQ25CO0FBQUEsRUFDRjtBQUVBLFFBQU0sVUFBVSxDQUFDLEdBQUcsUUFBUSxPQUFPO0FBQ25DLFFBQU0sT0FBTyxXQUFXLE1BQU0sbUJBQW1CO0FBQ2pELE1BQUksTUFBTTtBQUNSLFdBQU8sRUFBRSxHQUFHLE1BQU0sUUFBUSxLQUFLLFFBQVEsWUFBWSxLQUFLLEtBQUssV0FBVyxRQUFRLElBQUksT0FBTyxLQUFLLFFBQVEsZUFBZSxTQUFTLENBQUMsR0FBRyxTQUFTLEtBQUssR0FBRyxHQUFHLFNBQVMsQ0FBQyxRQUFRLEtBQUssSUFBSSxFQUFFLEVBQUU7QUFBQSxFQUN6TDtBQUNBLFFBQU0sUUFBUSxRQUFRLGFBQWEsTUFBTSxtQkFBbUI7QUFDNUQsUUFBTSxTQUFVLE1BQU0sY0FBYyx1QkFBdUIsTUFBTSxRQUFRO0FBQ3pFLFFBQU0sTUFDSixXQUFXLE1BQU0sUUFDYixVQUFVLE1BQU0sT0FBTyxNQUFNLFdBQVcsUUFBUSxDQUFDLENBQUMsSUFBSSxNQUFNLFNBQVMsU0FBUyxpQkFBaUIsTUFBTSxTQUFTLElBQUksQ0FBQyxNQUFNLElBQUksQ0FBQyxHQUFHLEVBQUUsS0FBSyxJQUFJLENBQUMsS0FBSyxFQUFFLEtBQ3BKLHNCQUFzQixNQUFNLEtBQUssT0FBTyxNQUFNLFdBQVcsUUFBUSxDQUFDLENBQUM7QUFDekUsU0FBTztBQUFBLElBQ0wsR0FBRztBQUFBLElBQ0g7QUFBQSxJQUNBLFlBQVksT0FBTyxNQUFNLFdBQVcsUUFBUSxDQUFDLENBQUM7QUFBQSxJQUM5QyxRQUFRO0FBQUEsSUFDUixTQUFTLENBQUMsR0FBRyxTQUFTLEdBQUc7QUFBQSxJQUN6QixTQUFTLE1BQU0sU0FBUyxJQUFJLENBQUMsTUFBTSxTQUFTLENBQUMsRUFBRTtBQUFBLEVBQ2pEO0FBQ0Y7OztBQzlGQSxJQUFNLE1BQU0sWUFBWSxTQUFTLFlBQVk7QUFDN0MsSUFBSSxLQUFLO0FBQ1QsV0FBVyxLQUFLLEtBQUs7QUFBRSxRQUFNLElBQUksZ0JBQWdCLEVBQUUsTUFBTSxFQUFFLHFCQUFxQixFQUFFLG9CQUFvQixDQUFDO0FBQUcsTUFBSSxFQUFFLFdBQVcsRUFBRSxVQUFVLEVBQUUsWUFBWSxFQUFFLFdBQVMsV0FBWTtBQUFBLE1BQVcsU0FBUSxJQUFJLEdBQUcsRUFBRSxNQUFNLE9BQU8sRUFBRSxNQUFNLElBQUksS0FBSyxVQUFVLEVBQUUsSUFBSSxDQUFDLE9BQU8sRUFBRSxRQUFRLEtBQUssS0FBSyxDQUFDLEVBQUU7QUFBRztBQUN4UixRQUFRLElBQUksU0FBUyxJQUFJLElBQUksTUFBTTsiLAogICJuYW1lcyI6IFsibW9kZWwiXQp9Cg==
