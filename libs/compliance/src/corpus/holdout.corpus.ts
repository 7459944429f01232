/**
 * HOLDOUT — evaluation only (issue 13). Written before any code for the new opt-out detector was
 * changed and before any result was looked at. Never train on it, never tune rules against it, never
 * edit it after seeing results: if it teaches something, write new texts elsewhere.
 *
 * Format: `intent|flags|text` (see corpus.util.ts); `# lang=xx` comment lines set the language of the
 * lines that follow (used only for the per-language report). Opt-outs are `opt_out` (flag `mkt` for a
 * marketing-only request, `cancel` for a bare CANCEL); hard negatives carry the `hn` flag.
 */
export const HOLDOUT_CORPUS = String.raw`
# lang=en
# --- opt-outs: short misspellings and keyboard slips
opt_out||STP
opt_out||SOTP
opt_out||STPO
opt_out||stpo
opt_out||Stopp
opt_out||STOO
opt_out||Dtop
opt_out||unsubscibe
opt_out||UNSUBSRIBE
opt_out||optout
opt_out||opt ot
opt_out|cancel|CANCEL
opt_out||Stop.
opt_out||stop pls
# --- opt-outs: misspelled keyword inside a sentence
opt_out||please stpo texting me
opt_out||plz sotp sending these
opt_out||stop txting me
opt_out||remoev me from this list
opt_out||unsubcribe me please
opt_out||dont text me anymroe
opt_out||atop texting me please
opt_out||Can you stip sending me messages
opt_out||take me off ur texting lsit
opt_out||i want to unsubscrbe from these texts
# --- opt-outs: formal / legal
opt_out||I hereby revoke my consent to receive text messages from your business.
opt_out||Please cease all SMS communications to this number, effective immediately.
opt_out||Pursuant to the TCPA, I revoke any prior express consent to contact me at this number.
opt_out||This is my formal request to be removed from all text messaging lists.
opt_out||I withdraw my consent to any further text messages.
opt_out||Do not contact this number again. Any further messages will be treated as a violation of the TCPA.
opt_out||Effective immediately, I no longer consent to receive automated texts from you.
opt_out||Consent revoked.
opt_out||Please be advised that I am opting out of all communications via SMS.
opt_out||I am revoking permission to text this number. Please confirm in writing.
opt_out||Notice: you do not have my consent to send messages to this phone.
# --- opt-outs: polite / indirect
opt_out||I would prefer not to receive any more text messages, thank you.
opt_out||Hi, could you please take me off your texting list? Thanks so much!
opt_out||I'd rather not get these texts anymore, thanks
opt_out||No longer interested in receiving messages, thank you
opt_out||Please don't message me again, I've moved out of state
opt_out||I moved away so no need to text me anymore. Thanks for everything!
opt_out||Kindly remove my number from your system
opt_out||I think it's best if you stop reaching out to me on this number
opt_out||Not interested. Please remove me.
opt_out||Could you stop sending me these? I appreciate it
opt_out||Hi! Sweet of you to reach out but I'd like to stop getting these messages
opt_out||Please delete my number, I won't be coming back
opt_out||no more texts please
opt_out||I don't want these messages
# --- opt-outs: angry, complaint first, ask at the end / asked before
opt_out||This is the third time I've asked. STOP TEXTING ME.
opt_out||Your service was terrible and my lips are uneven. I don't want to hear from you again. Remove me.
opt_out||I told you people last week to stop messaging me. Do not contact me again.
opt_out||How many times do I have to ask?? no more texts
opt_out||Honestly I'm done with this place. Lose my number.
opt_out||I've asked before. No further contact.
opt_out||wtf why are you still texting me. I said stop
opt_out||Every single day another promo. Enough! Unsubscribe me
opt_out||You've been told. Leave me alone and stop texting.
opt_out||I paid $600 for nothing and nobody called me back. Take me off your list.
opt_out||Already replied stop twice, why am I still getting these
opt_out||never text me again
# --- opt-outs: marketing only
opt_out|mkt|stop the promo texts please, appointment reminders are fine
opt_out|mkt|No more marketing messages please
opt_out|mkt|Please stop sending me specials and deals
opt_out|mkt|unsubscribe me from the promotions, keep my reminders
# --- hard negatives: stop as surprise / praise
other|hn|Stop! That's amazing news
thanks|hn|STOP. I love it 😍
thanks|hn|Stoppp you're too sweet
thanks|hn|stoppp my lips look so good!!
thanks|hn|Stop it, you guys are the best
pricing|hn|No stop, really? That's so cheap!
thanks|hn|STOP 😂😂 I can't believe I look 10 years younger
thanks|hn|omg stop, I'm obsessed with my brows
# --- hard negatives: add-ons, products, auto-ship, emails
other|hn|I'd like to opt out of the numbing cream add-on
other|hn|Please cancel the dermaplaning add-on, just the facial for me
other|hn|Cancel my auto-ship for the vitamin C serum please
other|hn|Unsubscribe me from the monthly skincare box
other|hn|Remove the LED add-on from my booking
other|hn|I want to opt out of the membership auto-renewal
other|hn|Please unsubscribe me from your emails, texting is fine
other|hn|Stop the emails please, I only read texts
other|hn|Take me off the email newsletter but keep texting me reminders
other|hn|Can you stop the auto refill on my tretinoin order?
# --- hard negatives: appointments, medication, stopping by, negation, look-alike words
cancel_appointment|hn|cancel my appointment tomorrow please
cancel_appointment|hn|I need to cancel Friday, sorry
book_new|hn|Can I stop by to pick up my product?
aftercare|hn|I stopped taking the antibiotics like you said
pre_treatment|hn|should I stop using retinol before my peel?
pricing|hn|When does the promo end?
aftercare|hn|I quit smoking last month, does that help healing?
other|hn|I'll stop by after work to pay
pre_treatment|hn|Do I need to stop Advil before filler?
aftercare|hn|The bleeding stopped after an hour
other|hn|Don't stop texting me reminders, they help!
other|hn|Please remove my old card on file
other|hn|take me off the waitlist, I found another time
directions_parking|hn|what bus stop is closest to you?
aftercare|hn|the swelling won't stop, is that normal?
thanks|hn|can't stop smiling after my facial
pricing|hn|Can I top up my gift card?
other|hn|Spot treatment question: can I use it on my chin?
aftercare|hn|Where are the post care instructions?
thanks|hn|quite happy with results
confirm|hn|end of the month works for me
other|hn|I didn't mean to stop my subscription to the newsletter, can you add me back?
complaint|hn|Stop charging my card twice! I was billed two times for the same visit
# --- more hard negatives (English)
confirm|hn|Yes I'll be there, don't cancel my spot
other|hn|Please stop by the front desk note: I'm allergic to lidocaine
aftercare|hn|How long until the bruising stops?
pre_treatment|hn|I stopped my fish oil a week ago, is that enough?
other|hn|Can you remove my old address from my file? I moved
complaint|hn|I'm not happy with how long I waited, please fix the scheduling
thanks|hn|Stop, you made my day 🥹
other|hn|Cancel the extra syringe, one is enough
pricing|hn|Does the end of season sale include laser?
other|hn|Please stop calling, just text me instead
other|hn|I prefer texts over calls, thank you
reschedule|hn|I need to end my appointment early on Tuesday, can we start sooner?
other|hn|Remove me from the 2pm slot and put me at 4
other|hn|Unsubscribe me from the loyalty points emails but I still want my reminders by text
other|hn|I quit my job so I'm free any weekday now
pricing|hn|Is the promo over or can I still get it?
confirm|hn|Confirmed. Stop worrying, I'll be on time lol
other|hn|My husband says stop spending money on my face 😂 but I'm booking anyway
aftercare|hn|It finally stopped itching
other|hn|opt me out of the photo release for your instagram please
other|hn|I don't want the tint add-on this time
running_late|hn|Stuck at a stop light, 5 min late
other|hn|stop the subscription to the lash serum, I have plenty left
thanks|hn|no more questions, thanks!
other|hn|Not interested in the upgrade, just the regular facial
# lang=es
opt_out||ALTO
opt_out||Ya no me manden mensajes
opt_out||no me escriban más por favor
opt_out||Bájenme de la lista
opt_out||Dejen de mandarme textos, gracias
opt_out||ya párenle con los mensajes
opt_out||No quiero recibir más mensajes
opt_out||Sáquenme de su lista por favor
opt_out||basta de mensajes
opt_out||Porfa ya no me texteen
opt_out||no mas msjs
opt_out||Deseo darme de baja de los mensajes de texto
opt_out||Revoco mi consentimiento para recibir mensajes de texto
opt_out||Ya estuvo, no me vuelvan a escribir
opt_out||dejen de joder con sus mensajes
opt_out||borren mi número
cancel_appointment|hn|Quiero cancelar mi cita del jueves
pre_treatment|hn|¿Debo dejar de tomar aspirina antes del botox?
other|hn|Paso por la clínica mañana
thanks|hn|Ya no me duele, gracias
reschedule|hn|No quiero cancelar, solo cambiar la hora
pricing|hn|¿Hasta cuándo es la promoción?
other|hn|Por favor quítenme de los correos, los textos sí me sirven
other|hn|Quiero cancelar el envío automático de la crema
thanks|hn|¡Alto nivel! Me encantó el resultado
aftercare|hn|No para de picarme la zona, ¿es normal?
other|hn|No quiero el relleno extra, solo el botox
other|hn|Cancela mi suscripción al suero, todavía tengo
aftercare|hn|Ya paró el sangrado, gracias
# lang=ht
opt_out||Tanpri sispann voye mesaj ban mwen
opt_out||Mwen pa vle resevwa mesaj ankò
opt_out||Retire nimewo mwen nan lis la
opt_out||Sispann ekri m
opt_out||pa voye m mesaj ankò souple
opt_out||SISPANN
opt_out||Pa kontakte m ankò
cancel_appointment|hn|Mwen bezwen anile randevou mwen demen
pre_treatment|hn|Èske mwen dwe sispann pran medikaman an anvan piki a?
thanks|hn|Mèsi anpil, mwen renmen rezilta a
other|hn|M ap pase nan biwo a apremidi a
aftercare|hn|Anflamasyon an poko sispann, èske se nòmal?
other|hn|Mwen pa vle pwodwi siplemantè a
# lang=ar
opt_out||توقف
opt_out||أرجو التوقف عن إرسال الرسائل
opt_out||لا أريد استلام رسائل بعد الآن
opt_out||الرجاء إزالة رقمي من القائمة
opt_out||إلغاء الاشتراك
opt_out||لا ترسلوا لي رسائل مرة أخرى
opt_out||كفى رسائل
cancel_appointment|hn|أريد إلغاء موعدي يوم الخميس
pre_treatment|hn|هل يجب أن أتوقف عن تناول الدواء قبل الحقن؟
thanks|hn|شكرا جزيلا على الاهتمام
directions_parking|hn|أين أوقف السيارة؟
other|hn|أريد إلغاء الاشتراك في البريد الإلكتروني فقط، الرسائل النصية لا بأس بها
other|hn|لا أريد الإضافة، فقط الجلسة العادية
# lang=vi
opt_out||Đừng nhắn tin cho tôi nữa
opt_out||Xin ngừng gửi tin nhắn
opt_out||Tôi không muốn nhận tin nhắn nữa
opt_out||Hủy đăng ký
opt_out||dung nhan tin nua
opt_out||xoa so toi khoi danh sach
opt_out||Làm ơn xóa số điện thoại của tôi
cancel_appointment|hn|Tôi muốn hủy lịch hẹn ngày mai
pre_treatment|hn|Tôi có nên ngừng uống thuốc trước khi tiêm không?
thanks|hn|Cảm ơn nhiều nha
aftercare|hn|Chỗ tiêm vẫn còn sưng, có sao không?
other|hn|Tôi sẽ ghé qua tiệm chiều nay
other|hn|Hủy đăng ký email giúp tôi, tin nhắn thì vẫn được
# lang=zh
opt_out||请不要再给我发短信了
opt_out||退订
opt_out||停止发送
opt_out||别再发了
opt_out||取消订阅
opt_out||請勿再傳簡訊給我
opt_out||不要再发信息给我
cancel_appointment|hn|我想取消明天的预约
pre_treatment|hn|打针前需要停药吗？
thanks|hn|谢谢，效果很好
other|hn|请取消邮件订阅，短信可以继续发
aftercare|hn|肿一直没消，正常吗？
other|hn|不要加购那个面膜了，只做基础护理
# lang=pt
opt_out||Pare de me mandar mensagens
opt_out||Não quero mais receber mensagens
opt_out||Por favor me tire da lista
opt_out||PARAR
opt_out||Cancelar inscrição
opt_out||chega de mensagem, para de me mandar isso
opt_out||Não me mandem mais SMS
cancel_appointment|hn|Quero cancelar minha consulta de sexta
pre_treatment|hn|Devo parar de usar o ácido antes do peeling?
thanks|hn|Obrigada, amei o resultado!
other|hn|Passo aí amanhã para pegar o protetor
aftercare|hn|O inchaço não para, é normal?
other|hn|Cancela a assinatura do sérum, ainda tenho bastante
# lang=ru
opt_out||Прекратите присылать мне сообщения
opt_out||Отписаться
opt_out||Больше не пишите мне
opt_out||Удалите мой номер из рассылки
opt_out||СТОП
opt_out||не присылайте мне больше смс
opt_out||Отзываю своё согласие на получение сообщений
cancel_appointment|hn|Хочу отменить запись на завтра
pre_treatment|hn|Нужно ли прекратить приём лекарств перед процедурой?
thanks|hn|Спасибо большое, всё понравилось
other|hn|Зайду к вам после работы
aftercare|hn|Отёк не проходит, это нормально?
other|hn|Отпишите меня от email-рассылки, смс можно оставить
# lang=ko
opt_out||문자 그만 보내주세요
opt_out||수신거부
opt_out||더 이상 연락하지 마세요
opt_out||메시지 보내지 마세요
opt_out||구독 취소
opt_out||광고 문자 사절입니다
cancel_appointment|hn|내일 예약 취소하고 싶어요
pre_treatment|hn|시술 전에 약 끊어야 하나요?
thanks|hn|감사합니다 결과 너무 좋아요
other|hn|퇴근하고 들를게요
aftercare|hn|붓기가 안 빠져요 정상인가요?
other|hn|이메일 수신은 거부하고 문자는 계속 받을게요
# lang=tl
opt_out||Pakitigil na po ang pagpapadala ng text
opt_out||Ayoko na ng text ninyo
opt_out||Huwag na po kayong mag-text sa akin
opt_out||Tanggalin niyo na po ako sa listahan
opt_out||tigil na po
opt_out||Wag nyo na ko i-text please
cancel_appointment|hn|Pwede ko po bang i-cancel ang appointment ko bukas?
pre_treatment|hn|Kailangan ko po bang itigil ang gamot bago ang procedure?
thanks|hn|Salamat po, ang ganda ng resulta
other|hn|Dadaan po ako mamaya sa clinic
aftercare|hn|Hindi pa rin tumitigil ang pamamaga, normal lang po ba?
other|hn|Ayoko na po ng add-on na numbing cream
# lang=fr
opt_out||Arrêtez de m'envoyer des messages
opt_out||Je ne veux plus recevoir de SMS
opt_out||Désabonnement
opt_out||Merci de me retirer de votre liste
opt_out||STOP SVP
opt_out||Ne m'écrivez plus
opt_out||Je retire mon consentement aux messages
cancel_appointment|hn|Je voudrais annuler mon rendez-vous de demain
pre_treatment|hn|Dois-je arrêter l'aspirine avant l'injection ?
thanks|hn|Merci beaucoup, j'adore le résultat
other|hn|Je passerai à la clinique ce soir
aftercare|hn|Le gonflement ne s'arrête pas, c'est normal ?
other|hn|Désabonnez-moi des e-mails, mais les SMS ça va
# lang=pl
opt_out||Proszę przestać wysyłać mi wiadomości
opt_out||Nie chcę więcej SMS-ów
opt_out||Wypisz mnie z listy
cancel_appointment|hn|Chcę odwołać wizytę na jutro
pre_treatment|hn|Czy mam przestać brać leki przed zabiegiem?
thanks|hn|Dziękuję, wszystko super
# lang=hi
opt_out||kripya mujhe message bhejna band karein
opt_out||मुझे और मैसेज मत भेजो
opt_out||mujhe ab sms nahi chahiye
cancel_appointment|hn|mujhe kal ka appointment cancel karna hai
thanks|hn|bahut dhanyavaad, result accha hai
aftercare|hn|सूजन अभी तक बंद नहीं हुई, क्या यह सामान्य है?
`;
