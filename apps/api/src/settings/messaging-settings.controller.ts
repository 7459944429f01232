import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Put, UseGuards } from '@nestjs/common';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { CurrentStaff } from '../auth/session.guard.js';
import { ApiError } from '../common/api-error.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import {
  messagingSettingsInput,
  previewInput,
  testSendInput,
  type MessagingSettingsInput,
  type PreviewInput,
  type TestSendInput,
} from '@beacon/contracts';
import { ManageSettingsGuard } from './manage-settings.guard.js';
import { MessagingSettingsService } from './messaging-settings.service.js';
import { SettingsTestSendService } from './settings-test-send.service.js';

const locationIdPipe = new ParseUUIDPipe({ exceptionFactory: () => new ApiError(HttpStatus.NOT_FOUND, 'LOCATION_NOT_FOUND', 'This location does not exist.') });

@Controller('locations/:locationId/messaging-settings')
export class MessagingSettingsController {
  constructor(
    private readonly settings: MessagingSettingsService,
    private readonly testSends: SettingsTestSendService,
  ) {}

  @Get()
  get(@CurrentStaff() staff: AuthenticatedStaff, @Param('locationId', locationIdPipe) locationId: string) {
    return this.settings.get(staff, locationId);
  }

  @Put()
  @UseGuards(ManageSettingsGuard)
  replace(
    @CurrentStaff() staff: AuthenticatedStaff,
    @Param('locationId', locationIdPipe) locationId: string,
    @Body(new ZodValidationPipe(messagingSettingsInput, 'Messaging settings')) body: MessagingSettingsInput,
  ) {
    return this.settings.replace(staff, locationId, body);
  }

  @Post('preview')
  @HttpCode(200)
  preview(
    @CurrentStaff() staff: AuthenticatedStaff,
    @Param('locationId', locationIdPipe) locationId: string,
    @Body(new ZodValidationPipe(previewInput, 'Preview request')) body: PreviewInput,
  ) {
    return this.settings.preview(staff, locationId, body);
  }

  @Post('test-send')
  @UseGuards(ManageSettingsGuard)
  @HttpCode(200)
  testSend(
    @CurrentStaff() staff: AuthenticatedStaff,
    @Param('locationId', locationIdPipe) locationId: string,
    @Body(new ZodValidationPipe(testSendInput, 'Test message')) body: TestSendInput,
  ) {
    return this.testSends.testSend(staff, locationId, body);
  }
}
