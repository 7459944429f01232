/**
 * Issue 13, eighth batch, written by the `optout-gen` session of 2026-12-07 from the failure KINDS
 * holdout E showed (never from its texts, which this session did not open): obfuscated and slipped
 * keywords; the local word for stop / enough / unsubscribe sent alone; promotions-only requests in many
 * languages (`mkt`); another person's phone or a changed number; an opt-out sentence after an unrelated
 * request; request frames in languages with weak coverage (uk, fa, am, gu, bn, pa, hmn, zh traditional,
 * Spanish vosotros). Hard negatives of the same kinds: STOP followed by praise, calls vs texts, "not
 * trying to opt out", leaving the waitlist in many languages. Then ordinary replies per language, so the
 * trained model does not lean to "opt-out" on short texts in languages the corpus mostly has as opt-outs.
 * Training texts for the rules and the models (`labelledCorpus()`).
 */
export const EIGHTH_BATCH_CORPUS = String.raw`
# Obfuscated / slipped keywords
opt_out||$T0P
opt_out||St0p!!
opt_out||5TOP
opt_out||$top pls
opt_out||QUTI
opt_out||qiut pls
opt_out||stopp stopp
opt_out||UNSUBSCR1BE
opt_out||unsubscirbe me
opt_out||Alt0 por favor
opt_out||ALTOO
opt_out||bastaa
opt_out||Baaasta ya
opt_out||opt ne out
opt_out||opt mw out of these texts
opt_out||remove ne from the list pls
opt_out||st0p texting me
opt_out||pls st0p sending msgs
opt_out||0pt out
opt_out||stpo it
opt_out||Sotp. Thx
# The local word for stop / enough / unsubscribe, alone
opt_out||Enough
opt_out||ENOUGH already
opt_out||Jooji
opt_out||Joojiya fadlan
opt_out||Tsum
opt_out||Nres
opt_out||ストップ
opt_out||やめてください
opt_out||配信解除
opt_out||لغو اشتراک
opt_out||بسه دیگه
opt_out||کافیه
opt_out||Досить
opt_out||Стоп. Досить.
opt_out||Відписатися
opt_out||Годі
opt_out||Довольно
opt_out||Yeter
opt_out||Durdurun
opt_out||Dość
opt_out||Wypisz mnie
opt_out||Genug!
opt_out||Schluss jetzt
opt_out||Aufhören
opt_out||Chega
opt_out||Chega, obrigado
opt_out||Assez
opt_out||Ça suffit
opt_out||Ya basta
opt_out||كفى
opt_out||كفاية بقى
opt_out||די
opt_out||הפסיקו
opt_out||አቁሙ
opt_out||ይበቃል
opt_out||બંધ કરો
opt_out||বন্ধ করুন
opt_out||ਬੰਦ ਕਰੋ
opt_out||बस करो
opt_out||बंद करो
opt_out||bas karo
opt_out||بند کریں
opt_out||หยุด
opt_out||พอแล้ว
opt_out||ឈប់
opt_out||Σταματήστε
opt_out||Բավական է
opt_out||Berhenti
opt_out||Afmelden
opt_out||Dezabonare
opt_out||Sispann sa
opt_out||그만하세요
opt_out||够了
opt_out||別發了
opt_out||Inatosha
opt_out|cancel|لغو
opt_out|cancel|iptal
# Promotions only (scope: marketing)
opt_out|mkt|no more promos pls, appt reminders r fine
opt_out|mkt|stop w/ the sale blasts lol. reminders ok tho
opt_out|mkt|Enough w the flash deals texts haha, keep the reminders
opt_out|mkt|Please no more marketing texts. Appointment reminders are welcome
opt_out|mkt|Nada de promociones, los recordatorios de citas sí
opt_out|mkt|Ya no quiero ofertas por mensaje, solo los recordatorios
opt_out|mkt|No me manden publicidad por favor. Los recordatorios están bien
opt_out|mkt|Chega de promoções, os lembretes podem continuar
opt_out|mkt|Não quero receber ofertas, só os lembretes
opt_out|mkt|Plus de pubs svp, les rappels de rendez-vous c'est bien
opt_out|mkt|Je ne veux plus les offres promotionnelles, les rappels sont ok
opt_out|mkt|Bitte keine Werbung mehr, Erinnerungen gerne weiter
opt_out|mkt|Keine Angebote mehr per SMS bitte, Terminerinnerungen sind in Ordnung
opt_out|mkt|Niente più offerte per favore, i promemoria vanno bene
opt_out|mkt|Basta con le promozioni, i promemoria ok
opt_out|mkt|لا أريد الإعلانات، التذكيرات تمام
opt_out|mkt|توقفوا عن العروض من فضلكم، التذكيرات مقبولة
opt_out|mkt|Không muốn nhận khuyến mãi nữa, nhắc lịch hẹn thì vẫn được
opt_out|mkt|不要再发促销信息了，预约提醒可以
opt_out|mkt|請不要再傳廣告，提醒照常
opt_out|mkt|Не присылайте рекламу, напоминания можно
opt_out|mkt|Wag na po kayo mag send ng promo, ok lang ang paalala
opt_out|mkt|Pa voye piblisite ankò souple, rapèl yo bon
opt_out|mkt|offers mat bhejo, reminders theek hai
# Another person's phone / a changed number
opt_out||My mother passed in October. Please take her number off your texting list.
opt_out||This phone belonged to my late husband, please remove it from your system
opt_out||My dad doesn't use this number anymore, please remove it from your list
opt_out||This was my son's old phone, he has a new one now. Take this number off please.
opt_out||I just got this number, it is not Maria's anymore. Please delete it from your texts.
opt_out||This number was reassigned to me, remove it from your list
opt_out||My grandfather has dementia and doesn't have this phone anymore. Stop texting it please
opt_out||Mi mamá ya no usa este teléfono, bórrenlo de su lista por favor
opt_out||Este número era de mi esposo que falleció, quítenlo de la lista
opt_out||Ce numéro n'est plus celui de ma mère, retirez-le de votre liste svp
opt_out||我爸爸已经不用这个号码了，请把号码删除
opt_out||Bố tôi không dùng số này nữa, xin xóa số khỏi danh sách
# An opt-out sentence after an unrelated request
opt_out||Could you email me the invoice for last month? Also please stop texting me.
opt_out||Please mail the receipt to my home address. And no more texts, thanks.
opt_out||Can I get my aftercare sheet by email? Then remove me from the texting list.
opt_out||Is parking free on Saturdays? Either way please stop sending me messages.
opt_out||Send the consent form to my email please. And stop the texts, I'm done with them.
opt_out||¿Me pueden mandar la factura por correo? Y dejen de mandarme mensajes.
opt_out||Pode enviar o recibo por e-mail? E parem de me mandar mensagens.
# Request frames in languages with weaker coverage
opt_out||Будь ласка, не пишіть мені більше
opt_out||Припиніть надсилати мені повідомлення
opt_out||Видаліть мій номер зі списку
opt_out||دیگه برام پیامک نفرستید
opt_out||لطفا دیگه پیام ندین
opt_out||شماره منو از لیست حذف کنید
opt_out||መልእክት መላክ አቁሙልኝ
opt_out||કૃપા કરીને મને મેસેજ ન મોકલો
opt_out||મેસેજ મોકલવાનું બંધ કરો
opt_out||দয়া করে আর এসএমএস পাঠাবেন না
opt_out||আমাকে মেসেজ পাঠানো বন্ধ করুন
opt_out||ਮੈਨੂੰ ਮੈਸੇਜ ਨਾ ਭੇਜੋ
opt_out||sms na bhejo please
opt_out||mainu message na bhejo ji
opt_out||Thov tsis txhob xa ntawv tuaj rau kuv ntxiv lawm
opt_out||Tsis txhob xa xov tuaj lawm
opt_out||本人撤回同意接收貴診所的簡訊
opt_out||我撤销接收短信的同意
opt_out||Dejad de escribirme, por favor
opt_out||No me mandéis más mensajes
opt_out||Borradme de la lista
opt_out||Parad de enviarme cosas ya
opt_out||Fariimaha ha ii soo dirina
opt_out||Lambarkayga ka tirtir liiska
opt_out||Mesajları durdurun lütfen
opt_out||Παρακαλώ μη μου στέλνετε άλλα μηνύματα
opt_out||Vui lòng ngừng gửi tin nhắn cho tôi
opt_out||Stop deze berichten alstublieft
# Hard negatives: STOP then praise, calls vs texts, not opting out, the waitlist
other|hn|STOP. You guys are the best, my skin has never looked this good!
thanks|hn|Stop! This made my whole week, thank you so much
other|hn|STOP 😂 that before and after photo is unreal
thanks|hn|Stop it. You're too kind, thanks for the flowers!
other|hn|Can you stop the reminder calls? I get the texts, those are enough
other|hn|Please stop the voicemail reminders, the text reminders are perfect
other|hn|No more reminder calls please, texting is better for me
other|hn|Not trying to unsubscribe or anything, just wondering if you validate parking
other|hn|I'm not opting out, I just want to know what time you open tomorrow
other|hn|Not looking to stop the texts, just asking if Dr. Lee is in on Friday
reschedule|hn|not trying to cancel anything, can we just move me to 3pm?
other|hn|Please remove me from the waitlist, I found an earlier spot elsewhere
other|hn|Take me off the cancellation list, Thursday works now
other|hn|Sáquenme de la lista de espera por favor, ya conseguí cita
other|hn|Pode me tirar da lista de espera? Já marquei
other|hn|Retirez-moi de la liste d'attente svp
other|hn|请把我从候补名单中移除，谢谢
other|hn|請幫我從等候名單刪除
other|hn|대기자 명단에서 빼 주세요
other|hn|キャンセル待ちを取り消してください
other|hn|Xin xóa tôi khỏi danh sách chờ
other|hn|Уберите меня из списка ожидания, пожалуйста
other|hn|Nehmen Sie mich bitte von der Warteliste
other|hn|Can you email me the receipt? The texts are fine otherwise
other|hn|Stop texting me the bill, email it instead
# Second pass, same kinds (written as a probe before the rules of the second pass, then folded in)
opt_out||$T()P
opt_out||stop!1!
opt_out||Uns ubscribe
opt_out||PAARA
opt_out||a1to
opt_out||Stpo pls
opt_out||opt mee out
opt_out||Jooji farriimaha
opt_out||Joojiya
opt_out||Tsum xa ntawv
opt_out||ストップでお願いします
opt_out||配信停止してください
opt_out||Хватит писать
opt_out||Досить мені писати
opt_out||Dur artık
opt_out||Mesaj atmayın artık
opt_out||Αρκετά
opt_out||Basta, grazie
opt_out||Genug jetzt, bitte austragen
opt_out||kafi hai, band karo messages
opt_out||पर्याप्त, संदेश बंद करें
opt_out||ਹੁਣ ਮੈਸੇਜ ਨਾ ਭੇਜੋ
opt_out||এসএমএস বন্ধ করুন
opt_out||મને હવે મેસેજ નહીં
opt_out||እባክዎ መልእክት አይላኩ
opt_out||Tsis txhob xa lus rau kuv
opt_out||Thov tsum xa ntawv
opt_out||Jooji inaad ii soo dirto fariimaha
opt_out||Dejad de mandarme promociones y todo lo demás
opt_out||Os pido que no me escribáis más
opt_out||Nao mandem mais nada pra mim
opt_out||Arrêtez svp
opt_out||plz no more msgs
opt_out||I no longer wish to be contacted by text.
opt_out||My wife passed away in March, please stop sending her reminders to this phone.
opt_out||This isn't Karen's phone anymore, I've had it for a year. Please remove it.
opt_out||You have the wrong person, this number belongs to me now. Delete it.
opt_out||Mi papá ya falleció, por favor borren este número
opt_out||Meu avô faleceu, por favor tirem esse número da lista
opt_out||What are your hours Saturday? Also, please take me off the text list.
opt_out||Thanks for the info on the peel. That said, I don't want texts anymore.
opt_out||Can you mail me a copy of my invoice? And no more texts please.
opt_out||¿Me mandan la receta por correo? Y ya no me manden mensajes.
opt_out|mkt|pls stop w all the promo spam, appt reminders r fine tho
opt_out|mkt|no more sale texts lol i only want reminders
opt_out|mkt|Ya no me manden ofertas, nomás los recordatorios
opt_out|mkt|Parem de mandar promoções, lembretes pode
opt_out|mkt|Stop aux promos svp, gardez les rappels
opt_out|mkt|Keine Werbe-SMS mehr bitte, nur Termine
opt_out|mkt|Niente più pubblicità per favore
opt_out|mkt|كفاية عروض، بس التذكيرات
opt_out|mkt|别再发优惠信息了，提醒可以留着
opt_out|mkt|Не надо рекламы, только напоминания
opt_out|mkt|광고는 사절합니다. 예약 알림만 보내주세요
opt_out||本人撤回同意，請停止傳送簡訊
opt_out||Припиніть мені писати
opt_out||Більше не пишіть мені, будь ласка
opt_out||دیگه پیامک نفرستین لطفا
opt_out||لطفاً شماره منو حذف کنید
opt_out||Mesajlarınızı istemiyorum
opt_out||Xin đừng nhắn tin cho tôi nữa
opt_out||من فضلكم توقفوا عن إرسال الرسائل
other|hn|Stop!! I can't believe how good my skin looks, thank you!
thanks|hn|STOP. You guys are amazing, seriously.
other|hn|Can you stop calling me for reminders? Texts work better
other|hn|I'm not asking to be removed, I just had a question about the bill
other|hn|Not unsubscribing, just asking if you have parking
other|hn|I don't want to stop getting reminders, I just need to move Tuesday
other|hn|Please take me off the waitlist for Botox, I got in elsewhere
other|hn|Sáquenme de la lista de espera, ya no la necesito
other|hn|Pode me tirar da lista de espera
other|hn|候補名單的部分請幫我取消
other|hn|Bitte streichen Sie mich von der Warteliste
cancel_appointment|hn|Cancel my appointment for tomorrow please
other|hn|I quit smoking! Any discount for that lol
other|hn|Stop by tomorrow? What time
other|hn|bas 5 min late
other|hn|Bas itna hi, thanks
other|hn|Dur, yarın gelebilir miyim?
other|hn|Genug Zeit für die Behandlung?
other|hn|Chega amanhã o produto?
other|hn|Basta llevar identificación?
other|hn|Tama na po ba yung oras?
other|hn|Yeter mi bu kadar krem?
other|hn|Is it enough to come at 3?
other|hn|Can I unsubscribe from the emails only? texts are fine
other|hn|Стоп, а какой адрес клиники?
other|hn|Ok stop, I found the parking
other|hn|Please stop the reminder emails, I only want texts
other|hn|Keep the reminders coming but no more voicemails
other|hn|Does STOP also cancel my appointment?
other||Sawa, asante
other||Ok, gracias
running_late||Kuv yuav tuaj lig 10 feeb
other||Waan imanayaa
other||ممنون
other||好，谢谢
other||شكرا جزيلا
thanks||Dziękuję, do zobaczenia
other||Merci, à demain
other||Danke, bis morgen
# Ordinary replies that name a message (send me / I got your message), per language
directions_parking||Tanpri voye adrès klinik la ban mwen nan tèks
thanks||Mwen resevwa tèks ou a, mèsi anpil
other||Ekri m lè doktè a disponib
pricing||Èske ou ka voye pri a ban mwen pa mesaj?
directions_parking||Пришлите, пожалуйста, адрес сообщением
thanks||Получила ваше сообщение, спасибо
other||Напишите мне, когда врач освободится
directions_parking||Надішліть адресу в повідомленні, будь ласка
thanks||Отримала повідомлення, дякую
directions_parking||请把地址用短信发给我
thanks||收到你们的短信了，谢谢
other||医生有空的时候发个信息给我
pricing||可以把价格发短信给我吗？
directions_parking||주소를 문자로 보내주세요
directions_parking||Vui lòng nhắn địa chỉ phòng khám cho tôi
directions_parking||أرسلوا لي العنوان برسالة من فضلكم
thanks||وصلتني رسالتكم، شكراً
directions_parking||Pakitext po ang address ng clinic
thanks||Natanggap ko po ang message ninyo, salamat
directions_parking||Pouvez-vous m'envoyer l'adresse par SMS ?
thanks||J'ai bien reçu le SMS, merci
other||Mándenme un mensaje cuando esté lista la doctora
thanks||Ya recibí su mensaje, gracias
directions_parking||لطفاً آدرس را پیامک کنید
thanks||پیامتون رسید، ممنون
directions_parking||Fadlan cinwaanka ii soo dir fariin ahaan
directions_parking||Thov xa qhov chaw nyob tuaj rau kuv
directions_parking||कृपया पता मैसेज कर दीजिए
directions_parking||address msg kar do please
directions_parking||住所をメッセージで送ってください
# Third pass: stop requests in more languages and scripts, then ordinary texts that use the new words (written as probes, then folded in)
opt_out||pl3ase st0p
opt_out||un$ubscribe
opt_out||STOP!!!!!1
opt_out||$top $ending me texts
opt_out||opt-0ut
opt_out||ALTO YA
opt_out||Pára com isso
opt_out||Đừng gửi nữa
opt_out||Stop na po
opt_out||그만 좀
opt_out||別再傳了
opt_out||不要再傳簡訊給我
opt_out||もう送らないで
opt_out||ไม่ต้องส่งมาแล้ว
opt_out||ab message mat bhejna
opt_out||مجھے میسج نہ کریں
opt_out||Nie piszcie do mnie
opt_out||Այլևս հաղորդագրություններ մի ուղարկեք
opt_out||Μη μου στέλνετε
opt_out||Artık mesaj göndermeyin
opt_out||Fariin dambe ha ii soo dirin
opt_out||Tsis txhob xa lus tuaj ntxiv
opt_out||دیگه پیام نده
opt_out||תפסיקו לשלוח לי הודעות
opt_out||ከዚህ በኋላ መልእክት አትላኩ
opt_out||আর মেসেজ দিবেন না
opt_out||ਹੋਰ ਮੈਸੇਜ ਨਾ ਭੇਜੋ
opt_out||હવે મેસેજ મોકલશો નહીં
opt_out||मलाई म्यासेज नपठाउनुहोस्
opt_out||សូមកុំផ្ញើសារមកខ្ញុំទៀត
opt_out||Đừng nhắn nữa nha
opt_out||Berhenti kirim pesan
opt_out||Acha, ab band karo ye messages
other|hn|Ya no quiero la promoción de botox, prefiero el filler
pricing|hn|No quiero ofertas de paquete, solo una sesión
pricing|hn|¿Ya no hay promociones este mes?
aftercare|hn|Basta con una crema o necesito dos?
directions_parking|hn|Chega de carro ou de ônibus, tanto faz
pricing|hn|Plus de promos ce mois-ci ?
pricing|hn|Keine Angebote diesen Monat? Schade
pricing|hn|Niente più sconti? peccato
other|hn|Genug Zeit für beide Behandlungen?
other|hn|Dur biraz, adresi yazayım
other|hn|Yeter mi tek seans?
pricing|hn|Досить дорого, є знижки?
other|hn|Хватит ли одной процедуры?
other|hn|够了吗？需要再做一次吗
other|hn|그만 받아도 되나요? 시술 몇 번 해야 해요?
other|hn|ストップウォッチで時間を測りました
thanks|hn|Assez bien merci, et vous?
other|hn|Huy hiệu của phòng khám đẹp quá
book_new|hn|My husband passed his exam lol, can he book too?
other|hn|My mom doesn't use this phone much, please call her landline for the appointment
other|hn|This was my old number, please update it to 555-0101
other|hn|I changed my number, text the new one please: 555-0199
other|hn|Please remove the old card from my account
pricing|hn|Can you take it off my bill? The numbing cream
other|hn|Stop. Wait. Is the appointment at 3 or 4?
thanks|hn|stop it you're so sweet, see you friday
other|hn|Can you stop the reminder calls to my work phone? texts to this one are fine
bring_guest|hn|Not trying to be rude but can I bring my kid?
confirm|hn|I'm not trying to opt out of anything, just confirming
reschedule|hn|Please take me off the waitlist for Saturday, Friday works
other|hn|Remove me from the cancellation list, I'm booked now
other|hn|Quítenme de la lista de espera, gracias
other|hn|请把我从等候名单里删掉，我已经约好了
thanks|hn|Thx! $5 off is great
directions_parking|hn|ok 1 more question: is parking free?
confirm|hn|Yes, I'll stop by at 4
other|hn|I quit my job so I'm free all week lol
book_new|hn|No promos for me this time, just the facial please
complaint|hn|Promo code didn't work, stop charging me twice!
other|hn|I want to cancel my membership, not the texts
directions_parking||ส่งที่อยู่มาให้หน่อยค่ะ
thanks||ขอบคุณค่ะ เจอกันพรุ่งนี้
thanks||תודה, נתראה מחר
directions_parking||אפשר לשלוח לי את הכתובת בהודעה?
confirm|rtc|Շնորհակալություն, կգամ
confirm|rtc|धन्यवाद, म आउँछु
thanks||Terima kasih, sampai besok
directions_parking||Bisa kirim alamatnya lewat pesan?
confirm|rtc|អរគុណ ខ្ញុំនឹងមក
directions_parking||Μπορείτε να μου στείλετε τη διεύθυνση;
directions_parking||Czy możecie mi wysłać adres SMS-em?
# Ordinary replies per language (short, so the model learns these languages are not all opt-outs)
thanks||Muchas gracias, muy amables
running_late||Voy 10 minutos tarde, perdón
hours||¿A qué hora abren el sábado?
reschedule||¿Puedo cambiar mi cita para el jueves?
confirm|rtc|Sim, confirmo
thanks||Obrigada pelo lembrete!
hours||Vocês abrem no domingo?
running_late||Estou um pouco atrasada, chego em 15 minutos
confirm|rtc|Oui, je serai là
thanks||Merci beaucoup pour le rappel
directions_parking||Où est-ce que je peux me garer?
confirm|rtc|Ja, ich komme
thanks||Danke für die Erinnerung
hours||Wann haben Sie morgen geöffnet?
confirm|rtc|Sì, confermo
thanks||Grazie mille, a domani
confirm|rtc|Tak, będę
thanks||Dziękuję za przypomnienie
confirm|rtc|Да, приду
running_late||Немного опаздываю, буду через 10 минут
confirm|rtc|Так, буду
thanks||Дякую за нагадування
reschedule||Чи можна перенести запис на п'ятницю?
confirm|rtc|Evet, geleceğim
thanks||Teşekkürler
confirm|rtc|Ναι, θα έρθω
thanks||Ευχαριστώ πολύ
confirm|rtc|نعم، سأحضر
thanks||شكراً على التذكير
directions_parking||وين أقدر أوقف السيارة؟
confirm|rtc|بله، میام
thanks||ممنون از یادآوری
running_late||ببخشید ده دقیقه دیر میرسم
confirm|rtc|ہاں، میں آؤں گا
thanks||شکریہ
confirm|rtc|כן, אגיע
thanks||תודה רבה
confirm|rtc|አዎ እመጣለሁ
thanks||አመሰግናለሁ
confirm|rtc|હા, હું આવીશ
thanks||આભાર
confirm|rtc|হ্যাঁ, আমি আসব
thanks||ধন্যবাদ
confirm|rtc|ਹਾਂ ਜੀ, ਮੈਂ ਆਵਾਂਗਾ
thanks||ਧੰਨਵਾਦ ਜੀ
confirm|rtc|haan ji aa jaungi
running_late||bas 5 minute mein pahunch rahi hoon
thanks||shukriya, bas itna hi poochna tha
confirm|rtc|हाँ, मैं आऊँगी
thanks||धन्यवाद
confirm|rtc|Haa, waan iman doonaa
thanks||Mahadsanid
confirm|rtc|Yog, kuv yuav tuaj
thanks||Ua tsaug
confirm|rtc|Vâng, tôi sẽ đến
confirm|rtc|Opo, pupunta ako
confirm|rtc|Wi, m ap vini
thanks||Mèsi anpil
confirm|rtc|好的，我会准时到
thanks||謝謝提醒
confirm|rtc|네, 갈게요
confirm|rtc|はい、伺います
thanks||ありがとうございます
confirm|rtc|ครับ จะไปตามนัด
thanks||ขอบคุณค่ะ
confirm|rtc|Ndiyo, nitakuja
confirm|rtc|Ya, saya akan datang
thanks||Terima kasih
confirm|rtc|Ja, ik kom
thanks||Bedankt voor de herinnering
cancel_appointment|rtc|Necesito cancelar mi cita del martes
cancel_appointment|rtc|Ich muss meinen Termin leider absagen
cancel_appointment|rtc|Devo annullare l'appuntamento, scusate
cancel_appointment|rtc|Мне нужно отменить запись на пятницу
cancel_appointment|rtc|我需要取消明天的预约
cancel_appointment|rtc|예약 취소해 주세요
cancel_appointment|rtc|Tôi cần hủy lịch hẹn ngày mai
cancel_appointment|rtc|Kailangan kong i-cancel ang appointment ko bukas
reschedule|rtc|Puedo pasar mi cita a la próxima semana?
reschedule|rtc|Pouvez-vous décaler mon rendez-vous à lundi ?
reschedule|rtc|Можно перенести запись на следующую неделю?
reschedule|rtc|能把预约改到下周吗？
other||Oké
other||Vale
other||D'accord
other||Хорошо
other||好的
other||알겠습니다
other||了解です
other||Được rồi
other||Sige po
other||ठीक है
other||acha theek hai
other||باشه
other||حسناً
other||Tamam
other||Εντάξει
other||Sawa
other||Waa hagaag
`;
