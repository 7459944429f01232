import { riskScore, type RiskScore } from '@beacon/appointments';
import type { IAppointment, IPatient } from '@beacon/db';
import type { PlannedStepView, TimelineEntry } from '@beacon/workflows/appointment/definitions.js';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
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
export function presentAppointment(staff: Pick<AuthenticatedStaff, 'permissions'>, f: AppointmentFacts) {
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

export type AppointmentView = ReturnType<typeof presentAppointment>;

export interface AppointmentDetailView extends AppointmentView {
  /** What the appointment's workflow did, oldest first; empty when the workflow could not be asked. */
  timeline: TimelineEntry[];
  /** The workflow's steps still to come (reminders, confirmation request, checks), soonest first; empty when it could not be asked. */
  upcoming: PlannedStepView[];
  timelineAvailable: boolean;
  /** The patient's conversation at this location (created if there was none), for "message from calendar". */
  conversationId: string;
}

export interface AppointmentSummaryView {
  date: string;
  unconfirmed: number;
  highRisk: number;
  total: number;
}
