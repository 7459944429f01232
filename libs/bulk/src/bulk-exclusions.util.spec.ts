import { exclusionFor, type RecipientFacts } from './bulk-exclusions.util.js';

const ok: RecipientFacts = { phone: '+15125550147', appointmentStatus: 'booked', optedOut: false, marketingOptIn: true, alreadySentToday: false };
// 18:00 UTC = noon in Chicago (December).
const ctx = { marketing: false, at: new Date('2026-12-08T18:00:00Z'), timeZone: 'America/Chicago', marketingHours: { start: '08:00', end: '20:00' } };

describe('exclusionFor', () => {
  it('lets a booked patient with a valid number and no opt-out through', () => {
    expect(exclusionFor(ok, ctx)).toBeNull();
    expect(exclusionFor({ ...ok, appointmentStatus: 'checked_in' }, ctx)).toBeNull();
    expect(exclusionFor({ ...ok, appointmentStatus: null }, { ...ctx, marketing: true })).toBeNull();
  });

  it.each([
    [{ appointmentStatus: 'cancelled' as const }, 'appointment_cancelled'],
    [{ appointmentStatus: 'no_show' as const }, 'appointment_cancelled'],
    [{ phone: '+1555' }, 'invalid_number'],
    [{ optedOut: true }, 'opted_out'],
    [{ alreadySentToday: true }, 'already_sent_today'],
  ])('leaves out %j: %s', (change, reason) => {
    expect(exclusionFor({ ...ok, ...change }, ctx)).toBe(reason);
  });

  it('needs a marketing opt-in and marketing hours only for promotions', () => {
    expect(exclusionFor({ ...ok, marketingOptIn: false }, ctx)).toBeNull();
    expect(exclusionFor({ ...ok, marketingOptIn: false }, { ...ctx, marketing: true })).toBe('no_marketing_consent');
    // 03:00 UTC = 9 pm in Chicago.
    const night = { ...ctx, marketing: true, at: new Date('2026-12-09T03:00:00Z') };
    expect(exclusionFor(ok, night)).toBe('outside_marketing_hours');
    expect(exclusionFor(ok, { ...night, marketing: false })).toBeNull();
  });

  it('names an opt-out before anything about marketing', () => {
    expect(exclusionFor({ ...ok, optedOut: true, marketingOptIn: false }, { ...ctx, marketing: true })).toBe('opted_out');
  });
});
