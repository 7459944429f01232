import { describe, expect, it } from '@jest/globals';
import { classifyMessage, combineOptOut, type RuleView } from './message-classifier.js';
import { reportedOrDisplayed } from './opt-out-mentions.js';

const optOut = (text: string): boolean => classifyMessage(text).optOut;

describe('mention, not use (ninth round)', () => {
  it.each([
    'The portal keeps saying unsubscribe failed whenever I open my invoice',
    'My sister tells me I should opt out of everything, but I like getting the reminders',
    'Mi mamá dice que debería darme de baja, pero me gustan los recordatorios',
    'Ma fille dit que je devrais me désabonner, mais vos rappels sont utiles',
    '我女儿说我应该退订，但我觉得提醒很有用',
    'Pitit mwen di m ta dwe sispann resevwa mesaj yo, men mwen bezwen rapèl yo',
    'Ang website ay nagsabi unsubscribe successful pero nag-update lang ako ng email',
  ])('does not opt out a reported or displayed opt-out word: %s', (text) => {
    const c = classifyMessage(text);
    expect(c.optOut).toBe(false);
  });

  it('names the kind in its reason, never the text', () => {
    const c = classifyMessage('My sister tells me I should opt out of everything, but I like getting the reminders');
    expect(c.reasons.some((r) => r.includes('mentioned, not used'))).toBe(true);
    expect(c.reasons.join(' ')).not.toMatch(/sister|everything/i);
  });

  it('still reads a request that follows a reported one', () => {
    expect(optOut('My brother says I should just unsubscribe, and he is right. Unsubscribe me now')).toBe(true);
    expect(optOut('My friend said to reply stop. So: stop texting me')).toBe(true);
  });

  it('reads the quotative and the status message around the word', () => {
    expect(reportedOrDisplayed('my husband says i should', 'from everything')).not.toBeNull();
    expect(reportedOrDisplayed('', 'successful when i log in')).not.toBeNull();
    expect(reportedOrDisplayed('', ' 하라고 했어요')).not.toBeNull();
    // The patient relays a request to us: a use.
    expect(reportedOrDisplayed('my husband said to tell you to', 'his number')).toBeNull();
    expect(reportedOrDisplayed('please', 'me now')).toBeNull();
  });
});

describe('texts kept, promotions asked for, double negation (ninth round)', () => {
  it('a sentence that keeps our texts protects a request about something else', () => {
    expect(optOut('Please take me off the before and after photo gallery. The text reminders are fine')).toBe(false);
    expect(optOut('请取消我的会员自动续费。短信照常发')).toBe(false);
  });

  it('but reminders kept next to promotions is a promotions-only request', () => {
    const c = classifyMessage('No more deals please. Reminders are fine');
    expect(c.optOut).toBe(true);
    expect(c.optOutScope).toBe('marketing');
  });

  it('asking for promotions is not refusing them, and a refusal is not asking', () => {
    expect(optOut('Envoyez-moi plus de promos svp')).toBe(false);
    expect(optOut('有新的促销请发给我')).toBe(false);
    expect(optOut('Não mandem mais promoções, só os lembretes')).toBe(true);
  });

  it('double negation and keep-sending wording are not opt-outs', () => {
    expect(optOut("Don't you dare stop sending me the specials")).toBe(false);
    expect(optOut('Tanpri pa kanpe voye rapèl yo ban mwen')).toBe(false);
    expect(optOut('no me sigan mandando mensajes')).toBe(true);
  });
});

describe('the model veto with a mention cue', () => {
  const rule = (over: Partial<RuleView>): RuleView => ({ optOut: true, otherConsent: false, method: 'plain_language', explained: false, blocked: false, cue: false, words: 6, sentenceP: 0, ...over });
  const t = { upgrade: 0.99, upgradeWithCue: 0.95, review: 0.7, veto: 0.01, vetoWithCue: 0.4 };

  it('holds a phrase-rule opt-out for a person only with the cue and a low score', () => {
    expect(combineOptOut(rule({ mentionCue: true }), 0.3, t)).toBe('veto');
    expect(combineOptOut(rule({ mentionCue: true }), 0.45, t)).toBe('none');
    expect(combineOptOut(rule({}), 0.3, t)).toBe('none');
    // Keywords are never vetoed.
    expect(combineOptOut(rule({ mentionCue: true, method: 'keyword' }), 0.01, t)).toBe('none');
  });

  it('leaves a promotions-only opt-out to the veto with a cue', () => {
    expect(combineOptOut(rule({ marketingOnly: true }), 0.001, t)).toBe('none');
    expect(combineOptOut(rule({ marketingOnly: true, mentionCue: true }), 0.001, t)).toBe('veto');
  });
});
