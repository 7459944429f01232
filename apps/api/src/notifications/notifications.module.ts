import { Module } from '@nestjs/common';
import { ManageSettingsGuard } from '../settings/manage-settings.guard.js';
import { LocalSmtpServer } from './local-smtp.server.js';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsService } from './notifications.service.js';

/** Staff notifications: email settings per location and event, and the local SMTP server for development. */
@Module({
  controllers: [NotificationsController],
  providers: [NotificationsService, ManageSettingsGuard, LocalSmtpServer],
})
export class NotificationsModule {}
