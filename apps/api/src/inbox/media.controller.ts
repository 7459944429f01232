import { Controller, Get, Header, Param, ParseUUIDPipe, Post, Query, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { z } from 'zod';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { RequirePermission } from '../auth/require-permission.js';
import { CurrentStaff, Public } from '../auth/session.guard.js';
import { publicMediaQuery } from '@beacon/contracts';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { MediaService, type UploadedFile as Upload } from './media.service.js';

const uuid = () => new ParseUUIDPipe({ errorHttpStatusCode: 404 });
/** Hard cap on what multer buffers; the 5 MB rule is checked (with a clear message) by the service. */
const UPLOAD_CAP_BYTES = 25 * 1024 * 1024;

@Controller()
export class MediaController {
  constructor(private readonly media: MediaService) {}

  @RequirePermission('canSendMessages')
  @Post('conversations/:id/media')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: UPLOAD_CAP_BYTES, files: 1 } }))
  upload(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', uuid()) id: string, @UploadedFile() file: Upload | undefined) {
    return this.media.upload(staff, id, file);
  }

  @Get('media/:id')
  @Header('cache-control', 'private, max-age=300')
  async read(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', uuid()) id: string, @Res({ passthrough: true }) res: Response) {
    const { contentType, bytes } = await this.media.read(staff, id);
    res.setHeader('content-type', contentType);
    res.setHeader('x-content-type-options', 'nosniff');
    return new StreamableFile(bytes);
  }

  @Public()
  @Get('public/media/:id')
  @Header('cache-control', 'no-store')
  async readSigned(@Param('id', uuid()) id: string, @Query(new ZodValidationPipe(publicMediaQuery, 'Query')) q: z.output<typeof publicMediaQuery>, @Res({ passthrough: true }) res: Response) {
    const { contentType, bytes } = await this.media.readSigned(id, q.expires, q.sig);
    res.setHeader('content-type', contentType);
    res.setHeader('x-content-type-options', 'nosniff');
    // The link itself is the credential (short-lived, signed, no cookie): the patient simulator on the
    // console's origin embeds it, so it must not carry the API's default same-origin resource policy.
    res.setHeader('cross-origin-resource-policy', 'cross-origin');
    return new StreamableFile(bytes);
  }
}
