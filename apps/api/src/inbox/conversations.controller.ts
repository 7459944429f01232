import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { CurrentStaff } from '../auth/session.guard.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { InboxService } from './inbox.service.js';

const listQuery = z.object({ locationId: z.uuid({ error: 'must be a location id (UUID)' }) });

@ApiTags('inbox')
@Controller('conversations')
export class ConversationsController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @ApiQuery({ name: 'locationId', required: true })
  list(@CurrentStaff() staff: AuthenticatedStaff, @Query(new ZodValidationPipe(listQuery, 'Query')) query: z.output<typeof listQuery>) {
    return this.inbox.listConversations(staff, query.locationId);
  }

  @Get(':id')
  get(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string) {
    return this.inbox.conversationSummary(staff, id);
  }

  @Get(':id/messages')
  messages(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string) {
    return this.inbox.messages(staff, id);
  }
}
