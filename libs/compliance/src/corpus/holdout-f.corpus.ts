/**
 * HOLDOUT F — evaluation only, written on 2026-12-07 by an engineer who did not write the detector,
 * its lexicon or any earlier corpus, before the detector was run on any of these texts and without
 * reading the lexicon, the classifier or any other corpus. Labels follow /work/shared/COMPLIANCE.md:
 * a whole-message keyword (stop, quit, end, revoke, opt out, cancel, unsubscribe, STOPALL, and the
 * local equivalents such as ALTO, BAJA, SAIR, 退订/TD, 수신거부, 配信停止, İPTAL, لغو, ยกเลิก) and
 * any wording a reasonable person would read as "stop texting me" (plain, polite, indirect, legal
 * revocations under the TCPA, angry demands, a request inside a longer message, misspellings and
 * obfuscations, other languages) is `opt_out`; a bare CANCEL is an opt-out; a third party speaking
 * for the number (new owner, wrong number, deceased relative) is an opt-out of everything; a request
 * to stop only promotions/marketing while keeping appointment texts is `opt_out` with `mkt`.
 * Hard negatives are texts that use the same words for something else: cancelling or rescheduling an
 * appointment, stopping a medication or product, ending a membership or auto-ship, unsubscribing from
 * email only, asking not to stop reminders, removing something other than the number, "stop" as
 * delight, stop signs, bus stops and stopping by, and START/UNSTOP/HELP. Texts a reasonable person
 * could read either way were left out. Never train on it, never tune rules against it, never edit it
 * after seeing results.
 * Format: `intent|flags|text`; `# lang=xx` sets the language of the lines that follow. Opt-outs are
 * `opt_out` (flag `mkt` = promotions only); hard negatives carry the flag `hn`.
 */
export const HOLDOUT_F_CORPUS = String.raw`
# lang=en
opt_out||STOP
opt_out||stop
opt_out||Stop.
opt_out||STOPP
opt_out||S T O P
opt_out||st0p
opt_out||Stop!!!
opt_out||stop 🛑
opt_out||STOP 🙄
opt_out||stop!
opt_out||Stop pls
opt_out||Stop stop stop
opt_out||s.t.o.p
opt_out||$T0P
opt_out||5t0p
opt_out||sotp
opt_out||stpo
opt_out||STPO
opt_out||Stoo
opt_out||Dtop
opt_out||STIP
opt_out||Stahp
opt_out||stopp texting
opt_out||stooop texting me
opt_out||UNSUBSCRIBE
opt_out||unsubscribe.
opt_out||unsubcribe
opt_out||unsubscibe
opt_out||Unsuscribe
opt_out||UN5UB5CR1BE
opt_out||UNSUB
opt_out||Unsubscribe!!!!!
opt_out||pls unsubscribe me
opt_out||CANCEL
opt_out||cancel
opt_out||END
opt_out||end.
opt_out||QUIT
opt_out||quit
opt_out||REVOKE
opt_out||OPT OUT
opt_out||optout
opt_out||opt-out
opt_out||Opt out please
opt_out||STOPALL
opt_out||Remove
opt_out||remove me
opt_out||Remove from list
opt_out||Take me off your list
opt_out||Take me off. Thanks
opt_out||Stop texting me
opt_out||pls stop texting this number
opt_out||stop contacting me
opt_out||stop it with the texts
opt_out||no more texts
opt_out||No texts please
opt_out||No more messages please
opt_out||Do not text
opt_out||DO NOT CONTACT
opt_out||Please stop sending me messages
opt_out||Stop sending me these
opt_out||Cancel texts
opt_out||cancel all messages
opt_out||End texts
opt_out||quit texting
opt_out||Please quit sending these
opt_out||I don't want these texts anymore
opt_out||Dont text me again
opt_out||Don't message me again please
opt_out||Lose my number
opt_out||Delete my number from your system
opt_out||Block this number from your system
opt_out||please remove my number from your texting list thank you
opt_out||I'm opting out
opt_out||Opting out.
opt_out||Unenroll me from texts
opt_out||Please stop. I'm not interested.
opt_out||not interested, remove me
opt_out||I'd rather not get texts from you, thanks
opt_out||Please don't contact me this way
opt_out||Hi, I would prefer not to receive text messages going forward. Thank you!
opt_out||Kindly stop messaging me. Have a great day
opt_out||I no longer wish to receive SMS from this clinic.
opt_out||Can you please take me off the text list? I moved out of state.
opt_out||Ok I think that's enough texts for me. Please remove my number.
opt_out||Hi there! I'm going to unsubscribe from the text messages, nothing personal 😊
opt_out||I'd like to opt out of all text communication please.
opt_out||I revoke my consent to receive text messages from you.
opt_out||I hereby revoke any and all consent to contact me by text message, effective immediately.
opt_out||Under the TCPA I am revoking consent to receive automated texts at this number. Cease all SMS communications.
opt_out||This is a formal cease and desist. Do not send any further text messages to this number.
opt_out||Please consider this written notice that I withdraw my consent to be contacted by SMS. Any further messages will be documented.
opt_out||Effective immediately, do not text me.
opt_out||I withdraw consent for all text communications from your office.
opt_out||Per the FCC rules I am revoking consent. Stop.
opt_out||Cease and desist all texting to this number
opt_out||I've asked 3 times already. STOP TEXTING ME
opt_out||This is the fourth time I'm asking you to remove me. Next one goes to my lawyer.
opt_out||I told you people last week to stop. Why am I still getting these??
opt_out||Your prices went up again and the front desk was rude to me on Saturday. I'm done. Take me off your list.
opt_out||wtf it's 7am on a sunday. stop messaging me
opt_out||I haven't been there in 2 years, quit texting me
opt_out||Honestly the results were terrible and nobody called me back. Don't text me anymore.
opt_out||STOP STOP STOP how many times
opt_out||enough with the texts already!! remove me
opt_out||I never signed up for this. Remove my number now
opt_out||Who is this? I never gave you my number. Stop.
opt_out||spam. stop
opt_out||Seriously, 5 texts this week? Unsubscribe me from everything.
opt_out||I'll be there Thursday. Also please stop texting me, I prefer phone calls.
opt_out||Got my refund, thanks. Now please remove me from your texts.
opt_out||My botox is wearing off already which is annoying but whatever. Anyway please stop sending me messages.
opt_out||Hi yes I paid the balance online. Also I don't want any more text messages from you, please delete my number.
opt_out||I'm switching to a clinic closer to home so please take me off all your lists, texts included. Thanks for everything!
opt_out||This is not Maria's phone anymore. Remove it please.
opt_out||Wrong number. Please stop texting this number.
opt_out||Wrong number, I'm not Jessica. Please remove this number from your list
opt_out||I got this number recently, whoever Dana is she doesn't have it anymore. Stop sending texts here.
opt_out||My mother passed away in March. Please stop sending messages to this number.
opt_out||This was my wife's phone. She passed last month. Please remove the number.
opt_out||I am the new owner of this number, please take it off your reminder list
opt_out|mkt|Please stop sending me promotions. Appointment reminders are fine.
opt_out|mkt|No more promo texts please, but keep the reminders coming
opt_out|mkt|Stop the marketing texts. I only want appointment confirmations.
opt_out|mkt|Can you take me off the specials list? Still want my reminders
opt_out|mkt|I don't need the deals and flash sales, just text me about my appointments
opt_out|mkt|unsubscribe from promos only pls
opt_out|mkt|STOP promotions
opt_out|mkt|No more marketing messages. Reminders ok.
opt_out|mkt|Please remove me from your sales blasts but I want to keep getting appointment texts
opt_out|mkt|Love you guys but the daily deals are too much. Just reminders from now on please 🙏
opt_out|mkt|Opt me out of the newsletter texts, not the appointment ones
opt_out|mkt|I'd like to stop receiving promotional texts. Please keep sending my appointment reminders.
opt_out|mkt|no more botox specials texts please, only my appt reminders
thanks|hn|Stop it, I love my lips!!
thanks|hn|STOP 😍 my lips look amazing
thanks|hn|stoppp I look 10 years younger omg
thanks|hn|STOPPPP 😭😭 the filler is perfect, thank you Dr. Lee
thanks|hn|Stop, you're making me blush 🥰 thank you!
thanks|hn|omg stop, the before and after pics are insane
thanks|hn|Stop it you guys are the best 😂❤️
thanks|hn|STOP. My skin has never looked this good. Thank you!!
thanks|hn|stoooop this is the nicest birthday text ever 🥹
other|hn|Ok stop, a free B12 shot on my birthday?? Love you guys
book_new|hn|Can't stop thinking about the results my sister got, can I book the same thing?
pre_treatment|hn|Do I need to stop my retinol before the peel?
pre_treatment|hn|When should I stop taking fish oil before filler?
pre_treatment|hn|My doctor said to stop ibuprofen a week before, is that right for Botox too?
pre_treatment|hn|I stopped tretinoin on Monday, is that enough time before Friday's laser?
pre_treatment|hn|Should I stop drinking alcohol the day before my lip filler?
pre_treatment|hn|Should I stop my Ozempic before filler?
pre_treatment|hn|My cardiologist said I can't stop my blood thinner, can I still get filler?
pre_treatment|hn|I quit smoking 2 weeks ago, does that help with healing after the facelift?
pre_treatment|hn|Do I need to stop shaving the area before laser hair removal or should I shave?
aftercare|hn|How long after microneedling do I stop using the ointment?
aftercare|hn|The bleeding stopped but it's still a little swollen, is that normal?
aftercare|hn|When can I stop sleeping on my back after the thread lift?
aftercare|hn|Swelling hasn't stopped after 4 days. Should I come in?
aftercare|hn|The redness should stop after a day right?
aftercare|hn|Can I stop icing it now?
aftercare|hn|When can I stop wearing the compression garment?
aftercare|hn|My lips are still tender, when will it stop?
cancel_appointment|hn|I need to cancel my appointment on Friday
cancel_appointment|hn|Cancel my 3pm tomorrow please, I have covid
cancel_appointment|hn|Hi, please cancel my hydrafacial on the 12th. I'll call to rebook.
cancel_appointment|hn|I have to cancel Saturday's appt, sorry for the short notice. Is there a fee?
cancel_appointment|hn|cancel appointment
cancel_appointment|hn|Cancel my appt
cancel_appointment|hn|Can I cancle my appt tmrw? kid is sick
reschedule|hn|Can I move my appointment to next week?
reschedule|hn|Need to reschedule Tuesday, something came up at work
reschedule|hn|Can we push my laser session to 4:30 instead?
reschedule|hn|Cancel Thursday and rebook me for Monday please
reschedule|hn|The end of the month works better for me, anything on the 28th?
reschedule|hn|I'm not unsubscribing, I just need to change the time of my appt
reschedule|hn|R
confirm|hn|C
confirm|hn|Confirmed, see you then!
confirm|hn|Yes I'll be there
confirm|hn|yep 👍
running_late|hn|Running 10 min late, stuck at a stop light on Main
running_late|hn|Bus stopped working lol, will be 15 min late
running_late|hn|Sorry I'm going to be late, traffic stopped dead on the 405
running_late|hn|On my way, at the bus stop now
running_late|hn|Missed my bus stop 🤦‍♀️ be there in 10
running_late|hn|Yes still coming. Please don't cancel my spot, I'm a few min behind
other|hn|I want to cancel my membership at the end of this month. Please keep my appointment on the 20th though.
other|hn|Please stop my auto-ship of the skincare. I still have 2 bottles.
other|hn|How do I pause my monthly membership? I'm traveling for 2 months.
other|hn|Can you stop the auto-renew on my laser package?
other|hn|Can you stop my package from auto-charging next month? I'll pay when I come in
other|hn|Please cancel the dermaplaning add-on for tomorrow, just the facial
other|hn|End my Glow Club subscription please, the texts are fine
other|hn|Please end my membership after this month's credit is used. Everything else stays the same.
other|hn|Please unsubscribe me from your email newsletter. Texts are fine.
other|hn|Can you take me off the email list? Too many emails. Keep texting me reminders though
other|hn|Stop emailing me the newsletter pls, texting is the best way to reach me
other|hn|Unsubscribe me from the emails only please, I like the text reminders
other|hn|Please don't stop texting me reminders, I'd forget otherwise 😂
other|hn|Don't stop the reminders! I missed my last appointment when I didn't get one
other|hn|Never stop sending me these reminders lol
other|hn|Please remove me from the waitlist for Saturday, I found another time
other|hn|Please take Olivia off the waitlist, she booked elsewhere
other|hn|Can you remove the card on file? I'll pay cash.
other|hn|Can you take my photo off your Instagram?
other|hn|Please remove my old address from my profile
other|hn|Remove my ex husband from my account please. Keep me on the reminders.
other|hn|Not opting out, just wanted to say I can't make the promo event
other|hn|My friend wants to stop getting your texts on her phone, how does she do that? I still want mine.
other|hn|My phone number is changing next week, please update it to the new one
other|hn|I got a new phone, same number, still want the reminders
other|hn|Opt me back in please
other|hn|I want to resubscribe to the texts, I accidentally hit stop last month
other|hn|START
other|hn|UNSTOP
other|hn|HELP
other|hn|Is the end of my series the 6th session?
other|hn|The stop light in front of your building has been out for a week btw, be careful
other|hn|Can you text my sister's number too? She wants reminders for her appt
other|hn|Your website keeps saying unsubscribe successful when I try to update my email. I just want to update my email address!
hours|hn|Can I stop by after work to pick up my sunscreen? What time do you close?
hours|hn|Are you open Sunday? I want to stop in for a quick lip touch-up
hours|hn|What time do you stop taking walk-ins?
hours|hn|When do you stop answering the phone? I get off at 6
directions_parking|hn|Is there parking near the front or should I park by the bus stop?
directions_parking|hn|Which turn do I take after the stop light on Elm?
directions_parking|hn|Is it the building next to the bus stop on 3rd ave?
directions_parking|hn|Is the entrance before or after the stop sign?
book_new|hn|I'll stop by Thursday to book a consult
book_new|hn|Can I book a consult for lip filler next week?
book_new|hn|Do you have any openings Saturday morning for a facial?
book_new|hn|Quit my job so my schedule is wide open now, any openings this week?
book_new|hn|Cancelled my gym membership so I can afford the laser package haha. When can I start?
pricing|hn|How much is the Botox special? Does it end Friday?
pricing|hn|When does the filler promo end?
pricing|hn|Is the 20% off still good or did it end?
pricing|hn|Is the promo ending tonight or tomorrow?
pricing|hn|How much for 40 units?
pricing|hn|My HSA card stopped working at checkout, can I pay with a different card?
bring_guest|hn|Can I bring my daughter with me? She'll just sit in the waiting room
bring_guest|hn|Is it ok if my husband comes in with me to the consult?
complaint|hn|I waited 40 minutes last time and nobody apologized. Not happy.
complaint|hn|You charged my card twice for the same treatment. Please fix this.
complaint|hn|The reminder said 2pm but the front desk said 1pm. Which is it?? This is frustrating
complaint|hn|Bruising is worse than you said it would be and I'm pretty upset about it
complaint|hn|your texts come at 6am sometimes, can you send them later in the day?
complaint|hn|Why did I stop getting reminders? I missed my appointment because of it
complaint|hn|Your parking lot is a nightmare, I had to park at the bus stop again
complaint|hn|I keep getting emails even though I unsubscribed from email. Texts are fine, I just don't want email.
thanks|hn|Thank you so much!
thanks|hn|Thanks for the reminder!!
thanks|hn|STOPPP the lashes are everything 😍
aftercare|hn|Do I stop the arnica after a week or keep going?
pre_treatment|hn|stopped my retinol 5 days ago like you said, see you friday!
other|hn|Please cancel my order of the vitamin C serum, I ordered the wrong one
hours|hn|What time do you stop booking on Saturdays?
complaint|hn|Stop charging me the no-show fee, I called to cancel 2 days before!!
# lang=es
opt_out||ALTO
opt_out||alto
opt_out||Alto.
opt_out||Altoo
opt_out||BAJA
opt_out||baja
opt_out||PARAR
opt_out||Cancelar suscripción
opt_out||Desuscribir
opt_out||STOP por favor
opt_out||Ya no me manden mensajes
opt_out||No quiero recibir más mensajes
opt_out||Por favor dejen de enviarme mensajes de texto
opt_out||Quitenme de la lista
opt_out||Borren mi número por favor
opt_out||No me escriban más, gracias
opt_out||dejen de mandarme msj
opt_out||no mas mensajes porfa
opt_out||Ya basta de mensajes!!
opt_out||Alto ya, no me manden nada
opt_out||Dejen de molestar con tantos mensajes
opt_out||Por favor, eliminen mi número de su sistema de mensajes
opt_out||no me interesa, sáquenme de la lista
opt_out||Gracias por todo pero prefiero no recibir mensajes de texto
opt_out||Revoco mi consentimiento para recibir mensajes de texto, con efecto inmediato.
opt_out||Les he pedido tres veces que me quiten. YA NO ME ESCRIBAN
opt_out||La última vez me atendieron muy mal y nadie me devolvió la llamada. No quiero saber nada más de ustedes, no me manden más mensajes.
opt_out||Ya pagué el saldo. Y por favor ya no me envíen mensajes.
opt_out||Este número ya no es de Rosa, por favor dejen de escribir
opt_out||Número equivocado, no conozco a ninguna Carmen. Bórrenme de su lista.
opt_out||Mi mamá falleció, por favor ya no envíen mensajes a este número
opt_out|mkt|Ya no me manden promociones, solo los recordatorios de mis citas
opt_out|mkt|No quiero recibir ofertas, pero sí los recordatorios
opt_out|mkt|Quítenme de las promociones por favor, las citas sí avísenme
opt_out|mkt|Basta de publicidad, solo avísenme de mis citas
confirm|hn|Sí, ahí estaré
confirm|hn|Confirmo mi cita
cancel_appointment|hn|Necesito cancelar mi cita del viernes
cancel_appointment|hn|Cancelen mi cita de mañana por favor, estoy enferma
cancel_appointment|hn|Cancelar cita
reschedule|hn|¿Puedo cambiar mi cita para la próxima semana?
reschedule|hn|No me estoy dando de baja, solo quiero cambiar la hora de mi cita
running_late|hn|Voy 10 minutos tarde, hay mucho tráfico
running_late|hn|Ya voy, estoy en la parada del camión
running_late|hn|Por favor no cancelen mi cita, llego un poco tarde
pre_treatment|hn|¿Tengo que dejar de tomar ibuprofeno antes del botox?
pre_treatment|hn|¿Cuántos días antes dejo de usar el retinol?
pre_treatment|hn|¿Paro el retinol antes del peeling?
aftercare|hn|Ya paró el sangrado pero sigo un poco hinchada, ¿es normal?
aftercare|hn|¿Cuándo puedo dejar de usar la crema?
aftercare|hn|¿Cuándo deja de doler? Tengo los labios sensibles
other|hn|Quiero cancelar mi membresía a fin de mes pero mantener mi cita del 20
other|hn|Por favor den de baja mi correo del boletín, los mensajes de texto sí los quiero
other|hn|No dejen de mandarme recordatorios, porfa, se me olvida todo 😅
other|hn|Quítenme de la lista de espera del sábado, ya encontré otro horario
other|hn|¿Pueden quitar la tarjeta que tienen guardada?
other|hn|Quiero parar el envío automático de las cremas, todavía tengo dos
other|hn|Cambié de número, este es el nuevo. Sigan mandándome los recordatorios aquí
directions_parking|hn|¿La entrada está antes o después del alto?
directions_parking|hn|¿Dónde me estaciono? ¿Cerca de la parada del autobús?
hours|hn|¿Puedo pasar después del trabajo? ¿A qué hora cierran?
pricing|hn|¿Cuánto cuesta el botox? ¿Hasta cuándo es la promoción?
pricing|hn|¿Cuándo se termina la oferta de relleno?
book_new|hn|Quiero agendar una consulta para depilación láser
book_new|hn|Cancelé el gimnasio para pagar el paquete de láser jaja, ¿cuándo empiezo?
bring_guest|hn|¿Puedo llevar a mi hija? Se queda en la sala de espera
complaint|hn|Esperé 40 minutos la última vez y nadie me dijo nada. Qué mal servicio.
thanks|hn|Muchas gracias por el recordatorio 🙏
thanks|hn|¡No, para! Me encantan mis labios, mil gracias 😍
opt_out||ya no quiero mensajes d ustedes
opt_out||Porfavor ya no me textien
opt_out||Desinscribirme por favor
other|hn|No me den de baja de los mensajes, solo del correo
pre_treatment|hn|¿Dejo de tomar vitamina E antes del relleno?
cancel_appointment|hn|Cancelo mi cita del martes, ya no puedo ir
directions_parking|hn|¿Se puede estacionar en la calle o hay que pagar?
# lang=vi
opt_out||Dừng
opt_out||dung nhan tin nua
opt_out||Đừng nhắn tin cho tôi nữa
opt_out||Xin vui lòng không gửi tin nhắn nữa
opt_out||Hủy đăng ký
opt_out||Tôi không muốn nhận tin nhắn nữa. Xóa số tôi đi.
opt_out||Số này không còn là của chị Lan nữa, xin xóa số này khỏi danh sách
opt_out|mkt|Đừng gửi khuyến mãi nữa, chỉ nhắc lịch hẹn thôi
pre_treatment|hn|Tôi có cần ngưng dùng retinol trước khi làm peel không?
cancel_appointment|hn|Tôi muốn hủy lịch hẹn thứ Sáu
reschedule|hn|Cho em dời lịch hẹn qua tuần sau được không ạ?
other|hn|Đừng ngừng nhắn nhắc lịch nha, em hay quên lắm 😅
aftercare|hn|Hết chảy máu rồi nhưng còn sưng, vậy có bình thường không?
confirm|hn|Dạ em sẽ tới đúng giờ
other|hn|Em muốn hủy gói thành viên cuối tháng này, nhưng vẫn giữ lịch hẹn ngày 20
running_late|hn|em tới tre 10 phut nha, ket xe qua
# lang=zh
opt_out||退订
opt_out||TD
opt_out||不要再给我发短信了
opt_out||请停止发送信息
opt_out||取消订阅
opt_out|mkt|别再发促销了，预约提醒可以保留
opt_out||這個號碼已經不是陳小姐的了，請不要再傳訊息
opt_out||請不要再傳簡訊給我
opt_out||退訂
opt_out|mkt|請停止傳送優惠廣告，預約提醒照常就好
pre_treatment|hn|打玻尿酸之前要停用维A酸吗？
cancel_appointment|hn|我要取消周五的预约
reschedule|hn|可以把我的预约改到下周吗？
other|hn|请取消我的会员自动续费，预约保留
other|hn|请不要停止发提醒短信，我总是忘记
aftercare|hn|血已經止住了，但是還有點腫，正常嗎？
directions_parking|hn|停車場在哪裡？可以停在公車站旁邊嗎？
pre_treatment|hn|雷射前需要停止使用A酸嗎？
thanks|hn|太好看了吧！停不下來一直照鏡子😍
other|hn|请帮我退订电子邮件，短信提醒继续发
# lang=tl
opt_out||Tigil na po
opt_out||Pakitigil na po ang pag-text sa akin
opt_out||Wag nyo na po ako i-text
opt_out||Ayoko na makatanggap ng text, pakitanggal na po number ko
opt_out||STOP na po
opt_out|mkt|Wag na po kayo magpadala ng promo, appointment reminders lang po
opt_out||Hindi na po kay Liza ang number na ito, pakitanggal na po
cancel_appointment|hn|Pa-cancel po ng appointment ko sa Sabado
reschedule|hn|Pwede po bang ilipat yung appointment ko sa susunod na linggo?
pre_treatment|hn|Kailangan ko po bang itigil ang retinol bago ang peel?
running_late|hn|Traffic po sa freeway, mga 10 mins late ako
other|hn|Wag nyo po itigil ang reminders ha, makakalimutin ako 😅
thanks|hn|Grabe, stop! Ang ganda ng lips ko 😍 salamat po
# lang=ko
opt_out||수신거부
opt_out||문자 그만 보내주세요
opt_out||더 이상 문자 보내지 마세요
opt_out||수신 거부합니다
opt_out|mkt|광고 문자는 그만 보내주시고 예약 알림만 받을게요
opt_out||이 번호는 더 이상 김민지 씨 번호가 아닙니다. 문자 보내지 마세요.
cancel_appointment|hn|금요일 예약 취소하고 싶어요
reschedule|hn|예약을 다음 주로 변경할 수 있을까요?
pre_treatment|hn|필러 맞기 전에 레티놀 중단해야 하나요?
other|hn|멤버십 자동결제 해지해 주세요. 예약은 그대로 유지할게요
aftercare|hn|피는 멈췄는데 아직 좀 부어 있어요. 괜찮은 건가요?
directions_parking|hn|주차는 어디에 하면 되나요? 버스 정류장 옆인가요?
other|hn|이메일 수신거부만 해주세요. 문자는 계속 받을게요
thanks|hn|너무 예뻐서 거울 보는 걸 멈출 수가 없어요 😍
# lang=ht
opt_out||Sispann
opt_out||Tanpri sispann voye mesaj ban mwen
opt_out||Pa voye tèks ban mwen ankò
opt_out||Retire nimewo mwen sou lis la
opt_out|mkt|Pa voye pwomosyon ban mwen ankò, sèlman rapèl randevou yo
cancel_appointment|hn|Mwen bezwen anile randevou mwen vandredi a
reschedule|hn|Èske mwen ka chanje randevou a pou semèn pwochèn?
pre_treatment|hn|Èske mwen dwe sispann retinol la anvan tretman an?
running_late|hn|M ap an reta 10 minit, gen anpil trafik
other|hn|Tanpri pa sispann voye rapèl yo ban mwen, mwen bliye twòp
# lang=ar
opt_out||توقف
opt_out||الغاء الاشتراك
opt_out||أرجو عدم إرسال رسائل لي بعد الآن
opt_out||لا ترسلوا لي أي رسائل نصية مرة أخرى
opt_out|mkt|أوقفوا الرسائل الترويجية، أريد تذكير المواعيد فقط
opt_out||khalas ma baddi rasayel minkon
cancel_appointment|hn|أريد إلغاء موعدي يوم الجمعة
reschedule|hn|هل يمكن تغيير موعدي إلى الأسبوع القادم؟
pre_treatment|hn|هل يجب أن أتوقف عن استخدام الريتينول قبل التقشير؟
other|hn|أرجو إلغاء الاشتراك الشهري في العضوية، لكن احتفظوا بموعدي
aftercare|hn|توقف النزيف لكن ما زال هناك تورم، هل هذا طبيعي؟
other|hn|لا توقفوا رسائل التذكير من فضلكم، أنا أنسى دائماً
# lang=ru
opt_out||Стоп
opt_out||Отписаться
opt_out||Прекратите присылать мне сообщения
opt_out||Больше не пишите мне, пожалуйста
opt_out|mkt|Не присылайте рекламу, только напоминания о записи
opt_out||Я отзываю своё согласие на получение SMS. Немедленно.
opt_out||Stop uzhe, skolko mozhno pisat
cancel_appointment|hn|Хочу отменить запись на пятницу
reschedule|hn|Можно перенести запись на следующую неделю?
pre_treatment|hn|Нужно ли прекратить ретинол перед пилингом?
other|hn|Отмените, пожалуйста, автопродление абонемента. Запись оставьте
aftercare|hn|Кровь остановилась, но ещё отёк. Это нормально?
other|hn|Отпишите меня от email-рассылки, а SMS-напоминания пусть приходят
# lang=uk
opt_out||Стоп
opt_out||Відписатися
opt_out||Будь ласка, не надсилайте мені більше повідомлень
opt_out||Припиніть писати мені
opt_out|mkt|Не надсилайте рекламу, лише нагадування про запис
cancel_appointment|hn|Хочу скасувати запис на п'ятницю
reschedule|hn|Чи можна перенести запис на наступний тиждень?
pre_treatment|hn|Чи треба припинити ретинол перед процедурою?
other|hn|Не припиняйте надсилати нагадування, будь ласка, я завжди забуваю
aftercare|hn|Кровотеча зупинилась, але ще набряк. Це нормально?
# lang=pt
opt_out||PARE
opt_out||Parar
opt_out||SAIR
opt_out||Por favor, parem de me mandar mensagens
opt_out||Não quero mais receber SMS
opt_out||Me tira da lista por favor
opt_out|mkt|Não mandem mais promoções, só os lembretes das consultas
opt_out||Esse número não é mais da Juliana, por favor parem de mandar mensagem
cancel_appointment|hn|Preciso cancelar minha consulta de sexta
reschedule|hn|Posso remarcar para semana que vem?
pre_treatment|hn|Preciso parar o ácido retinoico antes do peeling?
other|hn|Quero cancelar a assinatura mensal mas manter meu horário do dia 20
thanks|hn|Para tudo! Amei meus lábios 😍 obrigada
aftercare|hn|Parou de sangrar mas ainda está inchado, é normal?
other|hn|Não parem de mandar os lembretes, eu esqueço tudo kkkk
# lang=fr
opt_out||STOP
opt_out||Arrêt
opt_out||Désabonner
opt_out||Merci de ne plus m'envoyer de SMS
opt_out||Arrêtez de m'écrire svp
opt_out||Je ne souhaite plus recevoir de messages de votre part.
opt_out|mkt|Plus de promos svp, seulement les rappels de rendez-vous
opt_out||Ce numéro n'appartient plus à Sophie, veuillez le retirer de votre liste.
cancel_appointment|hn|Je dois annuler mon rendez-vous de vendredi
reschedule|hn|Est-ce que je peux déplacer mon rendez-vous à la semaine prochaine ?
pre_treatment|hn|Dois-je arrêter le rétinol avant le peeling ?
other|hn|Je veux me désabonner de la newsletter par courriel, mais gardez les SMS de rappel
aftercare|hn|Le saignement s'est arrêté mais c'est encore enflé, c'est normal ?
thanks|hn|Arrête, j'adore mes lèvres 😍 merci !!
directions_parking|hn|Je me gare où ? Près de l'arrêt de bus ?
# lang=hi
opt_out||मुझे और मैसेज मत भेजिए
opt_out||कृपया मैसेज भेजना बंद करें
opt_out||band karo ye messages
opt_out||Mujhe SMS nahi chahiye, mera number hata do
opt_out|mkt|Promotion wale messages mat bhejo, sirf appointment reminder bhejna
cancel_appointment|hn|मुझे शुक्रवार का अपॉइंटमेंट कैंसल करना है
pre_treatment|hn|Kya peel se pehle retinol band karna padega?
reschedule|hn|Appointment agle hafte kar sakte hain kya?
aftercare|hn|खून बंद हो गया है पर सूजन है, क्या यह नॉर्मल है?
other|hn|Reminder bhejna band mat karna please, main bhool jaati hoon
# lang=pa
opt_out||ਕਿਰਪਾ ਕਰਕੇ ਮੈਨੂੰ ਮੈਸੇਜ ਭੇਜਣੇ ਬੰਦ ਕਰੋ
opt_out||ਹੋਰ ਮੈਸੇਜ ਨਾ ਭੇਜੋ
opt_out||Mainu hor message na bhejo ji
opt_out|mkt|Offer wale message band karo, appointment reminder theek aa
cancel_appointment|hn|ਮੈਂ ਸ਼ੁੱਕਰਵਾਰ ਵਾਲੀ ਅਪੌਇੰਟਮੈਂਟ ਕੈਂਸਲ ਕਰਨੀ ਹੈ
reschedule|hn|Appointment agle hafte kar sakde ho?
pre_treatment|hn|Laser ton pehlan retinol band karna hai?
other|hn|Reminder bhejne band na karna, main bhul jandi aan
# lang=fa
opt_out||لغو
opt_out||لطفاً دیگر پیامک نفرستید
opt_out||دیگه به من پیام ندید
opt_out||Lotfan dige payam nadid
opt_out|mkt|پیامک‌های تبلیغاتی نفرستید، فقط یادآوری نوبت
cancel_appointment|hn|می‌خواهم نوبت جمعه را لغو کنم
reschedule|hn|میشه نوبتم رو بندازید هفته بعد؟
pre_treatment|hn|قبل از لیزر باید رتینول رو قطع کنم؟
aftercare|hn|خونریزی بند اومده ولی هنوز ورم داره، طبیعیه؟
other|hn|لطفاً یادآوری‌ها رو قطع نکنید، من فراموش می‌کنم
# lang=pl
opt_out||STOP
opt_out||Proszę nie wysyłać mi więcej SMS-ów
opt_out||Wypisz mnie
opt_out||Rezygnuję z powiadomień SMS
opt_out|mkt|Proszę nie wysyłać reklam, tylko przypomnienia o wizytach
cancel_appointment|hn|Muszę odwołać wizytę w piątek
reschedule|hn|Czy mogę przełożyć wizytę na przyszły tydzień?
pre_treatment|hn|Czy muszę odstawić retinol przed zabiegiem?
other|hn|Proszę nie przestawać wysyłać przypomnień, zawsze zapominam
aftercare|hn|Kiedy mogę przestać smarować maścią po zabiegu?
# lang=am
opt_out||እባክዎ መልእክት መላክ ያቁሙ
opt_out||ከዚህ በኋላ መልእክት አትላኩልኝ
opt_out||አቁሙ
opt_out|mkt|የማስታወቂያ መልእክት አትላኩልኝ፣ የቀጠሮ ማስታወሻ ብቻ ላኩልኝ
cancel_appointment|hn|የአርብ ቀጠሮዬን መሰረዝ እፈልጋለሁ
reschedule|hn|ቀጠሮዬን ወደ ሚቀጥለው ሳምንት መቀየር እችላለሁ?
pre_treatment|hn|ከህክምናው በፊት ሬቲኖል መጠቀም ማቆም አለብኝ?
other|hn|እባክዎ የቀጠሮ ማስታወሻዎችን አያቁሙ፣ እረሳለሁ
# lang=so
opt_out||Jooji
opt_out||Fadlan fariimo dambe ha ii soo dirin
opt_out||Fariimaha iga jooji fadlan
opt_out|mkt|Xayeysiisyada iga jooji, xasuusinta ballanta oo keliya ii soo dir
cancel_appointment|hn|Waxaan rabaa inaan baajiyo ballanta Jimcaha
reschedule|hn|Ma bedeli karaa ballanta oo u dhigi karaa toddobaadka soo socda?
pre_treatment|hn|Ma u baahanahay inaan joojiyo retinol-ka ka hor daawaynta?
other|hn|Fadlan ha joojinin xasuusinta, waan ilaawaa
# lang=ja
opt_out||配信停止
opt_out||停止
opt_out||もうメッセージを送らないでください
opt_out||SMSの配信を止めてください
opt_out|mkt|キャンペーンのお知らせは不要です。予約のリマインダーだけお願いします
cancel_appointment|hn|金曜日の予約をキャンセルしたいです
reschedule|hn|予約を来週に変更できますか？
pre_treatment|hn|ピーリングの前にレチノールをやめたほうがいいですか？
other|hn|メールマガジンだけ配信停止にしてください。SMSはこのままで大丈夫です
aftercare|hn|出血は止まりましたが、まだ腫れています。大丈夫でしょうか？
other|hn|リマインダーは止めないでください、忘れっぽいので
# lang=de
opt_out||STOP
opt_out||Abmelden
opt_out||Bitte keine SMS mehr senden
opt_out||Hören Sie auf, mir zu schreiben.
opt_out|mkt|Bitte keine Werbung mehr, nur Terminerinnerungen
cancel_appointment|hn|Ich muss meinen Termin am Freitag absagen
reschedule|hn|Kann ich den Termin auf nächste Woche verschieben?
pre_treatment|hn|Muss ich Retinol vor dem Peeling absetzen?
other|hn|Bitte vom E-Mail-Newsletter abmelden, SMS sind weiterhin okay
aftercare|hn|Die Blutung hat aufgehört, aber es ist noch geschwollen. Normal?
other|hn|Bitte hören Sie nicht auf, mir Erinnerungen zu schicken!
other|hn|Ich möchte mein Hautpflege-Abo kündigen, die Termine bleiben
# lang=it
opt_out||Basta
opt_out||Non voglio più ricevere messaggi
opt_out||Per favore smettete di scrivermi
opt_out||Cancellami dalla lista
opt_out|mkt|Niente più promozioni, solo i promemoria degli appuntamenti
cancel_appointment|hn|Devo annullare l'appuntamento di venerdì
reschedule|hn|Posso spostare l'appuntamento alla prossima settimana?
pre_treatment|hn|Devo sospendere il retinolo prima del peeling?
other|hn|Non smettete di mandarmi i promemoria, mi dimentico sempre
complaint|hn|Basta con le attese! L'ultima volta mi avete fatto aspettare 40 minuti
# lang=hmn
opt_out||Tsum
opt_out||Thov tsis txhob xa lus tuaj rau kuv lawm
opt_out||Tsum xa ntawv tuaj rau kuv
opt_out|mkt|Thov tsis txhob xa promo tuaj lawm, tsuas xa appointment reminder xwb
cancel_appointment|hn|Kuv xav tshem kuv lub appointment hnub Friday
running_late|hn|Kuv yuav lig me ntsis, 10 feeb
pre_treatment|hn|Kuv puas yuav tsum tsum siv retinol ua ntej peel?
other|hn|Thov tsis txhob tsum xa lus ceeb toom, kuv nco tsis tau
# lang=gu
opt_out||કૃપા કરીને મને મેસેજ મોકલવાનું બંધ કરો
opt_out||મારે મેસેજ નથી જોઈતા
opt_out||Mane have message na moklo
opt_out|mkt|ઓફરના મેસેજ બંધ કરો, ફક્ત એપોઇન્ટમેન્ટ રિમાઇન્ડર મોકલો
cancel_appointment|hn|મારે શુક્રવારની એપોઇન્ટમેન્ટ કેન્સલ કરવી છે
reschedule|hn|Appointment aavta athvadiye kari shako?
pre_treatment|hn|પીલ પહેલાં રેટિનોલ બંધ કરવું પડે?
other|hn|રિમાઇન્ડર મોકલવાનું બંધ ન કરશો, હું ભૂલી જાઉં છું
# lang=ur
opt_out||براہ کرم مجھے مزید میسج نہ بھیجیں
opt_out||میسج بھیجنا بند کریں
opt_out||Mujhe aur messages na bhejein please
opt_out|mkt|پروموشن والے میسج نہ بھیجیں، صرف اپائنٹمنٹ کی یاد دہانی
cancel_appointment|hn|مجھے جمعہ والی اپائنٹمنٹ کینسل کرنی ہے
reschedule|hn|کیا میری اپائنٹمنٹ اگلے ہفتے ہو سکتی ہے؟
aftercare|hn|خون بند ہو گیا ہے لیکن سوجن ہے، کیا یہ ٹھیک ہے؟
other|hn|Reminder bhejna band na karein, main bhool jaati hoon
# lang=bn
opt_out||দয়া করে আমাকে আর মেসেজ পাঠাবেন না
opt_out||মেসেজ পাঠানো বন্ধ করুন
opt_out||Amake ar message pathaben na
opt_out|mkt|অফারের মেসেজ বন্ধ করুন, শুধু অ্যাপয়েন্টমেন্টের রিমাইন্ডার পাঠাবেন
cancel_appointment|hn|আমি শুক্রবারের অ্যাপয়েন্টমেন্ট বাতিল করতে চাই
reschedule|hn|অ্যাপয়েন্টমেন্টটা পরের সপ্তাহে করা যাবে?
pre_treatment|hn|পিলের আগে কি রেটিনল বন্ধ করতে হবে?
other|hn|রিমাইন্ডার পাঠানো বন্ধ করবেন না প্লিজ, আমি ভুলে যাই
# lang=hy
opt_out||Խնդրում եմ այլևս հաղորդագրություններ չուղարկեք
opt_out||Դադարեցրեք
opt_out||Khndrum em el sms chuxarkeq
opt_out|mkt|Գովազդ մի ուղարկեք, միայն այցի հիշեցումներ
cancel_appointment|hn|Ուզում եմ չեղարկել ուրբաթ օրվա այցս
reschedule|hn|Կարո՞ղ եմ այցը տեղափոխել հաջորդ շաբաթ
pre_treatment|hn|Պե՞տք է դադարեցնեմ ռետինոլը պիլինգից առաջ
other|hn|Մի դադարեցրեք հիշեցումները, ես միշտ մոռանում եմ
# lang=ne
opt_out||कृपया मलाई अब म्यासेज नपठाउनुहोस्
opt_out||म्यासेज पठाउन बन्द गर्नुहोस्
opt_out||Malai aba message napathaunus
opt_out|mkt|अफरका म्यासेज नपठाउनुहोस्, अपोइन्टमेन्ट रिमाइन्डर मात्र पठाउनुहोस्
cancel_appointment|hn|मलाई शुक्रबारको अपोइन्टमेन्ट रद्द गर्नु छ
reschedule|hn|अपोइन्टमेन्ट अर्को हप्ता सार्न मिल्छ?
pre_treatment|hn|पिल अघि रेटिनोल बन्द गर्नुपर्छ?
other|hn|रिमाइन्डर पठाउन बन्द नगर्नुहोस् है, म बिर्सिन्छु
# lang=my
opt_out||ကျေးဇူးပြု၍ မက်ဆေ့ချ် ထပ်မပို့ပါနဲ့
opt_out||မက်ဆေ့ချ် ပို့တာ ရပ်ပေးပါ
opt_out||ရပ်ပါ
opt_out|mkt|ပရိုမိုးရှင်း မက်ဆေ့ချ် မပို့ပါနဲ့၊ ချိန်းဆိုမှု သတိပေးချက်ပဲ ပို့ပါ
cancel_appointment|hn|သောကြာနေ့ ချိန်းဆိုမှုကို ပယ်ဖျက်ချင်ပါတယ်
reschedule|hn|ချိန်းဆိုမှုကို နောက်အပတ်ကို ရွှေ့လို့ရမလား
pre_treatment|hn|ကုသမှုမတိုင်ခင် retinol သုံးတာ ရပ်ရမလား
running_late|hn|ဆယ်မိနစ်လောက် နောက်ကျမယ်နော်
# lang=th
opt_out||ยกเลิก
opt_out||กรุณาหยุดส่งข้อความมาหาฉัน
opt_out||ไม่ต้องส่งข้อความมาอีกแล้วค่ะ
opt_out|mkt|ไม่ต้องส่งโปรโมชั่นมาแล้วค่ะ ขอแค่ข้อความเตือนนัดก็พอ
cancel_appointment|hn|ขอยกเลิกนัดวันศุกร์ค่ะ
reschedule|hn|ขอเลื่อนนัดไปสัปดาห์หน้าได้ไหมคะ
pre_treatment|hn|ต้องหยุดใช้เรตินอลก่อนทำพีลไหมคะ
aftercare|hn|เลือดหยุดแล้วแต่ยังบวมอยู่ ปกติไหมคะ
other|hn|อย่าหยุดส่งข้อความเตือนนัดนะคะ ลืมบ่อยมาก
# lang=tr
opt_out||DUR
opt_out||İptal
opt_out||Lütfen bana artık mesaj göndermeyin
opt_out||Mesaj atmayı bırakın
opt_out|mkt|Kampanya mesajı istemiyorum, sadece randevu hatırlatmaları gelsin
cancel_appointment|hn|Cuma günkü randevumu iptal etmek istiyorum
reschedule|hn|Randevumu gelecek haftaya alabilir miyiz?
pre_treatment|hn|Peelingden önce retinolü bırakmam gerekiyor mu?
other|hn|Lütfen hatırlatma mesajlarını göndermeyi bırakmayın, hep unutuyorum
directions_parking|hn|Otobüs durağının yanındaki bina mı?
`;
