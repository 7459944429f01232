/**
 * The first evaluation-only batch (texts written after the rules were built). Its first run scored
 * 62/70 (4 missed opt-outs, 4 intent errors, no false opt-out); the misses taught the rules new
 * phrasings, so it now trains the model and fresh.corpus.ts holds a newer unseen batch.
 */
export const SECOND_BATCH_CORPUS = String.raw`
opt_out||Stop!
opt_out||stop texting this number
opt_out||pls remove this number from ur list
opt_out||I never signed up for this. Remove me
opt_out||no longer interested in receiving texts from you
opt_out||Can you guys stop texting me? I moved to Denver
opt_out||UNSUBSCRIBE!!!!
opt_out||Stop messaging this number please
opt_out||do not text this number again
opt_out||Quit texting me
opt_out||Favor de no enviarme más mensajes
opt_out||Ya no me manden mensajes por favor
opt_out||Stop sending me texts
opt_out||stop, wrong number
opt_out||I'd like to unsubscribe from your texts
opt_out|mkt|No more promotional texts please
opt_out|mkt|stop the promo blasts
opt_out||Đừng gửi tin nhắn nữa
opt_out||停止发送
opt_out||Não me mandem mais mensagens
other|hn|I stopped by yesterday but you were closed
other|hn|I stopped by yesterday to drop off my form
aftercare|hn|When will the swelling stop?
pre_treatment|hn|Should I stop my multivitamin before the IV?
pricing|hn|Is your holiday promo ending soon?
cancel_appointment|hn|Cancel my Friday appointment please
cancel_appointment|hn|I need to cancel my facial
directions_parking|hn|Can I stop by to pick up the cream?
other|hn|I quit drinking so no worries about alcohol
aftercare|hn|The bleeding stopped, is it ok to wash my face?
complaint|hn|Please stop double booking me, this is the second time
other|hn|End of the month works better for me financially
pre_treatment|hn|how many days before should I stop using retin a
confirm|rtc|Yes confirmed
confirm|rtc|yessss
confirm|rtc|C 👍
confirm||I'll be there Thursday!
reschedule|rtc|R, can we do next week
reschedule||Need to move my appt to a later time
reschedule||Can we do Monday instead?
cancel_appointment||Please cancel my appt
running_late||Gonna be 10 min late sorry!!
running_late||Running behind, there in 15
running_late||voy tarde, llego en 10 minutos
book_new||Do you have availability for lip filler next week?
book_new||I want to book a facial for my birthday
book_new||¿Puedo hacer una cita para el lunes?
pricing||How much is a hydrafacial?
pricing||What do you charge for microneedling?
pricing||¿Cuánto cuesta la depilación láser?
directions_parking||Where is the parking lot?
directions_parking||What's your address?
hours||Are you open on Saturdays?
hours||What time do you close on Friday?
aftercare||Is swelling normal 3 days after filler?
aftercare||When can I wear makeup after the peel?
pre_treatment||Should I come without makeup?
pre_treatment||Can I drink coffee before my IV?
bring_guest||Can I bring my mom to my appointment?
bring_guest||Is it ok if my friend comes with me?
complaint||I'm very upset, nobody called me back
complaint||I was overcharged for my last visit
thanks||Thank you so much!
thanks||Thanks for your help 😊
help||Help
help||who's this?
opt_in||Start
opt_in||please resubscribe me
other||Do you sell gift certificates?
other||Can you send me a copy of my receipt?
`;
