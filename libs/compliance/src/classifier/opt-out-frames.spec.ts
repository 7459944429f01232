import { describe, expect, it } from '@jest/globals';
import { classifyMessage } from './message-classifier.js';
import { FRAME_PHRASES } from './opt-out-frames.js';

describe('opt-out request frames (issue 13)', () => {
  it.each([
    ['Прошу удалить мой номер из рассылки', 'ru'],
    ['الرجاء عدم مراسلتي', 'ar'],
    ['我不想再收到你们的短信', 'zh'],
    ['请把我从名单中删除', 'zh'],
    ['Pa janm voye mesaj ban m ankò', 'ht'],
    ['Merci de me retirer de votre liste', 'fr'],
    ['Por favor bórrenme', 'es'],
    ['더 이상 메시지 받고 싶지 않아요', 'ko'],
    ['I no longer wish to receive communications from your office.', 'en'],
    ['Kindly refrain from texting me in the future.', 'en'],
    ['I would appreciate being removed from your text messages.', 'en'],
    ['I think I will pass on these messages from now on, thanks.', 'en'],
    ['Hi, could you please not text me anymore? Thank you!', 'en'],
    ['I never signed up for this, remove me', 'en'],
    ['Per favore non mandatemi più messaggi', 'it'],
    ['Proszę nie wysyłać mi więcej wiadomości', 'pl'],
    ["I'd like my number taken off your list.", 'en'],
    ['Μη μου στέλνετε άλλα μηνύματα', 'el'],
    ['Fadlan fariimaha jooji', 'so'],
    ['لطفا دیگر پیام نفرستید', 'fa'],
    ['Припиніть надсилати смс', 'uk'],
  ])('%p opts out through the %s request frame, and the reason names the frame, not the text', (text, lang) => {
    const c = classifyMessage(text);
    expect(c).toMatchObject({ optOut: true, optOutReview: false, intent: 'opt_out', consentMethod: 'plain_language' });
    expect(c.matched).toContain(c.matched.find((m) => m.startsWith(`phrase:frame.${lang}.`)));
    expect(c.reasons[0]).toMatch(new RegExp(`^Plain-language opt-out: .+\\(${lang}, request frame\\)`));
    expect(c.reasons.join(' ')).not.toContain(text);
  });

  it.each([
    'I do not authorize you to send me any further text messages.',
    'quite texting me',
    'dnot text me again',
    'Me dan de baja por favor',
    'pleasw stop',
    'I am no longer giving consent for text messages.',
    "I don't want to hear from you again",
  ])('%p opts out (legal wording, a typo inside the sentence or in the polite word, Spanish variant)', (text) => {
    expect(classifyMessage(text)).toMatchObject({ optOut: true, intent: 'opt_out' });
  });

  it.each([
    // a frame is read within one sentence
    'Can I stop by? Call this number if not',
    // "don't forget / miss", "don't stop"
    "Don't forget to text me the aftercare instructions",
    'No olvides mandarme la dirección por mensaje',
    '不要忘记给我发短信提醒',
    "I don't want to miss any reminders, can you text my new number?",
    "Please don't stop texting me the reminders",
    // the patient's own texting, one reminder, another person's number
    "I don't want to text, can I call?",
    "I don't need a reminder text for tomorrow, I wrote it down",
    'No me manden el recordatorio a este número, es de mi esposo',
    "Don't send the reminder to my work phone, use this one",
    // about something else (emails, bills by mail, products), with texts kept
    'Please unsubscribe me from your newsletter emails. Keep the text reminders.',
    'لا ترسلوا الفاتورة بالبريد، أرسلوها برسالة',
    'Не присылайте счёт по почте, лучше смс',
    '우편으로 보내지 마시고 문자로 보내주세요',
    'Quiero cancelar mi suscripción de cremas, los mensajes están bien',
    'Unsubscribe me from the emails, I still want texts',
    "Please stop the reminder for my son's appointment, it was cancelled",
    'Is there a way to opt out of the deposit?',
    "Unsubscribe from what? I didn't get an email",
    // STOP as surprise
    'STOP. Are you serious? $99 botox??',
    'stop!! I just saw the before and after 😱',
    // "not / don't" + a send verb that is not a request
    'M pa ka voye mesaj la, telefòn mwen pa mache',
    'Не могу писать сообщения днём, позвоните вечером',
    '不要担心，我收到信息了',
    'Sao không gửi tin nhắn nhắc hẹn cho tôi?',
  ])('%p is not an opt-out', (text) => {
    expect(classifyMessage(text).optOut).toBe(false);
  });

  it('compiles one phrase per language and frame, each named for the ledger', () => {
    const ids = FRAME_PHRASES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids.map((id) => id.split('.')[1])).size).toBeGreaterThanOrEqual(27);
    for (const p of FRAME_PHRASES) expect(p.why).toMatch(/\([a-z]{2,3}, request frame\)$/);
  });
});
