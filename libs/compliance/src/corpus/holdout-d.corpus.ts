/**
 * HOLDOUT D — evaluation only, written on 2026-12-07 by an engineer who did not write the detector,
 * its lexicon or the earlier holdouts, before running the detector on any of these texts and without
 * reading the lexicon, the classifier or any other corpus. Labels follow /work/shared/COMPLIANCE.md
 * (FCC 24-24 "reasonable person" standard; a bare CANCEL is a revocation; scoped "promotions only"
 * requests carry `mkt`). Never train on it, never tune rules against it, never edit it after seeing
 * results.
 *
 * Format: `intent|flags|text`; `# lang=xx` sets the language of the lines that follow. Opt-outs are
 * `opt_out` (flag `mkt` = promotions only); hard negatives carry the flag `hn`.
 */
export const HOLDOUT_D_CORPUS = String.raw`
# lang=en
opt_out||Stop
opt_out||STOP!!!
opt_out||stop.
opt_out||Stopp
opt_out||ST0P
opt_out||Dtop
opt_out||Stio
opt_out||Sstop
opt_out||Stooooooop
opt_out||st op
opt_out||S-T-O-P
opt_out||s t o p please
opt_out||STOP STOP STOP
opt_out||🛑 STOP 🛑
opt_out||stop 🙄
opt_out||stop pls 🙏
opt_out||Stop. Thank you.
opt_out||Unsub
opt_out||Unsubcsribe
opt_out||unsubscrive
opt_out||Unsunscribe
opt_out||UNSUBSCRIBE!!
opt_out||unsubscribe 🙏
opt_out||Quit
opt_out||Qiut
opt_out||End.
opt_out||Revoke
opt_out||OPTOUT
opt_out||0pt out
opt_out||Opt-out pls
opt_out||Cancel
opt_out||CANCEL.
opt_out||cancle
opt_out||stop all texts
opt_out||Stop texting me
opt_out||Stop txting me
opt_out||stop textng me plz
opt_out||pleas stpo texitng me
opt_out||Plesse stop sendinf me msgs
opt_out||Stoppp textinggg meee
opt_out||sTop SENDING these
opt_out||s.t.o.p texting me
opt_out||stop 🛑🛑🛑 no more
opt_out||✋ no more texts please
opt_out||Remove
opt_out||remobe me
opt_out||Rmove me from this
opt_out||take me off ur lisr
opt_out||can u remvoe my numbr
opt_out||i want to opt iut of these
opt_out||dont tezt me anymore
opt_out||no mote texts pls
opt_out||unsubscrib me plz
opt_out||Quit texting me
opt_out||quit sending me this junk
opt_out||end these texts please
opt_out||Take my number off your list
opt_out||Delete my number
opt_out||Lose my number.
opt_out||No more messages please
opt_out||Don't text this number again
opt_out||Do not contact me
opt_out||do not txt me
opt_out||Please stop contacting me
opt_out||Leave me alone. Stop.
opt_out||Enough with the texts already
opt_out||I'm done with these messages, please remove me
opt_out||I no longer wish to receive text messages from your office.
opt_out||Please take me off your SMS list, thank you!
opt_out||Hi, could you please stop sending me texts? Thanks so much
opt_out||Would you mind removing my number from your texting list? I appreciate it
opt_out||I'd prefer not to get text messages anymore, thank you
opt_out||I think I'll pass on getting these going forward. Please remove me.
opt_out||Not interested, please stop messaging me
opt_out||I moved to Arizona so you can stop the texts 😊 thanks for everything
opt_out||I think I'm all set with the texts for now, you can take me off 🙏
opt_out||Hey! love you guys but I'm getting way too many texts, can you remove me?
opt_out||no longer need these messages, thanks
opt_out||I'd rather you email me instead. Please stop the text messages.
opt_out||Please call me if you need something, I don't want text messages anymore
opt_out||Remove me from your texting list, I'm getting married and moving to Denver 🥰
opt_out||How do I stop getting these??
opt_out||How do I unsubscribe from this?
opt_out||Is there a way to make these texts stop
opt_out||My sister said I just have to text STOP to make these go away?? ok STOP
opt_out||Someone told me to reply STOP to get off this list, so here I am. Take me off.
opt_out||Who is this? stop texting me
opt_out||I don't even live in Texas anymore stop
opt_out||Whoever this is, quit texting my phone at midnight
opt_out||I've asked three times now to stop texting me. STOP.
opt_out||I already told you guys to stop. Why am I still getting these?
opt_out||This is the 4th time I'm asking: remove my number.
opt_out||Last week I replied stop and I'm STILL getting texts. Take me off for real this time.
opt_out||How many times do I have to say it. No more texts.
opt_out||I came in for filler in March and nobody called me back about the lump, I had to go to urgent care on my own dime, and now you want me to book a "glow facial"?? Seriously. Do not text me again.
opt_out||Your front desk was rude to my daughter, your prices went up twice this year and the VIP membership is a joke. I'm done. Take me off every list you have.
opt_out||Got 3 texts today starting at 7am on a Sunday. Who does that?? Stop texting me.
opt_out||I paid $600 for a laser package and half the sessions got rescheduled by YOU. Then I get a text about a sale on the same package. Unreal. Unsubscribe me.
opt_out||Honestly the results were fine but the constant texting is too much, I get one every other day. Please remove my number.
opt_out||I'm not sure how you even got this number, I never signed up for anything. Remove it.
opt_out||I'm getting reminders for an appointment I never made. I think you have the wrong number, please remove me.
opt_out||Wrong number. I am not Jessica. Please stop.
opt_out||You have the wrong person, I've never been to your spa. Take this number off.
opt_out||New phone, whoever Brittany is she doesn't have this number anymore, stop texting it
opt_out||Wrong # lol, pls remove
opt_out||This is Maria's son. My mom passed away last month. Please stop texting this number.
opt_out||Hi this is Karen's husband, she passed in October. Kindly remove her from your list.
opt_out||My daughter is 15 and signed up without asking us. Please stop texting her phone.
opt_out||I'm her caregiver. She has dementia and these messages confuse her, please stop sending them.
opt_out||This phone belongs to my dad now, he doesn't need spa texts. Please remove the number.
opt_out||Please be advised that I revoke any and all consent to receive text messages from your practice, effective immediately.
opt_out||Pursuant to the TCPA, 47 U.S.C. § 227, I am revoking consent to be texted. Any further texts will be documented.
opt_out||CEASE AND DESIST all text communications to this number.
opt_out||This message serves as written notice that I withdraw consent to be contacted via SMS or any automated means.
opt_out||I am formally requesting that you cease contacting me at this number by text message or autodialed call.
opt_out||Effective immediately, do not send any further messages to this phone.
opt_out||Per the FCC rules this reply revokes my consent. Confirm my removal in writing.
opt_out||My attorney advised me to notify you that I do not consent to receiving texts. Stop now.
opt_out||Consent revoked.
opt_out||I rescind my permission for you to text me.
opt_out||Any prior authorization I gave to receive marketing or informational texts is hereby withdrawn. Remove me from all lists.
opt_out||Stop, I'm blocking this number anyway
opt_out|mkt|Stop sending me promos please, but keep my appointment reminders
opt_out|mkt|No more sales texts. Reminders are fine.
opt_out|mkt|Please unsubscribe me from the marketing texts
opt_out|mkt|I only want appointment reminders, no deals or specials
opt_out|mkt|Stop the promotions
opt_out|mkt|Can you take me off the promo list? I still want confirmations for my Botox appts
opt_out|mkt|Stop texting me about flash sales. I'll book when I'm ready.
opt_out|mkt|opt me out of marketing msgs
opt_out|mkt|STOP PROMOS
opt_out|mkt|I don't need the monthly specials texts anymore
opt_out|mkt|Remove me from the VIP deals texts, thx
opt_out|mkt|I'm pregnant so no Botox for a while, please stop sending me the specials
other|hn|STOP it, that's amazing!! 50% off?? book me
other|hn|Stop!! my skin looks SO good after yesterday 😍
other|hn|Can't stop smiling at my results, thank you Dr. Lee!
other|hn|I cannot stop looking in the mirror lol
other|hn|Omg stop, you guys are too sweet
other|hn|STOP 😂😂 you guys are hilarious, loved the Halloween post
other|hn|Stop, I'm blushing 😊 thank you for the birthday coupon
other|hn|STOP I look 10 years younger
other|hn|No stopping me now, booking the full package!
question|hn|Should I stop taking my fish oil before my filler appointment?
question|hn|Do I need to stop retinol before the chemical peel? How many days?
question|hn|When should I stop my blood thinner before microneedling? My cardiologist said to ask you
question|hn|I stopped taking Accutane 4 months ago, is that long enough for laser?
question|hn|Is it ok to stop the antiviral after 3 days or should I finish it?
question|hn|Will I need to stop drinking alcohol before my lip filler?
question|hn|Do I have to stop working out after Kybella?
question|hn|When can I stop wearing the compression garment?
question|hn|How long until I can stop icing?
question|hn|The bleeding stopped but is this much bruising normal?
question|hn|The swelling hasn't stopped yet after 3 days, should I be worried?
question|hn|How long until the tingling stops?
question|hn|How do I stop the bruising from getting worse?
question|hn|Is there a way to stop the numbing cream from stinging?
question|hn|Is it normal that the numbness hasn't ended yet?
question|hn|I quit smoking last month, does that help with healing?
question|hn|I quit my gym so I need body contouring more than ever lol. Any openings Saturday?
question|hn|When does the promo end?
question|hn|Does the sale end Sunday or Monday?
question|hn|The end of my upper lip looks uneven, can someone take a look?
question|hn|My insurance ended, do you take HSA cards?
question|hn|Are you closing for the holidays? When do you stop taking appointments?
question|hn|Before you guys stop for Christmas can I squeeze in a lip flip?
question|hn|Who do I talk to about ending my payment plan early? I want to pay it off
question|hn|If I reply STOP will I still get my appointment reminders?
question|hn|What happens if I text stop by accident?
question|hn|My friend said if you text STOP you lose your reward points, is that true?
question|hn|If I unsubscribe from emails will I still get texts?
question|hn|Stop me if I'm asking too many questions lol but is there downtime with the CO2 laser?
question|hn|Remove the tattoo on my wrist, how many sessions does that usually take?
question|hn|Was that last text a mistake? It said my appointment was canceled but I didn't cancel
question|hn|Is my cancellation confirmed?
question|hn|Is it too late to cancel without the fee?
question|hn|What's your cancellation policy?
cancel|hn|I need to cancel my appointment on Friday, something came up
cancel|hn|Cancel my 2pm tomorrow please
cancel|hn|cancel appt
cancel|hn|Cancel my appointment
cancel|hn|Can you cancel Lauren's appointment? I'm her mom
cancel|hn|Please cancel the consult, I'll call back when I'm ready to book
reschedule|hn|Can we cancel Thursday and reschedule to next week?
reschedule|hn|Need to cancel tomorrow, kid is sick. Can I rebook for next week?
reschedule|hn|I need to quit coming on Tuesdays, can we switch to Thursdays going forward?
reschedule|hn|Stop holding my Saturday spot, move me to Sunday if you have it
reschedule||Can I move my facial to 4:30?
reschedule||Need to push my appt to the 14th
other|hn|Please cancel my membership but keep texting me my appointment reminders
other|hn|Stop my auto-ship of the skincare, I have too much. Texts are fine.
other|hn|Cancel my auto-ship on the Vitamin C serum, I'm switching to the retinol one
other|hn|Please cancel the subscription box for this month only
other|hn|Stop the membership auto-renew please. Still want texts though.
other|hn|I'm quitting the Hydrafacial membership but I'll still book a la carte, keep me on texts
other|hn|Cancel the dermaplaning add-on for tomorrow, just doing the facial
other|hn|Remove the cheek filler from my plan, just doing lips this time
other|hn|Unsubscribe me from the email newsletter please. Texts are fine!
other|hn|Please stop the emails, they're clogging my inbox. Texts are the best way to reach me
other|hn|Can I unsubscribe from the paper mailers? Texts and email are fine
other|hn|Please stop calling me at work, texting is better
other|hn|Stop calling, just text me
other|hn|Please don't stop sending reminders, I'd forget otherwise haha
other|hn|I don't want to stop getting these, I love the deals
other|hn|Texts are perfect, please don't stop
other|hn|I never want these to stop, best spa ever
other|hn|Don't take me off the list! I want the Black Friday deal
other|hn|Don't remove me from the waitlist!
other|hn|Remove me from the waitlist for Saturday, I found a time that works
other|hn|Please take me off the cancellation list, I already got an appointment
other|hn|I'll text STOP to the other spa, you guys are my favorite now 😂
other|hn|My husband says I should unsubscribe from everything but I love your deals lol keep them coming
other|hn|I got a text saying I opted out?? I didn't, please keep me on
other|hn|Please don't unsubscribe me, I replied stop by mistake. START
other|hn|UNSTOP
other|hn|Opt me in to the VIP texts!
other|hn|Opt out of the photo release for my before/after, I don't want it on Instagram. Texts still ok.
other|hn|I want to opt out of the payment plan and pay in full
other|hn|Don't text my husband about my appointments, only me
other|hn|Can you remove my old credit card from the file and use the new one?
other|hn|Can someone remove my late fee? I was stuck in traffic
other|hn|I'm done with my series! Thanks for everything, see you for a touch-up
other|hn|no more bruising! looks great
other|hn|The end result is amazing, worth every penny
other|hn|I'll stop by the office later to pick up my sunscreen
other|hn|pause my membership for a month, I'm traveling
other|hn|Don't text me at 6am lol, after 9 is better
other|hn|Do you guys ever stop having sales? 😂 I'm in, put me down for the peel
other|hn|I'll have to quit Botox if prices go up again lol
confirm|hn|Revoke my cancellation, I can make it after all!
confirm|hn|I want to cancel my cancellation 😅 still coming Tues
confirm|hn|Don't cancel my appointment, I'm just running 10 min late
reschedule|hn|Can I stop by at 3 instead of 3:15? Otherwise confirmed
confirm||Confirmed, see you at 3!
confirm||Yes I'll be there
question||Do you have anything open Saturday morning?
other||The link in your text says page not found, can you resend?
other||Thank you!
question|hn|My teenager won't stop asking about lash lifts, do you do them for 16 year olds?
confirm|hn|Lol my husband told me to stop spending money here. Not happening. See you Friday
question|hn|Is the end date on my gift card printed somewhere?
other|hn|Remove me from the 10am slot and put my sister in instead, she'll take my appointment
question|hn|Does laser hair removal eventually stop the hair completely or just thin it?
other|hn|Just wanted to say the headaches stopped after the Botox for TMJ, life changing
question|hn|Any reason my Venmo payment would be canceled? It says reversed
question|hn|I unsubscribed from your Instagram notifications by accident, where else do you post the flash sales? Keep texting me them pls
other|hn|Quit playing, $99 lip filler?! I'm there
question|hn|I'm ending things with my current injector and want to switch to you guys, how do I transfer my records?
other|hn|Cancelled my Groupon, booking directly with you instead
question|hn|Do you text a reminder the day before? I don't want to miss it
other|hn|Please keep texting me, I don't check email
other|hn|Opt-in for the referral program please!
question|hn|I don't want to get the emails, just texts. Is that possible?
other|hn|Removed the bandage this morning, looks great!
question|hn|When can I stop using the Aquaphor on the treated area?
cancel|hn|Won't make it Tuesday, please take me off the schedule
cancel|hn|Please remove me from tomorrow's 11:00, emergency at work
reschedule|hn|Take me off Friday and put me on Monday if there's room
other|hn|Don't ever stop the birthday month discount lol
other|hn|Wrong number, my bad! Meant to text the pharmacy. Ignore
question|hn|Is this the right number to text for questions, or should I stop texting here and call?
other|hn|I stopped the Ozempic 2 weeks ago like the nurse said
question|hn|My mom passed away and I want to use her remaining package credits, is that possible?
cancel|hn|This is her son, she's in the hospital so she'll miss Thursday. Please keep the reminders coming for when she's back
question|hn|Quick q, does the end of the month special include men?
other|hn|Stop teasing me with these before/afters 😭 payday needs to hurry up
question|hn|How do I cancel just the email list? Texts are fine
confirm|hn|Y. Don't cancel me please, I'll be there
# lang=es
opt_out||ALTO
opt_out||Alto por favor
opt_out||alto alto alto
opt_out||BASTA
opt_out||Ya no me manden mensajes
opt_out||No me escriban más
opt_out||Dejen de mandarme textos por favor
opt_out||Quítenme de su lista
opt_out||Por favor borren mi número
opt_out||No quiero recibir más mensajes de ustedes
opt_out||Ya párenle con los mensajes, no me interesa
opt_out||Ya estuvo, no me manden nada más
opt_out||Dejá de mandarme mensajes, che
opt_out||Tío, dejad de enviarme SMS ya
opt_out||No me texteen más porfa
opt_out||unsubscribe porfa, ya no quiero textos
opt_out||Desuscribirme por favor
opt_out||deje de enviarme msj xfa
opt_out||Revoco mi consentimiento para recibir mensajes de texto de esta clínica.
opt_out||Esta es la hija de Carmen, ella falleció. Por favor dejen de mandar mensajes a este número
opt_out||Número equivocado, no conozco a esa persona, favor de no escribir más
opt_out||¿Hasta cuándo? Ya les dije dos veces que no me escriban. Bórrenme de su lista.
opt_out||No mames, otra vez? ya no me manden nada
opt_out||Dejen de joder con los mensajes, wey
opt_out|mkt|No más promociones por favor, solo los recordatorios de mis citas
opt_out|mkt|Ya no me manden ofertas
cancel|hn|Necesito cancelar mi cita del jueves
question|hn|¿Debo dejar de tomar aspirina antes del relleno?
other|hn|No paro de sonreír, quedé feliz con los resultados
question|hn|¿Hasta cuándo dura la promoción?
other|hn|Cancelen mi membresía pero sigan mandándome los recordatorios
other|hn|No dejen de mandarme los recordatorios porfa, se me olvida todo
other|hn|Paso por la clínica mañana a recoger mi crema
other|hn|Alto nivel el servicio, gracias!
other|hn|Ya no me duele nada, gracias doctora
other|hn|Bórrenme del correo, pero los textos sí me sirven
reschedule||Quiero cambiar mi cita para el lunes
other|hn|¡Basta de arrugas! Quiero el paquete de botox
question|hn|¿Cuándo puedo dejar de usar la faja después de la lipo?
other|hn|No me quiten de la lista de espera por favor
question|hn|¿Me pueden quitar el cargo por no presentarme? Avisé con tiempo
other|hn|Ya paré de tomar la vitamina E como me dijeron
other|hn|No más moretones, quedó perfecto 🙌
question|hn|Si respondo ALTO, ¿ya no me llegan los recordatorios de mi cita?
other|hn|Sigan mandando mensajes porfa, no reviso el correo
other|hn|Hola, número equivocado, perdón, era para mi hermana
cancel|hn|Cancelo la cita de mañana, tengo al niño enfermo
question|hn|Está muy alto el precio, ¿tienen algún descuento?
other|hn|Paren todo, ¡qué buena promo! Apártenme un lugar
reschedule||No puedo ir el martes, ¿me pasan al jueves?
# lang=pt
opt_out||PARE
opt_out||Parem de me mandar mensagem
opt_out||Não quero mais receber mensagens
opt_out||Me tira dessa lista por favor
opt_out||Por favor, remova meu número
opt_out||Chega de mensagens!
opt_out||Descadastrar
opt_out||Número errado, parem de enviar
opt_out||Revogo meu consentimento para receber SMS desta clínica.
opt_out|mkt|Não me mandem mais promoções, só lembrete de consulta
cancel|hn|Preciso cancelar minha consulta de sexta
question|hn|Devo parar o anticoagulante antes do preenchimento?
other|hn|Não consigo parar de me olhar no espelho kkkk amei
other|hn|Passo aí amanhã pra pagar
other|hn|Cancela o pacote mas pode continuar mandando mensagem
question|hn|Quando posso parar de usar a cinta modeladora?
other|hn|Continuem mandando as mensagens, não leio e-mail
other|hn|Para tudo! Que promoção boa, quero marcar
# lang=ht
opt_out||Sispann
opt_out||Sispann voye mesaj ban mwen
opt_out||Tanpri retire nimewo mwen
opt_out||Mwen pa vle resevwa mesaj ankò
opt_out||Pa voye m tèks ankò souple
opt_out||Se pitit li ki ekri, manman m mouri, tanpri sispann voye mesaj
opt_out|mkt|Mwen pa vle piblisite ankò, men voye rapèl randevou yo
cancel|hn|Mwen vle anile randevou mwen jedi a
question|hn|Èske m dwe sispann pran grenn mwen anvan tretman an?
other|hn|Pa sispann voye rapèl yo ban mwen, mwen bliye fasil
question|hn|Kilè m ka sispann mete glas la?
other|hn|Kontinye voye mesaj yo ban mwen tanpri
# lang=fr
opt_out||ARRÊT
opt_out||STOP svp
opt_out||Arrêtez de m'envoyer des SMS
opt_out||Merci de me retirer de votre liste
opt_out||Je ne souhaite plus recevoir de messages de votre part
opt_out||Désabonnement
opt_out||Je retire mon consentement à recevoir des SMS, avec effet immédiat.
opt_out||Arrêtez de me texter, c'est rendu ridicule
opt_out|mkt|Plus de promos svp, seulement les rappels de rendez-vous
cancel|hn|Je dois annuler mon rendez-vous de mardi
question|hn|Dois-je arrêter l'aspirine avant les injections ?
other|hn|Je n'arrête pas de sourire, merci !
other|hn|Désabonnez-moi de la newsletter par e-mail mais gardez les SMS
reschedule|hn|Je dois annuler mardi, est-ce possible de reporter à jeudi ?
question|hn|Si je réponds STOP, est-ce que je reçois encore les rappels ?
other|hn|Arrête, c'est trop beau 😍 merci
# lang=vi
opt_out||Ngừng gửi tin nhắn
opt_out||Đừng nhắn tin cho tôi nữa
opt_out||Xin xóa số điện thoại của tôi khỏi danh sách
opt_out||Tôi không muốn nhận tin nhắn nữa
opt_out||dung nhan tin nua
opt_out|mkt|Đừng gửi quảng cáo nữa, chỉ nhắc lịch hẹn thôi
cancel|hn|Tôi muốn hủy lịch hẹn ngày mai
question|hn|Có cần ngừng uống thuốc trước khi tiêm không?
other|hn|Cười hoài không dừng được, đẹp quá
other|hn|Đừng ngừng gửi tin nhắc lịch hẹn nhé
question|hn|Khi nào tôi có thể ngừng bôi kem?
other|hn|Đừng xóa tên tôi khỏi danh sách chờ nhé
# lang=zh
opt_out||退订
opt_out||TD
opt_out||请不要再给我发短信了
opt_out||别再发了
opt_out||把我的号码删掉
opt_out||取消订阅
opt_out||我不想再收到你们的信息
opt_out||打错号码了，请停止发送
opt_out||請停止傳簡訊給我
opt_out|mkt|不要再发促销信息了，预约提醒可以继续发
cancel|hn|我想取消明天的预约
question|hn|打针前需要停用阿司匹林吗？
other|hn|效果太好了，笑得停不下来
other|hn|请取消我的会员自动续费，短信可以继续发
question|hn|促销活动什么时候结束？
other|hn|别停，继续给我发优惠信息！
question|hn|术后什么时候可以停止冰敷？
# lang=ko
opt_out||수신거부
opt_out||문자 그만 보내주세요
opt_out||더 이상 연락하지 마세요
opt_out||제 번호 삭제해 주세요
opt_out||수신 거부합니다
opt_out|mkt|광고 문자는 그만 보내주세요. 예약 알림은 괜찮아요
cancel|hn|내일 예약 취소하고 싶어요
question|hn|시술 전에 약 복용 중단해야 하나요?
other|hn|결과 너무 좋아서 웃음이 멈추질 않아요
other|hn|이메일 수신거부 해주시고 문자는 계속 받을게요
question|hn|이벤트 언제 끝나요?
other|hn|문자 계속 보내주세요, 이메일은 안 봐요
# lang=tl
opt_out||Tigil na po
opt_out||Wag nyo na po ako i-text
opt_out||Pakitanggal po ang number ko
opt_out||Ayoko na pong makatanggap ng text
opt_out||Stop na po please
opt_out||Tama na ang text nyo, nakakainis na
opt_out|mkt|Huwag na po magpadala ng promo, appointment reminder lang
cancel|hn|Kailangan ko pong i-cancel yung appointment ko bukas
question|hn|Dapat ko po bang itigil ang vitamins bago ang filler?
other|hn|Hindi ako matigil kakangiti, ang ganda ng resulta!
other|hn|Wag nyo po akong tanggalin sa waitlist
question|hn|Kailan po matatapos ang promo?
# lang=ar
opt_out||توقف
opt_out||أرجو التوقف عن إرسال الرسائل
opt_out||لا أريد استلام رسائل بعد الآن
opt_out||احذفوا رقمي من القائمة
opt_out||الرقم خطأ، توقفوا عن المراسلة
opt_out||matb3atlish rasayel tany please
opt_out|mkt|لا ترسلوا لي عروض، فقط تذكير المواعيد
cancel|hn|أريد إلغاء موعدي يوم الخميس
question|hn|هل يجب أن أتوقف عن الأسبرين قبل الفيلر؟
other|hn|لا أستطيع التوقف عن الابتسام، النتيجة رائعة
question|hn|متى ينتهي العرض؟
other|hn|استمروا في إرسال التذكيرات من فضلكم
reschedule|hn|ألغوا موعد الأحد وحطوني يوم الاثنين
# lang=ru
opt_out||СТОП
opt_out||Прекратите присылать мне сообщения
opt_out||Отпишите меня
opt_out||Удалите мой номер
opt_out||Больше не пишите мне
opt_out||Я отзываю согласие на получение SMS.
opt_out|mkt|Не присылайте рекламу, только напоминания о записи
cancel|hn|Хочу отменить запись на пятницу
question|hn|Нужно ли прекратить приём аспирина перед процедурой?
other|hn|Не могу перестать улыбаться, спасибо!
other|hn|Отпишите меня от email-рассылки, а смс пусть приходят
question|hn|Когда заканчивается акция?
other|hn|Не удаляйте меня из листа ожидания
# lang=hi
opt_out||कृपया मुझे मैसेज भेजना बंद करें
opt_out||मेरा नंबर हटा दीजिए
opt_out||Please mujhe message mat bhejo
opt_out||Band karo ye messages yaar
opt_out||Mujhe ab ye texts nahi chahiye, remove kar do
opt_out|mkt|Offers wale msg mat bhejo, sirf appointment reminder bhejna
cancel|hn|Kal ka appointment cancel karna hai
question|hn|Kya treatment se pehle dawai band karni padegi?
other|hn|Results dekh ke smile ruk hi nahi rahi 😄
reschedule||मुझे अपॉइंटमेंट बदलना है
other|hn|Messages bhejte raho please, email main nahi dekhti
question|hn|Offer kab khatam hoga?
# lang=pl
opt_out||Proszę przestać wysyłać mi SMS-y
opt_out||Nie piszcie do mnie więcej
opt_out||Usuńcie mój numer
opt_out||Rezygnuję z powiadomień SMS
opt_out||Wypisz mnie
opt_out|mkt|Bez reklam proszę, tylko przypomnienia o wizycie
cancel|hn|Muszę odwołać wizytę w piątek
question|hn|Czy mam odstawić aspirynę przed zabiegiem?
other|hn|Nie mogę przestać się uśmiechać, dziękuję!
other|hn|Wypiszcie mnie z newslettera mailowego, SMS-y mogą zostać
# lang=it
opt_out||Smettetela di mandarmi messaggi
opt_out||Non voglio più ricevere SMS
opt_out||Cancellate il mio numero per favore
opt_out||Basta messaggi!
opt_out|mkt|Niente più promozioni, solo i promemoria degli appuntamenti
cancel|hn|Devo disdire l'appuntamento di martedì
question|hn|Devo sospendere l'aspirina prima del filler?
other|hn|Non riesco a smettere di sorridere, grazie!
other|hn|Continuate a mandarmi i promemoria, grazie
# lang=de
opt_out||Bitte keine SMS mehr
opt_out||Hören Sie auf, mir Nachrichten zu schicken
opt_out||Abmelden
opt_out||Löschen Sie meine Nummer
opt_out||Ich widerrufe meine Einwilligung zum Erhalt von SMS.
opt_out|mkt|Keine Werbung mehr bitte, Terminerinnerungen sind ok
cancel|hn|Ich muss meinen Termin am Freitag absagen
question|hn|Soll ich Aspirin vor der Behandlung absetzen?
other|hn|Bitte hört nicht auf, mich an Termine zu erinnern
other|hn|Ich kann nicht aufhören zu lächeln, danke!
question|hn|Wann endet die Aktion?
# lang=ja
opt_out||配信停止
opt_out||もうメッセージを送らないでください
opt_out||番号を削除してください
opt_out||SMSの受信を停止してください
opt_out|mkt|広告のメッセージは不要です。予約のお知らせだけお願いします
cancel|hn|明日の予約をキャンセルしたいです
question|hn|施術前に薬を止めたほうがいいですか？
other|hn|仕上がりが最高で笑顔が止まりません
question|hn|キャンペーンはいつ終わりますか？
other|hn|メールは停止で、SMSはそのまま届けてください
# lang=fa
opt_out||لطفا دیگه پیام نفرستید
opt_out||شماره منو حذف کنید
cancel|hn|میخوام وقتمو کنسل کنم
question|hn|قبل از بوتاکس باید آسپرین رو قطع کنم؟
other|hn|پیامها رو قطع نکنید، یادآوری لازم دارم
# lang=hy
opt_out||Խնդրում եմ, այլևս հաղորդագրություններ մի ուղարկեք
opt_out||Ջնջեք իմ համարը
cancel|hn|Ուզում եմ չեղարկել վաղվա այցը
question|hn|Պե՞տք է դադարեցնել ասպիրինը պրոցեդուրայից առաջ
# lang=uk
opt_out||Припиніть надсилати мені повідомлення
opt_out||Видаліть мій номер, будь ласка
cancel|hn|Хочу скасувати запис на четвер
other|hn|Не можу перестати посміхатися
question|hn|Чи треба припинити приймати аспірин перед процедурою?
# lang=th
opt_out||หยุดส่งข้อความมาได้แล้ว
opt_out||กรุณาลบเบอร์ของฉันออก
cancel|hn|ขอยกเลิกนัดพรุ่งนี้ค่ะ
question|hn|ต้องหยุดยาก่อนทำหัตถการไหมคะ
# lang=tr
opt_out||Lütfen bana mesaj göndermeyi bırakın
opt_out||Numaramı listeden çıkarın
cancel|hn|Yarınki randevumu iptal etmem gerekiyor
question|hn|İşlemden önce aspirini bırakmam gerekiyor mu?
`;
