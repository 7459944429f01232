import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { interval, startWith, switchMap, takeWhile } from 'rxjs';
import { apiErrorMessage } from '../../core/api-error';
import { BeaconMark } from '../../shared/beacon-mark';
import { CheckEmailAnswer, LocalMail, PlanId, SignupApi, SignupOptions, consoleLinkIn, passwordHint } from './signup.api';

const PLAN_SUMMARY: Record<PlanId, string> = {
  starter: '1,000 texts a month, up to 10 staff',
  professional: '5,000 texts a month; smart replies, confirmation requests, bulk',
  enterprise: '20,000 texts a month; unlimited staff, multi-location',
};

/** A clinic signs itself up: organisation, owner account, plan; then confirms its email. */
@Component({
  selector: 'bcn-signup-page',
  imports: [FormsModule, RouterLink, BeaconMark],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <main class="page">
      <section class="card" aria-labelledby="signup-title">
        <div class="brand">
          <bcn-beacon-mark [size]="40" />
          <div>
            <h1 id="signup-title">Start with Beacon</h1>
            <p class="muted">Your clinic is texting patients in a few minutes.</p>
          </div>
        </div>

        @if (sent(); as s) {
          <div class="done" data-testid="signup-check-email">
            <h2>Check your email</h2>
            <p>We sent a link to <strong>{{ s.email }}</strong>. Open it to confirm your address and finish signing up.</p>
            @if (s.localMailbox) {
              <div class="mailbox" data-testid="signup-local-mailbox">
                <p class="muted">Running Beacon locally: email stays on this machine, so it is shown here.</p>
                @for (m of mail(); track m.id) {
                  <article class="mail" data-testid="signup-local-mail">
                    <strong>{{ m.subject }}</strong>
                    @if (linkOf(m); as link) {
                      <a class="btn btn-primary" [href]="link" data-testid="signup-local-mail-link">Open the link in this email</a>
                    } @else {
                      <pre>{{ m.text }}</pre>
                    }
                  </article>
                } @empty {
                  <p class="muted">Waiting for the email…</p>
                }
              </div>
            }
            <button type="button" class="btn btn-ghost btn-sm" (click)="resend()" [disabled]="resending()" data-testid="signup-resend">Send the email again</button>
            @if (resent()) {
              <p class="muted" role="status">If the address needs a link, a new one is on its way.</p>
            }
          </div>
        } @else {
          <form (ngSubmit)="submit()" novalidate>
            <div class="field">
              <label for="signup-org">Clinic name</label>
              <input id="signup-org" class="input" name="organizationName" [(ngModel)]="organizationName" required maxlength="120" autocomplete="organization" data-testid="signup-org" />
            </div>
            <div class="field">
              <label for="signup-name">Your name</label>
              <input id="signup-name" class="input" name="ownerName" [(ngModel)]="ownerName" required maxlength="120" autocomplete="name" data-testid="signup-name" />
            </div>
            <div class="field">
              <label for="signup-email">Work email</label>
              <input id="signup-email" class="input" type="email" name="email" [(ngModel)]="email" required autocomplete="email" data-testid="signup-email" />
            </div>
            <div class="field">
              <label for="signup-password">Password</label>
              <input id="signup-password" class="input" type="password" name="password" [(ngModel)]="password" (ngModelChange)="passwordValue.set($event)" required autocomplete="new-password" data-testid="signup-password" />
              <p class="muted hint" data-testid="signup-password-hint">{{ hint() ?? 'At least 12 characters, not a common password, without your email or clinic name.' }}</p>
            </div>
            <fieldset class="field plans">
              <legend>Plan</legend>
              @for (p of options()?.plans ?? []; track p.id) {
                <label class="plan" [class.chosen]="plan() === p.id">
                  <input type="radio" name="plan" [value]="p.id" [checked]="plan() === p.id" (change)="plan.set(p.id)" [attr.data-testid]="'signup-plan-' + p.id" />
                  <span><strong>{{ p.label }}</strong> <span class="muted">{{ summary[p.id] }}</span></span>
                </label>
              }
            </fieldset>
            @if (error(); as message) {
              <p class="alert alert-error" role="alert" data-testid="signup-error">{{ message }}</p>
            }
            <button class="btn btn-primary submit" type="submit" [disabled]="submitting()" data-testid="signup-submit">
              {{ submitting() ? 'Creating your account…' : 'Create account' }}
            </button>
          </form>
          <p class="muted small">Already have an account? <a routerLink="/login">Sign in</a></p>
        }
      </section>
    </main>
  `,
  styles: `
    .page { min-height: 100dvh; display: grid; place-items: center; padding: 24px 16px; background: radial-gradient(1200px 500px at 50% -10%, var(--accent-soft), transparent 70%), var(--bg); }
    .card { width: min(480px, 100%); display: grid; gap: 20px; padding: 32px 28px; background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius-lg); box-shadow: var(--shadow); }
    .brand { display: flex; align-items: center; gap: 14px; }
    h1 { font-size: 20px; }
    h2 { font-size: 17px; }
    form, .done, .mailbox { display: grid; gap: 14px; }
    .field { display: grid; gap: 6px; border: 0; padding: 0; margin: 0; }
    .hint, .small { font-size: 13px; }
    .plan { display: flex; gap: 10px; align-items: flex-start; padding: 8px 10px; border: 1px solid var(--border); border-radius: var(--radius); font-size: 14px; }
    .plan.chosen { border-color: var(--accent); }
    .mail { display: grid; gap: 8px; padding: 10px; border: 1px solid var(--border); border-radius: var(--radius); }
    .mail pre { white-space: pre-wrap; font-size: 13px; margin: 0; }
    .submit { width: 100%; min-height: 44px; }
  `,
})
export class SignupPage {
  private readonly api = inject(SignupApi);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly summary = PLAN_SUMMARY;
  protected readonly options = signal<SignupOptions | null>(null);
  protected readonly plan = signal<PlanId>('professional');
  protected organizationName = '';
  protected ownerName = '';
  protected email = '';
  protected password = '';
  protected readonly passwordValue = signal('');
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly sent = signal<CheckEmailAnswer | null>(null);
  protected readonly mail = signal<LocalMail[]>([]);
  protected readonly resending = signal(false);
  protected readonly resent = signal(false);
  protected readonly hint = computed(() => passwordHint(this.passwordValue(), this.email, this.organizationName));

  constructor() {
    this.api.options().subscribe({
      next: (o) => {
        this.options.set(o);
        this.plan.set(o.defaultPlan);
      },
      error: (err: unknown) => this.error.set(apiErrorMessage(err, "We couldn't load the plans. Reload the page.")),
    });
  }

  protected linkOf(mail: LocalMail): string | null {
    return consoleLinkIn(mail.text);
  }

  protected submit(): void {
    this.passwordValue.set(this.password);
    if (this.submitting()) return;
    if (!this.organizationName.trim() || !this.ownerName.trim() || !this.email.trim() || !this.password) {
      this.error.set('Fill in your clinic, your name, your email and a password.');
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    this.api.signup({ organizationName: this.organizationName.trim(), ownerName: this.ownerName.trim(), email: this.email.trim(), password: this.password, plan: this.plan() }).subscribe({
      next: (answer) => {
        this.submitting.set(false);
        this.password = '';
        this.sent.set(answer);
        if (answer.localMailbox) this.watchLocalMailbox(answer.email);
      },
      error: (err: unknown) => {
        this.submitting.set(false);
        this.error.set(apiErrorMessage(err, "We couldn't create your account. Please try again."));
      },
    });
  }

  protected resend(): void {
    const s = this.sent();
    if (!s) return;
    this.resending.set(true);
    this.api.resend(s.email).subscribe({
      next: () => {
        this.resending.set(false);
        this.resent.set(true);
        if (s.localMailbox) this.watchLocalMailbox(s.email, this.mail().length);
      },
      error: (err: unknown) => {
        this.resending.set(false);
        this.error.set(apiErrorMessage(err, "We couldn't send the email again."));
      },
    });
  }

  /** Local development: shows the email as soon as the loopback server has it (it arrives within a second). */
  private watchLocalMailbox(email: string, known = 0): void {
    interval(1000)
      .pipe(
        startWith(0),
        switchMap(() => this.api.localMail(email)),
        takeWhile((mail) => mail.length <= known, true),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((mail) => this.mail.set(mail));
  }
}
