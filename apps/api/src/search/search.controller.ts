import { Controller, Get, Query } from '@nestjs/common';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { CurrentStaff } from '../auth/session.guard.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { searchQuery, type SearchQuery } from '@beacon/contracts';
import { SearchService } from './search.service.js';

@Controller('search')
export class SearchController {
  constructor(private readonly searchService: SearchService) {}

  @Get()
  search(@CurrentStaff() staff: AuthenticatedStaff, @Query(new ZodValidationPipe(searchQuery, 'Search')) query: SearchQuery) {
    return this.searchService.search(staff, query);
  }
}
