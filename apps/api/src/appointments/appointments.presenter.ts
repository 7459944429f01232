import { riskScore, type RiskScore } from '@beacon/appointments';
import type { IAppointment, IPatient } from '@beacon/db';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import type { AppointmentDaySummary, AppointmentDetail, AppointmentView } from '@beacon/contracts';
import { presentPhone } from '../inbox/inbox.presenter.js';

const HOUR_MS = 60 * 60 * 1000;
const LATE_CANCEL_MS = 24 * HOUR_MS;

/** Everything about one appointment that does not depend on who is looking. */
export interface AppointmentFacts {
  appointment: IAppointment;
  patient: IPatient;
  risk: RiskScore;
}

type HistoryRow = Pick<IAppointment, 'id' | 'patientId' | 'status' | 'startsAt' | 'updatedAt'>;

/** A cancellation counts as late when it was made within 24 h of the start. */
export function isLateCancellation(a: Pick<IAppointment, 'status' | 'startsAt' | 'updatedAt'>): boolean {
  return a.status === 'cancelled' && Math.abs(a.startsAt.getTime() - a.updatedAt.getTime()) <= LATE_CANCEL_MS;
}

/** Scores an appointment from the patient's other appointments (no-shows, late cancellations). */
export function scoreAppointment(appointment: IAppointment, history: readonly HistoryRow[], now: Date): RiskScore {
  const others = history.filter((h) => h.patientId === appointment.patientId && h.id !== appointment.id);
  return riskScore({
    confirmationStatus: appointment.confirmationStatus,
    priorNoShows: others.filter((h) => h.status === 'no_show').length,
    priorLateCancels: others.filter(isLateCancellation).length,
    leadTimeHours: (appointment.startsAt.getTime() - appointment.createdAt.getTime()) / HOUR_MS,
    hoursUntilStart: (appointment.startsAt.getTime() - now.getTime()) / HOUR_MS,
  });
}

/** The calendar's view of an appointment, with the phone number as this staff member may see it. */
export function presentAppointment(staff: Pick<AuthenticatedStaff, 'permissions'>, f: AppointmentFacts): AppointmentView {
  const a = f.appointment;
  return {
    id: a.id,
    locationId: a.locationId,
    startsAt: a.startsAt.toISOString(),
    durationMinutes: a.durationMinutes,
    providerName: a.providerName,
    serviceName: a.serviceName,
    status: a.status,
    confirmationStatus: a.confirmationStatus,
    source: a.source,
    patient: { id: f.patient.id, firstName: f.patient.firstName, lastName: f.patient.lastName, phone: presentPhone(staff, f.patient.phone) },
    risk: { score: f.risk.score, level: f.risk.level, reasons: f.risk.reasons },
  };
}

export type { AppointmentView };
export type AppointmentDetailView = AppointmentDetail;
export type AppointmentSummaryView = AppointmentDaySummary;
