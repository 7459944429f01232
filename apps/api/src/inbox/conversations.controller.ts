import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { RequirePermission, RequirePermissionFor } from '../auth/require-permission.js';
import { conversationChangePermissions } from '@beacon/staff';
import { CurrentStaff } from '../auth/session.guard.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { ConversationListService } from './conversation-list.service.js';
import { ConversationUpdateService } from './conversation-update.service.js';
import { InboxService } from './inbox.service.js';
import {
  countsQuery,
  listConversationsQuery,
  readStateBody,
  sendMessageBody,
  updateConversationBody,
  type CountsQuery,
  type ListConversationsQuery,
  type ReadStateBody,
  type SendMessageBody,
  type UpdateConversationBody,
} from '@beacon/contracts';
import { StaffMessagesService } from './staff-messages.service.js';
import { ThreadService } from './thread.service.js';

const uuid = () => new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@Controller('conversations')
export class ConversationsController {
  constructor(
    private readonly lists: ConversationListService,
    private readonly inbox: InboxService,
    private readonly updates: ConversationUpdateService,
    private readonly threads: ThreadService,
    private readonly staffMessages: StaffMessagesService,
  ) {}

  @Get()
  list(@CurrentStaff() staff: AuthenticatedStaff, @Query(new ZodValidationPipe(listConversationsQuery, 'Query')) query: ListConversationsQuery) {
    return this.lists.listConversations(staff, query);
  }

  @Get('counts')
  counts(@CurrentStaff() staff: AuthenticatedStaff, @Query(new ZodValidationPipe(countsQuery, 'Query')) query: CountsQuery) {
    return this.lists.counts(staff, query);
  }

  @Get(':id')
  get(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', uuid()) id: string) {
    return this.inbox.viewConversation(staff, id);
  }

  @Patch(':id')
  @RequirePermissionFor((staff, body) => conversationChangePermissions(staff, body))
  update(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', uuid()) id: string, @Body(new ZodValidationPipe(updateConversationBody)) body: UpdateConversationBody) {
    return this.updates.updateConversation(staff, id, body);
  }

  @Put(':id/read-state')
  readState(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', uuid()) id: string, @Body(new ZodValidationPipe(readStateBody)) body: ReadStateBody) {
    return this.threads.markReadState(staff, id, body.unread);
  }

  @Get(':id/assignees')
  assignees(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', uuid()) id: string) {
    return this.updates.assignees(staff, id);
  }

  @Get(':id/messages')
  messages(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', uuid()) id: string) {
    return this.threads.messages(staff, id);
  }

  @RequirePermission('canSendMessages')
  @Post(':id/messages')
  @HttpCode(202)
  send(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', uuid()) id: string, @Body(new ZodValidationPipe(sendMessageBody)) body: SendMessageBody) {
    return this.staffMessages.send(staff, id, body);
  }
}
