import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { StaffAlertKind } from '../entities/staff-alert.entity.js';
import { OUTBOX_CHANNEL, outboxRow, staffNotificationCommand } from '../outbox/outbox.js';

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
 * and nothing is sent from the caller's (webhook or activity) path.
 */
export async function raiseStaffAlert(em: EntityManager, alert: StaffAlertInput): Promise<void> {
  const id = randomUUID();
  await em.execute(
    `with alert as (
       insert into staff_alert (id, organization_id, location_id, appointment_id, patient_id, kind, message, dedupe_key, acknowledged_at, acknowledged_by, created_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, null, null, ?) on conflict (dedupe_key) do nothing returning id),
     queued as (insert into outbox (kind, lane, ordering_key, payload) select ?, ?, ?, ?::jsonb from alert returning 1)
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
      OUTBOX_CHANNEL,
    ],
  );
}
