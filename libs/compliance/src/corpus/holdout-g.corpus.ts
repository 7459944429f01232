/**
 * HOLDOUT G — evaluation only, written on 2026-12-07 by an engineer who did not write the detector, its lexicon or any earlier corpus, before the detector was run on any of these texts and without reading the lexicon, the classifier or any other corpus. Labels follow /work/shared/COMPLIANCE.md (a whole-message FCC keyword such as stop, quit, end, revoke, opt out, cancel or unsubscribe, their typos and obfuscations, and any wording in any language that a reasonable person would read as "stop texting me", including legal revocations, angry or indirect requests, requests buried in a longer message and requests from a third party about a number that is no longer the patient's, is an opt-out; a request limited to promotions or marketing that keeps appointment texts is an opt-out with flag mkt; a bare CANCEL is an opt-out, whereas cancelling or rescheduling an appointment, a membership, subscription, auto-ship, package, add-on or photo release is not; stop, quit, end or unsubscribe used about medication, aftercare, a promo ending, stopping by, a bus stop, delight, emails or newsletters, reported speech, an app banner, or "please don't stop the reminders" is a hard negative). Texts a reasonable person could read either way were left out. Never train on it, never tune rules against it, never edit it after seeing results.
 * Format: `intent|flags|text`; `# lang=xx` sets the language of the lines that follow. Opt-outs are `opt_out` (flag `mkt` = promotions only); hard negatives carry the flag `hn`.
 */
export const HOLDOUT_G_CORPUS = String.raw`
# lang=en
opt_out||STOP
opt_out||stop
opt_out||Stop.
opt_out||STOP!!!
opt_out||stpo
opt_out||STOPP
opt_out||S.T.O.P
opt_out||s t o p
opt_out||st0p
opt_out||Unsubscribe
opt_out||unsubscibe
opt_out||unsubcribe
opt_out||UNSUB
opt_out||opt out
opt_out||Optout
opt_out||QUIT
opt_out||END
opt_out||Revoke
opt_out||CANCEL
opt_out||stop all
opt_out||STOPALL
opt_out||Stop please
opt_out||Stop 🙏
opt_out||pls stop texting me
opt_out||plz stop txting me
opt_out||stpo texting me
opt_out||Please stop texting this number.
opt_out||Take me off your list
opt_out||remove me from your texts
opt_out||Remove me
opt_out||Please remove my number from your system, thank you.
opt_out||I no longer wish to receive text messages from you.
opt_out||No more texts please 🙏
opt_out||Don't text me anymore
opt_out||dont text me again
opt_out||Stop messaging me
opt_out||UNSUBSCRIBE ME
opt_out||Unsubscribe me please
opt_out||Can you take me off the text list? Thanks so much!
opt_out||Hi! I've moved out of state so please stop sending me messages. Thank you for everything ❤️
opt_out||Thanks for the great care over the years, but please don't send me any more texts.
opt_out||I'd appreciate it if you would stop contacting me by text.
opt_out||Kindly remove this number from all future text messages.
opt_out||Please delete my number and stop the reminders, I won't be returning.
opt_out||I'm not coming back so there's no need to keep texting me. Please stop.
opt_out||I hereby revoke my consent to receive any text messages from your practice. Please confirm.
opt_out||Pursuant to the TCPA, I revoke any prior express consent to receive SMS messages at this number. Cease all further communications.
opt_out||This is formal notice that I withdraw my consent to be contacted by text message. Any further messages will be documented.
opt_out||Cease and desist all SMS communications to this phone number immediately.
opt_out||Per FCC rules I am revoking consent. Do not send me any more messages of any kind.
opt_out||I do not consent to receiving text messages from this clinic. Remove me.
opt_out||To whom it may concern: please discontinue all text messages to this number effective today.
opt_out||I asked you to stop last week and you're still texting me. STOP.
opt_out||This is the third time I've asked. Stop texting me!!!
opt_out||Your filler left me with lumps and nobody called me back. Take me off your list.
opt_out||I paid $600 for a facial that did nothing and now you spam me every day. Unsubscribe me NOW
opt_out||wtf is this. I never signed up for this. stop
opt_out||How did you even get my number? Remove it.
opt_out||Seriously stop. I already unsubscribed from your emails and now this
opt_out||Enough with the texts. Stop.
opt_out||I'm going to report you if you text me one more time. STOP
opt_out||yall text way too much, please stop messaging me
opt_out||Not interested. Please stop texting.
opt_out||no thank you, stop sending these
opt_out||Wrong number. Please remove this number from your list.
opt_out||This isn't Jessica's phone anymore, I got this number in March. Please stop texting it.
opt_out||I don't know who Marcus is. Stop sending me his appointment reminders
opt_out||My mother passed away in September. Please stop sending her texts to this number.
opt_out||This is Linda's daughter, she's in memory care now and won't be coming in. Please stop texting this phone.
opt_out||I'm her husband and this is my phone not hers. Take this number off your list please
opt_out||new number, not Amber. please remove
opt_out||Hey, we're done with you guys for good, switched to another clinic. Please stop all texts.
opt_out||Can I get a refund on my unused package? Also please stop texting me after that.
opt_out||Thanks for the reminder, I'll be there at 3. Also please stop the texts after this one, I'd rather just use the portal.
opt_out||I'd like to opt out of text messages.
opt_out||Opt me out please
opt_out||Stop sending me stuff
opt_out||please stop!! 🛑
opt_out||🛑🛑🛑 STOP
opt_out||stop stop stop
opt_out||STOP TEXTING ME
opt_out||unsubscribe pls
opt_out||Quit texting me
opt_out||end texts
opt_out||No more messages
opt_out||Leave me alone. Stop.
opt_out||Don't contact me again.
opt_out||I don't want these messages anymore.
opt_out||Please take my number off your texting list, I get too many.
opt_out||Hi, this is Karen R. Please remove me from all your text messages including reminders.
opt_out|mkt|Please stop sending me promotions. Appointment reminders are fine.
opt_out|mkt|Can you stop the marketing texts? Keep the reminders though
opt_out|mkt|No more deals or specials texts please, but I still want my appt confirmations
opt_out|mkt|Unsubscribe me from the promo texts only
opt_out|mkt|I only want reminders for my appointments, not the sales blasts. Please stop those.
opt_out|mkt|stop sending ads. reminders ok
opt_out|mkt|Please take me off the marketing list but keep texting me about my appointments
opt_out|mkt|Love you guys but the daily specials are too much. Stop the promos, keep my reminders please 🙂
opt_out|mkt|Opt me out of marketing messages. Transactional texts are fine.
opt_out|mkt|STOP PROMOS
opt_out|mkt|No more sale texts. Just my appointment reminders please.
opt_out|mkt|Please stop the Black Friday texts, I only need appointment updates
confirm|hn|Yes confirmed for Thursday at 2!
confirm|hn|C
confirm|hn|Confirmed, see you then 😊
confirm|hn|Yep I'll be there
confirm|hn|Confirm. Please don't stop sending these reminders, they save me every time
confirm|hn|Confirming my 10:30 with Dr. Nguyen
confirm|hn|yes!! wouldn't miss it
reschedule|hn|R
reschedule|hn|Can I move my Botox appt to next Friday?
reschedule|hn|Need to reschedule, something came up at work. Any openings Monday afternoon?
reschedule|hn|Not opting out, just can't make Tuesday. Do you have anything next week?
reschedule|hn|Could we push my appointment back an hour?
reschedule|hn|reschedule pls, sick kid at home
reschedule|hn|Is there any way to switch my facial from the 12th to the 19th? Same time is fine
cancel_appointment|hn|I need to cancel my appointment tomorrow, sorry!
cancel_appointment|hn|Cancel my 3pm on the 14th please, I'll call to rebook
cancel_appointment|hn|Please cancel Saturday's facial, I have covid 😷
cancel_appointment|hn|Can you cancel my laser session? I'm going out of town
cancel_appointment|hn|I have to cancel my appt for the 9th. Keep the reminders coming for the next one though
cancel_appointment|hn|cancel the appointment on friday pls
cancel_appointment|hn|Sorry to do this last minute but I need to cancel my lip filler today.
running_late|hn|Running 10 min late, sorry!
running_late|hn|Stuck at the bus stop, bus is late. Be there in 15
running_late|hn|On my way! Traffic is awful
running_late|hn|Stopped for gas, 5 min late
running_late|hn|running behind, will be there by 2:20
book_new|hn|Do you have any openings for a hydrafacial this week?
book_new|hn|I'd like to book a consultation for CoolSculpting
book_new|hn|Can I get in for a lip flip before my wedding on the 20th?
book_new|hn|Want to book laser hair removal, what days do you have?
book_new|hn|STOP it, that $9/unit Botox deal is insane 😱 can I book for Saturday?
book_new|hn|My friend told me to unsubscribe but honestly I love your deals. Book me for the microneedling special!
book_new|hn|I'm done with my laser package, 6 of 6! When should I come back for maintenance?
pricing|hn|How much is a syringe of Juvederm?
pricing|hn|What's the price for the full face package?
pricing|hn|When does the holiday promo end?
pricing|hn|Is the 20% off still going or did it end already?
pricing|hn|Do you take CareCredit?
directions_parking|hn|Where do I park? The garage or the street?
directions_parking|hn|Is it the building next to the bus stop on Elm?
directions_parking|hn|What suite are you in again?
directions_parking|hn|Which entrance? I'm at the light rail stop across the street
hours|hn|What time do you close on Saturdays?
hours|hn|Are you open the day after Christmas?
hours|hn|Can I stop by after work to pick up my sunscreen? What time do you close?
aftercare|hn|How long do I have to stop working out after Botox?
aftercare|hn|When can I start using my retinol again after the peel?
aftercare|hn|Is it normal that the swelling hasn't stopped yet? It's been 3 days
aftercare|hn|My bruising finally stopped 🙌 when can I wear makeup?
aftercare|hn|Should I stop icing after 48 hours?
aftercare|hn|Bleeding stopped but it's still red, is that ok?
pre_treatment|hn|Do I need to stop taking ibuprofen before my filler?
pre_treatment|hn|I stopped retinol on Monday, is that enough time before the peel Thursday?
pre_treatment|hn|Should I stop my fish oil and vitamin E before the appointment?
pre_treatment|hn|My dermatologist said to quit tretinoin a week before laser, is that right?
pre_treatment|hn|Do I have to stop drinking the night before?
pre_treatment|hn|stop shaving how many days before laser??
pre_treatment|hn|Can I opt out of the numbing cream this time? It made me itchy last visit
bring_guest|hn|Can I bring my sister? She wants to watch
bring_guest|hn|Is it ok if my husband comes in with me?
bring_guest|hn|Can my daughter come with me, she's 16
complaint|hn|The front desk kept me waiting 40 minutes yesterday. Not happy.
complaint|hn|My lips are uneven after the filler and I'm upset about it. Can Dr. Lee look at it?
complaint|hn|I was charged twice for the same visit.
complaint|hn|Your online booking keeps crashing, super frustrating
complaint|hn|The reminder said 2pm but my appointment was at 1. That's the second time this happened.
thanks|hn|STOP 😍 my skin has never looked this good
thanks|hn|Stop it!! I look 10 years younger. Thank you Dr. Patel!!
thanks|hn|Thank you so much, love the results ❤️
thanks|hn|omg stoppp I'm obsessed with my brows 😭 thank you Kayla
thanks|hn|thank u! see you next month
thanks|hn|Thanks for the reminder!
other|hn|Please cancel my membership at the end of this month, money is tight. I'll still book appointments as needed.
other|hn|I'd like to stop my monthly Glow Club subscription. Can you confirm there won't be another charge?
other|hn|Please stop the auto-ship on my skincare, I have too much serum at home
other|hn|Unsubscribe me from your emails please. Texts are fine, that's how I like to hear from you.
other|hn|I unsubscribed from the newsletter by accident, can you add me back?
other|hn|Can you remove my old card on file? I have a new one
other|hn|Please take me off the waitlist for Saturday, I found another time that works
other|hn|I don't want my before/after photos on your Instagram anymore. Please take them down.
other|hn|I want to withdraw my photo release. Please don't use my pictures on social media or the website.
other|hn|Why did I stop getting appointment reminders? I almost missed my last one
other|hn|I haven't gotten a text from you in months, did you stop sending them?
other|hn|Please don't stop texting me reminders, I'd forget otherwise 😅
other|hn|Your app showed a banner saying "unsubscribe" at the bottom, is that a scam?
other|hn|The unsubscribe link in your email doesn't work, FYI. Texts are fine though
other|hn|Can you please remove the LED add-on from my package? I don't need it
other|hn|Can you stop my package from auto-renewing? I want to pay per visit now
other|hn|My husband unsubscribed from your emails, is that why he didn't get his reminder?
other|hn|I quit smoking 3 months ago, does that change anything for my laser consult?
other|hn|My sister will stop by to pick up my gift card, is that ok?
other|hn|Is this the right number to text? The old one stopped working
other|hn|HELP
other|hn|Did you guys stop doing the $99 facial?
other|hn|My phone stopped getting your messages when I switched to iPhone, can you check?
other|hn|Got my lips done in May and I'm not opting out or anything, just wondering when I'm due for a touch up
other|hn|Do you have a text line for the Plano office or only this one?
other|hn|Please remove my ex-husband as my emergency contact
# lang=es
opt_out||ALTO
opt_out||alto
opt_out||BAJA
opt_out||Alto por favor
opt_out||Ya no me manden mensajes por favor
opt_out||No me manden más mensajes
opt_out||Por favor dejen de enviarme mensajes
opt_out||Quiero darme de baja de los mensajes de texto
opt_out||Sáquenme de su lista por favor
opt_out||Ya no quiero recibir mensajes de texto
opt_out||Dejen de escribirme
opt_out||Por favor borren mi número
opt_out||No quiero más textos, gracias
opt_out||Número equivocado, por favor quiten este número de su lista
opt_out||Este ya no es el número de Rosa, por favor dejen de mandar mensajes
opt_out||Soy la hija de la señora Gómez, ella falleció. Por favor ya no manden mensajes a este teléfono.
opt_out||Les he pedido dos veces que dejen de mandarme mensajes. YA BASTA, no me escriban más.
opt_out||Me cobraron de más y nadie me devuelve la llamada. Y dejen de mandarme mensajes!!
opt_out||Revoco mi consentimiento para recibir mensajes de texto de su clínica. No me contacten más por este medio.
opt_out||Me mudé a Texas y ya no voy a regresar. Gracias por todo pero ya no me manden mensajes.
opt_out||ya no me mandes msj porfa
opt_out||no mas mensajes x favor
opt_out||STOP por favor, ya no me interesa
opt_out||dejen de mandar mensajes a este numero
opt_out||Cancelen los mensajes de texto a mi número por favor
opt_out||Dénme de baja
opt_out||no me interesa, bórrenme de la lista
opt_out||Por enésima vez: NO ME ESCRIBAN
opt_out|mkt|Ya no me manden promociones, solo los recordatorios de mis citas
opt_out|mkt|Por favor quítenme de las ofertas, pero sigan mandándome los recordatorios de cita
opt_out|mkt|No quiero publicidad por mensaje. Los recordatorios sí.
opt_out|mkt|Dejen de mandar promos porfa, los recordatorios están bien
confirm|hn|Confirmo mi cita del jueves
confirm|hn|Sí, ahí estaré 👍
confirm|hn|Confirmado, nos vemos a las 11
reschedule|hn|Necesito cambiar mi cita para la próxima semana
reschedule|hn|¿Puedo mover mi cita a las 4?
reschedule|hn|No me estoy dando de baja, nomás necesito otro día para mi cita
cancel_appointment|hn|Quiero cancelar mi cita del sábado, tengo gripa
cancel_appointment|hn|Cancela mi cita de mañana porfa, luego llamo para hacer otra
running_late|hn|Voy 10 minutos tarde, perdón
running_late|hn|Estoy en la parada del autobús, llego en 15
book_new|hn|¿Tienen citas disponibles para depilación láser esta semana?
book_new|hn|Mi amiga me dijo que me diera de baja pero a mí me encantan sus ofertas jaja. ¿Me apartan una cita para el facial?
pricing|hn|¿Cuánto cuesta el botox por unidad?
pricing|hn|¿Hasta cuándo dura la promoción de diciembre?
directions_parking|hn|¿Dónde me estaciono?
hours|hn|¿A qué hora cierran los sábados?
pre_treatment|hn|¿Tengo que dejar de tomar aspirina antes del relleno?
pre_treatment|hn|Dejé de usar el retinol el lunes, ¿es suficiente para el peeling del jueves?
aftercare|hn|¿Cuándo puedo volver a hacer ejercicio después del botox?
aftercare|hn|Ya se me quitó la hinchazón, ¿cuándo puedo maquillarme?
bring_guest|hn|¿Puedo llevar a mi mamá a la cita?
complaint|hn|Me hicieron esperar 45 minutos, muy mal servicio.
thanks|hn|STOP 😍 me quedaron perfectos los labios, mil gracias!!
thanks|hn|Gracias por el recordatorio!
other|hn|Por favor no dejen de mandarme los recordatorios, si no se me olvida 😅
other|hn|¿Por qué ya no me llegan los recordatorios de mis citas?
other|hn|Quiero cancelar mi membresía mensual a fin de mes. Igual voy a seguir viniendo a mis citas.
other|hn|Por favor den de baja mi correo del boletín. Los mensajes de texto sí los quiero.
other|hn|Quiten mi tarjeta vieja de mi cuenta por favor
other|hn|Paso a recoger mi protector solar en la tarde, ¿está bien?
other|hn|Quiero suspender el envío automático de las cremas, todavía tengo mucho
# lang=vi
opt_out||Dừng
opt_out||Xin đừng nhắn tin cho tôi nữa
opt_out||Vui lòng ngừng gửi tin nhắn đến số này
opt_out||Làm ơn xóa số của tôi khỏi danh sách
opt_out||Sai số rồi, đừng nhắn nữa nha
opt_out||ko nhan tin nua nha, cam on
opt_out|mkt|Đừng gửi khuyến mãi nữa, chỉ nhắn nhắc lịch hẹn thôi
confirm|hn|Tôi xác nhận lịch hẹn thứ Năm
reschedule|hn|Em muốn đổi lịch hẹn sang tuần sau được không?
cancel_appointment|hn|Em cần hủy lịch hẹn ngày mai, xin lỗi nha
pre_treatment|hn|Có cần ngưng uống aspirin trước khi tiêm filler không?
other|hn|Đừng ngừng gửi tin nhắc lịch nha, em hay quên lắm 😅
pricing|hn|Giá botox bao nhiêu một đơn vị vậy?
other|hn|cho em hoi sao dao nay ko thay tin nhan nhac lich nua?
other|hn|Em muốn hủy gói membership hàng tháng, nhưng vẫn nhận tin nhắc lịch hẹn nha
# lang=zh
opt_out||退订
opt_out||TD退订
opt_out||请不要再给我发短信了
opt_out||请停止发送信息
opt_out||请把我的号码从名单上删除
opt_out||别再发了，谢谢
opt_out||請不要再傳簡訊給我
opt_out|mkt|不要再发促销信息了，预约提醒可以继续发
confirm|hn|确认，周四下午两点见
reschedule|hn|我想改一下预约时间，下周可以吗？
cancel_appointment|hn|我需要取消明天的预约
pre_treatment|hn|打肉毒之前要停用阿司匹林吗？
other|hn|请不要停止发预约提醒，谢谢
other|hn|为什么我最近收不到提醒短信了？
directions_parking|hn|停车在哪里？
other|hn|我想取消會員，但預約提醒請繼續傳給我
other|hn|我朋友叫我退订，但我觉得你们的优惠挺好的，下次还想约
# lang=tl
opt_out||Pakitigil na po ang pagte-text sa akin
opt_out||Huwag na po kayong mag-text sa number na ito
opt_out||Paki-remove na po ako sa list nyo
opt_out||Wrong number po ito, pakitanggal na lang po
opt_out|mkt|Ayoko na po ng promo texts, pero yung appointment reminders ok lang
confirm|hn|Confirm po, see you sa Huwebes
reschedule|hn|Pwede po bang i-move yung appointment ko sa Sabado?
cancel_appointment|hn|Kailangan ko pong i-cancel yung appointment ko bukas
running_late|hn|Male-late po ako ng 10 minutes, sorry po
other|hn|Huwag nyo pong ihinto ang reminders, nakakalimutan ko kasi 😅
other|hn|Sabi ng friend ko mag-unsubscribe daw ako pero gusto ko mga promo nyo haha
# lang=ko
opt_out||수신거부
opt_out||문자 그만 보내주세요
opt_out||더 이상 문자 보내지 마세요
opt_out||제 번호 삭제해 주세요
opt_out|mkt|광고 문자는 그만 보내주세요. 예약 알림은 받을게요
confirm|hn|목요일 예약 확인했습니다
reschedule|hn|예약을 다음 주로 변경할 수 있을까요?
cancel_appointment|hn|내일 예약 취소하고 싶어요
pre_treatment|hn|시술 전에 아스피린 복용을 중단해야 하나요?
other|hn|예약 알림은 계속 보내주세요! 자꾸 잊어버려서요
other|hn|이메일 뉴스레터만 수신거부하고 싶어요. 문자는 계속 받을게요
# lang=ht
opt_out||Tanpri sispann voye mesaj ban mwen
opt_out||Pa voye tèks ban mwen ankò
opt_out||Retire nimewo mwen sou lis nou an
opt_out||Se pa nimewo Marie ankò sa, tanpri sispann ekri
confirm|hn|Mwen konfime randevou mwen jedi a
cancel_appointment|hn|Mwen bezwen anile randevou mwen demen
pre_treatment|hn|Èske m dwe sispann pran aspirin anvan piki a?
other|hn|Tanpri pa sispann voye rapèl yo, m toujou bliye
other|hn|Poukisa nou sispann voye rapèl ban mwen?
# lang=ar
opt_out||إلغاء الاشتراك
opt_out||توقف
opt_out||من فضلك توقفوا عن إرسال الرسائل
opt_out||لا ترسلوا لي رسائل مرة أخرى
opt_out||احذفوا رقمي من القائمة لو سمحتم
opt_out|mkt|ما بدي عروض بعد اليوم، بس خلوا تذكير المواعيد
confirm|hn|أؤكد موعدي يوم الخميس
cancel_appointment|hn|أريد إلغاء موعدي غداً
pre_treatment|hn|هل يجب أن أتوقف عن تناول الأسبرين قبل الفيلر؟
other|hn|أرجو ألا تتوقفوا عن إرسال تذكير المواعيد
other|hn|لماذا توقفت رسائل التذكير؟
# lang=ru
opt_out||Стоп
opt_out||Отписаться
opt_out||Пожалуйста, больше не присылайте мне сообщения
opt_out||Удалите мой номер из рассылки
opt_out||Это не номер Ольги, перестаньте писать
opt_out|mkt|Не присылайте акции, только напоминания о записи
confirm|hn|Подтверждаю запись на четверг
cancel_appointment|hn|Мне нужно отменить запись на завтра
pre_treatment|hn|Нужно ли прекратить принимать аспирин перед филлером?
other|hn|Пожалуйста, не прекращайте присылать напоминания, я всё забываю
other|hn|Отпишите меня от email-рассылки, а СМС пусть приходят
# lang=uk
opt_out||Відписатися
opt_out||Будь ласка, не надсилайте мені більше повідомлень
opt_out||Припиніть писати на цей номер
opt_out|mkt|Не надсилайте рекламу, нагадування про візит залиште
confirm|hn|Підтверджую запис на п'ятницю
reschedule|hn|Хочу перенести запис на наступний тиждень
pre_treatment|hn|Чи треба припинити пити аспірин перед процедурою?
other|hn|Чому мені перестали приходити нагадування?
# lang=pt
opt_out||PARE
opt_out||Sair
opt_out||Por favor, parem de me mandar mensagens
opt_out||Não quero mais receber mensagens de vocês
opt_out||Me tirem da lista, por favor
opt_out|mkt|Não mandem mais promoções, só os lembretes de consulta
confirm|hn|Confirmo minha consulta de quinta
cancel_appointment|hn|Preciso cancelar minha consulta de amanhã
pre_treatment|hn|Preciso parar de tomar aspirina antes do preenchimento?
other|hn|Por favor não parem de mandar os lembretes, eu sempre esqueço
other|hn|Quero cancelar minha assinatura mensal, mas vou continuar marcando consultas
# lang=fr
opt_out||Désinscription
opt_out||Merci de ne plus m'envoyer de messages
opt_out||Arrêtez de m'envoyer des SMS s'il vous plaît
opt_out||Veuillez retirer mon numéro de votre liste
opt_out|mkt|Plus de promos svp, mais gardez les rappels de rendez-vous
confirm|hn|Je confirme mon rendez-vous de jeudi
cancel_appointment|hn|Je dois annuler mon rendez-vous de demain
pre_treatment|hn|Est-ce que je dois arrêter l'aspirine avant les injections ?
other|hn|S'il vous plaît, n'arrêtez pas les rappels, j'oublie tout le temps
other|hn|Je veux me désabonner de la newsletter par e-mail, mais les SMS c'est parfait
other|hn|Je passe récupérer ma crème cet après-midi, c'est bon ?
# lang=hi
opt_out||कृपया मुझे मैसेज भेजना बंद करें
opt_out||मेरा नंबर अपनी लिस्ट से हटा दीजिए
opt_out||Please mujhe message bhejna band karo
opt_out||Aage se SMS mat bhejna, shukriya
confirm|hn|गुरुवार की अपॉइंटमेंट कन्फर्म है
cancel_appointment|hn|Kal ki appointment cancel karni hai
pre_treatment|hn|Kya filler se pehle aspirin lena band karna padega?
other|hn|Reminder bhejna band mat karna please, main bhool jaati hoon
other|hn|Maine email unsubscribe kiya hai, SMS aate rehne do
# lang=pa
opt_out||ਕਿਰਪਾ ਕਰਕੇ ਮੈਨੂੰ ਮੈਸੇਜ ਭੇਜਣੇ ਬੰਦ ਕਰੋ
opt_out||Mainu hor message na bhejo ji
opt_out||Eh number Harpreet da nahi hai, message band karo
confirm|hn|ਮੈਂ ਵੀਰਵਾਰ ਦੀ ਅਪੌਇੰਟਮੈਂਟ ਪੱਕੀ ਕਰਦੀ ਹਾਂ
cancel_appointment|hn|Kal di appointment cancel karni aa
running_late|hn|Main 10 minute late aa rahi haan
# lang=fa
opt_out||لطفاً دیگه برام پیام نفرستید
opt_out||لغو عضویت
opt_out||شماره من رو از لیستتون حذف کنید
opt_out|mkt|پیام تبلیغاتی نفرستید، فقط یادآوری نوبت رو بفرستید
confirm|hn|نوبتم رو برای پنجشنبه تأیید می‌کنم
cancel_appointment|hn|می‌خوام نوبت فردا رو کنسل کنم
pre_treatment|hn|قبل از تزریق باید آسپرین رو قطع کنم؟
other|hn|لطفاً یادآوری‌ها رو قطع نکنید، من همیشه یادم میره
# lang=pl
opt_out||Proszę nie wysyłać mi więcej SMS-ów
opt_out||Wypisz mnie
opt_out||Usuńcie mój numer z listy
opt_out|mkt|Nie chcę promocji, tylko przypomnienia o wizytach
confirm|hn|Potwierdzam wizytę w czwartek
cancel_appointment|hn|Muszę odwołać jutrzejszą wizytę
pre_treatment|hn|Czy muszę odstawić aspirynę przed zabiegiem?
other|hn|Proszę nie przestawać wysyłać przypomnień, zawsze zapominam
other|hn|Chcę zrezygnować z newslettera mailowego, ale SMS-y mogą przychodzić
# lang=ja
opt_out||配信停止
opt_out||もうメッセージを送らないでください
opt_out||この番号をリストから削除してください
opt_out|mkt|キャンペーンのお知らせは不要です。予約のリマインダーだけお願いします
confirm|hn|木曜日の予約、確認しました
cancel_appointment|hn|明日の予約をキャンセルしたいです
pre_treatment|hn|施術の前にアスピリンをやめる必要がありますか？
other|hn|リマインダーは止めないでください、忘れっぽいので
# lang=de
opt_out||Abmelden
opt_out||Bitte schicken Sie mir keine SMS mehr
opt_out||Löschen Sie meine Nummer bitte aus Ihrer Liste
opt_out|mkt|Keine Werbung mehr bitte, Terminerinnerungen sind okay
confirm|hn|Ich bestätige meinen Termin am Donnerstag
cancel_appointment|hn|Ich muss meinen Termin morgen absagen
pre_treatment|hn|Muss ich Aspirin vor der Behandlung absetzen?
other|hn|Bitte hören Sie nicht auf, mir Erinnerungen zu schicken!
other|hn|Ich möchte meine Mitgliedschaft kündigen, die Terminerinnerungen per SMS aber bitte weiter schicken
# lang=it
opt_out||Cancellami
opt_out||Per favore non mandatemi più messaggi
opt_out||Smettetela di scrivermi
opt_out|mkt|Niente più promozioni per favore, solo i promemoria degli appuntamenti
confirm|hn|Confermo l'appuntamento di giovedì
cancel_appointment|hn|Devo disdire l'appuntamento di domani
pre_treatment|hn|Devo smettere di prendere l'aspirina prima del filler?
other|hn|Per favore non smettete di mandarmi i promemoria
other|hn|Passo a ritirare la crema domani mattina, va bene?
# lang=so
opt_out||Fadlan fariimaha ii joojiya
opt_out||Ha ii soo dirin fariimo dambe
opt_out||Lambarkayga ka saara liiska
confirm|hn|Waan xaqiijinayaa ballanta Khamiista
cancel_appointment|hn|Waxaan rabaa inaan baajiyo ballanta berri
other|hn|Fadlan ha joojinina xasuusinta ballamaha
# lang=am
opt_out||እባካችሁ መልእክት መላክ አቁሙ
opt_out||ከዚህ በኋላ መልእክት አትላኩልኝ
opt_out||ቁጥሬን ከዝርዝራችሁ አስወግዱ
confirm|hn|የሐሙስ ቀጠሮዬን አረጋግጣለሁ
cancel_appointment|hn|የነገ ቀጠሮዬን መሰረዝ እፈልጋለሁ
other|hn|እባካችሁ የቀጠሮ ማስታወሻ መላክ አታቁሙ
# lang=gu
opt_out||કૃપા કરીને મને મેસેજ મોકલવાનું બંધ કરો
opt_out||Have mane message na moklo
opt_out||મારો નંબર તમારી લિસ્ટમાંથી કાઢી નાખો
confirm|hn|ગુરુવારની એપોઇન્ટમેન્ટ કન્ફર્મ છે
cancel_appointment|hn|Kaal ni appointment cancel karvi che
other|hn|Reminder moklvanu band na karta, hu bhuli jau chu
# lang=ur
opt_out||براہ کرم مجھے میسج بھیجنا بند کریں
opt_out||Mujhe mazeed messages na bhejein
opt_out||میرا نمبر اپنی لسٹ سے نکال دیں
confirm|hn|جمعرات کی اپوائنٹمنٹ کنفرم ہے
cancel_appointment|hn|Mujhe kal wali appointment cancel karwani hai
pre_treatment|hn|کیا فلر سے پہلے اسپرین بند کرنی ہوگی؟
# lang=bn
opt_out||দয়া করে আমাকে আর মেসেজ পাঠাবেন না
opt_out||আমার নম্বর আপনাদের লিস্ট থেকে মুছে দিন
opt_out||Amake ar message pathaben na please
confirm|hn|বৃহস্পতিবারের অ্যাপয়েন্টমেন্ট কনফার্ম করছি
cancel_appointment|hn|কালকের অ্যাপয়েন্টমেন্টটা বাতিল করতে চাই
other|hn|রিমাইন্ডার পাঠানো বন্ধ করবেন না প্লিজ
# lang=tr
opt_out||Lütfen bana mesaj göndermeyi bırakın
opt_out||Numaramı listenizden çıkarın
opt_out|mkt|Kampanya mesajı istemiyorum, randevu hatırlatmaları gelsin
confirm|hn|Perşembe randevumu onaylıyorum
cancel_appointment|hn|Yarınki randevumu iptal etmem gerekiyor
pre_treatment|hn|İşlemden önce aspirini bırakmam gerekiyor mu?
# lang=th
opt_out||กรุณาหยุดส่งข้อความมาหาฉัน
opt_out||ยกเลิกการรับข้อความ
opt_out|mkt|ไม่ต้องส่งโปรโมชั่นมาแล้วค่ะ แต่ยังส่งแจ้งเตือนนัดได้
confirm|hn|ยืนยันนัดวันพฤหัสค่ะ
cancel_appointment|hn|ขอยกเลิกนัดพรุ่งนี้ค่ะ
pre_treatment|hn|ต้องหยุดกินแอสไพรินก่อนทำไหมคะ
# lang=el
opt_out||Παρακαλώ σταματήστε να μου στέλνετε μηνύματα
opt_out||Διαγράψτε τον αριθμό μου από τη λίστα σας
opt_out||Stop ta minimata parakalo
confirm|hn|Επιβεβαιώνω το ραντεβού της Πέμπτης
cancel_appointment|hn|Πρέπει να ακυρώσω το αυριανό ραντεβού
other|hn|Μη σταματήσετε τις υπενθυμίσεις, τις χρειάζομαι
# lang=ro
opt_out||Vă rog să nu-mi mai trimiteți mesaje
opt_out||Dezabonare
opt_out||Ștergeți-mi numărul din listă
confirm|hn|Confirm programarea de joi
cancel_appointment|hn|Trebuie să anulez programarea de mâine
pre_treatment|hn|Trebuie să opresc aspirina înainte de tratament?
# lang=he
opt_out||הסר
opt_out||נא להפסיק לשלוח לי הודעות
opt_out||תורידו אותי מהרשימה בבקשה
confirm|hn|מאשרת את התור ביום חמישי
cancel_appointment|hn|אני צריכה לבטל את התור של מחר
other|hn|בבקשה אל תפסיקו לשלוח תזכורות, אני תמיד שוכחת
`;
