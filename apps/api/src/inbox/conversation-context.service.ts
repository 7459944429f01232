import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { Appointment, Location, Patient, type IAppointment, type MikroORM } from '@beacon/db';
import { findOrCreateConversation, markPatientVip, vipStatus } from '@beacon/inbox';
import { assertLocationAccess } from '../auth/access.util.js';
import { PatientAccessService } from '../auth/patient-access.service.js';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { AuditService } from '../audit/audit.service.js';
import { scoreAppointment } from '../appointments/appointments.presenter.js';
import { ApiError } from '../common/api-error.js';
import { ORM } from '../core/tokens.js';
import { presentPhone } from './inbox.presenter.js';
import { InboxService } from './inbox.service.js';
import { VISITED_APPOINTMENT_STATUSES, type ConversationContext } from '@beacon/contracts';
import type { ConversationWithContext } from '@beacon/contracts';

const VISITED = new Set<IAppointment['status']>(VISITED_APPOINTMENT_STATUSES);
const UPCOMING = new Set<IAppointment['status']>(['booked', 'checked_in']);

/** "Tue, Dec 1, 3:30 PM CST" in the location's own time zone. */
export function localDateTime(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(at);
}

export type ConversationContextView = ConversationContext;

/** The "who is this and what's next" panel beside a thread, and "message from calendar". */
@Injectable()
export class ConversationContextService {
  constructor(
    @Inject(ORM) private readonly orm: MikroORM,
    private readonly inbox: InboxService,
    private readonly audit: AuditService,
    private readonly access: PatientAccessService,
  ) {}

  /** GET /conversations/:id/context: the patient's history and spend beside the thread — a recorded view. */
  async viewContext(staff: AuthenticatedStaff, conversationId: string): Promise<ConversationContextView> {
    const view = await this.context(staff, conversationId);
    await this.audit.recordStaffAction(staff, 'contact.view', { patientId: view.patient.id, target: { type: 'conversation', id: conversationId }, details: { panel: 'context' } });
    return view;
  }

  async context(staff: AuthenticatedStaff, conversationId: string, now = new Date()): Promise<ConversationContextView> {
    const conversation = await this.inbox.accessible(staff, conversationId);
    const em = this.orm.em.fork();
    const [patient, location, appointments, vip] = await Promise.all([
      em.findOneOrFail(Patient, conversation.patientId),
      em.findOneOrFail(Location, conversation.locationId),
      // Visits at every location this person works at: the patient's history, as far as they may see it.
      em.find(Appointment, { organizationId: staff.organizationId, patientId: conversation.patientId, locationId: { $in: staff.locationIds } }, { orderBy: { startsAt: 'asc' } }),
      vipStatus(em, conversation.patientId, conversation.locationId),
    ]);
    const next = appointments.find((a) => UPCOMING.has(a.status) && a.startsAt.getTime() + a.durationMinutes * 60_000 > now.getTime()) ?? null;
    const visits = appointments.filter((a) => VISITED.has(a.status) && a.startsAt.getTime() <= now.getTime());
    const last = visits[visits.length - 1] ?? null;
    const risk = next ? scoreAppointment(next, appointments, now) : null;
    return {
      conversationId: conversation.id,
      locationId: conversation.locationId,
      timeZone: location.timeZone,
      patient: {
        id: patient.id,
        firstName: patient.firstName,
        lastName: patient.lastName,
        phone: presentPhone(staff, patient.phone),
        notes: patient.notes,
        canEditNotes: staff.permissions.canSendMessages,
      },
      vip: { vip: vip.vip, marked: vip.marked, thresholdCents: vip.thresholdCents, canMark: staff.permissions.canSendMessages },
      nextAppointment:
        next && risk
          ? {
              id: next.id,
              startsAt: next.startsAt.toISOString(),
              startsAtLocal: localDateTime(next.startsAt, location.timeZone),
              durationMinutes: next.durationMinutes,
              providerName: next.providerName,
              serviceName: next.serviceName,
              status: next.status,
              confirmationStatus: next.confirmationStatus,
              risk: { score: risk.score, level: risk.level, reasons: risk.reasons },
            }
          : null,
      lastVisit: last ? { id: last.id, startsAt: last.startsAt.toISOString(), startsAtLocal: localDateTime(last.startsAt, location.timeZone), serviceName: last.serviceName, providerName: last.providerName } : null,
      visitCount: visits.length,
      servicesUsed: [...new Set(visits.map((v) => v.serviceName))],
      lifetimeSpendCents: visits.reduce((sum, v) => sum + (v.priceCents ?? 0), 0),
    };
  }

  /** Staff who may send messages may keep notes about the patient. */
  async updateNotes(staff: AuthenticatedStaff, conversationId: string, notes: string): Promise<ConversationContextView> {
    if (!staff.permissions.canSendMessages) {
      throw new ApiError(HttpStatus.FORBIDDEN, 'NOTES_FORBIDDEN', 'Your account can read patient notes but not change them. Ask the clinic owner if you need to.');
    }
    const conversation = await this.inbox.accessible(staff, conversationId);
    const em = this.orm.em.fork();
    const patient = await em.findOneOrFail(Patient, conversation.patientId);
    patient.notes = notes.trim();
    await em.flush();
    await this.audit.recordStaffAction(staff, 'patient.notes_update', { patientId: patient.id, target: { type: 'patient', id: patient.id }, details: { conversationId, characters: patient.notes.length } });
    return this.context(staff, conversationId);
  }

  /** Staff who may send messages may mark the patient VIP (texts from a VIP alert staff). */
  async updateVip(staff: AuthenticatedStaff, conversationId: string, vip: boolean): Promise<ConversationContextView> {
    if (!staff.permissions.canSendMessages) {
      throw new ApiError(HttpStatus.FORBIDDEN, 'VIP_FORBIDDEN', 'Your account cannot mark patients VIP. Ask the clinic owner if you need to.');
    }
    const conversation = await this.inbox.accessible(staff, conversationId);
    await markPatientVip(this.orm.em.fork(), { organizationId: staff.organizationId, patientId: conversation.patientId, vip });
    await this.audit.recordStaffAction(staff, 'patient.vip_update', { patientId: conversation.patientId, target: { type: 'patient', id: conversation.patientId }, details: { conversationId, vip } });
    return this.context(staff, conversationId);
  }

  /** "Message from calendar": the patient's thread at the appointment's location (created if needed), with its context. */
  async forAppointment(staff: AuthenticatedStaff, appointmentId: string): Promise<ConversationWithContext> {
    const em = this.orm.em.fork();
    const appointment = await em.findOne(Appointment, { id: appointmentId, organizationId: staff.organizationId });
    if (!appointment) throw new ApiError(HttpStatus.NOT_FOUND, 'APPOINTMENT_NOT_FOUND', 'This appointment does not exist.');
    assertLocationAccess(staff, appointment.locationId);
    // Before creating anything: a provider limited to their own patients gets the same 404 as for a missing one.
    if (!(await this.access.canViewPatient(staff, appointment))) throw new ApiError(HttpStatus.NOT_FOUND, 'APPOINTMENT_NOT_FOUND', 'This appointment does not exist.');
    const conversation = await findOrCreateConversation(em, { organizationId: appointment.organizationId, locationId: appointment.locationId, patientId: appointment.patientId });
    const [view, context] = await Promise.all([this.inbox.conversationSummary(staff, conversation.id), this.context(staff, conversation.id)]);
    return { conversation: view, context };
  }
}
