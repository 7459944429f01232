import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { StaffAlertKind } from '../entities/staff-alert.entity.js';
import { DEVICE_PUSH_INSERT, OUTBOX_CHANNEL, outboxRow, PUSHED_ALERT_KINDS, pushNotificationCommand, staffNotificationCommand } from '../outbox/outbox.js';

export interface StaffAlertInput {
  organizationId: string;
  locationId: string;
  appointmentId?: string | null;
  patientId?: string | null;
  kind: StaffAlertKind;
  message: string;
  /** The same key raised twice (an activity retry, a webhook retry) stores one alert. */
  dedupeKey: string;
}

/**
 * The one writer of staff alerts: every part that alerts staff goes through here. One statement
 * stores the alert (shown live in the console) and, only when it is new, the outbox row that starts
 * its email notification on the background queue — so the email exists exactly when the alert does,
 * and nothing is sent from the caller's (webhook or activity) path. Alerts of a pushed kind (an urgent
 * patient text) also start, in the same statement, the push to the devices of staff who may see the
 * thread; an alert about a thread assigned to someone with a subscribed device starts it too ("alert
 * assigned to you") — only when the organisation has a device subscribed.
 */
export async function raiseStaffAlert(em: EntityManager, alert: StaffAlertInput): Promise<void> {
  const id = randomUUID();
  await em.execute(
    `with alert as (
       insert into staff_alert (id, organization_id, location_id, appointment_id, patient_id, kind, message, dedupe_key, acknowledged_at, acknowledged_by, created_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, null, null, ?) on conflict (dedupe_key) do nothing returning id),
     queued as (insert into outbox (kind, lane, ordering_key, payload) select ?, ?, ?, ?::jsonb from alert returning 1),
     pushed as (${DEVICE_PUSH_INSERT} and exists (select 1 from alert) and (?::boolean or exists (
       select 1 from conversation c join push_subscription s on s.staff_id = c.assigned_staff_id where c.location_id = ?::uuid and c.patient_id = ?::uuid)))
     select pg_notify(?, '') from queued`,
    [
      id,
      alert.organizationId,
      alert.locationId,
      alert.appointmentId ?? null,
      alert.patientId ?? null,
      alert.kind,
      alert.message,
      alert.dedupeKey,
      new Date(),
      ...outboxRow(staffNotificationCommand(id)),
      ...outboxRow(pushNotificationCommand({ kind: 'alert', alertId: id })),
      alert.organizationId,
      PUSHED_ALERT_KINDS.has(alert.kind),
      alert.locationId,
      alert.patientId ?? null,
      OUTBOX_CHANNEL,
    ],
  );
}
