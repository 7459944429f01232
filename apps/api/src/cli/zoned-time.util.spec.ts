import { localDatePlusDays, zonedTimeToUtc } from './zoned-time.util.js';

describe('zonedTimeToUtc', () => {
  it('converts Chicago wall time in winter (UTC-6) and summer (UTC-5)', () => {
    expect(zonedTimeToUtc({ year: 2026, month: 12, day: 1, hour: 9, minute: 30 }, 'America/Chicago').toISOString()).toBe('2026-12-01T15:30:00.000Z');
    expect(zonedTimeToUtc({ year: 2026, month: 7, day: 1, hour: 9, minute: 30 }, 'America/Chicago').toISOString()).toBe('2026-07-01T14:30:00.000Z');
  });

  it('handles the day clocks go back (Nov 1 2026 in Los Angeles)', () => {
    expect(zonedTimeToUtc({ year: 2026, month: 11, day: 1, hour: 10, minute: 0 }, 'America/Los_Angeles').toISOString()).toBe('2026-11-01T18:00:00.000Z');
  });
});

describe('localDatePlusDays', () => {
  it('counts days in the location time zone, across month ends', () => {
    expect(localDatePlusDays(new Date('2026-11-30T05:00:00Z'), 1, 'America/Chicago')).toEqual({ year: 2026, month: 11, day: 30 });
    expect(localDatePlusDays(new Date('2026-11-30T07:00:00Z'), 1, 'America/Chicago')).toEqual({ year: 2026, month: 12, day: 1 });
  });
});
