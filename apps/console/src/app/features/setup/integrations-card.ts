import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Observable } from 'rxjs';
import { apiErrorMessage } from '../../core/api-error';
import { fullDateTime } from '../../shared/format';
import { Integration, IntegrationSecret, SetupApi } from './setup.api';

/**
 * Booking-system keys: create one (its secret and a signed curl example are shown once), send a test
 * event, rotate the secret, revoke the key; each with its last use.
 */
@Component({
  selector: 'bcn-integrations-card',
  imports: [FormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="card" data-testid="integrations-card">
      <h2>Booking-system keys</h2>
      <p class="muted">Your booking system signs each appointment change with a key's secret (see the example). Each key can be rotated or revoked at any time.</p>
      @if (shown(); as s) {
        <div class="secret" data-testid="integration-secret-panel" role="status">
          <p><strong>Copy the secret now: it is not shown again.</strong></p>
          <label>Key id <input class="input mono" readonly [value]="s.keyId" data-testid="integration-key-id" /></label>
          <label>Secret <input class="input mono" readonly [value]="s.secret" data-testid="integration-secret" /></label>
          <label>Example (bash, curl, openssl): a signed test event
            <textarea class="input mono" rows="10" readonly data-testid="integration-curl">{{ s.curlExample }}</textarea>
          </label>
          <button type="button" class="btn btn-ghost btn-sm" (click)="shown.set(null)" data-testid="integration-secret-done">I have copied it</button>
        </div>
      }
      <table class="table">
        <thead><tr><th scope="col">Name</th><th scope="col">Key id</th><th scope="col">Last used</th><th scope="col">Status</th><th scope="col"><span class="sr-only">Actions</span></th></tr></thead>
        <tbody>
          @for (i of keys(); track i.id) {
            <tr data-testid="integration-row" [attr.data-key]="i.keyId">
              <td>{{ i.name }}</td>
              <td class="mono">{{ i.keyId }}</td>
              <td data-testid="integration-last-used">{{ i.lastUsedAt ? when(i.lastUsedAt) : 'Never' }}</td>
              <td>{{ i.active ? 'Active' : 'Revoked' }}</td>
              <td class="actions">
                @if (i.active) {
                  <button type="button" class="btn btn-ghost btn-sm" (click)="test(i)" data-testid="integration-test">Send test event</button>
                  <button type="button" class="btn btn-ghost btn-sm" (click)="rotate(i)" data-testid="integration-rotate">Rotate secret</button>
                  <button type="button" class="btn btn-ghost btn-sm" (click)="revoke(i)" data-testid="integration-revoke">Revoke</button>
                }
              </td>
            </tr>
          } @empty {
            <tr><td colspan="5" class="muted">No keys yet.</td></tr>
          }
        </tbody>
      </table>
      <form class="add" (ngSubmit)="create()">
        <label for="integration-name" class="sr-only">Key name</label>
        <input id="integration-name" class="input" name="name" [(ngModel)]="name" placeholder="e.g. Our booking system" maxlength="120" data-testid="integration-name" />
        <button type="submit" class="btn btn-primary btn-sm" [disabled]="busy()" data-testid="integration-create">Create key</button>
      </form>
      @if (notice(); as n) {
        <p class="alert alert-success" role="status" data-testid="integration-notice">{{ n }}</p>
      }
      @if (error(); as e) {
        <p class="alert alert-error" role="alert" data-testid="integration-error">{{ e }}</p>
      }
    </div>
  `,
  styles: `
    .table { width: 100%; border-collapse: collapse; font-size: 14px; margin: 8px 0; }
    .table th, .table td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--border); }
    .actions { display: flex; gap: 4px; flex-wrap: wrap; }
    .mono { font-family: var(--font-mono, monospace); font-size: 13px; }
    .secret { display: grid; gap: 8px; padding: 12px; border: 1px solid var(--accent); border-radius: var(--radius); margin: 8px 0; }
    .secret label { display: grid; gap: 4px; font-size: 13px; }
    .add { display: flex; gap: 8px; }
  `,
})
export class IntegrationsCard {
  private readonly api = inject(SetupApi);
  /** Emitted after every change, so the checklist can re-read itself. */
  readonly changed = output<void>();
  protected readonly keys = signal<Integration[]>([]);
  protected readonly shown = signal<IntegrationSecret | null>(null);
  protected readonly busy = signal(false);
  protected readonly notice = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected name = 'Booking system';

  constructor() {
    this.reload();
  }

  protected when(iso: string): string {
    return fullDateTime(iso);
  }

  protected create(): void {
    this.run(this.api.createIntegration(this.name.trim()), (s) => {
      this.shown.set(s);
      return `Key ${s.keyId} created.`;
    });
  }

  protected rotate(i: Integration): void {
    this.run(this.api.rotate(i.id), (s) => {
      this.shown.set(s);
      return `New secret for ${i.keyId}; the old one no longer works.`;
    });
  }

  protected revoke(i: Integration): void {
    this.run(this.api.revoke(i.id), () => `${i.keyId} revoked: events signed with it are refused.`);
  }

  protected test(i: Integration): void {
    this.run(this.api.testEvent(i.id), () => `Test event signed with ${i.keyId} passed the signature check.`);
  }

  private run<T>(request: Observable<T>, describe: (value: T) => string): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    request.subscribe({
      next: (value) => {
        this.busy.set(false);
        this.notice.set(describe(value));
        this.reload();
        this.changed.emit();
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.error.set(apiErrorMessage(err, 'That did not work. Please try again.'));
      },
    });
  }

  private reload(): void {
    this.api.integrations().subscribe({ next: (keys) => this.keys.set(keys), error: (err: unknown) => this.error.set(apiErrorMessage(err, "We couldn't load the keys.")) });
  }
}
