import { isBareCancel, matchConsentKeyword } from './consent-keywords.js';

describe('matchConsentKeyword', () => {
  it.each(['STOP', 'stop', ' Stop. ', 'STOP!!! 🛑', 'ＳＴＯＰ', 'S T O P', 'unsubscribe', 'Cancel', 'End', 'quit', 'opt out', 'OPTOUT', 'Alto', 'REVOKE'])('%p opts out', (text) => {
    expect(matchConsentKeyword(text)).toBe('opt_out');
  });

  it.each(['START', 'unstop', 'Start!'])('%p opts back in', (text) => {
    expect(matchConsentKeyword(text)).toBe('opt_in');
  });

  it.each(['HELP', 'info', 'Ayuda'])('%p asks for help', (text) => {
    expect(matchConsentKeyword(text)).toBe('help');
  });

  it.each([
    'I need to stop taking my retinol before the peel?',
    'Can I cancel my appointment?',
    'When does the promo end?',
    "I'll stop by the office tomorrow",
    'C',
    'yes',
    'Stop texting me about other stuff but keep my reminder', // plain language: left to the classifier
  ])('%p is not a whole-message keyword', (text) => {
    expect(matchConsentKeyword(text)).toBeNull();
  });

  it('recognises a bare CANCEL so staff can be alerted', () => {
    expect(isBareCancel('cancel!')).toBe(true);
    expect(isBareCancel('cancel my appointment')).toBe(false);
  });
});
