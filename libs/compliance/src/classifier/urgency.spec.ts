import { describe, expect, it } from '@jest/globals';
import { classifyMessage } from './message-classifier.js';
import { detectUrgency } from './urgency.js';

describe('detectUrgency', () => {
  it.each([
    ['my lip is really swollen after the filler', 'urgent:swelling'],
    ['Swelling is getting worse since yesterday', 'urgent:swelling'],
    ['the injection site is bleeding and it won’t stop', 'urgent:bleeding'],
    ['I think I’m having an allergic reaction, I have hives', 'urgent:allergic'],
    ['it hurts so much, is that normal??', 'urgent:pain'],
    ['severe pain in my cheek tonight', 'urgent:pain'],
    ['the area looks infected and there is pus', 'urgent:infection'],
    ['I have a fever of 101 since the peel', 'urgent:fever'],
    ['there are blisters on my forehead after the laser', 'urgent:blister'],
    ["I can't breathe well, my throat is tight", 'urgent:breathing'],
    ['my vision is blurry since the filler this morning', 'urgent:vision'],
    ['the skin under my nose is turning white', 'urgent:skin-color'],
    ['Tengo mucha hinchazón en los labios', 'urgent:swelling'],
    ['me duele mucho la cara', 'urgent:pain'],
    ['estoy sangrando todavía', 'urgent:bleeding'],
    ['creo que tengo una reacción alérgica', 'urgent:allergic'],
    ['no puedo respirar bien', 'urgent:breathing'],
    ['tengo fiebre desde ayer', 'urgent:fever'],
    ['no fever but the pain is awful', 'urgent:pain'],
    ['the swelling is not going down at all', 'urgent:swelling'],
    ['is it normal that it hurts this much 3 days later?', 'urgent:pain'],
  ])('%p is urgent (%s)', (text, rule) => {
    const d = detectUrgency(text);
    expect(d.urgent).toBe(true);
    expect(d.matched).toContain(rule);
    // Reasons name the kind of symptom; they never quote the patient.
    expect(d.reasons.join(' ')).not.toContain(text);
    expect(d.reasons.every((r) => r.startsWith('Urgent: mentions ') || !r.startsWith('Urgent'))).toBe(true);
  });

  it.each([
    'no pain at all, thanks!',
    "the swelling went down, you're the best",
    'Swelling is gone and I love my lips',
    'the pain is much better today',
    'will there be swelling after lip filler?',
    'How long does bruising and swelling usually last?',
    'Does botox hurt?',
    'Is botox painful?',
    "I don't have any swelling, just checking in",
    'sin dolor, todo bien gracias',
    'ya no me duele, gracias',
    'Should I stop blood thinners before my appointment?',
    'what should I do to avoid infection after microneedling?',
    'Can I book a facial for Friday?',
    'Thanks so much, see you Tuesday!',
    'STOP',
  ])('%p is not urgent', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });

  it.each([
    ['I am very disappointed with my results', 'negative:disappointed'],
    ['Honestly so upset with how I was treated', 'negative:disappointed'],
    ["I'm going to leave a bad review on Google", 'negative:review-threat'],
    ['Expect a 1 star review', 'negative:review-threat'],
    ['I will be writing an honest review about this', 'negative:review-threat'],
    ['Never coming back to this clinic', 'negative:never-again'],
    ['Estoy muy decepcionada con el servicio', 'negative:disappointed'],
  ])('%p is negative (%s)', (text, rule) => {
    const d = detectUrgency(text);
    expect(d).toMatchObject({ negative: true, urgent: false });
    expect(d.matched).toContain(rule);
  });

  it.each(["I'll leave you a great review!", 'Left a 5 star review, thank you!', 'not disappointed at all, love it', 'Where do I leave a review?'])('%p is not negative', (text) => {
    expect(detectUrgency(text).negative).toBe(false);
  });
});

describe('classifyMessage — urgency', () => {
  it('returns urgent and PHI-free reasons beside the intent, whatever layer decided it', () => {
    const c = classifyMessage('My lips are so swollen and it hurts a lot after the filler');
    expect(c).toMatchObject({ urgent: true, negative: false, optOut: false });
    expect(c.urgencyReasons).toEqual(['Urgent: mentions swelling', 'Urgent: mentions pain']);
    // An opt-out that also reports a symptom is still urgent (the opt-out silences our reply, not staff).
    expect(classifyMessage('STOP texting me, my face is bleeding')).toMatchObject({ optOut: true, urgent: true });
    expect(classifyMessage('no pain at all, thanks!')).toMatchObject({ urgent: false, negative: false, urgencyReasons: [] });
  });
});
