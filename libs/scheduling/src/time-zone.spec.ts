import {
  addLocalDays,
  isValidTimeZone,
  isWithinSendingHours,
  localDayRange,
  localParts,
  nextSendingOpening,
  parseSendingHours,
  parseTimeOfDay,
  shiftLocalDate,
  zonedTimeToEpoch,
} from './time-zone.js';

const CHICAGO = 'America/Chicago';
const LOS_ANGELES = 'America/Los_Angeles';
const at = (iso: string): number => Date.parse(iso);
const HOURS = { start: '08:00', end: '20:00' };

describe('localParts', () => {
  it('reads the wall clock in the zone, including seconds and milliseconds', () => {
    expect(localParts(at('2026-11-25T21:30:15.250Z'), CHICAGO)).toEqual({
      year: 2026,
      month: 11,
      day: 25,
      hour: 15,
      minute: 30,
      second: 15,
      millisecond: 250,
    });
  });

  it('gives hour 0 (not 24) at local midnight', () => {
    expect(localParts(at('2026-06-01T07:00:00Z'), LOS_ANGELES)).toMatchObject({ day: 1, hour: 0, minute: 0 });
  });

  it('throws for an unknown zone', () => {
    expect(() => localParts(0, 'Mars/Olympus_Mons')).toThrow(RangeError);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone(CHICAGO)).toBe(true);
  });
});

describe('zonedTimeToEpoch', () => {
  it('converts ordinary local times in winter and summer', () => {
    expect(zonedTimeToEpoch({ year: 2026, month: 1, day: 15, hour: 9, minute: 0 }, CHICAGO)).toBe(at('2026-01-15T09:00:00-06:00'));
    expect(zonedTimeToEpoch({ year: 2026, month: 7, day: 15, hour: 9, minute: 0 }, CHICAGO)).toBe(at('2026-07-15T09:00:00-05:00'));
    expect(zonedTimeToEpoch({ year: 2026, month: 7, day: 15, hour: 9, minute: 0, second: 30, millisecond: 5 }, LOS_ANGELES)).toBe(
      at('2026-07-15T09:00:30.005-07:00'),
    );
  });

  it('maps a time in the spring-forward gap to the instant just after the gap', () => {
    // 2027-03-14 02:00 CST → 03:00 CDT in Chicago: 02:30 does not exist.
    expect(zonedTimeToEpoch({ year: 2027, month: 3, day: 14, hour: 2, minute: 30 }, CHICAGO)).toBe(at('2027-03-14T03:00:00-05:00'));
    expect(zonedTimeToEpoch({ year: 2027, month: 3, day: 14, hour: 2, minute: 0 }, LOS_ANGELES)).toBe(at('2027-03-14T03:00:00-07:00'));
    expect(zonedTimeToEpoch({ year: 2027, month: 3, day: 14, hour: 3, minute: 0 }, CHICAGO)).toBe(at('2027-03-14T03:00:00-05:00'));
  });

  it('maps an ambiguous fall-back time to the earlier instant', () => {
    // 2026-11-01 02:00 CDT → 01:00 CST: 01:30 happens twice.
    expect(zonedTimeToEpoch({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, CHICAGO)).toBe(at('2026-11-01T01:30:00-05:00'));
    expect(zonedTimeToEpoch({ year: 2026, month: 11, day: 1, hour: 1, minute: 0 }, LOS_ANGELES)).toBe(at('2026-11-01T01:00:00-07:00'));
    expect(zonedTimeToEpoch({ year: 2026, month: 11, day: 1, hour: 2, minute: 0 }, CHICAGO)).toBe(at('2026-11-01T02:00:00-06:00'));
  });

  it('normalises an out-of-range day like Date.UTC', () => {
    expect(zonedTimeToEpoch({ year: 2026, month: 3, day: 0, hour: 12, minute: 0 }, CHICAGO)).toBe(at('2026-02-28T12:00:00-06:00'));
  });
});

describe('addLocalDays', () => {
  it('keeps the local wall time across DST changes', () => {
    expect(addLocalDays(at('2027-03-14T10:00:00-05:00'), -1, CHICAGO)).toBe(at('2027-03-13T10:00:00-06:00'));
    expect(addLocalDays(at('2026-11-01T10:00:00-06:00'), -1, CHICAGO)).toBe(at('2026-10-31T10:00:00-05:00'));
    expect(addLocalDays(at('2026-12-31T23:45:00-08:00'), 1, LOS_ANGELES)).toBe(at('2027-01-01T23:45:00-08:00'));
  });
});

describe('sending hours', () => {
  it('parses strict HH:MM', () => {
    expect(parseTimeOfDay('08:00')).toBe(480);
    expect(parseTimeOfDay('23:59')).toBe(1439);
    for (const bad of ['8:00', '24:00', '12:60', '0800', ' 08:00', '']) expect(parseTimeOfDay(bad)).toBeNull();
    expect(() => parseSendingHours({ start: '20:00', end: '08:00' })).toThrow(RangeError);
  });

  it('treats start as inclusive and end as exclusive, in local time', () => {
    expect(isWithinSendingHours(at('2026-06-10T08:00:00-05:00'), HOURS, CHICAGO)).toBe(true);
    expect(isWithinSendingHours(at('2026-06-10T07:59:59.999-05:00'), HOURS, CHICAGO)).toBe(false);
    expect(isWithinSendingHours(at('2026-06-10T19:59:59.999-05:00'), HOURS, CHICAGO)).toBe(true);
    expect(isWithinSendingHours(at('2026-06-10T20:00:00-05:00'), HOURS, CHICAGO)).toBe(false);
    // 21:00 in Chicago is 19:00 in Los Angeles.
    expect(isWithinSendingHours(at('2026-06-10T21:00:00-05:00'), HOURS, LOS_ANGELES)).toBe(true);
  });

  it('finds the next opening', () => {
    const inside = at('2026-06-10T12:34:56-05:00');
    expect(nextSendingOpening(inside, HOURS, CHICAGO)).toBe(inside);
    expect(nextSendingOpening(at('2026-06-10T06:00:00-05:00'), HOURS, CHICAGO)).toBe(at('2026-06-10T08:00:00-05:00'));
    expect(nextSendingOpening(at('2026-06-10T20:00:00-05:00'), HOURS, CHICAGO)).toBe(at('2026-06-11T08:00:00-05:00'));
    expect(nextSendingOpening(at('2026-10-31T22:00:00-07:00'), HOURS, LOS_ANGELES)).toBe(at('2026-11-01T08:00:00-08:00'));
  });
});

describe('calendar dates and days in a zone', () => {
  it('converts Chicago wall time in winter (UTC-6) and summer (UTC-5), and LA on the fall-back day', () => {
    expect(new Date(zonedTimeToEpoch({ year: 2026, month: 12, day: 1, hour: 9, minute: 30 }, 'America/Chicago')).toISOString()).toBe('2026-12-01T15:30:00.000Z');
    expect(new Date(zonedTimeToEpoch({ year: 2026, month: 7, day: 1, hour: 9, minute: 30 }, 'America/Chicago')).toISOString()).toBe('2026-07-01T14:30:00.000Z');
    expect(new Date(zonedTimeToEpoch({ year: 2026, month: 11, day: 1, hour: 10, minute: 0 }, 'America/Los_Angeles')).toISOString()).toBe('2026-11-01T18:00:00.000Z');
  });

  it('counts days from the local date, across month ends', () => {
    const dayAfter = (iso: string) => {
      const { year, month, day } = shiftLocalDate(localParts(Date.parse(iso), 'America/Chicago'), 1);
      return { year, month, day };
    };
    expect(dayAfter('2026-11-30T05:00:00Z')).toEqual({ year: 2026, month: 11, day: 30 });
    expect(dayAfter('2026-11-30T07:00:00Z')).toEqual({ year: 2026, month: 12, day: 1 });
  });

  it('gives a local day as [midnight, next midnight), 23 hours long when clocks go forward', () => {
    const { from, to } = localDayRange({ year: 2027, month: 3, day: 14 }, 'America/Chicago');
    expect(new Date(from).toISOString()).toBe('2027-03-14T06:00:00.000Z');
    expect(new Date(to).toISOString()).toBe('2027-03-15T05:00:00.000Z');
  });
});
