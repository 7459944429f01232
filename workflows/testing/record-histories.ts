/**
 * Records one Temporal history per realistic path of every workflow type, with the CURRENT
 * workflow code, into workflows/<type>/histories/<scenario>.json. workflows/replay.spec.ts replays
 * them all on every `npm test`, so a change that would break a running workflow fails the build.
 *
 *   npm run record-histories                      # records every scenario that has no file yet
 *   npm run record-histories -- inbound/mms       # only scenarios whose `<type>/<name>` contains this
 *   npm run record-histories -- --force <filter>  # also overwrites existing files (see below)
 *
 * (= node scripts/run-ts.mjs workflows/testing/record-histories.ts, from the repository root;
 * TEMPORAL_TEST_SERVER, else .venv/bin/temporal-test-server, is the time-skipping server used.)
 *
 * Runs on Temporal's time-skipping test server (days of reminders take seconds) with the
 * production bundler options, and with in-memory activities that answer as the real ones do on
 * each path (the real ones need PostgreSQL, Twilio…; replay never runs activities, it only checks
 * that the workflow code asks for the same commands — activities, timers, signals, markers — in
 * the same order). Existing histories stand for workflows already running in production and must
 * keep replaying unchanged, so they are never overwritten without --force (see workflows/README.md).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ApplicationFailure } from '@temporalio/common';
import proto from '@temporalio/proto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, Worker, bundleWorkflowCode } from '@temporalio/worker';
import type { WorkflowHandle } from '@temporalio/client';
import { DEFAULT_SCHEDULE_SETTINGS, addLocalDays, localParts, zonedTimeToEpoch, type AppointmentScheduleSettings } from '@beacon/scheduling';
import { workflowBundlerOptions } from '@beacon/temporal-runtime';
import {
  appointmentEventSignal,
  appointmentWorkflowId,
  patientReplySignal,
  type AppointmentActivities,
  type AppointmentEvent,
  type AppointmentStatus,
  type PatientReplyIntent,
  searchAttributes,
} from '../appointment/definitions.js';
import { inboundFollowUpWorkflowId, inboundWorkflowId, REPLY_SUGGESTIONS_BATCH_WORKFLOW, replySuggestionsWorkflowId, type InboundActivities, type InboundInterpretation } from '../inbound/definitions.js';
import { outboundWorkflowId, type OutboundActivities } from '../outbound/definitions.js';
import { dailyDigestScheduleId, type DigestActivities } from '../digest/definitions.js';
import { outcomesRollupScheduleId, type OutcomesRollupActivities } from '../outcomes-rollup/definitions.js';
import { retentionScheduleId, type RetentionActivities } from '../retention/definitions.js';
import { staffNotificationWorkflowId, type NotificationActivities } from '../notifications/definitions.js';
import type { PushActivities, PushNotificationInput } from '../push/definitions.js';
import { bulkSendChangedSignal, bulkSendWorkflowId, type BulkBatchResult, type BulkSendActivities } from '../bulk/definitions.js';
import { onboardingEmailWorkflowId, signupExpiryWorkflowId, type OnboardingActivities } from '../onboarding/definitions.js';
import { historyToJson } from './history-json.js';

const ROOT = resolve(process.cwd());
const WORKFLOWS_PATH = join(ROOT, 'workflows', 'index.ts');
if (!existsSync(WORKFLOWS_PATH)) throw new Error(`run from the repository root (no ${WORKFLOWS_PATH})`);

const ZONE = 'America/Chicago';
const HOUR = 3_600_000;
const TASK_QUEUE = 'record-histories';

// ── Activities: answers keyed by the ids each scenario uses ─────────────────────────────────────

/** Per appointment: how its sends go (default: every send is accepted by the provider). */
const sendBehaviour: Record<string, (step: string) => 'throw' | 'undelivered' | 'blocked' | 'superseded' | 'sent'> = {
  'appt-send-fails': (step) => (step === 'booking_confirmation' ? 'throw' : 'sent'),
  'appt-local-send-fails': (step) => (step === 'booking_confirmation' ? 'throw' : 'sent'),
  'appt-carrier-refused': (step) => (step === 'booking_confirmation' ? 'undelivered' : 'sent'),
  'appt-opted-out': () => 'blocked',
};

/** Appointments whose location also confirms bookings made by staff. */
const STAFF_CONFIRMED = new Set(['appt-staff-night']);

interface InboundCase {
  interpretation: InboundInterpretation;
  suggestions?: 'fail';
  afterHours?: 'sent' | 'open' | 'disabled';
}
/** Per inbound message id: what interpretInboundMessage finds and how the other activities answer. */
const inboundCases = new Map<string, InboundCase>();

/** Per appointment: the location's settings as changed by the scenario while the workflow runs. */
const settingsChanges: Record<string, Partial<AppointmentScheduleSettings>> = {};

const appointmentActivities: AppointmentActivities = {
  async loadMessagingPolicy({ appointmentId }) {
    return {
      schedule: { ...DEFAULT_SCHEDULE_SETTINGS, timeZone: ZONE, reminders: ['7d', '2h'], ...settingsChanges[appointmentId] },
      bookingConfirmation: { online: true, staff: STAFF_CONFIRMED.has(appointmentId) },
      cancellationConfirmation: true,
    };
  },
  async sendAppointmentMessage({ appointmentId, step }) {
    const behaviour = sendBehaviour[appointmentId]?.(step) ?? 'sent';
    if (behaviour === 'throw') throw ApplicationFailure.retryable('Twilio: 503 Service Unavailable', 'ProviderUnavailable');
    return { messageId: behaviour === 'sent' || behaviour === 'undelivered' ? `msg-${appointmentId}-${step}` : null, status: behaviour, duplicate: false };
  },
  async recordConfirmationStatus() {},
  async raiseStaffAlert() {},
};

const inboundActivities: InboundActivities = {
  async interpretInboundMessage({ messageId }) {
    const found = inboundCases.get(messageId);
    if (!found) throw ApplicationFailure.nonRetryable(`no recording case for ${messageId}`);
    return found.interpretation;
  },
  async sendInboundAutoReply() {},
  async prepareReplySuggestions({ messageId }) {
    if (inboundCases.get(messageId)?.suggestions === 'fail') throw ApplicationFailure.retryable('OpenAI: 429 rate limited');
    return { intent: 'question', count: 3, engine: 'llm' };
  },
  async prepareReplySuggestionsBatch({ messageIds }) {
    if (messageIds.some((id) => inboundCases.get(id)?.suggestions === 'fail')) throw ApplicationFailure.retryable('OpenAI: 429 rate limited');
    return { prepared: messageIds.length };
  },
  async storeInboundMedia({ mediaUrls }) {
    return mediaUrls.length;
  },
  async sendAfterHoursReply({ messageId }) {
    return inboundCases.get(messageId)?.afterHours ?? 'open';
  },
};

const outboundActivities: OutboundActivities = {
  async sendQueuedMessage({ messageId }) {
    if (messageId === 'msg-outbound-provider-down') throw ApplicationFailure.retryable('Twilio: connect ETIMEDOUT', 'ProviderUnavailable');
  },
  async markMessageUnsent() {},
};

const digestActivities: DigestActivities = {
  async postDailyDigest() {
    return { date: '2026-03-12', unconfirmed: 5, highRisk: 1, total: 14 };
  },
};

const retentionActivities: RetentionActivities = {
  async purgeExpiredMessages() {
    return { cutoff: '2019-03-11T09:00:00.000Z', retentionYears: 7, messages: 1240, searchTokens: 18_600, deliveryEvents: 3_100, previewsCleared: 12 };
  },
};

const outcomesRollupActivities: OutcomesRollupActivities = {
  async rollUpOutcomes() {
    return { days: 358 };
  },
};

/** Onboarding emails whose first attempt fails (the mail server down for a moment): the activity is retried. */
const MAIL_FAILS_ONCE = new Set(['email-mail-down']);

const onboardingActivities: OnboardingActivities = {
  async sendOnboardingEmail({ emailId }) {
    if (MAIL_FAILS_ONCE.delete(emailId)) throw ApplicationFailure.retryable('421 service not available');
    return { sent: true };
  },
  async expireUnverifiedSignup({ organizationId }) {
    return { expired: organizationId === 'org-unverified' };
  },
};

/** Alerts whose recipients already had many notifications: held for one summary. */
const FLOODED_ALERTS = new Set(['alert-flood']);

const notificationActivities: NotificationActivities = {
  async notifyStaffOfAlert({ alertId }) {
    return FLOODED_ALERTS.has(alertId) ? { digestStaffIds: ['staff-owner', 'staff-frontdesk'], digestInMs: 240_000 } : { digestStaffIds: [], digestInMs: 0 };
  },
  async sendNotificationDigests() {},
};

/** Push events whose first attempt fails (a push service answering 5xx): the activity is retried. */
const PUSH_FAILS_ONCE = new Set(['alert-urgent']);

const pushActivities: PushActivities = {
  async sendPushNotifications({ event }) {
    const id = event.kind === 'new_message' ? event.messageId : event.alertId;
    if (PUSH_FAILS_ONCE.delete(id)) throw ApplicationFailure.retryable('push service answered 503');
    return { sent: 2, gone: 0 };
  },
};

/** Per send: the batch results in order (the last one repeats). */
const bulkBatches: Record<string, BulkBatchResult[]> = {
  'bulk-paused': [{ state: 'sending', sent: 4, waitMs: 1000 }, { state: 'paused' }, { state: 'sending', sent: 2, waitMs: 500 }, { state: 'done' }],
  'bulk-cancelled': [{ state: 'sending', sent: 4, waitMs: 1000 }, { state: 'cancelled' }],
};
const bulkCalls: Record<string, number> = {};

const bulkActivities: BulkSendActivities = {
  async sendBulkBatch({ bulkSendId }) {
    const results = bulkBatches[bulkSendId] ?? [{ state: 'done' }];
    const n = bulkCalls[bulkSendId] ?? 0;
    bulkCalls[bulkSendId] = n + 1;
    return results[Math.min(n, results.length - 1)] ?? { state: 'done' };
  },
  async finishBulkSend() {},
};

// ── Scenarios ────────────────────────────────────────────────────────────────────────────────────

interface Scenario {
  type: 'appointment' | 'inbound' | 'outbound' | 'digest' | 'retention' | 'outcomes-rollup' | 'onboarding' | 'notifications' | 'push' | 'bulk';
  name: string;
  /** Drives the workflow to the end of the path and returns its handle. */
  run(env: TestWorkflowEnvironment): Promise<WorkflowHandle>;
}

/** `days` local days from the test clock's today, at hh:mm in Chicago. */
async function localTime(env: TestWorkflowEnvironment, days: number, hour: number, minute = 0): Promise<number> {
  const base = addLocalDays(await env.currentTimeMs(), days, ZONE);
  const p = localParts(base, ZONE);
  return zonedTimeToEpoch({ year: p.year, month: p.month, day: p.day, hour, minute }, ZONE);
}

let eventCounter = 0;
async function appointmentEvent(
  env: TestWorkflowEnvironment,
  type: AppointmentEvent['type'],
  appointmentId: string,
  startsAt: number,
  extra: { version?: number; source?: 'online' | 'staff' } = {},
): Promise<AppointmentEvent> {
  eventCounter += 1;
  const status: AppointmentStatus = type === 'cancelled' || type === 'checked_in' || type === 'completed' || type === 'no_show' ? type : 'booked';
  return {
    eventId: `booking-evt-${eventCounter}`,
    type,
    occurredAt: new Date(await env.currentTimeMs()).toISOString(),
    appointment: {
      appointmentId,
      patientId: 'patient-1',
      locationId: 'location-austin',
      version: extra.version ?? 1,
      startsAt: new Date(startsAt).toISOString(),
      durationMinutes: 30,
      status,
      source: extra.source ?? 'online',
    },
  };
}

/** What the booking webhook does: signal-with-start the appointment's workflow. */
function deliver(env: TestWorkflowEnvironment, event: AppointmentEvent): Promise<WorkflowHandle> {
  return env.client.workflow.signalWithStart('appointmentWorkflow', {
    workflowId: appointmentWorkflowId(event.appointment.appointmentId),
    taskQueue: TASK_QUEUE,
    args: [{ appointmentId: event.appointment.appointmentId }],
    signal: appointmentEventSignal,
    signalArgs: [event],
  });
}

async function reply(env: TestWorkflowEnvironment, appointmentId: string, intent: PatientReplyIntent, messageId: string): Promise<void> {
  await env.client.workflow
    .getHandle(appointmentWorkflowId(appointmentId))
    .signal(patientReplySignal, { messageId, intent, receivedAt: new Date(await env.currentTimeMs()).toISOString() });
}

/** Waits (on the skipping clock) until `at`. */
async function sleepUntil(env: TestWorkflowEnvironment, at: number): Promise<void> {
  const ms = at - (await env.currentTimeMs());
  if (ms > 0) await env.sleep(ms);
}

/** Starts the inbound workflow for a stored text as the webhook does, and waits for it. */
async function inbound(env: TestWorkflowEnvironment, messageId: string, found: InboundCase, mediaUrls?: string[]): Promise<WorkflowHandle> {
  inboundCases.set(messageId, found);
  const handle = await env.client.workflow.start('inboundMessageWorkflow', {
    workflowId: inboundWorkflowId(messageId),
    taskQueue: TASK_QUEUE,
    args: [{ messageId, ...(mediaUrls ? { mediaUrls } : {}) }],
  });
  await handle.result();
  return handle;
}

/** Starts the outbound workflow for a stored staff message as the outbox relay does, and waits for it. */
async function outbound(env: TestWorkflowEnvironment, messageId: string): Promise<WorkflowHandle> {
  const handle = await env.client.workflow.start('outboundMessageWorkflow', { workflowId: outboundWorkflowId(messageId), taskQueue: TASK_QUEUE, args: [{ messageId }] });
  await handle.result();
  return handle;
}

const plain: InboundInterpretation = { keyword: null, reply: null };

/** What raiseStaffAlert's outbox row starts: the alert's notification workflow, run to its end. */
function notificationScenario(name: string, alertId: string): Scenario {
  return {
    type: 'notifications',
    name,
    async run(env) {
      const handle = await env.client.workflow.start('staffNotificationWorkflow', { workflowId: staffNotificationWorkflowId(alertId), taskQueue: TASK_QUEUE, args: [{ alertId }] });
      await handle.result();
      return handle;
    },
  };
}

/** What the inbound path's or raiseStaffAlert's outbox row starts: the push of one event to staff devices. */
function pushScenario(name: string, input: PushNotificationInput): Scenario {
  return {
    type: 'push',
    name,
    async run(env) {
      const id = input.event.kind === 'new_message' ? `push-message-${input.event.messageId}` : `push-alert-${input.event.alertId}`;
      const handle = await env.client.workflow.start('pushNotificationWorkflow', { workflowId: id, taskQueue: TASK_QUEUE, args: [input] });
      await handle.result();
      return handle;
    },
  };
}

const scenarios: Scenario[] = [
  // appointment ─────────────────────────────────────────────────────────────────────────────────
  {
    type: 'appointment',
    name: 'booked-unconfirmed-full-path',
    // Booking text, 48 h request, 24 h follow-up, 12 h high-risk flag + alert, 2 h reminder, linger, done.
    async run(env) {
      const handle = await deliver(env, await appointmentEvent(env, 'created', 'appt-unconfirmed', await localTime(env, 4, 15)));
      await handle.result();
      return handle;
    },
  },
  {
    type: 'appointment',
    name: 'confirmed-by-c-reply',
    // The patient answers the 48 h request with "C": the inbound workflow signals this one.
    async run(env) {
      const startsAt = await localTime(env, 4, 15);
      const handle = await deliver(env, await appointmentEvent(env, 'created', 'appt-confirmed', startsAt));
      await sleepUntil(env, startsAt - 40 * HOUR);
      await inbound(env, 'msg-c-for-appt-confirmed', { interpretation: { keyword: null, reply: { appointmentId: 'appt-confirmed', intent: 'confirm' } } });
      await reply(env, 'appt-confirmed', 'confirm', 'msg-c-for-appt-confirmed'); // webhook retry of the same text: ignored
      await handle.result();
      return handle;
    },
  },
  {
    type: 'appointment',
    name: 'rescheduled-by-staff',
    // Moved to a later day after the 48 h request went out: every pending step moves, v2 sends.
    async run(env) {
      const oldStart = await localTime(env, 4, 15);
      const handle = await deliver(env, await appointmentEvent(env, 'created', 'appt-moved', oldStart));
      await sleepUntil(env, oldStart - 40 * HOUR);
      await deliver(env, await appointmentEvent(env, 'rescheduled', 'appt-moved', await localTime(env, 12, 11), { version: 2 }));
      await handle.result();
      return handle;
    },
  },
  {
    type: 'appointment',
    name: 'confirmed-then-rescheduled',
    // A confirmed appointment moved to a new time goes back to unconfirmed and is asked again.
    async run(env) {
      const oldStart = await localTime(env, 4, 15);
      const handle = await deliver(env, await appointmentEvent(env, 'created', 'appt-confirmed-moved', oldStart));
      await sleepUntil(env, oldStart - 40 * HOUR);
      await reply(env, 'appt-confirmed-moved', 'confirm', 'msg-c-confirmed-moved');
      await env.sleep('1 hour');
      await deliver(env, await appointmentEvent(env, 'rescheduled', 'appt-confirmed-moved', await localTime(env, 6, 10), { version: 2 }));
      await handle.result();
      return handle;
    },
  },
  {
    type: 'appointment',
    name: 'cancelled',
    async run(env) {
      const startsAt = await localTime(env, 4, 15);
      const handle = await deliver(env, await appointmentEvent(env, 'created', 'appt-cancelled', startsAt));
      await env.sleep('2 hours');
      await deliver(env, await appointmentEvent(env, 'cancelled', 'appt-cancelled', startsAt));
      await handle.result();
      return handle;
    },
  },
  {
    type: 'appointment',
    name: 'reschedule-and-cancel-requests',
    // "R" → reschedule requested + alert + ack; a cancel request → alert + ack, never a cancellation.
    async run(env) {
      const handle = await deliver(env, await appointmentEvent(env, 'created', 'appt-requests', await localTime(env, 4, 15)));
      await env.sleep('1 hour');
      await reply(env, 'appt-requests', 'reschedule', 'msg-r-requests');
      await reply(env, 'appt-requests', 'cancel_appointment', 'msg-cancel-requests');
      await handle.result();
      return handle;
    },
  },
  {
    type: 'appointment',
    name: 'checked-in-and-completed',
    async run(env) {
      const startsAt = await localTime(env, 2, 10);
      const handle = await deliver(env, await appointmentEvent(env, 'created', 'appt-visit', startsAt));
      await sleepUntil(env, startsAt - 10 * 60_000);
      await deliver(env, await appointmentEvent(env, 'checked_in', 'appt-visit', startsAt));
      await env.sleep('40 minutes');
      await deliver(env, await appointmentEvent(env, 'completed', 'appt-visit', startsAt));
      await handle.result();
      return handle;
    },
  },
  {
    type: 'appointment',
    name: 'staff-booked-late',
    // Booked by staff three hours ahead: no booking text, passed steps skipped, only the 2 h reminder.
    async run(env) {
      await sleepUntil(env, await localTime(env, 1, 9)); // booked at 09:00 for 12:00 (inside sending hours)
      const handle = await deliver(env, await appointmentEvent(env, 'created', 'appt-late', (await env.currentTimeMs()) + 3 * HOUR, { source: 'staff' }));
      await handle.result();
      return handle;
    },
  },
  {
    type: 'appointment',
    name: 'staff-booked-at-night',
    // Booked by staff at 00:51: the booking text is held until sending hours open at 08:00.
    async run(env) {
      await sleepUntil(env, await localTime(env, 1, 0, 51));
      const handle = await deliver(env, await appointmentEvent(env, 'created', 'appt-staff-night', await localTime(env, 2, 15), { source: 'staff' }));
      await handle.result();
      return handle;
    },
  },
  {
    type: 'appointment',
    name: 'update-before-created',
    // An "updated" event starts the run (the earlier run is gone): confirmation status reset first.
    async run(env) {
      const handle = await deliver(env, await appointmentEvent(env, 'updated', 'appt-update-first', await localTime(env, 3, 9), { version: 3 }));
      await handle.result();
      return handle;
    },
  },
  {
    type: 'appointment',
    name: 'booking-text-send-fails',
    // The provider is down for the booking text: three attempts over ~30 min, then a staff alert.
    async run(env) {
      const handle = await deliver(env, await appointmentEvent(env, 'created', 'appt-send-fails', await localTime(env, 4, 15)));
      await handle.result();
      return handle;
    },
  },
  {
    type: 'appointment',
    name: 'local-send-full-path',
    // Since 'local-appointment-send': every text of the unconfirmed path as a local activity.
    async run(env) {
      const handle = await deliver(env, await appointmentEvent(env, 'created', 'appt-local-unconfirmed', await localTime(env, 4, 15)));
      await handle.result();
      return handle;
    },
  },
  {
    type: 'appointment',
    name: 'local-send-booking-text-fails',
    // Since 'local-appointment-send': three local attempts (back-offs as timers), then a staff alert.
    async run(env) {
      const handle = await deliver(env, await appointmentEvent(env, 'created', 'appt-local-send-fails', await localTime(env, 4, 15)));
      await handle.result();
      return handle;
    },
  },
  {
    type: 'appointment',
    name: 'booking-text-undelivered',
    // The carrier refuses the booking text: staff alerted; the schedule goes on.
    async run(env) {
      const handle = await deliver(env, await appointmentEvent(env, 'created', 'appt-carrier-refused', await localTime(env, 4, 15)));
      await handle.result();
      return handle;
    },
  },
  {
    type: 'appointment',
    name: 'patient-opted-out',
    // Every send is blocked (opted out): nothing sent, still flagged high risk.
    async run(env) {
      const handle = await deliver(env, await appointmentEvent(env, 'created', 'appt-opted-out', await localTime(env, 4, 15)));
      await handle.result();
      return handle;
    },
  },

  // inbound ─────────────────────────────────────────────────────────────────────────────────────
  {
    type: 'inbound',
    name: 'ordinary-text-open-hours',
    run: (env) => inbound(env, 'msg-ordinary', { interpretation: plain, afterHours: 'open' }),
  },
  {
    type: 'inbound',
    name: 'after-hours-text',
    run: (env) => inbound(env, 'msg-after-hours', { interpretation: plain, afterHours: 'sent' }),
  },
  {
    type: 'inbound',
    name: 'stop-keyword',
    run: (env) => inbound(env, 'msg-stop', { interpretation: { keyword: 'opt_out', reply: null } }),
  },
  {
    type: 'inbound',
    name: 'start-keyword',
    run: (env) => inbound(env, 'msg-start', { interpretation: { keyword: 'opt_in', reply: null } }),
  },
  {
    type: 'inbound',
    name: 'help-keyword',
    run: (env) => inbound(env, 'msg-help', { interpretation: { keyword: 'help', reply: null } }),
  },
  {
    type: 'inbound',
    name: 'c-reply-to-appointment',
    // "C" answering a confirmation request: signals the (running) appointment workflow.
    async run(env) {
      const startsAt = await localTime(env, 4, 15);
      const appointment = await deliver(env, await appointmentEvent(env, 'created', 'appt-inbound-c', startsAt));
      await env.sleep('1 hour');
      const handle = await inbound(env, 'msg-c-inbound', { interpretation: { keyword: null, reply: { appointmentId: 'appt-inbound-c', intent: 'confirm' } } });
      await appointment.terminate('recording done');
      return handle;
    },
  },
  {
    type: 'inbound',
    name: 'reply-to-finished-appointment',
    // "R" for an appointment whose workflow has ended: the signal fails, the text stays in the inbox.
    run: (env) =>
      inbound(env, 'msg-r-finished', { interpretation: { keyword: null, reply: { appointmentId: 'appt-long-gone', intent: 'reschedule' } } }),
  },
  {
    type: 'inbound',
    name: 'mms-picture',
    run: (env) => inbound(env, 'msg-mms', { interpretation: plain, afterHours: 'disabled' }, ['https://api.twilio.com/2010-04-01/Accounts/AC0/Messages/MM0/Media/ME0']),
  },
  {
    type: 'inbound',
    name: 'suggestions-unavailable',
    // Smart replies fail three times: logged, the rest of the processing goes on.
    run: (env) => inbound(env, 'msg-no-suggestions', { interpretation: plain, suggestions: 'fail', afterHours: 'open' }),
  },

  // since 'current-messaging-policy': steps not yet run follow the location's current settings ─
  {
    type: 'appointment',
    name: 'settings-changed-after-booking',
    // After the 48 h request the owner swaps the reminders (3 d, 60 min), later turns confirmation requests off.
    async run(env) {
      const startsAt = await localTime(env, 4, 15);
      const handle = await deliver(env, await appointmentEvent(env, 'created', 'appt-settings', startsAt));
      await sleepUntil(env, startsAt - 40 * HOUR);
      settingsChanges['appt-settings'] = { reminders: ['3d', '60m'] };
      await sleepUntil(env, startsAt - 20 * HOUR);
      settingsChanges['appt-settings'] = { reminders: ['3d', '60m'], confirmationRequest: false };
      await handle.result();
      return handle;
    },
  },
  {
    type: 'appointment',
    name: 'rescheduled-after-settings-change',
    // The reminders change, then the appointment moves and is cancelled: both use the settings of the moment.
    async run(env) {
      const handle = await deliver(env, await appointmentEvent(env, 'created', 'appt-settings-moved', await localTime(env, 4, 15)));
      await sleepUntil(env, (await env.currentTimeMs()) + HOUR);
      settingsChanges['appt-settings-moved'] = { reminders: ['1d'], confirmationRequest: false };
      const newStart = await localTime(env, 9, 11);
      await deliver(env, await appointmentEvent(env, 'rescheduled', 'appt-settings-moved', newStart, { version: 2 }));
      await sleepUntil(env, newStart - 12 * HOUR);
      await deliver(env, await appointmentEvent(env, 'cancelled', 'appt-settings-moved', newStart, { version: 2 }));
      await handle.result();
      return handle;
    },
  },

  // outbound ────────────────────────────────────────────────────────────────────────────────────
  {
    type: 'outbound',
    name: 'staff-reply-delivered',
    run: (env) => outbound(env, 'msg-outbound-ok'),
  },
  {
    type: 'outbound',
    name: 'provider-down-marked-unsent',
    run: (env) => outbound(env, 'msg-outbound-provider-down'),
  },

  // since the hot-path rebuild: staff replies as local activities ('local-send'), follow-up and smart replies
  // as their own workflows started through the outbox ─────────────────────────────────────────
  {
    type: 'outbound',
    name: 'local-send-staff-reply-delivered',
    run: (env) => outbound(env, 'msg-local-ok'),
  },
  {
    type: 'outbound',
    name: 'local-send-provider-down-marked-unsent',
    run: (env) => outbound(env, 'msg-outbound-provider-down'),
  },
  ...(
    [
      ['follow-up-stop-keyword', { messageId: 'msg-fu-stop', keyword: 'opt_out', afterHours: false }],
      ['follow-up-help-keyword', { messageId: 'msg-fu-help', keyword: 'help', afterHours: false }],
      ['follow-up-after-hours', { messageId: 'msg-fu-after-hours', keyword: null, afterHours: true }],
      ['follow-up-mms', { messageId: 'msg-fu-mms', keyword: null, afterHours: false, mediaUrls: ['https://api.twilio.com/2010-04-01/Accounts/AC0/Messages/MM1/Media/ME1'] }],
    ] as const
  ).map(
    ([name, input]): Scenario => ({
      type: 'inbound',
      name,
      async run(env) {
        inboundCases.set(input.messageId, { interpretation: plain, afterHours: 'sent' });
        const handle = await env.client.workflow.start('inboundFollowUpWorkflow', { workflowId: inboundFollowUpWorkflowId(input.messageId), taskQueue: TASK_QUEUE, args: [input] });
        await handle.result();
        return handle;
      },
    }),
  ),
  ...(
    [
      ['suggestions-ready', 'msg-sg-ok', undefined],
      ['suggestions-failing', 'msg-sg-fail', 'fail'],
    ] as const
  ).map(
    ([name, messageId, suggestions]): Scenario => ({
      type: 'inbound',
      name,
      async run(env) {
        inboundCases.set(messageId, { interpretation: plain, ...(suggestions ? { suggestions } : {}) });
        const handle = await env.client.workflow.start('replySuggestionsWorkflow', { workflowId: replySuggestionsWorkflowId(messageId), taskQueue: TASK_QUEUE, args: [{ messageId }] });
        await handle.result();
        return handle;
      },
    }),
  ),
  ...(
    [
      ['suggestions-batch-ready', ['msg-sb-1', 'msg-sb-2', 'msg-sb-3'], undefined],
      ['suggestions-batch-failing', ['msg-sb-4', 'msg-sb-fail'], 'fail'],
    ] as const
  ).map(
    ([name, messageIds, suggestions]): Scenario => ({
      type: 'inbound',
      name,
      async run(env) {
        for (const id of messageIds) inboundCases.set(id, { interpretation: plain, ...(suggestions && id.endsWith('fail') ? { suggestions } : {}) });
        const handle = await env.client.workflow.start(REPLY_SUGGESTIONS_BATCH_WORKFLOW, { workflowId: `suggest-batch-${name}`, taskQueue: TASK_QUEUE, args: [{ messageIds: [...messageIds] }] });
        await handle.result();
        return handle;
      },
    }),
  ),

  // digest / retention (started by their Schedules in production) ──────────────────────────────
  notificationScenario('email-each-recipient', 'alert-1'),
  notificationScenario('held-for-digest', 'alert-flood'),
  pushScenario('new-message', { event: { kind: 'new_message', messageId: 'msg-push-1' } }),
  pushScenario('urgent-alert-retried', { event: { kind: 'alert', alertId: 'alert-urgent' } }),
  {
    type: 'digest',
    name: 'evening-digest',
    async run(env) {
      const handle = await env.client.workflow.start('dailyDigestWorkflow', {
        workflowId: `${dailyDigestScheduleId('location-austin')}-2026-03-11T22:00:00Z`,
        taskQueue: TASK_QUEUE,
        args: [{ locationId: 'location-austin' }],
      });
      await handle.result();
      return handle;
    },
  },
  {
    type: 'retention',
    name: 'daily-purge',
    async run(env) {
      const handle = await env.client.workflow.start('retentionPurgeWorkflow', {
        workflowId: `${retentionScheduleId('org-1')}-2026-03-11T09:00:00Z`,
        taskQueue: TASK_QUEUE,
        args: [{ organizationId: 'org-1' }],
      });
      await handle.result();
      return handle;
    },
  },
  // bulk ────────────────────────────────────────────────────────────────────────────────────────
  {
    // Paced batches, a pause seen by a batch, a resume signal, the rest, finished.
    type: 'bulk',
    name: 'paused-resumed-finished',
    async run(env) {
      const handle = await env.client.workflow.start('bulkSendWorkflow', { workflowId: bulkSendWorkflowId('bulk-paused'), taskQueue: TASK_QUEUE, args: [{ bulkSendId: 'bulk-paused' }] });
      while ((bulkCalls['bulk-paused'] ?? 0) < 2) await env.sleep(200);
      await handle.signal(bulkSendChangedSignal, { action: 'resume' });
      await handle.result();
      return handle;
    },
  },
  {
    type: 'bulk',
    name: 'cancelled',
    async run(env) {
      const handle = await env.client.workflow.start('bulkSendWorkflow', { workflowId: bulkSendWorkflowId('bulk-cancelled'), taskQueue: TASK_QUEUE, args: [{ bulkSendId: 'bulk-cancelled' }] });
      await handle.signal(bulkSendChangedSignal, { action: 'cancel' });
      await handle.result();
      return handle;
    },
  },
  {
    type: 'onboarding',
    name: 'email-sent-after-retry',
    async run(env) {
      const handle = await env.client.workflow.start('onboardingEmailWorkflow', { workflowId: onboardingEmailWorkflowId('email-mail-down'), taskQueue: TASK_QUEUE, args: [{ emailId: 'email-mail-down' }] });
      await handle.result();
      return handle;
    },
  },
  {
    type: 'onboarding',
    name: 'signup-expired',
    async run(env) {
      const expiresAt = new Date((await env.currentTimeMs()) + 7 * 86_400_000).toISOString();
      const handle = await env.client.workflow.start('signupExpiryWorkflow', { workflowId: signupExpiryWorkflowId('org-unverified'), taskQueue: TASK_QUEUE, args: [{ organizationId: 'org-unverified', expiresAt }] });
      await handle.result();
      return handle;
    },
  },
  {
    type: 'outcomes-rollup',
    name: 'daily-rollup',
    async run(env) {
      const handle = await env.client.workflow.start('outcomesRollupWorkflow', {
        workflowId: `${outcomesRollupScheduleId('org-1')}-2026-03-11T10:00:00Z`,
        taskQueue: TASK_QUEUE,
        args: [{ organizationId: 'org-1' }],
      });
      await handle.result();
      return handle;
    },
  },
];

// ── Main ─────────────────────────────────────────────────────────────────────────────────────────

/** As test/support/time-skipping.ts (whose named import of @temporalio/proto plain Node ESM cannot load). */
async function startTimeSkippingEnv(): Promise<TestWorkflowEnvironment> {
  const path = process.env['TEMPORAL_TEST_SERVER'] ?? join(ROOT, '.venv', 'bin', 'temporal-test-server');
  if (!existsSync(path)) throw new Error(`no time-skipping test server at ${path} (bash temporal/install.sh, or set TEMPORAL_TEST_SERVER)`);
  const started = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path } } });
  const { IndexedValueType } = proto.temporal.api.enums.v1;
  await started.connection.operatorService.addSearchAttributes({
    namespace: started.namespace ?? 'default',
    searchAttributes: Object.fromEntries(
      Object.values(searchAttributes).map((k) => [k.name, k.type === 'DATETIME' ? IndexedValueType.INDEXED_VALUE_TYPE_DATETIME : IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD]),
    ),
  });
  return started;
}

const args = process.argv.slice(2);
const force = args.includes('--force');
const filter = args.find((a) => a !== '--force') ?? '';
const historyFile = (s: Scenario) => join(ROOT, 'workflows', s.type, 'histories', `${s.name}.json`);
const matching = scenarios.filter((s) => `${s.type}/${s.name}`.includes(filter));
if (!matching.length) throw new Error(`no scenario matches "${filter}"`);
const selected = matching.filter((s) => force || !existsSync(historyFile(s)));
for (const s of matching.filter((m) => !selected.includes(m))) console.log(`kept ${s.type}/${s.name} (already recorded; --force to overwrite)`);
if (!selected.length) process.exit(0);

Runtime.install({ logger: new DefaultLogger('WARN') });
// Bundled once, exactly as the production worker bundles it.
const workflowBundle = await bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, ...workflowBundlerOptions(WORKFLOWS_PATH), logger: Runtime.instance().logger });
const activities = { ...appointmentActivities, ...inboundActivities, ...outboundActivities, ...digestActivities, ...retentionActivities, ...outcomesRollupActivities, ...onboardingActivities, ...notificationActivities, ...pushActivities, ...bulkActivities };
for (const scenario of selected) {
  // A fresh server per scenario: between scenarios, with nothing pending, the time-skipping server
  // may jump years ahead (to the finished runs' 10-year timeouts); each history starts "now".
  const env = await startTimeSkippingEnv();
  try {
    const worker = await Worker.create({ connection: env.nativeConnection, taskQueue: TASK_QUEUE, workflowBundle, activities });
    const history = await worker.runUntil(async () => (await scenario.run(env)).fetchHistory());
    const file = historyFile(scenario);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, historyToJson(history));
    console.log(`recorded ${scenario.type}/${scenario.name} (${history.events?.length ?? 0} events)`);
  } finally {
    await env.teardown();
  }
}
