import { HttpStatus, Module } from '@nestjs/common';
import { AppointmentsModule } from '../appointments/appointments.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { ApiError } from '../common/api-error.js';
import { ConversationContextController } from './conversation-context.controller.js';
import { ConversationContextService } from './conversation-context.service.js';
import { ConversationsController } from './conversations.controller.js';
import { InboxService } from './inbox.service.js';
import { RealtimeGateway } from './realtime.gateway.js';
import { MESSAGE_ATTACHMENTS, StaffMessagesService, type MessageAttachments } from './staff-messages.service.js';

const noAttachments: MessageAttachments = {
  validate: () => Promise.reject(new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, 'PICTURES_UNAVAILABLE', 'Pictures cannot be sent from this clinic yet. Send the message as text.')),
  attach: () => Promise.resolve(),
};

@Module({
  imports: [AuthModule, AppointmentsModule],
  controllers: [ConversationsController, ConversationContextController],
  providers: [InboxService, ConversationContextService, RealtimeGateway, StaffMessagesService, { provide: MESSAGE_ATTACHMENTS, useValue: noAttachments }],
  exports: [InboxService],
})
export class InboxModule {}
