import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { formatAppointmentTime } from '@beacon/appointments';
import { Appointment, Conversation, Location, Patient, type IConversation, type MikroORM } from '@beacon/db';
import { formatPhone } from '@beacon/messaging';
import type { ThreadValues } from '@beacon/templates';
import { assertLocationAccess } from '../auth/access.util.js';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { PatientAccessService } from '../auth/patient-access.service.js';
import { ApiError } from '../common/api-error.js';
import { ORM } from '../core/tokens.js';

/** The variables quick replies and templates may use, filled from the open conversation. */
export const THREAD_VARIABLES = ['firstName', 'appointmentTime', 'providerName', 'locationName', 'locationPhone'] as const;

/** A conversation this person may see, with the values its templates are filled with. */
@Injectable()
export class ThreadContextService {
  constructor(
    @Inject(ORM) private readonly orm: MikroORM,
    private readonly access: PatientAccessService,
  ) {}

  async conversation(staff: AuthenticatedStaff, conversationId: string): Promise<IConversation> {
    const conversation = await this.orm.em.fork().findOne(Conversation, { id: conversationId, organizationId: staff.organizationId });
    if (!conversation) throw new ApiError(HttpStatus.NOT_FOUND, 'CONVERSATION_NOT_FOUND', 'This conversation does not exist.');
    assertLocationAccess(staff, conversation.locationId);
    if (!(await this.access.canViewPatient(staff, conversation))) throw new ApiError(HttpStatus.NOT_FOUND, 'CONVERSATION_NOT_FOUND', 'This conversation does not exist.');
    return conversation;
  }

  /** First name, the next booked appointment (time in the location's zone, provider), the location's name and phone. */
  async values(conversation: IConversation, now = new Date()): Promise<ThreadValues> {
    const em = this.orm.em.fork();
    const [patient, location, next] = await Promise.all([
      em.findOneOrFail(Patient, conversation.patientId),
      em.findOneOrFail(Location, conversation.locationId),
      em.findOne(Appointment, { patientId: conversation.patientId, locationId: conversation.locationId, status: 'booked', startsAt: { $gt: now } }, { orderBy: { startsAt: 'asc' } }),
    ]);
    return {
      firstName: patient.firstName.trim() || null,
      appointmentTime: next ? formatAppointmentTime(next.startsAt, location.timeZone) : null,
      providerName: next?.providerName ?? null,
      locationName: location.name,
      locationPhone: formatPhone(location.phoneNumber),
    };
  }
}
