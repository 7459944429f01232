import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { RequirePermission } from '../auth/require-permission.js';
import { CurrentStaff } from '../auth/session.guard.js';
import { ApiError } from '../common/api-error.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { IntegrationsService } from './integrations.service.js';
import { createIntegrationBody, type CreateIntegrationBody } from './onboarding.schemas.js';
import { SetupChecklistService } from './setup-checklist.service.js';

const integrationId = new ParseUUIDPipe({ exceptionFactory: () => new ApiError(HttpStatus.NOT_FOUND, 'INTEGRATION_NOT_FOUND', 'This integration key does not exist.') });

/** A signed-in owner's setup: the checklist and the booking-system keys (staff who manage settings). */
@ApiTags('onboarding')
@RequirePermission('manageSettings')
@Controller()
export class OnboardingController {
  constructor(
    private readonly checklist: SetupChecklistService,
    private readonly integrations: IntegrationsService,
  ) {}

  @Get('onboarding/checklist')
  @ApiOperation({ summary: 'Setup steps and whether each is done, read from the data (location with hours, a second staff member, an active key, a delivered test text)' })
  setup(@CurrentStaff() staff: AuthenticatedStaff) {
    return this.checklist.checklist(staff);
  }

  @Get('integrations')
  list(@CurrentStaff() staff: AuthenticatedStaff) {
    return this.integrations.list(staff);
  }

  @Post('integrations')
  @ApiOperation({ summary: 'A new booking-system key; the secret and a signed curl example are in this answer only' })
  create(@CurrentStaff() staff: AuthenticatedStaff, @Body(new ZodValidationPipe(createIntegrationBody, 'Integration')) body: CreateIntegrationBody) {
    return this.integrations.create(staff, body);
  }

  @Post('integrations/:id/rotate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Replace the secret (shown once in this answer); the old one stops working at once' })
  rotate(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', integrationId) id: string) {
    return this.integrations.rotate(staff, id);
  }

  @Post('integrations/:id/revoke')
  @HttpCode(200)
  @ApiOperation({ summary: 'Stop accepting events signed with this key' })
  revoke(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', integrationId) id: string) {
    return this.integrations.revoke(staff, id);
  }

  @Post('integrations/:id/test-event')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign a test event with the stored secret and check it exactly as the booking endpoint does' })
  testEvent(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', integrationId) id: string) {
    return this.integrations.sendTestEvent(staff, id);
  }
}
