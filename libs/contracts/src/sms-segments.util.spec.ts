import { countSmsSegments } from './sms-segments.util.js';

describe('SMS segment counting', () => {
  it('counts nothing for an empty text', () => {
    expect(countSmsSegments('')).toEqual({ encoding: 'GSM-7', segments: 0, units: 0, perSegment: 160, nonGsmCharacters: [] });
  });

  it('fits 160 GSM-7 characters in one segment and splits longer texts into 153-septet parts', () => {
    expect(countSmsSegments('a'.repeat(160))).toMatchObject({ encoding: 'GSM-7', segments: 1, units: 160, perSegment: 160 });
    expect(countSmsSegments('a'.repeat(161))).toMatchObject({ segments: 2, units: 161, perSegment: 153 });
    expect(countSmsSegments('a'.repeat(306))).toMatchObject({ segments: 2 });
    expect(countSmsSegments('a'.repeat(307))).toMatchObject({ segments: 3 });
    expect(countSmsSegments('a'.repeat(459))).toMatchObject({ segments: 3 });
  });

  it('treats the whole GSM 03.38 basic set as one septet each, accents and Greek included', () => {
    const basic = '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
    expect(countSmsSegments(basic)).toMatchObject({ encoding: 'GSM-7', units: [...basic].length, nonGsmCharacters: [] });
  });

  it('counts extension-table characters as two septets and never splits an escape pair', () => {
    expect(countSmsSegments('€[]{}~^|\\\f')).toMatchObject({ encoding: 'GSM-7', units: 20, segments: 1 });
    expect(countSmsSegments(`${'a'.repeat(159)}€`)).toMatchObject({ units: 161, segments: 2 });
    // 152 septets then a 2-septet € would straddle the 153 boundary: it moves to the next segment.
    expect(countSmsSegments(`${'a'.repeat(152)}€${'a'.repeat(152)}`)).toMatchObject({ units: 306, segments: 3 });
    expect(countSmsSegments(`${'a'.repeat(151)}€${'a'.repeat(153)}`)).toMatchObject({ units: 306, segments: 2 });
  });

  it('switches to UCS-2 for any other character and says which ones', () => {
    const text = 'Hi Ava — see you soon ✨ — “Glow”';
    expect(countSmsSegments(text)).toEqual({ encoding: 'UCS-2', segments: 1, units: text.length, perSegment: 70, nonGsmCharacters: ['—', '✨', '“', '”'] });
    expect(countSmsSegments('ç')).toMatchObject({ encoding: 'UCS-2' }); // only capital Ç is in GSM-7
  });

  it('fits 70 UCS-2 units in one segment and 67 per part beyond, without splitting a surrogate pair', () => {
    expect(countSmsSegments('—'.repeat(70))).toMatchObject({ segments: 1, units: 70, perSegment: 70 });
    expect(countSmsSegments('—'.repeat(71))).toMatchObject({ segments: 2, units: 71, perSegment: 67 });
    expect(countSmsSegments('—'.repeat(134))).toMatchObject({ segments: 2 });
    expect(countSmsSegments('—'.repeat(135))).toMatchObject({ segments: 3 });
    // 66 units, then a 2-unit emoji would straddle the 67 boundary.
    expect(countSmsSegments(`${'—'.repeat(66)}😊${'—'.repeat(66)}`)).toMatchObject({ units: 134, segments: 3 });
  });

  it('counts the default booking confirmation for a clinic whose name has an em dash as UCS-2', () => {
    const text = 'Hi Jordan, your appointment at Glow Aesthetics — Austin is booked for Tue, Dec 1 at 3:30 PM. Questions? Call (512) 555-0100. Reply STOP to opt out.';
    expect(countSmsSegments(text)).toMatchObject({ encoding: 'UCS-2', segments: 3, nonGsmCharacters: ['—'] });
    expect(countSmsSegments(text.replace('—', '-'))).toMatchObject({ encoding: 'GSM-7', segments: 1 });
  });
});
