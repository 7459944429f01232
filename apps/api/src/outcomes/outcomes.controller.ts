import { Body, Controller, Get, Header, HttpCode, Post, Query } from '@nestjs/common';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { OwnerOnly, RequirePermission } from '../auth/require-permission.js';
import { CurrentStaff } from '../auth/session.guard.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { outcomesQuery, usagePreviewBody, type OutcomesQueryInput, type UsagePreviewBody } from '@beacon/contracts';
import { OutcomesService } from './outcomes.service.js';

@Controller()
export class OutcomesController {
  constructor(private readonly outcomes: OutcomesService) {}

  @Get('outcomes')
  @OwnerOnly('see outcomes')
  report(@CurrentStaff() staff: AuthenticatedStaff, @Query(new ZodValidationPipe(outcomesQuery, 'Query')) query: OutcomesQueryInput) {
    return this.outcomes.report(staff, query);
  }

  @Get('outcomes/export')
  @OwnerOnly('export outcomes')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="outcomes.csv"')
  export(@CurrentStaff() staff: AuthenticatedStaff, @Query(new ZodValidationPipe(outcomesQuery, 'Query')) query: OutcomesQueryInput): Promise<string> {
    return this.outcomes.exportCsv(staff, query);
  }

  @Get('usage')
  @OwnerOnly('see usage')
  usage(@CurrentStaff() staff: AuthenticatedStaff) {
    return this.outcomes.usage(staff);
  }

  @Post('usage/preview')
  @HttpCode(200)
  @RequirePermission('canSendMessages')
  preview(@CurrentStaff() staff: AuthenticatedStaff, @Body(new ZodValidationPipe(usagePreviewBody)) body: UsagePreviewBody) {
    return this.outcomes.preview(staff, body);
  }

  @Get('plan')
  plan(@CurrentStaff() staff: AuthenticatedStaff) {
    return this.outcomes.plan(staff);
  }
}
