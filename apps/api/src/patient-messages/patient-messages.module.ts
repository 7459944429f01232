import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { InboxModule } from '../inbox/inbox.module.js';
import { PatientMessagesController } from './patient-messages.controller.js';
import { PatientMessagesService } from './patient-messages.service.js';

@Module({
  imports: [AuthModule, InboxModule],
  controllers: [PatientMessagesController],
  providers: [PatientMessagesService],
  exports: [PatientMessagesService],
})
export class PatientMessagesModule {}
