/** Realistic patient texts per intent (typos, emoji, Spanish and others). See corpus.util.ts for the format. */
export const INTENT_CORPUS = String.raw`
# confirm — bare letters and yes only count as answers to our confirmation request
confirm|rtc|C
confirm|rtc|c
confirm|rtc|C.
confirm|rtc| c 
confirm|rtc|Yes
confirm|rtc|yes!
confirm|rtc|YES 👍
confirm|rtc|yep
confirm|rtc|Yeah
confirm|rtc|y
confirm|rtc|Ok
confirm|rtc|👍
confirm|rtc|Sí
confirm|rtc|si
confirm|rtc|Confirm
confirm|rtc|confirmed 👍
confirm|rtc|Yes I'll be there
confirm|rtc|yes see you then!
confirm|rtc|Yes, confirmed. Thank you!
confirm|rtc|I'll be there!
confirm|rtc|Yup, see you Thursday
confirm|rtc|C - see you tmrw
confirm|rtc|sounds good, I'll be there
confirm|rtc|Yes ma'am
confirm|rtc|Confirmo
confirm|rtc|Sí, ahí estaré
confirm|rtc|confirmado gracias
confirm|rtc|Perfect, see you at 2
confirm|rtc|will be there 🙂
confirm|rtc|Yes! Can't wait 😍
confirm|rtc|confrim
confirm|rtc|yes i will be ther
confirm|rtc|Oui
confirm|rtc|Có
confirm||I confirm my appointment for Friday
confirm||Confirming my 2pm tomorrow
confirm||Just confirming I'm still on for botox Thursday
confirm||I'll be there tomorrow at 10
confirm||Yes I confirm, see you then!
confirm||confirmed for saturday
confirm||See you tomorrow!
confirm||Still coming tomorrow, see you then
confirm||Confirmo mi cita del martes
confirm||Sí, confirmo la cita
confirm||yes i'll be at my appointment
confirm||Count me in for tomorrow at 3
confirm||We're all set for Friday, see you there
confirm||I'm still good for my facial on the 14th
# reschedule
reschedule|rtc|R
reschedule|rtc|r
reschedule|rtc|R please
reschedule|rtc|R - need a different day
reschedule|rtc|Reschedule
reschedule|rtc|No, can we do another day?
reschedule|rtc|can't make it, can we move it
reschedule|rtc|Not that day, sorry
reschedule||I need to reschedule
reschedule||Can I reschedule my botox appt?
reschedule||Can we move my appointment to next week?
reschedule||I can't make it Thursday, is Friday open?
reschedule||Can I come in later? 4pm instead of 2?
reschedule||Something came up, can we push my facial to next week
reschedule||Is there any way to change my appointment time
reschedule||can i move my filler appt to the afternoon
reschedule||need to resched sorry!!
reschedule||Resched pls, work emergency
reschedule||Can I switch my appointment to Saturday?
reschedule||I won't make it tomorrow, can we find another time?
reschedule||Do you have anything earlier? I'd like to move mine up
reschedule||Could we do the same time next week instead?
reschedule||My flight got changed, need a new time for my laser
reschedule||rescheduel my hydrafacial plz
reschedule||Necesito cambiar mi cita
reschedule||¿Puedo reprogramar mi cita para el viernes?
reschedule||¿Se puede mover mi cita a otro día?
reschedule||Tengo que cambiar la hora de mi cita
reschedule||Can I change my appt to a morning slot
reschedule||babysitter cancelled 😩 can we do a different day?
reschedule||I'm sick, can we reschedule my microneedling?
reschedule||Tôi muốn đổi lịch hẹn
reschedule||Gostaria de remarcar minha consulta
# cancel_appointment
cancel_appointment||Please cancel my appointment
cancel_appointment||I need to cancel my appt on Friday
cancel_appointment||cancel my appointment
cancel_appointment||I won't be coming in, please cancel
cancel_appointment||I have to cancel my consult, I'll call to rebook
cancel_appointment||Cancel my coolsculpting session pls
cancel_appointment||Please cancel tomorrow, I'm out of town
cancel_appointment||I'm not going to make it and don't want to reschedule, please cancel it
cancel_appointment||Can you cancel my 11am? Thanks
cancel_appointment||cancelling my appointment, sorry for the short notice
cancel_appointment||I need to cancell my facial
cancel_appointment||Cancel my IV appointment for Monday
cancel_appointment||No voy a poder ir, cancele mi cita por favor
cancel_appointment||Quiero cancelar la cita de mañana
cancel_appointment||Cancela mi cita porfa
cancel_appointment||I'd like to cancel my laser appointment
cancel_appointment||please take me off the schedule for tomorrow, I'm cancelling
cancel_appointment||Won't need the appointment anymore, please cancel it
cancel_appointment|rtc|No, please cancel it
cancel_appointment|rtc|Cancel it please, I can't come
cancel_appointment||Tôi muốn hủy lịch hẹn
cancel_appointment||Quero cancelar minha consulta
# running_late
running_late||Running 10 min late!
running_late||running late sorry
running_late||I'm going to be 15 minutes late
running_late||stuck in traffic, be there in 20
running_late||Traffic is awful 😩 running about 10 behind
running_late||Be there in 5!
running_late||Parking now, 2 min
running_late||I'm late, still coming!
running_late||Sorry running a little behind, there by 3:15
running_late||Will be a few minutes late for my 2pm
running_late||omw, 10 mins late 🚗
running_late||Is it ok if I'm 10 min late?
running_late||Can I still come if I'm 20 minutes late?
running_late||my uber is late, be there asap
running_late||Leaving work late, will be there at 4:10
running_late||runing late sry
running_late||Llego tarde, 10 minutos
running_late||Voy a llegar 15 minutos tarde
running_late||Voy en camino, llego en 10
running_late||Stuck on 35, ETA 15 min
running_late||I'm so sorry I'm behind schedule, be there soon
running_late||On my way! Few min late
running_late||Train delayed, I'll be late for my facial
running_late||Tôi sẽ đến trễ 10 phút
# book_new
book_new||Do you have any openings this week for botox?
book_new||I'd like to book a hydrafacial
book_new||Can I make an appointment for lip filler?
book_new||Can I book a consult for coolsculpting
book_new||Any availability Saturday for a facial?
book_new||I want to schedule microneedling
book_new||do u have anything tmrw afternoon for botox
book_new||Can I get in for a touch up next week?
book_new||I'd like to book my next appointment
book_new||Looking to schedule laser hair removal on my legs
book_new||Can my daughter and I both book facials for Saturday?
book_new||I want to come in for an IV drip this Friday
book_new||Is Dr. Lee available next Tuesday? I want to book
book_new||book me for another round of botox in 3 months please
book_new||Need to book a follow up for my filler
book_new||Hi! I'm new, how do I book a first appointment?
book_new||wanna book a chemical peel, when's your next opening
book_new||can i get the 5pm slot on thursday?
book_new||Quiero hacer una cita para botox
book_new||¿Tienen citas disponibles el sábado?
book_new||Quisiera agendar un facial
book_new||Me gustaría una cita para depilación láser
book_new||Tôi muốn đặt lịch làm da
book_new||Gostaria de marcar um horário para botox
book_new||I'd like to try the hydrafacial, any openings?
book_new||When is the next available for a consultation?
book_new||Schedule me for a B12 shot pls
book_new||Do you take walk ins today for a lip flip?
# pricing
pricing||How much is lip filler?
pricing||How much does botox cost per unit?
pricing||what's the price for a hydrafacial
pricing||How much for 3 sessions of laser?
pricing||Do you have any specials this month?
pricing||Is there a package price for microneedling?
pricing||How much is coolsculpting for my stomach?
pricing||Do you offer payment plans? Cherry or CareCredit?
pricing||how much is a syringe of juvederm
pricing||Whats the cost of an IV drip
pricing||Do you price match?
pricing||Is the consultation free?
pricing||How much would it be for forehead and crows feet?
pricing||Do you take HSA cards?
pricing||price for lip flip??
pricing||How much was my last visit? I need it for my records
pricing||Is the $199 facial deal still going?
pricing||Do you have a membership price for botox?
pricing||¿Cuánto cuesta el botox?
pricing||cuanto cuesta el relleno de labios
pricing||¿Qué precio tiene la limpieza facial?
pricing||¿Aceptan pagos a plazos?
pricing||Quanto custa o botox?
pricing||Botox giá bao nhiêu?
pricing||How much is a chemical peel and does it hurt?
pricing||is tax included in the price?
pricing||How much to add a B12 shot to my drip
# directions_parking
directions_parking||Where do I park?
directions_parking||Is there parking at your office?
directions_parking||What's the address again?
directions_parking||Which suite are you in?
directions_parking||I'm here but can't find the entrance
directions_parking||Is parking validated?
directions_parking||How do I get to your office from the highway
directions_parking||is it the building next to starbucks?
directions_parking||Which floor are you on?
directions_parking||I'm in the parking lot, where do I go?
directions_parking||Can you send me the address
directions_parking||Do you have a parking garage or is it street parking?
directions_parking||Is there an elevator? My mom uses a walker
directions_parking||I'm lost lol which door
directions_parking||Where's the entrance, front or back?
directions_parking||do i need to pay for parking
directions_parking||¿Dónde me estaciono?
directions_parking||¿Cuál es la dirección?
directions_parking||No encuentro la entrada
directions_parking||Qual é o endereço?
directions_parking||Địa chỉ ở đâu vậy?
directions_parking||are you near the mall?
directions_parking||Google maps is sending me to the wrong place, what's the cross street?
# hours
hours||What are your hours?
hours||Are you open Sunday?
hours||What time do you close today?
hours||what time do u open tmrw
hours||Are you open on Thanksgiving?
hours||Are you open late on Thursdays?
hours||What time do you close on Saturday
hours||Are you guys open right now?
hours||Open on Christmas Eve?
hours||What are the holiday hours?
hours||How late are you open tonight
hours||Do you open early? I work at 9
hours||Is the office closed Mondays?
hours||¿A qué hora abren?
hours||¿Están abiertos el domingo?
hours||¿Cuál es su horario?
hours||Que horas vocês abrem?
hours||Mấy giờ mở cửa?
hours||Are you open for walk ins on weekends
hours||whats ur hours on fri
hours||when do you open?
# aftercare
aftercare||Is it normal to have bruising after filler?
aftercare||When can I work out after botox?
aftercare||My lips are really swollen, is that normal?
aftercare||How long should I wait to wash my face after the hydrafacial?
aftercare||Can I wear makeup after microneedling?
aftercare||it's been 2 weeks and my botox isn't working yet
aftercare||Can I drink alcohol after my filler?
aftercare||my skin is peeling after the chemical peel, what should i use
aftercare||When can I go in the sun after laser?
aftercare||is it ok to lay down after botox?
aftercare||There's a small bump in my lip from the filler, should I massage it?
aftercare||Redness still there after 3 days, normal?
aftercare||What cream should I use after the laser
aftercare||Can I take tylenol for the soreness?
aftercare||The injection spot is itchy
aftercare||how long does swelling last after lip filler
aftercare||Can I exercise after coolsculpting?
aftercare||My cheek feels numb after the treatment, is that ok?
aftercare||Can I get a massage after my facial?
aftercare||When will I see results from microneedling?
aftercare||One eyebrow looks higher than the other 2 weeks after botox
aftercare||¿Es normal tener moretones después del relleno?
aftercare||¿Cuándo puedo hacer ejercicio después del botox?
aftercare||Tengo la cara roja después del láser, ¿es normal?
aftercare||Está normal o inchaço depois do preenchimento?
aftercare||Sau khi tiêm filler bị sưng có sao không?
aftercare||what do i put on my face tonight after the peel?? 😬
aftercare||can i shower after my IV
# pre_treatment
pre_treatment||Should I avoid alcohol before my filler appointment?
pre_treatment||Do I need to come with a clean face?
pre_treatment||Can I wear makeup to my appointment?
pre_treatment||Should I shave before laser hair removal?
pre_treatment||Is there anything I need to do before botox tomorrow?
pre_treatment||Can I take advil before my appointment?
pre_treatment||Do I need to eat before the IV drip?
pre_treatment||how early should I arrive for my first visit?
pre_treatment||Do I need to fill out forms before I come in?
pre_treatment||Should I put numbing cream on before I get there?
pre_treatment||Can I get filler if I have a cold sore?
pre_treatment||I'm on antibiotics, can I still do microneedling tomorrow?
pre_treatment||Can I do botox while breastfeeding?
pre_treatment||Should I skip my workout before coolsculpting?
pre_treatment||What should I wear to my coolsculpting appointment?
pre_treatment||Is it ok to get a spray tan before laser?
pre_treatment||Should I stop retinol before my facial?
pre_treatment||I got a sunburn, can I still do my laser on Friday?
pre_treatment||do I have to avoid coffee before the peel
pre_treatment||¿Tengo que ir sin maquillaje?
pre_treatment||¿Puedo tomar alcohol antes del relleno?
pre_treatment||¿Me tengo que rasurar antes del láser?
pre_treatment||Preciso ir de jejum?
pre_treatment||Trước khi làm laser có cần cạo không?
pre_treatment||I have a wedding next weekend, is it too close to do filler now?
pre_treatment||Any prep for my hydrafacial tmrw?
# bring_guest
bring_guest||Can I bring my daughter with me?
bring_guest||Is it ok if my husband comes along?
bring_guest||Can I bring my baby? She's 4 months
bring_guest||Can my friend sit in with me during the treatment?
bring_guest||Can my mom come in the room with me?
bring_guest||Is it ok to bring my kids? No sitter today
bring_guest||can i bring a friend for support? im nervous
bring_guest||My sister wants to come with me, is that ok?
bring_guest||Can my boyfriend wait in the lobby?
bring_guest||Is there room for my friend to wait while I get my facial?
bring_guest||Are kids allowed in the office?
bring_guest||Can I bring my service dog?
bring_guest||Mi esposo puede entrar conmigo?
bring_guest||¿Puedo llevar a mi hija?
bring_guest||¿Puedo ir acompañada?
bring_guest||Posso levar minha filha?
bring_guest||Tôi có thể dẫn bạn đi cùng không?
bring_guest||My bestie wants to come watch lol is that allowed
bring_guest||can i bring someone to translate for me?
bring_guest||Can my husband come too? He might want a consult
# complaint
complaint||I waited 45 minutes past my appointment time, this is unacceptable
complaint||I was charged twice for my botox!!
complaint||Very unhappy with my results, my lips look uneven
complaint||The front desk was so rude to me today
complaint||Nobody called me back like you promised 😡
complaint||I'm really disappointed, the filler migrated
complaint||You overcharged me, I was quoted $400 not $550
complaint||I've left 3 voicemails and no one answers
complaint||This is the second time my appointment got messed up
complaint||I want a refund, the laser burned my skin
complaint||The provider didn't listen to what I wanted at all
complaint||Honestly the worst experience I've had at a spa
complaint||why did I get charged a no show fee?? I called to cancel
complaint||my botox wore off after 3 weeks, I paid a lot for this
complaint||I'm not happy, the bruise is huge and nobody warned me
complaint||I want to speak to a manager
complaint||Estoy muy molesta, me cobraron de más
complaint||Esperé una hora, muy mal servicio
complaint||No estoy contenta con los resultados
complaint||Fui muito mal atendida
complaint||Tôi không hài lòng với dịch vụ
complaint||I'm leaving a bad review, this was terrible 😠
complaint||My card was declined but you still took the money??
complaint||The room was dirty and the tech was late
# thanks
thanks||Thank you!
thanks||thanks so much!!
thanks||Thx
thanks||ty 😊
thanks||Thank you so much, I love my results!
thanks||You guys are the best ❤️
thanks||Thanks for the reminder!
thanks||Thank you Dr. Lee, my lips look amazing
thanks||appreciate it!
thanks||Thanks for fitting me in today 🙏
thanks||Thank you for the info
thanks||Awesome, thanks!
thanks||I'm so happy with my botox, thank you
thanks||Got it, thank you
thanks||Thanks, have a great day!
thanks||Gracias!
thanks||Muchas gracias 🙏
thanks||Mil gracias por todo
thanks||Obrigada!
thanks||Cảm ơn nhiều
thanks||Salamat po
thanks||谢谢
thanks||감사합니다
thanks||Merci beaucoup
thanks||Спасибо
thanks||thank u!!! 💕
thanks||Thanks, received
# opt_in
opt_in||START
opt_in||start
opt_in||Start!
opt_in||UNSTOP
opt_in||unstop
opt_in||Yes
opt_in||YES
opt_in||resume
opt_in||subscribe
opt_in||Please start texting me again
opt_in||I want to get your texts again
opt_in||I accidentally texted stop, please resubscribe me
opt_in||opt me back in please
opt_in||Can you start sending me reminders again?
opt_in||I didn't mean to unsubscribe
opt_in||Resubscribe
opt_in||I'd like to receive reminders again
opt_in||Quiero volver a recibir mensajes
opt_in||COMENZAR
opt_in||I opted out by mistake, add me back
# help
help||HELP
help||help
help||Help!
help||INFO
help||info?
help||AYUDA
help||Ayuda por favor
help||help me
help||Who is this?
help||who is this
help||What is this number?
help||how did you get my number
help||why am I getting these texts?
help||¿Quién es?
help||帮助
help||도움
help||Tulong
help||Ajuda
help||hlep
# other
other||Hi
other||Hello?
other||Ok
other||C
other||R
other||Are you the one who did my sister's botox?
other||Can you send me my receipt?
other||Do you sell gift cards?
other||I got a new phone number, it's 512-555-0144
other||Can I get a copy of my consent form?
other||Did you get my photos?
other||Is Dr. Lee still working there?
other||Do you guys have a loyalty program?
other||Can you email me the invoice
other||My insurance wants a letter, can you help
other||I left my sunglasses there yesterday
other||lol ok
other||Hmm let me think about it
other||Sorry wrong chat
other||Happy holidays!
other||Do you sell the skincare products online?
other||Can I buy the sunscreen you used?
other||My email changed, it's now jane.doe@email.com
other||Are you hiring?
other||Do you do botox for migraines?
other||Is Kybella the same as coolsculpting?
other||What brand of filler do you use?
other||Where can I leave a review?
other||I'll call you later
other||Hola
other||Tengo una pregunta
other||¿Venden tarjetas de regalo?
other||Okay
other||👍
other||Can I talk to someone?
other||Is this Glow Aesthetics?
other||Can you call me?
other||k
`;
