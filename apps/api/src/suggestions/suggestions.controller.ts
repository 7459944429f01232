import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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

@ApiTags('smart replies')
@Controller()
export class SuggestionsController {
  constructor(private readonly suggestions: SuggestionsService) {}

  @Get('conversations/:id/suggestions')
  @ApiOperation({ summary: 'Smart replies for the newest inbound text', description: 'Prepared by the worker when the text arrived; empty once staff have replied, for staff who cannot send, or after an opt-out.' })
  @ApiOkResponse({ description: '{ messageId, intent, engine, suggestions: [{ key, text, source }] }' })
  forConversation(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', uuid('conversation')) id: string) {
    return this.suggestions.forConversation(staff, id);
  }

  @Post('suggestions/:messageId/feedback')
  @HttpCode(204)
  @ApiOperation({ summary: 'Record what staff did with a suggestion', description: 'chosen (placed in the composer), dismissed, or sent (edited or not). Ranking learns from it.' })
  @ApiNoContentResponse({ description: 'Recorded (recording the same thing twice is harmless).' })
  async feedback(@CurrentStaff() staff: AuthenticatedStaff, @Param('messageId', uuid('message')) messageId: string, @Body(new ZodValidationPipe(suggestionFeedbackBody, 'Feedback')) body: SuggestionFeedbackBody): Promise<void> {
    await this.suggestions.feedback(staff, messageId, body);
  }

  @OwnerOnly('see or change smart-reply settings')
  @Get('suggestions/stats')
  @ApiOperation({ summary: 'Acceptance of smart replies per intent (owners)' })
  stats(@CurrentStaff() staff: AuthenticatedStaff, @Query(new ZodValidationPipe(suggestionStatsQuery, 'Query')) query: SuggestionStatsQuery) {
    return this.suggestions.stats(staff, query);
  }

  @OwnerOnly('see or change smart-reply settings')
  @Put('suggestions/settings')
  @ApiOperation({ summary: 'Turn AI-written suggestions on or off for the organisation (owners)', description: 'Needs OPENAI_API_KEY on the server and a confirmed BAA; the built-in engine is always the fallback.' })
  updateSettings(@CurrentStaff() staff: AuthenticatedStaff, @Body(new ZodValidationPipe(suggestionSettingsBody, 'Settings')) body: SuggestionSettingsBody) {
    return this.suggestions.updateSettings(staff, body);
  }
}
