/**
 * HOLDOUT E — evaluation only, written on 2026-12-07 by an engineer who did not write the detector, its
 * lexicon or any earlier corpus, before the detector was run on any of these texts and without reading
 * the lexicon, the classifier or any other corpus. Labels follow /work/shared/COMPLIANCE.md (FCC 24-24
 * "reasonable person" standard: any reasonable means of revoking consent counts, in any language; the FCC
 * keywords, a bare CANCEL included, are always revocations; a request to stop only promotions keeps its
 * scope and is flagged `mkt`; cancelling an appointment, stopping a medication, quitting smoking, the end
 * of a promo, unsubscribing from email only, opting back in and complaints without a removal request are
 * not revocations). Texts a reasonable person could read either way were left out.
 * Never train on it, never tune rules against it, never edit it after seeing results.
 *
 * Format: `intent|flags|text`; `# lang=xx` sets the language of the lines that follow. Opt-outs are
 * `opt_out` (flag `mkt` = promotions only); hard negatives carry the flag `hn`.
 */
export const HOLDOUT_E_CORPUS = String.raw`
# lang=en
opt_out||Stop
opt_out||STOP
opt_out||STOP!!!
opt_out||stop pls
opt_out||Stopp
opt_out||stpo
opt_out||Sotp
opt_out||Srop
opt_out||Dtop
opt_out||S T O P
opt_out||S.T.O.P.
opt_out||st0p
opt_out||$TOP
opt_out||sTOp
opt_out||STOP STOP STOP
opt_out||Stop all
opt_out||STOPALL
opt_out||Unsubscribe
opt_out||unsubscibe
opt_out||Unsubscirbe
opt_out||unsub
opt_out||Cancel
opt_out||CANCEL
opt_out||Cancle
opt_out||End
opt_out||Quit
opt_out||Qiut
opt_out||Revoke
opt_out||Opt out
opt_out||optout
opt_out||opt me out
opt_out||Opt mw out pls
opt_out||Remove me
opt_out||Remoce me from ur list
opt_out||Take me off your list
opt_out||take me of ur list pls
opt_out||No more texts please, thank you
opt_out||No texts please
opt_out||Don't text me anymore.
opt_out||Do not text this number
opt_out||Stop texting me
opt_out||stop texing me pls
opt_out||plz stpo texting me
opt_out||stop textimg me
opt_out||stopppp texting me
opt_out||StOp TeXtInG mE
opt_out||s t o p texting me
opt_out||Pleas stop sendin me messeges
opt_out||Dont txt me no mor
opt_out||pls unsubcribe me from these
opt_out||Please opt me out of all messages
opt_out||I'd like to stop receiving texts from your office.
opt_out||Please take my number off your texting list, thank you!
opt_out||Kindly stop texting me, I'll call when I need an appointment.
opt_out||I no longer wish to receive text messages from you.
opt_out||Hi! Could you please stop the texts? I'll reach out myself when I'm ready to book.
opt_out||I appreciate you guys but please stop texting me
opt_out||Please don't text me, I prefer phone calls
opt_out||Can you just call me from now on? No more texts please.
opt_out||not interested. remove.
opt_out||Leave me alone
opt_out||Lose my number
opt_out||Please delete my phone number from your system
opt_out||I don't want these texts anymore
opt_out||I want out of this texting thing
opt_out||No more reminders pls
opt_out||Please stop the reminder texts, I have it in my calendar
opt_out||I don't need text reminders anymore, please stop sending them
opt_out||Enough with the texts. Stop.
opt_out||This is the 3rd time I've asked. STOP TEXTING ME.
opt_out||I've asked you to stop multiple times. Remove me now.
opt_out||How many times do I have to say it, stop texting me
opt_out||I told the front desk last week to take me off the text list and I'm still getting these. Please remove me.
opt_out||Still getting these after I replied STOP twice. Stop.
opt_out||Asked nicely twice already. Stop messaging this phone.
opt_out||Your reminders come at 6am every single time and it's ridiculous. I'm done, stop texting me.
opt_out||I had a terrible experience with the filler and the girl at the desk was rude. Don't ever text me again.
opt_out||I paid 400 dollars for a facial that did nothing. Remove my number.
opt_out||You guys text me more than my mom does lol. please stop
opt_out||ok this is getting annoying. unsubscribe
opt_out||Why do I get 4 texts a day from you?? Take me off.
opt_out||Stop the f***ing texts
opt_out||wtf stop messaging me
opt_out||I hereby revoke my consent to receive text messages from your business.
opt_out||I withdraw my consent to be contacted by SMS, effective immediately.
opt_out||Please treat this message as revocation of any prior consent to receive texts under the TCPA.
opt_out||Cease and desist all text messages to this number.
opt_out||This is a formal request to cease all SMS communications to this phone number.
opt_out||Effective immediately, do not contact me by text message.
opt_out||Pursuant to the TCPA and the FCC's rules I revoke consent to any automated texts or calls to this number. Do not message me again.
opt_out||I do not consent to receiving text messages. Please update your records.
opt_out||I revoke consent
opt_out||Any further texts after this message will be documented. Stop now.
opt_out||My attorney advised me to notify you that I revoke all consent to contact me at this number.
opt_out||Wrong number, please remove me
opt_out||This isn't Jessica, wrong number. Take me off your list.
opt_out||I'm not your patient and never have been. Please stop texting me.
opt_out||Who is this? I never signed up for this. Stop
opt_out||I don't know who Maria is. Please stop sending these to my phone.
opt_out||My mother passed away in October. Please stop texting this number.
opt_out||This was my husband's phone, he passed last month. Please remove it from your list.
opt_out||Please stop texting my dad, he has dementia and these confuse him.
opt_out||I'm her daughter, she's in hospice now. Please stop sending messages to this number.
opt_out||My wife asked me to tell you to stop texting her.
opt_out||This phone belongs to a 14 year old. Stop texting it.
opt_out||Grandma doesn't use this phone anymore, please take it off your list
opt_out||I got this number recently, I'm not the person you're looking for. Remove please
opt_out||I changed my number, please stop texting this one
opt_out||I moved to Texas so I won't be coming back. Please remove me from texts.
opt_out||Is my appointment still at 3? Also please stop texting me after this.
opt_out||Thanks for the reminder. After this visit please remove me from texts, I'd prefer email.
opt_out||Can you send my receipt by email? And stop texting me.
opt_out||I'll be there tomorrow. Please take me off the text list though.
opt_out||Got it. Also, no more text messages from now on please.
opt_out||What time do you close Saturday? Btw unsubscribe me from texts
opt_out||🛑🛑🛑
opt_out||STOP 🛑
opt_out||🚫📱 no more texts
opt_out||please stop texting 🙏🙏
opt_out||no more msgs 😡😡
opt_out||🛑 unsubscribe 🛑
opt_out||👋 bye, remove my number
opt_out|mkt|Stop sending me promotions
opt_out|mkt|Please stop the promo texts. Appointment reminders are fine.
opt_out|mkt|No more marketing texts please
opt_out|mkt|Unsubscribe me from the specials
opt_out|mkt|I only want appointment reminders, no more deals or sales
opt_out|mkt|Can you take me off the promotional list? Keep the reminders.
opt_out|mkt|no more botox specials pls 🙏
opt_out|mkt|Please stop texting me about sales and discounts
opt_out|mkt|Remove me from your newsletter texts
opt_out|mkt|I don't want the monthly offers by text anymore
opt_out|mkt|stop w the flash sale txts lol, reminders ok
opt_out|mkt|Opt me out of the advertising messages only
other|hn|stoppp this is gorgeous
other|hn|STOP my lips look amazing 😍
other|hn|Stop it, you guys are too sweet
other|hn|stop I'm literally obsessed with my results
other|hn|Omg stop 😭 thank you so much for fitting me in
other|hn|Stoppp that's such a good deal, I'm in
other|hn|Stop, I'm blushing 😊 thank you Dr. Lee
other|hn|no stop this is the best facial I've ever had
other|hn|STOP. Best brow lamination ever!!
other|hn|stoooop you're the best, see you Friday
other|hn|Stop, you remembered my birthday?! 🥹
other|hn|Don't stop, I love these skincare tips!
other|hn|Can I cancel my appointment for Friday?
other|hn|I need to cancel tomorrow, sick kid 😩
other|hn|cancel my 2pm please, will call to rebook
other|hn|Please cancel the filler, I'll just do Botox
other|hn|Cancel the dermaplaning add-on, just the facial please
other|hn|Can you stop the auto-ship on my skincare order?
other|hn|Please cancel my membership renewal, I'll pay per visit
other|hn|Cancel the lip flip but keep the consultation
other|hn|Stop charging my card for the monthly plan please, I paused it in October
other|hn|Need to cancel and reschedule, what do you have next week?
other|hn|I'm going to cancel the 10am and come Thursday instead
other|hn|Can I stop the laser package halfway and get credit for the rest?
other|hn|Cancelled my 4:30 on the app, did it go through?
other|hn|I quit smoking so can I get the peel now?
other|hn|End of the month works for me
other|hn|Does the promo end Friday?
other|hn|I finally quit vaping 🙌 ready for my skin consult
other|hn|My shift ends at 5, can I come at 5:30?
other|hn|Can we do the end of next week?
other|hn|At the end of the day I just want it to look natural lol
other|hn|I quit my gym so Tuesdays are free now
other|hn|When should I stop taking retinol before the peel?
other|hn|The bleeding won't stop after microneedling, is that normal?
other|hn|Should I stop taking fish oil before filler?
other|hn|How long do I have to stop working out after Botox?
other|hn|The swelling finally stopped 🙏
other|hn|I stopped using tretinoin 5 days ago, is that enough?
other|hn|It itches so bad, when will it stop?
other|hn|stop ibuprofen how many days before?
other|hn|The bruising stopped spreading, thanks for checking in
other|hn|Do I need to stop my accutane before laser?
other|hn|My doctor told me to stop the blood thinner for a week, is that ok for the appt?
other|hn|Please unsubscribe me from the emails, texts are fine
other|hn|I unsubscribed from your newsletter emails but keep texting me reminders
other|hn|Take me off the email list, I prefer text
other|hn|How do I unsubscribe from your emails? Texts are ok.
other|hn|Stop sending me paper mail, text is fine
other|hn|Can you stop the reminder calls? The texts are enough
other|hn|Please don't call, just text me
other|hn|If I reply STOP will I still get appointment reminders? I don't want to stop them
other|hn|My friend told me to text STOP to some other spa lol, not you guys, I love you
other|hn|I accidentally typed stop earlier, please keep sending reminders
other|hn|Please don't stop the reminders, I always forget
other|hn|don't remove me, I want the texts!
other|hn|No don't stop texting me, I need the reminders lol
other|hn|I don't want to unsubscribe, just change my time
other|hn|Not trying to opt out, just wanted to ask about parking
other|hn|Keep the texts coming!
other|hn|START
other|hn|Start
other|hn|UNSTOP
other|hn|unstop
other|hn|Yes
other|hn|START again please, I want reminders
other|hn|Please add me back to the texts
other|hn|I want to opt back in
other|hn|The reminder came at 6am, can you send them later in the day?
other|hn|Your last text had the wrong date on it
other|hn|This is the second reminder today lol, I'll be there
other|hn|Why did I get charged a no-show fee? I called to cancel
other|hn|Ugh I hate needles but see you tomorrow
other|hn|Honestly the front desk was rude last time
other|hn|Too many texts lol but ok see you Friday
other|hn|Don't text after 8pm please, I go to bed early
other|hn|Sorry, wrong thread, that was meant for my sister
other|hn|Oops wrong number, meant to text my husband 🙈
other|hn|You sent me Jennifer K's appointment time, I'm Jen M. Can you check mine?
other|hn|C
other|hn|Confirmed
other|hn|Confirm
other|hn|Yes I'll be there
other|hn|R
other|hn|Reschedule please
other|hn|Can I move it to 4?
other|hn|See you then!
other|hn|Running 10 min late sorry
other|hn|Remove me from the waitlist, I got an earlier spot
other|hn|Please take me off the waitlist for Saturday, Tuesday works
other|hn|Take me off the cancellation list, my current time is fine
other|hn|Remove the second area from my treatment plan
other|hn|Please remove my old card on file
other|hn|How long does it take to remove a tattoo?
other|hn|Can you remove the dark spot on my cheek?
other|hn|Laser hair removal price for underarms?
other|hn|I'll stop by after work to pick up my sunscreen
other|hn|Can I stop in to buy the vitamin C serum?
other|hn|Stopped by yesterday but you were closed
other|hn|Quick stop at the pharmacy, be there in 10
other|hn|I opted for the 20 unit package
other|hn|Do you do weekend appointments?
other|hn|Is the end result permanent?
other|hn|Stop sign on Main is blocking your lot entrance btw lol
other|hn|Can't stop looking at my skin, it's glowing ✨
other|hn|stop playing 😂 the before and after is insane
other|hn|No cancel needed, I'll be there at 2
other|hn|Don't cancel me, I'm just running late!
other|hn|Quit worrying about me lol I'm fine, the swelling is normal right?
other|hn|Will the numbness end soon?
other|hn|I will not be stopping my treatments, just need a cheaper option
other|hn|Please keep me on the text list, my email is full of junk
other|hn|Stopping by at noon to drop off my forms
other|hn|Can I end my package early and use the rest on facials?
other|hn|What does opt out of photo consent mean on the intake form?
other|hn|I want to cancel my Botox and do a HydraFacial instead
other|hn|Is it normal that my eyelid won't stop twitching after Botox?
other|hn|STOP IT 😂 that before and after is wild
other|hn|can you remove the 5pm and put me at 6
other|hn|I canceled my other spa membership so I'm all yours now lol
# lang=es
opt_out||Alto
opt_out||ALTO
opt_out||alto por favor
opt_out||Altoo
opt_out||alt0
opt_out||Basta
opt_out||Basta ya de mensajes
opt_out||Ya no me manden mensajes
opt_out||No me envíen más mensajes por favor
opt_out||Dejen de mandarme mensajes
opt_out||Deja de textearme
opt_out||Ya no quiero recibir textos
opt_out||Por favor quítenme de su lista
opt_out||Bórrenme de su lista
opt_out||Borren mi número por favor
opt_out||Cancelar
opt_out||Cancelar suscripción
opt_out||No mas mensajes
opt_out||no mas msjs plis
opt_out||Ya párenle con los mensajes
opt_out||Ya estuvo, no me manden nada
opt_out||Ya dejen de chingar con sus mensajes
opt_out||Dejen de mandarme mensajes, che
opt_out||Dejad de enviarme mensajes, por favor
opt_out||Dejen de escribirme, ya les dije
opt_out||Ya les dije mil veces que no me escriban. ALTO.
opt_out||Número equivocado, por favor no me escriban más
opt_out||Mi mamá falleció, por favor dejen de enviar mensajes a este número
opt_out||Este número ya no es de esa persona, bórrenlo de su lista
opt_out||Revoco mi consentimiento para recibir mensajes de texto
opt_out||Retiro mi autorización para recibir SMS, con efecto inmediato
opt_out||Stop texting me porfa, ya no voy a ir
opt_out||Please ya no me texteen
opt_out||Unsubscribe porfa
opt_out||kiero ke dejen de mandar mensajes
opt_out||ya no me mandes mensages xfa
opt_out|mkt|No quiero promociones, solo los recordatorios de citas
opt_out|mkt|Ya no me manden ofertas porfa
opt_out|mkt|Quítenme de las promos, las citas sí me avisan
other|hn|Ay no, para, quedé bellísima 😍 gracias
other|hn|Quiero cancelar mi cita del jueves
other|hn|Necesito cancelar la cita, ¿la puedo mover al lunes?
other|hn|Cancela el relleno, nada más el botox
other|hn|Cancelen el autoship de la crema porfa
other|hn|¿Cuándo dejo de usar el retinol antes del peeling?
other|hn|Dejé de fumar, ¿ya me pueden hacer el tratamiento?
other|hn|¿Paro la aspirina antes del relleno?
other|hn|El sangrado no para, ¿es normal?
other|hn|A fin de mes me queda bien
other|hn|Para el jueves a las 3 está bien
other|hn|¿Para cuándo tienen cita?
other|hn|Está muy alto el precio, ¿tienen descuento? jaja pero sí voy
other|hn|Por favor no dejen de mandarme recordatorios, siempre se me olvida
other|hn|Me desuscribí de los correos pero los textos sí los quiero
other|hn|Quiero volver a recibir los mensajes
other|hn|Confirmo, ahí estaré
other|hn|Sí
other|hn|Sí confirmo, gracias!!
other|hn|Quítenme de la lista de espera, ya encontré otra fecha
other|hn|Paso a las 4 a recoger la crema
other|hn|Lo siento, número equivocado, era para mi hermana
other|hn|Voy a llegar 10 minutos tarde, no me cancelen porfa
other|hn|Ya no me duele, se me quitó la hinchazón 🙏
other|hn|Can I cambiar mi cita para el viernes?
other|hn|Stop, me encantaron mis labios 😍😍
other|hn|No me borren de la lista, quiero seguir recibiendo los avisos
other|hn|Hasta el fin de semana puedo ir
# lang=vi
opt_out||Dừng lại
opt_out||Đừng nhắn tin cho tôi nữa
opt_out||Làm ơn xóa số của tôi khỏi danh sách
opt_out||Ngừng gửi tin nhắn
opt_out||Hủy đăng ký
opt_out||dung nhan tin cho toi nua
opt_out||Mẹ tôi đã mất, xin đừng nhắn tin đến số này nữa
opt_out|mkt|Đừng gửi tin khuyến mãi nữa, chỉ nhắc lịch hẹn thôi
other|hn|Tôi muốn hủy lịch hẹn ngày mai
other|hn|Khi nào tôi phải ngừng dùng retinol trước khi peel?
other|hn|Cuối tháng được không em?
other|hn|Xác nhận, hẹn gặp thứ Sáu
other|hn|Đừng ngừng nhắc lịch nhé, chị hay quên lắm
other|hn|Tôi bỏ thuốc lá rồi, làm peel được chưa?
other|hn|huy lich hen thu 5 giup em nha
# lang=zh
opt_out||停止
opt_out||不要再给我发短信了
opt_out||请把我的号码从名单中删除
opt_out||退订
opt_out||别再发了，烦死了
opt_out||我妈妈已经去世了，请不要再发短信到这个号码
opt_out|mkt|不要再发促销信息了，预约提醒可以
opt_out||請停止傳簡訊給我
opt_out||取消訂閱
opt_out||不要再傳訊息了，謝謝
opt_out||我撤回接收簡訊的同意
other|hn|我想取消明天的预约
other|hn|做果酸换肤前什么时候停用维A酸？
other|hn|月底可以吗？
other|hn|确认，周五见
other|hn|请不要停止提醒，我经常忘记
other|hn|我已经戒烟了，可以做换肤吗？
other|hn|我要取消星期四的預約
other|hn|流血一直停不下來，正常嗎？
other|hn|確認，謝謝
other|hn|請把我從候補名單移除，我已經約到時間了
# lang=tl
opt_out||Tigil na po
opt_out||Wag nyo na po akong i-text
opt_out||Pakitanggal po ang number ko sa listahan
opt_out||Stop na po please
opt_out||Ayoko na po ng text
opt_out||Wag na kayong mag-text sa akin, ilang beses ko na sinabi
opt_out|mkt|Ayaw ko na ng promo texts, pero ok lang ang reminders
other|hn|Pwede ko po bang i-cancel ang appointment ko bukas?
other|hn|Kailan ko po ititigil ang retinol bago ang peel?
other|hn|Grabe ang ganda, stop! 😍 salamat po
other|hn|Confirmed po, see you
other|hn|Wag nyo pong itigil ang reminders, makakalimutin ako
other|hn|Sa katapusan ng buwan pwede po?
other|hn|Tumigil na po yung pagdugo, salamat
# lang=ko
opt_out||그만
opt_out||문자 그만 보내세요
opt_out||수신거부
opt_out||더 이상 문자 보내지 마세요
opt_out||제 번호 삭제해 주세요
opt_out||어머니가 돌아가셨습니다. 이 번호로 문자 보내지 말아주세요
opt_out|mkt|광고 문자는 그만 보내주세요. 예약 알림은 괜찮아요
other|hn|내일 예약 취소하고 싶어요
other|hn|필러 전에 레티놀 언제 끊어야 하나요?
other|hn|확인했습니다. 금요일에 뵐게요
other|hn|월말 괜찮아요
other|hn|알림 계속 보내주세요, 자꾸 잊어버려요
other|hn|이메일 수신거부 했는데 문자는 계속 받고 싶어요
# lang=ht
opt_out||Sispann voye mesaj ban mwen
opt_out||Tanpri retire nimewo mwen
opt_out||Pa voye tèks ban mwen ankò
opt_out||Manman m mouri, tanpri sispann voye mesaj nan nimewo sa a
other|hn|Mwen vle anile randevou demen an
other|hn|Kilè pou m sispann mete retinol la?
other|hn|Mwen konfime, n ap wè vandredi
other|hn|Pa sispann voye rapèl yo tanpri, mwen toujou bliye
other|hn|Fen mwa a bon pou mwen
# lang=ar
opt_out||توقف
opt_out||الرجاء التوقف عن إرسال الرسائل
opt_out||لا ترسلوا لي رسائل بعد الآن
opt_out||احذفوا رقمي من القائمة
opt_out||إلغاء الاشتراك
opt_out|mkt|لا أريد العروض الترويجية، فقط تذكير المواعيد
other|hn|أريد إلغاء موعدي غدًا
other|hn|متى أتوقف عن استخدام الريتينول قبل التقشير؟
other|hn|تم التأكيد، أراكم الخميس
other|hn|من فضلكم لا توقفوا التذكيرات
other|hn|نهاية الشهر مناسبة لي
# lang=ru
opt_out||Стоп
opt_out||Хватит мне писать
opt_out||Прекратите присылать сообщения
opt_out||Удалите мой номер из рассылки
opt_out||Отписаться
opt_out||Больше не пишите на этот номер
opt_out|mkt|Не присылайте рекламу, напоминания о записи можно
other|hn|Хочу отменить запись на завтра
other|hn|Когда прекратить ретинол перед пилингом?
other|hn|Подтверждаю, до пятницы
other|hn|Не прекращайте напоминания, пожалуйста, я всё забываю
other|hn|Конец месяца подойдёт
other|hn|Кровь не останавливается после процедуры, это нормально?
other|hn|Я бросила курить, теперь можно пилинг?
# lang=uk
opt_out||Стоп, досить
opt_out||Припиніть надсилати мені повідомлення
opt_out||Видаліть мій номер, будь ласка
opt_out||Більше не пишіть мені
other|hn|Хочу скасувати запис на четвер
other|hn|Коли припинити ретинол перед процедурою?
other|hn|Підтверджую, до зустрічі
other|hn|Будь ласка, не припиняйте нагадування
# lang=pt
opt_out||Pare
opt_out||PARAR
opt_out||Sair
opt_out||Para de me mandar mensagem
opt_out||Não quero mais receber mensagens
opt_out||Me tira dessa lista por favor
opt_out||Chega de mensagem, já pedi pra parar
opt_out|mkt|Não quero promoções, só os lembretes
other|hn|Quero cancelar meu horário de amanhã
other|hn|Quando devo parar o retinol antes do peeling?
other|hn|Para quinta às 3 tá ótimo
other|hn|Confirmado, até sexta!
other|hn|Não parem de mandar lembretes, eu sempre esqueço
other|hn|Final do mês pode ser?
other|hn|Parei de fumar, já posso fazer o peeling?
# lang=fr
opt_out||Arrêt
opt_out||Stop svp
opt_out||Arrêtez de m'envoyer des messages
opt_out||Je ne veux plus recevoir de SMS
opt_out||Désabonnement
opt_out||Merci de supprimer mon numéro
opt_out|mkt|Plus de promos svp, les rappels ça va
other|hn|Je voudrais annuler mon rendez-vous de demain
other|hn|Quand arrêter le rétinol avant le peeling ?
other|hn|Fin du mois, ça me va
other|hn|Confirmé, à vendredi
other|hn|N'arrêtez pas les rappels svp, j'oublie toujours
other|hn|J'ai arrêté de fumer, je peux faire le peeling maintenant ?
# lang=hi
opt_out||मुझे मैसेज भेजना बंद करें
opt_out||कृपया मेरा नंबर हटा दें
opt_out||अब और मैसेज मत भेजो
opt_out||mujhe msg mat bhejo
opt_out||please mera number hata do list se
opt_out||band karo ye messages
opt_out||ab aur sms nahi chahiye
other|hn|मुझे कल का अपॉइंटमेंट कैंसिल करना है
other|hn|पील से पहले रेटिनॉल कब बंद करूं?
other|hn|कन्फर्म, शुक्रवार को मिलते हैं
other|hn|kal ka appointment cancel karna hai
other|hn|retinol kab band karna hai peel se pehle?
other|hn|reminders band mat karna please, main bhool jaati hoon
# lang=pa
opt_out||ਮੈਨੂੰ ਮੈਸੇਜ ਭੇਜਣਾ ਬੰਦ ਕਰੋ
opt_out||ਕਿਰਪਾ ਕਰਕੇ ਮੇਰਾ ਨੰਬਰ ਹਟਾ ਦਿਓ
opt_out||ਹੋਰ ਮੈਸੇਜ ਨਾ ਭੇਜੋ
opt_out||mainu msg na bhejo hun
other|hn|ਮੈਂ ਕੱਲ੍ਹ ਦੀ ਅਪਾਇੰਟਮੈਂਟ ਰੱਦ ਕਰਨੀ ਹੈ
other|hn|ਪੁਸ਼ਟੀ ਕਰਦੀ ਹਾਂ, ਸ਼ੁੱਕਰਵਾਰ ਨੂੰ ਮਿਲਦੇ ਹਾਂ
other|hn|ਰੀਮਾਈਂਡਰ ਬੰਦ ਨਾ ਕਰਿਓ
other|hn|appointment cancel karni hai kal wali
# lang=fa
opt_out||لطفا دیگر پیامک نفرستید
opt_out||شماره من را از لیست حذف کنید
opt_out||لغو اشتراک
opt_out||دیگه پیام ندید
other|hn|می‌خواهم نوبت فردا را لغو کنم
other|hn|قبل از لایه‌برداری کی رتینول را قطع کنم؟
other|hn|تایید می‌کنم، جمعه می‌بینمتون
other|hn|لطفا یادآوری‌ها را قطع نکنید
# lang=pl
opt_out||Stop, proszę
opt_out||Proszę przestać wysyłać mi SMS-y
opt_out||Usuńcie mój numer z listy
opt_out||Nie piszcie do mnie więcej
opt_out||Wypisz mnie
other|hn|Chcę odwołać wizytę na jutro
other|hn|Kiedy odstawić retinol przed peelingiem?
other|hn|Potwierdzam, do piątku
other|hn|Proszę nie przestawać wysyłać przypomnień
other|hn|Koniec miesiąca mi pasuje
# lang=am
opt_out||እባክዎ መልዕክት መላክ ያቁሙ
opt_out||ቁጥሬን ከዝርዝሩ ያስወግዱ
opt_out||ከእንግዲህ መልዕክት አትላኩልኝ
other|hn|የነገ ቀጠሮዬን መሰረዝ እፈልጋለሁ
other|hn|አረጋግጣለሁ፣ አርብ እንገናኝ
other|hn|እባክዎ ማስታወሻዎቹን አያቁሙ
# lang=so
opt_out||Jooji
opt_out||Fadlan jooji fariimaha
opt_out||Iga saar liiska
opt_out||Ha ii soo dirin fariin dambe
other|hn|Waxaan rabaa inaan baajiyo ballanta berri
other|hn|Waan xaqiijiyay, Jimcaha ayaan imanayaa
other|hn|Fadlan ha joojin xasuusinta, waan ilaawaa
# lang=ja
opt_out||配信停止
opt_out||ストップ
opt_out||もうメッセージを送らないでください
opt_out||私の番号をリストから削除してください
opt_out|mkt|キャンペーンのSMSは停止してください。予約のお知らせは大丈夫です
other|hn|明日の予約をキャンセルしたいです
other|hn|ピーリングの前にレチノールはいつやめればいいですか？
other|hn|確認しました。金曜日に伺います
other|hn|リマインダーは止めないでください、忘れっぽいので
other|hn|月末で大丈夫です
# lang=de
opt_out||Stopp bitte
opt_out||Bitte keine SMS mehr
opt_out||Hören Sie auf, mir Nachrichten zu schicken
opt_out||Abmelden
opt_out||Bitte löschen Sie meine Nummer
opt_out|mkt|Keine Werbung mehr bitte, Terminerinnerungen sind ok
other|hn|Ich möchte meinen Termin morgen absagen
other|hn|Wann soll ich Retinol vor dem Peeling absetzen?
other|hn|Bestätigt, bis Freitag
other|hn|Ende des Monats passt
other|hn|Bitte hören Sie nicht auf mit den Erinnerungen
# lang=it
opt_out||Basta messaggi
opt_out||Smettete di scrivermi
opt_out||Cancellate il mio numero per favore
opt_out||Non voglio più ricevere SMS
opt_out|mkt|Niente più promozioni, i promemoria vanno bene
other|hn|Vorrei cancellare l'appuntamento di domani
other|hn|Quando devo smettere il retinolo prima del peeling?
other|hn|Confermo, a venerdì
other|hn|Fine mese va bene
other|hn|Non smettete di mandarmi i promemoria per favore
# lang=hmn
opt_out||Tsum
opt_out||Thov tsis txhob xa ntawv tuaj rau kuv lawm
opt_out||Muab kuv tus xov tooj tshem tawm
other|hn|Kuv xav cancel kuv qhov appointment tag kis
other|hn|Kuv yuav tuaj hnub Friday
other|hn|Thov tsis txhob tsum cov reminder
# lang=gu
opt_out||કૃપા કરીને મને મેસેજ મોકલવાનું બંધ કરો
opt_out||મારો નંબર લિસ્ટમાંથી કાઢી નાખો
opt_out||હવે મેસેજ ન મોકલશો
other|hn|મારે કાલની એપોઇન્ટમેન્ટ કેન્સલ કરવી છે
other|hn|કન્ફર્મ, શુક્રવારે મળીએ
other|hn|રીમાઇન્ડર બંધ ન કરશો, હું ભૂલી જાઉં છું
# lang=ur
opt_out||براہ کرم مجھے میسج بھیجنا بند کریں
opt_out||میرا نمبر لسٹ سے ہٹا دیں
opt_out||مزید میسج نہ بھیجیں
other|hn|مجھے کل کی اپائنٹمنٹ کینسل کرنی ہے
other|hn|تصدیق کرتی ہوں، جمعہ کو ملتے ہیں
other|hn|براہ کرم یاد دہانیاں بند نہ کریں
# lang=bn
opt_out||দয়া করে আমাকে মেসেজ পাঠানো বন্ধ করুন
opt_out||আমার নম্বর তালিকা থেকে মুছে দিন
opt_out||আর মেসেজ পাঠাবেন না
other|hn|আমি কালকের অ্যাপয়েন্টমেন্ট বাতিল করতে চাই
other|hn|নিশ্চিত করছি, শুক্রবার দেখা হবে
other|hn|রিমাইন্ডার বন্ধ করবেন না প্লিজ
`;
