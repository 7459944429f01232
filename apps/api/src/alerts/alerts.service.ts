import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { StaffAlert, type MikroORM, type StaffAlertKind } from '@beacon/db';
import { assertLocationAccess } from '../auth/access.util.js';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { PatientAccessService } from '../auth/patient-access.service.js';
import { ApiError } from '../common/api-error.js';
import { ORM } from '../core/tokens.js';
import type { ListAlertsQuery } from './alerts.schemas.js';

/** The most alerts returned at once; older open alerts appear as newer ones are acknowledged. */
export const MAX_ALERTS = 50;

export interface AlertView {
  id: string;
  kind: StaffAlertKind;
  message: string;
  appointmentId: string | null;
  patientId: string | null;
  createdAt: string;
}

@Injectable()
export class AlertsService {
  constructor(
    @Inject(ORM) private readonly orm: MikroORM,
    private readonly access: PatientAccessService,
  ) {}

  /** Unacknowledged alerts at a location, newest first. */
  async list(staff: AuthenticatedStaff, query: ListAlertsQuery): Promise<AlertView[]> {
    assertLocationAccess(staff, query.locationId);
    const rows = await this.orm.em
      .fork()
      .find(
        StaffAlert,
        { organizationId: staff.organizationId, locationId: query.locationId, acknowledgedAt: null },
        { orderBy: { createdAt: 'desc', id: 'desc' }, limit: MAX_ALERTS },
      );
    // Alerts about a patient are shown only to those who may see that patient; location-wide ones to everyone there.
    const visible = await this.access.visiblePatientIds(staff, staff.organizationId, query.locationId, rows.flatMap((a) => (a.patientId ? [a.patientId] : [])));
    return rows.filter((a) => !a.patientId || visible.has(a.patientId)).map((a) => ({
      id: a.id,
      kind: a.kind,
      message: a.message,
      appointmentId: a.appointmentId ?? null,
      patientId: a.patientId ?? null,
      createdAt: a.createdAt.toISOString(),
    }));
  }

  /** Marks an alert as handled. Acknowledging an already acknowledged alert keeps the first acknowledgement. */
  async acknowledge(staff: AuthenticatedStaff, alertId: string): Promise<void> {
    const em = this.orm.em.fork();
    const alert = await em.findOne(StaffAlert, { id: alertId, organizationId: staff.organizationId });
    if (!alert) throw new ApiError(HttpStatus.NOT_FOUND, 'ALERT_NOT_FOUND', 'This alert does not exist.');
    assertLocationAccess(staff, alert.locationId);
    if (alert.patientId && !(await this.access.canViewPatient(staff, { organizationId: alert.organizationId, locationId: alert.locationId, patientId: alert.patientId }))) {
      throw new ApiError(HttpStatus.NOT_FOUND, 'ALERT_NOT_FOUND', 'This alert does not exist.');
    }
    if (alert.acknowledgedAt) return;
    await em.nativeUpdate(StaffAlert, { id: alert.id, acknowledgedAt: null }, { acknowledgedAt: new Date(), acknowledgedBy: staff.id });
  }
}
