import { isWithinBusinessHours, validateBusinessHours, type BusinessHoursSchedule, type WeeklyOpeningHours } from './business-hours.js';
import { zonedTimeToEpoch } from './time-zone.js';

const CHICAGO = 'America/Chicago';
const at = (y: number, m: number, d: number, hour: number, minute = 0, tz = CHICAGO) => zonedTimeToEpoch({ year: y, month: m, day: d, hour, minute }, tz);
const none: WeeklyOpeningHours = { '0': [], '1': [], '2': [], '3': [], '4': [], '5': [], '6': [] };
const weekdays9to6: BusinessHoursSchedule = {
  weekly: { ...none, '1': [{ open: '09:00', close: '18:00' }], '2': [{ open: '09:00', close: '18:00' }], '3': [{ open: '09:00', close: '18:00' }], '4': [{ open: '09:00', close: '18:00' }], '5': [{ open: '09:00', close: '18:00' }] },
};

describe('isWithinBusinessHours', () => {
  // 2026-12-02 is a Wednesday.
  it('is open inside a day span (open inclusive, close exclusive) and closed outside it', () => {
    expect(isWithinBusinessHours(weekdays9to6, CHICAGO, at(2026, 12, 2, 9, 0))).toBe(true);
    expect(isWithinBusinessHours(weekdays9to6, CHICAGO, at(2026, 12, 2, 17, 59))).toBe(true);
    expect(isWithinBusinessHours(weekdays9to6, CHICAGO, at(2026, 12, 2, 18, 0))).toBe(false);
    expect(isWithinBusinessHours(weekdays9to6, CHICAGO, at(2026, 12, 2, 8, 59))).toBe(false);
    expect(isWithinBusinessHours(weekdays9to6, CHICAGO, at(2026, 12, 6, 12, 0))).toBe(false); // Sunday
  });

  it('reads the wall clock of the location, not of the server', () => {
    // 10:00 in Los Angeles is 12:00 in Chicago: open in both, but 08:00 LA (10:00 Chicago) is closed in LA.
    expect(isWithinBusinessHours(weekdays9to6, 'America/Los_Angeles', at(2026, 12, 2, 8, 0, 'America/Los_Angeles'))).toBe(false);
    expect(isWithinBusinessHours(weekdays9to6, CHICAGO, at(2026, 12, 2, 8, 0, 'America/Los_Angeles'))).toBe(true);
  });

  it('keeps an overnight span open past midnight into the next day, and only until its close', () => {
    const lateFriday: BusinessHoursSchedule = { weekly: { ...none, '5': [{ open: '20:00', close: '02:00' }] } }; // 2026-12-04 is a Friday
    expect(isWithinBusinessHours(lateFriday, CHICAGO, at(2026, 12, 4, 19, 59))).toBe(false);
    expect(isWithinBusinessHours(lateFriday, CHICAGO, at(2026, 12, 4, 23, 30))).toBe(true);
    expect(isWithinBusinessHours(lateFriday, CHICAGO, at(2026, 12, 5, 1, 59))).toBe(true); // Saturday early morning
    expect(isWithinBusinessHours(lateFriday, CHICAGO, at(2026, 12, 5, 2, 0))).toBe(false);
    expect(isWithinBusinessHours(lateFriday, CHICAGO, at(2026, 12, 4, 1, 0))).toBe(false); // Friday early morning: Thursday had no late span
  });

  it('treats close "00:00" as until midnight', () => {
    const untilMidnight: BusinessHoursSchedule = { weekly: { ...none, '3': [{ open: '12:00', close: '00:00' }] } };
    expect(isWithinBusinessHours(untilMidnight, CHICAGO, at(2026, 12, 2, 23, 59))).toBe(true);
    expect(isWithinBusinessHours(untilMidnight, CHICAGO, at(2026, 12, 3, 0, 0))).toBe(false);
  });

  it('is closed all day on a holiday, but the previous evening’s overnight tail still counts', () => {
    const schedule: BusinessHoursSchedule = {
      weekly: { ...none, '4': [{ open: '09:00', close: '18:00' }], '3': [{ open: '18:00', close: '01:00' }] },
      closures: [{ date: '2026-12-24', name: 'Christmas Eve' }], // a Thursday
    };
    expect(isWithinBusinessHours(schedule, CHICAGO, at(2026, 12, 24, 12, 0))).toBe(false);
    expect(isWithinBusinessHours(schedule, CHICAGO, at(2026, 12, 24, 0, 30))).toBe(true); // Wednesday's late span
    expect(isWithinBusinessHours(schedule, CHICAGO, at(2026, 12, 31, 12, 0))).toBe(true); // next Thursday is a normal day
  });

  it('follows the local wall clock across the spring-forward and fall-back DST changes', () => {
    const sundays: BusinessHoursSchedule = { weekly: { ...none, '0': [{ open: '01:00', close: '04:00' }, { open: '09:00', close: '17:00' }] } };
    // 2027-03-14: 02:00 CST jumps to 03:00 CDT. 08:30 UTC = 03:30 CDT (open); 14:30 UTC = 09:30 CDT (open).
    expect(isWithinBusinessHours(sundays, CHICAGO, Date.UTC(2027, 2, 14, 8, 30))).toBe(true);
    expect(isWithinBusinessHours(sundays, CHICAGO, Date.UTC(2027, 2, 14, 14, 30))).toBe(true);
    // 09:30 UTC = 04:30 CDT: closed (it would be 03:30 had the clock not moved).
    expect(isWithinBusinessHours(sundays, CHICAGO, Date.UTC(2027, 2, 14, 9, 30))).toBe(false);
    // 2026-11-01: 02:00 CDT falls back to 01:00 CST. 14:30 UTC = 08:30 CST (closed), though it was 09:30 CDT the day before.
    expect(isWithinBusinessHours(sundays, CHICAGO, Date.UTC(2026, 10, 1, 14, 30))).toBe(false);
    expect(isWithinBusinessHours(sundays, CHICAGO, Date.UTC(2026, 10, 1, 15, 30))).toBe(true); // 09:30 CST
  });
});

describe('validateBusinessHours', () => {
  it('accepts a normal schedule and rejects malformed times, empty spans and impossible dates', () => {
    expect(() => validateBusinessHours(weekdays9to6)).not.toThrow();
    expect(() => validateBusinessHours({ weekly: { ...none, '1': [{ open: '9am', close: '18:00' }] } })).toThrow(/HH:MM/);
    expect(() => validateBusinessHours({ weekly: { ...none, '1': [{ open: '09:00', close: '09:00' }] } })).toThrow(/same time/);
    expect(() => validateBusinessHours({ weekly: none, closures: [{ date: '2026-02-30' }] })).toThrow(/real dates/);
  });
});
