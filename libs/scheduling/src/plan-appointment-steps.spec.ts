import { planAppointmentSteps, type PlannedStep } from './plan-appointment-steps.js';
import {
  DEFAULT_SCHEDULE_SETTINGS,
  InvalidScheduleSettingsError,
  type AppointmentScheduleSettings,
} from './schedule-settings.js';

const CHICAGO = 'America/Chicago';
const LOS_ANGELES = 'America/Los_Angeles';
const t = (iso: string): number => Date.parse(iso);

/** Chicago, reminders and confirmation off unless overridden. */
function settings(overrides: Partial<AppointmentScheduleSettings> = {}): AppointmentScheduleSettings {
  return { ...DEFAULT_SCHEDULE_SETTINGS, timeZone: CHICAGO, reminders: [], confirmationRequest: false, ...overrides };
}

function step(id: string, at: string, nominalAt: string = at): PlannedStep {
  const kind: PlannedStep['kind'] = id.startsWith('reminder:') ? 'reminder' : (id as PlannedStep['kind']);
  return { id, kind, at: t(at), nominalAt: t(nominalAt), adjusted: at !== nominalAt };
}

describe('planAppointmentSteps — examples', () => {
  it('plans the defaults for a booking 3 days ahead; the 7d reminder has already passed', () => {
    const plan = planAppointmentSteps({
      startsAt: t('2026-06-18T14:00:00-05:00'),
      now: t('2026-06-15T14:00:00-05:00'),
      settings: { ...DEFAULT_SCHEDULE_SETTINGS, timeZone: CHICAGO },
    });
    expect(plan.steps).toEqual([
      step('confirmation_request', '2026-06-16T14:00:00-05:00'),
      step('confirmation_follow_up', '2026-06-17T14:00:00-05:00'),
      step('high_risk_check', '2026-06-18T02:00:00-05:00'), // staff-facing: not held to sending hours
      step('reminder:2h', '2026-06-18T12:00:00-05:00'),
    ]);
    expect(plan.skipped).toEqual([{ id: 'reminder:7d', reason: 'already_passed' }]);
  });

  it('plans every step when booked well ahead', () => {
    const plan = planAppointmentSteps({
      startsAt: t('2026-06-18T14:00:00-05:00'),
      now: t('2026-06-01T09:00:00-05:00'),
      settings: { ...DEFAULT_SCHEDULE_SETTINGS, timeZone: CHICAGO },
    });
    expect(plan.steps.map((s) => s.id)).toEqual([
      'reminder:7d',
      'confirmation_request',
      'confirmation_follow_up',
      'high_risk_check',
      'reminder:2h',
    ]);
    expect(plan.skipped).toEqual([]);
  });

  it('skips a 2h reminder for a 9:00 appointment (07:00 would have to move to 19:59 the evening before)', () => {
    const plan = planAppointmentSteps({
      startsAt: t('2026-06-18T09:00:00-05:00'),
      now: t('2026-06-10T09:00:00-05:00'),
      settings: settings({ reminders: ['2h'] }),
    });
    expect(plan).toEqual({ steps: [], skipped: [{ id: 'reminder:2h', reason: 'outside_sending_hours' }] });
  });

  it('keeps a 2h reminder that lands exactly at the start of sending hours', () => {
    const plan = planAppointmentSteps({
      startsAt: t('2026-06-18T10:00:00-05:00'),
      now: t('2026-06-10T09:00:00-05:00'),
      settings: settings({ reminders: ['2h'] }),
    });
    expect(plan.steps).toEqual([step('reminder:2h', '2026-06-18T08:00:00-05:00')]);
  });

  it('moves a 24h reminder for a 21:00 appointment to 19:59 the day before', () => {
    const plan = planAppointmentSteps({
      startsAt: t('2026-06-18T21:00:00-05:00'),
      now: t('2026-06-10T09:00:00-05:00'),
      settings: settings({ reminders: ['24h'] }),
    });
    expect(plan.steps).toEqual([step('reminder:24h', '2026-06-17T19:59:00-05:00', '2026-06-17T21:00:00-05:00')]);
    expect(plan.steps[0]?.adjusted).toBe(true);
  });

  it('moves a short reminder by at most half its offset (Los Angeles)', () => {
    const now = t('2026-06-10T09:00:00-07:00');
    const s = settings({ timeZone: LOS_ANGELES, reminders: ['60m'] });
    // 21:20 → 20:20 nominal → 19:59: 21 minutes earlier, within half of 60 minutes.
    expect(planAppointmentSteps({ startsAt: t('2026-06-18T21:20:00-07:00'), now, settings: s }).steps).toEqual([
      step('reminder:60m', '2026-06-18T19:59:00-07:00', '2026-06-18T20:20:00-07:00'),
    ]);
    // 21:45 → 20:45 nominal → 19:59 would be 46 minutes earlier: skipped.
    expect(planAppointmentSteps({ startsAt: t('2026-06-18T21:45:00-07:00'), now, settings: s }).skipped).toEqual([
      { id: 'reminder:60m', reason: 'outside_sending_hours' },
    ]);
  });

  describe('DST', () => {
    const reminders: AppointmentScheduleSettings['reminders'] = ['1d', '24h'];

    it('spring-forward (Chicago, 2027-03-14): 1d keeps the wall time (23 h), 24h is exact', () => {
      const plan = planAppointmentSteps({
        startsAt: t('2027-03-14T10:00:00-05:00'),
        now: t('2027-03-01T09:00:00-06:00'),
        settings: settings({ reminders }),
      });
      expect(plan.steps).toEqual([step('reminder:24h', '2027-03-13T09:00:00-06:00'), step('reminder:1d', '2027-03-13T10:00:00-06:00')]);
    });

    it('fall-back (Chicago, 2026-11-01): 1d keeps the wall time (25 h), 24h is exact', () => {
      const plan = planAppointmentSteps({
        startsAt: t('2026-11-01T10:00:00-06:00'),
        now: t('2026-10-20T09:00:00-05:00'),
        settings: settings({ reminders }),
      });
      expect(plan.steps).toEqual([step('reminder:1d', '2026-10-31T10:00:00-05:00'), step('reminder:24h', '2026-10-31T11:00:00-05:00')]);
    });

    it('spring-forward (Los Angeles): 24h lands on the opening minute, 1d keeps 09:00', () => {
      const plan = planAppointmentSteps({
        startsAt: t('2027-03-14T09:00:00-07:00'),
        now: t('2027-03-01T09:00:00-08:00'),
        settings: settings({ timeZone: LOS_ANGELES, reminders }),
      });
      expect(plan.steps).toEqual([step('reminder:24h', '2027-03-13T08:00:00-08:00'), step('reminder:1d', '2027-03-13T09:00:00-08:00')]);
    });

    it('fall-back (Los Angeles): same_day_morning uses the appointment day', () => {
      const plan = planAppointmentSteps({
        startsAt: t('2026-11-01T11:00:00-08:00'),
        now: t('2026-10-20T09:00:00-07:00'),
        settings: settings({ timeZone: LOS_ANGELES, reminders: ['1d', 'same_day_morning'] }),
      });
      expect(plan.steps).toEqual([
        step('reminder:1d', '2026-10-31T11:00:00-07:00'),
        step('reminder:same_day_morning', '2026-11-01T08:00:00-08:00'),
      ]);
    });
  });

  describe('bookings inside the confirmation window', () => {
    const s = settings({ confirmationRequest: true });

    it('sends the request at once when inside sending hours', () => {
      const plan = planAppointmentSteps({ startsAt: t('2026-06-18T10:00:00-05:00'), now: t('2026-06-16T16:00:00-05:00'), settings: s });
      expect(plan.steps).toEqual([
        step('confirmation_request', '2026-06-16T16:00:00-05:00', '2026-06-16T10:00:00-05:00'),
        step('confirmation_follow_up', '2026-06-17T10:00:00-05:00'),
        step('high_risk_check', '2026-06-17T22:00:00-05:00'),
      ]);
      expect(plan.skipped).toEqual([]);
    });

    it('keeps the follow-up when it is exactly 6 h after the late request', () => {
      const plan = planAppointmentSteps({ startsAt: t('2026-06-18T16:00:00-05:00'), now: t('2026-06-17T10:00:00-05:00'), settings: s });
      expect(plan.steps.map((x) => [x.id, x.at])).toEqual([
        ['confirmation_request', t('2026-06-17T10:00:00-05:00')],
        ['confirmation_follow_up', t('2026-06-17T16:00:00-05:00')],
        ['high_risk_check', t('2026-06-18T04:00:00-05:00')],
      ]);
    });

    it('sends the request at the next opening when booked in the evening, and drops a follow-up < 6 h later', () => {
      const plan = planAppointmentSteps({ startsAt: t('2026-06-18T10:00:00-05:00'), now: t('2026-06-16T21:30:00-05:00'), settings: s });
      expect(plan.steps).toEqual([
        step('confirmation_request', '2026-06-17T08:00:00-05:00', '2026-06-16T10:00:00-05:00'),
        step('high_risk_check', '2026-06-17T22:00:00-05:00'),
      ]);
      expect(plan.skipped).toEqual([{ id: 'confirmation_follow_up', reason: 'duplicate_time' }]);
    });

    it('lets the late request win a same-minute collision with a reminder', () => {
      const plan = planAppointmentSteps({
        startsAt: t('2026-06-18T08:00:00-05:00'),
        now: t('2026-06-16T21:00:00-05:00'),
        settings: { ...s, reminders: ['1d'] },
      });
      expect(plan.steps.map((x) => x.id)).toEqual(['confirmation_request', 'high_risk_check']);
      expect(plan.steps[0]?.at).toBe(t('2026-06-17T08:00:00-05:00'));
      expect(plan.skipped).toEqual([
        { id: 'reminder:1d', reason: 'duplicate_time' },
        { id: 'confirmation_follow_up', reason: 'duplicate_time' },
      ]);
    });

    it('skips the request when the next opening is not before the high-risk check', () => {
      const plan = planAppointmentSteps({ startsAt: t('2026-06-18T09:00:00-05:00'), now: t('2026-06-17T20:30:00-05:00'), settings: s });
      expect(plan.steps).toEqual([step('high_risk_check', '2026-06-17T21:00:00-05:00')]);
      expect(plan.skipped).toEqual([
        { id: 'confirmation_request', reason: 'outside_sending_hours' },
        { id: 'confirmation_follow_up', reason: 'already_passed' },
      ]);
    });

    it('sends no request (and no stale steps) for a booking inside 12 h', () => {
      const plan = planAppointmentSteps({
        startsAt: t('2026-06-18T09:00:00-05:00'),
        now: t('2026-06-17T22:00:00-05:00'),
        settings: { ...s, reminders: ['7d', '1d', '2h'] },
      });
      expect(plan.steps).toEqual([]);
      expect(plan.skipped).toEqual([
        { id: 'reminder:7d', reason: 'already_passed' },
        { id: 'reminder:1d', reason: 'already_passed' },
        { id: 'reminder:2h', reason: 'outside_sending_hours' },
        { id: 'confirmation_request', reason: 'already_passed' },
        { id: 'confirmation_follow_up', reason: 'already_passed' },
        { id: 'high_risk_check', reason: 'already_passed' },
      ]);
    });

    it('applies the half-offset rule to confirmation steps shorter than 24 h', () => {
      const plan = planAppointmentSteps({
        startsAt: t('2026-06-18T18:00:00-05:00'),
        now: t('2026-06-10T09:00:00-05:00'),
        settings: { ...s, confirmationRequestHours: 20, followUpHours: 14, highRiskHours: 6 },
      });
      // Request: 22:00 → 19:59 (2 h 1 min ≤ 10 h). Follow-up: 04:00 → 19:59 the day before (8 h 1 min > 7 h).
      expect(plan.steps).toEqual([
        step('confirmation_request', '2026-06-17T19:59:00-05:00', '2026-06-17T22:00:00-05:00'),
        step('high_risk_check', '2026-06-18T12:00:00-05:00'),
      ]);
      expect(plan.skipped).toEqual([{ id: 'confirmation_follow_up', reason: 'outside_sending_hours' }]);
    });
  });

  describe('same-minute collisions', () => {
    const now = t('2026-06-01T09:00:00-05:00');

    it('keeps 24h over 1d when they coincide', () => {
      const plan = planAppointmentSteps({ startsAt: t('2026-06-18T10:00:00-05:00'), now, settings: settings({ reminders: ['1d', '24h'] }) });
      expect(plan.steps).toEqual([step('reminder:24h', '2026-06-17T10:00:00-05:00')]);
      expect(plan.skipped).toEqual([{ id: 'reminder:1d', reason: 'duplicate_time' }]);
    });

    it('keeps 24h over 1d when both move to 19:59', () => {
      const plan = planAppointmentSteps({ startsAt: t('2026-06-18T21:00:00-05:00'), now, settings: settings({ reminders: ['1d', '24h'] }) });
      expect(plan.steps).toEqual([step('reminder:24h', '2026-06-17T19:59:00-05:00', '2026-06-17T21:00:00-05:00')]);
      expect(plan.skipped).toEqual([{ id: 'reminder:1d', reason: 'duplicate_time' }]);
    });

    it('keeps the confirmation request / follow-up over a 2d / 24h reminder at the same time', () => {
      const plan = planAppointmentSteps({
        startsAt: t('2026-06-18T10:00:00-05:00'),
        now,
        settings: settings({ reminders: ['2d', '24h'], confirmationRequest: true }),
      });
      expect(plan.steps.map((s) => s.id)).toEqual(['confirmation_request', 'confirmation_follow_up', 'high_risk_check']);
      expect(plan.skipped).toEqual([
        { id: 'reminder:2d', reason: 'duplicate_time' },
        { id: 'reminder:24h', reason: 'duplicate_time' },
      ]);
    });

    it('keeps same_day_morning over 2h when both are 08:00', () => {
      const plan = planAppointmentSteps({
        startsAt: t('2026-06-18T10:00:00-05:00'),
        now,
        settings: settings({ reminders: ['2h', 'same_day_morning'] }),
      });
      expect(plan.steps).toEqual([step('reminder:same_day_morning', '2026-06-18T08:00:00-05:00')]);
      expect(plan.skipped).toEqual([{ id: 'reminder:2h', reason: 'duplicate_time' }]);
    });

    it('never moves a step onto a longer-offset step (spring-forward: 1d is 23 h, both move to 19:59)', () => {
      const plan = planAppointmentSteps({ startsAt: t('2027-03-14T21:00:00-05:00'), now: t('2027-03-01T09:00:00-06:00'), settings: settings({ reminders: ['1d', '24h'] }) });
      expect(plan.steps).toEqual([step('reminder:24h', '2027-03-13T19:59:00-06:00', '2027-03-13T20:00:00-06:00')]);
      expect(plan.skipped).toEqual([{ id: 'reminder:1d', reason: 'duplicate_time' }]);
    });
  });

  describe('same_day_morning', () => {
    const now = t('2026-06-01T09:00:00-05:00');
    const plan = (startsAt: string, overrides: Partial<AppointmentScheduleSettings> = {}) =>
      planAppointmentSteps({ startsAt: t(startsAt), now, settings: settings({ reminders: ['same_day_morning'], ...overrides }) });

    it('is sent at the morning time when at least 60 minutes before', () => {
      expect(plan('2026-06-18T09:00:00-05:00').steps).toEqual([step('reminder:same_day_morning', '2026-06-18T08:00:00-05:00')]);
    });

    it('is skipped when the appointment is less than 60 minutes after it (or before it)', () => {
      expect(plan('2026-06-18T08:59:00-05:00').skipped).toEqual([{ id: 'reminder:same_day_morning', reason: 'after_appointment' }]);
      expect(plan('2026-06-18T07:00:00-05:00').skipped).toEqual([{ id: 'reminder:same_day_morning', reason: 'after_appointment' }]);
    });

    it('is never moved to the evening before; a morning time after the window moves earlier the same day', () => {
      expect(plan('2026-06-18T12:00:00-05:00', { sameDayMorningTime: '07:00' }).skipped).toEqual([
        { id: 'reminder:same_day_morning', reason: 'outside_sending_hours' },
      ]);
      expect(plan('2026-06-18T23:00:00-05:00', { sameDayMorningTime: '21:00' }).steps).toEqual([
        step('reminder:same_day_morning', '2026-06-18T19:59:00-05:00', '2026-06-18T21:00:00-05:00'),
      ]);
    });
  });

  describe('inputs', () => {
    it('throws on invalid settings with the list of problems', () => {
      const bad = settings({ sendingHours: { start: '20:00', end: '08:00' }, followUpHours: 60 });
      expect(() => planAppointmentSteps({ startsAt: 0, now: 0, settings: bad })).toThrow(InvalidScheduleSettingsError);
      try {
        planAppointmentSteps({ startsAt: 0, now: 0, settings: bad });
      } catch (error) {
        expect((error as InvalidScheduleSettingsError).problems).toHaveLength(2);
      }
    });

    it('throws on non-finite times', () => {
      expect(() => planAppointmentSteps({ startsAt: Number.NaN, now: 0, settings: settings() })).toThrow(RangeError);
    });

    it('plans nothing for an appointment that has started', () => {
      const startsAt = t('2026-06-18T10:00:00-05:00');
      const plan = planAppointmentSteps({ startsAt, now: startsAt, settings: { ...DEFAULT_SCHEDULE_SETTINGS, timeZone: CHICAGO } });
      expect(plan.steps).toEqual([]);
      expect(plan.skipped.every((s) => s.reason === 'already_passed')).toBe(true);
    });
  });
});
