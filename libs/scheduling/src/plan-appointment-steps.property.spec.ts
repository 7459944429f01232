import fc from 'fast-check';
import { MESSAGE_STEP_KINDS, planAppointmentSteps, reminderStepId, type PlanInput, type PlannedStep } from './plan-appointment-steps.js';
import { REMINDER_OFFSETS, type AppointmentScheduleSettings } from './schedule-settings.js';
import { isWithinSendingHours, localParts, zonedTimeToEpoch } from './time-zone.js';

const US_ZONES = [
  'America/New_York',
  'America/Detroit',
  'America/Indiana/Indianapolis',
  'America/Chicago',
  'America/Denver',
  'America/Boise',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/Puerto_Rico',
] as const;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR_IN_MINUTES = 366 * 24 * 60;
const BASE = Date.parse('2026-07-01T00:00:00Z');
const NUM_RUNS = 300;

const hhmm = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const sendingHoursArb = fc.oneof(
  // Realistic windows…
  fc.record({ start: fc.integer({ min: 6 * 60, max: 10 * 60 }), end: fc.integer({ min: 17 * 60, max: 22 * 60 }) }),
  // …and anything valid, down to a single minute.
  fc.integer({ min: 0, max: 1438 }).chain((start) => fc.record({ start: fc.constant(start), end: fc.integer({ min: start + 1, max: 1439 }) })),
).map(({ start, end }) => ({ start: hhmm(start), end: hhmm(end) }));

// Three distinct hours in 1..168, largest first: request > follow-up > high risk.
const confirmationHoursArb = fc.oneof(
  fc.constant([48, 24, 12]),
  fc.uniqueArray(fc.integer({ min: 1, max: 168 }), { minLength: 3, maxLength: 3 }).map((hours) => [...hours].sort((a, b) => b - a)),
);

const settingsArb: fc.Arbitrary<AppointmentScheduleSettings> = fc
  .record({
    timeZone: fc.constantFrom(...US_ZONES),
    reminders: fc.subarray([...REMINDER_OFFSETS]).chain((offsets) => fc.shuffledSubarray(offsets, { minLength: offsets.length })),
    sendingHours: sendingHoursArb,
    sameDayMorning: fc.integer({ min: 0, max: 1439 }),
    confirmationRequest: fc.boolean(),
    hours: confirmationHoursArb,
  })
  .map(({ sameDayMorning, hours, ...rest }) => ({
    ...rest,
    sameDayMorningTime: hhmm(sameDayMorning),
    confirmationRequestHours: hours[0] ?? 48,
    followUpHours: hours[1] ?? 24,
    highRiskHours: hours[2] ?? 12,
  }));

const inputArb: fc.Arbitrary<PlanInput> = fc
  .record({
    startMinute: fc.integer({ min: -YEAR_IN_MINUTES, max: YEAR_IN_MINUTES }),
    // Mostly whole minutes, sometimes seconds/milliseconds.
    subMinute: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: MINUTE - 1 }) }),
    // How long before the appointment "now" is: often inside the interesting last few days.
    lead: fc.oneof(fc.integer({ min: 1, max: 3 * DAY }), fc.integer({ min: 1, max: 20 * DAY })),
    settings: settingsArb,
  })
  .map(({ startMinute, subMinute, lead, settings }) => {
    const startsAt = BASE + startMinute * MINUTE + subMinute;
    return { startsAt, now: startsAt - lead, settings };
  });

/** Steps whose offset is an exact duration (so "shorter than 24 h" is decided by the offset alone). */
const SHORT_OFFSET_KINDS = new Set(['reminder:2h', 'reminder:60m', 'reminder:30m', 'reminder:15m', 'confirmation_request', 'confirmation_follow_up']);

const isMessage = (step: PlannedStep): boolean => MESSAGE_STEP_KINDS.includes(step.kind);

/** The one step allowed after its nominal time: a passed confirmation request re-planned "as soon as allowed". */
const isLateRequest = (step: PlannedStep, input: PlanInput): boolean => step.kind === 'confirmation_request' && step.at > step.nominalAt && step.at >= input.now;

function expectedIds(settings: AppointmentScheduleSettings): string[] {
  const ids = settings.reminders.map(reminderStepId);
  if (settings.confirmationRequest) ids.push('confirmation_request', 'confirmation_follow_up', 'high_risk_check');
  return ids.sort();
}

describe('planAppointmentSteps — properties', () => {
  it('puts every message step inside sending hours', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const step of planAppointmentSteps(input).steps.filter(isMessage)) {
          expect(isWithinSendingHours(step.at, input.settings.sendingHours, input.settings.timeZone)).toBe(true);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('plans every step after now (the late request: at now at the earliest) and before the appointment', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const step of planAppointmentSteps(input).steps) {
          if (step.kind === 'confirmation_request') expect(step.at).toBeGreaterThanOrEqual(input.now);
          else expect(step.at).toBeGreaterThan(input.now);
          expect(step.at).toBeLessThan(input.startsAt);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('accounts for every configured step exactly once, with unique ids, sorted by time', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { steps, skipped } = planAppointmentSteps(input);
        const ids = [...steps.map((s) => s.id), ...skipped.map((s) => s.id)];
        expect(new Set(ids).size).toBe(ids.length);
        expect([...ids].sort()).toEqual(expectedIds(input.settings));
        for (let i = 1; i < steps.length; i++) expect(steps[i]?.at ?? 0).toBeGreaterThanOrEqual(steps[i - 1]?.at ?? 0);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('never sends two messages in the same minute', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const minutes = planAppointmentSteps(input).steps.filter(isMessage).map((s) => Math.floor(s.at / MINUTE));
        expect(new Set(minutes).size).toBe(minutes.length);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('only moves steps earlier, to the last allowed minute, by at most half a short offset (a late request: before the high-risk check)', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const step of planAppointmentSteps(input).steps) {
          expect(step.adjusted).toBe(step.at !== step.nominalAt);
          if (isLateRequest(step, input)) {
            expect(step.at).toBeLessThan(input.startsAt - input.settings.highRiskHours * HOUR);
          } else {
            expect(step.nominalAt - step.at).toBeGreaterThanOrEqual(0);
          }
          if (step.kind === 'high_risk_check') expect(step.adjusted).toBe(false);
          if (step.adjusted && !isLateRequest(step, input)) {
            // Moved to the latest allowed minute: one minute later is outside sending hours.
            expect(isWithinSendingHours(step.at + MINUTE, input.settings.sendingHours, input.settings.timeZone)).toBe(false);
            // Offsets shorter than 24 h move by at most half their length.
            const offset = input.startsAt - step.nominalAt;
            if (SHORT_OFFSET_KINDS.has(step.id) && offset < DAY) expect(step.nominalAt - step.at).toBeLessThanOrEqual(offset / 2);
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(planAppointmentSteps(structuredClone(input))).toEqual(planAppointmentSteps(input));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('zonedTimeToEpoch — properties', () => {
  it('round-trips with localParts (the earlier instant when the wall time repeats)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...US_ZONES), fc.integer({ min: -YEAR_IN_MINUTES, max: YEAR_IN_MINUTES }), (zone, minute) => {
        const instant = BASE + minute * MINUTE;
        const parts = localParts(instant, zone);
        const back = zonedTimeToEpoch(parts, zone);
        expect(localParts(back, zone)).toEqual(parts);
        expect(back === instant || back === instant - HOUR).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
