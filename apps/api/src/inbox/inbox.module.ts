import { Module } from '@nestjs/common';
import { AppointmentsModule } from '../appointments/appointments.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { ConversationsController } from './conversations.controller.js';
import { InboxService } from './inbox.service.js';
import { RealtimeGateway } from './realtime.gateway.js';

@Module({
  imports: [AuthModule, AppointmentsModule],
  controllers: [ConversationsController],
  providers: [InboxService, RealtimeGateway],
  exports: [InboxService],
})
export class InboxModule {}
