import { Body, Controller, Get, HttpStatus, Param, ParseUUIDPipe, Put, UseGuards } from '@nestjs/common';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { OwnerOnly } from '../auth/require-permission.js';
import { CurrentStaff } from '../auth/session.guard.js';
import { ApiError } from '../common/api-error.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { ManageSettingsGuard } from '../settings/manage-settings.guard.js';
import { notificationSettingsInput, vipRuleInput, type NotificationSettingsInput, type VipRuleInput } from '@beacon/contracts';
import { NotificationsService } from './notifications.service.js';

const locationIdPipe = new ParseUUIDPipe({ exceptionFactory: () => new ApiError(HttpStatus.NOT_FOUND, 'LOCATION_NOT_FOUND', 'This location does not exist.') });

@Controller()
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get('locations/:locationId/notifications')
  settings(@CurrentStaff() staff: AuthenticatedStaff, @Param('locationId', locationIdPipe) locationId: string) {
    return this.notifications.settings(staff, locationId);
  }

  @Put('locations/:locationId/notifications')
  @UseGuards(ManageSettingsGuard)
  replace(@CurrentStaff() staff: AuthenticatedStaff, @Param('locationId', locationIdPipe) locationId: string, @Body(new ZodValidationPipe(notificationSettingsInput)) body: NotificationSettingsInput) {
    return this.notifications.replace(staff, locationId, body);
  }

  @Get('locations/:locationId/vip-rule')
  vipRule(@CurrentStaff() staff: AuthenticatedStaff, @Param('locationId', locationIdPipe) locationId: string) {
    return this.notifications.vipRule(staff, locationId);
  }

  @Put('locations/:locationId/vip-rule')
  @UseGuards(ManageSettingsGuard)
  replaceVipRule(@CurrentStaff() staff: AuthenticatedStaff, @Param('locationId', locationIdPipe) locationId: string, @Body(new ZodValidationPipe(vipRuleInput)) body: VipRuleInput) {
    return this.notifications.replaceVipRule(staff, locationId, body);
  }

  @Get('notifications/sent-email')
  @OwnerOnly('see the sent email')
  sentEmail(@CurrentStaff() staff: AuthenticatedStaff) {
    return this.notifications.sentEmail(staff);
  }
}
