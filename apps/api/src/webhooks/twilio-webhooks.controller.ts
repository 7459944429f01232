import { Body, Controller, Header, HttpCode, Inject, Post, UseGuards } from '@nestjs/common';
import type { z } from 'zod';
import type { MikroORM } from '@beacon/db';
import { applyDeliveryStatus } from '@beacon/inbox';
import { twilioInboundForm, twilioStatusForm } from '@beacon/contracts';
import { InboundMessagesService } from './inbound-messages.service.js';
import { Public } from '../auth/session.guard.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { INGEST_ORM } from '../core/tokens.js';
import { TwilioSignatureGuard } from './twilio-signature.guard.js';

const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';

/** Twilio calls these; each answers only after the change is committed to PostgreSQL. */
@Public()
@UseGuards(TwilioSignatureGuard)
@Controller('webhooks/twilio')
export class TwilioWebhooksController {
  constructor(
    @Inject(INGEST_ORM) private readonly orm: MikroORM,
    private readonly inboundMessages: InboundMessagesService,
  ) {}

  @Post('sms')
  @HttpCode(200)
  @Header('content-type', 'text/xml')
  async inbound(@Body(new ZodValidationPipe(twilioInboundForm, 'Twilio inbound message')) body: z.output<typeof twilioInboundForm>): Promise<string> {
    await this.inboundMessages.receive({ providerSid: body.MessageSid, from: body.From, to: body.To, body: body.Body, mediaUrls: body.mediaUrls });
    return EMPTY_TWIML;
  }

  @Post('status')
  @HttpCode(204)
  async status(@Body(new ZodValidationPipe(twilioStatusForm, 'Twilio status callback')) body: z.output<typeof twilioStatusForm>): Promise<void> {
    await applyDeliveryStatus(this.orm.em.fork(), { providerSid: body.MessageSid, status: body.MessageStatus, errorCode: body.ErrorCode, errorMessage: body.ErrorMessage });
  }
}
