import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '@beacon/config';
import type { MikroORM } from '@beacon/db';
import { deletePushDevice, deviceLabel, listPushDevices, pushEndpointProblem, savePushSubscription } from '@beacon/notifications';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { ApiError } from '../common/api-error.js';
import { APP_CONFIG, ORM } from '../core/tokens.js';
import type { PushDeviceView as PushDevice, PushPublicKey, PushSubscriptionBody } from '@beacon/contracts';

const notConfigured = () => new ApiError(HttpStatus.NOT_FOUND, 'PUSH_NOT_CONFIGURED', 'Notifications on devices are not set up on this server (no VAPID keys).');

/** Staff devices that receive push notifications: each person manages their own. */
@Injectable()
export class PushService {
  constructor(
    @Inject(ORM) private readonly orm: MikroORM,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  publicKey(): PushPublicKey {
    if (!this.config.VAPID_PUBLIC_KEY) throw notConfigured();
    return { publicKey: this.config.VAPID_PUBLIC_KEY };
  }

  async subscribe(staff: AuthenticatedStaff, body: PushSubscriptionBody): Promise<PushDevice> {
    if (!this.config.VAPID_PUBLIC_KEY) throw notConfigured();
    const problem = pushEndpointProblem(body.endpoint, this.config.NODE_ENV === 'production');
    if (problem) throw new ApiError(HttpStatus.BAD_REQUEST, 'INVALID_PUSH_ENDPOINT', `endpoint ${problem}.`);
    return savePushSubscription(this.orm.em.fork(), staff, { endpoint: body.endpoint, p256dh: body.keys.p256dh, auth: body.keys.auth, label: deviceLabel(staff.origin.userAgent ?? undefined) });
  }

  devices(staff: AuthenticatedStaff): Promise<PushDevice[]> {
    return listPushDevices(this.orm.em.fork(), staff.id);
  }

  async unsubscribe(staff: AuthenticatedStaff, id: string): Promise<void> {
    if (!(await deletePushDevice(this.orm.em.fork(), staff.id, id))) throw deviceNotFound();
  }
}

export const deviceNotFound = () => new ApiError(HttpStatus.NOT_FOUND, 'PUSH_DEVICE_NOT_FOUND', 'This device does not receive your notifications.');
