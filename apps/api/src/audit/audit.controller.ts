import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { OwnerOnly } from '../auth/require-permission.js';
import { CurrentStaff } from '../auth/session.guard.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { auditQuery, type AuditQuery } from '@beacon/contracts';
import { AuditService, MAX_EXPORT_ROWS } from './audit.service.js';

@ApiTags('audit')
@ApiForbiddenResponse({ description: 'Only the practice owner can see the audit trail.' })
@OwnerOnly('see the audit trail')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({ summary: 'Browse the audit trail', description: 'Newest first; filter by staffId, patientId, action, from/to; page with cursor=nextCursor. Reading it is itself recorded.' })
  @ApiOkResponse({ description: '{ events: [{ seq, occurredAt, action, outcome, actor, patientId, target, ip, userAgent, details, hash }], nextCursor }' })
  list(@CurrentStaff() staff: AuthenticatedStaff, @Query(new ZodValidationPipe(auditQuery, 'Query')) query: AuditQuery) {
    return this.audit.list(staff, query);
  }

  @Get('export')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="audit-trail.csv"')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'Export the audit trail as CSV', description: `Same filters as the list, at most ${MAX_EXPORT_ROWS} rows. The export is recorded.` })
  export(@CurrentStaff() staff: AuthenticatedStaff, @Query(new ZodValidationPipe(auditQuery, 'Query')) query: AuditQuery): Promise<string> {
    return this.audit.exportCsv(staff, query);
  }

  @Get('verify')
  @ApiOperation({ summary: 'Check the audit trail has not been altered', description: 'Recomputes the hash chain of your organisation; reports the first entry that does not match.' })
  @ApiOkResponse({ description: '{ ok, checked, firstBroken?: { seq, reason }, verifiedAt }' })
  verify(@CurrentStaff() staff: AuthenticatedStaff) {
    return this.audit.verify(staff);
  }
}
