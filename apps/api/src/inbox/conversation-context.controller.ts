import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { RequirePermission } from '../auth/require-permission.js';
import { CurrentStaff } from '../auth/session.guard.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { ConversationContextService } from './conversation-context.service.js';
import { patientNotesBody, patientVipBody, type PatientNotesBody, type PatientVipBody } from '@beacon/contracts';

const uuid = () => new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@Controller()
export class ConversationContextController {
  constructor(private readonly contexts: ConversationContextService) {}

  @Get('conversations/:id/context')
  context(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', uuid()) id: string) {
    return this.contexts.viewContext(staff, id);
  }

  @RequirePermission('canSendMessages')
  @Put('conversations/:id/patient-notes')
  notes(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', uuid()) id: string, @Body(new ZodValidationPipe(patientNotesBody)) body: PatientNotesBody) {
    return this.contexts.updateNotes(staff, id, body.notes);
  }

  @RequirePermission('canSendMessages')
  @Put('conversations/:id/patient-vip')
  vip(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', uuid()) id: string, @Body(new ZodValidationPipe(patientVipBody)) body: PatientVipBody) {
    return this.contexts.updateVip(staff, id, body.vip);
  }

  @Post('appointments/:id/conversation')
  @HttpCode(200)
  fromAppointment(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', uuid()) id: string) {
    return this.contexts.forAppointment(staff, id);
  }
}
