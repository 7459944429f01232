import type { AppConfig } from '@beacon/config';
import { Staff, StaffAlert, type EntityManager, type PushEvent, type StaffAlertKind } from '@beacon/db';
import { loadPatientAccessFacts } from '@beacon/staff';
import type { PushActivities, PushOutcome } from '@beacon/workflows/push/definitions.js';
import { HIGH_PRIORITY_EVENTS, notificationEventOf } from '../notification-events.js';
import { mayBeToldAbout } from '../notification-recipients.util.js';
import { pushPayload, pushTopic, type PushKind } from './push-payload.util.js';
import type { PushSender } from './push-sender.js';

export interface PushDeps {
  em: () => EntityManager;
  /** Null when push is not configured (no VAPID keys): nothing is pushed. */
  sender: PushSender | null;
  config: Pick<AppConfig, 'CONSOLE_BASE_URL'>;
}

/** How long one attempt may hold a push it is sending (longer than the sender's timeout). */
const SEND_CLAIM_SECONDS = 60;
/** A push about a text is of no use after this long (the device was offline). */
const TTL_SECONDS = 6 * 3600;

interface PushSubject {
  /** The push everyone allowed to see the thread gets; null when only the thread's assignee is told. */
  kind: PushKind | null;
  /** For an alert: when it is about a patient, the thread's assignee is told it is theirs ("Alert assigned to you"). */
  alertKind: StaffAlertKind | null;
  /** Only this person is told (a thread just given to them), if the thread is still theirs. */
  onlyStaffId: string | null;
  /** The idempotency key's event part: one push per event and device. */
  key: string;
  organizationId: string;
  locationId: string;
  patientId: string | null;
}

interface SubscriptionRow {
  id: string;
  staff_id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
}

/**
 * Pushes an event to the devices of staff who may see its thread (the one access rule): a new text or an
 * urgent alert to each of them; an alert about an assigned thread, or a thread just given to someone with
 * an open alert, to the assignee as "Alert assigned to you" (one push per alert and device). Every push is a
 * `push_delivery` row with an idempotency key (`<event>:<subscription id>`) claimed under a lease while
 * it is sent and marked sent after: a retried activity pushes only to devices not marked yet, and the
 * push's Topic (from the same key) makes a repeat after a crash replace, not add to, an undelivered one.
 * A subscription the push service no longer knows (404/410) is deleted.
 */
export function createPushActivities(deps: PushDeps): PushActivities {
  return {
    async sendPushNotifications({ event }): Promise<PushOutcome> {
      const outcome: PushOutcome = { sent: 0, gone: 0 };
      if (!deps.sender) return outcome;
      const em = deps.em();
      const subject = await pushSubject(em, event);
      if (!subject) return outcome;
      const patient = subject.patientId ? await loadPatientAccessFacts(em, subject.organizationId, subject.locationId, subject.patientId) : null;
      const about = { organizationId: subject.organizationId, locationId: subject.locationId, patient: patient?.facts ?? null, countsEveryPatient: false };

      const subscriptions = await em.execute<SubscriptionRow[]>(
        `select p.id, p.staff_id, p.endpoint, p.p256dh, p.auth from push_subscription p where p.organization_id = ? order by p.id`,
        [subject.organizationId],
      );
      if (!subscriptions.length) return outcome;
      const staff = await em.find(Staff, { id: { $in: [...new Set(subscriptions.map((s) => s.staff_id))] } });
      const allowed = new Set(staff.filter((s) => mayBeToldAbout({ ...s, providerName: s.providerName ?? null }, about)).map((s) => s.id));
      // The thread's assignee is told an alert about it is theirs; everyone else allowed gets the event's own push, if it has one.
      const assignee = subject.alertKind ? (patient?.facts.assignedStaffId ?? null) : null;
      if (subject.onlyStaffId && subject.onlyStaffId !== assignee) return outcome; // given to someone else since
      const link = { conversationId: patient?.conversationId ?? null, consoleBaseUrl: deps.config.CONSOLE_BASE_URL };
      const toAssignee = subject.alertKind && assignee ? pushPayload({ kind: 'alert_assigned', alertKind: subject.alertKind, ...link }) : null;
      const toEveryone = subject.kind ? pushPayload({ kind: subject.kind, ...link }) : null;
      // As urgent as the email about the same event.
      const urgency = subject.alertKind && HIGH_PRIORITY_EVENTS.has(notificationEventOf(subject.alertKind)) ? 'high' : 'normal';

      const failures: unknown[] = [];
      let inProgress = false;
      for (const subscription of subscriptions.filter((s) => allowed.has(s.staff_id))) {
        const payload = subscription.staff_id === assignee ? toAssignee : toEveryone;
        if (!payload) continue;
        const key = `${subject.key}:${subscription.id}`;
        const claim = await claimDelivery(em, key, subscription.id);
        if (claim === 'sent') {
          outcome.sent += 1;
          continue;
        }
        if (claim === 'busy') {
          inProgress = true;
          continue;
        }
        // Outside any transaction: no connection is held across the push service's answer.
        const result = await deps.sender
          .send(subscription, payload, { ttlSeconds: TTL_SECONDS, urgency, topic: pushTopic(key) })
          .catch(async (error: unknown) => {
            await em.execute(`update push_delivery set claimed_until = null where idempotency_key = ? and status = 'sending'`, [key]);
            failures.push(error);
            return 'failed' as const;
          });
        if (result === 'gone') {
          // The browser unsubscribed or the push service dropped it: it will never receive anything again.
          await em.execute(`delete from push_subscription where id = ?`, [subscription.id]);
          outcome.gone += 1;
        } else if (result === 'sent') {
          await em.execute(`update push_delivery set status = 'sent', sent_at = now(), claimed_until = null where idempotency_key = ?`, [key]);
          await em.execute(`update push_subscription set last_success_at = now() where id = ?`, [subscription.id]);
          outcome.sent += 1;
        }
      }
      if (failures.length) throw new AggregateError(failures, `${failures.length} push(es) failed; retrying only those.`);
      if (inProgress) throw new Error('Another attempt is sending some of these pushes; trying again once its claim expires.');
      return outcome;
    },
  };
}

/** What the event is about, or null when there is nothing to push (a deleted row, an alert nobody is pushed, an alert dealt with). */
async function pushSubject(em: EntityManager, event: PushEvent): Promise<PushSubject | null> {
  switch (event.kind) {
    case 'alert':
    case 'assigned': {
      const alert = await em.findOne(StaffAlert, event.alertId);
      if (!alert) return null;
      // A thread given to someone names its newest open alert; one acknowledged meanwhile needs no push.
      if (event.kind === 'assigned' && alert.acknowledgedAt) return null;
      // A kind added to PUSHED_ALERT_KINDS (which decides when this workflow starts) reaches everyone only once it has a title here.
      const everyone: PushKind | null = event.kind === 'alert' && alert.kind === 'urgent_patient_message' ? 'urgent_patient_message' : null;
      if (!everyone && !alert.patientId) return null;
      return {
        kind: everyone,
        alertKind: alert.kind,
        onlyStaffId: event.kind === 'assigned' ? event.staffId : null,
        // The same key for both events: a device told of an alert is not told of it again when its thread is given to its owner.
        key: `alert:${alert.id}`,
        organizationId: alert.organizationId,
        locationId: alert.locationId,
        patientId: alert.patientId ?? null,
      };
    }
    case 'new_message': {
      const [row] = await em.execute<{ organization_id: string; location_id: string; patient_id: string }[]>(
        `select c.organization_id, c.location_id, c.patient_id from message m join conversation c on c.id = m.conversation_id where m.id = ? and m.direction = 'inbound'`,
        [event.messageId],
      );
      return row
        ? { kind: 'new_message', alertKind: null, onlyStaffId: null, key: `message:${event.messageId}`, organizationId: row.organization_id, locationId: row.location_id, patientId: row.patient_id }
        : null;
    }
  }
}

/** 'mine' when this attempt may send the push now; 'sent' when an earlier one did; 'busy' while another attempt holds it. */
async function claimDelivery(em: EntityManager, key: string, subscriptionId: string): Promise<'mine' | 'sent' | 'busy'> {
  const claimed = await em.execute<{ status: string }[]>(
    `insert into push_delivery (idempotency_key, subscription_id, status, claimed_until) values (?, ?, 'sending', now() + make_interval(secs => ?))
     on conflict (idempotency_key) do update set claimed_until = excluded.claimed_until
       where push_delivery.status = 'sending' and (push_delivery.claimed_until is null or push_delivery.claimed_until < now())
     returning status`,
    [key, subscriptionId, SEND_CLAIM_SECONDS],
  );
  if (claimed.length) return 'mine';
  const [row] = await em.execute<{ status: string }[]>(`select status from push_delivery where idempotency_key = ?`, [key]);
  return row?.status === 'sent' ? 'sent' : 'busy';
}
