import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { PatientMessagesController } from './patient-messages.controller.js';
import { PatientMessagesService } from './patient-messages.service.js';

@Module({
  imports: [AuthModule],
  controllers: [PatientMessagesController],
  providers: [PatientMessagesService],
})
export class PatientMessagesModule {}
