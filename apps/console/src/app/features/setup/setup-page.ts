import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { interval } from 'rxjs';
import { apiErrorMessage } from '../../core/api-error';
import { AuthService } from '../../core/auth.service';
import { LocationContext } from '../../core/location-context';
import { AfterHoursSettings } from '../settings/after-hours-settings';
import { SettingsApi } from '../settings/settings.api';
import { LocationsCard } from '../staff/locations-card';
import { IntegrationsCard } from './integrations-card';
import { SetupApi, SetupChecklist, SetupStepId } from './setup.api';

const STEP_TITLES: Record<SetupStepId, string> = {
  location: 'Add a location with its hours and sending number',
  staff: 'Invite your staff',
  integration: 'Connect your booking system',
  test_text: 'Send yourself a test text',
};

/**
 * A new owner's setup, ending with a first text on their phone. Each step's tick comes from the data
 * (GET /api/onboarding/checklist), so it is right however the step was done. Each step reuses the
 * feature that does it: the locations card, the business hours form, the Staff page, the durable test send.
 */
@Component({
  selector: 'bcn-setup-page',
  imports: [FormsModule, RouterLink, LocationsCard, AfterHoursSettings, IntegrationsCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <header>
        <h1>Set up {{ auth.staff()?.name ? 'your clinic' : 'Beacon' }}</h1>
        @if (checklist(); as c) {
          <p class="muted" data-testid="setup-progress">{{ doneCount() }} of {{ c.steps.length }} steps done</p>
          @if (c.complete) {
            <p class="alert alert-success" role="status" data-testid="setup-complete">All set: your first text went out. Your inbox is ready.</p>
          }
        }
      </header>
      <ol class="steps">
        @for (s of checklist()?.steps ?? []; track s.id) {
          <li class="step" [class.done]="s.done" [attr.data-testid]="'setup-step-' + s.id" [attr.data-done]="s.done">
            <span class="tick" aria-hidden="true">{{ s.done ? '✓' : '' }}</span>
            <span class="title">{{ titles[s.id] }}<span class="sr-only">{{ s.done ? ' (done)' : ' (to do)' }}</span></span>
          </li>
        }
      </ol>

      <section class="block" aria-labelledby="setup-location">
        <h2 id="setup-location">1. Location</h2>
        @if (checklist()?.sendingNumber; as n) {
          <p class="muted" data-testid="setup-number-hint">
            @if (n.provider === 'simulator') {
              Texts go to the built-in patient simulator here, so any unused number works: we filled in {{ n.suggestion }} for a new location.
            } @else {
              Use a number from your Twilio account (with its messaging webhook pointed at Beacon).
            }
          </p>
        }
        <bcn-locations-card [suggestedNumber]="checklist()?.sendingNumber?.suggestion ?? null" />
        @if (locations.selected()) {
          <bcn-after-hours-settings />
        }
      </section>

      <section class="block" aria-labelledby="setup-staff">
        <h2 id="setup-staff">2. Staff</h2>
        <p>Add each person with a role preset (front desk, provider, …). Leave the password empty and they get an email to choose their own.</p>
        <a class="btn btn-ghost btn-sm" routerLink="/staff" data-testid="setup-go-staff">Invite staff on the Staff page</a>
      </section>

      <section class="block" aria-labelledby="setup-integration">
        <h2 id="setup-integration">3. Booking system</h2>
        <bcn-integrations-card (changed)="reload()" />
      </section>

      <section class="block" aria-labelledby="setup-test">
        <h2 id="setup-test">4. Test text</h2>
        @if (locations.selected(); as loc) {
          <form class="test" (ngSubmit)="sendTest(loc.id)">
            <label for="setup-test-phone">Your mobile number</label>
            <input id="setup-test-phone" class="input" name="phone" [(ngModel)]="phone" placeholder="(512) 555-0123" data-testid="setup-test-phone" />
            <button type="submit" class="btn btn-primary btn-sm" [disabled]="sending()" data-testid="setup-test-send">Send a test text from {{ loc.name }}</button>
          </form>
          @if (testStatus(); as t) {
            <p class="muted" role="status" data-testid="setup-test-status">{{ t }}</p>
          }
          @if (checklist()?.sendingNumber?.provider === 'simulator') {
            <p class="muted">Locally the text arrives in the <a routerLink="/simulator" data-testid="setup-go-simulator">patient simulator</a>.</p>
          }
        } @else {
          <p class="muted">Add a location first: the text comes from its number.</p>
        }
        @if (testError(); as e) {
          <p class="alert alert-error" role="alert" data-testid="setup-test-error">{{ e }}</p>
        }
      </section>
    </div>
  `,
  styles: `
    .page { max-width: 960px; margin: 0 auto; padding: 24px 16px; display: grid; gap: 20px; }
    .steps { list-style: none; padding: 0; margin: 0; display: grid; gap: 6px; }
    .step { display: flex; gap: 10px; align-items: center; }
    .tick { width: 22px; height: 22px; border-radius: 50%; border: 2px solid var(--border); display: grid; place-items: center; font-size: 13px; }
    .step.done .tick { background: var(--accent); border-color: var(--accent); color: white; }
    .step.done .title { color: var(--muted, inherit); }
    .block { display: grid; gap: 10px; }
    .test { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
    .test .input { max-width: 220px; }
  `,
})
export class SetupPage {
  protected readonly auth = inject(AuthService);
  protected readonly locations = inject(LocationContext);
  private readonly api = inject(SetupApi);
  private readonly settings = inject(SettingsApi);

  protected readonly titles = STEP_TITLES;
  protected readonly checklist = signal<SetupChecklist | null>(null);
  protected readonly doneCount = computed(() => this.checklist()?.steps.filter((s) => s.done).length ?? 0);
  protected phone = '';
  protected readonly sending = signal(false);
  protected readonly testStatus = signal<string | null>(null);
  protected readonly testError = signal<string | null>(null);

  constructor() {
    const staff = this.auth.staff();
    if (staff) this.locations.load(staff);
    this.reload();
    // Steps done elsewhere (hours saved, staff invited, the text delivered) show up without a reload.
    interval(3000)
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => {
        if (!this.checklist()?.complete) this.reload();
      });
  }

  protected reload(): void {
    this.api.checklist().subscribe({ next: (c) => this.checklist.set(c), error: () => undefined });
  }

  protected sendTest(locationId: string): void {
    if (this.sending()) return;
    this.sending.set(true);
    this.testError.set(null);
    this.settings.testSend(locationId, 'reminder', this.phone, crypto.randomUUID()).subscribe({
      next: (r) => {
        this.sending.set(false);
        this.testStatus.set(r.sent ? `Sent to ${r.to}: "${r.body}"` : `Queued for ${r.to}; it is retried until the provider takes it.`);
        this.reload();
      },
      error: (err: unknown) => {
        this.sending.set(false);
        this.testError.set(apiErrorMessage(err, "The test text wasn't sent."));
      },
    });
  }
}
