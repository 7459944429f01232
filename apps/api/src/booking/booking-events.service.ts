import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import { recordBookingEvent, TemporalAppointmentGateway, type BookingEventInput } from '@beacon/appointments';
import type { AppConfig } from '@beacon/config';
import { Integration, type IIntegration, type MikroORM } from '@beacon/db';
import { verifyRequestSignature, type FieldEncryption } from '@beacon/security';
import { ApiError } from '../common/api-error.js';
import { APP_CONFIG, FIELD_ENCRYPTION, ORM, TEMPORAL_CLIENT } from '../core/tokens.js';

@Injectable()
export class BookingEventsService {
  private readonly gateway: TemporalAppointmentGateway;

  constructor(
    @Inject(ORM) private readonly orm: MikroORM,
    @Inject(FIELD_ENCRYPTION) private readonly encryption: FieldEncryption,
    @Inject(TEMPORAL_CLIENT) temporal: Client,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.gateway = new TemporalAppointmentGateway(temporal, config.TEMPORAL_TASK_QUEUE);
  }

  /** API key + HMAC of the raw body with a timestamp; 401 with the reason otherwise. */
  async authenticate(headers: { key?: string | undefined; timestamp?: string | undefined; signature?: string | undefined }, rawBody: Buffer | undefined): Promise<IIntegration> {
    if (!headers.key) throw new ApiError(HttpStatus.UNAUTHORIZED, 'MISSING_API_KEY', 'X-Beacon-Key header with your integration key is required.');
    const integration = await this.orm.em.fork().findOne(Integration, { keyId: headers.key, active: true });
    if (!integration) throw new ApiError(HttpStatus.UNAUTHORIZED, 'UNKNOWN_API_KEY', 'The integration key is not recognised or has been disabled.');
    const check = verifyRequestSignature({
      secret: this.encryption.decrypt(integration.secretEncrypted),
      timestampHeader: headers.timestamp,
      signatureHeader: headers.signature,
      rawBody: rawBody?.toString('utf8') ?? '',
      nowSeconds: Math.floor(Date.now() / 1000),
    });
    if (!check.ok) throw new ApiError(HttpStatus.UNAUTHORIZED, 'BAD_SIGNATURE', check.reason);
    return integration;
  }

  record(integration: IIntegration, event: BookingEventInput) {
    return recordBookingEvent({ em: () => this.orm.em.fork(), workflows: this.gateway }, integration, event);
  }
}
