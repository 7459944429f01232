import { textedBlockMasks } from './outcomes.query.js';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const DAY = 86_400_000;

describe('textedBlockMasks', () => {
  it('gives nothing for no run', () => {
    expect(textedBlockMasks(null)).toEqual([]);
  });

  it('sets one bit per day of the run, at the day since 1970-01-01 modulo 366, within its block', () => {
    const first = day('2026-12-01');
    const [only, ...rest] = textedBlockMasks([first, new Date(first.getTime() + 3 * DAY)]);
    const epochDay = first.getTime() / DAY;
    expect(rest).toEqual([]);
    expect(only!.block).toBe(Math.floor(epochDay / 366));
    expect(only!.mask).toHaveLength(366);
    expect(only!.mask.indexOf('1')).toBe(epochDay % 366);
    expect(only!.mask.replaceAll('0', '')).toBe('111');
  });

  it('splits a run across the blocks it covers, every day in exactly one', () => {
    const first = day('2025-06-01');
    const masks = textedBlockMasks([first, day('2026-12-07')]);
    expect(masks.map((m) => m.block)).toEqual([...Array(masks.length).keys()].map((i) => masks[0]!.block + i));
    const days = masks.reduce((sum, m) => sum + m.mask.replaceAll('0', '').length, 0);
    expect(days).toBe((day('2026-12-07').getTime() - first.getTime()) / DAY);
    expect(masks.at(-1)!.mask.endsWith('0')).toBe(true);
  });
});
