import { Module } from '@nestjs/common';
import { ConversationRepliesService } from './conversation-replies.service.js';
import { ConversationComposeController, QuickRepliesController } from './quick-replies.controller.js';
import { QuickRepliesService } from './quick-replies.service.js';
import { TemplatesController } from './templates.controller.js';
import { TemplatesService } from './templates.service.js';
import { ThreadContextService } from './thread-context.service.js';

/** Quick replies, the template library and the composer's send, sharing one rendering engine (@beacon/templates). */
@Module({
  controllers: [QuickRepliesController, TemplatesController, ConversationComposeController],
  providers: [QuickRepliesService, TemplatesService, ConversationRepliesService, ThreadContextService],
})
export class TemplatesModule {}
