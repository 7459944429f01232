import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { RequirePermission } from '../auth/require-permission.js';
import { CurrentStaff } from '../auth/session.guard.js';
import { ApiError } from '../common/api-error.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { IntegrationsService } from './integrations.service.js';
import { createIntegrationBody, type CreateIntegrationBody } from '@beacon/contracts';
import { SetupChecklistService } from './setup-checklist.service.js';

const integrationId = new ParseUUIDPipe({ exceptionFactory: () => new ApiError(HttpStatus.NOT_FOUND, 'INTEGRATION_NOT_FOUND', 'This integration key does not exist.') });

/** A signed-in owner's setup: the checklist and the booking-system keys (staff who manage settings). */
@RequirePermission('manageSettings')
@Controller()
export class OnboardingController {
  constructor(
    private readonly checklist: SetupChecklistService,
    private readonly integrations: IntegrationsService,
  ) {}

  @Get('onboarding/checklist')
  setup(@CurrentStaff() staff: AuthenticatedStaff) {
    return this.checklist.checklist(staff);
  }

  @Get('integrations')
  list(@CurrentStaff() staff: AuthenticatedStaff) {
    return this.integrations.list(staff);
  }

  @Post('integrations')
  create(@CurrentStaff() staff: AuthenticatedStaff, @Body(new ZodValidationPipe(createIntegrationBody, 'Integration')) body: CreateIntegrationBody) {
    return this.integrations.create(staff, body);
  }

  @Post('integrations/:id/rotate')
  @HttpCode(200)
  rotate(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', integrationId) id: string) {
    return this.integrations.rotate(staff, id);
  }

  @Post('integrations/:id/revoke')
  @HttpCode(200)
  revoke(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', integrationId) id: string) {
    return this.integrations.revoke(staff, id);
  }

  @Post('integrations/:id/test-event')
  @HttpCode(200)
  testEvent(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', integrationId) id: string) {
    return this.integrations.sendTestEvent(staff, id);
  }
}
