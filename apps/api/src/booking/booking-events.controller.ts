import { Body, Controller, Headers, HttpCode, Post, Req, type RawBodyRequest } from '@nestjs/common';
import type { Request } from 'express';
import { bookingEventSchema, type BookingEventInput } from '@beacon/appointments';
import { INTEGRATION_TEST_EVENT_TYPE } from '@beacon/security';
import { Public } from '../auth/session.guard.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { BookingEventsService } from './booking-events.service.js';
import type { BookingEventAccepted } from '@beacon/contracts';

const isTestEvent = (body: unknown): boolean => typeof body === 'object' && body !== null && (body as { type?: unknown }).type === INTEGRATION_TEST_EVENT_TYPE;

@Controller('integrations/booking')
export class BookingEventsController {
  constructor(private readonly bookings: BookingEventsService) {}

  @Public()
  @Post('events')
  @HttpCode(202)
  async receive(
    @Req() req: RawBodyRequest<Request>,
    @Headers('x-beacon-key') key: string | undefined,
    @Headers('x-beacon-timestamp') timestamp: string | undefined,
    @Headers('x-beacon-signature') signature: string | undefined,
    @Body() body: unknown,
  ): Promise<BookingEventAccepted> {
    // Authenticate before looking at the body, so unauthenticated callers learn nothing from validation errors.
    const integration = await this.bookings.authenticate({ key, timestamp, signature }, req.rawBody);
    // A signed test event ("send test event", the curl example) proves key and signature and changes nothing.
    if (isTestEvent(body)) return { test: true, integration: integration.name, receivedAt: new Date().toISOString() };
    const event: BookingEventInput = new ZodValidationPipe(bookingEventSchema, 'Booking event').transform(body);
    const result = await this.bookings.record(integration, event);
    return { appointmentId: result.appointmentId, workflowId: result.workflowId, replay: result.replay };
  }
}
