/**
 * Issue 13, ninth batch, written by the `optout-fp` session of 2026-12-07 from the KINDS of false opt-out
 * that holdouts F and D showed and that G's rule ids point to (never from G's texts, which this session did
 * not open; D's and F's texts were not copied): an opt-out word mentioned, not used — another person's
 * advice, a website or app's banner, a question about how opting out works — in the languages of US clinics;
 * another thing opted out of while a sentence keeps our texts; double negation and "keep sending" in
 * Haitian Creole, Arabic, Tagalog and Chinese; texts that ask for or praise our promotions. Each group was
 * first tried on the detector as a probe, then folded in, with opt-outs of the same shapes so the guards
 * do not swallow real requests. Training texts for the rules and the models (`labelledCorpus()`).
 */
export const NINTH_BATCH_CORPUS = String.raw`
# Kind 1: mention, not use — banners, reported speech, questions
other|hn|The app keeps saying unsubscribe failed when I try to book, can you help?
other|hn|Your website says unsubscribe successful every time I change my email address. Weird
other|hn|The page showed "opt out complete" after I updated my card, is that normal?
other|hn|My wife says I should unsubscribe from everything but honestly I love your deals, keep them coming
other|hn|My daughter keeps telling me to stop texting with businesses lol but you guys are the exception
other|hn|My friend told me to reply stop but I actually like the reminders
other|hn|How does opting out work for my mom's number? She wants to stay on it, just curious
other|hn|Does texting STOP also cancel my membership? I don't want to stop anything, just asking
other|hn|The screen popped up "you have been unsubscribed" but I never pressed anything. Am I still on the list? I want to be
other|hn|Mi esposo dice que debería darme de baja de todo, pero me encantan sus ofertas
other|hn|La página dice "baja exitosa" cuando actualizo mi correo, ¿es un error?
other|hn|Mon mari dit que je devrais me désabonner de tout, mais j'adore vos offres
other|hn|Meu marido diz que eu deveria cancelar a inscrição de tudo, mas eu amo as promoções de vocês
other|hn|我老公说我应该退订所有短信，但我很喜欢你们的优惠，继续发吧
other|hn|网站一直显示"退订成功"，我只是更新了邮箱，怎么回事？
other|hn|Sabi ng asawa ko mag-unsubscribe na daw ako pero gusto ko ang mga promo nyo
other|hn|Mari m di m ta dwe sispann resevwa mesaj yo men mwen renmen rapèl nou yo
other|hn|زوجي يقول إني لازم ألغي الاشتراك في كل شي بس أنا أحب عروضكم
other|hn|Chồng tôi bảo tôi nên hủy đăng ký hết nhưng tôi thích ưu đãi của bên bạn
other|hn|Муж говорит, что мне надо отписаться от всего, но мне нравятся ваши акции
other|hn|남편이 수신거부 하라고 하는데 저는 할인 문자 좋아요
other|hn|The email footer says "reply STOP to opt out" - does that apply to appointment texts too?
other|hn|Someone at the front desk said I could text stop if I wanted but I don't, just so you know
other|hn|My coworker says she unsubscribed from your texts and missed her appointment, please don't let that happen to me
# Kind 2: another thing opted out of, texts kept
other|hn|Please opt me out of the photo release, I don't want my pictures online. Texts are still fine
other|hn|Remove me from the before and after gallery please. The text reminders are fine
other|hn|Unsubscribe me from the paper mailers. Keep texting me though
other|hn|Cancel the auto-ship on the serum please. Texts still ok
other|hn|Stop the monthly membership charge. You can keep sending me text reminders
other|hn|Take me off the model call list for the trainee injectors, still want my appointment texts
other|hn|Por favor quítenme del programa de fotos antes y después. Los mensajes están bien
other|hn|请取消我的照片授权，不要放到网上。短信照常发
other|hn|Alisin nyo po ako sa photo release. Okay lang ang mga text
# Kind 3: double negation / keep them coming
other|hn|Please don't stop sending me the reminders, they help a lot
other|hn|Don't you dare stop texting me the deals lol
other|hn|Never stop sending these, I love them
other|hn|Keep them coming! Don't stop the texts
other|hn|Tanpri pa sispann voye rapèl yo ban mwen
other|hn|Pa kanpe voye mesaj yo, yo ede m anpil
other|hn|من فضلك لا توقفوا إرسال التذكيرات
other|hn|لا تتوقفوا عن إرسال الرسائل، هي مفيدة
other|hn|استمروا في إرسال الرسائل من فضلكم
other|hn|Huwag nyo pong ihinto ang pagpapadala ng mga paalala
other|hn|Wag nyo itigil ang mga text, nakakatulong
other|hn|Ituloy nyo lang ang pag-text sa akin
other|hn|请不要停止发送提醒给我
other|hn|别停发提醒，很有用
other|hn|不要停止給我發簡訊
thanks|hn|继续给我发短信吧，谢谢
other|hn|Por favor no dejen de mandarme los recordatorios
other|hn|Đừng ngừng gửi tin nhắn nhắc hẹn nhé
# Kind 4: promotions mentioned positively / asked for
other|hn|有什么优惠活动吗？请发给我
other|hn|我喜欢你们的促销短信，请多发一些
other|hn|你们的优惠信息很好，不要停
other|hn|有新的促销请告诉我
other|hn|May promo ba kayo ngayon? Pakisend naman
other|hn|Gusto ko ang mga promo nyo, huwag itigil
other|hn|Sana may promo ulit kayo, send nyo sa akin
other|hn|Más promociones por favor, me encantan
other|hn|Envoyez-moi plus de promos svp
other|hn|Ou gen pwomosyon semèn sa a? Voye l ban mwen
# Opt-outs of the same shapes
opt_out||Itigil nyo na po ang pag-text sa akin
opt_out|mkt|Ayoko na ng promo nyo
opt_out||My husband says I should unsubscribe and he's right. Unsubscribe me
opt_out||I don't want these texts anymore, opt me out
# Second pass (written before it was run on the detector)
other|hn|The unsubscribe page on your site says error 404, I was trying to change my email preferences not leave
other|hn|Your app popped up "stop notifications?" and I hit no. I still want texts
other|hn|My mom keeps saying I should stop getting texts from spas, but you're my favorite lol
other|hn|Mi hija me dijo que mande STOP pero no quiero, me gustan los recordatorios
other|hn|O site mostra "descadastro concluído" mas eu só troquei meu email. Continuem mandando as mensagens
other|hn|妈妈叫我取消订阅，可是我想继续收到你们的提醒
other|hn|Sabi ng kaibigan ko i-unsubscribe ko na daw kayo, pero hindi, gusto ko pa rin ang mga text
other|hn|Zanmi m di m ta dwe sispann resevwa mesaj nou yo, men non, kontinye voye yo
other|hn|صديقتي قالت لي أوقفي الرسائل بس أنا أبغى التذكيرات تستمر
other|hn|Bạn tôi bảo tôi nên ngừng nhận tin nhắn nhưng tôi vẫn muốn nhận nhắc hẹn
other|hn|친구가 문자 수신거부 하라고 했는데 저는 계속 받고 싶어요
other|hn|Please remove me from the referral program emails, texts are totally fine
other|hn|Cancel my package renewal. Text reminders are still fine with me
other|hn|No quiero la membresía el próximo mes. Los mensajes están bien
other|hn|请帮我取消会员自动续费，短信还是照常发就行
other|hn|Please don't ever stop sending me the specials!
other|hn|Tanpri pa kanpe voye rapèl yo
other|hn|我很喜欢你们的优惠短信，千万别停
other|hn|Gusto ko talaga ang mga promo nyo, sana tuloy-tuloy lang
other|hn|Me encantan sus promociones, sigan mandando
opt_out||My friend said to just reply stop. So: stop texting me
opt_out||I love you guys but please stop texting me so much, remove my number
opt_out||Unsubscribe me from everything, texts included
opt_out||我朋友说直接回复退订就行。退订
opt_out|mkt|No more promos please, I get too many
opt_out|mkt|No más promociones por favor, los recordatorios están bien
opt_out||Pa voye m mesaj ankò
opt_out||Huwag na kayong mag-text sa akin
# Ordinary replies: keep sending, in the languages the model leans on
other||Wi, kontinye voye rapèl yo, mèsi
other||Mèsi pou mesaj la, m ap la demen
thanks||شكرا على التذكير، سأكون هناك
other||تمام، استمروا في إرسال التذكيرات
thanks||Salamat po sa paalala, darating ako
other||Sige po, ituloy nyo lang ang mga paalala
thanks||收到，谢谢提醒
other||好的，继续发提醒给我吧
thanks||Cảm ơn đã nhắc, tôi sẽ đến đúng giờ
confirm||Gracias por el recordatorio, ahí estaré
# Third pass (written blind, then run: 4 false opt-outs of 22 hard negatives and 1 miss of 8 before the fixes it taught)
other|hn|The confirmation page said "you are now opted out" but I only changed my appointment time?? I still want reminders
other|hn|Got an email saying unsubscribe confirmed, was that you? I didn't ask for that
other|hn|my bf keeps telling me to unsubscribe from all these spa texts but nah yours are useful
other|hn|Mi hermana siempre dice "cancelen todo" pero yo sí quiero los mensajes de ustedes
other|hn|O aplicativo mostrou "inscrição cancelada" e eu não cancelei nada
other|hn|朋友让我把你们的短信都退订了，我才不要呢，你们的提醒很有用
other|hn|Mama m toujou di m sispann resevwa mesaj, men pa nou yo m renmen
other|hn|Sinabi ng anak ko na i-stop ko na raw ang mga text, pero ayoko, kailangan ko ang paalala
other|hn|Опт аут? Нет, муж сказал отписаться, но я не хочу
other|hn|Opt me out of the newsletter only. Text reminders are great, keep them
other|hn|Please remove me from the VIP event invite list, but my appointment texts are fine
other|hn|Quítenme de la lista de fotos del antes y después. Los mensajes de texto sí
other|hn|请把我从生日活动名单里删掉，短信提醒继续发
other|hn|Pakitanggal ako sa raffle list, okay lang ang mga text
other|hn|Never ever stop texting me about the deals lol
other|hn|لا توقفوا الرسائل أبداً، أنا أستفيد منها
other|hn|Pa janm sispann voye mesaj yo
other|hn|Huwag nyo pong itigil ang pagpapadala ng mga promo, gusto ko sila
other|hn|千万别停止给我发优惠信息
other|hn|Do you have any promos this month? Text me them please
other|hn|有没有新的优惠？发给我看看
other|hn|May bagong promo ba? I-text nyo ako
opt_out||My neighbor said you'd stop if I asked. So I'm asking: stop texting me
opt_out||I know my wife likes your deals but I don't, take my number off your list
opt_out||Stop sending me promos and reminders, everything. Thanks
opt_out||Tanpri retire nimewo mwen nan lis nou an
opt_out||Pakitigil na po ang pagte-text
opt_out||أرجو حذف رقمي من قائمتكم
opt_out||Dejen de mandarme promociones y todo lo demás
`;
