/**
 * HOLDOUT H — evaluation only, written on 2026-12-07 by an engineer who did not write the detector, its lexicon or any earlier corpus, before the detector was run on any of these texts and without reading the lexicon, the classifier or any other corpus. Labels follow /work/shared/COMPLIANCE.md: a bare stop, quit, end, revoke, opt out, cancel or unsubscribe (any case, typos and obfuscations included) is an opt-out; so is any other wording a reasonable person would read as "stop texting me" — plain, polite, indirect, legal (withdraw/revoke consent, cease SMS, TCPA), angry, at the end of a message about something else, from a new owner of the number or a relative, and in any language; a request to stop only promotions while keeping appointment texts is an opt-out with flag mkt. Words like stop, cancel, end, quit, remove or unsubscribe used for something else are hard negatives: exclamations, stopping a medication or product, cancelling or moving an appointment, ending a membership, subscription, auto-ship, package, add-on or photo consent, unsubscribing from emails while keeping texts, asking to keep the reminders, asking why texts stopped or how someone else opts out, reported speech, app or website wording, "not opting out, just ...", complaints with no request to stop, and idioms (stop by, quit my job, stop the presses). Texts a reasonable person could read either way were left out. Never train on it, never tune rules against it, never edit it after seeing results.
 * Format: `intent|flags|text`; `# lang=xx` sets the language of the lines that follow. Opt-outs are `opt_out` (flag `mkt` = promotions only); hard negatives carry the flag `hn`.
 */
export const HOLDOUT_H_CORPUS = String.raw`
# lang=en
opt_out||STOP
opt_out||stop
opt_out||Stop.
opt_out||STOP!!!
opt_out||st0p
opt_out||S T O P
opt_out||Stopp
opt_out||Stopppp
opt_out||"STOP"
opt_out||Stop 🛑
opt_out||stop pls
opt_out||sotp
opt_out||Stop please and thank you
opt_out||STOP!!! 😡😡
opt_out||Unsubscribe
opt_out||unsubcribe
opt_out||unsubscibe me
opt_out||Unsub
opt_out||UNSUBSCRIBE ME NOW
opt_out||opt out
opt_out||optout
opt_out||Opt-out please
opt_out||opt me out
opt_out||QUIT
opt_out||End
opt_out||CANCEL
opt_out||cancel.
opt_out||revoke
opt_out||STOPALL
opt_out||stop texting me
opt_out||Please stop texting this number.
opt_out||pls stop sending me these
opt_out||No more texts please
opt_out||Remove me from your list
opt_out||take me off ur list
opt_out||Take my number off your texting list, thank you.
opt_out||Don't text me anymore
opt_out||dont text me
opt_out||Do not contact me again.
opt_out||I'd appreciate it if you no longer sent me text messages. Thanks!
opt_out||Hi! I moved out of state so I won't be coming back. Please take me off the text reminders. Thank you for everything 💕
opt_out||I withdraw my consent to receive text messages from your clinic.
opt_out||Pursuant to the TCPA, I revoke any and all consent to contact me at this number by text message or any automated means.
opt_out||This is formal notice: cease all SMS communications to this number immediately.
opt_out||I revoke my consent. Do not send any further messages to this phone.
opt_out||Please treat this message as my written revocation of consent to receive texts from Radiance Med Spa.
opt_out||Under the Telephone Consumer Protection Act I am revoking consent. Any further texts will be documented.
opt_out||STOP TEXTING ME. I've asked three times already.
opt_out||how many times do I have to say it, STOP MESSAGING ME
opt_out||wtf stop spamming me
opt_out||Leave me alone. No more messages.
opt_out||Quit messaging me
opt_out||drop me from your texts
opt_out||scratch my number from your system please
opt_out||Block this number from your list.
opt_out||Please no longer contact me at this number.
opt_out||Please delete my number from your contacts, I don't want any texts
opt_out||I don't want these texts anymore
opt_out||Not interested. Please stop.
opt_out||Do you take CareCredit? Also please stop sending me texts, I'll call when I need something.
opt_out||Thanks for the reminder but I go to a different med spa now, please remove me from your texts
opt_out||Is my gift card still good? Either way please unsubscribe me from the texts.
opt_out||Quick question, did my refund go through? And please stop texting me after this, I'll use email.
opt_out||This is not Jessica's number anymore. Please stop texting it.
opt_out||Wrong number. I'm not your patient, please remove this number.
opt_out||This was my mom's phone, she passed away in October. Please stop the messages.
opt_out||I got this number last month and keep getting your texts. Take it off your list.
opt_out||My daughter gave you my phone number by mistake, please don't text it anymore
opt_out||This is her husband. She asked me to tell you to stop texting this number.
opt_out||I never signed up for this. Stop.
opt_out||Who is this?? I never gave you my number. Stop texting me
opt_out||enough with the texts. remove me
opt_out||Done with these messages, take me off
opt_out||can u stop txting me plz
opt_out||I'm asking you to stop sending messages to this phone.
opt_out||Please unsubscribe this number. Thank you.
opt_out||End all messages
opt_out||Cancel all texts to this number
opt_out||I want to opt out of your text messaging program.
opt_out||unenroll me from sms
opt_out||no texts. ever. thanks
opt_out||Do not text.
opt_out||I no longer wish to receive messages from you.
opt_out||Kindly stop all communication via text.
opt_out||cease and desist texting me
opt_out||Please stop. I'm not going to book again.
opt_out||I'm opting out of all texts.
opt_out||Unsubscribe me from everything, texts included.
opt_out||no more messages from this clinic please
opt_out|mkt|Stop sending me promotions. Appointment reminders are fine.
opt_out|mkt|No more marketing texts please, but keep the appointment reminders coming
opt_out|mkt|Please stop the promo texts. I still want reminders for my appointments.
opt_out|mkt|unsubscribe me from the specials only, I still need my appt confirmations
opt_out|mkt|I only want texts about my appointments, no sales or deals please
opt_out|mkt|Can you stop the Botox special blasts? Reminders are ok.
opt_out|mkt|Quit sending me the deals, just keep my appointment reminders pls
opt_out|mkt|Opt me out of marketing messages, keep the reminders.
opt_out|mkt|no more promos thx. appt texts still ok
opt_out|mkt|stop the flash sale texts pls, you can still text me my appointment times
opt_out|mkt|Love you guys but the daily promos are too much. Remove me from promotional texts, reminders only please.
other|hn|Stop, these before and after pics are unreal 😂
thanks|hn|omg stop, you guys are too sweet!! thank you for the birthday coupon 🥹
thanks|hn|STOP it, my lips look SO good 😍😍 thank you Dr. Lee
other|hn|Stop the presses, you have Daxxify now?? 😱
pre_treatment|hn|Should I stop taking fish oil before my filler?
pre_treatment|hn|Do I need to stop retinol before the chemical peel? How many days before?
pre_treatment|hn|My doctor said to stop my blood thinner for 5 days before, is that enough?
pre_treatment|hn|I stopped Accutane in August, is that long enough to do laser?
pre_treatment|hn|I quit smoking two months ago, will that help my healing after microneedling?
pre_treatment|hn|Do I need to remove my gel polish before the procedure?
pre_treatment|hn|Should I remove my makeup before I come in or do you do it there?
pre_treatment|hn|Is there a way to stop the needle pain? Like a stronger numbing cream?
aftercare|hn|When can I stop icing the area?
aftercare|hn|When does the swelling stop? It's day 3
aftercare|hn|The bruising finally stopped, thanks for checking on me!
aftercare|hn|My lip is still swollen on one side, is that normal?
aftercare|hn|Can I work out the day after Botox?
aftercare|hn|I'll quit bugging you after this lol, last question: can I take ibuprofen after filler?
aftercare|hn|Do I pick up the aftercare kit at the front desk or is it mailed?
aftercare|hn|Can I stop using the healing ointment now that it's peeling?
cancel_appointment|hn|I need to cancel my appointment on Friday
cancel_appointment|hn|Cancel my 3pm tomorrow please, something came up with work
cancel_appointment|hn|cancel appt 12/14 sorry!!
cancel_appointment|hn|Please cancel the appointment for Thursday. I'll call to set up a new one.
cancel_appointment|hn|Please cancel my Friday slot but keep me on the waitlist for something sooner
cancel_appointment|hn|Your voicemail is full, I tried calling to cancel my appointment. Can someone call me back?
cancel_appointment|hn|I'm not opting out, just can't make it this week. I'll text when I'm back in town.
cancel_appointment|hn|Sick with the flu, gotta cancel tomorrow's facial. So sorry
reschedule|hn|Can I cancel my appointment and rebook for next month?
reschedule|hn|Can we move my appointment to the 18th?
reschedule|hn|Need to reschedule, can we do next week instead?
reschedule|hn|End of the month works better for my touch up, can you move it?
running_late|hn|Running 10 min late, please don't cancel me!
running_late|hn|stuck on the 405, be there by 2:20
running_late|hn|Will my appointment get cancelled if I'm 15 min late? Traffic is awful
confirm|hn|Confirmed, see you Tuesday
confirm|hn|Yes I'll be there!
confirm|hn|yes confirm
confirm|hn|Please don't cancel my appointment, I'll be there at 4!
confirm|hn|Cancel culture is wild lately but you guys never let me down 😂 see you Friday
book_new|hn|I'd like to book a HydraFacial for next week
book_new|hn|Do you have openings Saturday morning?
book_new|hn|Can you remove the tattoo on my ankle too or just the wrist one? Want to book both
book_new|hn|My husband keeps telling me to stop spending money there lol. Anyway can I book for January?
book_new|hn|I'm done with my laser series, what should I book for maintenance?
pricing|hn|How much is a syringe of Juvederm?
pricing|hn|Do you have any specials on Botox this month?
pricing|hn|The promo ends today right? Can I still get that price if I book tomorrow?
pricing|hn|Does the deal end Friday or Saturday?
pricing|hn|I quit Instagram so I missed the giveaway, is that deal still going?
directions_parking|hn|Where do I park?
directions_parking|hn|Is parking validated?
directions_parking|hn|Which entrance, the one by Starbucks?
hours|hn|What time do you close Saturday?
hours|hn|Are you open Christmas Eve?
hours|hn|Are you guys closed today? I stopped by and the door was locked
hours|hn|Your site says stop by anytime for a consult, does that include Sundays?
bring_guest|hn|Can I bring my friend? She wants a consult too
bring_guest|hn|Is it ok if I bring my baby? She's 4 months
complaint|hn|The front desk was really rude last time and I waited 40 min. Not happy.
complaint|hn|My filler came out uneven and nobody called me back like they promised
complaint|hn|Please stop charging my card for the membership, I cancelled it in November!
complaint|hn|I was charged twice for the package, I want one of the charges cancelled.
complaint|hn|Honestly your texts come at weird times, I got one at 6am. Just letting you know.
complaint|hn|Annoyed that you double booked me again. Still coming, but please fix it.
thanks|hn|Thank you so much!!
thanks|hn|Thanks for the reminder!
thanks|hn|Can't stop staring at my skin since the peel, it's glowing ✨ thank you!
thanks|hn|I can't stop laughing, the goodie bag was so cute. Thanks ladies
other|hn|I'd like to cancel my membership at the end of this month, but I'll still book appointments.
other|hn|How do I cancel my monthly membership? Still want to come in for facials
other|hn|Please stop my auto-ship of the skincare kit, I have plenty left
other|hn|Can you pause my subscription box for two months? Traveling
other|hn|I want to stop my laser package after this session, can I get the rest refunded?
other|hn|Please remove the lip flip add-on from my appointment
other|hn|Please cancel the extra facial I added to my cart online, keep the Botox appt.
other|hn|I'd like to withdraw my consent for you to use my before/after photos on Instagram.
other|hn|Please take my photos off your website.
other|hn|Unsubscribe me from the email newsletter please, texts are fine.
other|hn|I unsubscribed from your emails, but please keep texting me reminders
other|hn|Please don't stop the reminders, I'd forget my own head lol
other|hn|Didn't get a reminder this time, did the texts stop?
other|hn|Why did I stop getting your texts? I want them back
other|hn|How do I opt my mom out? She doesn't want texts but I do.
other|hn|My husband wants to stop getting texts from you but I still want mine. How does he do that?
other|hn|My sister says she replied STOP by accident, how does she get your texts again?
other|hn|My friend said she texted "stop" to you guys and now gets nothing, is that how it works?
other|hn|The app keeps saying "unsubscribe failed" when I change my email settings, can you help?
other|hn|Got a text with a link that says "unsubscribe here", is that from you or a scam?
other|hn|The reminder says reply STOP to opt out. Does that stop emails too? I just want fewer emails, texts are fine.
other|hn|I'll stop by after work to grab my sunscreen
other|hn|Can I stop by tomorrow to pay my balance?
other|hn|Just quit my job so I'm holding off on booking for a bit, I'll reach out when things settle.
other|hn|Not unsubscribing, just letting you know I changed my last name to Ortiz.
other|hn|Love the promos, keep them coming lol
other|hn|Please remove my old card from my account, I'll give you the new one at my visit.
other|hn|Can you remove my ex as my emergency contact?
other|hn|This is my new cell. Please keep sending reminders here instead of my old number.
other|hn|Do you still do laser hair removal or did you stop offering it?
other|hn|Is it true you're ending the membership program?
# lang=es
opt_out||ALTO
opt_out||alto
opt_out||Alto por favor
opt_out||BAJA
opt_out||Dar de baja
opt_out||desuscribirme
opt_out||PARAR
opt_out||Ya no me manden mensajes
opt_out||No me envíen más mensajes por favor
opt_out||Por favor dejen de mandarme mensajes
opt_out||Quiero cancelar la suscripción a sus mensajes de texto
opt_out||Eliminen mi número de su lista
opt_out||Sáquenme de su lista, gracias
opt_out||no kiero mas mensajes
opt_out||ya no quiero recibir textos, gracias
opt_out||Revoco mi consentimiento para recibir mensajes de texto de su clínica.
opt_out||Este número ya no es de María. Dejen de enviar mensajes.
opt_out||Número equivocado, no conozco a esa persona, no manden más
opt_out||STOP por favor ya
opt_out||Ya basta con los mensajes!!! 😠
opt_out||Me pueden quitar de los textos? Ya no vivo en la zona
opt_out||Una pregunta, ¿todavía tengo saldo en mi tarjeta de regalo? Y otra cosa, ya no me manden mensajes por favor
opt_out||No me contacten más por este medio.
opt_out||Es el teléfono de mi mamá, ella no quiere recibir mensajes, por favor bórrenlo de su lista
opt_out||Ya no me escriban a este número, por favor
opt_out||Bájenme de la lista de mensajes
opt_out|mkt|Ya no quiero promociones, solo los recordatorios de mis citas
opt_out|mkt|Por favor no me manden ofertas, pero sí los recordatorios de citas
opt_out|mkt|Quítenme de las promociones. Los mensajes de mis citas sí me sirven
cancel_appointment|hn|Tengo que cancelar mi cita del martes
cancel_appointment|hn|No me estoy dando de baja, solo no puedo ir esta semana
reschedule|hn|Quiero cambiar mi cita para la próxima semana
pre_treatment|hn|¿Debo dejar de tomar aspirina antes del relleno?
pre_treatment|hn|Dejé de fumar hace un mes, ¿eso ayuda?
pre_treatment|hn|¿Me tengo que quitar el esmalte de uñas?
aftercare|hn|¿Cuándo puedo dejar de usar la crema?
aftercare|hn|¿Cuándo se me quita la hinchazón?
aftercare|hn|¿Ya puedo dejar de ponerme hielo?
confirm|hn|Confirmo mi cita, gracias
confirm|hn|Sí, ahí estaré
running_late|hn|Voy 10 minutos tarde
running_late|hn|Ya voy, llego en 5, no me cancelen porfa
directions_parking|hn|¿Dónde me estaciono?
hours|hn|¿A qué hora cierran el sábado?
pricing|hn|¿Cuánto cuesta la depilación láser de axilas?
bring_guest|hn|¿Puedo llevar a mi hermana?
book_new|hn|Quiero agendar una cita para un facial
thanks|hn|Muchas gracias por todo!!
complaint|hn|La recepcionista fue muy grosera y esperé casi una hora
complaint|hn|Cancelen el cargo doble de mi tarjeta por favor
complaint|hn|Dejen de cobrarme la membresía, ya la cancelé
other|hn|Quiero cancelar mi membresía pero seguir con mis citas
other|hn|Por favor ya no me manden correos, los mensajes de texto sí
other|hn|No dejen de mandarme los recordatorios porfa, se me olvida todo
other|hn|¿Por qué ya no me llegan los recordatorios?
other|hn|Paso por la clínica mañana a recoger mi protector solar
other|hn|Mi mamá dice que mandó ALTO sin querer, ¿cómo vuelve a recibir los mensajes?
other|hn|Quiero dar de baja la renovación automática de mi paquete, las citas siguen igual
other|hn|Quiten la foto de mis labios de su Instagram por favor
# lang=vi
opt_out||Hủy đăng ký
opt_out||Ngừng gửi tin nhắn cho tôi
opt_out||dung gui tin nhan nua
opt_out||Xin đừng nhắn tin cho số này nữa
opt_out||Làm ơn xóa số điện thoại của tôi khỏi danh sách
opt_out|mkt|Đừng gửi quảng cáo nữa, chỉ nhắn lịch hẹn thôi
cancel_appointment|hn|Tôi muốn hủy lịch hẹn ngày mai
pre_treatment|hn|Tôi có cần ngưng uống thuốc trước khi tiêm filler không?
reschedule|hn|Cho tôi đổi lịch sang thứ Bảy
directions_parking|hn|Chỗ đậu xe ở đâu vậy?
running_late|hn|Tôi sẽ đến trễ 15 phút
other|hn|Tôi chỉ muốn hủy đăng ký nhận email thôi, tin nhắn vẫn giữ nhé
# lang=zh
opt_out||退订
opt_out||取消订阅
opt_out||停止发送
opt_out||请不要再给我发短信了
opt_out||別再傳簡訊給我了
opt_out|mkt|不要再发促销信息了，预约提醒可以保留
cancel_appointment|hn|我想取消明天的预约
pre_treatment|hn|打玻尿酸之前需要停用阿司匹林吗？
reschedule|hn|可以改到下周吗？
directions_parking|hn|停车场在哪里？
hours|hn|周六几点关门？
other|hn|请不要停止发提醒短信，我会忘记的
other|hn|我想取消会员，但预约照常
# lang=tl
opt_out||STOP na po
opt_out||Pakitigil na po ang pag-text sa akin
opt_out||Ayoko na po makatanggap ng text
opt_out||wag nyo na ko itext pls
opt_out||Paki-remove po ang number ko sa list nyo
opt_out|mkt|Wag na po kayo magpadala ng promo, pero yung reminder ng appointment ok lang
cancel_appointment|hn|Pwede po bang i-cancel ang appointment ko bukas?
cancel_appointment|hn|Hindi po ako mag-o-opt out, hindi lang po ako makakapunta ngayong linggo
pre_treatment|hn|Kailangan ko po bang itigil ang vitamins bago ang treatment?
running_late|hn|Male-late po ako ng 10 minutes
pricing|hn|Magkano po ang Botox?
bring_guest|hn|Pwede ko po bang isama ang kapatid ko?
# lang=ko
opt_out||수신거부
opt_out||문자 그만 보내주세요
opt_out||더 이상 연락하지 마세요
opt_out||문자 안 받고 싶어요. 제 번호 삭제해 주세요
opt_out|mkt|광고 문자는 보내지 마세요. 예약 알림은 받을게요
cancel_appointment|hn|내일 예약 취소하고 싶어요
pre_treatment|hn|시술 전에 아스피린 끊어야 하나요?
reschedule|hn|다음 주로 예약 변경 가능할까요?
directions_parking|hn|주차는 어디에 하나요?
thanks|hn|감사합니다!
other|hn|이메일 수신거부 했는데 문자 알림은 계속 받고 싶어요
# lang=ht
opt_out||Tanpri sispann voye mesaj ban mwen
opt_out||Pa voye tèks ban mwen ankò
opt_out||Retire nimewo mwen nan lis la
opt_out||STOP. Mwen pa vle mesaj ankò
opt_out|mkt|Pa voye pwomosyon ban mwen ankò, men kontinye voye rapèl randevou yo
cancel_appointment|hn|Mwen bezwen anile randevou mwen demen
pre_treatment|hn|Èske m dwe sispann pran aspirin anvan tretman an?
running_late|hn|M ap an reta 10 minit
thanks|hn|Mèsi anpil!
directions_parking|hn|Ki kote pou m pake machin nan?
other|hn|Pa sispann voye rapèl yo souple, m toujou bliye
# lang=ar
opt_out||توقف
opt_out||إلغاء الاشتراك
opt_out||أرجو إيقاف الرسائل
opt_out||لا ترسلوا لي رسائل بعد الآن
opt_out||الرجاء إزالة رقمي من القائمة
opt_out||wa2ef el rasayel law sama7t
opt_out|mkt|لا أريد العروض الترويجية، فقط تذكير المواعيد
cancel_appointment|hn|أريد إلغاء موعدي غداً
pre_treatment|hn|هل يجب أن أتوقف عن الأسبرين قبل الفيلر؟
thanks|hn|شكراً جزيلاً
directions_parking|hn|أين أركن السيارة؟
reschedule|hn|ممكن أغير الموعد للأسبوع الجاي؟
other|hn|أريد إلغاء الاشتراك في البريد الإلكتروني فقط، الرسائل النصية لا بأس بها
# lang=ru
opt_out||СТОП
opt_out||Отписаться
opt_out||Пожалуйста, не присылайте мне больше сообщений
opt_out||Удалите мой номер из рассылки
opt_out||Хватит мне писать!
opt_out|mkt|Не присылайте рекламу, напоминания о записи оставьте
cancel_appointment|hn|Хочу отменить запись на пятницу
pre_treatment|hn|Нужно ли прекратить приём витамина Е перед процедурой?
running_late|hn|Опаздываю минут на 10
thanks|hn|Спасибо большое!
reschedule|hn|Можно перенести на следующую неделю?
other|hn|Хочу отписаться от email-рассылки, а SMS-напоминания оставьте
# lang=pt
opt_out||PARE
opt_out||SAIR
opt_out||descadastrar
opt_out||Pare de me mandar mensagens
opt_out||Não quero mais receber mensagens
opt_out||Por favor, tirem meu número da lista
opt_out|mkt|Não quero mais promoções, só os lembretes das consultas
cancel_appointment|hn|Preciso cancelar meu horário de amanhã
pre_treatment|hn|Devo parar de tomar aspirina antes do preenchimento?
running_late|hn|Vou me atrasar uns 10 minutos
thanks|hn|Muito obrigada!
reschedule|hn|Posso remarcar para semana que vem?
other|hn|Quero cancelar o plano mensal, mas continuar com as consultas
other|hn|Não parem de mandar os lembretes, por favor!
# lang=fr
opt_out||Désinscrire
opt_out||Arrêtez de m'envoyer des SMS
opt_out||Je ne souhaite plus recevoir de messages de votre part
opt_out||Merci de supprimer mon numéro de votre liste
opt_out||Je retire mon consentement à recevoir des SMS de votre clinique.
opt_out|mkt|Plus de promos s'il vous plaît, mais gardez les rappels de rendez-vous
cancel_appointment|hn|Je dois annuler mon rendez-vous de jeudi
pre_treatment|hn|Dois-je arrêter l'aspirine avant l'injection ?
running_late|hn|J'aurai 10 minutes de retard
thanks|hn|Merci beaucoup !
directions_parking|hn|Où puis-je me garer ?
other|hn|Je voudrais résilier mon abonnement mensuel, mais je garde mes rendez-vous
other|hn|N'arrêtez pas les rappels SVP, j'oublie tout
# lang=hi
opt_out||कृपया मुझे मैसेज भेजना बंद करें
opt_out||mujhe aur message mat bhejo
opt_out||मेरा नंबर अपनी लिस्ट से हटा दीजिए
cancel_appointment|hn|मुझे कल की अपॉइंटमेंट कैंसल करनी है
pre_treatment|hn|kya treatment se pehle aspirin band karni hogi?
thanks|hn|धन्यवाद!
# lang=pa
opt_out||ਕਿਰਪਾ ਕਰਕੇ ਮੈਨੂੰ ਮੈਸੇਜ ਭੇਜਣੇ ਬੰਦ ਕਰੋ
opt_out||menu hor message na bhejo ji
opt_out||ਮੇਰਾ ਨੰਬਰ ਲਿਸਟ ਵਿੱਚੋਂ ਹਟਾ ਦਿਓ
cancel_appointment|hn|ਮੈਂ ਆਪਣੀ ਅਪੌਇੰਟਮੈਂਟ ਕੈਂਸਲ ਕਰਨੀ ਹੈ
running_late|hn|main 10 minute late ho jaangi
thanks|hn|ਧੰਨਵਾਦ ਜੀ
# lang=fa
opt_out||لطفاً دیگر برای من پیامک نفرستید
opt_out||لغو اشتراک
opt_out||lotfan dige payam nafrestin
cancel_appointment|hn|می‌خوام نوبتم رو کنسل کنم
pre_treatment|hn|قبل از تزریق باید آسپرین رو قطع کنم؟
thanks|hn|خیلی ممنون
# lang=pl
opt_out||Proszę przestać wysyłać mi SMS-y
opt_out||Wypisz mnie
opt_out||Nie chcę więcej wiadomości, usuńcie mój numer
cancel_appointment|hn|Muszę odwołać wizytę w piątek
pre_treatment|hn|Czy muszę odstawić aspirynę przed zabiegiem?
thanks|hn|Dziękuję bardzo!
# lang=ja
opt_out||配信停止
opt_out||もうメッセージを送らないでください
opt_out||私の番号をリストから削除してください
cancel_appointment|hn|明日の予約をキャンセルしたいです
pre_treatment|hn|施術の前にサプリを止めたほうがいいですか？
thanks|hn|ありがとうございます！
other|hn|メルマガは解除したいですが、予約のSMSはこのままでお願いします
# lang=de
opt_out||Abmelden
opt_out||Bitte keine SMS mehr schicken
opt_out||Ich widerrufe meine Einwilligung zum Empfang von SMS.
cancel_appointment|hn|Ich muss meinen Termin am Freitag absagen
pre_treatment|hn|Soll ich Aspirin vor der Behandlung absetzen?
thanks|hn|Vielen Dank!
other|hn|Bitte hören Sie nicht auf, mir die Terminerinnerungen zu schicken!
# lang=it
opt_out||Non mandatemi più messaggi per favore
opt_out||Cancellami dalla lista
opt_out||Basta messaggi, grazie
cancel_appointment|hn|Devo disdire l'appuntamento di domani
pre_treatment|hn|Devo smettere l'aspirina prima del filler?
thanks|hn|Grazie mille!
# lang=so
opt_out||Fadlan joojiya fariimaha aad ii soo dirtaan
opt_out||Ha ii soo dirina fariin dambe
opt_out||Lambarkayga ka saara liiskiina
cancel_appointment|hn|Ballanta berri waan baajinayaa
running_late|hn|Waan soo daahayaa 10 daqiiqo
thanks|hn|Mahadsanid
# lang=gu
opt_out||કૃપા કરીને મને મેસેજ મોકલવાનું બંધ કરો
opt_out||have mane message na moklo please
opt_out||મારો નંબર તમારી લિસ્ટમાંથી કાઢી નાખો
cancel_appointment|hn|મારે કાલની એપોઇન્ટમેન્ટ કેન્સલ કરવી છે
pre_treatment|hn|સારવાર પહેલાં એસ્પિરિન લેવાનું બંધ કરવું પડશે?
thanks|hn|આભાર!
# lang=ur
opt_out||براہ کرم مجھے میسج بھیجنا بند کریں
opt_out||mujhe mazeed messages na bhejein
opt_out||میرا نمبر اپنی لسٹ سے نکال دیں
cancel_appointment|hn|مجھے کل کی اپائنٹمنٹ کینسل کرنی ہے
running_late|hn|main 10 minute late hoon
thanks|hn|شکریہ
# lang=bn
opt_out||দয়া করে আমাকে আর মেসেজ পাঠাবেন না
opt_out||amake ar message pathaben na
opt_out||আমার নম্বরটা লিস্ট থেকে বাদ দিন
cancel_appointment|hn|আমি কালকের অ্যাপয়েন্টমেন্ট বাতিল করতে চাই
pre_treatment|hn|চিকিৎসার আগে কি অ্যাসপিরিন বন্ধ করতে হবে?
thanks|hn|ধন্যবাদ
# lang=tr
opt_out||Lütfen bana mesaj göndermeyi bırakın
opt_out||Abonelikten çıkmak istiyorum
opt_out||Numaramı listeden silin, artık mesaj istemiyorum
cancel_appointment|hn|Yarınki randevumu iptal etmem gerekiyor
pre_treatment|hn|İşlemden önce aspirini bırakmalı mıyım?
thanks|hn|Çok teşekkürler!
# lang=th
opt_out||กรุณาหยุดส่งข้อความมาหาฉัน
opt_out||ยกเลิกการรับข้อความ
opt_out|mkt|ไม่ต้องส่งโปรโมชั่นมาแล้วค่ะ แต่ยังส่งเตือนนัดได้นะคะ
cancel_appointment|hn|ขอยกเลิกนัดพรุ่งนี้ค่ะ
pre_treatment|hn|ต้องหยุดทานแอสไพรินก่อนทำไหมคะ
thanks|hn|ขอบคุณค่ะ
# lang=hmn
opt_out||Tsis txhob xa message tuaj rau kuv lawm
opt_out||Thov muab kuv tus xov tooj tshem tawm ntawm nej daim ntawv teev npe
opt_out||Kuv tsis xav tau cov message no lawm
running_late|hn|Kuv yuav tuaj lig li 10 feeb
pre_treatment|hn|Ua ntej kho, kuv puas yuav tsum tsis txhob noj tshuaj aspirin?
thanks|hn|Ua tsaug ntau ntau
# lang=ne
opt_out||कृपया मलाई म्यासेज पठाउन बन्द गर्नुहोस्
opt_out||malai aba message napathaunus
opt_out||मेरो नम्बर लिस्टबाट हटाउनुहोस्
cancel_appointment|hn|मलाई भोलिको अपोइन्टमेन्ट क्यान्सिल गर्नु छ
pre_treatment|hn|उपचार अघि एस्पिरिन खान बन्द गर्नुपर्छ?
thanks|hn|धन्यवाद
# lang=km
opt_out||សូមឈប់ផ្ញើសារមកខ្ញុំ
opt_out||កុំផ្ញើសារមកខ្ញុំទៀត
opt_out||សូមលុបលេខរបស់ខ្ញុំចេញពីបញ្ជី
cancel_appointment|hn|ខ្ញុំចង់លុបចោលការណាត់ជួបថ្ងៃស្អែក
running_late|hn|ខ្ញុំនឹងមកយឺត ១០ នាទី
thanks|hn|អរគុណច្រើន
# lang=lo
opt_out||ກະລຸນາຢຸດສົ່ງຂໍ້ຄວາມຫາຂ້ອຍ
opt_out||ບໍ່ຕ້ອງສົ່ງຂໍ້ຄວາມມາອີກ
opt_out||ລຶບເບີຂອງຂ້ອຍອອກຈາກລາຍຊື່
cancel_appointment|hn|ຂ້ອຍຢາກຍົກເລີກນັດມື້ອື່ນ
running_late|hn|ຂ້ອຍຈະມາຊ້າ 10 ນາທີ
thanks|hn|ຂອບໃຈຫຼາຍໆ
# lang=sw
opt_out||Tafadhali acha kunitumia ujumbe
opt_out||Sitaki kupokea ujumbe tena
opt_out||Ondoa namba yangu kwenye orodha yenu
cancel_appointment|hn|Nataka kughairi miadi yangu ya kesho
pre_treatment|hn|Je, niache kutumia aspirini kabla ya matibabu?
running_late|hn|Nitachelewa dakika 10
thanks|hn|Asante sana!
# lang=yo
opt_out||Ẹ jọ̀ọ́, ẹ dẹ́kun fífi àtẹ̀jíṣẹ́ ránṣẹ́ sí mi
opt_out||E jo, e ma fi message ranse si mi mo
opt_out||Ẹ yọ nọ́mbà mi kúrò nínú àkọsílẹ̀ yín
cancel_appointment|hn|Mo fẹ́ fagilé àdéhùn mi ti ọ̀la
running_late|hn|Màá pẹ́ díẹ̀, bíi ìṣẹ́jú mẹ́wàá
thanks|hn|Ẹ ṣé gan an
# lang=ig
opt_out||Biko kwụsị iziga m ozi
opt_out||Ezigakwala m ozi ọzọ
opt_out||Wepụ nọmba m na ndepụta unu
cancel_appointment|hn|Achọrọ m ịkagbu oge m nwere echi
running_late|hn|Aga m egbu oge nkeji iri
thanks|hn|Daalụ nke ukwuu
`;
