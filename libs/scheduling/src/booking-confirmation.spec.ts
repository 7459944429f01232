import { bookingConfirmationAt } from './booking-confirmation.js';
import { zonedTimeToEpoch } from './time-zone.js';

const ZONE = 'America/Chicago';
const settings = { sendingHours: { start: '08:00', end: '20:00' }, timeZone: ZONE };
const local = (day: number, hour: number, minute = 0) => zonedTimeToEpoch({ year: 2026, month: 12, day, hour, minute }, ZONE);

describe('bookingConfirmationAt', () => {
  it('confirms a booking the patient made online at once, even at 12:51 AM', () => {
    const now = local(8, 0, 51);
    expect(bookingConfirmationAt({ now, startsAt: local(10, 15), bookedByPatient: true, settings })).toBe(now);
  });

  it('holds any other booking made at night until sending hours open (08:00 local), the same morning or the next', () => {
    expect(bookingConfirmationAt({ now: local(8, 0, 51), startsAt: local(10, 15), bookedByPatient: false, settings })).toBe(local(8, 8));
    expect(bookingConfirmationAt({ now: local(8, 21, 30), startsAt: local(10, 15), bookedByPatient: false, settings })).toBe(local(9, 8));
  });

  it('confirms any booking at once inside sending hours', () => {
    const now = local(8, 14, 5);
    expect(bookingConfirmationAt({ now, startsAt: local(10, 15), bookedByPatient: false, settings })).toBe(now);
  });

  it('sends nothing when the appointment starts before sending hours open', () => {
    expect(bookingConfirmationAt({ now: local(8, 0, 51), startsAt: local(8, 7, 30), bookedByPatient: false, settings })).toBeNull();
  });
});
