import { Body, Controller, Get, Header, HttpCode, Param, ParseUUIDPipe, Post, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import type { z } from 'zod';
import { simulatorInboundBody } from '@beacon/contracts';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { RequirePermission } from '../auth/require-permission.js';
import { CurrentStaff, Public } from '../auth/session.guard.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { SimulatorService } from './simulator.service.js';


// A demo tool that shows every patient's number and thread at the location: only for staff who may see all of that.
@RequirePermission('viewAllConversations', 'seeContactDetails')
@Controller('simulator')
export class SimulatorController {
  constructor(private readonly simulator: SimulatorService) {}

  @Get('threads')
  threads(@CurrentStaff() staff: AuthenticatedStaff) {
    return this.simulator.threads(staff);
  }

  @Post('media')
  @HttpCode(201)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: 25 * 1024 * 1024, files: 1 } }))
  upload(@UploadedFile() file: { buffer: Buffer; size: number; originalname: string } | undefined) {
    return this.simulator.uploadPicture(file);
  }

  /** Public like Twilio's media URLs: our inbound-media activity fetches it without a session. */
  @Public()
  @Get('media/:id')
  @Header('cache-control', 'no-store')
  async picture(@Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string, @Res({ passthrough: true }) res: Response) {
    const { contentType, bytes } = await this.simulator.picture(id);
    res.setHeader('content-type', contentType);
    return new StreamableFile(bytes);
  }

  @Post('inbound')
  @HttpCode(202)
  inbound(@CurrentStaff() staff: AuthenticatedStaff, @Body(new ZodValidationPipe(simulatorInboundBody, 'Simulated reply')) body: z.output<typeof simulatorInboundBody>) {
    return this.simulator.reply(staff, body);
  }
}
