import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { RequirePermission } from '../auth/require-permission.js';
import { CurrentStaff } from '../auth/session.guard.js';
import { ApiError } from '../common/api-error.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { bulkPreviewBody, bulkStartBody, listBulkSendsQuery, type BulkPreviewBody, type BulkStartBody, type ListBulkSendsQuery } from './bulk.schemas.js';
import { BulkService } from './bulk.service.js';

function notFound(): ApiError {
  return new ApiError(HttpStatus.NOT_FOUND, 'BULK_SEND_NOT_FOUND', 'This bulk send does not exist.');
}

/** Bulk messaging: only staff with the bulk messaging permission. */
@ApiTags('bulk-sends')
@ApiForbiddenResponse({ description: 'Your account is not allowed to send bulk messages.' })
@RequirePermission('bulkMessaging')
@Controller('bulk-sends')
export class BulkController {
  constructor(private readonly bulk: BulkService) {}

  @Post('preview')
  @HttpCode(200)
  @ApiOperation({ summary: 'Who a bulk send would reach', description: 'Recipient count and list (masked for staff without contact rights), who is excluded and why, the sample text, the pace and the plan allowance. Sends nothing.' })
  preview(@CurrentStaff() staff: AuthenticatedStaff, @Body(new ZodValidationPipe(bulkPreviewBody)) body: BulkPreviewBody) {
    return this.bulk.preview(staff, body);
  }

  @Post()
  @HttpCode(202)
  @ApiOperation({ summary: 'Start a bulk send', description: 'Stores the send and its recipients and hands it to its workflow (background queue). A repeated clientRequestId returns the same send.' })
  @ApiConflictResponse({ description: 'The plan allowance would be exceeded (send acceptOverage to go ahead).' })
  start(@CurrentStaff() staff: AuthenticatedStaff, @Body(new ZodValidationPipe(bulkStartBody)) body: BulkStartBody) {
    return this.bulk.start(staff, body);
  }

  @Get()
  @ApiOperation({ summary: 'Bulk sends at your locations, newest first' })
  list(@CurrentStaff() staff: AuthenticatedStaff, @Query(new ZodValidationPipe(listBulkSendsQuery, 'Query')) query: ListBulkSendsQuery) {
    return this.bulk.list(staff, query.locationId);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One bulk send with live progress and its recipients' })
  @ApiOkResponse({ description: 'The send, its counters (queued, sent, delivered, failed, excluded) and each recipient.' })
  @ApiNotFoundResponse({ description: 'This bulk send does not exist.' })
  detail(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', new ParseUUIDPipe({ exceptionFactory: notFound })) id: string) {
    return this.bulk.detail(staff, id);
  }

  @Post(':id/pause')
  @HttpCode(200)
  @ApiOperation({ summary: 'Pause a bulk send (nobody else is texted until it is resumed)' })
  @ApiConflictResponse({ description: 'The send is not running.' })
  pause(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', new ParseUUIDPipe({ exceptionFactory: notFound })) id: string) {
    return this.bulk.change(staff, id, 'pause');
  }

  @Post(':id/resume')
  @HttpCode(200)
  @ApiOperation({ summary: 'Resume a paused bulk send' })
  @ApiConflictResponse({ description: 'The send is not paused.' })
  resume(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', new ParseUUIDPipe({ exceptionFactory: notFound })) id: string) {
    return this.bulk.change(staff, id, 'resume');
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a bulk send (everyone not texted yet is skipped)' })
  @ApiConflictResponse({ description: 'The send has already finished or been cancelled.' })
  cancel(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', new ParseUUIDPipe({ exceptionFactory: notFound })) id: string) {
    return this.bulk.change(staff, id, 'cancel');
  }
}
