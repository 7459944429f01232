import { describe, expect, it } from '@jest/globals';
import { labelledCorpus, modelTrainingCorpus } from '../corpus/index.js';
import { detectConsent } from './consent-rules.js';
import { frameClassesIn } from './opt-out-frames.js';
import { OPT_OUT_THRESHOLDS, classifyMessage, combineOptOut, trainOptOutModel, type RuleView } from './message-classifier.js';
import { OPT_OUT_MODEL_ID, scoreOptOut, trainOptOutLogistic, typoVariant } from './opt-out-model.js';
import { editDistance, normalizeText } from './text-normalize.util.js';

/** Texts the issue names as ordinary uses of opt-out words: never an opt-out, whatever the model says. */
const HARD_NEGATIVES = [
  "Stop! that's amazing",
  'stoppp this is amazing 😍',
  'STOP it’s perfect',
  'I want to opt out of the numbing add-on',
  'Unsubscribe me from the emails, texts are fine',
  "Don't stop the reminders please",
  'Please cancel my appointment tomorrow',
  'no more deals this month? darn',
];
/** Thresholds at which the model would opt out anything it is allowed to. */
const MODEL_ALWAYS_SAYS_OPT_OUT = { thresholds: { upgrade: 0, upgradeWithCue: 0, review: 2, veto: 0 } };

describe('the trained opt-out model', () => {
  const model = trainOptOutModel(modelTrainingCorpus());

  it('trains deterministically: the same corpus gives the same weights and scores', () => {
    const small = labelledCorpus().slice(0, 400);
    const a = trainOptOutModel(small);
    const b = trainOptOutModel(small);
    expect(a.bias).toBe(b.bias);
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
    // Another seed shuffles and misspells differently: the weights change, so the seed is what fixes them.
    const c = trainOptOutLogistic(small.map((e) => ({ text: e.text, optOut: e.intent === 'opt_out' })), { seed: 7 });
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(c.weights.buffer))).toBe(false);
  });

  it('never trains on holdout D', () => {
    expect(modelTrainingCorpus().some((e) => e.source.startsWith('holdout-d'))).toBe(false);
  });

  it('rates requests to stop high and ordinary replies low, misspelled or not', () => {
    for (const text of ['please stop texting me', 'plese stpo textng me', 'I would prefer not to receive any more text messages', 'no quiero recibir más mensajes']) {
      expect([text, scoreOptOut(model, text).p > 0.9]).toEqual([text, true]);
    }
    for (const text of ['what time is my appointment?', 'see you tomorrow!', 'Can I bring my sister?', '¿A qué hora abren mañana?']) {
      expect([text, scoreOptOut(model, text).p < 0.1]).toEqual([text, true]);
    }
  });

  it('opts out a request the rules do not list, and says why without the patient’s words', () => {
    expect(detectConsent('pls stahp with all these msgs').optOut).toBe(false);
    // "stahp" is in no rule's word list; the model reads it from its character n-grams.
    const text = 'pls stahp with all these msgs';
    const c = classifyMessage(text);
    expect(c.optOut).toBe(true);
    expect(c.matched).toContain(`model:${OPT_OUT_MODEL_ID}:opt-out`);
    const reason = c.reasons.find((r) => r.startsWith('Opt-out by the trained model'))!;
    expect(reason).toMatch(new RegExp(`${OPT_OUT_MODEL_ID} p=0\\.99\\d, strongest features( (len|w1|w2|c[2-5]|cls)#[0-9a-f]{5}){3}; threshold ${OPT_OUT_THRESHOLDS.upgrade}`));
    for (const word of normalizeText(text).split(' ').filter((w) => w.length > 3)) expect(c.reasons.join(' ').toLowerCase()).not.toContain(word);
    // An unlisted polite request below the threshold goes to a person instead.
    const polite = classifyMessage('I dont think I need all of these texts');
    expect([polite.optOut, polite.optOutReview]).toEqual([false, true]);
    expect(polite.matched).toContain(`model:${OPT_OUT_MODEL_ID}:review`);
  });

  it.each(HARD_NEGATIVES)('never turns the hard negative %j into an opt-out, even when the model is forced to say opt-out', (text) => {
    expect(classifyMessage(text).optOut).toBe(false);
    expect(classifyMessage(text, {}, MODEL_ALWAYS_SAYS_OPT_OUT).optOut).toBe(false);
  });

  it('sees the request-frame word classes in any language (its cross-language features)', () => {
    expect(frameClassesIn(normalizeText('please stop sending me texts'))).toEqual(['stop', 'send', 'object']);
    expect(frameClassesIn(normalizeText('Tanpri sispann voye mesaj ban mwen'))).toEqual(expect.arrayContaining(['stop', 'send', 'object']));
    expect(frameClassesIn(normalizeText('see you at 3'))).toEqual([]);
  });

  it('misspells one word by one keyboard slip per augmentation step, reproducibly', () => {
    let seed = 1;
    const random = (): number => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const variants = Array.from({ length: 50 }, () => typoVariant('Please stop texting me', random));
    for (const v of variants) expect(editDistance(v, 'Please stop texting me', 2)).toBeLessThanOrEqual(1);
    expect(new Set(variants).size).toBeGreaterThan(10);
    expect(typoVariant('停止发送', random)).toBe('停止发送');
  });
});

describe('combining the rules and the model (combineOptOut)', () => {
  const rule = (over: Partial<RuleView>): RuleView => ({ optOut: false, otherConsent: false, explained: false, blocked: false, cue: false, words: 5, sentenceP: 0, ...over });
  const t = { upgrade: 0.99, upgradeWithCue: 0.9, review: 0.8, veto: 0.05 };

  it('opts out only above the threshold, with two words or more and nothing blocking', () => {
    expect(combineOptOut(rule({}), 0.995, t)).toBe('upgrade');
    expect(combineOptOut(rule({}), 0.95, t)).toBe('review');
    expect(combineOptOut(rule({ cue: true }), 0.95, t)).toBe('upgrade');
    expect(combineOptOut(rule({ blocked: true }), 0.999, t)).toBe('review');
    expect(combineOptOut(rule({ words: 1 }), 0.999, t)).toBe('review');
    expect(combineOptOut(rule({}), 0.5, t)).toBe('none');
  });

  it('leaves alone what a guard explained, opt-ins and HELP, and keyword opt-outs', () => {
    expect(combineOptOut(rule({ explained: true }), 0.999, t)).toBe('none');
    expect(combineOptOut(rule({ otherConsent: true }), 0.999, t)).toBe('none');
    expect(combineOptOut(rule({ optOut: true, method: 'keyword' }), 0.001, t)).toBe('none');
  });

  it('sends a phrase-rule opt-out the model strongly disagrees with to a person', () => {
    expect(combineOptOut(rule({ optOut: true, method: 'plain_language' }), 0.01, t)).toBe('veto');
    expect(combineOptOut(rule({ optOut: true, method: 'plain_language' }), 0.2, t)).toBe('none');
  });
});
