import { Module } from '@nestjs/common';
import { ConversationComposeController, QuickRepliesController } from './quick-replies.controller.js';
import { QuickRepliesService } from './quick-replies.service.js';
import { TemplatesController } from './templates.controller.js';
import { TemplatesService } from './templates.service.js';
import { ThreadContextService } from './thread-context.service.js';

/** Quick replies and the template library (filled for a conversation by /render), sharing one rendering engine (@beacon/templates). */
@Module({
  controllers: [QuickRepliesController, TemplatesController, ConversationComposeController],
  providers: [QuickRepliesService, TemplatesService, ThreadContextService],
})
export class TemplatesModule {}
