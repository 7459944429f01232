import { ChangeDetectionStrategy, Component, inject, input, signal, effect } from '@angular/core';
import { DatePipe } from '@angular/common';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { apiErrorMessage } from '../../core/api-error';
import { RealtimeService } from '../../core/realtime.service';
import { BulkApi, BulkSendDetail, SCENARIO_LABELS, STATUS_LABELS } from './bulk.api';

const EXCLUSION_TEXT: Record<string, string> = {
  invalid_number: 'invalid number',
  opted_out: 'opted out',
  no_marketing_consent: 'no marketing consent',
  outside_marketing_hours: 'outside marketing hours',
  already_sent_today: 'already got one today',
  appointment_cancelled: 'appointment cancelled',
};

/** One bulk send: live progress (over the realtime channel), pause / resume / cancel, and each recipient. */
@Component({
  selector: 'bcn-bulk-send-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, DatePipe],
  template: `
    <div class="page">
      <a routerLink="/bulk" class="muted">← Bulk messaging</a>
      @if (error(); as err) {
        <p class="error" role="alert" data-testid="bulk-detail-error">{{ err }}</p>
      }
      @if (send(); as s) {
        <header>
          <h1>{{ labels[s.scenario] }}</h1>
          <span class="status" data-testid="bulk-status" [attr.data-status]="s.status">{{ statusLabels[s.status] }}</span>
        </header>
        <p class="muted">Started {{ s.createdAt | date: 'short' }} by {{ s.createdBy.name }} · {{ s.ratePerSecond }} texts/s · {{ s.replies }} {{ s.replies === 1 ? 'reply' : 'replies' }} (in each patient's thread)</p>
        <dl class="counts" data-testid="bulk-counts">
          <div><dt>Queued</dt><dd data-testid="bulk-count-queued">{{ s.counts.queued }}</dd></div>
          <div><dt>Sent</dt><dd data-testid="bulk-count-sent">{{ s.counts.sent }}</dd></div>
          <div><dt>Delivered</dt><dd data-testid="bulk-count-delivered">{{ s.counts.delivered }}</dd></div>
          <div><dt>Failed</dt><dd data-testid="bulk-count-failed">{{ s.counts.failed }}</dd></div>
          <div><dt>Left out</dt><dd data-testid="bulk-count-excluded">{{ s.counts.excluded }}</dd></div>
        </dl>
        <div class="actions">
          @if (s.status === 'queued' || s.status === 'running') {
            <button type="button" class="btn" data-testid="bulk-pause" [disabled]="busy()" (click)="change('pause')">Pause</button>
          }
          @if (s.status === 'paused') {
            <button type="button" class="btn" data-testid="bulk-resume" [disabled]="busy()" (click)="change('resume')">Resume</button>
          }
          @if (s.status !== 'finished' && s.status !== 'cancelled') {
            <button type="button" class="btn btn-danger" data-testid="bulk-cancel" [disabled]="busy()" (click)="change('cancel')">Cancel send</button>
          }
        </div>
        <blockquote>{{ s.template }}</blockquote>
        <table class="recipients">
          <thead><tr><th>Patient</th><th>Number</th><th>Status</th></tr></thead>
          <tbody>
            @for (r of s.recipients; track r.patientId) {
              <tr data-testid="bulk-detail-recipient">
                <td>{{ r.name ?? 'A patient you cannot see' }}</td>
                <td>{{ r.phone }}</td>
                <td>{{ r.status === 'excluded' ? 'left out: ' + exclusionText(r.exclusion) : r.messageStatus ?? r.status }}</td>
              </tr>
            }
          </tbody>
        </table>
      } @else if (!error()) {
        <p class="muted">Loading…</p>
      }
    </div>
  `,
  styles: `
    .page { display: grid; gap: 12px; max-width: 900px; margin: 0 auto; padding: 20px 20px 40px; }
    header { display: flex; align-items: baseline; gap: 12px; }
    h1 { font-size: 20px; margin: 0; }
    .counts { display: flex; gap: 24px; margin: 0; }
    .counts dt { font-size: 12px; color: var(--muted, #666); }
    .counts dd { margin: 0; font-size: 20px; font-weight: 600; }
    .actions { display: flex; gap: 8px; }
    .error { color: var(--danger, #b42318); }
    blockquote { margin: 0; padding: 8px 12px; background: var(--surface-2, #f4f4f5); border-radius: 8px; }
    .recipients { border-collapse: collapse; font-size: 13px; }
    .recipients th, .recipients td { text-align: left; padding: 4px 12px 4px 0; border-bottom: 1px solid var(--border); }
  `,
})
export class BulkSendDetailPage {
  readonly id = input.required<string>();
  private readonly api = inject(BulkApi);
  protected readonly labels = SCENARIO_LABELS;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly send = signal<BulkSendDetail | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);

  constructor() {
    effect(() => this.load(this.id()));
    inject(RealtimeService).bulkSendUpdated$.pipe(takeUntilDestroyed()).subscribe((e) => {
      if (e.bulkSendId === this.id()) this.load(e.bulkSendId);
    });
  }

  protected exclusionText(reason: string | null): string {
    return (reason && EXCLUSION_TEXT[reason]) || 'left out';
  }

  protected change(action: 'pause' | 'resume' | 'cancel'): void {
    this.busy.set(true);
    this.api.change(this.id(), action).subscribe({
      next: () => {
        this.busy.set(false);
        this.load(this.id());
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.error.set(apiErrorMessage(err, "We couldn't change this send."));
        this.load(this.id());
      },
    });
  }

  private load(id: string): void {
    this.api.detail(id).subscribe({
      next: (d) => {
        this.error.set(null);
        this.send.set(d);
      },
      error: (err: unknown) => this.error.set(apiErrorMessage(err, "We couldn't load this bulk send.")),
    });
  }
}
