import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { apiErrorMessage } from '../../core/api-error';
import { AuthService } from '../../core/auth.service';
import { BeaconMark } from '../../shared/beacon-mark';

/** The link from the verification email: confirms the address, signs the owner in and opens the setup checklist. */
@Component({
  selector: 'bcn-verify-email-page',
  imports: [RouterLink, BeaconMark],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <main class="page">
      <section class="card" aria-live="polite">
        <bcn-beacon-mark [size]="40" />
        @if (error(); as message) {
          <p class="alert alert-error" role="alert" data-testid="verify-error">{{ message }}</p>
          <p><a routerLink="/signup">Back to sign-up</a> · <a routerLink="/login">Sign in</a></p>
        } @else {
          <p data-testid="verify-pending">Confirming your email…</p>
        }
      </section>
    </main>
  `,
  styles: `
    .page { min-height: 100dvh; display: grid; place-items: center; padding: 24px 16px; background: var(--bg); }
    .card { width: min(420px, 100%); display: grid; gap: 16px; justify-items: center; padding: 32px 28px; background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius-lg); }
  `,
})
export class VerifyEmailPage implements OnInit {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  /** `?token=` from the emailed link (bound by the router). */
  readonly token = input<string | undefined>();
  protected readonly error = signal<string | null>(null);

  ngOnInit(): void {
    const token = this.token();
    if (!token) {
      this.error.set('This link is incomplete. Open the link from the email again.');
      return;
    }
    this.auth.signInWithLink('/api/signup/verify', { token }).subscribe({
      next: () => void this.router.navigateByUrl('/setup'),
      error: (err: unknown) => this.error.set(apiErrorMessage(err, "We couldn't confirm your email. Please try again.")),
    });
  }
}
