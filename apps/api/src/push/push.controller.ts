import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { CurrentStaff } from '../auth/session.guard.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { pushSubscriptionInput, type PushSubscriptionBody } from './push.schemas.js';
import { deviceNotFound, PushService } from './push.service.js';

@ApiTags('push')
@Controller('push')
export class PushController {
  constructor(private readonly push: PushService) {}

  @Get('public-key')
  @ApiOperation({ summary: "The server's VAPID public key, for PushManager.subscribe({ applicationServerKey })" })
  @ApiOkResponse({ description: '{ publicKey } (base64url)' })
  @ApiNotFoundResponse({ description: 'PUSH_NOT_CONFIGURED: this server has no VAPID keys.' })
  publicKey() {
    return this.push.publicKey();
  }

  @Get('subscriptions')
  @ApiOperation({ summary: 'My devices that receive notifications', description: '[{ id, endpoint, label ("Chrome on Android"), createdAt, lastSuccessAt }], newest first.' })
  devices(@CurrentStaff() staff: AuthenticatedStaff) {
    return this.push.devices(staff);
  }

  @Post('subscriptions')
  @ApiOperation({
    summary: 'Turn notifications on for this device',
    description:
      "Body: the browser's PushSubscription.toJSON() ({ endpoint, keys: { p256dh, auth } }). A new patient text or an urgent one is then pushed to it when you may see the thread: a title and a link, never the patient's name, number or words. Subscribing a device someone else had moves it to you.",
  })
  @ApiCreatedResponse({ description: 'The device: { id, endpoint, label, createdAt, lastSuccessAt }.' })
  subscribe(@CurrentStaff() staff: AuthenticatedStaff, @Body(new ZodValidationPipe(pushSubscriptionInput)) body: PushSubscriptionBody) {
    return this.push.subscribe(staff, body);
  }

  @Delete('subscriptions/:id')
  @HttpCode(204)
  @ApiParam({ name: 'id', description: 'Device id (UUID)' })
  @ApiOperation({ summary: 'Turn notifications off for one of my devices' })
  @ApiNoContentResponse({ description: 'Nothing more is pushed to it.' })
  @ApiNotFoundResponse({ description: 'Not one of your devices.' })
  async unsubscribe(@CurrentStaff() staff: AuthenticatedStaff, @Param('id', new ParseUUIDPipe({ exceptionFactory: deviceNotFound })) id: string): Promise<void> {
    await this.push.unsubscribe(staff, id);
  }
}
