import { Controller, Get, Header, Query } from '@nestjs/common';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { OwnerOnly } from '../auth/require-permission.js';
import { CurrentStaff } from '../auth/session.guard.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { auditQuery, type AuditQuery } from '@beacon/contracts';
import { AuditService } from './audit.service.js';

@OwnerOnly('see the audit trail')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  list(@CurrentStaff() staff: AuthenticatedStaff, @Query(new ZodValidationPipe(auditQuery, 'Query')) query: AuditQuery) {
    return this.audit.list(staff, query);
  }

  @Get('export')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="audit-trail.csv"')
  export(@CurrentStaff() staff: AuthenticatedStaff, @Query(new ZodValidationPipe(auditQuery, 'Query')) query: AuditQuery): Promise<string> {
    return this.audit.exportCsv(staff, query);
  }

  @Get('verify')
  verify(@CurrentStaff() staff: AuthenticatedStaff) {
    return this.audit.verify(staff);
  }
}
