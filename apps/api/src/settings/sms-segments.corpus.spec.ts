import { countSmsSegments as consoleCount } from '../../../console/src/app/shared/sms-segments.js';
import { countSmsSegments as apiCount } from '@beacon/messaging';

/** The composer's counter (console copy) must say exactly what the API says for every text here. */
const CORPUS = [
  '',
  'a'.repeat(160),
  'a'.repeat(161),
  'a'.repeat(459),
  `${'a'.repeat(152)}€${'a'.repeat(152)}`,
  '€[]{}~^|\\\f',
  'Hi Ava — see you soon ✨ — “Glow”',
  '—'.repeat(135),
  `${'—'.repeat(66)}😊${'—'.repeat(66)}`,
  'ç Ç é É ñ Ñ ü',
  'Hola, ¿puede cambiar mi cita al martes? ¡Gracias!',
  'Line one\nLine two\r\nTabs\tare not GSM',
  '👍',
  'Your total is $120 (or €110). Reply C to confirm.',
];

describe('SMS segment counter: console and API agree', () => {
  it.each(CORPUS.map((text) => [text.length > 40 ? `${text.slice(0, 37)}…` : JSON.stringify(text), text]))('%s', (_label, text) => {
    expect(consoleCount(text)).toEqual(apiCount(text));
  });
});
