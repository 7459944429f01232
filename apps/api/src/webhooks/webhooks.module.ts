import { Module } from '@nestjs/common';
import { InboundMessagesService } from './inbound-messages.service.js';
import { TwilioSignatureGuard } from './twilio-signature.guard.js';
import { TwilioWebhooksController } from './twilio-webhooks.controller.js';

@Module({ controllers: [TwilioWebhooksController], providers: [TwilioSignatureGuard, InboundMessagesService] })
export class WebhooksModule {}
