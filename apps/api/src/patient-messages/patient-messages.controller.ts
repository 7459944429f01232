import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { CurrentStaff } from '../auth/session.guard.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { reconsentInput, sendMessageInput, type ReconsentInput, type SendMessageInput } from './patient-messages.schemas.js';
import { PatientMessagesService } from './patient-messages.service.js';

const idPipe = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('inbox')
@Controller('conversations')
export class PatientMessagesController {
  constructor(private readonly messages: PatientMessagesService) {}

  @Post(':id/messages')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Text the patient from this thread',
    description: "Needs 'send messages'. Refused (409) when the patient opted out; refused (422 IDENTIFIER_DETECTED) when the text looks like it holds an SSN, a full date of birth or a card number, unless allowIdentifiers=true (audited).",
  })
  @ApiConflictResponse({ description: 'PATIENT_OPTED_OUT' })
  @ApiUnprocessableEntityResponse({ description: 'IDENTIFIER_DETECTED: details lists the kinds found' })
  send(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', idPipe) id: string, @Body(new ZodValidationPipe(sendMessageInput, 'Message')) body: SendMessageInput) {
    return this.messages.send(staff, id, body);
  }

  @Get(':id/consent')
  @ApiOperation({ summary: "The patient's consent to texts (transactional and marketing): status, since when, how, the message that caused it" })
  consent(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', idPipe) id: string) {
    return this.messages.consent(staff, id);
  }

  @Post(':id/consent')
  @HttpCode(201)
  @ApiOperation({ summary: "Record the patient's verbal re-consent (needs 'send messages' and a reason; audited; appended to the consent ledger)" })
  reconsent(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', idPipe) id: string, @Body(new ZodValidationPipe(reconsentInput, 'Re-consent')) body: ReconsentInput) {
    return this.messages.reconsent(staff, id, body);
  }
}
