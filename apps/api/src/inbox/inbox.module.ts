import { Module } from '@nestjs/common';
import { AppointmentsModule } from '../appointments/appointments.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { ConversationContextController } from './conversation-context.controller.js';
import { ConversationContextService } from './conversation-context.service.js';
import { ConversationsController } from './conversations.controller.js';
import { ConversationListService } from './conversation-list.service.js';
import { ConversationUpdateService } from './conversation-update.service.js';
import { InboxService } from './inbox.service.js';
import { ThreadService } from './thread.service.js';
import { RealtimeGateway } from './realtime.gateway.js';
import { MediaController } from './media.controller.js';
import { MediaService } from './media.service.js';
import { MESSAGE_ATTACHMENTS, StaffMessagesService } from './staff-messages.service.js';
import { ImmediateDeliveryService } from './immediate-delivery.service.js';

@Module({
  imports: [AuthModule, AppointmentsModule],
  controllers: [ConversationsController, ConversationContextController, MediaController],
  providers: [InboxService, ConversationListService, ThreadService, ConversationUpdateService, ConversationContextService, RealtimeGateway, StaffMessagesService, ImmediateDeliveryService, MediaService, { provide: MESSAGE_ATTACHMENTS, useExisting: MediaService }],
  exports: [InboxService, ImmediateDeliveryService],
})
export class InboxModule {}
