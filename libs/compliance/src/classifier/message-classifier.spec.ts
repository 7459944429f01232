import { describe, expect, it } from '@jest/globals';
import { classifyMessage } from './message-classifier.js';

const asked = { replyToConfirmation: true };

describe('classifyMessage — consent', () => {
  it.each(['STOP', 'stop!!!', 's t o p', 'ＳＴＯＰ', 'stpo', '🛑 Stop 🛑', 'unsubscibe', 'ALTO', '退订', 'СТОП', 'Opt-out'])('%p is a keyword opt-out', (text) => {
    const c = classifyMessage(text);
    expect(c).toMatchObject({ optOut: true, optIn: false, intent: 'opt_out', consentMethod: 'keyword', optOutScope: 'all', alertStaff: false });
    expect(c.reasons.join(' ')).toMatch(/opt-out keyword/);
  });

  it.each([
    'please stop texting me',
    'take me off your list',
    "don't text me anymore",
    'no more messages from you guys',
    'remove my number',
    'I want to opt out',
    'no me manden más mensajes',
    'dejen de enviarme mensajes',
    'bájame de la lista',
    'Đừng nhắn tin cho tôi nữa',
    'Wag nyo na akong i-text',
    '문자 그만 보내세요',
    'Não quero mais receber mensagens',
    "Ne m'envoyez plus de SMS",
    'Не пишите мне больше',
    '请不要再发短信给我',
  ])('%p is a plain-language opt-out, explained', (text) => {
    const c = classifyMessage(text);
    expect(c).toMatchObject({ optOut: true, intent: 'opt_out', consentMethod: 'plain_language' });
    // Reasons go to the consent ledger: they name the rule class, never quote the patient's text.
    expect(c.reasons[0]).toMatch(/^Plain-language opt-out: \S.+/);
    expect(c.reasons.join(' ')).not.toContain(text);
  });

  it.each([
    'stop taking retinol before the peel?',
    'the promo ends Friday',
    'I need to cancel my appointment',
    'can I stop by at 3',
    'I quit smoking',
    'stop the bleeding?',
    "don't stop the reminders",
    "I stopped by yesterday but nobody was at the desk",
    'Please stop sending the bill to my old address',
    "Don't call me, just text",
    'remove me from the waitlist',
    '¿Tengo que dejar de tomar aspirina antes del relleno?',
    'How do I unsubscribe from the membership?',
    'Can you take me off the 3pm and put me at 4?',
  ])('%p is not an opt-out', (text) => {
    expect(classifyMessage(text).optOut).toBe(false);
  });

  it('explains why a negated phrase is not an opt-out', () => {
    const c = classifyMessage("please don't stop the reminders, they help");
    expect(c.optOut).toBe(false);
    expect(c.reasons[0]).toMatch(/^Not an opt-out: .* negated/);
  });

  it('keeps marketing-only scope for promotions, and revokes everything when unsure', () => {
    expect(classifyMessage('stop sending promotions').optOutScope).toBe('marketing');
    expect(classifyMessage('no more deals, just my appointment reminders please').optOutScope).toBe('marketing');
    expect(classifyMessage('stop sending me texts and promos').optOutScope).toBe('all');
    expect(classifyMessage('please stop texting me').optOutScope).toBe('all');
  });

  it('opts out on a bare CANCEL and flags it for staff, whatever was asked', () => {
    for (const options of [{}, asked]) {
      expect(classifyMessage('Cancel', options)).toMatchObject({ optOut: true, intent: 'opt_out', alertStaff: true });
    }
    expect(classifyMessage('cancel my appointment')).toMatchObject({ optOut: false, intent: 'cancel_appointment', alertStaff: false });
  });

  it('alerts staff when an opt-out also asks to cancel the appointment', () => {
    const c = classifyMessage('please stop texting me and cancel my appointment');
    expect(c).toMatchObject({ optOut: true, intent: 'opt_out', alertStaff: true });
    expect(c.staffAlert).toMatch(/opted out of texts and also asked to cancel/);
    expect(classifyMessage('please stop texting me').alertStaff).toBe(false);
  });

  it('reads YES as confirm when it answers a confirmation request, else as the opt-in keyword', () => {
    expect(classifyMessage('YES', asked)).toMatchObject({ intent: 'confirm', optIn: false });
    expect(classifyMessage('YES')).toMatchObject({ intent: 'opt_in', optIn: true });
  });

  it.each(['START', 'unstop', 'I texted stop by accident, please resubscribe me', 'please start texting me again'])('%p opts back in', (text) => {
    expect(classifyMessage(text)).toMatchObject({ optIn: true, optOut: false, intent: 'opt_in' });
  });

  it.each(['HELP', 'info', 'Ayuda', 'who is this?'])('%p asks for help', (text) => {
    expect(classifyMessage(text)).toMatchObject({ help: true, intent: 'help', optOut: false });
  });
});

describe('classifyMessage — opt-outs that generalise (issue 13)', () => {
  it.each([
    ['misspelled keyword inside a sentence', 'pls sotp messaging me'],
    ['misspelled keyword inside a sentence', 'remvoe me from your list'],
    ['legal revocation', 'I hereby withdraw my consent to receive texts from this office.'],
    ['legal revocation', 'Cease and desist all SMS communications.'],
    ['polite', "I'd prefer not to receive your text messages going forward"],
    ['angry, asking last', 'The wait was 45 minutes and nobody apologised. Lose my number.'],
    ['asked before', 'I already said stop twice'],
    ['Haitian Creole', 'Sispann voye mesaj ban mwen'],
    ['Arabic', 'لا أريد استلام أي رسائل'],
    ['Portuguese', 'Parem de me mandar mensagens'],
  ])('%s → opt-out', (_kind, text) => {
    const c = classifyMessage(text);
    expect(c).toMatchObject({ optOut: true, optOutReview: false, intent: 'opt_out' });
  });

  it.each([
    ['STOP as delight', 'Stop!! I love how it turned out'],
    ['opting out of an add-on', 'Please opt me out of the peel add-on'],
    ['auto-ship', 'Cancel my autoship for the cleanser'],
    ['emails while texts are fine', 'Unsubscribe me from the emails, texts are fine'],
    ['treatment consent', 'I withdraw my consent for the laser treatment'],
  ])('%s → not an opt-out, and not flagged', (_kind, text) => {
    expect(classifyMessage(text)).toMatchObject({ optOut: false, optOutReview: false });
  });

  it('abstains (possible opt-out — confirm) rather than guessing, and says why without quoting the text', () => {
    const text = 'This number is on notice under the TCPA.';
    const c = classifyMessage(text);
    expect(c).toMatchObject({ optOut: false, optOutReview: true });
    expect(c.reasons.join(' ')).toMatch(/Possible opt-out — confirm: .*TCPA/);
    expect(c.reasons.join(' ')).not.toContain(text);
    expect(c.matched).toContain('review:possible-opt-out');
  });

  it('keeps CANCEL, cancel-my-appointment, marketing scope, HELP and START as before', () => {
    expect(classifyMessage('CANCEL')).toMatchObject({ optOut: true, alertStaff: true, optOutReview: false });
    expect(classifyMessage('cancel my appointment')).toMatchObject({ optOut: false, intent: 'cancel_appointment', optOutReview: false });
    expect(classifyMessage('stop the promotions')).toMatchObject({ optOut: true, optOutScope: 'marketing' });
    expect(classifyMessage('HELP')).toMatchObject({ help: true, optOut: false, optOutReview: false });
    expect(classifyMessage('START')).toMatchObject({ optIn: true, optOut: false, optOutReview: false });
  });
});

describe('classifyMessage — intent', () => {
  it('reads C and R only as answers to a confirmation request', () => {
    expect(classifyMessage('C', asked).intent).toBe('confirm');
    expect(classifyMessage('R', asked).intent).toBe('reschedule');
    expect(classifyMessage('C').intent).toBe('other');
    expect(classifyMessage('R').intent).toBe('other');
  });

  it.each([
    ['running 10 min late sorry!!', 'running_late'],
    ['How much is lip filler?', 'pricing'],
    ['where do i park', 'directions_parking'],
    ['are u open sunday', 'hours'],
    ['is it normal to bruise after filler', 'aftercare'],
    ['should I avoid alcohol before my appointment?', 'pre_treatment'],
    ['Can I bring my daughter?', 'bring_guest'],
    ['I was charged twice 😡', 'complaint'],
    ['thank you so much!! 🙏', 'thanks'],
    ['Quiero hacer una cita para el sábado', 'book_new'],
    ['Can we move my appointment to Friday?', 'reschedule'],
  ] as const)('%p → %s', (text, intent) => {
    const c = classifyMessage(text);
    expect(c.intent).toBe(intent);
    expect(c.confidence).toBeGreaterThan(0);
    expect(c.confidence).toBeLessThanOrEqual(1);
    expect(c.reasons.length).toBeGreaterThan(0);
  });

  it('does not read a yes that carries another answer, or a question about confirming, as a confirmation', () => {
    expect(classifyMessage('Yes cancel', asked).intent).not.toBe('confirm');
    expect(classifyMessage("yes but I can't come, can we move it?", asked).intent).toBe('reschedule');
    expect(classifyMessage("I can't confirm yet, I'll let you know", asked).intent).not.toBe('confirm');
    expect(classifyMessage('Can you confirm my appointment time?').intent).not.toBe('confirm');
  });

  it('is deterministic and handles empty text', () => {
    expect(classifyMessage('How much is botox?')).toEqual(classifyMessage('How much is botox?'));
    expect(classifyMessage('   ')).toMatchObject({ optOut: false, optIn: false, help: false, intent: 'other' });
  });
});

describe('classifyMessage — stored explanation (issue 12, PHI at rest)', () => {
  it.each([
    'Hey, quick one about my lipsomething, the bruising near my eyebrow looks purple',
    'Wondering whether the numbing cream works, my neighbour Thaddeus said it burns',
  ])('names the rule or model that decided, never the words of %p', (text) => {
    const c = classifyMessage(text);
    expect(c.source).toBe('model');
    expect(c.matched).toContain('model:naive-bayes');
    const words = text.toLowerCase().match(/[a-z]{4,}/g) ?? [];
    const stored = JSON.stringify({ matched: c.matched, reasons: c.reasons }).toLowerCase();
    expect(words.filter((w) => stored.includes(w) && !['model', 'naive', 'bayes'].includes(w))).toEqual([]);
  });
});
