import { Module } from '@nestjs/common';
import { InboxModule } from '../inbox/inbox.module.js';
import { AfterHoursController } from './after-hours.controller.js';
import { AfterHoursService } from './after-hours.service.js';
import { ManageSettingsGuard } from './manage-settings.guard.js';
import { MessagingSettingsController } from './messaging-settings.controller.js';
import { MessagingSettingsService } from './messaging-settings.service.js';
import { SettingsTestSendService } from './settings-test-send.service.js';

/** Per-location settings of the appointment texts (schedule, confirmations, templates). */
@Module({
  imports: [InboxModule],
  controllers: [MessagingSettingsController, AfterHoursController],
  providers: [MessagingSettingsService, SettingsTestSendService, ManageSettingsGuard, AfterHoursService],
})
export class SettingsModule {}
