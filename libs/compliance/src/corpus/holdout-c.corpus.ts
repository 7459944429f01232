/**
 * HOLDOUT C — evaluation only (issue 13), written on 2026-12-07 by an engineer who did not write the
 * detector, its lexicon or the earlier holdouts, before running the detector on any of these texts and
 * without reading the lexicon. Never train on it, never tune rules against it, never edit it after
 * seeing results.
 *
 * Format: `intent|flags|text`; `# lang=xx` sets the language of the lines that follow. Opt-outs are
 * `opt_out` (flag `mkt` = promotions only); hard negatives carry the flag `hn`.
 */
export const HOLDOUT_C_CORPUS = String.raw`
# lang=en
opt_out||STP
opt_out||SOTP
opt_out||STPO
opt_out||stpo
opt_out||Stoo
opt_out||unsubscibe
opt_out||Unsubcribe me
opt_out||unsusbcribe
opt_out||stopppp
opt_out||S T O P
opt_out||S.T.O.P.
opt_out||UNSUBSCRIBE
opt_out||STOPALL
opt_out||END
opt_out||opt out
opt_out||Please stpo sending me these messages
opt_out||can you plz sotp texting this number
opt_out||Take me off your lsit please
opt_out||pls remvoe me from your texts
opt_out||I want to unsubscirbe from these messages
opt_out||Id like to opt ot of texts thanks
opt_out||no mroe texts please
opt_out||Dont text me anymroe
opt_out||pls dont txt this numbr anymore
opt_out||REMOVE ME FROM THIS LIST
opt_out||I hereby revoke my consent to receive text messages from your clinic, effective immediately.
opt_out||Please cease all SMS communications to this number. Any further messages will be a violation of the TCPA.
opt_out||I withdraw my consent to be contacted by text message at this number.
opt_out||This is formal notice that I revoke any prior express consent to receive automated texts. Do not contact this number again.
opt_out||Effective immediately, please discontinue all text messages to this phone.
opt_out||Under the TCPA I am requesting that you stop sending texts to this number. Please confirm in writing.
opt_out||Hi there, I would really appreciate it if you could take my number off your texting list. Thank you so much!
opt_out||Sorry to be a pain but I'd prefer not to get texts from you anymore
opt_out||I think I'm all set with the text messages, could you stop sending them? Thanks
opt_out||Would it be possible to no longer receive these? Thanks in advance
opt_out||You guys have texted me 4 times this week about a sale I don't care about. It's honestly harassment at this point. Remove my number.
opt_out||I had a terrible experience at your clinic, my filler was lumpy for weeks and nobody called me back. I'm not coming back and I don't want any more messages from you.
opt_out||Your front desk was rude, billing overcharged me, and now you spam me every other day. Just delete my number
opt_out||I've asked before. No further contact.
opt_out||This is the third time I've asked you to stop texting me. Remove me NOW.
opt_out||I already replied STOP last month and I'm still getting these. Take me off.
opt_out||Wrong number, remove me
opt_out||Who is this? I've never been to a med spa. wrong number please remove
opt_out||You have the wrong person, I'm not Jessica. Please stop texting this number
opt_out||This is Maria's daughter. My mom passed away in October, please stop sending her messages.
opt_out||This is my husband's phone, he doesn't want these texts. Please take him off your list
opt_out||I'm texting for my grandmother, the messages confuse her. Please remove her number from your texts
opt_out||🛑🛑🛑
opt_out||No more texts please 🙏🙏
opt_out||🚫📱 unsubscribe
opt_out||ugh stop 😤😤
opt_out||do not contact me again
opt_out||I moved to Arizona and won't be coming back, you can take me off your list.
opt_out|cancel|CANCEL
opt_out|mkt|Please stop sending me the specials and deals. I still want my appointment reminders though
opt_out|mkt|Can you take me off the marketing texts? Keep the reminders for my botox appts
opt_out|mkt|unsubscribe from promos only pls
opt_out|mkt|I don't need the sale blasts every week, just text me when I have an appointment
opt_out|mkt|Stop the promotional messages. Reminders ok.
opt_out|mkt|no more flash sale texts 🙅‍♀️ reminders still fine
opt_out|mkt|Opt me out of marketing SMS but leave appointment confirmations on
opt_out|mkt|Enough with the Black Friday offers, only reminders please
opt_out|mkt|Please remove me from the promotional texts. I still want to get reminded about my facials
opt_out|mkt|STOP promos
opt_out|mkt|unsubscirbe me from the deals texts, appt reminders are fine
confirm|hn|Stop! That's the best news, see you Friday at 2
thanks|hn|Stop! You guys are the best, my skin has never looked better
thanks|hn|stoppp it you're too kind 😭
thanks|hn|STOP IT 😍 the before and after pics are insane
confirm|hn|omg stop I was literally just about to book. Confirmed!
thanks|hn|I can't stop looking in the mirror lol thank you Dr. Patel
thanks|hn|Don't ever stop being amazing 🥹
thanks|hn|Please never stop sending these cute reminder texts 💕
confirm|hn|I'll stop by tomorrow at 10 to sign the consent forms
confirm|hn|Yes stop by at 11 works perfect
directions_parking|hn|Can I stop in front of the building to drop off my mom or is there a parking lot?
directions_parking|hn|Which bus stop is closest to your office?
pre_treatment|hn|Can I stop taking my retinol before the peel or do I need to stop earlier?
pre_treatment|hn|When should I stop taking fish oil and ibuprofen before my filler appointment?
pre_treatment|hn|Do I need to stop using tretinoin before microneedling? How many days?
pre_treatment|hn|Should I stop drinking alcohol before my Botox?
pre_treatment|hn|I quit smoking 2 weeks ago, is that long enough before my laser?
aftercare|hn|When can I stop icing my lips after the filler?
aftercare|hn|The bleeding stopped but it's still pretty swollen, is that normal?
aftercare|hn|How long until the redness stops after the laser?
aftercare|hn|My lips won't stop tingling after the filler, is that normal?
aftercare|hn|I quit the retinol like you said, when can I restart it?
other|hn|I want to opt out of the vitamin B12 add-on at my next visit
pricing|hn|Please remove the dermaplaning from my package, I just want the hydrafacial. How much is it then?
other|hn|Cancel my auto-ship for the skincare serum please. Texts are fine
other|hn|Please unsubscribe me from your emails, I get too many. Texting is fine though
help|hn|How do I unsubscribe from your email newsletter? I still want texts
other|hn|I unsubscribed from the emails last week, just making sure I still get my appointment texts
other|hn|Don't stop the reminders please, they're the only reason I show up lol
other|hn|Is there a way to stop getting the survey emails? Texts are ok
other|hn|Text me not email please, I never check email. Unsubscribe the email part
opt_in|hn|Please don't remove me from the list! I want to hear about the next filler sale
opt_in|hn|I accidentally texted STOP earlier, can you put me back on? I want the texts
opt_in|hn|START
opt_in|hn|UNSTOP
opt_in|hn|I'd like to opt in to text reminders please
help|hn|What happens if I reply STOP? Will I still get my appointment reminders?
help|hn|STOP is to opt out right? I'm just asking, don't opt me out
help|hn|Is this the number I text to reschedule or to stop reminders? Want to know before I reply
cancel_appointment|hn|cancel my appointment
cancel_appointment|hn|I need to cancel my Botox appointment on Tuesday, something came up
cancel_appointment|hn|Please cancel my 3pm tomorrow, I'm sick
cancel_appointment|hn,rtc,cancel|cancel
reschedule|hn,rtc|R - can't make it, stuck at work till 6
confirm|hn,rtc|C!! can't stop thinking about how good my skin looked last time
reschedule|hn,rtc|R please, need to stop by a different day, maybe Monday?
reschedule|hn|end of day works better for me, can we move it to 5?
reschedule|hn|Stop, wait, I got the date wrong. Can we do the 14th instead?
confirm|hn|End of the week is fine, Friday it is
hours|hn|What time do you stop taking walk-ins on Saturday?
hours|hn|What time do you end on Fridays?
running_late|hn|Running 10 min late, had to stop for gas
running_late|hn|Stuck at a stop light on Main, be there in 5
other|hn|My friend said she replied STOP to your texts by accident, how does she get them back?
other|hn|My sister says "stop texting me" is all she ever replies to you guys lol. Anyway can I book with Kim?
book_new|hn|My coworker said to just text unsubscribe if I don't like it, but I actually want to book a lip flip!
book_new|hn|Saw your promo, stop teasing me and just book me in for the 20 units 😂
book_new|hn|Quitting my gym membership so I can afford the CoolSculpting lol. When's next availability?
book_new|hn|I want my old filler dissolved and removed, can I book a consult?
complaint|hn|The wait was 40 minutes yesterday. Not happy but I'll keep my next appointment
complaint|hn|I got charged twice for my facial, please fix this. Don't remove my card on file though
complaint|hn|The reminder texts come at 6am, can you send them later in the day? I don't want to stop them, just the timing
complaint|hn|please stop charging my membership, I cancelled it in person last week
other|hn|Remove my old card and use the new one ending 4421
other|hn|Please remove my maiden name from my file, it's Johnson now
other|hn|Delete the photo I sent yesterday, wrong one lol
other|hn|Wrong date? I think you sent me someone else's appointment time. Mine is Thursday not Wednesday
other|hn|Stop using my old address for the invoices, I moved
other|hn|Leave me on the waitlist please!
other|hn|Take me off the waitlist, I found an earlier slot with Dr. Lee. Keep sending reminders though
other|hn|No thanks on the membership upgrade, just the regular facial
other|hn|I want to end my membership at the end of this month. Still want texts for appointments
other|hn|My husband said to cancel the CoolSculpting and just do Botox. Can we switch?
other|hn|I changed my number, please send reminders to my new cell instead. I'll call with it
thanks|hn|Thanks, no more questions!
pricing|hn|No more deals on CoolSculpting this month? Darn. What's the regular price?
pricing|hn|How much to remove a tattoo the size of a quarter?
pricing|hn|Do you do laser hair removal? Price for underarms?
bring_guest|hn|Can my sister come with me? She might stop by after her shift
other|hn|Stop sending the paper bills to my house, I do paperless now. Texts are good
confirm|hn|Quit worrying, I'll be there lol. C
thanks|hn|I literally can't stop smiling 😁 thank you Jenna
other|hn|Remove me from the Saturday waitlist, Sunday is better
other|hn|The app keeps sending push notifications, how do I turn those off? SMS is fine
complaint|hn|Your unsubscribe link for emails is broken. Don't touch my texts, just fix the email thing
aftercare|hn|Can I stop the antiviral pills after 3 days or finish the whole pack?
pre_treatment|hn|I stopped my Accutane in August, can I do the laser now?
# lang=es
opt_out||Ya no me manden mensajes por favor
opt_out||BAJA
opt_out||quiero darme de baja de los mensajes
opt_out||Dejen de mandarme textos, ya les dije mil veces
opt_out||Oigan ya párenle con los mensajes, qué fastidio 🙄
opt_out||Bórrenme de su lista porfa
opt_out||Diablo, ya, dejen de escribirme que no me interesa
opt_out||Número equivocado, no soy Carmen. Por favor borren este número
opt_out||Soy la hija de la señora Rosa, ella ya no quiere recibir mensajes, por favor quítenla de la lista
opt_out||Revoco mi consentimiento para recibir mensajes de texto. No me contacten más.
opt_out||para ya de enviarme mensajes
opt_out||No quiero más textos, déjenme tranquila
opt_out||desuscribanme xfa
opt_out|mkt|Ya no me manden promociones por favor, solo los recordatorios de mis citas
cancel_appointment|hn|Quiero cancelar mi cita del martes
pre_treatment|hn|¿Tengo que dejar de tomar la aspirina antes del relleno?
confirm|hn|Ahí paso mañana a las 10, gracias
directions_parking|hn|¿Dónde me paro para estacionar? ¿Hay parqueo atrás?
thanks|hn|Ay ya basta, ustedes son lo máximo 😍 me encantó el resultado
other|hn|Ya no quiero el suero, ¿me pueden quitar del envío automático? Los mensajes sí me sirven
confirm|hn|Para el viernes está bien, ahí estaré
other|hn|Bórrenme de la lista de correos, los textos sí los quiero
aftercare|hn|¿Cuándo puedo dejar de ponerme hielo en los labios?
# lang=pt
opt_out||Parar
opt_out||PARE
opt_out||Não quero mais receber mensagens de vocês
opt_out||Por favor me tirem dessa lista, já pedi antes
opt_out||Número errado, não conheço essa clínica. Favor remover
opt_out||SAIR
opt_out||Chega de mensagem, pelo amor de Deus 😩 me descadastra
opt_out|mkt|Não quero mais receber promoções, só os lembretes das consultas
cancel_appointment|hn|Preciso cancelar meu horário de quinta
pre_treatment|hn|Tenho que parar de usar o ácido antes do peeling?
thanks|hn|Para!! Amei demais o resultado 😍
other|hn|Quero sair da assinatura dos cremes, mas pode continuar mandando os lembretes
confirm|hn|Passo aí amanhã às 10, obrigada
# lang=ht
opt_out||Tanpri sispann voye mesaj ban mwen
opt_out||Mwen pa vle resevwa mesaj ankò
opt_out||Retire nimewo mwen sou lis la souple
opt_out||Se pa bon nimewo a, tanpri retire l
opt_out||Se pitit fi li mwen ye, manman m pa vle mesaj sa yo ankò
cancel_appointment|hn|Mwen bezwen anile randevou mwen demen
confirm|hn|M ap pase demen maten, mèsi
pre_treatment|hn|Èske m dwe sispann pran grenn yo anvan tretman an?
thanks|hn|Sispann non, nou twò janti 😂 mèsi anpil
# lang=fr
opt_out||ARRET
opt_out||Arrêtez de m'envoyer des SMS svp
opt_out||Je souhaite me désinscrire de vos messages
opt_out||Merci de retirer mon numéro de votre liste, je ne suis plus cliente
opt_out||Je retire mon consentement à recevoir des SMS, avec effet immédiat.
opt_out|mkt|Je ne veux plus recevoir les offres promotionnelles, seulement les rappels de rendez-vous
cancel_appointment|hn|Je dois annuler mon rendez-vous de jeudi
pre_treatment|hn|Dois-je arrêter le rétinol avant le peeling ?
confirm|hn|Je passerai demain vers 11h, merci
other|hn|Désinscrivez-moi de la newsletter par email, mais gardez les SMS de rappel
# lang=ar
opt_out||توقف
opt_out||الرجاء إيقاف الرسائل
opt_out||لا أريد استلام رسائل بعد الآن، احذفوا رقمي
opt_out||رقم خطأ، أرجو حذف هذا الرقم
opt_out||إلغاء الاشتراك
cancel_appointment|hn|أريد إلغاء موعدي يوم الخميس
pre_treatment|hn|هل يجب أن أتوقف عن استخدام الريتينول قبل التقشير؟
confirm|hn|سأمر عليكم غداً الساعة العاشرة
other|hn|ألغيت الاشتراك في البريد الإلكتروني، لكن أريد استمرار رسائل تذكير المواعيد
# lang=vi
opt_out||Dừng
opt_out||Làm ơn đừng nhắn tin cho tôi nữa
opt_out||Hủy đăng ký tin nhắn
opt_out||Xoá số của tôi khỏi danh sách giùm
opt_out||Nhầm số rồi, xin đừng nhắn nữa
opt_out|mkt|Đừng gửi tin khuyến mãi nữa, chỉ nhắc lịch hẹn thôi
cancel_appointment|hn|Tôi muốn hủy lịch hẹn ngày mai
pre_treatment|hn|Tôi có cần ngưng dùng retinol trước khi peel không?
other|hn|Đừng ngừng gửi nhắc lịch nhé, tôi hay quên lắm
confirm|hn|Mai em ghé qua lúc 2 giờ nha
# lang=zh
opt_out||退订
opt_out||TD
opt_out||请不要再给我发短信了
opt_out||别再发了，烦死了，把我号码删掉
opt_out||发错号码了，请删除
opt_out||我替我妈妈回复：她不想再收到你们的短信，请取消
opt_out|mkt|请不要再发促销信息了，预约提醒可以继续发
cancel_appointment|hn|我想取消明天的预约
pre_treatment|hn|做光子嫩肤之前需要停用维A酸吗？
other|hn|邮件我退订了，短信提醒请继续发
confirm|hn|好的，我明天顺路过去一下
# lang=tl
opt_out||Pakitigil na po ang pag-text sa akin
opt_out||Ayoko na po makatanggap ng text, paki-remove na lang
opt_out||Wrong number po, hindi ako si Grace. Paki-tanggal na
opt_out||Tigilan nyo na ako sa mga text nyo, nakakainis na
opt_out||Stop na po please, salamat
cancel_appointment|hn|Pa-cancel po ng appointment ko sa Sabado
pre_treatment|hn|Kailangan ko po bang itigil ang retinol bago ang peel?
thanks|hn|Stop ka na, ang ganda ng result! 😍 Salamat po
# lang=ko
opt_out||수신거부
opt_out||문자 그만 보내주세요
opt_out||더 이상 연락하지 마세요
opt_out||잘못된 번호입니다. 삭제해 주세요
opt_out|mkt|광고 문자는 그만 보내주세요. 예약 알림은 괜찮아요
cancel_appointment|hn|내일 예약 취소하고 싶어요
pre_treatment|hn|필러 맞기 전에 아스피린 끊어야 하나요?
other|hn|이메일 수신거부는 했는데 예약 문자는 계속 받고 싶어요
confirm|hn|내일 잠깐 들를게요
# lang=ru
opt_out||СТОП
opt_out||Прекратите присылать мне сообщения
opt_out||Отпишите меня от рассылки
opt_out||Не пишите мне больше, пожалуйста
opt_out||Ошиблись номером, удалите меня
cancel_appointment|hn|Мне нужно отменить запись на четверг
pre_treatment|hn|Нужно ли прекратить ретинол перед пилингом?
confirm|hn|Зайду завтра в 11, спасибо
thanks|hn|Хватит, вы слишком добры 😊 спасибо большое
# lang=hi
opt_out||कृपया मुझे मैसेज भेजना बंद करें
opt_out||mujhe aur message mat bhejo please
opt_out||band karo ye messages
opt_out||mera number list se hata do
opt_out||galat number hai, kripya hata dein
cancel_appointment|hn|मुझे अपना कल का अपॉइंटमेंट कैंसल करना है
pre_treatment|hn|peel se pehle retinol band karna padega kya?
confirm|hn|kal 11 baje aa jaungi, thanks
other|hn|email band kar do but SMS reminders chalu rakho
# lang=pl
opt_out||Proszę przestać wysyłać mi SMS-y
opt_out||Wypisz mnie z listy
opt_out||Nie chcę więcej wiadomości
cancel_appointment|hn|Muszę odwołać wizytę w piątek
pre_treatment|hn|Czy mam przestać brać aspirynę przed zabiegiem?
# lang=it
opt_out||Basta messaggi per favore, cancellatemi dalla lista
opt_out||Non voglio più ricevere SMS
opt_out||Disiscrivimi
cancel_appointment|hn|Devo cancellare l'appuntamento di domani
thanks|hn|Basta, siete troppo gentili! Grazie mille
# lang=ja
opt_out||配信停止
opt_out||もうメッセージを送らないでください
opt_out||番号間違いです。削除してください
cancel_appointment|hn|明日の予約をキャンセルしたいです
pre_treatment|hn|ピーリングの前にレチノールを止めたほうがいいですか？
# lang=am
opt_out||እባክዎ መልእክት መላክ ያቁሙ
opt_out||ከዚህ በኋላ መልእክት አልፈልግም
cancel_appointment|hn|ቀጠሮዬን መሰረዝ እፈልጋለሁ
confirm|hn|ነገ እመጣለሁ፣ አመሰግናለሁ
`;
