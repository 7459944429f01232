import { Body, Controller, Headers, HttpCode, Post, Req, type RawBodyRequest } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiHeader, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { z } from 'zod';
import { bookingEventSchema, type BookingEventInput } from '@beacon/appointments';
import { Public } from '../auth/session.guard.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { BookingEventsService } from './booking-events.service.js';
import type { BookingEventAccepted } from '@beacon/contracts';

@ApiTags('booking integration')
@Controller('integrations/booking')
export class BookingEventsController {
  constructor(private readonly bookings: BookingEventsService) {}

  @Public()
  @Post('events')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Report an appointment change from a booking system',
    description:
      'Sign every request: X-Beacon-Signature = hex HMAC-SHA256 of "<X-Beacon-Timestamp>.<raw body>" with the integration secret. Requests older than 5 minutes are refused. Replaying an eventId is safe: it is acknowledged again without acting twice. Answers 202 once the event, the appointment and its hand-off to the appointment workflow are committed to the database (a transactional outbox relays it to Temporal, in order per appointment, even after a crash).',
  })
  @ApiHeader({ name: 'X-Beacon-Key', required: true, description: 'Integration key id' })
  @ApiHeader({ name: 'X-Beacon-Timestamp', required: true, description: 'Unix time in seconds' })
  @ApiHeader({ name: 'X-Beacon-Signature', required: true, description: 'hex HMAC-SHA256' })
  @ApiBody({ schema: z.toJSONSchema(bookingEventSchema, { io: 'input' }) as object })
  @ApiAcceptedResponse({ description: '{ appointmentId, workflowId, replay }' })
  @ApiUnauthorizedResponse({ description: 'Missing/unknown key, stale timestamp or bad signature' })
  async receive(
    @Req() req: RawBodyRequest<Request>,
    @Headers('x-beacon-key') key: string | undefined,
    @Headers('x-beacon-timestamp') timestamp: string | undefined,
    @Headers('x-beacon-signature') signature: string | undefined,
    @Body() body: unknown,
  ): Promise<BookingEventAccepted> {
    // Authenticate before looking at the body, so unauthenticated callers learn nothing from validation errors.
    const integration = await this.bookings.authenticate({ key, timestamp, signature }, req.rawBody);
    const event: BookingEventInput = new ZodValidationPipe(bookingEventSchema, 'Booking event').transform(body);
    const result = await this.bookings.record(integration, event);
    return { appointmentId: result.appointmentId, workflowId: result.workflowId, replay: result.replay };
  }
}
