import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { recordBookingEvent, type BookingEventInput } from '@beacon/appointments';
import { Integration, type IIntegration, type MikroORM } from '@beacon/db';
import { verifyRequestSignature, type DataKeyRing } from '@beacon/security';
import { ApiError } from '../common/api-error.js';
import { DATA_KEY_RING, INGEST_ORM } from '../core/tokens.js';

@Injectable()
export class BookingEventsService {
  constructor(
    @Inject(INGEST_ORM) private readonly orm: MikroORM,
    @Inject(DATA_KEY_RING) private readonly encryption: DataKeyRing,
  ) {}

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
    // Last use, for owners managing keys: at most one write a minute per key, off the event's own transaction.
    await this.orm.em
      .getConnection()
      .execute(`update integration set last_used_at = now() where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')`, [integration.id]);
    return integration;
  }

  record(integration: IIntegration, event: BookingEventInput) {
    return recordBookingEvent({ em: () => this.orm.em.fork() }, integration, event);
  }
}
