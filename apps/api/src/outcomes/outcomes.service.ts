import { Inject, Injectable } from '@nestjs/common';
import type { MikroORM } from '@beacon/db';
import { outcomesCsv, outcomesReport } from '@beacon/outcomes';
import { checkAllowance, monthlyUsage, organizationPlan, planEntitlements } from '@beacon/plans';
import { assertLocationAccess } from '../auth/access.util.js';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { AuditService } from '../audit/audit.service.js';
import { ORM } from '../core/tokens.js';
import type { AllowanceCheck, MonthlyUsage, OutcomesQueryInput, OutcomesReport, PlanEntitlements, UsagePreviewBody } from '@beacon/contracts';

const DAY = 86_400_000;

/** Outcomes, usage and plan for the owner's page; the numbers come from @beacon/outcomes and @beacon/plans. */
@Injectable()
export class OutcomesService {
  constructor(
    @Inject(ORM) private readonly orm: MikroORM,
    private readonly audit: AuditService,
  ) {}

  async report(staff: AuthenticatedStaff, query: OutcomesQueryInput, now = new Date()): Promise<OutcomesReport> {
    if (query.locationId) assertLocationAccess(staff, query.locationId);
    const to = query.to ? new Date(query.to) : now;
    // Default: the last 12 weeks, or the last 12 months.
    const from = query.from ? new Date(query.from) : new Date(to.getTime() - (query.granularity === 'month' ? 365 : 84) * DAY);
    return outcomesReport(this.orm.em.fork(), {
      organizationId: staff.organizationId,
      locationIds: query.locationId ? [query.locationId] : staff.locationIds,
      providerName: query.provider ?? null,
      granularity: query.granularity,
      from,
      to,
    });
  }

  async exportCsv(staff: AuthenticatedStaff, query: OutcomesQueryInput): Promise<string> {
    const report = await this.report(staff, query);
    await this.audit.recordStaffAction(staff, 'export', { details: { what: 'outcomes', granularity: report.granularity, from: report.from, to: report.to, locationId: query.locationId ?? null, provider: query.provider ?? null } });
    return outcomesCsv(report);
  }

  usage(staff: AuthenticatedStaff): Promise<MonthlyUsage> {
    return monthlyUsage(this.orm.em.fork(), staff.organizationId);
  }

  preview(staff: AuthenticatedStaff, body: UsagePreviewBody): Promise<AllowanceCheck> {
    return checkAllowance(this.orm.em.fork(), staff.organizationId, body.texts);
  }

  async plan(staff: AuthenticatedStaff): Promise<PlanEntitlements> {
    return planEntitlements(await organizationPlan(this.orm.em.fork(), staff.organizationId));
  }
}
