/**
 * Hard negatives: ordinary texts that use opt-out words (stop, end, quit, cancel, remove, unsubscribe,
 * alto, para…) but are not revocations. A false opt-out silences a patient's reminders.
 */
export const HARD_NEGATIVE_CORPUS = String.raw`
pre_treatment|hn|Should I stop taking retinol before the peel?
pre_treatment|hn|stop taking retinol before the peel?
pre_treatment|hn|Do I need to stop my fish oil before filler?
pre_treatment|hn|When should I stop using tretinoin before my chemical peel
pre_treatment|hn|my dermatologist said to stop accutane, how long before I can do laser?
pre_treatment|hn|Do I have to stop drinking coffee before the IV drip?
pre_treatment|hn|should i stop ibuprofen before botox
pre_treatment|hn|I stopped my blood thinners on Monday, is that enough before microneedling?
pre_treatment|hn|Is it ok if I don't stop my vitamin E before lip filler?
pre_treatment|hn|Stop shaving how many days before laser hair removal?
pre_treatment|hn|Do I stop exfoliating before the hydrafacial?
pre_treatment|hn|¿Tengo que dejar de tomar aspirina antes del relleno?
pre_treatment|hn|Debo parar el retinol antes del peeling?
aftercare|hn|How do I stop the bleeding after microneedling?
aftercare|hn|stop the bleeding?
aftercare|hn|The bruising won't stop, is that normal after filler?
aftercare|hn|When can I stop icing my lips?
aftercare|hn|How long until the swelling stops?
aftercare|hn|my skin won't stop peeling after the peel, what do I do
aftercare|hn|When does the redness end after laser?
aftercare|hn|Can I quit wearing the compression garment after 2 weeks?
aftercare|hn|how do I stop the itching after coolsculpting
aftercare|hn|Should I stop using the serum you gave me? It stings
aftercare|hn|I stopped putting the ointment on, is that ok?
aftercare|hn|Can I remove the bandage tonight?
aftercare|hn|when can i take off the numbing cream residue
aftercare|hn|Is it normal that the tingling hasn't stopped?
aftercare|hn|¿Cuándo para la hinchazón después del botox?
other|hn|I quit smoking last month!
other|hn|I quit my job so my schedule is more open now
other|hn|My insurance ended, does that matter for cosmetic stuff?
other|hn|Can you remove my old credit card from my file?
other|hn|Please remove my maiden name from my profile
other|hn|I want to update my email, remove the old one
other|hn|Please stop sending the bill to my old address
other|hn|please update my number, stop texting my old number 512-555-0199
other|hn|I'll stop texting you so late, sorry!
other|hn|sorry for texting so much lol I'll stop
other|hn|Don't stop the reminders, they help me a lot
other|hn|please don't unsubscribe me, I love the reminders
other|hn|I don't want to opt out, I just got a new phone
other|hn|Do not cancel my membership please
other|hn|did my membership end?
other|hn|How do I stop my membership from auto renewing?
other|hn|I want to cancel my membership
directions_parking|hn|The end of the parking garage is closed btw
other|hn|Can you stop by my car? I'm in a wheelchair today
other|hn|remove me from the waitlist, I found a time
other|hn|Take me off the waitlist please, Tuesday worked out
pricing|hn|When does the promo end?
pricing|hn|the promo ends Friday right?
pricing|hn|Is the botox special ending soon?
pricing|hn|Does the 20% off deal end this week?
pricing|hn|Is the sale over? I want the lip filler deal
pricing|hn|are you going to stop doing the $10/unit botox deal?
pricing|hn|Did the membership discount stop?
pricing|hn|Cuándo termina la promoción?
pricing|hn|How much to remove a tattoo?
pricing|hn|How much is laser removal for a small tattoo
cancel_appointment|hn|I need to cancel my appointment
cancel_appointment|hn|Cancel my appointment please
cancel_appointment|hn|can I cancel my appt for friday
cancel_appointment|hn|Please cancel my botox appointment tomorrow
cancel_appointment|hn|I have to cancel, my daughter is sick
cancel_appointment|hn|cancel Tuesday please, something came up
cancel_appointment|hn|Can you cancel my facial? I'll rebook later
cancel_appointment|hn|I'd like to cancel my 3pm
cancel_appointment|hn|quiero cancelar mi cita
cancel_appointment|hn|Necesito cancelar mi cita del jueves
cancel_appointment|hn|I need to cancel tomorrow's IV drip
cancel_appointment|hn|cancel the hydrafacial on the 12th pls
cancel_appointment|hn|Stop my appointment tomorrow, I can't come
cancel_appointment|hn|Please remove me from tomorrow's schedule
cancel_appointment|rtc,hn|I have to cancel, sorry
directions_parking|hn|Can I stop by at 3 to pick up my sunscreen?
directions_parking|hn|can i stop by the office at 3
directions_parking|hn|Where do I stop to park? The lot is full
directions_parking|hn|Which bus stop is closest to you?
directions_parking|hn|is the entrance at the end of the hallway?
directions_parking|hn|Is the suite at the end of the strip mall?
directions_parking|hn|Do I park at the end of the building?
directions_parking|hn|¿Dónde me paro para estacionar?
book_new|hn|I'll stop by tomorrow to book a facial
book_new|hn|Can I stop in to book a consult for coolsculpting?
book_new|hn|I want to start botox, do you have anything next week?
book_new|hn|I'd like to start laser hair removal, when is the next opening
book_new|hn|Can I book a tattoo removal consult?
book_new|hn|I want to come in before the promo ends, any openings Thursday?
running_late|hn|Stopped at a red light, 5 min late
running_late|hn|I'm at the bus stop, running 10 minutes late
running_late|hn|stuck in traffic, can't stop it, be there in 15
running_late|hn|I had to stop for gas, running a few min behind
hours|hn|What time do you end today?
hours|hn|what time does the last appointment end on saturday
hours|hn|Are you open at the end of December?
hours|hn|When do you stop taking walk ins?
hours|hn|What time do you stop answering the phone?
bring_guest|hn|Can my friend come? She wants to start botox too
bring_guest|hn|can my husband stop by with me during my appointment
reschedule|hn|Stop, wait, I meant Thursday not Tuesday, can we move it?
reschedule|hn|I can't make it, can we end up doing next week instead?
reschedule|hn|I need to move my appointment, my work shift ends late
reschedule|rtc,hn|R - my shift doesn't end until 6
confirm|rtc,hn|Yes I'll be there, I stopped the retinol like you said
confirm|rtc,hn|Confirmed! I'll stop by right after work
confirm|hn|I confirm, see you at the end of the day
complaint|hn|Nobody answers the phone, this has to stop
complaint|hn|The bruising still hasn't stopped and nobody called me back, I'm upset
complaint|hn|I was charged twice, please stop charging my card
complaint|hn|Stop charging me for the membership I cancelled!
complaint|hn|Your front desk was rude, I'm quitting this place if it happens again
thanks|hn|Thanks! I'll stop by later
thanks|hn|Thank you so much, the swelling finally stopped
other|hn|Good to know, I'll stop worrying then
other|hn|My friend told me to quit botox, is that true it's bad?
other|hn|Did Dr. Lee quit? I didn't see her on the schedule
other|hn|Para qué sirve el PRP?
other|hn|Para cuándo tienen citas?
other|hn|paso a las 3 para pagar
other|hn|No manches, qué bien quedó mi piel
other|hn|Don't stop believing lol
other|hn|END OF MESSAGE
other|hn|How do I stop getting so many texts from my bank lol
other|hn|Can you text me the address? Don't call me, I'm at work
other|hn|don't call me, just text
other|hn|Please don't text me before 9am, I work nights
aftercare|hn|停止用药了吗？治疗后可以化妆吗
other|hn|Tôi muốn dừng lại ở đâu để đỗ xe?
`;
