import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { DatePipe } from '@angular/common';
import { apiErrorMessage } from '../../core/api-error';
import type { SentEmailView } from '@beacon/contracts';

type SentEmail = SentEmailView['emails'][number];

/** Owners, local development: the staff notification email the loopback SMTP server received. */
@Component({
  selector: 'bcn-sent-email-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe],
  template: `
    <div class="page">
      <header>
        <h1>Sent email</h1>
        <p class="muted intro">Staff notification email received by the local SMTP server (newest first). With a real SMTP server configured, read it in the recipients' mailboxes.</p>
        <button type="button" class="btn btn-ghost" data-testid="sent-email-refresh" (click)="load()">Refresh</button>
      </header>
      @if (error(); as err) {
        <div class="card error" role="alert" data-testid="sent-email-error">{{ err }}</div>
      } @else if (!localServer()) {
        <p class="muted" data-testid="sent-email-remote">Email goes to your SMTP server (SMTP_HOST); read it in the recipients' mailboxes.</p>
      } @else if (emails() === null) {
        <p class="muted center">Loading…</p>
      } @else {
        @for (m of emails(); track m.id) {
          <article class="card mail" data-testid="sent-email">
            <h2 data-testid="sent-email-subject">{{ m.subject }}</h2>
            <p class="muted" data-testid="sent-email-to">To {{ m.to.join(', ') }} · {{ m.receivedAt | date: 'medium' }}</p>
            <pre data-testid="sent-email-body">{{ m.text }}</pre>
          </article>
        } @empty {
          <p class="muted" data-testid="sent-email-empty">No email yet. Staff are emailed when, for example, a patient sounds unhappy or opts out.</p>
        }
      }
    </div>
  `,
  styles: `
    .page { display: grid; gap: 16px; max-width: 900px; margin: 0 auto; padding: 20px 20px 40px; }
    h1 { font-size: 20px; }
    .card { display: grid; gap: 4px; padding: 12px 20px 16px; background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); }
    .mail h2 { font-size: 15px; margin: 0 0 4px; }
    .mail pre { white-space: pre-wrap; font: inherit; margin: 8px 0 0; }
    header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 12px; }
  `,
})
export class SentEmailPage {
  private readonly http = inject(HttpClient);
  protected readonly emails = signal<SentEmail[] | null>(null);
  protected readonly localServer = signal(true);
  protected readonly error = signal<string | null>(null);

  constructor() {
    this.load();
  }

  protected load(): void {
    this.http.get<{ localServer: boolean; emails: SentEmail[] }>('/api/notifications/sent-email').subscribe({
      next: (r) => {
        this.error.set(null);
        this.localServer.set(r.localServer);
        this.emails.set(r.emails);
      },
      error: (err: unknown) => this.error.set(apiErrorMessage(err, "We couldn't load the sent email.")),
    });
  }
}
