/**
 * Issue 13, sixth batch. Two parts, written by the `optout` session:
 *  - SIXTH_BATCH_DEV_TEST: a dev-test slice written and committed BEFORE the detector was changed in
 *    this round; evaluation only (never folded into rules, lexicon or model training). Sections
 *    `# lang=xx` name the language for the per-language report.
 *  - SIXTH_BATCH_CORPUS: training texts (added afterwards) for the rules and the models.
 */
export const SIXTH_BATCH_DEV_TEST = String.raw`
# lang=en
opt_out||STP
opt_out||stpo!!
opt_out||Sotp pls
opt_out||plz stoo txting me
opt_out||can you stpo sendng these
opt_out||unsubscibe me pls
opt_out||take me off your lsit please
opt_out||remvoe my numbr
opt_out||Pursuant to the TCPA, I hereby revoke any prior express consent to receive text messages at this number.
opt_out||Effective immediately, cease all SMS communications to this phone.
opt_out||I am formally withdrawing my consent to be contacted by text message.
opt_out||This is my written request that you discontinue all texts to me.
opt_out||I'd rather you didn't text me anymore, thanks for understanding.
opt_out||Would it be possible to stop sending me these messages? Thank you.
opt_out||I don't think I need these reminders anymore, please take me off.
opt_out||Kindly remove this number from your texting list.
opt_out||I waited 40 minutes last time and nobody apologized. I don't want any more messages from you people.
opt_out||This is the third time I'm asking. Stop texting me.
opt_out||I have asked you multiple times to stop contacting me. Do not send another text.
opt_out||Your prices went up again and the front desk was rude. Please just remove me from everything.
opt_out||no more txts
opt_out||Please quit messaging this number
# lang=es
opt_out||Ya no me manden nada por favor
opt_out||No me interesa, bórrenme de su lista
opt_out||Dejen de mandarme msjs
# lang=pt
opt_out||Por favor, parem de me mandar SMS
opt_out||Não quero mais receber mensagens de vocês
# lang=fr
opt_out||Merci de ne plus m'envoyer de textos
opt_out||Je veux me désinscrire de vos messages
# lang=ht
opt_out||Tanpri pa voye m mesaj ankò
opt_out||Mwen pa vle resevwa tèks nou yo ankò
# lang=ar
opt_out||أرجو عدم إرسال رسائل لي بعد الآن
opt_out||من فضلك أوقفوا الرسائل
# lang=vi
opt_out||Làm ơn đừng nhắn tin cho tôi nữa
opt_out||Xin ngừng gửi tin nhắn
# lang=zh
opt_out||请不要再给我发信息了
opt_out||以后别再发短信给我
# lang=tl
opt_out||Wag niyo na po ako i-text ulit
opt_out||Pakitanggal na po ang number ko sa listahan niyo
# lang=ko
opt_out||더 이상 문자 보내지 마세요
# lang=ru
opt_out||Прошу больше не присылать мне сообщения
# lang=hi
opt_out||Mujhe aur message mat bhejo
opt_out||कृपया मुझे मैसेज भेजना बंद करें
# lang=en
thanks|hn|STOP!!! this is the cutest thing ever 😭
thanks|hn|stoppp you guys are the best
other|hn|Stop, really?? I won the giveaway?!
thanks|hn|Omg stop, my skin looks 10 years younger
other|hn|I'd like to opt out of the numbing cream this time
other|hn|Please remove the vitamin C serum from my order
other|hn|cancel my auto-ship for the moisturizer, texts are fine though
other|hn|unsubscribe me from the email newsletter but keep texting me reminders
other|hn|Can you stop the monthly auto refill of my tretinoin?
cancel_appointment|hn|Cancel my appointment on Friday please
cancel_appointment|hn|I need to cancel my appt tomorrow, sorry
other|hn|I'll stop by after work to pick up my sunscreen
other|hn|Can I stop by Thursday to pay my balance?
aftercare|hn|How long until the swelling stops?
pre_treatment|hn|Should I stop taking ibuprofen before my filler?
other|hn|I quit smoking last month, does that change anything?
thanks|hn|Don't stop sending the reminders, they really help me
other|hn|I opted out of the photo release, is that ok?
other|hn|I don't want the add-on this time, just the facial
pricing|hn|When does the Black Friday sale end?
other|hn|Please remove my old card on file
confirm|hn|Yes I'll be there, texting is the best way to reach me
# lang=es
cancel_appointment|hn|Quiero cancelar mi cita del jueves
pre_treatment|hn|¿Debo dejar de tomar aspirina antes?
other|hn|No quiero el serum extra, solo la limpieza
# lang=pt
aftercare|hn|Quando o inchaço vai parar?
# lang=fr
pre_treatment|hn|Dois-je arrêter le rétinol avant le peeling ?
# lang=ht
cancel_appointment|hn|Mwen bezwen anile randevou mwen an
# lang=ar
aftercare|hn|متى يتوقف الاحمرار؟
# lang=vi
cancel_appointment|hn|Tôi muốn hủy lịch hẹn ngày mai
# lang=zh
cancel_appointment|hn|我想取消明天的预约
# lang=tl
aftercare|hn|Kailan po titigil ang pamamaga?
# lang=ko
cancel_appointment|hn|예약 취소하고 싶어요
# lang=ru
pre_treatment|hn|Нужно ли прекратить пить таблетки перед процедурой?
`;

/** Training texts (issue 13, sixth batch): used by the rules and the models like the other batches. */
export const SIXTH_BATCH_CORPUS = String.raw`
opt_out||SOTP
opt_out||STPO
opt_out||stp.
opt_out||Stp plz
opt_out||STOPO
opt_out||sttop
opt_out||unsubcribe
opt_out||unsubscrbe pls
opt_out||ple ase stpo
opt_out||stop textign me
opt_out||Please stpo messaging me
opt_out||stop sedning me texts
opt_out||plese stop tetxing this number
opt_out||remoce me from the list
opt_out||please unsubcribe me from these txts
opt_out||dont text me anymroe
opt_out||do not contcat me again
opt_out||quit txting me plz
opt_out||can u stop sneding msgs
opt_out||delte my number pls
opt_out||I hereby revoke my consent to receive automated text messages from your practice.
opt_out||Please be advised that I withdraw any consent to be contacted at this number, effective immediately.
opt_out||Notice of revocation: do not send SMS to this number.
opt_out||Under 47 U.S.C. 227 I revoke consent. Stop all texts.
opt_out||Cease all text communications with me immediately.
opt_out||I demand that you discontinue all SMS messages to this phone.
opt_out||This text constitutes my revocation of consent under the TCPA.
opt_out||I formally request that my number be removed from your SMS program.
opt_out||Consent revoked. Do not text this number.
opt_out||I do not authorize you to send me any further text messages.
opt_out||I'd prefer to stop getting these texts, thank you.
opt_out||If it's not too much trouble, could you remove me from your text list?
opt_out||I would appreciate no further text messages, thank you.
opt_out||Thanks for everything, but I don't wish to receive texts going forward.
opt_out||Could you please stop the text messages? Thanks so much.
opt_out||I moved away, so there's no need to keep texting me. Please remove me.
opt_out||Please don't send me any more texts, I appreciate it.
opt_out||I'm not interested anymore, please stop the texts.
opt_out||I got charged twice and nobody called me back. Stop texting me.
opt_out||You people never listen. I said remove me weeks ago.
opt_out||I've told you before, no more messages.
opt_out||How many times do I have to ask? Stop sending me texts!
opt_out||Terrible service. Do not contact me ever again.
opt_out||I've asked three times now. Take my number off your list.
opt_out||Stop harassing me with these texts
opt_out||No me manden más textos porfa
opt_out||Ya párenle con los mensajes
opt_out||No quiero recibir más mensajes de ustedes
opt_out||Bórrenme de la lista por favor
opt_out||Dejen de escribirme
opt_out||Ya no me escriban, gracias
opt_out||Chale, ya no manden mensajes
opt_out||Eliminen mi número de su lista
opt_out||Por favor, não me mandem mais mensagens
opt_out||Parem de me enviar SMS
opt_out||Me tirem dessa lista
opt_out||Não quero receber mais SMS
opt_out||Ne m'envoyez plus de messages svp
opt_out||Arrêtez de m'écrire
opt_out||Merci de me retirer de votre liste
opt_out||Je ne veux plus recevoir vos SMS
opt_out||Pa voye mesaj ban mwen ankò
opt_out||Sispann ekri m tanpri
opt_out||Mwen pa vle tèks ankò
opt_out||Retire nimewo m sou lis nou an
opt_out||Tanpri sispann voye tèks
opt_out||لا ترسلوا لي رسائل
opt_out||أرجو إيقاف الرسائل
opt_out||الرجاء عدم مراسلتي
opt_out||احذفوا رقمي من القائمة
opt_out||لا أريد رسائل بعد اليوم
opt_out||Đừng gửi tin nhắn nữa
opt_out||Tôi không muốn nhận tin nhắn nữa
opt_out||Xin xóa số của tôi
opt_out||dung nhan tin cho toi nua
opt_out||请别再发短信了
opt_out||不要再发消息给我
opt_out||我不想再收到你们的短信
opt_out||停止发送信息
opt_out||Huwag niyo na akong i-text
opt_out||Tigil na po ang text
opt_out||Ayoko na po ng mga text niyo
opt_out||Pakialis po ako sa listahan
opt_out||문자 그만 보내세요
opt_out||메시지 보내지 마세요
opt_out||더 이상 연락하지 마세요
opt_out||Не пишите мне больше
opt_out||Прекратите присылать сообщения
opt_out||Больше не присылайте мне смс
opt_out||Удалите мой номер
opt_out||Message mat bhejo
opt_out||Mujhe SMS nahi chahiye
opt_out||मुझे मैसेज मत भेजो
opt_out||Keine Nachrichten mehr bitte
thanks|hn|Stop!! That's so sweet of you
thanks|hn|STOP you're too nice 🥰
thanks|hn|stopppp this made my week
other|hn|Stop, no way, is it really 50% off?
thanks|hn|Omg stop, I look amazing
other|hn|Please opt me out of the lidocaine add-on
other|hn|I'd like to cancel the auto-ship on my retinol
other|hn|Remove the eye cream from my subscription please
other|hn|Unsubscribe me from emails only, texts are fine
other|hn|Please stop emailing me, texting is fine
other|hn|Cancel my monthly box, but keep my reminders coming
other|hn|I don't want the upgrade to the premium facial
cancel_appointment|hn|Please cancel my appointment for Tuesday
cancel_appointment|hn|Can you cancel my appt, I'm sick
other|hn|I'll stop by tomorrow to drop off the form
other|hn|Can I stop by to pick up my order?
aftercare|hn|When should the bruising stop?
pre_treatment|hn|Do I need to stop my blood thinner before botox?
aftercare|hn|The itching won't stop, is that normal?
thanks|hn|Please don't stop the reminders, I'd forget otherwise
other|hn|I opted out of the membership last month, am I still being charged?
pricing|hn|Does the promo end Sunday?
other|hn|Please remove my old address from my file
other|hn|Can you take me off the waitlist, I found a time
cancel_appointment|hn|Cancela mi cita por favor
pre_treatment|hn|¿Tengo que dejar de tomar vitaminas?
other|hn|No quiero la crema extra, gracias
aftercare|hn|Quando a vermelhidão vai parar?
pre_treatment|hn|Devo parar de tomar aspirina antes?
aftercare|hn|Quand est-ce que l'enflure va arrêter ?
pre_treatment|hn|Èske m dwe sispann pran grenn yo?
aftercare|hn|متى يتوقف التورم؟
pre_treatment|hn|Tôi có nên ngừng uống thuốc không?
aftercare|hn|红肿什么时候会停止？
pre_treatment|hn|Dapat ko bang itigil ang gamot ko?
aftercare|hn|붓기는 언제 멈춰요?
aftercare|hn|Когда прекратится отёк?
other|hn|Mujhe extra cream nahi chahiye
confirm|hn|Confirmo mi cita, gracias
confirm|hn|Oui je confirme
other|hn|Can I stop by? Call this number if not
other|hn|Why don't you text me the address instead
thanks|hn|Please don't stop texting me the reminders
other|hn|I don't want to miss any reminders, can you text my new number?
other|hn|I'll be at the end of the list I guess
other|hn|Don't forget to text me the aftercare instructions
other|hn|I didn't get the text messages, can you resend?
other|hn|I stopped getting the texts, is my number still right?
other|hn|Can you remove my old number and use this one?
other|hn|Remove me from the waitlist, I booked already
other|hn|Please remove the charge, I'll text you a photo of the receipt
other|hn|I had to stop using my old number, text this one
other|hn|Quit my job so I'm free mornings, text me openings
other|hn|Unsubscribe me from the mailing list but keep the text reminders
cancel_appointment|hn|No me manden el recordatorio a este número, es de mi esposo
other|hn|No olvides mandarme la dirección por mensaje
other|hn|Es para confirmar mi cita, mi número es el mismo
other|hn|No me llegaron los mensajes, ¿me los reenvían?
directions_parking|hn|Não esqueça de me mandar a mensagem com o endereço
confirm|hn|Quando chega a mensagem de confirmação?
other|hn|Je n'ai pas reçu le message, vous pouvez le renvoyer ?
other|hn|N'oubliez pas de m'envoyer le message avec l'adresse
other|hn|M pa ka voye mesaj la, telefòn mwen pa mache
other|hn|Mwen pa vle rate mesaj yo, voye yo sou nimewo sa a
other|hn|لم تصلني الرسالة، هل يمكن إرسالها مرة أخرى؟
directions_parking|hn|لا تنسى أن ترسل لي العنوان
other|hn|Sao không gửi tin nhắn nhắc hẹn cho tôi?
other|hn|Tôi không muốn bỏ lỡ tin nhắn nhắc hẹn
other|hn|不要担心，我收到信息了
other|hn|不要忘记给我发短信提醒
other|hn|我想取消预约，请回短信
other|hn|Wag niyo pong kalimutan i-text ako ng address
other|hn|Tigil ako sa gamot, ok lang ba? I-text niyo ako
other|hn|Не могу писать сообщения днём, позвоните вечером
other|hn|Не забудьте прислать сообщение с адресом
thanks|hn|Message mil gaya, thank you
other|hn|Text nahi mila, phir se bhejo
thanks|hn|문자 받았어요, 감사합니다
other|hn|문자 보내 주세요
confirm|hn|Yes, text me when the doctor is ready
directions_parking|hn|Voye adrès la ban mwen nan yon mesaj tanpri
directions_parking||Ki kote pou m pake machin nan?
confirm||Wi, m ap la demen
running_late||M ap an reta 10 minit
thanks||Mèsi anpil pou mesaj la
hours||Ki lè biwo a ouvè samdi?
other|hn|Пришлите, пожалуйста, адрес в сообщении
confirm||Да, я приду завтра
running_late||Опаздываю на 15 минут
thanks||Спасибо за напоминание
pricing||Сколько стоит чистка лица?
confirm||نعم، سأحضر غداً
running_late||سأتأخر عشر دقائق
thanks||شكراً على الرسالة
directions_parking||أين أركن السيارة؟
confirm||Vâng, tôi sẽ đến đúng giờ
running_late||Tôi sẽ đến trễ 10 phút
thanks||Cảm ơn đã nhắn tin nhắc tôi
pricing||Giá tiêm botox bao nhiêu?
confirm||好的，我明天会到
running_late||我会晚到十分钟
thanks||谢谢提醒
hours||你们周六几点开门？
confirm||Opo, pupunta ako bukas
running_late||Male-late po ako ng 10 minuto
thanks||Salamat po sa paalala
confirm||네, 내일 갈게요
running_late||10분 늦을 것 같아요
thanks||알려주셔서 감사합니다
confirm||Haan, main kal aaungi
running_late||Main 10 minute late hoon
thanks||Message ke liye dhanyavaad
confirm||Sim, estarei lá amanhã
running_late||Vou me atrasar 10 minutos
thanks||Obrigada pela mensagem
confirm||Oui, je serai là demain
running_late||Je vais avoir 10 minutes de retard
thanks||Merci pour le message
confirm||Sí, ahí estaré mañana
running_late||Voy 10 minutos tarde
thanks||Gracias por el mensaje
directions_parking|hn|Can you text me the address?
other|hn|What's the number for the front desk?
other|hn|I sent you a message yesterday about my bill, no reply
other|hn|Please send me the aftercare instructions by text
book_new|hn|Is there a waiting list for Saturday?
other|hn|My number changed, this is my new one
thanks|hn|Stop! You remembered my birthday 🥹
other|hn|STOP. Are you serious? $99 botox??
thanks|hn|Stop it, you're making me blush
thanks|hn|Shut up, stop, that's amazing
thanks|hn|Stoppp the results are unreal
other|hn|I'd like to opt out of the dermaplaning add-on please
other|hn|Cancel the serum subscription, but texts about appointments are ok
other|hn|Please unsubscribe me from the marketing emails. Texts are fine.
other|hn|Stop my auto-ship please
other|hn|Stop sending me the bill by mail, I'll pay online
thanks|hn|I can't stop smiling, thank you!
other|hn|Please don't stop the text reminders
other|hn|No more filler for me, just botox next time
other|hn|Remove the tip from my receipt
other|hn|Delete the photo you took of me please
other|hn|Don't text my husband, text me instead
other|hn|Mi número es el mismo, mándenme el mensaje
directions_parking|hn|¿Me pueden mandar la dirección por mensaje?
other|hn|No me llegó el mensaje de confirmación
directions_parking|hn|Pode me mandar o endereço por mensagem?
directions_parking|hn|Vous pouvez m'envoyer l'adresse par SMS ?
directions_parking|hn|Voye adrès la ban mwen pa mesaj souple
directions_parking|hn|أرسلوا لي العنوان من فضلك
directions_parking|hn|Gửi cho tôi địa chỉ qua tin nhắn nhé
directions_parking|hn|请把地址发短信给我
directions_parking|hn|Pakitext po ang address
directions_parking|hn|주소를 문자로 보내 주세요
directions_parking|hn|Пришлите адрес сообщением, пожалуйста
directions_parking|hn|Address message kar dijiye
book_new|hn|Stop by anytime for a touch up?
other|hn|I will stop texting you so late, sorry!
other|hn|My daughter wants to stop getting the reminders on her phone, can you add mine instead?
opt_out||pls stop the msgs
opt_out||stop msging me
opt_out||i dont want ur texts
opt_out||unsubscrbie
opt_out||Plz remov me from ur list
opt_out||Im done with these txts. remove me
opt_out||please stop txting me i asked already
opt_out||I no longer wish to receive communications from your office.
opt_out||Effective immediately I revoke consent to SMS.
opt_out||Please cease contacting me.
opt_out||Opt me out of all texts please
opt_out||I want out of your text list
opt_out||Nunca más me manden mensajes
opt_out||Ya no me textees
opt_out||Por favor bórrenme
opt_out||Chega de mensagens
opt_out||Pare de mandar mensagem
opt_out||Arrêtez de m'envoyer des SMS
opt_out||Sispann voye tèks ban mwen
opt_out||Pa janm voye mesaj ban m ankò
opt_out||لا تراسلوني
opt_out||Đừng nhắn tin cho tôi nữa
opt_out||别再发了
opt_out||Tigilan niyo na ako
opt_out||그만 보내세요
opt_out||Больше не пишите
opt_out||Mujhe message mat karo
opt_out||SOTP
opt_out||STPO
opt_out||Please stop texitng me
opt_out||stop snding me msgs
opt_out||kindly remoe me from ur list
opt_out||I dont want these txts anymroe
opt_out||unsubscrib me please
opt_out||Plese take me off your mesaging list
opt_out||no more mesages please
opt_out||quite texting me
opt_out||srop texting me
opt_out||stop textng this numbr
opt_out||Your front desk lost my records twice and overcharged me. Remove me from your list.
opt_out||I came in once two years ago. Why am I still getting these? Take me off.
opt_out||I've already replied STOP twice. Do not contact me again.
opt_out||This is harassment. I will report you. Stop texting.
opt_out||Honestly the worst clinic. No more texts.
opt_out||I would appreciate being removed from your text messages.
opt_out||I think I'll pass on these messages from now on, thanks.
opt_out||Kindly refrain from texting me in the future.
opt_out||Please do not send me text messages going forward.
opt_out||I'd like to stop receiving texts from you.
opt_out||I hereby withdraw my consent to receive calls or texts from this company.
opt_out||Per the TCPA, do not text this number again.
opt_out||I revoke all prior consent, effective immediately.
opt_out||Please cease and desist from sending SMS messages to this number.
opt_out||This serves as formal notice: discontinue all automated texts.
opt_out||No quiero más textos, gracias
opt_out||Porfa ya no me manden mensajitos
opt_out||Sáquenme de su lista
opt_out||Ya párenle porfa
opt_out||Não me mandem mais mensagens por favor
opt_out||Por favor me remova da lista de SMS
opt_out||Je ne veux plus de vos messages
opt_out||Veuillez cesser de m'envoyer des SMS
opt_out||Tanpri retire nimewo mwen
opt_out||Mwen pa bezwen mesaj nou yo ankò
opt_out||لا أريد استلام رسائل منكم
opt_out||يرجى التوقف عن إرسال الرسائل
opt_out||Xin đừng gửi tin nhắn cho tôi nữa
opt_out||Tôi muốn hủy đăng ký tin nhắn
opt_out||请停止给我发短信
opt_out||别再给我发信息了
opt_out||Huwag niyo na po akong padalhan ng text
opt_out||Pakitigil na po ang pag-text
opt_out||문자 수신 거부합니다
opt_out||앞으로 문자 보내지 마세요
opt_out||Прошу удалить мой номер из рассылки
opt_out||Не присылайте мне больше смс
opt_out||Kripya message bhejna band karein
opt_out||मुझे आपके मैसेज नहीं चाहिए
opt_out||Bitte schicken Sie mir keine SMS mehr
thanks|hn|STOP!!! I can't believe how good this looks
thanks|hn|stoooop you're too kind 😭
other|hn|Stop, are you kidding? Free facial?
other|hn|No! Stop! That's wild, I won?
other|hn|Please opt me out of the extra LED add-on
other|hn|I want to unsubscribe from the skincare auto-ship, keep texting me about appointments
other|hn|Please remove me from your email list, texts are still fine
cancel_appointment|hn|Cancel my appointment please, something came up
cancel_appointment|hn|I need to cancel my Monday appt
book_new|hn|Can I stop in on Friday for a quick check?
pre_treatment|hn|Should I stop using retinol before the peel?
aftercare|hn|My lips won't stop tingling, is that ok?
other|hn|Please stop the auto-refill of the tretinoin
other|hn|Unsubscribe me from the rewards program, I don't use it
other|hn|Don't send the package, I'll pick it up
other|hn|Don't text me before 9am please, I work nights
other|hn|Can you text my wife instead? She handles the appointments
other|hn|No more numbing cream for me, it made me itchy
other|hn|Delete my card on file please
other|hn|Quiero cancelar mi suscripción de cremas, los mensajes están bien
cancel_appointment|hn|Je veux annuler mon rendez-vous
pre_treatment|hn|Dois-je arrêter l'aspirine ?
pre_treatment|hn|Tenho que parar o ácido antes?
cancel_appointment|hn|Mwen vle anile randevou a
cancel_appointment|hn|Tôi muốn hủy lịch hẹn
pre_treatment|hn|我想停止使用视黄醇吗？
cancel_appointment|hn|예약을 취소하고 싶어요
pre_treatment|hn|Нужно ли прекратить приём витаминов?
pre_treatment|hn|Kailangan ko po bang itigil ang vitamins?
other|hn|لا أريد الإضافة هذه المرة
other|hn|Stop by anytime this week?
other|hn|I stopped by yesterday but you were closed
other|hn|Texts are fine, just stop the emails
cancel_appointment||Je dois annuler mon rendez-vous de jeudi
reschedule||Est-ce que je peux changer mon rendez-vous ?
other||Je ne veux pas l'option supplémentaire cette fois
cancel_appointment||أريد إلغاء موعدي يوم الخميس
other||لا أريد الكريم الإضافي شكراً
reschedule||هل يمكن تغيير موعدي؟
other||Mwen pa vle opsyon anplis la
cancel_appointment||Quiero cancelar la cita de mañana
thanks||Recibí el mensaje, gracias, nos vemos el martes
other||¿Me pueden mandar un mensaje cuando esté lista la doctora?
directions_parking||Mándenme la dirección por texto porfa
thanks||Recebi a mensagem, obrigada
other||Podem me mandar uma mensagem quando chegar a hora?
thanks||J'ai bien reçu votre message, merci
other||Envoyez-moi un SMS quand c'est mon tour
thanks||Mwen resevwa mesaj la, mèsi
other||Voye yon mesaj ban mwen lè doktè a pare
other||Tanpri voye lè randevou a pa tèks
thanks||وصلتني الرسالة، شكراً
other||أرسلوا لي رسالة عندما يكون الطبيب جاهزاً
thanks||Tôi đã nhận được tin nhắn, cảm ơn
other||Nhắn tin cho tôi khi bác sĩ sẵn sàng nhé
thanks||收到短信了，谢谢
other||医生准备好了请发短信给我
thanks||Natanggap ko po ang text, salamat
other||I-text niyo po ako pag ready na ang doktor
other||문자 잘 받았습니다
other||의사 선생님 준비되면 문자 주세요
thanks||Сообщение получила, спасибо
other||Напишите мне, когда врач будет готов
other||Не могу говорить, напишите сообщение
other||Message mil gaya, main time pe aa jaungi
other||Doctor ready ho to message bhej dena
other||Je ne peux pas venir avant midi, envoyez-moi un message
other||Mwen pa ka vini anvan midi, voye yon mesaj ban mwen
other||لا أستطيع الحضور قبل الظهر، أرسلوا لي رسالة
opt_out||stpo txting me
opt_out||Pls stop snding these reminders
opt_out||plz unsubscirbe this numebr
opt_out||dnot text me again
opt_out||dont tetx me anymore
opt_out||take me off the lsit now
opt_out||remoev my nubmer from your systme
opt_out||stop msg me
opt_out||STOP TXTING ME!!!!
opt_out||Stop sendin me stuff
opt_out||wtf stop texting me
opt_out||Just stop. Please. No more texts.
opt_out||Who is this? Stop texting me
opt_out||I never signed up for this, remove me
opt_out||How did you get my number? Take me off your list.
opt_out||You overbooked me, made me wait an hour, and now you want a review? Unsubscribe me.
opt_out||The laser burned me and no one called back. I want nothing more from you, stop messaging.
opt_out||I have told your staff three times. Remove my number immediately or I'm filing a complaint.
opt_out||This is the last time I'm saying it: stop contacting me.
opt_out||Not sure how I got on this list but I'd like to be taken off, thanks
opt_out||Hi, could you please not text me anymore? Thank you!
opt_out||Hello, I no longer go to this clinic. Please delete my contact information.
opt_out||I'd really prefer you didn't send me messages, thanks.
opt_out||Please update your records so I no longer receive texts.
opt_out||Please note that I do not consent to receive text messages from your office.
opt_out||I am exercising my right to revoke consent to receive texts under the TCPA.
opt_out||Attention: I revoke my consent. Any further texts will be considered a violation.
opt_out||Remove this number from your SMS list effective immediately.
opt_out||Please stop all communication with me via text, email or phone.
opt_out||Ya estuvo con los mensajes, ya no me escriban
opt_out||Ya chole con tanto mensaje, bórrenme
opt_out||No manches, dejen de mandar mensajes
opt_out||Por favor no me envíen más SMS
opt_out||Ya no me interesan sus mensajes
opt_out||Me dan de baja por favor
opt_out||Não quero mais mensagens, obrigado
opt_out||Parem de mandar SMS pra mim
opt_out||Merci de ne plus me contacter par SMS
opt_out||Stop, je ne veux plus recevoir vos messages
opt_out||Pinga voye mesaj ban mwen ankò
opt_out||Sispann ekri m, mwen pa enterese
opt_out||أوقفوا الرسائل من فضلكم
opt_out||من فضلك احذف رقمي
opt_out||Đừng nhắn tin nữa
opt_out||Làm ơn xóa số điện thoại của tôi
opt_out||请把我从名单中删除
opt_out||不要再打扰我了
opt_out||Ayoko na ng text niyo, tanggalin niyo na ako
opt_out||Wag niyo na akong itext please
opt_out||더 이상 메시지 받고 싶지 않아요
opt_out||광고 문자 그만 보내세요
opt_out||Отпишите меня от рассылки
opt_out||Прекратите мне писать
opt_out||Mujhe SMS mat bhejo
opt_out||Message bhejna band karo
thanks|hn|Stop it you guys, I love it so much
thanks|hn|STOPPP my skin is glowing
other|hn|stop!! I just saw the before and after 😱
thanks|hn|Omg stop, the new location is gorgeous
other|hn|Please opt me out of the lash serum add on
other|hn|Can I opt out of the numbing? I'm fine without
other|hn|Cancel my autoship please, texts are fine
other|hn|Please unsubscribe me from your newsletter emails. Keep the text reminders.
other|hn|I'd like to stop my monthly membership
cancel_appointment|hn|Cancel my appointment on the 12th
cancel_appointment|hn|I have to cancel tomorrow's appointment, sorry
other|hn|Stop by the front desk?
other|hn|I'll stop by later to pay
aftercare|hn|When will the redness stop?
pre_treatment|hn|Do I stop my retinol 3 days before?
other|hn|Remove the lip filler from my treatment plan please
thanks|hn|Don't stop the reminders please, they help
other|hn|Can you stop charging my card for the membership?
other|hn|Please stop the refill order
other|hn|Please cancel the product order, I got it at the store
other|hn|I want out of the Botox club membership
other|hn|Take me off the cancellation list, I got my appointment
other|hn|My husband wants to be removed from the texts, not me
pre_treatment|hn|Quiero dejar de tomar las pastillas antes del tratamiento?
other|hn|No quiero el tratamiento extra
other|hn|Cancela mi pedido de la crema por favor
other|hn|Quero cancelar a assinatura dos produtos
other|hn|Je voudrais annuler l'option supplémentaire
other|hn|Mwen pa vle tretman siplemantè a
other|hn|أريد إلغاء طلب المنتج
other|hn|Tôi không muốn dịch vụ thêm
other|hn|我不想要额外的护理项目
other|hn|Ayoko po ng add-on
other|hn|추가 시술은 원하지 않아요
other|hn|Я не хочу дополнительную процедуру
other|hn|Mujhe extra treatment nahi chahiye
other|hn|Don't send the reminder to my work phone, use this one
thanks|hn|No more appointments needed for now, the results are great
other|hn|I don't need a reminder text for tomorrow, I wrote it down
other|hn|I don't want to text, can I call?
other|hn|Please remove the old number ending in 44 from my file
cancel_appointment|hn|Can you delete the duplicate appointment on Monday?
other|hn|Stop! I forgot my wallet, I'll come back
reschedule|hn|Please stop, wait, I need to change the time
other|hn|I'm not interested in the facial, just botox
other|hn|No further questions, thanks!
other|hn|No further treatment needed per the doctor
other|hn|Don't message the group chat about my appointment please
reschedule|hn|Remove me from the Thursday slot and put me on Friday
reschedule|hn|Take me off Tuesday and move me to Wednesday
other|hn|I won't need reminders, my assistant handles it — please text her at this number instead
other|hn|Ne m'envoyez pas la facture par courrier, par SMS c'est mieux
other|hn|No me manden la factura por correo, mejor por mensaje
other|hn|Não me mandem a fatura por email, pode ser por mensagem
other|hn|Pa voye fakti a pa lapòs, voye l pa mesaj
other|hn|لا ترسلوا الفاتورة بالبريد، أرسلوها برسالة
other|hn|Đừng gửi hóa đơn qua bưu điện, gửi tin nhắn cho tôi
other|hn|不要寄账单，发短信给我就行
other|hn|Wag niyo na pong ipadala ang bill sa mail, i-text na lang
other|hn|우편으로 보내지 마시고 문자로 보내주세요
other|hn|Не присылайте счёт по почте, лучше смс
other|hn|Bill post se mat bhejo, message kar do
other|hn|Is there a list of aftercare products?
pricing|hn|What's on the price list for fillers?
other|hn|I never got a text about my appointment
other|hn|I stopped receiving reminders, can you check?
other|hn|I quit texting my ex lol anyway can I book Friday
other|hn|Could you not text so early? Anytime after 9 works
other|hn|Can you stop texting my old number and use this one?
other|hn|Stop calling me, just text please
other|hn|No calls please, texts only
other|hn|Please don't call, text me instead
thanks|hn|I got your message, no need to reply
other|hn|No worries, I'll text back later
cancel_appointment|hn|Ya no necesito la cita, ya me siento mejor
other|hn|Ya no tengo dolor, gracias por preguntar
cancel_appointment|hn|Já não preciso da consulta, obrigado
thanks|hn|Je n'ai plus mal, merci pour le message
cancel_appointment|hn|Mwen pa bezwen randevou a ankò, mwen geri
cancel_appointment|hn|Tôi không cần hẹn nữa, cảm ơn
cancel_appointment|hn|我不需要再预约了，谢谢
cancel_appointment|hn|Hindi ko na kailangan ang appointment, salamat
cancel_appointment|hn|이제 예약 필요 없어요, 감사합니다
thanks|hn|Мне больше не нужна запись, спасибо
cancel_appointment|hn|Ab appointment ki zarurat nahi, shukriya
opt_out||stoo texting me please
opt_out||unsubscrine
opt_out||rempve me from this list
opt_out||plz stop texying me
opt_out||stop sneding me mesages
opt_out||dont txt me anymore plz
opt_out||pleasw stop
opt_out||I asked to be removed last month and you're still texting. Remove me now.
opt_out||Do NOT text me again. I mean it.
opt_out||Whoever runs this account, stop texting me.
opt_out||I'm blocking this number if you don't stop texting me
opt_out||Why do I keep getting these? I want them to stop.
opt_out||I've had enough of these texts
opt_out||I'd like my number taken off your list.
opt_out||Please discontinue text reminders for me.
opt_out||You do not have my permission to text me.
opt_out||I am no longer giving consent for text messages.
opt_out||Pls no more reminders, I'm moving out of state
opt_out||Ya bájenle, no quiero más mensajes
opt_out||Neta ya no me manden nada
opt_out||Déjenme de mandar mensajes, porfa
opt_out||No me vuelvan a escribir
opt_out||Favor de no enviarme más mensajes
opt_out||Não me envie mais mensagens, obrigado
opt_out||Chega, não quero mais SMS
opt_out||Je ne veux plus recevoir de SMS de votre part
opt_out||Arrêtez de m'envoyer des messages svp
opt_out||Tanpri pa voye mwen mesaj ankò
opt_out||Mwen pa vle resevwa okenn mesaj ankò
opt_out||لا ترسلوا لي أي رسائل بعد الآن
opt_out||أرجو حذف رقمي
opt_out||Xin đừng nhắn tin cho tôi
opt_out||Tôi không muốn nhận tin nhắn từ phòng khám nữa
opt_out||不要再给我发短信了
opt_out||请停止发送短信
opt_out||Pakiusap, huwag niyo na akong i-text
opt_out||Paki-tanggal na po ako sa listahan ninyo
opt_out||문자 보내지 마세요
opt_out||메시지 수신을 거부합니다
opt_out||Пожалуйста, не присылайте мне больше сообщений
opt_out||Удалите меня из списка рассылки
opt_out||Please mujhe message mat bhejiye
opt_out||मुझे और मैसेज मत भेजिए
opt_out||Bitte keine Nachrichten mehr senden
opt_out||Per favore non mandatemi più messaggi
opt_out||Proszę nie wysyłać mi więcej wiadomości
opt_out||もうメッセージを送らないでください
thanks|hn|Stop!! omg I love it
thanks|hn|stooop that's so nice of you
other|hn|I'm gonna stop by Friday
other|hn|Please remove the dermaplaning from my booking
other|hn|Unsubscribe me from the emails, I still want texts
other|hn|Cancel the autoship, keep texting me
other|hn|I don't want the serum add-on
other|hn|Can you stop the auto-renew on my membership?
cancel_appointment|hn|I want to cancel my appointment Tuesday
other|hn|I'll text you when I get there
thanks|hn|No more pain after the treatment, thanks!
other|hn|Please stop the payment plan charges, I paid in full
other|hn|Dejen de cobrarme la membresía por favor
thanks|hn|Ya no me duele, gracias
thanks|hn|Merci, plus de douleur
aftercare|hn|Mwen pa gen doulè ankò
thanks|hn|لم يعد هناك ألم، شكراً
other|hn|Tôi không còn đau nữa
thanks|hn|不再疼了，谢谢
thanks|hn|Hindi na masakit, salamat po
other|hn|이제 안 아파요
thanks|hn|Больше не болит, спасибо
thanks|hn|Ab dard nahi hai, thank you
thanks|hn|Keine Schmerzen mehr, danke
aftercare||Ya no tengo hinchazón, todo bien
aftercare||Plus de rougeur, tout va bien
aftercare||Keine Rötung mehr, alles gut
aftercare||Não dói mais, obrigada
aftercare||Mwen pa gen anflamasyon ankò
other||Dejen de cobrarme dos veces, por favor revisen
other||Parem de cobrar a taxa extra, por favor
other|hn|My last appointment is at the end of the month, right?
pricing|hn|Does the promo end this week?
other|hn|I'm done with my treatment series, what's next?
other|hn|Enough about me, how's the new office going?
pre_treatment|hn|Leave the numbing cream on for how long?
bring_guest|hn|Can I leave my kids in the waiting room?
other|hn|I want to quit botox and try something natural, thoughts?
pre_treatment|hn|Remove the makeup before I come in?
aftercare|hn|How do I remove the tape after the procedure?
aftercare|hn|Should I stop the antibiotics if I feel better?
other|hn|Stop the presses, I found parking!
thanks|hn|Stoppp I'm so excited for tomorrow
thanks|hn|no more bruising, yay!
thanks|hn|No more swelling, you guys are the best
confirm|hn|No more questions, see you Friday
running_late|hn|Please don't cancel my appointment, I'm just running late
running_late|hn|Don't cancel! I'm on my way
other|hn|Do not remove me from the waitlist please
thanks|hn|I never want to stop coming here
thanks|hn|I would never unsubscribe, I love your tips
other|hn|I'm opting out of the group session but still coming to my appointment
other|hn|Unsubscribe from what? I didn't get an email
other|hn|I didn't sign up for the newsletter but the texts are helpful
other|hn|Can you stop the charge on my card? It's a duplicate
other|hn|Please stop the reminder for my son's appointment, it was cancelled
other|hn|My mom wants to stop getting texts, her number is different
other|hn|The texts stopped coming, can you check my settings?
other|hn|Why did my reminders stop?
other|hn|I'm texting from my new number, please update it
other|hn|Delete my old email and use this one
reschedule|hn|Cancel my Friday appt and rebook for next week
confirm|hn|End of day works for me
other|hn|I quit my job so I can do mornings now
other|hn|Please remove the old photos from my chart
pricing|hn|Is there a way to opt out of the deposit?
pricing|hn|Stop, that's too expensive lol, any discounts?
thanks|hn|omg STOP the results 😍😍
opt_out||Effective immediately, remove my number.
opt_out||I'm invoking the TCPA: no more texts.
opt_out||Stop. Just stop. I'm not interested.
opt_out||I'm so tired of these texts. Leave me alone.
opt_out||I told you already, quit texting me
opt_out||No more texts or I'll report you
opt_out||You guys need to stop texting me every day
opt_out||Honestly just unsubscribe me
opt_out||I don't want to hear from you again
opt_out||Kindly stop all text reminders and promotions.
opt_out||Не надсилайте мені більше повідомлень
opt_out||Припиніть надсилати смс
opt_out||Σταματήστε να μου στέλνετε μηνύματα
opt_out||Μη μου στέλνετε άλλα μηνύματα
opt_out||Lütfen bana mesaj göndermeyin
opt_out||Mesaj istemiyorum
opt_out||Fadlan fariimaha jooji
opt_out||Fariin ha ii soo dirin mar dambe
opt_out||Thov tsis txhob xa ntawv tuaj ntxiv
opt_out||مجھے مزید میسج مت بھیجیں
opt_out||براہ کرم پیغامات بند کریں
opt_out||لطفا دیگر پیام نفرستید
opt_out||پیامک نمی خواهم
opt_out||আমাকে আর মেসেজ পাঠাবেন না
opt_out||ਕਿਰਪਾ ਕਰਕੇ ਮੈਸੇਜ ਨਾ ਭੇਜੋ
opt_out||મહેરબાની કરીને મેસેજ મોકલશો નહીં
opt_out||እባካችሁ መልእክት አትላኩልኝ
confirm||Дякую за повідомлення, я прийду
confirm||Ευχαριστώ για το μήνυμα, θα έρθω
confirm||Mesajınız için teşekkürler, geleceğim
confirm||Mahadsanid fariinta, waan iman doonaa
confirm||Ua tsaug rau cov ntawv, kuv yuav tuaj
confirm||میسج کا شکریہ، میں آؤں گا
confirm||ممنون از پیام، می‌آیم
confirm||মেসেজের জন্য ধন্যবাদ, আমি আসব
confirm||ਮੈਸੇਜ ਲਈ ਧੰਨਵਾਦ, ਮੈਂ ਆਵਾਂਗਾ
confirm||મેસેજ માટે આભાર, હું આવીશ
confirm||ለመልእክቱ አመሰግናለሁ፣ እመጣለሁ
directions_parking||Не забудьте надіслати мені адресу
directions_parking||Μην ξεχάσετε να μου στείλετε τη διεύθυνση
directions_parking||Adresi mesaj olarak gönderin lütfen
directions_parking||Ilaawin inaad ii soo dirto ciwaanka
directions_parking||پتہ میسج کر دیں
directions_parking||آدرس را پیامک کنید لطفا
`;
