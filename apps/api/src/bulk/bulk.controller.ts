import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { RequirePermission } from '../auth/require-permission.js';
import { CurrentStaff } from '../auth/session.guard.js';
import { ApiError } from '../common/api-error.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { bulkPreviewBody, bulkStartBody, listBulkSendsQuery, type BulkPreviewBody, type BulkStartBody, type ListBulkSendsQuery } from '@beacon/contracts';
import { BulkService } from './bulk.service.js';

function notFound(): ApiError {
  return new ApiError(HttpStatus.NOT_FOUND, 'BULK_SEND_NOT_FOUND', 'This bulk send does not exist.');
}

/** Bulk messaging: only staff with the bulk messaging permission. */
@RequirePermission('bulkMessaging')
@Controller('bulk-sends')
export class BulkController {
  constructor(private readonly bulk: BulkService) {}

  @Post('preview')
  @HttpCode(200)
  preview(@CurrentStaff() staff: AuthenticatedStaff, @Body(new ZodValidationPipe(bulkPreviewBody)) body: BulkPreviewBody) {
    return this.bulk.preview(staff, body);
  }

  @Post()
  @HttpCode(202)
  start(@CurrentStaff() staff: AuthenticatedStaff, @Body(new ZodValidationPipe(bulkStartBody)) body: BulkStartBody) {
    return this.bulk.start(staff, body);
  }

  @Get()
  list(@CurrentStaff() staff: AuthenticatedStaff, @Query(new ZodValidationPipe(listBulkSendsQuery, 'Query')) query: ListBulkSendsQuery) {
    return this.bulk.list(staff, query.locationId);
  }

  @Get(':id')
  detail(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', new ParseUUIDPipe({ exceptionFactory: notFound })) id: string) {
    return this.bulk.detail(staff, id);
  }

  @Post(':id/pause')
  @HttpCode(200)
  pause(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', new ParseUUIDPipe({ exceptionFactory: notFound })) id: string) {
    return this.bulk.change(staff, id, 'pause');
  }

  @Post(':id/resume')
  @HttpCode(200)
  resume(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', new ParseUUIDPipe({ exceptionFactory: notFound })) id: string) {
    return this.bulk.change(staff, id, 'resume');
  }

  @Post(':id/cancel')
  @HttpCode(200)
  cancel(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', new ParseUUIDPipe({ exceptionFactory: notFound })) id: string) {
    return this.bulk.change(staff, id, 'cancel');
  }
}
