/** Opt-out positives: keywords in every shape, plain language, other languages. See corpus.util.ts for the format. */
export const OPT_OUT_CORPUS = String.raw`
# Whole-message keywords, as patients actually type them
opt_out||STOP
opt_out||stop
opt_out|| Stop. 
opt_out||STOP!!!
opt_out||Stop 🛑
opt_out||🛑 STOP 🛑
opt_out||ＳＴＯＰ
opt_out||S T O P
opt_out||s.t.o.p
opt_out||Stoooop
opt_out||stpo
opt_out||Sotp
opt_out||stopp
opt_out||STOP STOP STOP
opt_out||stop please
opt_out||Please stop
opt_out||STOP pls
opt_out||stop it
opt_out||Stop now!
opt_out||stop thanks
opt_out||STOPALL
opt_out||stop all
opt_out||Unsubscribe
opt_out||unsubscibe
opt_out||unsuscribe
opt_out||Unsubcribe
opt_out||UNSUBSCRIBE ME
opt_out||unsub
opt_out||End
opt_out||END.
opt_out||Quit
opt_out||QUIT!!
opt_out||revoke
opt_out||Opt out
opt_out||OPTOUT
opt_out||opt-out
opt_out||remove me
opt_out||Remove
opt_out||no more
opt_out|rtc|STOP
opt_out|rtc|stop.
opt_out|cancel|CANCEL
opt_out|cancel|cancel
opt_out|cancel|Cancel!
opt_out|cancel|Cancle
opt_out|cancel,rtc|Cancel
opt_out|cancel|cancel please
# A keyword as its own sentence
opt_out||STOP. Who is this?
opt_out||Who is this?? stop
opt_out||Stop! I never signed up for this
opt_out||Unsubscribe. Thanks
opt_out||stop 😡 this is the 3rd text today
opt_out||Ok stop. I'm not interested
# Plain-language English
opt_out||Please stop texting me
opt_out||please stop texting me!!
opt_out||stop texting me
opt_out||Stop txting me
opt_out||can you please stop sending me these texts
opt_out||Quit messaging me
opt_out||Stop messaging me please
opt_out||STOP CONTACTING ME
opt_out||stop bothering me
opt_out||Stop spamming me
opt_out||i asked you to stop texting me
opt_out||I want you to stop sending me messages
opt_out||take me off your list
opt_out||Take me off your texting list please
opt_out||Please remove my number from your list
opt_out||remove me from your list
opt_out||Remove me from this list thanks
opt_out||get me off this list
opt_out||Delete my number from your system
opt_out||Please take my number off your list
opt_out||can you take me off the text list
opt_out||don't text me anymore
opt_out||Dont text me again
opt_out||do not contact me
opt_out||Do not text me
opt_out||Please don't message me anymore
opt_out||never text me again
opt_out||no more texts please
opt_out||No more messages
opt_out||no more text messages!!
opt_out||I dont want these texts anymore
opt_out||I don't want to receive any more messages
opt_out||I no longer want to receive texts from you
opt_out||We don't want any more messages from you
opt_out||I want to opt out
opt_out||i want to unsubscribe
opt_out||how do I unsubscribe from these
opt_out||Opt me out please
opt_out||please unsubscribe me
opt_out||Unsubscribe me from everything
opt_out||I'd like to opt out of text messages
opt_out||leave me alone
opt_out||Lose my number
opt_out||wrong number
opt_out||Wrong number, I don't know any Jessica
opt_out||You have the wrong person
opt_out||I'm going to block this number
opt_out||stop or i will report this as spam
opt_out||enough with the texts
opt_out||I'm sick of these messages
opt_out||tired of all the texts stop
opt_out||I'm done with these reminders
opt_out||Stop sending me reminders
opt_out||stop the reminders please
opt_out||stop this
opt_out||Please stop these
opt_out||Stop it already
opt_out||no texting please
opt_out||NO MORE TEXTS
opt_out||I moved away, please stop texting me
opt_out||Not a patient anymore, stop texting
opt_out||I don't go there anymore. Take me off your list
opt_out||please stop texting me and cancel my appointment
opt_out||plz stop txting me
opt_out||stop texting me 🙄🙄
opt_out||S.T.O.P texting me
# Marketing only
opt_out|mkt|Stop sending me promotions
opt_out|mkt|no more promos please
opt_out|mkt|Please stop the deals texts, I only want appointment reminders
opt_out|mkt|unsubscribe me from the promotions but keep my reminders
opt_out|mkt|stop sending me specials
opt_out|mkt|Quit sending me ads
opt_out|mkt|no more marketing texts please
opt_out|mkt|I don't want the promotional offers
opt_out|mkt|stop the sales texts but keep appointment reminders
opt_out|mkt|opt me out of marketing
opt_out|mkt|take me off the promo list
opt_out|mkt|ya no quiero promociones
# Spanish
opt_out||ALTO
opt_out||alto
opt_out||Alto!!
opt_out||PARAR
opt_out||Basta
opt_out||Baja
opt_out||No me manden más mensajes
opt_out||no me manden mas mensajes por favor
opt_out||Por favor no me envíen más mensajes
opt_out||No me escriban más
opt_out||dejen de enviarme mensajes
opt_out||Dejen de mandarme textos
opt_out||deje de escribirme por favor
opt_out||bájame de la lista
opt_out||Sáquenme de su lista por favor
opt_out||Quítame de la lista
opt_out||Ya no quiero recibir mensajes
opt_out||no quiero mas mensajes
opt_out||No quiero recibir más textos
opt_out||no más mensajes
opt_out||Quiero darme de baja
opt_out||Cancelar suscripción
opt_out||Ya no quiero recibir sus mensajes, gracias
opt_out||número equivocado, no me manden mensajes
opt_out|cancel|Cancelar
# Portuguese
opt_out||PARE
opt_out||Pare de me enviar mensagens
opt_out||Não quero mais receber mensagens
opt_out||não me mande mais mensagens
opt_out||quero descadastrar
opt_out||Sair
# French
opt_out||ARRÊT
opt_out||Arrêtez de m'envoyer des messages
opt_out||Ne m'envoyez plus de SMS
opt_out||je veux me désabonner
opt_out||Désabonner
# Tagalog
opt_out||Tigil
opt_out||Wag nyo na akong i-text
opt_out||Huwag na po kayong mag text
opt_out||Pakiitigil na ang pag text
opt_out||Ayoko na ng text
# Vietnamese
opt_out||Dừng
opt_out||Dừng gửi tin nhắn
opt_out||Đừng nhắn tin cho tôi nữa
opt_out||Hủy đăng ký
opt_out||tôi không muốn nhận tin nhắn nữa
# Chinese / Japanese / Korean
opt_out||退订
opt_out||停止
opt_out||请不要再发短信给我
opt_out||别再发了
opt_out||取消订阅
opt_out||配信停止
opt_out||수신거부
opt_out||문자 그만 보내세요
opt_out||그만
opt_out||중지
# Russian
opt_out||СТОП
opt_out||стоп
opt_out||Отпишите меня
opt_out||Не пишите мне больше
opt_out||Прекратите присылать сообщения
opt_out||Хватит
`;
