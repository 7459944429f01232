import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '@beacon/config';
import { Integration, type IIntegration, type MikroORM } from '@beacon/db';
import { INTEGRATION_TEST_EVENT_TYPE, newToken, signedRequestCurlExample, signRequest, type DataKeyRing } from '@beacon/security';
import { AuditService } from '../audit/audit.service.js';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { BookingEventsService } from '../booking/booking-events.service.js';
import { ApiError } from '../common/api-error.js';
import { APP_CONFIG, DATA_KEY_RING, ORM } from '../core/tokens.js';
import type { CreateIntegrationBody, IntegrationSecretView, IntegrationTestResult, IntegrationView } from '@beacon/contracts';

const present = (i: IIntegration): IntegrationView => ({
  id: i.id,
  name: i.name,
  keyId: i.keyId,
  active: i.active,
  createdAt: i.createdAt.toISOString(),
  lastUsedAt: i.lastUsedAt?.toISOString() ?? null,
  rotatedAt: i.rotatedAt?.toISOString() ?? null,
  revokedAt: i.revokedAt?.toISOString() ?? null,
});

const notFound = () => new ApiError(HttpStatus.NOT_FOUND, 'INTEGRATION_NOT_FOUND', 'This integration key does not exist.');
const revoked = () => new ApiError(HttpStatus.CONFLICT, 'INTEGRATION_REVOKED', 'This key has been revoked. Create a new key instead.');

/**
 * Booking-system keys, managed by staff who manage settings: the secret is sealed by the data key ring and
 * shown once (at creation and at each rotation); revoking stops it at once. All changes are audited.
 */
@Injectable()
export class IntegrationsService {
  constructor(
    @Inject(ORM) private readonly orm: MikroORM,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DATA_KEY_RING) private readonly ring: DataKeyRing,
    private readonly bookings: BookingEventsService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: AuthenticatedStaff): Promise<IntegrationView[]> {
    const rows = await this.orm.em.fork().find(Integration, { organizationId: actor.organizationId }, { orderBy: { active: 'desc', createdAt: 'desc' } });
    return rows.map(present);
  }

  async create(actor: AuthenticatedStaff, input: CreateIntegrationBody): Promise<IntegrationSecretView> {
    const em = this.orm.em.fork();
    const secret = newSecret();
    const integration = em.create(Integration, {
      id: randomUUID(),
      organizationId: actor.organizationId,
      name: input.name,
      keyId: `bk_${newToken(12)}`,
      secretEncrypted: this.ring.encrypt(secret),
      active: true,
      lastUsedAt: null,
      rotatedAt: null,
      revokedAt: null,
      createdAt: new Date(),
    });
    await em.flush();
    await this.audit.recordStaffAction(actor, 'integration.update', { target: { type: 'integration', id: integration.id }, details: { change: 'created', name: input.name, keyId: integration.keyId } });
    return this.withSecret(integration, secret);
  }

  /** A new secret; the old one stops working at once (the booking system must be updated with the new one). */
  async rotate(actor: AuthenticatedStaff, id: string): Promise<IntegrationSecretView> {
    const em = this.orm.em.fork();
    const integration = await this.find(actor, id, em);
    if (!integration.active) throw revoked();
    const secret = newSecret();
    integration.secretEncrypted = this.ring.encrypt(secret);
    integration.rotatedAt = new Date();
    await em.flush();
    await this.audit.recordStaffAction(actor, 'integration.update', { target: { type: 'integration', id }, details: { change: 'rotated', keyId: integration.keyId } });
    return this.withSecret(integration, secret);
  }

  async revoke(actor: AuthenticatedStaff, id: string): Promise<IntegrationView> {
    const em = this.orm.em.fork();
    const integration = await this.find(actor, id, em);
    if (!integration.active) return present(integration);
    integration.active = false;
    integration.revokedAt = new Date();
    await em.flush();
    await this.audit.recordStaffAction(actor, 'integration.update', { target: { type: 'integration', id }, details: { change: 'revoked', keyId: integration.keyId } });
    return present(integration);
  }

  /**
   * Signs a test event with the stored secret and checks it with the booking endpoint's own verification
   * (`BookingEventsService.authenticate`), as a booking system's request would be; records the key's use.
   */
  async sendTestEvent(actor: AuthenticatedStaff, id: string): Promise<IntegrationTestResult> {
    const integration = await this.find(actor, id);
    if (!integration.active) throw revoked();
    const body = JSON.stringify({ eventId: `test-${randomUUID()}`, type: INTEGRATION_TEST_EVENT_TYPE, occurredAt: new Date().toISOString() });
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = signRequest(this.ring.decrypt(integration.secretEncrypted), timestamp, body);
    await this.bookings.authenticate({ key: integration.keyId, timestamp: String(timestamp), signature }, Buffer.from(body));
    return { ok: true, checkedAt: new Date().toISOString(), integration: present(await this.find(actor, id)) };
  }

  private async find(actor: AuthenticatedStaff, id: string, em = this.orm.em.fork()): Promise<IIntegration> {
    const integration = await em.findOne(Integration, { id, organizationId: actor.organizationId });
    if (!integration) throw notFound();
    return integration;
  }

  private withSecret(integration: IIntegration, secret: string): IntegrationSecretView {
    const endpoint = new URL('/api/integrations/booking/events', this.config.PUBLIC_BASE_URL).toString();
    return { ...present(integration), secret, endpoint, curlExample: signedRequestCurlExample({ url: endpoint, keyId: integration.keyId, secret }) };
  }
}

function newSecret(): string {
  return `bsk_${newToken(32)}`;
}
