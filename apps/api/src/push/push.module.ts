import { Module } from '@nestjs/common';
import { PushController } from './push.controller.js';
import { PushService } from './push.service.js';

/** Push notifications to staff devices: the VAPID public key and each person's device subscriptions. */
@Module({
  controllers: [PushController],
  providers: [PushService],
})
export class PushModule {}
