/**
 * HOLDOUT B — evaluation only (issue 13), written on 2026-12-07 by an engineer who did not write the
 * detector, its lexicon or the first holdout, before running the detector on any of these texts and
 * without reading the lexicon. Never train on it, never tune rules against it, never edit it after
 * seeing results: if it teaches something, write new texts elsewhere and keep this file as it is.
 *
 * Same format as holdout.corpus.ts: `intent|flags|text`; `# lang=xx` sets the language of the lines
 * that follow. Opt-outs are `opt_out` (`mkt` = promotions only); hard negatives carry `hn`.
 */
export const HOLDOUT_B_CORPUS = String.raw`
# lang=en
# --- opt-outs: keyword slips, alone or in a sentence
opt_out||S T O P
opt_out||stop!!!
opt_out||STOPALL
opt_out||Stop texting
opt_out||stpp
opt_out||sop
opt_out||unsubsribe
opt_out||UNSUB
opt_out||plese stop txting this numbr
opt_out||can u stop msging me pls
opt_out||Pls remove this number from ur list
opt_out||no more txts thx
opt_out||I dont want these texts anymore
opt_out||quit texting me
opt_out||leave me off your text list please
opt_out||Stop sending me messages. This is not a good number for me
# --- opt-outs: formal, legal, polite
opt_out||Please remove me from all text message lists going forward.
opt_out||I no longer wish to receive text messages from your office.
opt_out||Kindly discontinue all text messages to this phone number.
opt_out||I am withdrawing my consent to be contacted by text message.
opt_out||This message serves as notice that I revoke any prior consent to SMS contact under the TCPA.
opt_out||Do not contact me via SMS again. Consider this my formal opt-out request.
opt_out||I'd rather not get texts from you anymore, thank you for understanding.
opt_out||Would you mind taking my number off your texting list? Thanks so much.
opt_out||Please don't text this number again, I prefer phone calls only.
opt_out||I'd appreciate it if you stopped sending me texts.
opt_out||Hi, I've moved away and won't be coming back. Please stop the texts. Thanks for everything!
opt_out||Could you please stop messaging me? I'm all set.
# --- opt-outs: angry, complaint first
opt_out||This is the third time I've asked. STOP TEXTING ME.
opt_out||I already told you people to take me off. Do it now.
opt_out||Your service was terrible and now you spam me. Remove my number.
opt_out||Enough with the texts!!! Unsubscribe me
opt_out||Who gave you this number? Stop contacting me or I'll report you.
opt_out||I never signed up for this. Stop.
opt_out||Seriously, quit blowing up my phone. Take me off your list.
opt_out||Every day a new text. I'm done, remove me.
# --- opt-outs: promotions only
opt_out|mkt|Please stop sending me promotions and deals, appointment reminders are fine.
opt_out|mkt|No more marketing texts please, but keep my appointment reminders.
opt_out|mkt|I don't want the sales messages anymore. Reminders are OK.
# --- hard negatives
thanks|hn|Stop! That's amazing, thank you so much!!
thanks|hn|stoppp you're too sweet 😍
thanks|hn|Stop it, my lips look incredible. Thank you Dr. Lee!
other|hn|OMG stop, I can't believe how good my skin looks
other|hn|I can't stop looking in the mirror haha
other|hn|Please stop the auto-ship of the serum, I still have two bottles. Texts are fine.
other|hn|Can you cancel my monthly membership add-on? I still want my facial appointments.
other|hn|I unsubscribed from your emails but please keep texting me reminders.
other|hn|Please remove me from the email newsletter, text is the best way to reach me.
other|hn|I want to opt out of the lash add-on for Friday, just the facial please.
reschedule|hn|Can I stop by Thursday instead of Wednesday?
directions_parking|hn|Where do I stop to park? The garage or the street?
running_late|hn|Stuck at a stop light, be there in 10
aftercare|hn|When can I stop using the ice packs?
aftercare|hn|Should I stop taking ibuprofen before my filler?
pre_treatment|hn|Do I need to stop retinol before the peel?
aftercare|hn|The bleeding stopped, is it normal that it's still a bit swollen?
other|hn|My husband says I should stop spending money on botox lol. See you Friday!
other|hn|Don't stop sending me the reminders, they really help!
other|hn|I almost unsubscribed by mistake, please keep me on the list
other|hn|Is there a way to stop the numbing cream from stinging?
cancel_appointment|hn|I need to cancel my appointment on Tuesday, sorry
cancel_appointment|hn|Cancel Friday please, I'm sick
other|hn|Remove the extra charge on my receipt please
other|hn|Can you remove my old credit card from my file?
other|hn|Please take me off the waitlist, I found a time that works
book_new|hn|Do you do laser hair removal? I want to stop shaving
other|hn|Who should I contact to stop the charge on my card from last week?
confirm|hn,rtc|Yes, no need to stop reminding me, see you then
other|hn|End of the month works best for me
other|hn|I quit my job so my schedule is flexible now!
other|hn|no thanks, not interested in the new package
other|hn|not right now but maybe next month
# --- more opt-outs (en)
opt_out||End
opt_out||Quit
opt_out||stop stop stop
opt_out||pls no more messages
opt_out||Take me off this list
opt_out||remove me
opt_out||I'm not interested in receiving these texts, please remove me.
opt_out||Delete my number from your system please
opt_out||Do not text me
opt_out||No more texts
opt_out||I have asked multiple times to not be contacted. Please honor my request.
opt_out||wrong number, stop texting me
opt_out||This isn't Maria's phone anymore, please stop sending messages here
opt_out||I'd like to opt out of text messages.
opt_out||Opt me out
# --- more hard negatives (en)
other|hn|Can you text me the address again?
other|hn|Please text me when the doctor is ready
other|hn|Is it ok to stop at Starbucks first? I might be 5 min late
running_late|hn|Running late, don't give my spot away!
thanks|hn|Thanks, you guys are the best. Never stop being awesome
other|hn|What time do you stop taking walk-ins?
hours|hn|What time do you close on Saturday?
pricing|hn|How much is a syringe of filler?
pricing|hn|Do you have any specials on botox this month?
book_new|hn|I'd like to book a hydrafacial next week
confirm|hn,rtc|C
confirm|hn,rtc|Yes I'll be there
reschedule|hn,rtc|R
reschedule|hn|Can we move my appointment to next Monday?
aftercare|hn|My forehead is a little bruised, is that normal?
complaint|hn|I'm really disappointed with my results, the left side looks different
complaint|hn|I waited 40 minutes past my appointment time yesterday. Not happy.
other|hn|Who is this?
other|hn|Is Dr. Lee in on Fridays?
other|hn|I'm not going to make it to the event but please keep me posted on future ones
other|hn|Can you stop the reminder for the appointment I already cancelled? I got two
other|hn|I think I'm done with fillers for a while, but I'll keep coming for facials
other|hn|Don't worry about texting me back, I'll call tomorrow
other|hn|Please send the receipt to my email instead of text
other|hn|Can you remove the lip flip from my treatment plan?
other|hn|I'll stop by the front desk to pay the balance
other|hn|Ok cool
thanks|hn|Thank you!
other|hn|👍
other|hn|Got it
# lang=es
opt_out||Ya no me manden mensajes por favor
opt_out||Favor de no enviarme más mensajes de texto
opt_out||Bórrenme de su lista
opt_out||Ya basta de mensajes, quítenme
opt_out||No quiero recibir más textos de ustedes
opt_out||Dejen de escribirme, gracias
opt_out||Por favor ya no me contacten por este número
opt_out||Cancelar suscripción
opt_out|mkt|Ya no quiero promociones, solo los recordatorios de mis citas
thanks|hn|¡Para! Me encantó cómo quedé, mil gracias
other|hn|No puedo parar de verme en el espejo jaja
other|hn|Quiero cancelar el envío automático de la crema, los mensajes sí me sirven
cancel_appointment|hn|Necesito cancelar mi cita del viernes
directions_parking|hn|¿Dónde me estaciono? Paro en la calle?
other|hn|Por favor no dejen de mandarme recordatorios
aftercare|hn|¿Cuándo puedo dejar de usar la crema?
# lang=pt
opt_out||Por favor parem de me enviar mensagens
opt_out||Não quero mais receber SMS de vocês
opt_out||Me tirem da lista de mensagens
opt_out||Chega de mensagens, obrigado
other|hn|Parei de usar o ácido como vocês mandaram, tudo bem?
thanks|hn|Para! Amei o resultado, obrigada
cancel_appointment|hn|Preciso cancelar minha consulta de amanhã
# lang=fr
opt_out||Merci de ne plus m'envoyer de SMS
opt_out||Arrêtez de m'écrire s'il vous plaît
opt_out||Je souhaite me désabonner de vos messages
opt_out||Retirez mon numéro de votre liste
other|hn|Je dois arrêter le rétinol avant le soin ?
thanks|hn|Arrête, c'est magnifique ! Merci beaucoup
# lang=ht
opt_out||Tanpri sispann voye mesaj ban mwen
opt_out||Mwen pa vle resevwa mesaj ankò
opt_out||Retire nimewo mwen nan lis la
opt_out||Pa voye tèks ban mwen ankò
other|hn|Mèsi anpil, m ap vini vandredi
cancel_appointment|hn|Mwen bezwen anile randevou mwen an
# lang=vi
opt_out||Làm ơn đừng nhắn tin cho tôi nữa
opt_out||Tôi không muốn nhận tin nhắn nữa
opt_out||Xin hủy đăng ký tin nhắn
other|hn|Cảm ơn, hẹn gặp lại thứ Sáu
aftercare|hn|Khi nào tôi có thể ngừng bôi kem?
# lang=zh
opt_out||请不要再给我发短信了
opt_out||取消订阅，谢谢
opt_out||别再发消息给我
other|hn|谢谢，星期五见
aftercare|hn|什么时候可以停止冰敷？
# lang=ko
opt_out||문자 그만 보내주세요
opt_out||더 이상 메시지 받고 싶지 않습니다
opt_out||수신거부
other|hn|감사합니다 금요일에 뵐게요
# lang=tl
opt_out||Pakitigil na po ang pagte-text sa akin
opt_out||Ayoko na pong makatanggap ng text
opt_out||Paki-alis po ang number ko sa listahan
other|hn|Salamat po, kita tayo sa Biyernes
# lang=ar
opt_out||من فضلك توقف عن إرسال الرسائل لي
opt_out||لا أريد استلام رسائل بعد الآن
opt_out||ألغوا اشتراكي في الرسائل
other|hn|شكرا جزيلا، أراكم يوم الجمعة
# lang=ru
opt_out||Пожалуйста, больше не присылайте мне сообщения
opt_out||Отпишите меня от рассылки
opt_out||Хватит писать мне
other|hn|Спасибо, до пятницы!
aftercare|hn|Когда можно перестать мазать крем?
# lang=pl
opt_out||Proszę przestać wysyłać mi wiadomości
opt_out||Nie chcę więcej SMS-ów
other|hn|Dziękuję, do zobaczenia w piątek
# lang=it
opt_out||Per favore smettete di mandarmi messaggi
opt_out||Non voglio più ricevere SMS
other|hn|Grazie mille, ci vediamo venerdì
# lang=de
opt_out||Bitte schicken Sie mir keine SMS mehr
opt_out||Ich möchte keine Nachrichten mehr erhalten
other|hn|Danke, bis Freitag!
# lang=es
opt_out||No más mensajes
opt_out||Sáquenme de la lista porfa
opt_out||Ya no me textéen
other|hn|Gracias, ahí nos vemos el viernes
pricing|hn|¿Cuánto cuesta el botox?
other|hn|Paso por la clínica mañana a pagar
# lang=ht
other|hn|Ki lè nou fèmen samdi?
# lang=vi
opt_out||Ngừng gửi tin nhắn
# lang=zh
other|hn|停车场在哪里？
# lang=ko
other|hn|주차는 어디에 하나요?
# lang=hi
opt_out||कृपया मुझे मैसेज भेजना बंद करें
opt_out||मुझे और एसएमएस नहीं चाहिए
other|hn|धन्यवाद, शुक्रवार को मिलते हैं
# lang=ja
opt_out||メッセージの送信を停止してください
opt_out||配信停止
other|hn|ありがとうございます。金曜日に伺います
`;
