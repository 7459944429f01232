/**
 * Issue 13 training batch: misspellings inside sentences, formal / legal revocations, polite and
 * angry requests, more languages, and the hard negatives that look like them (STOP as praise,
 * opting out of an add-on / auto-ship / emails). Written for the rules and the model to learn from;
 * the honest number comes from holdout.corpus.ts, which is never trained or tuned on.
 */
export const FIFTH_BATCH_CORPUS = String.raw`
opt_out||stpp
opt_out||STOPP
opt_out||sstop
opt_out||Stoo please
opt_out||xtop
opt_out||UNSUSCRIBE
opt_out||unsubscrive
opt_out||opt-ot
opt_out||pls stpo sending me these
opt_out||sotp messaging me
opt_out||Stpo txting this number
opt_out||please stop textinf me
opt_out||quit textin me plz
opt_out||remvoe me from your list
opt_out||take me of your list
opt_out||unsibscribe me
opt_out||i want to unsubscirbe
opt_out||dont txt me anymoer
opt_out||do not text me agian
opt_out||I revoke consent to be texted at this number.
opt_out||I am withdrawing my consent to receive SMS messages from your clinic.
opt_out||Cease and desist all text messages to this number.
opt_out||Please discontinue all text communications with me effective today.
opt_out||Under the Telephone Consumer Protection Act I revoke all consent to contact me.
opt_out||My consent to receive messages is hereby withdrawn.
opt_out||I no longer consent to being contacted by text.
opt_out||Please treat this message as my revocation of consent.
opt_out||This serves as notice that I do not consent to further text messages.
opt_out||Per TCPA regulations, remove this number from all marketing and informational texts.
opt_out||I prefer not to get texts from your office anymore.
opt_out||I'd appreciate it if you would stop messaging me.
opt_out||Would you mind removing me from your messages? Thank you kindly
opt_out||No thank you, please don't reach out anymore
opt_out||I'm no longer a patient here so please stop the messages
opt_out||Thanks but I'll pass on future texts
opt_out||I don't need these texts anymore, thanks
opt_out||You can take me off, I don't live nearby anymore
opt_out||I asked you to stop weeks ago. Do not text me again.
opt_out||Worst experience ever and now you spam me. Remove my number now.
opt_out||For the last time, stop contacting me
opt_out||Why do you keep texting me? I already said no. Stop.
opt_out||I'm reporting this number if you text me one more time
opt_out||Nobody returned my calls about the refund and you keep sending ads. I'm done, no more messages.
opt_out||Enough already. Take me off.
opt_out||no further texts
opt_out||do not message me further
opt_out||Ya no me envíen mensajes, gracias
opt_out||Ya no quiero que me escriban
opt_out||paren los mensajes porfa
opt_out||Ya bájenle a los mensajes, no quiero más
opt_out||Quítenme de la lista de mensajes
opt_out||dejen de molestarme con textos
opt_out||Sispann voye mesaj souple
opt_out||Mwen pa bezwen mesaj ankò, mèsi
opt_out||Pa ekri m ankò
opt_out||Retire m sou lis la
opt_out||توقفوا عن إرسال الرسائل
opt_out||لا أرغب في تلقي رسائل
opt_out||احذفوا رقمي من فضلكم
opt_out||Không nhắn tin nữa
opt_out||Đừng gửi tin nhắn cho tôi nữa
opt_out||khong muon nhan tin nhan nua
opt_out||不要再发短信
opt_out||请把我的号码删除
opt_out||别发了谢谢
opt_out||Para de mandar mensagem por favor
opt_out||Me remove da lista
opt_out||Não me envie mais mensagens
opt_out||Не присылайте больше сообщений
opt_out||Пожалуйста, отпишите меня
opt_out||Хватит мне писать
opt_out||연락하지 마세요
opt_out||문자 보내지 마세요
opt_out||수신 거부합니다
opt_out||Tigilan niyo na po ako sa text
opt_out||Paki-alis na po ako sa listahan
opt_out||Huwag niyo na po akong i-text
opt_out||Arrêtez les SMS s'il vous plaît
opt_out||Retirez-moi de la liste
opt_out||Je ne souhaite plus recevoir de messages
opt_out||Bitte keine SMS mehr
opt_out||Non voglio più ricevere messaggi
opt_out||Smettete di mandarmi messaggi
opt_out||Przestańcie do mnie pisać
opt_out||もうメッセージを送らないでください
other|hn|stopppp I love my new lips
thanks|hn|Stop it!! You're so kind
thanks|hn|STOP this is so cute 😍
thanks|hn|Stop, I'm crying, the results are amazing
other|hn|No way, stop! Is that real?
other|hn|please remove the dermaplane add on from tomorrow
other|hn|I want to opt out of the lip flip add-on
other|hn|cancel my autoship of the SPF please
other|hn|unsubscribe me from the subscription box
other|hn|stop my monthly shipment of the serum
other|hn|please unsubscribe my email from your newsletter, text is fine
other|hn|Take me off the emails, texts are fine
other|hn|No more emails please, only texts
other|hn|opt me out of the before/after photos on social media
other|hn|remove the extra unit from my order
other|hn|I don't want the upgrade, thanks
other|hn|cancel the membership renewal please
aftercare|hn|when will the redness stop?
pre_treatment|hn|Do I stop my vitamin E before microneedling?
thanks|hn|can't stop looking in the mirror, thank you!
directions_parking|hn|Which stop should I get off the train?
pricing|hn|Is there a top up option for my package?
other|hn|I'll stop in tomorrow to grab my sunscreen
other|hn|I quit my gym so I can come mornings now
pricing|hn|Did the sale end already?
other|hn|Keep the texts coming, I just don't want calls
cancel_appointment|hn|Por favor cancelen mi cita del lunes
other|hn|No quiero el paquete extra, gracias
aftercare|hn|Mwen sispann pran grenn yo jan ou te di a
pre_treatment|hn|Tôi có cần ngừng thuốc trước không?
aftercare|hn|停药后还需要注意什么？
pre_treatment|hn|Preciso parar o anticoagulante antes?
aftercare|hn|Когда прекратится покраснение?
other|hn|옵션 추가는 안 할게요
pre_treatment|hn|Kailan ko po dapat itigil ang retinol?
pre_treatment|hn|Faut-il arrêter le rétinol avant ?
cancel_appointment|hn|أريد إلغاء الموعد من فضلك
`;
