import {
  InvalidScheduleSettingsError,
  REMINDER_OFFSETS,
  validateScheduleSettings,
  type AppointmentScheduleSettings,
  type ReminderOffset,
} from './schedule-settings.js';
import {
  isWallTimeWithin,
  isWithinSendingHours,
  localParts,
  nextSendingOpening,
  parseSendingHours,
  parseTimeOfDay,
  shiftLocalDate,
  zonedTimeToEpoch,
  type LocalDateTime,
  type SendingWindow,
} from './time-zone.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** `same_day_morning` must be at least this long before the appointment. */
export const SAME_DAY_MORNING_MIN_LEAD_MS = 60 * MINUTE_MS;
/** After a late ("as soon as allowed") confirmation request, the follow-up needs at least this gap. */
export const MIN_FOLLOW_UP_GAP_AFTER_LATE_REQUEST_MS = 6 * HOUR_MS;

export type StepKind = 'reminder' | 'confirmation_request' | 'confirmation_follow_up' | 'high_risk_check';

/** Kinds that send a message to the patient (and so obey sending hours). */
export const MESSAGE_STEP_KINDS: readonly StepKind[] = ['reminder', 'confirmation_request', 'confirmation_follow_up'];

export interface PlannedStep {
  /** Stable id: `reminder:<offset>` (e.g. `reminder:3d`), `confirmation_request`, `confirmation_follow_up`, `high_risk_check`. */
  id: string;
  kind: StepKind;
  /** Epoch ms when to act. */
  at: number;
  /** Epoch ms before any sending-hours adjustment (the rule's own time). */
  nominalAt: number;
  /** `at !== nominalAt`: moved into sending hours, or a late confirmation request (see rule 4). */
  adjusted: boolean;
}

export type SkipReason = 'already_passed' | 'outside_sending_hours' | 'duplicate_time' | 'after_appointment';

export interface SkippedStep {
  id: string;
  reason: SkipReason;
}

export interface PlanInput {
  /** Appointment start, epoch ms. */
  startsAt: number;
  /** The current time, epoch ms (in a workflow: `Date.now()` from the workflow sandbox, passed in). */
  now: number;
  settings: AppointmentScheduleSettings;
}

export interface PlanResult {
  /** Steps to run, sorted by `at` (ties: reminders longest-first, then request, follow-up, high-risk check). */
  steps: PlannedStep[];
  /** Every configured step that is not planned, with why; in the same canonical order as ties above. */
  skipped: SkippedStep[];
}

export const CONFIRMATION_REQUEST_ID = 'confirmation_request';
export const CONFIRMATION_FOLLOW_UP_ID = 'confirmation_follow_up';
export const HIGH_RISK_CHECK_ID = 'high_risk_check';

/** Stable id of a reminder step, e.g. `reminder:3d`. */
export function reminderStepId(offset: ReminderOffset): string {
  return `reminder:${offset}`;
}

type OffsetRule = { type: 'days'; days: number } | { type: 'duration'; ms: number } | { type: 'same_day_morning' };

const OFFSET_RULES: Record<ReminderOffset, OffsetRule> = {
  '14d': { type: 'days', days: 14 },
  '10d': { type: 'days', days: 10 },
  '7d': { type: 'days', days: 7 },
  '5d': { type: 'days', days: 5 },
  '3d': { type: 'days', days: 3 },
  '2d': { type: 'days', days: 2 },
  '1d': { type: 'days', days: 1 },
  '24h': { type: 'duration', ms: 24 * HOUR_MS },
  '2h': { type: 'duration', ms: 2 * HOUR_MS },
  '60m': { type: 'duration', ms: 60 * MINUTE_MS },
  '30m': { type: 'duration', ms: 30 * MINUTE_MS },
  '15m': { type: 'duration', ms: 15 * MINUTE_MS },
  same_day_morning: { type: 'same_day_morning' },
};

/** Canonical order: reminders in REMINDER_OFFSETS order, then the confirmation steps. Also the tie-break rank. */
const ORDER_CONFIRMATION_REQUEST = REMINDER_OFFSETS.length;
const ORDER_FOLLOW_UP = REMINDER_OFFSETS.length + 1;
const ORDER_HIGH_RISK = REMINDER_OFFSETS.length + 2;

interface Candidate extends PlannedStep {
  /** Canonical position; among equal nominal times a higher value is the more specific step. */
  order: number;
}

interface Context {
  startsAt: number;
  /** Wall clock of `startsAt` in the location's zone. */
  start: LocalDateTime;
  timeZone: string;
  window: SendingWindow;
}

type Fit = { ok: true; at: number } | { ok: false; reason: SkipReason };

interface FitPolicy {
  /** Skip when the step would have to move earlier by more than this (offsets shorter than 24 h: half the offset). */
  maxMoveMs?: number;
  /** Never move to the previous local day (same-day-morning reminder). */
  sameDayOnly?: boolean;
}

/**
 * Rule 3 — move a message step into sending hours, always EARLIER:
 * local time at/after `end` → `end − 1 min` the same local day; before `start` → `end − 1 min` the
 * previous local day. Returns a skip (`outside_sending_hours`) when the move breaks the policy or
 * the target is not a valid earlier instant inside the window (a DST gap at `end − 1 min`).
 */
function fitIntoSendingHours(nominalAt: number, ctx: Context, policy: FitPolicy): Fit {
  const parts = localParts(nominalAt, ctx.timeZone);
  if (isWallTimeWithin(parts, ctx.window)) return { ok: true, at: nominalAt };
  const beforeStart = parts.hour * 60 + parts.minute < ctx.window.startMinute;
  if (beforeStart && policy.sameDayOnly) return { ok: false, reason: 'outside_sending_hours' };
  const date = beforeStart ? shiftLocalDate(parts, -1) : parts;
  const lastMinute = ctx.window.endMinute - 1;
  const at = zonedTimeToEpoch(
    { year: date.year, month: date.month, day: date.day, hour: Math.floor(lastMinute / 60), minute: lastMinute % 60 },
    ctx.timeZone,
  );
  if (at >= nominalAt || !isWithinSendingHours(at, ctx.window, ctx.timeZone)) return { ok: false, reason: 'outside_sending_hours' };
  if (policy.maxMoveMs !== undefined && nominalAt - at > policy.maxMoveMs) return { ok: false, reason: 'outside_sending_hours' };
  return { ok: true, at };
}

/** Rule 1 — the nominal time of a reminder, or a skip for a same-day-morning reminder that is too late. */
function reminderNominal(offset: ReminderOffset, ctx: Context, morningMinute: number): number | SkipReason {
  const rule = OFFSET_RULES[offset];
  switch (rule.type) {
    case 'days':
      // Same wall time, N calendar days earlier (as addLocalDays, reusing the parsed start).
      return zonedTimeToEpoch({ ...ctx.start, ...shiftLocalDate(ctx.start, -rule.days) }, ctx.timeZone);
    case 'duration':
      return ctx.startsAt - rule.ms;
    case 'same_day_morning': {
      const day = ctx.start;
      const at = zonedTimeToEpoch(
        { year: day.year, month: day.month, day: day.day, hour: Math.floor(morningMinute / 60), minute: morningMinute % 60 },
        ctx.timeZone,
      );
      return ctx.startsAt - at >= SAME_DAY_MORNING_MIN_LEAD_MS ? at : 'after_appointment';
    }
  }
}

/** Offsets shorter than 24 h may move by at most half their length. */
function halfIfShort(offsetMs: number): number | undefined {
  return offsetMs < DAY_MS ? offsetMs / 2 : undefined;
}

function minuteOf(epochMs: number): number {
  return Math.floor(epochMs / MINUTE_MS);
}

/**
 * Plans every automated step of one version of an appointment, in time order.
 *
 * Rules:
 * 1. **Nominal time.** `Nd` reminders: N calendar days before in the location's zone at the same
 *    local wall time (a 10:00 appointment's `1d` is 10:00 the previous local day, even across DST;
 *    a wall time lost to a spring-forward gap resolves to the instant just after the gap).
 *    `Nh`/`Nm`: exact durations. `same_day_morning`: `sameDayMorningTime` on the appointment's
 *    local day, skipped (`after_appointment`) unless at least 60 min before `startsAt`.
 * 2. **Confirmation.** Only when `confirmationRequest`: the request at `startsAt − confirmationRequestHours`,
 *    the follow-up at `startsAt − followUpHours`, the high-risk check at `startsAt − highRiskHours`
 *    (all exact durations).
 * 3. **Sending hours** apply to message steps (reminders, request, follow-up), not to the
 *    staff-facing `high_risk_check`. A message step outside [start, end) moves EARLIER to the
 *    latest allowed minute before it: at/after `end` → `end − 1 min` the same local day; before
 *    `start` → `end − 1 min` the previous local day. Skipped as `outside_sending_hours` when:
 *    - the offset is shorter than 24 h (`2h`, `60m`, `30m`, `15m`; the request/follow-up when
 *      their hours are < 24) and the move is more than half the offset;
 *    - it is `same_day_morning` and the move would leave the appointment's day (the morning time
 *      is before `start`) — a same-day message sent the evening before is not "same day".
 *    A moved step that lands at or before (same minute or earlier) the `at` of a planned step with
 *    a strictly earlier nominal time (a longer offset) is skipped as `duplicate_time`.
 * 4. **Already passed.** Steps whose final `at` ≤ `now` are skipped (`already_passed`), so a late
 *    booking gets no burst of stale reminders. Exception: if the confirmation request's `at` has
 *    passed but `now` is still more than `highRiskHours` before `startsAt`, the request is planned
 *    as soon as allowed — at `now` when inside sending hours, else at the next local `start` —
 *    unless that is not before the high-risk check (then `outside_sending_hours`). Such a late
 *    request keeps its nominal `nominalAt`, so it is the one step that can have `at > nominalAt`,
 *    and it is the one step that can have `at === now`. It wins a same-minute collision with a
 *    reminder (it is the patient's only chance to confirm). The follow-up is then skipped
 *    (`duplicate_time`) if it would be less than 6 h after the late request.
 * 5. **Same minute.** Two message steps in the same minute (after adjustment): keep the one with
 *    the shorter offset (later nominal time); on equal nominal times keep the more specific one —
 *    the later in `REMINDER_OFFSETS` (`24h` over `1d`), and confirmation steps over reminders.
 *    The other is skipped as `duplicate_time`.
 * 6. **Output** is sorted by `at` (ties in canonical order), ids are stable, and the result depends
 *    only on the input — no clock is read.
 *
 * Invalid settings (see `validateScheduleSettings`) throw {@link InvalidScheduleSettingsError};
 * non-finite `startsAt`/`now` throw a RangeError.
 *
 * The plan is for one version of the appointment: re-planning after a change starts from scratch,
 * so a caller that re-plans must drop ids it has already executed (notably a late
 * `confirmation_request`, which would otherwise be planned again).
 */
export function planAppointmentSteps(input: PlanInput): PlanResult {
  const { startsAt, now, settings } = input;
  if (!Number.isFinite(startsAt) || !Number.isFinite(now)) {
    throw new RangeError(`startsAt and now must be finite epoch milliseconds, got ${startsAt} and ${now}.`);
  }
  const problems = validateScheduleSettings(settings);
  if (problems.length > 0) throw new InvalidScheduleSettingsError(problems);

  const ctx: Context = {
    startsAt,
    start: localParts(startsAt, settings.timeZone),
    timeZone: settings.timeZone,
    window: parseSendingHours(settings.sendingHours),
  };
  const morningMinute = parseTimeOfDay(settings.sameDayMorningTime) ?? 0;
  const skipped: (SkippedStep & { order: number })[] = [];
  const candidates: Candidate[] = [];

  const consider = (id: string, kind: StepKind, order: number, nominalAt: number, policy: FitPolicy | null): void => {
    if (nominalAt >= startsAt) {
      skipped.push({ id, reason: 'after_appointment', order });
      return;
    }
    const fit: Fit = policy === null ? { ok: true, at: nominalAt } : fitIntoSendingHours(nominalAt, ctx, policy);
    if (!fit.ok) skipped.push({ id, reason: fit.reason, order });
    else candidates.push({ id, kind, order, nominalAt, at: fit.at, adjusted: fit.at !== nominalAt });
  };

  // Rules 1 and 3: reminders, in canonical order (duplicates are rejected by validation).
  REMINDER_OFFSETS.forEach((offset, order) => {
    if (!settings.reminders.includes(offset)) return;
    const id = reminderStepId(offset);
    const nominal = reminderNominal(offset, ctx, morningMinute);
    if (typeof nominal === 'string') {
      skipped.push({ id, reason: nominal, order });
      return;
    }
    const rule = OFFSET_RULES[offset];
    consider(id, 'reminder', order, nominal, {
      maxMoveMs: rule.type === 'duration' ? halfIfShort(rule.ms) : undefined,
      sameDayOnly: rule.type === 'same_day_morning',
    });
  });

  // Rules 2 and 3: confirmation request, follow-up, high-risk check.
  const highRiskAt = startsAt - settings.highRiskHours * HOUR_MS;
  if (settings.confirmationRequest) {
    const requestMs = settings.confirmationRequestHours * HOUR_MS;
    const followUpMs = settings.followUpHours * HOUR_MS;
    consider(CONFIRMATION_REQUEST_ID, 'confirmation_request', ORDER_CONFIRMATION_REQUEST, startsAt - requestMs, {
      maxMoveMs: halfIfShort(requestMs),
    });
    consider(CONFIRMATION_FOLLOW_UP_ID, 'confirmation_follow_up', ORDER_FOLLOW_UP, startsAt - followUpMs, {
      maxMoveMs: halfIfShort(followUpMs),
    });
    consider(HIGH_RISK_CHECK_ID, 'high_risk_check', ORDER_HIGH_RISK, highRiskAt, null);
  }

  // Rule 4: drop what has passed; re-plan a passed confirmation request as soon as allowed.
  let lateRequest: Candidate | undefined;
  const live: Candidate[] = [];
  for (const candidate of candidates) {
    if (candidate.at > now) {
      live.push(candidate);
      continue;
    }
    if (candidate.id === CONFIRMATION_REQUEST_ID && startsAt - now > settings.highRiskHours * HOUR_MS) {
      const at = nextSendingOpening(now, ctx.window, ctx.timeZone);
      if (at >= now && at < highRiskAt && isWithinSendingHours(at, ctx.window, ctx.timeZone)) {
        lateRequest = { ...candidate, at, adjusted: at !== candidate.nominalAt };
      } else {
        skipped.push({ id: candidate.id, reason: 'outside_sending_hours', order: candidate.order });
      }
      continue;
    }
    skipped.push({ id: candidate.id, reason: 'already_passed', order: candidate.order });
  }
  const late = lateRequest;
  if (late) {
    const followUp = live.find((c) => c.id === CONFIRMATION_FOLLOW_UP_ID);
    if (followUp && followUp.at - late.at < MIN_FOLLOW_UP_GAP_AFTER_LATE_REQUEST_MS) {
      live.splice(live.indexOf(followUp), 1);
      skipped.push({ id: followUp.id, reason: 'duplicate_time', order: followUp.order });
    }
  }

  // Rules 3 (ordering) and 5 (same minute) among message steps, longest offset first.
  const messages = live
    .filter((c) => c.kind !== 'high_risk_check')
    .sort((a, b) => a.nominalAt - b.nominalAt || a.order - b.order);
  const accepted: Candidate[] = [];
  for (const candidate of messages) {
    const minute = minuteOf(candidate.at);
    const overtakes = candidate.adjusted && accepted.some((a) => a.nominalAt < candidate.nominalAt && minute <= minuteOf(a.at));
    if (overtakes) {
      skipped.push({ id: candidate.id, reason: 'duplicate_time', order: candidate.order });
      continue;
    }
    const clash = accepted.findIndex((a) => minuteOf(a.at) === minute);
    if (clash >= 0) {
      const [loser] = accepted.splice(clash, 1);
      if (loser) skipped.push({ id: loser.id, reason: 'duplicate_time', order: loser.order });
    }
    accepted.push(candidate);
  }
  if (late) {
    const clash = accepted.findIndex((a) => minuteOf(a.at) === minuteOf(late.at));
    if (clash >= 0) {
      const [loser] = accepted.splice(clash, 1);
      if (loser) skipped.push({ id: loser.id, reason: 'duplicate_time', order: loser.order });
    }
    accepted.push(late);
  }

  const planned = [...accepted, ...live.filter((c) => c.kind === 'high_risk_check')].sort((a, b) => a.at - b.at || a.order - b.order);
  return {
    steps: planned.map(({ id, kind, at, nominalAt, adjusted }) => ({ id, kind, at, nominalAt, adjusted })),
    skipped: skipped.sort((a, b) => a.order - b.order).map(({ id, reason }) => ({ id, reason })),
  };
}
