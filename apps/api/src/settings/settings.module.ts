import { Module } from '@nestjs/common';
import { ManageSettingsGuard } from './manage-settings.guard.js';
import { MessagingSettingsController } from './messaging-settings.controller.js';
import { MessagingSettingsService } from './messaging-settings.service.js';

/** Per-location settings of the appointment texts (schedule, confirmations, templates). */
@Module({
  controllers: [MessagingSettingsController],
  providers: [MessagingSettingsService, ManageSettingsGuard],
})
export class SettingsModule {}
