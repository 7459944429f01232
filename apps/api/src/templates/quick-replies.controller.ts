import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import type { z } from 'zod';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { RequirePermission } from '../auth/require-permission.js';
import { CurrentStaff } from '../auth/session.guard.js';
import { ApiError } from '../common/api-error.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { QuickRepliesService } from './quick-replies.service.js';
import { TemplatesService } from './templates.service.js';
import { analyticsQuery, quickReplyListQuery, quickReplySchema, renderSchema, type QuickReplyInput, type RenderInput } from '@beacon/contracts';
import type { FilledText } from '@beacon/contracts';

const replyId = new ParseUUIDPipe({ exceptionFactory: () => new ApiError(HttpStatus.NOT_FOUND, 'QUICK_REPLY_NOT_FOUND', 'This quick reply does not exist.') });

@Controller('quick-replies')
export class QuickRepliesController {
  constructor(private readonly replies: QuickRepliesService) {}

  @Get()
  @RequirePermission('canSendMessages')
  list(@CurrentStaff() staff: AuthenticatedStaff, @Query(new ZodValidationPipe(quickReplyListQuery, 'Query')) query: z.output<typeof quickReplyListQuery>) {
    return this.replies.list(staff, query.locationId);
  }

  @Get('analytics')
  analytics(@CurrentStaff() staff: AuthenticatedStaff, @Query(new ZodValidationPipe(analyticsQuery, 'Query')) query: z.output<typeof analyticsQuery>) {
    return this.replies.analytics(staff, query.locationId, query.weeks);
  }

  @Post()
  @RequirePermission('manageTemplates')
  create(@CurrentStaff() staff: AuthenticatedStaff, @Body(new ZodValidationPipe(quickReplySchema, 'Quick reply')) body: QuickReplyInput) {
    return this.replies.create(staff, body);
  }

  @Put(':id')
  @RequirePermission('manageTemplates')
  update(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', replyId) id: string, @Body(new ZodValidationPipe(quickReplySchema, 'Quick reply')) body: QuickReplyInput) {
    return this.replies.update(staff, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('manageTemplates')
  async archive(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', replyId) id: string): Promise<void> {
    await this.replies.archive(staff, id);
  }
}

/** Composer action on one conversation: fill a quick reply / template from its context (sending is POST /conversations/:id/messages). */
@Controller('conversations/:conversationId')
export class ConversationComposeController {
  constructor(
    private readonly replies: QuickRepliesService,
    private readonly templates: TemplatesService,
  ) {}

  @Post('render')
  @HttpCode(200)
  @RequirePermission('canSendMessages')
  render(@CurrentStaff() staff: AuthenticatedStaff, @Param('conversationId', new ParseUUIDPipe({ exceptionFactory: () => new ApiError(HttpStatus.NOT_FOUND, 'CONVERSATION_NOT_FOUND', 'This conversation does not exist.') })) id: string, @Body(new ZodValidationPipe(renderSchema, 'Render request')) body: RenderInput): Promise<FilledText> {
    return 'quickReplyId' in body ? this.replies.render(staff, id, body.quickReplyId) : this.templates.render(staff, id, body.templateId);
  }
}
