// @beacon/scheduling — pure appointment-step planning (safe to import from Temporal workflow code:
// no I/O, no Node built-ins, no clock reads; time zones via Intl.DateTimeFormat).
export {
  CONFIRMATION_FOLLOW_UP_ID,
  CONFIRMATION_REQUEST_ID,
  HIGH_RISK_CHECK_ID,
  MESSAGE_STEP_KINDS,
  MIN_FOLLOW_UP_GAP_AFTER_LATE_REQUEST_MS,
  SAME_DAY_MORNING_MIN_LEAD_MS,
  planAppointmentSteps,
  reminderStepId,
  type PlanInput,
  type PlanResult,
  type PlannedStep,
  type SkipReason,
  type SkippedStep,
  type StepKind,
} from './plan-appointment-steps.js';
export { bookingConfirmationAt, type BookingConfirmationInput } from './booking-confirmation.js';
export {
  DEFAULT_SCHEDULE_SETTINGS,
  InvalidScheduleSettingsError,
  REMINDER_OFFSETS,
  validateScheduleSettings,
  type AppointmentScheduleSettings,
  type ReminderOffset,
} from './schedule-settings.js';
export {
  addLocalDays,
  isValidTimeZone,
  isWallTimeWithin,
  isWithinSendingHours,
  localDayRange,
  localParts,
  nextSendingOpening,
  parseSendingHours,
  parseTimeOfDay,
  shiftLocalDate,
  timeZoneOffsetMs,
  zonedTimeToEpoch,
  type LocalDateTime,
  type LocalDateTimeInput,
  type SendingHours,
  type SendingWindow,
} from './time-zone.js';
export {
  InvalidBusinessHoursError,
  isWithinBusinessHours,
  validateBusinessHours,
  type BusinessHoursSchedule,
  type Weekday,
  type WeeklyOpeningHours,
} from './business-hours.js';
