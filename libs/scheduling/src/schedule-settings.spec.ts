import {
  DEFAULT_SCHEDULE_SETTINGS,
  validateScheduleSettings,
  type AppointmentScheduleSettings,
  type ReminderOffset,
} from './schedule-settings.js';

const valid: AppointmentScheduleSettings = { ...DEFAULT_SCHEDULE_SETTINGS, timeZone: 'America/Chicago' };

describe('DEFAULT_SCHEDULE_SETTINGS', () => {
  it('has the documented defaults and is valid', () => {
    expect(DEFAULT_SCHEDULE_SETTINGS).toMatchObject({
      reminders: ['7d', '2h'],
      sendingHours: { start: '08:00', end: '20:00' },
      sameDayMorningTime: '08:00',
      confirmationRequest: true,
      confirmationRequestHours: 48,
      followUpHours: 24,
      highRiskHours: 12,
    });
    expect(validateScheduleSettings(DEFAULT_SCHEDULE_SETTINGS)).toEqual([]);
    expect(validateScheduleSettings(valid)).toEqual([]);
  });

  it('is frozen, including its nested values', () => {
    expect(Object.isFrozen(DEFAULT_SCHEDULE_SETTINGS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SCHEDULE_SETTINGS.reminders)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SCHEDULE_SETTINGS.sendingHours)).toBe(true);
  });
});

describe('validateScheduleSettings', () => {
  it('reports malformed times and an empty or inverted sending window', () => {
    expect(validateScheduleSettings({ ...valid, sendingHours: { start: '8am', end: '20:00' } })).toEqual([
      'Sending hours start must be a 24-hour "HH:MM" time, got "8am".',
    ]);
    expect(validateScheduleSettings({ ...valid, sendingHours: { start: '20:00', end: '20:00' } })).toEqual([
      'Sending hours end (20:00) must be later than start (20:00) on the same day.',
    ]);
    expect(validateScheduleSettings({ ...valid, sameDayMorningTime: '7:30' })).toEqual([
      'Same-day morning time must be a 24-hour "HH:MM" time, got "7:30".',
    ]);
  });

  it('reports an unknown zone', () => {
    expect(validateScheduleSettings({ ...valid, timeZone: 'America/Springfield' })).toEqual([
      'Unknown time zone "America/Springfield"; expected an IANA zone such as "America/Chicago".',
    ]);
    expect(validateScheduleSettings({ ...valid, timeZone: '' })).toHaveLength(1);
  });

  it('reports unknown and duplicated reminder offsets once each', () => {
    const reminders = ['7d', '3w', '7d', '7d'] as unknown as ReminderOffset[];
    expect(validateScheduleSettings({ ...valid, reminders })).toEqual([
      expect.stringContaining('Unknown reminder offset "3w"'),
      'Reminder offset "7d" is listed more than once.',
    ]);
  });

  it('reports confirmation hours out of range or out of order', () => {
    expect(validateScheduleSettings({ ...valid, confirmationRequestHours: 200 })).toEqual([
      'Confirmation request hours must be a number of hours from 1 to 168, got 200.',
    ]);
    expect(validateScheduleSettings({ ...valid, highRiskHours: 0 })).toEqual(['High-risk hours must be a number of hours from 1 to 168, got 0.']);
    expect(validateScheduleSettings({ ...valid, followUpHours: Number.NaN })).toEqual([
      'Follow-up hours must be a number of hours from 1 to 168, got NaN.',
    ]);
    expect(validateScheduleSettings({ ...valid, confirmationRequestHours: 24, followUpHours: 24 })).toEqual([
      'Confirmation request hours (24) must be more than follow-up hours (24).',
    ]);
    expect(validateScheduleSettings({ ...valid, followUpHours: 12, highRiskHours: 18 })).toEqual([
      'Follow-up hours (12) must be more than high-risk hours (18).',
    ]);
  });

  it('collects several problems at once', () => {
    expect(
      validateScheduleSettings({
        ...valid,
        timeZone: 'Nowhere',
        sendingHours: { start: '25:00', end: 'late' },
        reminders: ['nope' as ReminderOffset],
        highRiskHours: 500,
      }),
    ).toHaveLength(5);
  });
});
