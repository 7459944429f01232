import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { StaffAlert, type StaffAlertKind } from '../entities/staff-alert.entity.js';

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

/** The one writer of staff alerts: every part that alerts staff goes through here. */
export async function raiseStaffAlert(em: EntityManager, alert: StaffAlertInput): Promise<void> {
  await em
    .createQueryBuilder(StaffAlert)
    .insert({
      id: randomUUID(),
      organizationId: alert.organizationId,
      locationId: alert.locationId,
      appointmentId: alert.appointmentId ?? null,
      patientId: alert.patientId ?? null,
      kind: alert.kind,
      message: alert.message,
      dedupeKey: alert.dedupeKey,
      acknowledgedAt: null,
      acknowledgedBy: null,
      createdAt: new Date(),
    })
    .onConflict('dedupeKey')
    .ignore()
    .execute();
}
