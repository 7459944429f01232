/**
 * Issue 13, sixth batch. Two parts, written by the `optout` session:
 *  - SIXTH_BATCH_DEV_TEST: a dev-test slice written and committed BEFORE the detector was changed in
 *    this round; evaluation only (never folded into rules, lexicon or model training). Sections
 *    `# lang=xx` name the language for the per-language report.
 *  - SIXTH_BATCH_CORPUS: training texts (added afterwards) for the rules and the models.
 */
export const SIXTH_BATCH_DEV_TEST = String.raw`
# lang=en
opt_out||STP
opt_out||stpo!!
opt_out||Sotp pls
opt_out||plz stoo txting me
opt_out||can you stpo sendng these
opt_out||unsubscibe me pls
opt_out||take me off your lsit please
opt_out||remvoe my numbr
opt_out||Pursuant to the TCPA, I hereby revoke any prior express consent to receive text messages at this number.
opt_out||Effective immediately, cease all SMS communications to this phone.
opt_out||I am formally withdrawing my consent to be contacted by text message.
opt_out||This is my written request that you discontinue all texts to me.
opt_out||I'd rather you didn't text me anymore, thanks for understanding.
opt_out||Would it be possible to stop sending me these messages? Thank you.
opt_out||I don't think I need these reminders anymore, please take me off.
opt_out||Kindly remove this number from your texting list.
opt_out||I waited 40 minutes last time and nobody apologized. I don't want any more messages from you people.
opt_out||This is the third time I'm asking. Stop texting me.
opt_out||I have asked you multiple times to stop contacting me. Do not send another text.
opt_out||Your prices went up again and the front desk was rude. Please just remove me from everything.
opt_out||no more txts
opt_out||Please quit messaging this number
# lang=es
opt_out||Ya no me manden nada por favor
opt_out||No me interesa, bórrenme de su lista
opt_out||Dejen de mandarme msjs
# lang=pt
opt_out||Por favor, parem de me mandar SMS
opt_out||Não quero mais receber mensagens de vocês
# lang=fr
opt_out||Merci de ne plus m'envoyer de textos
opt_out||Je veux me désinscrire de vos messages
# lang=ht
opt_out||Tanpri pa voye m mesaj ankò
opt_out||Mwen pa vle resevwa tèks nou yo ankò
# lang=ar
opt_out||أرجو عدم إرسال رسائل لي بعد الآن
opt_out||من فضلك أوقفوا الرسائل
# lang=vi
opt_out||Làm ơn đừng nhắn tin cho tôi nữa
opt_out||Xin ngừng gửi tin nhắn
# lang=zh
opt_out||请不要再给我发信息了
opt_out||以后别再发短信给我
# lang=tl
opt_out||Wag niyo na po ako i-text ulit
opt_out||Pakitanggal na po ang number ko sa listahan niyo
# lang=ko
opt_out||더 이상 문자 보내지 마세요
# lang=ru
opt_out||Прошу больше не присылать мне сообщения
# lang=hi
opt_out||Mujhe aur message mat bhejo
opt_out||कृपया मुझे मैसेज भेजना बंद करें
# lang=en
thanks|hn|STOP!!! this is the cutest thing ever 😭
thanks|hn|stoppp you guys are the best
other|hn|Stop, really?? I won the giveaway?!
thanks|hn|Omg stop, my skin looks 10 years younger
other|hn|I'd like to opt out of the numbing cream this time
other|hn|Please remove the vitamin C serum from my order
other|hn|cancel my auto-ship for the moisturizer, texts are fine though
other|hn|unsubscribe me from the email newsletter but keep texting me reminders
other|hn|Can you stop the monthly auto refill of my tretinoin?
cancel_appointment|hn|Cancel my appointment on Friday please
cancel_appointment|hn|I need to cancel my appt tomorrow, sorry
other|hn|I'll stop by after work to pick up my sunscreen
other|hn|Can I stop by Thursday to pay my balance?
aftercare|hn|How long until the swelling stops?
pre_treatment|hn|Should I stop taking ibuprofen before my filler?
other|hn|I quit smoking last month, does that change anything?
thanks|hn|Don't stop sending the reminders, they really help me
other|hn|I opted out of the photo release, is that ok?
other|hn|I don't want the add-on this time, just the facial
pricing|hn|When does the Black Friday sale end?
other|hn|Please remove my old card on file
confirm|hn|Yes I'll be there, texting is the best way to reach me
# lang=es
cancel_appointment|hn|Quiero cancelar mi cita del jueves
pre_treatment|hn|¿Debo dejar de tomar aspirina antes?
other|hn|No quiero el serum extra, solo la limpieza
# lang=pt
aftercare|hn|Quando o inchaço vai parar?
# lang=fr
pre_treatment|hn|Dois-je arrêter le rétinol avant le peeling ?
# lang=ht
cancel_appointment|hn|Mwen bezwen anile randevou mwen an
# lang=ar
aftercare|hn|متى يتوقف الاحمرار؟
# lang=vi
cancel_appointment|hn|Tôi muốn hủy lịch hẹn ngày mai
# lang=zh
cancel_appointment|hn|我想取消明天的预约
# lang=tl
aftercare|hn|Kailan po titigil ang pamamaga?
# lang=ko
cancel_appointment|hn|예약 취소하고 싶어요
# lang=ru
pre_treatment|hn|Нужно ли прекратить пить таблетки перед процедурой?
`;
