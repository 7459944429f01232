/**
 * How many SMS segments a text takes (what carriers bill). Pure: no I/O.
 *
 * - GSM-7 when every character is in the GSM 03.38 basic set or its extension table (extension
 *   characters take two septets: an escape plus the character). 160 septets fit one SMS; a longer
 *   text is split into segments of 153 (7 septets go to the concatenation header), and an escape
 *   pair is never split across two segments.
 * - Otherwise UCS-2: 70 UTF-16 code units in one SMS, 67 per segment when split; a surrogate pair
 *   (e.g. an emoji) is never split across two segments.
 */
// Import-free on purpose: the console bundles it (import it from '@beacon/contracts/sms-segments.util').
export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsSegmentCount {
  encoding: SmsEncoding;
  /** 0 for an empty text. */
  segments: number;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2) the text takes. */
  units: number;
  /** Units one segment holds for this text (160/153 or 70/67). */
  perSegment: number;
  /** Characters (deduplicated, in order) that forced UCS-2; empty for GSM-7. */
  nonGsmCharacters: string[];
}

// GSM 03.38 basic character set (the escape 0x1B is not a character of its own).
const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
// Extension table: sent as escape + character, two septets each.
const GSM_EXTENSION = new Set('\f^{}\\[~]|€');

const GSM_SINGLE = 160;
const GSM_MULTI = 153;
const UCS2_SINGLE = 70;
const UCS2_MULTI = 67;

/** Greedy packing of units that cannot be split (an escape pair, a surrogate pair) into segments. */
function pack(sizes: number[], perSegment: number): number {
  let segments = 1;
  let used = 0;
  for (const size of sizes) {
    if (used + size > perSegment) {
      segments += 1;
      used = 0;
    }
    used += size;
  }
  return segments;
}

export function countSmsSegments(text: string): SmsSegmentCount {
  const chars = [...text];
  const nonGsm = [...new Set(chars.filter((c) => !GSM_BASIC.has(c) && !GSM_EXTENSION.has(c)))];
  if (nonGsm.length === 0) {
    const sizes = chars.map((c) => (GSM_EXTENSION.has(c) ? 2 : 1));
    const units = sizes.reduce((a, b) => a + b, 0);
    const single = units <= GSM_SINGLE;
    return {
      encoding: 'GSM-7',
      segments: units === 0 ? 0 : single ? 1 : pack(sizes, GSM_MULTI),
      units,
      perSegment: single ? GSM_SINGLE : GSM_MULTI,
      nonGsmCharacters: [],
    };
  }
  const sizes = chars.map((c) => c.length);
  const units = text.length;
  const single = units <= UCS2_SINGLE;
  return {
    encoding: 'UCS-2',
    segments: single ? 1 : pack(sizes, UCS2_MULTI),
    units,
    perSegment: single ? UCS2_SINGLE : UCS2_MULTI,
    nonGsmCharacters: nonGsm,
  };
}

/** Segments a carrier bills for one text: at least one, even for an empty body (a picture-only message). */
export function billedSegments(text: string): number {
  return Math.max(1, countSmsSegments(text).segments);
}
