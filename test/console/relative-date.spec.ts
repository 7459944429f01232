import { fromNow } from '../../apps/console/src/app/shared/relative-date.js';

const CHICAGO = 'America/Chicago';

describe('fromNow: relative dates in calendar days of the location', () => {
  it('an appointment tomorrow at 2:30 PM is "tomorrow" seen at 1 AM (37.5 h away, not "in 2 days")', () => {
    expect(fromNow('2026-03-04T20:30:00Z', Date.parse('2026-03-03T07:00:00Z'), CHICAGO)).toBe('tomorrow');
  });

  it('is "tomorrow" seen late in the evening, and from a browser in any zone (the location\'s zone decides)', () => {
    expect(fromNow('2026-03-04T20:30:00Z', Date.parse('2026-03-04T05:30:00Z'), CHICAGO)).toBe('tomorrow');
    // 9 PM in Chicago is already the 4th in UTC: 10 AM on the 4th is still tomorrow at the clinic.
    expect(fromNow('2026-03-04T16:00:00Z', Date.parse('2026-03-04T03:00:00Z'), CHICAGO)).toBe('tomorrow');
  });

  it('counts calendar days, also across a DST change', () => {
    // Sat 7 Mar 2026 9 AM CST → Tue 10 Mar 8 AM CDT: 3 calendar days (clocks sprang forward on the 8th).
    expect(fromNow('2026-03-10T13:00:00Z', Date.parse('2026-03-07T15:00:00Z'), CHICAGO)).toBe('in 3 days');
    expect(fromNow('2026-03-02T23:00:00Z', Date.parse('2026-03-03T14:00:00Z'), CHICAGO)).toBe('yesterday');
  });

  it('keeps minutes and hours for the same day, and weeks/months further out', () => {
    const now = Date.parse('2026-03-03T15:00:00Z');
    expect(fromNow('2026-03-03T15:20:00Z', now, CHICAGO)).toBe('in 20 minutes');
    expect(fromNow('2026-03-03T18:10:00Z', now, CHICAGO)).toBe('in 3 hours');
    expect(fromNow('2026-03-03T15:00:10Z', now, CHICAGO)).toBe('now');
    expect(fromNow('2026-03-17T15:00:00Z', now, CHICAGO)).toBe('in 2 weeks');
    expect(fromNow('2025-12-01T15:00:00Z', now, CHICAGO)).toBe('3 months ago');
    expect(fromNow('not a date', now, CHICAGO)).toBe('');
  });
});
