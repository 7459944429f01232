import { Body, Controller, Get, HttpStatus, Param, ParseUUIDPipe, Put, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { OwnerOnly } from '../auth/require-permission.js';
import { CurrentStaff } from '../auth/session.guard.js';
import { ApiError } from '../common/api-error.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { ManageSettingsGuard } from '../settings/manage-settings.guard.js';
import { notificationSettingsInput, type NotificationSettingsInput } from '@beacon/contracts';
import { NotificationsService } from './notifications.service.js';

const locationIdPipe = new ParseUUIDPipe({ exceptionFactory: () => new ApiError(HttpStatus.NOT_FOUND, 'LOCATION_NOT_FOUND', 'This location does not exist.') });

@ApiTags('notifications')
@Controller()
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get('locations/:locationId/notifications')
  @ApiParam({ name: 'locationId', description: 'Location id (UUID)' })
  @ApiOperation({ summary: 'Email notification settings of a location: per event, whether it is emailed and to which roles' })
  settings(@CurrentStaff() staff: AuthenticatedStaff, @Param('locationId', locationIdPipe) locationId: string) {
    return this.notifications.settings(staff, locationId);
  }

  @Put('locations/:locationId/notifications')
  @UseGuards(ManageSettingsGuard)
  @ApiParam({ name: 'locationId', description: 'Location id (UUID)' })
  @ApiOperation({
    summary: 'Change email notification settings (needs manage settings)',
    description: 'Body: { settings: [{ eventType, emailEnabled, roles: ["owner", "front_desk", …] }] }. Each recipient also gets an event only about patients they may see.',
  })
  replace(@CurrentStaff() staff: AuthenticatedStaff, @Param('locationId', locationIdPipe) locationId: string, @Body(new ZodValidationPipe(notificationSettingsInput)) body: NotificationSettingsInput) {
    return this.notifications.replace(staff, locationId, body);
  }

  @Get('notifications/sent-email')
  @OwnerOnly('see the sent email')
  @ApiOperation({ summary: 'Email received by the local SMTP server (local development, SMTP_LOCAL_SERVER=true), newest first' })
  sentEmail(@CurrentStaff() staff: AuthenticatedStaff) {
    return this.notifications.sentEmail(staff);
  }
}
