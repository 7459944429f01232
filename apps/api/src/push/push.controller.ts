import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { CurrentStaff } from '../auth/session.guard.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { pushSubscriptionInput, type PushSubscriptionBody } from '@beacon/contracts';
import { deviceNotFound, PushService } from './push.service.js';

@Controller('push')
export class PushController {
  constructor(private readonly push: PushService) {}

  @Get('public-key')
  publicKey() {
    return this.push.publicKey();
  }

  @Get('subscriptions')
  devices(@CurrentStaff() staff: AuthenticatedStaff) {
    return this.push.devices(staff);
  }

  @Post('subscriptions')
  subscribe(@CurrentStaff() staff: AuthenticatedStaff, @Body(new ZodValidationPipe(pushSubscriptionInput)) body: PushSubscriptionBody) {
    return this.push.subscribe(staff, body);
  }

  @Delete('subscriptions/:id')
  @HttpCode(204)
  async unsubscribe(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', new ParseUUIDPipe({ exceptionFactory: deviceNotFound })) id: string): Promise<void> {
    await this.push.unsubscribe(staff, id);
  }
}
