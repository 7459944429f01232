import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { Patient, StaffAlert, type MikroORM, type StaffAlertKind } from '@beacon/db';
import { assertLocationAccess } from '../auth/access.util.js';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { PatientAccessService } from '../auth/patient-access.service.js';
import { ApiError } from '../common/api-error.js';
import { ORM } from '../core/tokens.js';
import { presentFreeText } from '../inbox/inbox.presenter.js';
import type { ListAlertsQuery } from '@beacon/contracts';
import { alertPatientLabel } from './patient-label.util.js';
import type { AlertView } from '@beacon/contracts';

/**
 * Alerts that count patients across the whole location ("5 unconfirmed appointments tomorrow"): only for
 * staff who may see every patient there; someone limited to their own patients gets their own count from
 * the calendar's summary instead.
 */
const LOCATION_COUNT_KINDS: readonly StaffAlertKind[] = ['daily_digest'];

/** The most alerts returned at once; older open alerts appear as newer ones are acknowledged. */
export const MAX_ALERTS = 50;

export type { AlertView };

@Injectable()
export class AlertsService {
  constructor(
    @Inject(ORM) private readonly orm: MikroORM,
    private readonly access: PatientAccessService,
  ) {}

  /** Unacknowledged alerts at a location, newest first. */
  async list(staff: AuthenticatedStaff, query: ListAlertsQuery): Promise<AlertView[]> {
    assertLocationAccess(staff, query.locationId);
    const em = this.orm.em.fork();
    // Alerts about a patient are shown only to those who may see that patient (filtered before the limit,
    // so older alerts about their own patients are not crowded out); location-wide ones to everyone there,
    // except counts over every patient.
    const rule = this.access.condition(staff, { organizationId: 'a.organization_id', locationId: 'a.location_id', patientId: 'a.patient_id' });
    const ids = await em.execute<{ id: string }[]>(
      `select a.id from staff_alert a
        where a.organization_id = ? and a.location_id = ? and a.acknowledged_at is null
          and ((a.patient_id is null and (?::boolean or a.kind <> all(?::text[]))) or ${rule.sql})
        order by a.created_at desc, a.id desc limit ?`,
      [staff.organizationId, query.locationId, this.access.seesEveryPatient(staff), `{${LOCATION_COUNT_KINDS.join(',')}}`, ...rule.params, MAX_ALERTS],
    );
    const rows = ids.length ? await em.find(StaffAlert, { id: { $in: ids.map((r) => r.id) } }, { orderBy: { createdAt: 'desc', id: 'desc' } }) : [];
    // Only patients of alerts that passed the access rule above are read.
    const patientIds = [...new Set(rows.flatMap((a) => (a.patientId ? [a.patientId] : [])))];
    const patients = patientIds.length
      ? await em.find(Patient, { id: { $in: patientIds }, organizationId: staff.organizationId }, { fields: ['id', 'firstName', 'lastName', 'phone'] })
      : [];
    const names = new Map(patients.map((p) => [p.id, alertPatientLabel(p)]));
    return rows.map((a) => ({
      id: a.id,
      kind: a.kind,
      message: presentFreeText(staff, a.message),
      appointmentId: a.appointmentId ?? null,
      patientId: a.patientId ?? null,
      patientName: (a.patientId && names.get(a.patientId)) || null,
      createdAt: a.createdAt.toISOString(),
    }));
  }

  /** Marks an alert as handled. Acknowledging an already acknowledged alert keeps the first acknowledgement. */
  async acknowledge(staff: AuthenticatedStaff, alertId: string): Promise<void> {
    const em = this.orm.em.fork();
    const alert = await em.findOne(StaffAlert, { id: alertId, organizationId: staff.organizationId });
    if (!alert) throw new ApiError(HttpStatus.NOT_FOUND, 'ALERT_NOT_FOUND', 'This alert does not exist.');
    assertLocationAccess(staff, alert.locationId);
    const hidden = alert.patientId
      ? !(await this.access.canViewPatient(staff, { organizationId: alert.organizationId, locationId: alert.locationId, patientId: alert.patientId }))
      : LOCATION_COUNT_KINDS.includes(alert.kind) && !this.access.seesEveryPatient(staff);
    if (hidden) {
      throw new ApiError(HttpStatus.NOT_FOUND, 'ALERT_NOT_FOUND', 'This alert does not exist.');
    }
    if (alert.acknowledgedAt) return;
    await em.nativeUpdate(StaffAlert, { id: alert.id, acknowledgedAt: null }, { acknowledgedAt: new Date(), acknowledgedBy: staff.id });
  }
}
