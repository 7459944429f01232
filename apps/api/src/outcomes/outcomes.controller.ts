import { Body, Controller, Get, Header, HttpCode, Post, Query } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { OwnerOnly, RequirePermission } from '../auth/require-permission.js';
import { CurrentStaff } from '../auth/session.guard.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { outcomesQuery, usagePreviewBody, type OutcomesQueryInput, type UsagePreviewBody } from './outcomes.schemas.js';
import { OutcomesService } from './outcomes.service.js';

@ApiTags('outcomes')
@Controller()
export class OutcomesController {
  constructor(private readonly outcomes: OutcomesService) {}

  @Get('outcomes')
  @OwnerOnly('see outcomes')
  @ApiForbiddenResponse({ description: 'Only the practice owner sees outcomes.' })
  @ApiOperation({ summary: 'Outcomes of messaging', description: 'Confirmation, no-show, late-cancellation and reschedule rates by week or month, per location and provider, with the baseline before reminders started; delivery and failure reasons; opt-outs; staff response time; revenue recovered with its method; scenario and template funnel.' })
  report(@CurrentStaff() staff: AuthenticatedStaff, @Query(new ZodValidationPipe(outcomesQuery, 'Query')) query: OutcomesQueryInput) {
    return this.outcomes.report(staff, query);
  }

  @Get('outcomes/export')
  @OwnerOnly('export outcomes')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="outcomes.csv"')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'Outcomes as CSV', description: 'Same filters as GET /outcomes; one row per period and a total. The export is recorded in the audit trail.' })
  export(@CurrentStaff() staff: AuthenticatedStaff, @Query(new ZodValidationPipe(outcomesQuery, 'Query')) query: OutcomesQueryInput): Promise<string> {
    return this.outcomes.exportCsv(staff, query);
  }

  @Get('usage')
  @OwnerOnly('see usage')
  @ApiOperation({ summary: "This month's usage", description: 'SMS segments in and out per location against the plan allowance, projected to month end, with overage at $0.02 per text.' })
  usage(@CurrentStaff() staff: AuthenticatedStaff) {
    return this.outcomes.usage(staff);
  }

  @Post('usage/preview')
  @HttpCode(200)
  @RequirePermission('canSendMessages')
  @ApiOperation({ summary: 'What texts would add to usage', description: 'Segments the texts take and how many of them fall over the allowance (never blocks a send).' })
  @ApiOkResponse({ description: '{ plan, allowance, usedThisMonth, segments, usedAfter, overageTexts, overageCents, message }' })
  preview(@CurrentStaff() staff: AuthenticatedStaff, @Body(new ZodValidationPipe(usagePreviewBody)) body: UsagePreviewBody) {
    return this.outcomes.preview(staff, body);
  }

  @Get('plan')
  @ApiOperation({ summary: "The organisation's plan", description: 'Allowance, staff limit, and each feature with whether it is included and, if not, why.' })
  plan(@CurrentStaff() staff: AuthenticatedStaff) {
    return this.outcomes.plan(staff);
  }
}
