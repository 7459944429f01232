/**
 * Issue 13, seventh batch, written by the `optout` session of 2026-12-07 after reading holdout C's
 * misses and false opt-outs by KIND (never copying or paraphrasing a holdout text), and before any
 * detector change of this round. Two parts:
 *  - SEVENTH_BATCH_DEV_TEST: evaluation only — never folded into rules, lexicon or model training.
 *    Sections `# lang=xx` name the language for the per-language report.
 *  - SEVENTH_BATCH_CORPUS: training texts for the rules and the models, one group per failure kind.
 * Kinds: typos inside sentences; polite / indirect; legal register; long angry texts with the request
 * at the end; wrong number + "delete it"; third party / deceased; emoji and exclamations; something
 * else (add-ons, emails, auto-ship, medication) incl. "emails no, texts yes" in other languages;
 * double negation ("don't stop the reminders"); questions and reported speech; marketing-only scope;
 * everyday opt-outs in the languages of US clinics.
 */
export const SEVENTH_BATCH_DEV_TEST = String.raw`
# lang=en
opt_out||pls stpo txting me
opt_out||unsubscrib me from this
opt_out||remoev me from your list thanks
opt_out||dont txet me again
opt_out||no mor texts pls
opt_out||plese stop sendign me messages
opt_out||Would you mind not texting me anymore?
opt_out||I'd appreciate no further texts from your office.
opt_out||It would be great if you could stop sending these.
opt_out||I would prefer to not get these texts going forward.
opt_out||Could I be removed from the text list?
opt_out||Is it possible to stop receiving these? Thank you
opt_out||Consider this my revocation of consent for all text communications.
opt_out||Notice: do not send any further text messages to this number. I do not consent.
opt_out||I am revoking consent to receive SMS at this number per the TCPA, effective today.
opt_out||I've been a client for years and honestly the last visit was a mess, the laser left marks and nobody called me back. I'm done. Remove my number.
opt_out||You people double booked me twice and charged a no-show fee I didn't owe. I have told you before, no more texts.
opt_out||wrong number, please delete
opt_out||I don't know who Jessica is, wrong number. Please take this number off.
opt_out||My father passed away last month, please stop texting him.
opt_out||This is Dan's wife, he doesn't want these messages anymore. Please remove him.
opt_out||Please take my son off your list, he's only 15.
opt_out||🛑
opt_out||STOP 🛑🛑
opt_out||stop 😡
opt_out|mkt|no more promo texts please, appointment reminders are ok
opt_out|mkt|Enough with the holiday deals, just send my reminders
# lang=es
opt_out||no me sigan mandando mensajes
opt_out||quíteme de la lista porfa
opt_out||Ya no me textees más
opt_out||Número equivocado, bórrenlo por favor
opt_out||Mi mamá falleció, por favor dejen de mandarle mensajes
opt_out||para ya con los mensajes
# lang=pt
opt_out||Não me mandem mais nada
opt_out||Número errado, apaguem por favor
opt_out||Minha mãe faleceu, parem de enviar mensagens para ela
# lang=fr
opt_out||Mauvais numéro, merci de le supprimer
opt_out||Ma mère est décédée, arrêtez de lui envoyer des messages
opt_out||Je ne veux plus de vos SMS
# lang=ht
opt_out||Tanpri sispann voye mesaj ban mwen
opt_out||Move nimewo, tanpri efase l
# lang=ar
opt_out||الرجاء التوقف عن مراسلتي
opt_out||رقم غلط، امسحوه من فضلكم
# lang=vi
opt_out||Đừng gửi tin nhắn cho tôi nữa
opt_out||Sai số rồi, vui lòng xóa
# lang=zh
opt_out||请停止给我发短信
opt_out||打错了，请把这个号码删掉
# lang=tl
opt_out||Huwag na po kayong mag-text
opt_out||Maling number po, pakibura
# lang=ko
opt_out||문자 그만 보내세요
opt_out||번호 잘못 아셨어요. 지워주세요
# lang=ru
opt_out||Уберите мой номер из рассылки
opt_out||Неправильный номер, удалите пожалуйста
# lang=hi
opt_out||mujhe message mat bhejo
opt_out||galat number hai, ise delete kar do
# lang=pl
opt_out||Proszę nie wysyłać mi więcej SMS-ów
# lang=it
opt_out||Non mandatemi più messaggi
opt_out||Toglietemi dalla lista per favore
# lang=de
opt_out||Bitte keine SMS mehr schicken
opt_out||Falsche Nummer, bitte löschen
# lang=ja
opt_out||もう連絡しないでください
# lang=en
other|hn|Unsubscribe me from the emails, texts are fine
other|hn|cancel the auto-ship on the vitamin C serum please
other|hn|Can you take the numbing add-on off my booking?
pre_treatment|hn|Should I stop the tretinoin a week before?
other|hn|Please opt me out of the photo release for social media
other|hn|Stop the membership auto-renewal, I'll pay per visit
thanks|hn|Don't stop the reminders, I'd forget my own head
other|hn|If I text STOP will I lose my appointment reminders too?
other|hn|My husband said stop texting him but I still want mine
other|hn|What does opt out mean on the intake form?
other|hn|How do I unsubscribe from emails only?
thanks|hn|omg stop you're too kind 😂
thanks|hn|Stoppp I love it 😍
pricing|hn|STOP! that's so cheap! is it still on?
other|hn|wrong number for the pharmacy? I meant to text them, sorry
other|hn|No more bruising, thank goodness
other|hn|I asked you to remove the old card, did you?
pricing|hn|No more deals this week? When is the next one?
aftercare|hn|The itching finally stopped, thank you
other|hn|My mom passed away so I need to cancel her package, can someone call me?
other|hn|Please remove my ex from my emergency contacts
# lang=es
other|hn|No dejen de mandarme los recordatorios, porfa
other|hn|Cancelen los correos pero los mensajes de texto sí
pre_treatment|hn|¿Tengo que dejar la crema antes del láser?
other|hn|Número equivocado? quería escribir a mi dentista jaja
# lang=pt
other|hn|Não parem de enviar os lembretes, por favor
other|hn|Cancelem os e-mails, mas pode continuar mandando SMS
# lang=fr
other|hn|Ne cessez pas les rappels, ils m'aident
other|hn|Retirez-moi des e-mails mais gardez les SMS
# lang=ht
other|hn|Pa sispann voye rapèl yo, mèsi
# lang=ar
other|hn|لا توقفوا رسائل التذكير من فضلكم
# lang=vi
other|hn|Đừng dừng gửi tin nhắc lịch nhé
other|hn|Hủy email giúp tôi, tin nhắn thì vẫn nhận
# lang=zh
other|hn|请不要停止发送提醒短信
other|hn|邮件不用发了，短信照常发给我
# lang=tl
other|hn|Wag niyo pong itigil ang reminders
# lang=ko
other|hn|이메일은 그만 보내고 문자는 계속 보내주세요
# lang=ru
other|hn|Не прекращайте присылать напоминания
# lang=hi
other|hn|email band karo par SMS aate rehne do
# lang=pl
pre_treatment|hn|Czy mam przestać brać aspirynę?
# lang=it
other|hn|Non smettete di mandarmi i promemoria
# lang=de
other|hn|Bitte keine E-Mails mehr, SMS sind okay
# lang=ja
other|hn|メールは停止して、SMSは続けてください
`;

/** Training texts (issue 13, seventh batch): used by the rules and the models like the other batches. */
export const SEVENTH_BATCH_CORPUS = String.raw`
# typos inside sentences
opt_out||please stpo texting me
opt_out||can u sotp sending thes messages
opt_out||unsubcsribe me please
opt_out||remvoe my number from your list
opt_out||take me of your lisst
opt_out||dont tetx me anymore
opt_out||no moer texts
opt_out||i want to opt otu
opt_out||opt me otu please
opt_out||stop sneding me texts
opt_out||quit textin me
opt_out||sop
opt_out||stop texitng this number
# polite / indirect
opt_out||Would it be possible to not receive these anymore?
opt_out||Could you please stop sending me these texts? Thanks so much
opt_out||I'd appreciate it if you stopped texting me.
opt_out||I would rather not get any more texts, thank you
opt_out||Can I be taken off the texting list?
opt_out||Is there a way to stop getting these? Thanks
opt_out||Please leave me off your text list
opt_out||It would be nice to not get these messages anymore
opt_out||I'd be grateful if you removed my number
# legal register
opt_out||This message serves as my revocation of consent to receive text messages.
opt_out||I do not consent to further text messages. Cease immediately.
opt_out||Please be advised that I revoke all consent to contact me by SMS.
opt_out||Under the TCPA I am withdrawing consent. No more texts.
opt_out||Demand to cease: do not text this number again.
# long angry, request at the end
opt_out||I came in for a facial and waited an hour, then got charged for a product I never asked for. Nobody returned my calls. Stop texting me.
opt_out||I've asked twice already and you keep messaging me at 7am on a Sunday. This is ridiculous. Delete my number.
opt_out||Honestly the worst customer service I've had anywhere, and the texts never end. I'm done, take me off.
opt_out||I have asked multiple times to not be contacted. Please respect that.
# wrong number
opt_out||wrong number, delete this please
opt_out||Wrong person. Please remove this number
opt_out||Not Ashley, wrong number. Remove me
opt_out||You have the wrong number, please stop
opt_out||Número equivocado, por favor bórrenme
opt_out||Número errado, favor excluir
opt_out||Mauvais numéro, supprimez-le svp
opt_out||Se pa bon nimewo, efase l tanpri
opt_out||رقم خاطئ، احذفوه من فضلكم
opt_out||Nhầm số, xóa giúp tôi
opt_out||号码错了，请删除
opt_out||Wrong number po, pakitanggal
opt_out||번호 잘못 됐어요, 삭제 부탁드려요
opt_out||Не тот номер, удалите
opt_out||galat number, hata do please
opt_out||間違い番号です、消してください
other|hn|Sorry wrong number, I meant to text my sister
other|hn|Oops wrong number lol
other|hn|Did I give you the wrong number? My new one is below
other|hn|Perdón, número equivocado
# third party / deceased
opt_out||My mother passed away, please stop sending her reminders
opt_out||This is her husband, she doesn't want these texts. Take her off your list
opt_out||Please remove my daughter's number from your texts
opt_out||I'm texting for my dad, he's confused by these messages, please stop sending them
opt_out||Mi esposo ya no quiere recibir mensajes, quítenlo de la lista
opt_out||Minha avó faleceu, por favor parem de mandar mensagens
opt_out||Mon père est décédé, ne lui envoyez plus de messages
other|hn|My mother passed away, can I use her remaining package?
other|hn|Please send the reminders to my daughter's phone instead
# emoji / exclamation
opt_out||🛑🛑
opt_out||STOP 🛑
opt_out||ugh stop 😤
opt_out||stop 🙄
opt_out||STOP 🤬
thanks|hn|stoppp 😍 you guys are amazing
thanks|hn|Stop it, I'm blushing 🥰
other|hn|STOP! no way, is that real? 😱
# something else (add-ons, emails, auto-ship, medication)
other|hn|cancel my auto-ship on the sunscreen
other|hn|stop the auto-refill on my retinol please
other|hn|Unsubscribe me from your emails, text is how I want to hear from you
other|hn|Please remove the dermaplaning add-on
other|hn|Opt me out of the loyalty program emails
pre_treatment|hn|Do I stop taking fish oil before filler?
other|hn|Correos no, pero mensajes de texto sí por favor
other|hn|Para de mandar e-mails, SMS está ótimo
other|hn|Plus d'e-mails s'il vous plaît, les SMS ça va
other|hn|邮件退订，短信继续
other|hn|email mat bhejo, SMS theek hai
other|hn|이메일 수신 거부, 문자는 괜찮아요
other|hn|Хватит email, а смс можно
other|hn|Hủy nhận email, tin nhắn vẫn được
# double negation
thanks|hn|Please don't stop texting me the reminders
other|hn|No paren de mandar los recordatorios
other|hn|Não parem os lembretes
other|hn|Đừng ngừng nhắn nhắc lịch cho tôi
other|hn|不要停止提醒我
other|hn|Ne cessez pas d'envoyer les rappels
other|hn|Не прекращайте напоминания, пожалуйста
other|hn|reminders band mat karo please
# questions and reported speech
other|hn|STOP means opt out, right? Don't do it, I'm just checking
other|hn|Is this where I text to stop the reminders or to reschedule?
other|hn|My friend said she replied stop texting me and never heard back lol. Anyway can I book?
other|hn|If I say unsubscribe does it stop the emails or the texts?
pricing|hn|No more specials this month? What's the normal price then?
# marketing-only scope
opt_out|mkt|no more sale texts, reminders are fine
opt_out|mkt|Enough with the promos, only appointment reminders please
opt_out|mkt|stop the flash sale texts, keep my reminders
# everyday opt-outs in other languages and variants
opt_out||no me manden más mensajes porfa
opt_out||ya párenle con los textos
opt_out||para ya de mandarme mensajes
opt_out||sáquenme de su lista
opt_out||Não me enviem mais mensagens
opt_out||Tanpri pa voye m tèks ankò
opt_out||Retire nimewo m nan lis ou a
opt_out||من فضلكم لا ترسلوا لي رسائل
opt_out||الغوا اشتراكي
opt_out||Đừng nhắn tin cho tôi nữa
opt_out||Hủy nhận tin nhắn
opt_out||别再给我发消息了
opt_out||不要再联系我
opt_out||Stop na po, salamat
opt_out||Pakitigil na po ang pag-text
opt_out||문자 보내지 말아 주세요
opt_out||수신 거부합니다
opt_out||Больше не пишите мне
opt_out||SMS band karo please
opt_out||Nie chcę więcej wiadomości
opt_out||Wypiszcie mnie z listy
opt_out||Disiscrivetemi
opt_out||Non voglio più ricevere messaggi
opt_out||Bitte keine Nachrichten mehr
opt_out||Bitte löschen Sie meine Nummer
opt_out||メッセージの配信を止めてください
opt_out||送信を停止してください
other|hn|¿Puedo dejar de usar la crema?
other|hn|Parei o remédio como vocês falaram
other|hn|Перестала пить таблетки, это нормально?
other|hn|Czy mogę przestać smarować?
other|hn|Posso smettere la crema?
other|hn|Soll ich die Creme absetzen?
# ordinary replies in the languages whose opt-outs joined in this batch (the opt-out model must see both)
reschedule||Chcę przełożyć wizytę na piątek
confirm||Tak, będę jutro
book_new||Chciałbym umówić wizytę na botoks
reschedule||Vorrei spostare l'appuntamento a lunedì
confirm||Sì, ci sarò
pricing||Quanto costa il filler?
reschedule||Kann ich den Termin verschieben?
confirm||Ja, ich komme morgen
pricing||Was kostet Botox?
# the patient's own wrong number, in other languages (not an opt-out)
other|hn|Perdón, número equivocado, quería escribirle a mi hermano
other|hn|Desculpa, número errado, era pra minha irmã
other|hn|Pardon, mauvais numéro, je voulais écrire à mon frère
other|hn|Sorry po, wrong number, para sa kapatid ko dapat
# probe set written while building this round's rules (typical opt-outs per language, ordinary uses of the same words)
opt_out||ya no me estén mandando mensajes
opt_out||no me textees
opt_out||bórrame de la lista
opt_out||no me interesa, no me escriban
opt_out||déjenme en paz
opt_out||favor de no enviar más mensajes
opt_out||cancelen mis mensajes
opt_out||no quiero que me lleguen más mensajes
opt_out||ya estuvo con los mensajes
opt_out||me pueden sacar de su lista?
opt_out||Pa voye mesaj ban mwen ankò
opt_out||Mwen pa bezwen mesaj nou yo ankò
opt_out||Tanpri retire nimewo mwen
opt_out||Kanpe voye mesaj
opt_out||Sispann ekri m
opt_out||Mwen pa enterese, pa ekri m ankò
opt_out||لا أريد رسائل بعد الآن
opt_out||أوقفوا الرسائل من فضلكم
opt_out||الرجاء إزالة رقمي
opt_out||ما أبغى رسائل
opt_out||وقفوا الرسائل
opt_out||بلاش رسائل
opt_out||ارجو عدم التواصل معي
opt_out||Por favor me tirem dessa lista
opt_out||Não quero receber mais nada
opt_out||Parem de me mandar mensagem
opt_out||Descadastrar
opt_out||chega de mensagem
opt_out||Vui lòng không nhắn tin nữa
opt_out||Đừng nhắn nữa
opt_out||Không muốn nhận tin nhắn
opt_out||Xin hãy ngừng nhắn tin cho tôi
opt_out||Hủy đăng ký
opt_out||请不要再发短信给我
opt_out||退订
opt_out||别发了
opt_out||请把我的号码删除
opt_out||我不想再收到信息
opt_out||Pakiusap, huwag na kayong mag-text
opt_out||Ayoko na ng mga text niyo
opt_out||Tanggalin niyo na ako sa listahan
opt_out||Stop na please
opt_out||문자 보내지 마세요
opt_out||수신거부
opt_out||연락 그만하세요
opt_out||더는 문자 받고 싶지 않아요
opt_out||Не пишите мне больше
opt_out||Отпишите меня
opt_out||Прошу удалить мой номер
opt_out||Перестаньте слать сообщения
opt_out||Arrêtez de m'envoyer des messages
opt_out||Je ne veux plus recevoir de SMS
opt_out||Désinscrivez-moi
opt_out||Merci de ne plus me contacter
opt_out||STOP SVP
opt_out||Kripya message bhejna band karein
opt_out||mujhe aur message mat bhejna
opt_out||SMS band karo
opt_out||Proszę o usunięcie mojego numeru
opt_out||Nie piszcie do mnie więcej
opt_out||Rezygnuję z SMS
opt_out||Non scrivetemi più
opt_out||Per favore toglietemi dalla lista
opt_out||Bitte schreiben Sie mir nicht mehr
opt_out||Ich möchte keine SMS mehr erhalten
opt_out||Bitte entfernen Sie mich aus der Liste
opt_out||Abmelden
opt_out||メッセージを送らないでください
opt_out||配信停止
opt_out||もう送ってこないで
opt_out||連絡不要です
opt_out||STP
opt_out||SOTP
opt_out||STPO
opt_out||stoop
opt_out||unsubscirbe
opt_out||pls stpo
opt_out||stop txting me
opt_out||remove me form your list
opt_out||dont txt me agian
opt_out||Please cease and desist all text communications
opt_out||I revoke consent
opt_out||Under the TCPA, I am revoking consent to these texts
opt_out||Effective immediately, I no longer consent to receive texts
opt_out||I'd prefer not to receive any more text messages
opt_out||Please don't send me any more texts, thank you
opt_out||I don't wish to receive these anymore
opt_out||Kindly stop
opt_out||I've asked before. No more contact.
opt_out||Do not contact me again
opt_out||Stop. Contacting. Me.
opt_out||This is harassment. Stop.
opt_out||I've told you people three times. STOP TEXTING ME
opt_out||Take me off your list!!!
opt_out||Lose my number
opt_out||how many times do i have to say stop
opt_out||who is this? remove me
opt_out||I never gave you permission to text me. Remove my number.
opt_out||please unsubcribe me
opt_out||Please stop these messages
opt_out||end
opt_out||QUIT
opt_out||stop all
opt_out||Optout
opt_out||opt-out
opt_out||No more messages please
opt_out||I'm no longer a patient there, please stop messaging me
opt_out||I moved to another state, no need to keep texting me
opt_out||Please stop texting. I'm not coming back after how I was treated.
opt_out||Not interested. Remove me.
opt_out||Remove
opt_out||Unsubscribe please
opt_out||Please discontinue texts to this number
opt_out||I do not want to receive texts from you anymore
opt_out||We're done here. Don't message me again.
opt_out||I would like to opt out of all text messages
opt_out||stop sending me your promos, and the reminders too
opt_out||Por favor, no me manden más mensajes de texto
opt_out||No más mensajes por favor
opt_out||BASTA
opt_out||Alto por favor
opt_out||pare de me mandar sms
opt_out||Arrete
opt_out||sispann
opt_out||توقف
opt_out||dừng lại
opt_out||停止
opt_out||그만 보내
opt_out||хватит
opt_out||Rimuovetemi
opt_out||Usuńcie mój numer
opt_out||Stoppt die Nachrichten
thanks|hn|Stop! That's amazing
thanks|hn|stoppp you're so sweet
other|hn|I want to opt out of the numbing add-on
other|hn|Unsubscribe me from emails, but keep texts
other|hn|cancel my autoship
other|hn|Stop the auto-ship please
pre_treatment|hn|Can I stop my tretinoin?
other|hn|I'll stop by tomorrow
cancel_appointment|hn|cancel my appointment
other|hn|I quit smoking
pricing|hn|When does the promo end?
aftercare|hn|No more swelling!
other|hn|Don't stop texting me lol
other|hn|Please stop sending me the paper bills, texts are fine
other|hn|Can you remove the charge?
other|hn|Remove the tip
thanks|hn|I'm done with my treatment, it was great
reschedule|hn|end of the month works
aftercare|hn|You can stop worrying, I'm fine
thanks|hn|Stop it, you're making me blush
thanks|hn|STOP 😂 I can't believe it
thanks|hn|no way, stop!! I love it
pricing|hn|Stop, that price is insane!
other|hn|I'd like to opt out of the lash serum upsell
other|hn|please remove the filler from my cart
other|hn|unsubscribe from the newsletter only, texts ok
other|hn|cancel my membership renewal
other|hn|stop my monthly subscription box
aftercare|hn|I stopped taking the antibiotics
aftercare|hn|Should I stop using retinol?
aftercare|hn|The bleeding stopped
other|hn|Can I quit the treatment midway?
reschedule|hn|End of day works for me
other|hn|Remove my old address please
complaint|hn|Please stop charging my card
other|hn|I don't want the add-on
confirm|hn|Don't cancel my appointment!
other|hn|Can you not text me before 8?
other|hn|Text me instead of calling
other|hn|Never mind, I'll text later
cancel_appointment|hn|I want to cancel my Friday appointment
other|hn|Can we stop at 3 units?
aftercare|hn|No more bruising
pre_treatment|hn|Parei de tomar o remédio
aftercare|hn|Ya no me duele
other|hn|No quiero el masaje extra
aftercare|hn|Ne plus appliquer la crème?
other|hn|Mwen pa vle pwodwi a
other|hn|لا أريد الإضافة
cancel_appointment|hn|Tôi muốn hủy lịch hẹn
cancel_appointment|hn|我想取消预约
other|hn|Ayoko ng add-on
other|hn|추가 옵션은 필요 없어요
other|hn|Не хочу дополнительную услугу
other|hn|Stop, really? I won?!
thanks|hn|omg stop 😭😭 this is so cute
pricing|hn|stop lying, this is the best deal ever
thanks|hn|Dont stop the reminders please
other|hn|Please keep texting me
other|hn|Text is better than email
other|hn|Can you send the reminder by text?
other|hn|Are you going to stop sending reminders after my last session?
other|hn|Will the texts stop when my package ends?
other|hn|How do I opt out of the photo release?
other|hn|My husband wants to stop his botox, can he?
other|hn|Stop the email receipts please, I get the texts
other|hn|please stop the emails
other|hn|I have to stop the treatment because of pregnancy
# second probe set (typos inside sentences, legal, polite, angry, variants; 'no longer want the package' in 15 languages)
opt_out||plesae stop textign me
opt_out||stpo sending msgs
opt_out||unsubscibe me from ur list
opt_out||remoce me from this list
opt_out||opt oyt
opt_out||no mroe txts
opt_out||dont text me anymroe
opt_out||qiut texting me
opt_out||srop texting me
opt_out||stip texting me
opt_out||sotp txting me plz
opt_out||unsibscribe
opt_out||Pursuant to 47 U.S.C. § 227, I revoke consent to be texted
opt_out||This is a formal request to cease and desist all texts
opt_out||I am exercising my right to revoke consent under the TCPA
opt_out||Do not send any further automated messages to this number
opt_out||I no longer authorize you to text me
opt_out||Please note that my consent is withdrawn
opt_out||I rescind my consent
opt_out||Please update your records to reflect that I do not consent to texts
opt_out||Consent revoked.
opt_out||I'd rather not get these texts anymore
opt_out||Could you take me off the text reminders?
opt_out||Thanks but I'd like to stop getting texts
opt_out||Please no more texts, thank you!
opt_out||Would you please remove my number?
opt_out||I'd appreciate not receiving any more messages
opt_out||I'm going to have to ask you to stop texting me
opt_out||I kindly request to be removed
opt_out||No longer need these texts, thanks
opt_out||You overcharged me, you never called back, your staff is rude and I'm never coming back. Stop texting me.
opt_out||I've said it twice. I don't want these.
opt_out||This is the 4th time I've asked. Remove me now.
opt_out||Why do you keep texting me? I said I'm not interested.
opt_out||STOP CONTACTING ME OR I'LL REPORT YOU
opt_out||ya no me manden nada
opt_out||no me mande mensajes
opt_out||no más textos porfa
opt_out||dejen de estar chingando con los mensajes
opt_out||ya basta de mensajitos
opt_out||q ya no me manden msjs
opt_out||bájenme de la lista
opt_out||Pa voye m mesaj ankò souple
opt_out||Retire m sou lis la
opt_out||Mwen pa vle mesaj ankò
opt_out||Sispann voye tèks ban mwen
opt_out||Tanpri pa kontakte m ankò
opt_out||من فضلك لا ترسل لي رسائل
opt_out||أرجو إلغاء الاشتراك
opt_out||توقفوا عن إرسال الرسائل
opt_out||لا تراسلوني مرة أخرى
opt_out||احذفوا رقمي من فضلكم
opt_out||unsubscribe
opt_out||Stop texting me please
opt_out||I want out of this list
opt_out||I didn't sign up for this, stop
opt_out||please remove me from all communications
opt_out||do NOT text me
opt_out||Stop sending me stuff
opt_out||quit it
opt_out||Enough!! Stop texting
opt_out||Please stop messaging me, I've moved on to another provider
opt_out||Not a patient anymore, please delete my info
opt_out||I'm no longer interested in your services, please remove me
opt_out||No more reminders please, I'll call when I need something
opt_out||stop the reminders
opt_out||stop reminding me
opt_out||Please stop the automated texts
opt_out||Stop the spam
opt_out||This is spam. Remove.
opt_out||End texts
opt_out||cancel texts
opt_out||cancel all messages
opt_out||no more
opt_out||nope stop
opt_out||STOP ALL MESSAGES
opt_out||desuscribirme
opt_out||Quiero darme de baja
opt_out||Por favor quítenme de su lista de mensajes
opt_out||No quiero recibir más mensajes de ustedes
opt_out||Já pedi para parar, parem de mandar mensagem
opt_out||Je ne souhaite plus être contacté
opt_out||Veuillez cesser de m'envoyer des textos
opt_out||Xin đừng gửi tin nhắn nữa
opt_out||Làm ơn xóa số của tôi
opt_out||不要再给我发信息了
opt_out||请停止发送信息
opt_out||請不要再傳簡訊給我
opt_out||Huwag niyo na akong i-text
opt_out||Pakitanggal ang number ko
opt_out||더 이상 문자 보내지 말아주세요
opt_out||문자 수신 거부합니다
opt_out||Пожалуйста, не присылайте больше сообщений
opt_out||Удалите меня из рассылки
opt_out||mujhe message mat karo
opt_out||kripya SMS bhejna band kare
opt_out||मुझे और मैसेज मत भेजिए
opt_out||Proszę nie pisać więcej
opt_out||Nie chcę dostawać SMS
opt_out||Non voglio più messaggi
opt_out||Smettete di scrivermi
opt_out||Ich will keine Nachrichten mehr
opt_out||Bitte keine SMS mehr
opt_out||これ以上メッセージを送らないでください
opt_out||連絡しないでください
pricing|hn|Stop! You're kidding, 50% off?
thanks|hn|STOP it's perfect
thanks|hn|stopppp I love my lips
other|hn|opt out of the dermaplaning add-on please
other|hn|I want to unsubscribe from the emails, texts are fine
other|hn|cancel my auto-ship
other|hn|please stop my autoship, but keep texting
other|hn|I'd like to stop the vitamin subscription
running_late|hn|Can you stop by my car? I'm outside
other|hn|Please stop the auto refill on my tretinoin, texts are fine
aftercare|hn|When will the swelling stop?
pre_treatment|hn|Do I need to stop ibuprofen?
thanks|hn|Stop the presses, I lost 10 lbs!
thanks|hn|omg STOP the before and after is crazy
thanks|hn|stop, you're too nice!!
other|hn|I'm going to stop the laser package after this session
other|hn|I unsubscribed from the newsletter, still want my text reminders
other|hn|Can I opt out of the photo for your instagram?
other|hn|please remove the tint add-on from my appointment
other|hn|I'd like to cancel the membership, not the texts
other|hn|Unsubscribe from marketing emails please; appointment texts are fine
other|hn|Please don't unsubscribe me, I still want texts
other|hn|I never got a reminder, can you text me?
other|hn|No more texting at 6am please, after 9 is fine
other|hn|Please text my wife instead, she handles my appointments
other|hn|Could you stop sending the reminders to my work phone and use this number?
cancel_appointment|hn|Cancel my Tuesday appt
other|hn|Can I cancel the lip filler and just do botox?
other|hn|STOP by anytime to pick up
reschedule|hn|I quit my job so I'm free any day now
pricing|hn|the promo ended yesterday?
reschedule|hn|End of the week works
pricing|hn|Is the sale over?
other|hn|Remove the old card and use my new one
other|hn|Please don't remove me from the waitlist
other|hn|Don't take me off the waitlist!
opt_in||I didn't mean to stop, start again
other|hn|My friend unsubscribed by accident lol
aftercare|hn|No more redness, thank you!
aftercare|hn|Ya no me duele nada
other|hn|Ya no quiero el tratamiento de láser, solo el facial
other|hn|Não quero mais o pacote de laser
other|hn|Je ne veux plus le forfait laser
other|hn|Mwen pa vle tretman an ankò
other|hn|لا أريد الليزر بعد الآن
other|hn|Tôi không muốn gói laser nữa
other|hn|我不想要激光套餐了
other|hn|Ayoko na ng laser package
other|hn|레이저 패키지는 그만할게요
other|hn|Я больше не хочу лазерный пакет
other|hn|laser package nahi chahiye
other|hn|Nie chcę już pakietu laserowego
other|hn|Non voglio più il pacchetto laser
other|hn|Ich möchte das Laserpaket nicht mehr
other|hn|レーザーのパッケージはもういらないです
# third probe set: emails vs texts in other scripts, both channels named together, lists of refusals
other|hn|Não me mandem mais e-mail, só SMS
other|hn|别再给我发邮件了，发短信就行
other|hn|이메일 보내지 마세요. 문자로 주세요
other|hn|I put the wrong number on my form, can you remove it and use the new one?
other|hn|Why do you keep sending me the wrong time? I said 3pm
opt_out||No emails, no texts, nothing
opt_out||Stop emailing and texting me, just call
opt_out||No calls, no texts. Leave me alone
opt_out||Stop all emails and texts, ok?
`;
