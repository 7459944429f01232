import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { apiErrorMessage } from '../../core/api-error';
import { AuthService } from '../../core/auth.service';
import { BeaconMark } from '../../shared/beacon-mark';

/** An invited staff member chooses their own password through the link in their invitation email. */
@Component({
  selector: 'bcn-accept-invitation-page',
  imports: [FormsModule, RouterLink, BeaconMark],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <main class="page">
      <section class="card" aria-labelledby="invite-title">
        <bcn-beacon-mark [size]="40" />
        <h1 id="invite-title">Choose your password</h1>
        <form (ngSubmit)="submit()">
          <label class="field" for="invite-password">Password
            <input id="invite-password" class="input" type="password" name="password" [(ngModel)]="password" autocomplete="new-password" data-testid="invite-password" />
          </label>
          <p class="muted hint">At least 12 characters, not a common password, without your email or clinic name.</p>
          @if (error(); as message) {
            <p class="alert alert-error" role="alert" data-testid="invite-error">{{ message }}</p>
          }
          <button class="btn btn-primary" type="submit" [disabled]="saving()" data-testid="invite-submit">Set password and sign in</button>
        </form>
        <p class="muted hint"><a routerLink="/login">Sign in</a> instead</p>
      </section>
    </main>
  `,
  styles: `
    .page { min-height: 100dvh; display: grid; place-items: center; padding: 24px 16px; background: var(--bg); }
    .card { width: min(420px, 100%); display: grid; gap: 16px; padding: 32px 28px; background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius-lg); }
    form, .field { display: grid; gap: 10px; }
    .hint { font-size: 13px; }
  `,
})
export class AcceptInvitationPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  readonly token = input<string | undefined>();
  protected password = '';
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    const token = this.token();
    if (!token) {
      this.error.set('This link is incomplete. Open the link from the email again.');
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    this.auth.signInWithLink('/api/invitations/accept', { token, password: this.password }).subscribe({
      next: () => void this.router.navigateByUrl('/inbox'),
      error: (err: unknown) => {
        this.saving.set(false);
        this.error.set(apiErrorMessage(err, "We couldn't set your password. Please try again."));
      },
    });
  }
}
