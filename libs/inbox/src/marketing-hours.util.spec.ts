import { describeHours, withinMarketingHours } from './marketing-hours.util.js';

describe('withinMarketingHours', () => {
  it('allows 8 am to 8 pm in the recipient time zone by default', () => {
    // 14:00 UTC in November = 8:00 in Chicago (CST, UTC-6).
    expect(withinMarketingHours(new Date('2026-11-25T14:00:00Z'), 'America/Chicago')).toBe(true);
    expect(withinMarketingHours(new Date('2026-11-25T13:59:00Z'), 'America/Chicago')).toBe(false);
    expect(withinMarketingHours(new Date('2026-11-26T01:59:00Z'), 'America/Chicago')).toBe(true); // 7:59 pm
    expect(withinMarketingHours(new Date('2026-11-26T02:00:00Z'), 'America/Chicago')).toBe(false); // 8:00 pm
    // Same instant, different patient: 6 am in Los Angeles.
    expect(withinMarketingHours(new Date('2026-11-25T14:00:00Z'), 'America/Los_Angeles')).toBe(false);
  });

  it('follows an organisation window', () => {
    expect(withinMarketingHours(new Date('2026-11-25T14:30:00Z'), 'America/Chicago', { start: '09:00', end: '20:00' })).toBe(false);
    expect(describeHours({ start: '09:00', end: '20:30' })).toBe('9:00 AM–8:30 PM');
  });
});
