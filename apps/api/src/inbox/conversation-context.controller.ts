import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { RequirePermission } from '../auth/require-permission.js';
import { CurrentStaff } from '../auth/session.guard.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { ConversationContextService } from './conversation-context.service.js';
import { patientNotesBody, type PatientNotesBody } from '@beacon/contracts';

const uuid = () => new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('inbox')
@Controller()
export class ConversationContextController {
  constructor(private readonly contexts: ConversationContextService) {}

  @Get('conversations/:id/context')
  @ApiOperation({ summary: 'Context panel: next appointment (with risk), last visit, visit count, services, lifetime spend, notes' })
  context(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', uuid()) id: string) {
    return this.contexts.viewContext(staff, id);
  }

  @RequirePermission('canSendMessages')
  @Put('conversations/:id/patient-notes')
  @ApiOperation({ summary: "Replace the patient's notes (needs canSendMessages)", description: 'Body: { notes } (up to 4000 characters).' })
  notes(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', uuid()) id: string, @Body(new ZodValidationPipe(patientNotesBody)) body: PatientNotesBody) {
    return this.contexts.updateNotes(staff, id, body.notes);
  }

  @Post('appointments/:id/conversation')
  @HttpCode(200)
  @ApiOperation({ summary: 'Message from calendar: the patient’s conversation for this appointment (created if needed) with its context' })
  fromAppointment(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', uuid()) id: string) {
    return this.contexts.forAppointment(staff, id);
  }
}
