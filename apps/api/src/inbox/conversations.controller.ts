import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { RequirePermission, RequirePermissionFor } from '../auth/require-permission.js';
import { conversationChangePermissions } from '@beacon/staff';
import { CurrentStaff } from '../auth/session.guard.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
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

const uuid = () => new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('inbox')
@Controller('conversations')
export class ConversationsController {
  constructor(
    private readonly inbox: InboxService,
    private readonly staffMessages: StaffMessagesService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Conversations, last activity first, one page at a time', description: 'Returns { conversations, nextCursor }; pass nextCursor as `cursor` for the next page.' })
  @ApiQuery({ name: 'locationId', required: false, description: 'One location (default: all of yours)' })
  @ApiQuery({ name: 'filter', required: false, enum: ['all', 'unread', 'open', 'closed', 'assigned_to_me', 'starred'] })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiQuery({ name: 'limit', required: false, description: '1–100, default 50' })
  list(@CurrentStaff() staff: AuthenticatedStaff, @Query(new ZodValidationPipe(listConversationsQuery, 'Query')) query: ListConversationsQuery) {
    return this.inbox.listConversations(staff, query);
  }

  @Get('counts')
  @ApiOperation({ summary: 'Badge counts for the inbox filters (unread is per staff member)' })
  @ApiQuery({ name: 'locationId', required: false })
  counts(@CurrentStaff() staff: AuthenticatedStaff, @Query(new ZodValidationPipe(countsQuery, 'Query')) query: CountsQuery) {
    return this.inbox.counts(staff, query);
  }

  @Get(':id')
  get(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', uuid()) id: string) {
    return this.inbox.viewConversation(staff, id);
  }

  @Patch(':id')
  @RequirePermissionFor((staff, body) => conversationChangePermissions(staff, body))
  @ApiOperation({
    summary: 'Close / reopen, assign / unassign, star / unstar a conversation',
    description:
      'Body: any of { status: "open"|"closed", assignedStaffId: uuid|null, starred: boolean }. Starring needs only access to the thread; ' +
      'closing, reopening, taking or releasing it needs canSendMessages; giving it to (or taking it from) someone else also needs viewAllConversations.',
  })
  update(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', uuid()) id: string, @Body(new ZodValidationPipe(updateConversationBody)) body: UpdateConversationBody) {
    return this.inbox.updateConversation(staff, id, body);
  }

  @Put(':id/read-state')
  @ApiOperation({ summary: 'Mark read ({ unread: false }) or unread again ({ unread: true }) for yourself' })
  readState(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', uuid()) id: string, @Body(new ZodValidationPipe(readStateBody)) body: ReadStateBody) {
    return this.inbox.markReadState(staff, id, body.unread);
  }

  @Get(':id/assignees')
  @ApiOperation({ summary: 'Staff this conversation can be assigned to (they work at its location)' })
  assignees(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', uuid()) id: string) {
    return this.inbox.assignees(staff, id);
  }

  @Get(':id/messages')
  messages(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', uuid()) id: string) {
    return this.inbox.messages(staff, id);
  }

  @RequirePermission('canSendMessages')
  @Post(':id/messages')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Send a message to the patient (needs canSendMessages)',
    description: 'Body: { body, clientMessageId: uuid, mediaIds?: uuid[] }. Stored as queued and delivered durably; the same clientMessageId never sends twice. Status changes arrive as message.updated.',
  })
  send(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', uuid()) id: string, @Body(new ZodValidationPipe(sendMessageBody)) body: SendMessageBody) {
    return this.staffMessages.send(staff, id, body);
  }
}
