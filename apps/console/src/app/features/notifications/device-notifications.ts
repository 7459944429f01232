import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { DevicePush, type PushDevice } from './device-push';

const HINTS = {
  unknown: 'Checking this device…',
  unsupported: "This browser can't show notifications from Beacon here (install Beacon as an app, or use another browser).",
  unconfigured: 'Notifications on devices are not set up on this Beacon server.',
  blocked: "Notifications are blocked for Beacon in this browser's settings.",
  off: 'Be told on this device when a patient you can see texts, a text is urgent, or an alert is assigned to you.',
  on: 'You are told of new and urgent texts from patients you can see, and of alerts on threads assigned to you. The notification never shows their name, number or words.',
} as const;

/** The user menu's "Notifications on this device" switch, and the person's other devices that receive them. */
@Component({
  selector: 'bcn-device-notifications',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="device-push" data-testid="device-notifications" [attr.data-state]="push.state()" aria-label="Notifications">
      <label class="row">
        <input
          type="checkbox"
          role="switch"
          data-testid="push-toggle"
          [checked]="push.state() === 'on'"
          [disabled]="push.busy() || !switchable()"
          (change)="toggle($event)"
        />
        <span class="label">Notifications on this device</span>
      </label>
      <p class="hint" data-testid="push-hint">{{ hint() }}</p>
      @if (push.error(); as err) {
        <p class="alert alert-error" role="alert" data-testid="push-error">{{ err }}</p>
      }
      @if (push.otherDevices().length) {
        <h3 class="others-title">Your other devices</h3>
        <ul class="others">
          @for (d of push.otherDevices(); track d.id) {
            <li data-testid="push-device">
              <span>{{ d.label ?? 'A browser' }}</span>
              <button type="button" class="btn btn-ghost btn-sm" data-testid="push-device-remove" [disabled]="push.busy()" (click)="remove(d)">Turn off</button>
            </li>
          }
        </ul>
      }
    </section>
  `,
  styles: `
    .device-push {
      display: grid;
      gap: 6px;
      padding: 8px;
    }
    .row {
      display: flex;
      align-items: center;
      gap: 8px;
      font-weight: 600;
      font-size: 14px;
      cursor: pointer;
    }
    .hint {
      margin: 0;
      font-size: 12px;
      color: var(--text-muted);
    }
    .others-title {
      margin: 6px 0 0;
      font-size: 12px;
      font-weight: 600;
    }
    .others {
      margin: 0;
      padding: 0;
      list-style: none;
      display: grid;
      gap: 4px;
      font-size: 13px;
    }
    .others li {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
    }
  `,
})
export class DeviceNotifications {
  protected readonly push = inject(DevicePush);
  protected readonly hint = computed(() => HINTS[this.push.state()]);
  protected readonly switchable = computed(() => this.push.state() === 'on' || this.push.state() === 'off');

  constructor() {
    void this.push.refresh();
  }

  protected toggle(event: Event): void {
    const input = event.target as HTMLInputElement;
    // The switch shows what is true once done (a refused permission leaves it off).
    void (input.checked ? this.push.turnOn() : this.push.turnOff()).then(() => (input.checked = this.push.state() === 'on'));
  }

  protected remove(device: PushDevice): void {
    void this.push.remove(device);
  }
}
