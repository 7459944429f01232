import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { SwPush } from '@angular/service-worker';
import { firstValueFrom } from 'rxjs';
import { apiErrorMessage } from '../../core/api-error';
import type { PushDeviceView as PushDevice, PushPublicKey } from '@beacon/contracts';

/** One of the signed-in person's devices that receive notifications (GET /api/push/subscriptions). */
export type { PushDevice };

/**
 * on / off: this device does (not) receive notifications; the others say why it cannot:
 * unsupported (no service worker or Push API here), unconfigured (the server has no VAPID keys),
 * blocked (notifications denied in the browser's settings). unknown: still finding out.
 */
export type DevicePushState = 'unknown' | 'unsupported' | 'unconfigured' | 'blocked' | 'off' | 'on';

/**
 * Notifications on this device: Angular's SwPush subscribes the service worker with the server's VAPID
 * key, and the server keeps the subscription for the person signed in. Turning it off deletes it on the
 * server and unsubscribes the browser.
 */
@Injectable({ providedIn: 'root' })
export class DevicePush {
  private readonly swPush = inject(SwPush);
  private readonly http = inject(HttpClient);
  private publicKey: string | null = null;

  readonly state = signal<DevicePushState>('unknown');
  readonly busy = signal(false);
  readonly error = signal<string | null>(null);
  readonly devices = signal<PushDevice[]>([]);
  private readonly currentEndpoint = signal<string | null>(null);
  /** The person's devices other than this one (to turn off one they no longer use). */
  readonly otherDevices = computed(() => this.devices().filter((d) => d.endpoint !== this.currentEndpoint()));

  async refresh(): Promise<void> {
    if (!this.swPush.isEnabled || typeof Notification === 'undefined') {
      this.state.set('unsupported');
      return;
    }
    try {
      this.publicKey ??= (await firstValueFrom(this.http.get<PushPublicKey>('/api/push/public-key'))).publicKey;
      const [subscription, devices] = await Promise.all([firstValueFrom(this.swPush.subscription), firstValueFrom(this.http.get<PushDevice[]>('/api/push/subscriptions'))]);
      this.devices.set(devices);
      this.currentEndpoint.set(subscription?.endpoint ?? null);
      if (Notification.permission === 'denied') this.state.set('blocked');
      else this.state.set(subscription && devices.some((d) => d.endpoint === subscription.endpoint) ? 'on' : 'off');
    } catch (err) {
      if (err instanceof HttpErrorResponse && err.status === 404) this.state.set('unconfigured');
      else this.error.set(apiErrorMessage(err, "We couldn't check notifications on this device."));
    }
  }

  async turnOn(): Promise<void> {
    await this.run("We couldn't turn notifications on for this device.", async () => {
      if ((await Notification.requestPermission()) !== 'granted') {
        this.state.set(Notification.permission === 'denied' ? 'blocked' : 'off');
        return;
      }
      const subscription = await this.swPush.requestSubscription({ serverPublicKey: this.publicKey ?? '' });
      await firstValueFrom(this.http.post<PushDevice>('/api/push/subscriptions', subscription.toJSON()));
    });
  }

  async turnOff(): Promise<void> {
    await this.run("We couldn't turn notifications off for this device.", async () => {
      const subscription = await firstValueFrom(this.swPush.subscription);
      const device = this.devices().find((d) => d.endpoint === subscription?.endpoint);
      if (device) await firstValueFrom(this.http.delete<void>(`/api/push/subscriptions/${encodeURIComponent(device.id)}`));
      if (subscription) await this.swPush.unsubscribe();
    });
  }

  /** Stops notifications to another of the person's devices (one they lost or no longer use). */
  async remove(device: PushDevice): Promise<void> {
    await this.run("We couldn't turn notifications off for that device.", async () => {
      await firstValueFrom(this.http.delete<void>(`/api/push/subscriptions/${encodeURIComponent(device.id)}`));
    });
  }

  private async run(failure: string, action: () => Promise<void>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      await action();
      await this.refresh();
    } catch (err) {
      this.error.set(apiErrorMessage(err, failure));
    } finally {
      this.busy.set(false);
    }
  }
}
