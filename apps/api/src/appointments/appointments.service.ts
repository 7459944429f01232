import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import { Appointment, Location, Patient, type EntityManager, type IAppointment, type ILocation, type MikroORM } from '@beacon/db';
import { findOrCreateConversation } from '@beacon/inbox';
import type { Logger } from '@beacon/logging';
import { appointmentStateQuery, appointmentWorkflowId, type PlannedStepView, type TimelineEntry } from '@beacon/workflows/appointment/definitions.js';
import { assertLocationAccess } from '../auth/access.util.js';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { PatientAccessService } from '../auth/patient-access.service.js';
import { localDayRange } from '@beacon/scheduling';
import { AuditService } from '../audit/audit.service.js';
import { ApiError } from '../common/api-error.js';
import { LOGGER, ORM, TEMPORAL_CLIENT } from '../core/tokens.js';
import {
  presentAppointment,
  scoreAppointment,
  type AppointmentDetailView,
  type AppointmentFacts,
  type AppointmentSummaryView,
  type AppointmentView,
} from './appointments.presenter.js';
import type { AppointmentSummaryQuery, ListAppointmentsQuery } from '@beacon/contracts';

/** More than a month of a busy clinic; a range is cut here rather than loading without bound. */
const MAX_APPOINTMENTS = 2000;
/** How long to wait for the workflow to answer a query before showing the appointment without its timeline. */
const TIMELINE_QUERY_TIMEOUT_MS = 5000;

@Injectable()
export class AppointmentsService {
  constructor(
    @Inject(ORM) private readonly orm: MikroORM,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly access: PatientAccessService,
    private readonly audit: AuditService,
  ) {}

  /** Appointments at a location starting in [from, to), earliest first. */
  async list(staff: AuthenticatedStaff, query: ListAppointmentsQuery): Promise<AppointmentView[]> {
    const em = this.orm.em.fork();
    const location = await this.location(em, staff, query.locationId);
    const facts = await this.inRange(em, staff, location, query.from, query.to);
    return facts.map((f) => presentAppointment(staff, f));
  }

  /**
   * Counts for one local calendar day at the location (the "N unconfirmed tomorrow" banner), over the
   * appointments this person may see. Cancelled appointments are left out.
   */
  async summary(staff: AuthenticatedStaff, query: AppointmentSummaryQuery): Promise<AppointmentSummaryView> {
    const em = this.orm.em.fork();
    const location = await this.location(em, staff, query.locationId);
    const [year, month, day] = query.date.split('-').map(Number) as [number, number, number];
    const { from, to } = localDayRange({ year, month, day }, location.timeZone);
    const active = (await this.inRange(em, staff, location, new Date(from), new Date(to))).filter((f) => f.appointment.status !== 'cancelled');
    const upcoming = active.filter((f) => f.appointment.status === 'booked');
    return {
      date: query.date,
      unconfirmed: upcoming.filter((f) => f.appointment.confirmationStatus === 'unconfirmed').length,
      highRisk: upcoming.filter((f) => f.risk.level === 'high').length,
      total: active.length,
    };
  }

  /** One appointment with its workflow timeline and the patient's conversation at that location. */
  async get(staff: AuthenticatedStaff, appointmentId: string): Promise<AppointmentDetailView> {
    const em = this.orm.em.fork();
    const appointment = await em.findOne(Appointment, { id: appointmentId, organizationId: staff.organizationId });
    if (!appointment) throw new ApiError(HttpStatus.NOT_FOUND, 'APPOINTMENT_NOT_FOUND', 'This appointment does not exist.');
    assertLocationAccess(staff, appointment.locationId);
    // Someone who may not see this patient gets the same answer as for an appointment that does not exist.
    if (!(await this.access.canViewPatient(staff, appointment))) throw new ApiError(HttpStatus.NOT_FOUND, 'APPOINTMENT_NOT_FOUND', 'This appointment does not exist.');
    const [[facts], state, conversation] = await Promise.all([
      this.facts(em, [appointment]),
      this.workflowState(appointment.id),
      findOrCreateConversation(this.orm.em.fork(), { organizationId: appointment.organizationId, locationId: appointment.locationId, patientId: appointment.patientId }),
    ]);
    if (!facts) throw new ApiError(HttpStatus.NOT_FOUND, 'APPOINTMENT_NOT_FOUND', 'This appointment does not exist.');
    // The detail shows the patient's contact details and their conversation: a view worth recording.
    await this.audit.recordStaffAction(staff, 'contact.view', { patientId: appointment.patientId, target: { type: 'appointment', id: appointment.id }, details: { phone: staff.permissions.seeContactDetails ? 'full' : 'masked' } });
    return {
      ...presentAppointment(staff, facts),
      timeline: state?.timeline ?? [],
      upcoming: state?.upcoming ?? [],
      timelineAvailable: state !== null,
      conversationId: conversation.id,
    };
  }

  /**
   * The facts for a realtime push, loaded once and presented per recipient by the caller (who must
   * check the recipient's organisation and location). Null when the appointment is gone.
   */
  async factsFor(appointmentId: string): Promise<AppointmentFacts | null> {
    const em = this.orm.em.fork();
    const appointment = await em.findOne(Appointment, appointmentId);
    if (!appointment) return null;
    const [facts] = await this.facts(em, [appointment]);
    return facts ?? null;
  }

  private async location(em: EntityManager, staff: AuthenticatedStaff, locationId: string): Promise<ILocation> {
    assertLocationAccess(staff, locationId);
    const location = await em.findOne(Location, { id: locationId, organizationId: staff.organizationId });
    if (!location) throw new ApiError(HttpStatus.NOT_FOUND, 'LOCATION_NOT_FOUND', 'This location does not exist.');
    return location;
  }

  /** Appointments in [from, to) this person may see: the access rule is applied in the query, before the cut. */
  private async inRange(em: EntityManager, staff: AuthenticatedStaff, location: ILocation, from: Date, to: Date): Promise<AppointmentFacts[]> {
    const rule = this.access.condition(staff, { organizationId: 'a.organization_id', locationId: 'a.location_id', patientId: 'a.patient_id' });
    const ids = await em.execute<{ id: string }[]>(
      `select a.id from appointment a
        where a.organization_id = ? and a.location_id = ? and a.starts_at >= ? and a.starts_at < ? and ${rule.sql}
        order by a.starts_at asc, a.id asc limit ?`,
      [location.organizationId, location.id, from, to, ...rule.params, MAX_APPOINTMENTS],
    );
    const rows = ids.length ? await em.find(Appointment, { id: { $in: ids.map((r) => r.id) } }, { orderBy: { startsAt: 'asc', id: 'asc' } }) : [];
    return this.facts(em, rows);
  }

  /** Patients and risk for a batch of appointments, in the same order (three queries, whatever the batch size). */
  private async facts(em: EntityManager, appointments: IAppointment[], now = new Date()): Promise<AppointmentFacts[]> {
    if (!appointments.length) return [];
    const patientIds = [...new Set(appointments.map((a) => a.patientId))];
    const organizationId = appointments[0]?.organizationId ?? '';
    const [patients, history] = await Promise.all([
      em.find(Patient, { id: { $in: patientIds } }),
      em.find(Appointment, { organizationId, patientId: { $in: patientIds }, status: { $in: ['no_show', 'cancelled'] } }),
    ]);
    const patientById = new Map(patients.map((p) => [p.id, p]));
    return appointments.flatMap((appointment) => {
      const patient = patientById.get(appointment.patientId);
      return patient ? [{ appointment, patient, risk: scoreAppointment(appointment, history, now) }] : [];
    });
  }

  /**
   * What the workflow did (timeline) and what it will do next (upcoming steps, soonest first), or null
   * when it cannot be asked (closed and gone, no worker, Temporal down).
   */
  private async workflowState(appointmentId: string): Promise<{ timeline: TimelineEntry[]; upcoming: PlannedStepView[] } | null> {
    const workflowId = appointmentWorkflowId(appointmentId);
    try {
      const state = await this.temporal.withDeadline(Date.now() + TIMELINE_QUERY_TIMEOUT_MS, () => this.temporal.workflow.getHandle(workflowId).query(appointmentStateQuery));
      const upcoming = Array.isArray(state?.upcoming) ? [...state.upcoming].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)) : [];
      return { timeline: Array.isArray(state?.timeline) ? state.timeline : [], upcoming };
    } catch (error) {
      this.logger.info({ err: error, workflowId }, 'appointment timeline unavailable');
      return null;
    }
  }
}
