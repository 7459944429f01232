import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { Context } from '@temporalio/activity';
import { WorkflowNotFoundError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { DEFAULT_SCHEDULE_SETTINGS, REMINDER_OFFSETS, isWithinSendingHours, planAppointmentSteps } from '@beacon/scheduling';
import { workflowBundlerOptions } from '@beacon/temporal-runtime';
import { TemporalAppointmentGateway } from '@beacon/appointments';
import {
  appointmentStateQuery,
  appointmentWorkflowId,
  patientReplySignal,
  sendIdempotencyKey,
  type AppointmentActivities,
  type AppointmentEvent,
  type AppointmentEventType,
  type AppointmentMessagingPolicy,
  type AppointmentSnapshot,
  type ConfirmationStatus,
  type MessageStep,
  type PatientReplyIntent,
  type SendAppointmentMessageInput,
  type StaffAlertKind,
} from './definitions.js';
import { WORKFLOWS_PATH } from '../../test/support/test-env.js';
import { startTimeSkippingEnv } from '../../test/support/time-skipping.js';

/**
 * Model-based property test of the appointment workflow on Temporal's time-skipping test server.
 *
 * fast-check generates a messaging policy (fixed per run) and a short sequence of booking-system
 * events, patient replies and clock advances for ONE appointment. Each command is applied to a
 * model of the database the way the API applies it (`recordBookingEvent`: the signal carries the
 * appointment as stored AFTER the event; a replayed event id or a stale event changes nothing and
 * carries the current row), then delivered to the real workflow (signal-with-start for events).
 * After every command the harness waits until the workflow is idle, so every activity call is
 * attributed to the command that caused it. The recording activities use the workflow clock and
 * mimic the real send activity's `superseded` check and idempotency key, so a report can say
 * whether a violation would reach the patient.
 *
 * Invariants (numbered in failure messages):
 *  1. after a cancel, nothing but one cancellation confirmation; a run started after the workflow
 *     completed sends nothing for a version an earlier run already handled;
 *  2. reminders / confirmation request / follow-up only for the version current when sent, before
 *     its start, while booked;
 *  3. each (step, version) at most once, each timed step once per appointment time;
 *  4. reminders / request / follow-up inside the location's sending hours;
 *  5. confirmation status follows the replies (confirmed until the time changes, then
 *     unconfirmed), no request / follow-up / high-risk alert after a confirm for that time, the
 *     high-risk alert inside [start − 12 h, start), and the database agrees with the workflow;
 *  6. one booking confirmation per run, as the policy says for the source;
 *  plus liveness: the workflow ends by the appointment's end + 24 h, and every reminder planned for
 *  the final time is sent at its planned minute.
 *
 * Runs: APPOINTMENT_PROPERTY_RUNS (default 30), after the REGRESSIONS. Replay a failure with
 * APPOINTMENT_PROPERTY_SEED (and APPOINTMENT_PROPERTY_PATH) from fast-check's report.
 */

const { EventType } = temporal.api.enums.v1;
const CLOSING_EVENTS = new Set<temporal.api.enums.v1.EventType>([
  EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED,
  EventType.EVENT_TYPE_WORKFLOW_EXECUTION_FAILED,
  EventType.EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED,
  EventType.EVENT_TYPE_WORKFLOW_EXECUTION_TIMED_OUT,
  EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CANCELED,
  EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW,
]);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const ZONES = ['America/Chicago', 'America/Los_Angeles'] as const;
const NUM_RUNS = Number(process.env['APPOINTMENT_PROPERTY_RUNS'] ?? 30);
const SEED = process.env['APPOINTMENT_PROPERTY_SEED'] ? Number(process.env['APPOINTMENT_PROPERTY_SEED']) : undefined;
const PATH = process.env['APPOINTMENT_PROPERTY_PATH'];
/**
 * Run against another workflows entry point (e.g. a deliberately broken or a patched copy under
 * workflows/appointment/testing/) to check that the properties catch a change.
 */
const VARIANT_WORKFLOWS = process.env['APPOINTMENT_PROPERTY_WORKFLOWS'];
/** Print every run's command log, sends and alerts. */
const DEBUG = process.env['APPOINTMENT_PROPERTY_DEBUG'] === '1';
/** Stop (and report what was found so far) before Jest's own timeout, shrinking included; not reaching NUM_RUNS by then fails the test. */
const TIME_LIMIT_MS = Number(process.env['APPOINTMENT_PROPERTY_TIME_LIMIT_MS'] ?? 150_000);

const hhmm = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const iso = (ms: number): string => new Date(ms).toISOString();
const ceilMinute = (ms: number): number => Math.ceil(ms / MINUTE) * MINUTE;

// ---------------------------------------------------------------------------------------------
// Scenario generation
// ---------------------------------------------------------------------------------------------

type Command =
  | { kind: 'reschedule'; leadMinutes: number }
  /** Another provider or service at the same time: a new version, the same schedule. */
  | { kind: 'update' }
  | { kind: 'cancel' }
  | { kind: 'reply'; intent: PatientReplyIntent }
  | { kind: 'duplicateEvent'; pick: number }
  | { kind: 'staleEvent'; type: AppointmentEventType; agoMinutes: number }
  | { kind: 'advance'; ms: number };

interface Scenario {
  policy: AppointmentMessagingPolicy;
  create: { leadMinutes: number; source: 'online' | 'staff' };
  commands: Command[];
}

const mostlyTrue = fc.oneof({ arbitrary: fc.constant(true), weight: 3 }, { arbitrary: fc.constant(false), weight: 1 });

/** A valid location policy: any reminder subset, any sending window of at least 6 h, request on/off. */
const policyArb: fc.Arbitrary<AppointmentMessagingPolicy> = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    reminders: fc.subarray([...REMINDER_OFFSETS]),
    window: fc.integer({ min: 0, max: 1439 - 360 }).chain((start) => fc.record({ start: fc.constant(start), end: fc.integer({ min: start + 360, max: 1439 }) })),
    sameDayMorning: fc.integer({ min: 0, max: 1439 }),
    confirmationRequest: mostlyTrue,
    online: mostlyTrue,
    staff: mostlyTrue,
    cancellationConfirmation: mostlyTrue,
  })
  .map((p) => ({
    // Confirmation hours are not configurable per location (resolveMessagingPolicy): 48 / 24 / 12.
    schedule: {
      ...DEFAULT_SCHEDULE_SETTINGS,
      timeZone: p.timeZone,
      reminders: p.reminders,
      sendingHours: { start: hhmm(p.window.start), end: hhmm(p.window.end) },
      sameDayMorningTime: hhmm(p.sameDayMorning),
      confirmationRequest: p.confirmationRequest,
    },
    bookingConfirmation: { online: p.online, staff: p.staff },
    cancellationConfirmation: p.cancellationConfirmation,
  }));

/** 1 h – 10 days ahead, in minutes; mostly more than 2 days, so the confirmation path lies ahead. */
const leadMinutesArb = fc.oneof(
  { weight: 1, arbitrary: fc.integer({ min: 60, max: 2 * 24 * 60 }) },
  { weight: 2, arbitrary: fc.integer({ min: 2 * 24 * 60, max: 10 * 24 * 60 }) },
);

/** 10 min – 3 days; mostly under 12 h, so several commands land before the appointment. */
const advanceMsArb = fc.oneof(
  { weight: 2, arbitrary: fc.integer({ min: 10 * MINUTE, max: 12 * HOUR }) },
  { weight: 1, arbitrary: fc.integer({ min: 12 * HOUR, max: 3 * DAY }) },
);

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('advance' as const), ms: advanceMsArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('reschedule' as const), leadMinutes: leadMinutesArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('update' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancel' as const) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('reply' as const), intent: fc.constantFrom<PatientReplyIntent>('confirm', 'confirm', 'reschedule', 'cancel_appointment') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicateEvent' as const), pick: fc.nat({ max: 7 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('staleEvent' as const),
      type: fc.constantFrom<AppointmentEventType>('created', 'rescheduled', 'updated', 'cancelled'),
      agoMinutes: fc.integer({ min: 1, max: 2 * 24 * 60 }),
    }),
  },
);

const scenarioArb: fc.Arbitrary<Scenario> = fc.record({
  policy: policyArb,
  create: fc.record({ leadMinutes: leadMinutesArb, source: fc.constantFrom<'online' | 'staff'>('online', 'staff') }),
  commands: fc.array(commandArb, { maxLength: 7 }), // + the create: at most 8 commands
});

/** Counterexamples found before, run first on every run (before the random ones). */
const REGRESSIONS: Scenario[] = [
  // A webhook retry of the booking after the cancellation (the API re-delivers it with the row as
  // it is now: cancelled) starts a second run of the completed workflow, which confirms the
  // cancellation again (deduplicated by the send's idempotency key, but the latest run — the
  // timeline staff see — then holds only that). Found with seed 692342811.
  {
    policy: {
      schedule: { ...DEFAULT_SCHEDULE_SETTINGS, timeZone: 'America/Chicago', reminders: ['7d', '2h'] },
      bookingConfirmation: { online: true, staff: true },
      cancellationConfirmation: true,
    },
    create: { leadMinutes: 2 * 24 * 60, source: 'online' },
    commands: [{ kind: 'cancel' }, { kind: 'duplicateEvent', pick: 0 }],
  },
  // A reschedule after the workflow has finished (a missed appointment moved to a new date) starts
  // a new run, unconfirmed — but the database keeps the old run's "high_risk" (or "confirmed")
  // for the new time until the new run next changes the status.
  {
    policy: {
      schedule: { ...DEFAULT_SCHEDULE_SETTINGS, timeZone: 'America/Chicago', reminders: ['7d', '2h'] },
      bookingConfirmation: { online: true, staff: true },
      cancellationConfirmation: true,
    },
    create: { leadMinutes: 13 * 60, source: 'online' },
    commands: [
      { kind: 'advance', ms: 3 * DAY },
      { kind: 'reschedule', leadMinutes: 3 * 24 * 60 },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Records
// ---------------------------------------------------------------------------------------------

/** The model of the appointments row. */
interface Db {
  version: number;
  startsAt: number;
  status: 'booked' | 'cancelled';
  source: 'online' | 'staff';
  lastEventAt: number;
}

interface SendRecord {
  step: MessageStep;
  version: number;
  /** Workflow clock when the activity ran (env.currentTimeMs()). */
  at: number;
  /** Server time the attempt was scheduled (the workflow's own clock at the send). */
  scheduledAt: number;
  runId: string;
  /** Index in the run's log of the command during which the send happened. */
  phase: number;
  /** Whether the real activity would text the patient (not superseded, not an idempotent repeat). */
  reachesPatient: boolean;
}

interface AlertRecord {
  kind: StaffAlertKind;
  dedupeKey: string;
  at: number;
  runId: string;
  phase: number;
}

interface PhaseLog {
  phase: number;
  label: string;
  /** Workflow clock when the command began (before the model changed). */
  startedAt: number;
  /** Workflow clock after the command (and the workflow's reaction to it). */
  at: number;
  db: Db;
  /** The confirmation status the database holds (the last recordConfirmationStatus). */
  dbConfirmation: ConfirmationStatus;
  /** The run current after the command, and whether it is still running. */
  runId: string;
  open: boolean;
  confirmationStatus: ConfirmationStatus | null;
}

interface Recorder {
  workflowId: string;
  policy: AppointmentMessagingPolicy;
  db: Db;
  sentKeys: Set<string>;
  phase: number;
  sends: SendRecord[];
  alerts: AlertRecord[];
  statuses: { status: ConfirmationStatus; phase: number }[];
  inflight: number;
  strays: string[];
}

/** As libs/appointments' `stillApplies`: what the real send activity would still send. */
function stillApplies(step: MessageStep, db: Db, version: number): boolean {
  if (step === 'cancellation_confirmation') return db.status === 'cancelled';
  if (db.status !== 'booked') return false;
  if (step === 'booking_confirmation' || step === 'confirmation_ack' || step === 'reschedule_ack' || step === 'cancel_request_ack') return true;
  return db.version === version;
}

const isTimedStep = (step: string): boolean => step.startsWith('reminder:') || step === 'confirmation_request' || step === 'confirmation_follow_up';

// ---------------------------------------------------------------------------------------------
// The test
// ---------------------------------------------------------------------------------------------

describe('appointmentWorkflow properties (time-skipping, model-based)', () => {
  let env: TestWorkflowEnvironment;
  let worker: Worker;
  let workerDone: Promise<void>;
  const taskQueue = `wf-props-${randomUUID()}`;
  let rec: Recorder | null = null;

  /** The recorder of the current run, or null for a workflow left over from another run. */
  const recorderFor = (): Recorder | null => {
    const workflowId = Context.current().info.workflowExecution?.workflowId;
    if (rec && workflowId === rec.workflowId) return rec;
    if (rec) rec.strays.push(`activity from ${workflowId ?? '?'}`);
    return null;
  };

  const activities: AppointmentActivities = {
    async loadMessagingPolicy() {
      const r = recorderFor();
      return r ? r.policy : { schedule: { ...DEFAULT_SCHEDULE_SETTINGS, timeZone: ZONES[0] }, bookingConfirmation: { online: false, staff: false }, cancellationConfirmation: false };
    },
    async sendAppointmentMessage(input: SendAppointmentMessageInput) {
      const r = recorderFor();
      if (!r) return { messageId: null, status: 'superseded', duplicate: false };
      r.inflight += 1;
      try {
        const info = Context.current().info;
        const at = await env.currentTimeMs();
        const applies = stillApplies(input.step, r.db, input.version);
        const key = sendIdempotencyKey(input);
        const duplicate = applies && r.sentKeys.has(key);
        if (applies) r.sentKeys.add(key);
        r.sends.push({
          step: input.step,
          version: input.version,
          at,
          // A local activity's scheduled time is the worker's wall clock, which the time-skipping
          // server does not move; it runs inside the workflow task that scheduled it, so "now" is it.
          scheduledAt: info.isLocal ? at : info.currentAttemptScheduledTimestampMs,
          runId: info.workflowExecution?.runId ?? '?',
          phase: r.phase,
          reachesPatient: applies && !duplicate,
        });
        return { messageId: applies ? randomUUID() : null, status: applies ? 'sent' : 'superseded', duplicate };
      } finally {
        r.inflight -= 1;
      }
    },
    async recordConfirmationStatus({ status }) {
      const r = recorderFor();
      r?.statuses.push({ status, phase: r.phase });
    },
    async raiseStaffAlert({ kind, dedupeKey }) {
      const r = recorderFor();
      if (!r) return;
      r.inflight += 1;
      try {
        const at = await env.currentTimeMs();
        r.alerts.push({ kind, dedupeKey, at, runId: Context.current().info.workflowExecution?.runId ?? '?', phase: r.phase });
      } finally {
        r.inflight -= 1;
      }
    },
  };

  beforeAll(async () => {
    env = await startTimeSkippingEnv();
    // One worker (one bundle) for every run; activities report to the current run's recorder.
    worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowsPath: VARIANT_WORKFLOWS ?? WORKFLOWS_PATH,
      activities,
      bundlerOptions: workflowBundlerOptions(WORKFLOWS_PATH),
    });
    workerDone = worker.run();
  });

  afterAll(async () => {
    if (worker) {
      worker.shutdown();
      await workerDone;
    }
    await env?.teardown();
  });

  /**
   * Waits until the latest run of `workflowId` has no workflow task and no activity outstanding
   * (or has closed). Outside env.sleep the test server does not skip time (its clock only moves
   * in real time, milliseconds), so nothing new becomes due meanwhile: every effect of the last
   * command is then recorded, under that command's phase.
   */
  async function settle(workflowId: string): Promise<{ runId: string; open: boolean }> {
    for (let attempt = 0; attempt < 500; attempt++) {
      const handle = env.client.workflow.getHandle(workflowId);
      const history = await handle.fetchHistory();
      const events = history.events ?? [];
      const openTasks = new Set<string>();
      const openActivities = new Set<string>();
      let closed = false;
      let runId = '';
      for (const e of events) {
        const id = String(e.eventId);
        if (e.eventType === EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED) runId = e.workflowExecutionStartedEventAttributes?.originalExecutionRunId ?? '';
        if (e.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED) openTasks.add(id);
        if (e.eventType === EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED) openActivities.add(id);
        if (e.eventType != null && CLOSING_EVENTS.has(e.eventType)) closed = true;
        const taskDone = e.workflowTaskCompletedEventAttributes ?? e.workflowTaskFailedEventAttributes ?? e.workflowTaskTimedOutEventAttributes;
        if (taskDone) openTasks.delete(String(taskDone.scheduledEventId));
        const activityDone =
          e.activityTaskCompletedEventAttributes ?? e.activityTaskFailedEventAttributes ?? e.activityTaskTimedOutEventAttributes ?? e.activityTaskCanceledEventAttributes;
        if (activityDone) openActivities.delete(String(activityDone.scheduledEventId));
      }
      if (closed && events.some((e) => e.eventType === EventType.EVENT_TYPE_WORKFLOW_EXECUTION_FAILED)) {
        throw new Error(`workflow ${workflowId} run ${runId} failed`);
      }
      if (closed || (openTasks.size === 0 && openActivities.size === 0 && (rec?.inflight ?? 0) === 0)) return { runId, open: !closed };
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error(`workflow ${workflowId} did not settle`);
  }

  /** Runs one scenario against the real workflow; returns the records and the per-command log. */
  async function execute(s: Scenario) {
    const appointmentId = `prop-${randomUUID()}`;
    const workflowId = appointmentWorkflowId(appointmentId);
    const now0 = await env.currentTimeMs();
    const db: Db = { version: 1, startsAt: ceilMinute(now0 + s.create.leadMinutes * MINUTE), status: 'booked', source: s.create.source, lastEventAt: now0 };
    const r: Recorder = { workflowId, policy: s.policy, db, sentKeys: new Set(), phase: 0, sends: [], alerts: [], statuses: [], inflight: 0, strays: [] };
    rec = r;
    const log: PhaseLog[] = [];
    const delivered: { eventId: string; type: AppointmentEventType; occurredAt: string }[] = [];
    const replies: { phase: number; intent: PatientReplyIntent; delivered: boolean }[] = [];
    let eventCounter = 0;

    const snapshot = (): AppointmentSnapshot => ({
      appointmentId,
      patientId: 'patient-1',
      locationId: 'location-1',
      version: db.version,
      startsAt: iso(db.startsAt),
      durationMinutes: 30,
      status: db.status,
      source: db.source,
    });
    /** The API's own delivery: signal-with-start; an event that changed nothing never starts a new run. */
    const gateway = new TemporalAppointmentGateway(env.client, taskQueue);
    const deliver = async (event: AppointmentEvent, applied = true) => {
      await gateway.deliver(event, { applied });
    };
    /** A fresh booking-system event, applied to the model first (as the API does), then signalled. */
    const freshEvent = async (type: AppointmentEventType, now: number) => {
      eventCounter += 1;
      const e = { eventId: `evt-${eventCounter}`, type, occurredAt: iso(now) };
      db.lastEventAt = now;
      delivered.push(e);
      await deliver({ ...e, appointment: snapshot() });
    };

    const record = async (phase: number, label: string, startedAt: number) => {
      const { runId, open } = await settle(workflowId);
      const confirmationStatus = open ? (await env.client.workflow.getHandle(workflowId).query(appointmentStateQuery)).confirmationStatus : null;
      const dbConfirmation = r.statuses[r.statuses.length - 1]?.status ?? 'unconfirmed';
      log.push({ phase, label, startedAt, at: await env.currentTimeMs(), db: { ...db }, dbConfirmation, runId, open, confirmationStatus });
    };

    try {
      // Phase 0: the booking.
      await freshEvent('created', now0);
      await record(0, `create ${s.create.source} startsAt=${iso(db.startsAt)} v1`, now0);

      for (const [i, c] of s.commands.entries()) {
        const phase = i + 1;
        r.phase = phase;
        const now = await env.currentTimeMs();
        let label: string = c.kind;
        switch (c.kind) {
          case 'advance':
            label = `advance ${(c.ms / HOUR).toFixed(2)} h`;
            await env.sleep(c.ms);
            break;
          case 'reschedule': {
            if (db.status !== 'booked') {
              label = 'reschedule (skipped: cancelled)';
              break;
            }
            const startsAt = ceilMinute(now + c.leadMinutes * MINUTE);
            if (startsAt !== db.startsAt) db.version += 1;
            db.startsAt = startsAt;
            label = `reschedule startsAt=${iso(startsAt)} v${db.version}`;
            await freshEvent('rescheduled', now);
            break;
          }
          case 'update':
            if (db.status !== 'booked') {
              label = 'update (skipped: cancelled)';
              break;
            }
            db.version += 1;
            label = `update (provider) v${db.version}`;
            await freshEvent('updated', now);
            break;
          case 'cancel':
            if (db.status !== 'booked') {
              label = 'cancel (skipped: already cancelled)';
              break;
            }
            db.status = 'cancelled';
            await freshEvent('cancelled', now);
            break;
          case 'reply': {
            let ok = true;
            try {
              await env.client.workflow
                .getHandle(workflowId)
                .signal(patientReplySignal, { messageId: randomUUID(), intent: c.intent, receivedAt: iso(now) });
            } catch (error) {
              if (!(error instanceof WorkflowNotFoundError)) throw error;
              ok = false; // the workflow has closed; the reply reaches nobody
            }
            replies.push({ phase, intent: c.intent, delivered: ok });
            label = `reply ${c.intent}${ok ? '' : ' (workflow closed)'}`;
            break;
          }
          case 'duplicateEvent': {
            const original = delivered[c.pick % Math.max(1, delivered.length)];
            if (!original) break;
            // The API's replay: same id, type and occurredAt; the row as it is now.
            label = `duplicate of ${original.eventId} (${original.type})`;
            await deliver({ ...original, appointment: snapshot() }, false);
            break;
          }
          case 'staleEvent': {
            // Older than the last applied event: the API changes nothing and sends the current row.
            eventCounter += 1;
            const occurredAt = db.lastEventAt - c.agoMinutes * MINUTE;
            const e = { eventId: `evt-${eventCounter}`, type: c.type, occurredAt: iso(occurredAt) };
            delivered.push(e);
            label = `stale ${c.type} ${e.eventId} occurredAt=${e.occurredAt}`;
            await deliver({ ...e, appointment: snapshot() }, false);
            break;
          }
        }
        await record(phase, label, now);
      }

      // Drain: skip to a minute past the appointment's end plus the 24 h linger, when the workflow
      // must have finished. (Not handle.result(): it unlocks time skipping, and once the run has
      // closed the server's clock leaps ~10 years ahead to some internal timer.)
      const drain = s.commands.length + 1;
      r.phase = drain;
      const lastLog = log[log.length - 1];
      const drainFrom = await env.currentTimeMs();
      const wait = db.startsAt + 30 * MINUTE + DAY + MINUTE - drainFrom;
      if (lastLog?.open && wait > 0) await env.sleep(wait);
      await record(drain, 'run to the end', drainFrom);
      // What staff see (the API queries the latest run).
      const timeline = await env.client.workflow
        .getHandle(workflowId)
        .query(appointmentStateQuery)
        .then((state) => state.timeline.map((t) => `${t.at} ${t.kind}: ${t.detail}`))
        .catch((error: unknown) => [`(query failed: ${String(error)})`]);
      return { r, log, replies, workflowId, timeline };
    } finally {
      const last = await env.client.workflow
        .getHandle(workflowId)
        .describe()
        .catch(() => null);
      if (last?.status.name === 'RUNNING') await env.client.workflow.getHandle(workflowId).terminate('property run ended');
      rec = null;
    }
  }

  /** Every invariant over one run's records; returns the violations (empty: all hold). */
  function violations(s: Scenario, run: Awaited<ReturnType<typeof execute>>): string[] {
    const { r, log, replies } = run;
    const out: string[] = [];
    const { schedule } = s.policy;
    const tz = schedule.timeZone;
    const fmt = (x: { step: string; version: number; at: number; phase: number; runId: string; reachesPatient: boolean }) =>
      `${x.step} v${x.version} at ${iso(x.at)} (phase ${x.phase}, run ${x.runId.slice(0, 8)}${x.reachesPatient ? ', REACHES PATIENT' : ', deduped/superseded by the activity'})`;
    const logAt = (phase: number): PhaseLog => {
      const entry = log.find((l) => l.phase === phase);
      if (!entry) throw new Error(`no log for phase ${phase}`);
      return entry;
    };
    const firstRun = log[0]?.runId ?? '';
    const startsAtOf = new Map<number, number>();
    for (const l of log) if (!startsAtOf.has(l.db.version)) startsAtOf.set(l.db.version, l.db.startsAt);

    // The harness itself: sends are stamped with the workflow clock.
    for (const x of r.sends) if (Math.abs(x.at - x.scheduledAt) > 5_000) out.push(`harness: ${x.step} ran at ${iso(x.at)} but was scheduled at ${iso(x.scheduledAt)}`);
    for (const stray of r.strays) out.push(`harness: ${stray}`);

    // 1. Nothing after a cancel but one cancellation confirmation; nothing from a run that only
    //    re-learnt what an earlier (completed) run already knew.
    const cancel = log.find((l) => l.db.status === 'cancelled');
    if (cancel) {
      const after = r.sends.filter((x) => x.phase >= cancel.phase);
      for (const x of after) if (x.step !== 'cancellation_confirmation') out.push(`1: sent after the cancel (phase ${cancel.phase}): ${fmt(x)}`);
      const confirmations = r.sends.filter((x) => x.step === 'cancellation_confirmation');
      if (confirmations.length > 1) out.push(`1: ${confirmations.length} cancellation confirmations: ${confirmations.map(fmt).join('; ')}`);
      for (const x of confirmations) if (x.phase !== cancel.phase) out.push(`1: cancellation confirmation outside the cancel's phase ${cancel.phase}: ${fmt(x)}`);
      const previous = log.find((l) => l.phase === cancel.phase - 1);
      const expected = s.policy.cancellationConfirmation && !!previous?.open && cancel.db.startsAt > cancel.at;
      if (expected && !confirmations.some((x) => x.phase === cancel.phase)) out.push(`1: no cancellation confirmation for the cancel in phase ${cancel.phase}`);
      if (!s.policy.cancellationConfirmation && confirmations.length) out.push('1: cancellation confirmation sent although the policy turns it off');
    } else if (r.sends.some((x) => x.step === 'cancellation_confirmation')) {
      out.push('1: cancellation confirmation without a cancel');
    }
    for (const x of r.sends) {
      if (x.runId === firstRun) continue;
      const firstPhase = Math.min(...log.filter((l) => l.runId === x.runId).map((l) => l.phase));
      const knownBefore = Math.max(0, ...log.filter((l) => l.phase < firstPhase).map((l) => l.db.version));
      if (x.version <= knownBefore) out.push(`1: sent by a new run (started in phase ${firstPhase}) after the workflow had completed, for v${x.version} already handled: ${fmt(x)}`);
    }

    // 2. Timed messages only for the version current when sent, and before its start.
    // 4. …and inside the sending hours.
    for (const x of r.sends.filter((y) => isTimedStep(y.step))) {
      // The server clock runs in real time between commands: a step that fell due in the few ms
      // before this command's signal belongs to the state before it.
      const current = logAt(x.phase);
      const l = x.scheduledAt < current.startedAt && x.phase > 0 ? logAt(x.phase - 1) : current;
      if (x.version !== l.db.version) out.push(`2: superseded version (current v${l.db.version}): ${fmt(x)}`);
      if (x.at >= (startsAtOf.get(x.version) ?? 0)) out.push(`2: at/after the v${x.version} start ${iso(startsAtOf.get(x.version) ?? 0)}: ${fmt(x)}`);
      if (l.db.status !== 'booked') out.push(`2: appointment ${l.db.status}: ${fmt(x)}`);
      if (!isWithinSendingHours(x.at, schedule.sendingHours, tz)) out.push(`4: outside sending hours ${schedule.sendingHours.start}-${schedule.sendingHours.end} ${tz}: ${fmt(x)}`);
    }

    // Each time the appointment is given (counted per reschedule) and the versions at it.
    const epochOfVersion = new Map<number, number>(); // version → how many time changes before it
    {
      let e = 0;
      for (const [i, l] of log.entries()) {
        if (i > 0 && log[i - 1]?.db.startsAt !== l.db.startsAt) e += 1;
        if (!epochOfVersion.has(l.db.version)) epochOfVersion.set(l.db.version, e);
      }
    }

    // 3. Each (step, version) at most once — and each timed step once per appointment time, even
    //    across a provider/service change (new version, same time).
    const perTime = new Map<string, SendRecord>();
    for (const x of r.sends.filter((y) => isTimedStep(y.step))) {
      const key = `${x.step}@${epochOfVersion.get(x.version) ?? '?'}`;
      const before = perTime.get(key);
      if (before) out.push(`3: ${x.step} twice for the same appointment time: ${fmt(before)} and ${fmt(x)}`);
      perTime.set(key, x);
    }
    const seen = new Map<string, SendRecord>();
    for (const x of r.sends) {
      const key = `${x.step}:v${x.version}`;
      const before = seen.get(key);
      if (before) out.push(`3: ${key} twice: ${fmt(before)} and ${fmt(x)}`);
      seen.set(key, x);
    }

    // 5. Confirmation state follows the replies. A confirmation holds for the appointment's time:
    //    a reschedule (new time) voids it, a new provider or service (new version, same time) not.
    const confirmedIn = new Map<number, number>(); // epoch → phase of the first effective confirm
    let expectConfirmed: number | null = null; // epoch
    for (const l of log) {
      const previous = log.find((p) => p.phase === l.phase - 1);
      const epoch = epochOfVersion.get(l.db.version) ?? -1;
      if (previous && previous.db.startsAt !== l.db.startsAt) {
        expectConfirmed = null;
        if (l.open && l.db.status === 'booked' && l.confirmationStatus !== 'unconfirmed') {
          out.push(`5: after the reschedule to ${iso(l.db.startsAt)} (v${l.db.version}, phase ${l.phase}) the status is ${l.confirmationStatus}, expected unconfirmed`);
        }
      }
      const reply = replies.find((x) => x.phase === l.phase);
      if (reply?.delivered && previous?.open && l.db.status === 'booked') {
        if (reply.intent === 'confirm') {
          expectConfirmed = epoch;
          if (!confirmedIn.has(epoch)) confirmedIn.set(epoch, l.phase);
        } else if (reply.intent === 'reschedule') {
          expectConfirmed = null;
        }
      }
      if (l.open && l.db.status === 'booked' && expectConfirmed === epoch && l.confirmationStatus !== 'confirmed') {
        out.push(`5: status ${l.confirmationStatus} after phase ${l.phase} (${l.label}), expected confirmed (confirmed in phase ${confirmedIn.get(epoch)})`);
      }
    }
    // …and the database (what the calendar and the daily digest read) says the same as the workflow.
    for (const l of log) {
      if (l.open && l.confirmationStatus !== l.dbConfirmation) {
        out.push(`5: after phase ${l.phase} (${l.label}) the workflow says ${l.confirmationStatus} but the database says ${l.dbConfirmation}`);
      }
    }
    for (const x of r.sends.filter((y) => y.step === 'confirmation_follow_up' || y.step === 'confirmation_request')) {
      const confirmed = confirmedIn.get(epochOfVersion.get(x.version) ?? -1);
      if (confirmed !== undefined && x.phase > confirmed) out.push(`5: ${x.step} after the patient confirmed this time in phase ${confirmed}: ${fmt(x)}`);
    }
    for (const a of r.alerts.filter((y) => y.kind === 'high_risk')) {
      const version = Number(/:high-risk:v(\d+)$/.exec(a.dedupeKey)?.[1]);
      const startsAt = startsAtOf.get(version);
      const confirmed = confirmedIn.get(epochOfVersion.get(version) ?? -1);
      if (confirmed !== undefined && a.phase > confirmed) out.push(`5: high-risk alert for v${version} at ${iso(a.at)} although this time was confirmed in phase ${confirmed}`);
      if (startsAt === undefined || a.at < startsAt - schedule.highRiskHours * HOUR || a.at >= startsAt) {
        out.push(`5: high-risk alert for v${version} at ${iso(a.at)} outside [start − ${schedule.highRiskHours} h, start) of ${startsAt === undefined ? '?' : iso(startsAt)}`);
      }
      const current = logAt(a.phase);
      const l = a.at < current.startedAt && a.phase > 0 ? logAt(a.phase - 1) : current;
      if (l.db.version !== version) out.push(`5: high-risk alert for superseded v${version} at ${iso(a.at)} (phase ${a.phase})`);
    }
    if (!schedule.confirmationRequest) {
      for (const x of r.sends.filter((y) => y.step === 'confirmation_request' || y.step === 'confirmation_follow_up')) out.push(`5: ${fmt(x)} with confirmation requests off`);
      for (const a of r.alerts.filter((y) => y.kind === 'high_risk')) out.push(`5: high-risk alert (${a.dedupeKey}) with confirmation requests off`);
    }

    // 6. One booking confirmation per workflow run, when the policy wants one for the source.
    const bookings = r.sends.filter((x) => x.step === 'booking_confirmation');
    for (const runId of new Set(bookings.map((x) => x.runId))) {
      const mine = bookings.filter((x) => x.runId === runId);
      if (mine.length > 1) out.push(`6: ${mine.length} booking confirmations in one run: ${mine.map(fmt).join('; ')}`);
    }
    if (!s.policy.bookingConfirmation[s.create.source] && bookings.length) out.push(`6: booking confirmation although off for ${s.create.source}: ${bookings.map(fmt).join('; ')}`);
    // A booking the patient made online is confirmed at once, at any hour; any other waits for
    // sending hours (bookingConfirmationAt), so it is sent at once only when booked inside them.
    if (s.policy.bookingConfirmation[s.create.source]) {
      const bookedAt = logAt(0).startedAt;
      const bookedInsideHours = isWithinSendingHours(bookedAt, schedule.sendingHours, tz) && isWithinSendingHours(bookedAt + 60_000, schedule.sendingHours, tz);
      if ((s.create.source === 'online' || bookedInsideHours) && !bookings.some((x) => x.phase === 0)) out.push('6: no booking confirmation for the booking');
      if (s.create.source === 'staff') {
        for (const x of bookings) if (!isWithinSendingHours(x.scheduledAt, schedule.sendingHours, tz)) out.push(`6: staff booking confirmed outside sending hours: ${fmt(x)}`);
      }
    }

    const final = log[log.length - 1];
    if (final?.open) out.push(`liveness: still running a minute after the appointment's end + 24 h (run ${final.runId.slice(0, 8)})`);

    // Liveness (beyond the brief, cheap): every reminder planned for the final time, from when it
    // was set, is sent at its planned minute (under whichever version is current then).
    if (final && !cancel) {
      const finalEpoch = epochOfVersion.get(final.db.version);
      const since = log.find((l) => epochOfVersion.get(l.db.version) === finalEpoch);
      if (since) {
        const planned = planAppointmentSteps({ startsAt: final.db.startsAt, now: since.at, settings: schedule }).steps.filter((p) => p.kind === 'reminder');
        for (const p of planned) {
          const x = r.sends.find((y) => y.step === p.id && epochOfVersion.get(y.version) === finalEpoch);
          if (!x) out.push(`liveness: planned ${p.id} at ${iso(p.at)} for ${iso(final.db.startsAt)} never sent`);
          else if (Math.abs(x.at - p.at) >= MINUTE) out.push(`liveness: ${p.id} planned at ${iso(p.at)}, sent ${fmt(x)}`);
        }
      }
    }
    return out;
  }

  function report(s: Scenario, run: Awaited<ReturnType<typeof execute>>, problems: string[]): string {
    const { r, log } = run;
    return [
      `${problems.length} invariant violation(s):`,
      ...problems.map((p) => `  - ${p}`),
      `policy: ${JSON.stringify(s.policy)}`,
      'commands:',
      ...log.map(
        (l) =>
          `  [${l.phase}] ${iso(l.at)} ${l.label} → v${l.db.version} ${l.db.status}, run ${l.runId.slice(0, 8)} ${l.open ? 'open' : 'closed'}, workflow ${l.confirmationStatus ?? '-'} / db ${l.dbConfirmation}`,
      ),
      'sends:',
      ...r.sends.map((x) => `  [${x.phase}] ${iso(x.at)} ${x.step} v${x.version} run ${x.runId.slice(0, 8)}${x.reachesPatient ? '' : ' (not delivered by the activity)'}`),
      'alerts:',
      ...r.alerts.map((a) => `  [${a.phase}] ${iso(a.at)} ${a.kind} ${a.dedupeKey.replace(/^.*?:/, '')}`),
      'timeline of the latest run (what staff see):',
      ...run.timeline.map((t) => `  ${t}`),
    ].join('\n');
  }

  it(
    'keeps every messaging invariant under random bookings, reschedules, cancels, replies, replays, stale events and time',
    async () => {
      await fc.assert(
        fc.asyncProperty(scenarioArb, async (s) => {
          const run = await execute(s);
          const problems = violations(s, run);
          if (DEBUG) console.log(report(s, run, problems));
          if (problems.length) throw new Error(report(s, run, problems));
        }),
        {
          numRuns: NUM_RUNS,
          seed: SEED,
          path: PATH,
          examples: SEED === undefined ? REGRESSIONS.map((scenario): [Scenario] => [scenario]) : [],
          // Running out of time before numRuns is a failure: an interrupted run proves nothing.
          plugins: [fc.interruptAfterTimeLimit(TIME_LIMIT_MS, { failOnInterrupt: true })],
        },
      );
    },
    TIME_LIMIT_MS + 90_000,
  );
});
