import { Body, Controller, Header, HttpCode, Inject, Post, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { z } from 'zod';
import type { MikroORM } from '@beacon/db';
import { applyDeliveryStatus, PROVIDER_STATUSES } from '@beacon/inbox';
import { InboundMessagesService } from './inbound-messages.service.js';
import { Public } from '../auth/session.guard.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { INGEST_ORM } from '../core/tokens.js';
import { TwilioSignatureGuard } from './twilio-signature.guard.js';

const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';
const sid = z.string().regex(/^(SM|MM)[0-9a-fA-F]{32}$/, 'must be a Twilio message SID');

const inboundSchema = z
  .looseObject({
    MessageSid: sid,
    From: z.string().min(1),
    To: z.string().min(1),
    Body: z.string().max(1600).default(''),
    NumMedia: z.coerce.number().int().min(0).max(10).default(0),
  })
  .transform((b) => ({
    ...b,
    mediaUrls: Array.from({ length: b.NumMedia }, (_, i) => (b as Record<string, unknown>)[`MediaUrl${i}`]).filter((u): u is string => typeof u === 'string'),
  }));

const statusSchema = z.looseObject({
  MessageSid: sid,
  MessageStatus: z.enum(PROVIDER_STATUSES),
  ErrorCode: z.string().optional(),
  ErrorMessage: z.string().optional(),
});

/** Twilio calls these; each answers only after the change is committed to PostgreSQL. */
@ApiExcludeController()
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
  async inbound(@Body(new ZodValidationPipe(inboundSchema, 'Twilio inbound message')) body: z.output<typeof inboundSchema>): Promise<string> {
    await this.inboundMessages.receive({ providerSid: body.MessageSid, from: body.From, to: body.To, body: body.Body, mediaUrls: body.mediaUrls });
    return EMPTY_TWIML;
  }

  @Post('status')
  @HttpCode(204)
  async status(@Body(new ZodValidationPipe(statusSchema, 'Twilio status callback')) body: z.output<typeof statusSchema>): Promise<void> {
    await applyDeliveryStatus(this.orm.em.fork(), { providerSid: body.MessageSid, status: body.MessageStatus, errorCode: body.ErrorCode, errorMessage: body.ErrorMessage });
  }
}
