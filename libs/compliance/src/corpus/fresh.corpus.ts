/**
 * Evaluation-only texts, written after the rules and model were built and never used to train or
 * tune them: the honest "unseen" number in the test report. Do not tune rules against this file;
 * when it has taught us something, move its lines into the training corpus and write new ones.
 */
export const FRESH_CORPUS = String.raw`
opt_out||stop sending msgs to this phone
opt_out||Please stop. I already asked twice
opt_out||remove my number please
opt_out||Take this number off your list
opt_out||I don't want to get texts from you anymore
opt_out||STOP TEXTING ME!!!!!
opt_out||Unsubscribe pls
opt_out||quit sending me stuff
opt_out||I want off this list
opt_out||No más textos por favor
opt_out||Dejen de escribirme
opt_out||opt out please
opt_out||stop 🙏
opt_out||ＵＮＳＵＢＳＣＲＩＢＥ
opt_out||u n s u b s c r i b e
opt_out|mkt|stop sending me the deals
opt_out||Arrête
opt_out||Xin đừng nhắn tin nữa
opt_out||Ayoko na po ng text
opt_out||Больше не присылайте сообщения
other|hn|I'll stop in next week to buy sunscreen
aftercare|hn|It won't stop itching after the laser
pre_treatment|hn|Do I need to stop my birth control before laser?
pricing|hn|When does your Black Friday deal end?
cancel_appointment|hn|Cancel my laser on Tuesday please
other|hn|I quit my gym membership so I can afford botox lol
aftercare|hn|How do I stop the swelling?
complaint|hn|Stop overbooking, I waited an hour
other|hn|Can you remove my old address from my file?
running_late|hn|Had to stop for gas, running 5 min late
directions_parking|hn|Is there a bus stop near you?
hours|hn|What time does your day end on Friday?
confirm|rtc|yes 👍
confirm|rtc|Confirmed, thank you!
confirm||Just confirming my appointment tomorrow at 1
reschedule|rtc|R pls
reschedule||Can I push my botox to next Friday?
cancel_appointment||I need to cancel tomorrow's appointment
running_late||Sorry! 10 minutes late
running_late||On my way, traffic is bad
book_new||Any openings for botox this Saturday?
book_new||Can I schedule a consult for laser hair removal?
pricing||What's the price per unit for dysport?
pricing||Do you have any deals on filler right now?
directions_parking||Do you validate parking?
directions_parking||Which building are you in?
hours||What time do you open on Monday?
hours||Are you closed on New Year's Day?
aftercare||My forehead feels heavy after botox, is that normal?
aftercare||Can I go to the gym after my facial?
pre_treatment||Do I need to shave before my laser appointment?
pre_treatment||Can I wear contacts during the facial?
bring_guest||Can my husband come with me to the consult?
bring_guest||Can I bring my 10 year old?
complaint||The results are uneven and I'm really unhappy
complaint||You charged my card without asking!
thanks||Thank you, see you soon!
thanks||Gracias por todo 🙏
help||HELP!
opt_in||UNSTOP
other||Do you have gift cards?
other||Is Sarah working today?
`;
