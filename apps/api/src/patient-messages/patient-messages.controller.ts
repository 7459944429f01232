import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { RequirePermission } from '../auth/require-permission.js';
import { CurrentStaff } from '../auth/session.guard.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { optOutDecisionInput, reconsentInput, type OptOutDecisionInput, type ReconsentInput } from '@beacon/contracts';
import { PatientMessagesService } from './patient-messages.service.js';

const idPipe = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('inbox')
@Controller('conversations')
export class PatientMessagesController {
  constructor(private readonly messages: PatientMessagesService) {}

  @Get(':id/consent')
  @ApiOperation({ summary: "The patient's consent to texts (transactional and marketing): status, since when, how, the message that caused it" })
  consent(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', idPipe) id: string) {
    return this.messages.consent(staff, id);
  }

  @RequirePermission('canSendMessages')
  @Post(':id/consent')
  @HttpCode(201)
  @ApiOperation({ summary: "Record the patient's verbal re-consent (needs 'send messages' and a reason; audited; appended to the consent ledger)" })
  reconsent(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', idPipe) id: string, @Body(new ZodValidationPipe(reconsentInput, 'Re-consent')) body: ReconsentInput) {
    return this.messages.reconsent(staff, id, body);
  }

  @RequirePermission('canSendMessages')
  @Post(':id/consent/possible-opt-out')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Decide a possible opt-out (needs \'send messages\'; audited; appended to the consent ledger)',
    description:
      "Body: { messageId, decision: 'opt_out' | 'not_opt_out' }. opt_out records transactional and marketing opt-outs; not_opt_out puts promotions back as they were before the pause. Resolves the alert. The first decision wins.",
  })
  @ApiNotFoundResponse({ description: 'OPT_OUT_REVIEW_NOT_FOUND: this text is not waiting for a decision in this thread' })
  @ApiConflictResponse({ description: 'OPT_OUT_REVIEW_DECIDED: someone already decided; nothing was changed' })
  decidePossibleOptOut(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', idPipe) id: string, @Body(new ZodValidationPipe(optOutDecisionInput, 'Decision')) body: OptOutDecisionInput) {
    return this.messages.decidePossibleOptOut(staff, id, body);
  }
}
