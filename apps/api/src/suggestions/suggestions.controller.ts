import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { OwnerOnly } from '../auth/require-permission.js';
import { CurrentStaff } from '../auth/session.guard.js';
import { ApiError } from '../common/api-error.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import {
  suggestionFeedbackBody,
  suggestionSettingsBody,
  suggestionStatsQuery,
  type SuggestionFeedbackBody,
  type SuggestionSettingsBody,
  type SuggestionStatsQuery,
} from '@beacon/contracts';
import { SuggestionsService } from './suggestions.service.js';

const uuid = (what: string) => new ParseUUIDPipe({ exceptionFactory: () => new ApiError(HttpStatus.NOT_FOUND, `${what.toUpperCase()}_NOT_FOUND`, `This ${what} does not exist.`) });

@Controller()
export class SuggestionsController {
  constructor(private readonly suggestions: SuggestionsService) {}

  @Get('conversations/:id/suggestions')
  forConversation(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', uuid('conversation')) id: string) {
    return this.suggestions.forConversation(staff, id);
  }

  @Post('suggestions/:messageId/feedback')
  @HttpCode(204)
  async feedback(@CurrentStaff() staff: AuthenticatedStaff, @Param('messageId', uuid('message')) messageId: string, @Body(new ZodValidationPipe(suggestionFeedbackBody, 'Feedback')) body: SuggestionFeedbackBody): Promise<void> {
    await this.suggestions.feedback(staff, messageId, body);
  }

  @OwnerOnly('see or change smart-reply settings')
  @Get('suggestions/stats')
  stats(@CurrentStaff() staff: AuthenticatedStaff, @Query(new ZodValidationPipe(suggestionStatsQuery, 'Query')) query: SuggestionStatsQuery) {
    return this.suggestions.stats(staff, query);
  }

  @OwnerOnly('see or change smart-reply settings')
  @Put('suggestions/settings')
  updateSettings(@CurrentStaff() staff: AuthenticatedStaff, @Body(new ZodValidationPipe(suggestionSettingsBody, 'Settings')) body: SuggestionSettingsBody) {
    return this.suggestions.updateSettings(staff, body);
  }
}
