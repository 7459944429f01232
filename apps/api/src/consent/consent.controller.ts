import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { RequirePermission } from '../auth/require-permission.js';
import { CurrentStaff } from '../auth/session.guard.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { optOutDecisionInput, reconsentInput, type OptOutDecisionInput, type ReconsentInput } from '@beacon/contracts';
import { ConsentService } from './consent.service.js';

const idPipe = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@Controller('conversations')
export class ConsentController {
  constructor(private readonly consentService: ConsentService) {}

  @Get(':id/consent')
  consent(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', idPipe) id: string) {
    return this.consentService.consent(staff, id);
  }

  @RequirePermission('canSendMessages')
  @Post(':id/consent')
  @HttpCode(201)
  reconsent(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', idPipe) id: string, @Body(new ZodValidationPipe(reconsentInput, 'Re-consent')) body: ReconsentInput) {
    return this.consentService.reconsent(staff, id, body);
  }

  @RequirePermission('canSendMessages')
  @Post(':id/consent/possible-opt-out')
  @HttpCode(200)
  decidePossibleOptOut(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', idPipe) id: string, @Body(new ZodValidationPipe(optOutDecisionInput, 'Decision')) body: OptOutDecisionInput) {
    return this.consentService.decidePossibleOptOut(staff, id, body);
  }
}
