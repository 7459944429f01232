import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { CurrentStaff } from '../auth/session.guard.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { searchQuery, type SearchQuery } from '@beacon/contracts';
import { SearchService } from './search.service.js';

@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(private readonly searchService: SearchService) {}

  @Get()
  @ApiOperation({
    summary: 'Search patients and message history',
    description:
      'Every word must match (whole words, plurals, or the start of a word); digits match phone numbers (full or last 4; more than 4 digits only with ' +
      'seeContactDetails, else 403 PHONE_SEARCH_FORBIDDEN). Only patients you may see, at locations you work at; page with cursor=nextCursor.',
  })
  @ApiOkResponse({ description: '{ conversations: ConversationView[], messages: [{ message, conversation }], nextCursor }' })
  search(@CurrentStaff() staff: AuthenticatedStaff, @Query(new ZodValidationPipe(searchQuery, 'Search')) query: SearchQuery) {
    return this.searchService.search(staff, query);
  }
}
