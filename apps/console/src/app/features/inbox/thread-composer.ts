import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { filter } from 'rxjs';
import { apiErrorMessage } from '../../core/api-error';
import { RealtimeService } from '../../core/realtime.service';
import { fullDateTime } from '../../shared/format';
import { ConsentView, ThreadComposerApi } from './thread-composer.api';

/**
 * Below the thread: the patient's consent status (opted out: when, how, the text that did it, and a
 * recorded re-consent), and the composer — disabled with the reason while the patient is opted out,
 * with an explicit "Send anyway" when the text looks like it holds an SSN, date of birth or card.
 */
@Component({
  selector: 'bcn-thread-composer',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (consent(); as c) {
      @if (!c.canText) {
        <div class="banner danger" role="status" data-testid="consent-banner" data-state="opted_out">
          <strong>Opted out of texts</strong>
          <span data-testid="consent-reason">{{ c.blockedReason }}</span>
          @if (c.transactional.message; as m) {
            <span class="muted">Their text: “<span data-testid="consent-message">{{ m.body }}</span>” · {{ when(m.createdAt) }}</span>
          }
          @if (!reconsentOpen()) {
            <button type="button" class="btn btn-ghost btn-sm" data-testid="reconsent-open" (click)="reconsentOpen.set(true)">Record re-consent…</button>
          } @else {
            <div class="reconsent" data-testid="reconsent-dialog" role="dialog" aria-label="Record the patient's re-consent">
              <label for="reconsent-reason">How did the patient agree to texts again?</label>
              <textarea
                id="reconsent-reason"
                class="input"
                rows="2"
                data-testid="reconsent-reason"
                placeholder="e.g. Patient asked at the front desk today to get appointment texts again"
                [value]="reconsentReason()"
                (input)="reconsentReason.set($any($event.target).value)"
              ></textarea>
              <div class="actions">
                <button type="button" class="btn btn-primary btn-sm" data-testid="reconsent-save" [disabled]="reconsentReason().trim().length < 5 || busy()" (click)="saveReconsent()">Record re-consent</button>
                <button type="button" class="btn btn-ghost btn-sm" (click)="reconsentOpen.set(false)">Cancel</button>
              </div>
            </div>
          }
        </div>
      } @else {
        <p class="consent-ok muted" data-testid="consent-banner" data-state="opted_in">
          Texts allowed{{ c.transactional.since ? ' · ' + (c.transactional.methodLabel ?? '') : '' }}{{ c.marketing.status === 'opted_in' ? ' · promotions allowed' : ' · no promotions' }}
        </p>
      }
    }

    @if (warning(); as w) {
      <div class="banner warning" role="alert" data-testid="identifier-warning">
        <span>{{ w }}</span>
        <div class="actions">
          <button type="button" class="btn btn-primary btn-sm" data-testid="identifier-send-anyway" [disabled]="busy()" (click)="send(true)">Send anyway</button>
          <button type="button" class="btn btn-ghost btn-sm" (click)="warning.set(null)">Edit message</button>
        </div>
      </div>
    }
    @if (error(); as e) {
      <p class="error" role="alert" data-testid="composer-error">{{ e }}</p>
    }

    <form class="composer" (submit)="$event.preventDefault(); send(false)">
      <textarea
        class="input"
        rows="2"
        data-testid="composer-input"
        aria-label="Message to the patient"
        [placeholder]="disabledReason() ? 'Texting is turned off for this patient' : 'Write a text…'"
        [disabled]="!!disabledReason()"
        [value]="draft()"
        (input)="onDraft($any($event.target).value)"
        (keydown.enter)="onEnter($any($event))"
      ></textarea>
      <button type="submit" class="btn btn-primary" data-testid="composer-send" [disabled]="!!disabledReason() || !draft().trim() || busy()">Send</button>
    </form>
    @if (disabledReason(); as r) {
      <p class="muted small" data-testid="composer-disabled-reason">{{ r }}</p>
    }
  `,
  styles: `
    :host { display: grid; gap: 8px; padding: 10px 20px 14px; background: var(--surface); border-top: 1px solid var(--border); flex: none; }
    .banner { display: grid; gap: 6px; padding: 10px 12px; border-radius: var(--radius-sm, 6px); font-size: 13px; }
    .danger { background: var(--danger-soft); color: var(--text); border: 1px solid var(--danger); }
    .warning { background: #fff7e6; border: 1px solid #e0a100; }
    .consent-ok { font-size: 12px; margin: 0; }
    .reconsent { display: grid; gap: 6px; }
    .actions { display: flex; gap: 8px; }
    .composer { display: flex; gap: 8px; align-items: flex-end; }
    .composer textarea { flex: 1; resize: vertical; }
    .error { color: var(--danger); font-size: 13px; margin: 0; }
    .small { font-size: 12px; margin: 0; }
  `,
})
export class ThreadComposer {
  readonly conversationId = input.required<string>();

  private readonly api = inject(ThreadComposerApi);
  private readonly realtime = inject(RealtimeService);

  protected readonly consent = signal<ConsentView | null>(null);
  protected readonly draft = signal('');
  protected readonly busy = signal(false);
  protected readonly warning = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly reconsentOpen = signal(false);
  protected readonly reconsentReason = signal('');
  protected readonly disabledReason = computed(() => {
    const c = this.consent();
    return c && !c.canText ? "This patient opted out of texts, so nothing can be sent. Record their re-consent to text them again." : null;
  });

  private clientMessageId = crypto.randomUUID();
  private timers: ReturnType<typeof setTimeout>[] = [];

  constructor() {
    effect(() => {
      const id = this.conversationId();
      this.consent.set(null);
      this.warning.set(null);
      this.error.set(null);
      this.reconsentOpen.set(false);
      this.loadConsent(id);
    });
    // A patient's STOP (or START) is recorded just after their text arrives: look again shortly after.
    this.realtime.messageCreated$
      .pipe(
        filter((e) => e.conversationId === this.conversationId()),
        takeUntilDestroyed(),
      )
      .subscribe(() => {
        for (const delay of [0, 1500, 4000]) this.timers.push(setTimeout(() => this.loadConsent(this.conversationId()), delay));
      });
    inject(DestroyRef).onDestroy(() => this.timers.forEach(clearTimeout));
  }

  /** Enter sends; Shift+Enter starts a new line. */
  protected onEnter(event: KeyboardEvent): void {
    if (event.shiftKey) return;
    event.preventDefault();
    this.send(false);
  }

  protected onDraft(value: string): void {
    this.draft.set(value);
    this.warning.set(null);
    this.error.set(null);
  }

  protected send(allowIdentifiers: boolean): void {
    const body = this.draft().trim();
    if (!body || this.busy() || this.disabledReason()) return;
    this.busy.set(true);
    this.error.set(null);
    const id = this.conversationId();
    this.api.send(id, body, this.clientMessageId, allowIdentifiers).subscribe({
      next: () => {
        this.busy.set(false);
        this.warning.set(null);
        this.draft.set('');
        this.clientMessageId = crypto.randomUUID();
      },
      error: (err: unknown) => {
        this.busy.set(false);
        const code = err instanceof HttpErrorResponse ? (err.error as { code?: string } | null)?.code : undefined;
        if (code === 'IDENTIFIER_DETECTED') {
          this.warning.set(apiErrorMessage(err));
        } else {
          this.error.set(apiErrorMessage(err, "The message wasn't sent. Try again."));
          if (code === 'PATIENT_OPTED_OUT') this.loadConsent(id);
        }
      },
    });
  }

  protected saveReconsent(): void {
    const reason = this.reconsentReason().trim();
    this.busy.set(true);
    this.api.reconsent(this.conversationId(), reason).subscribe({
      next: (view) => {
        this.busy.set(false);
        this.consent.set(view);
        this.reconsentOpen.set(false);
        this.reconsentReason.set('');
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.error.set(apiErrorMessage(err, "The re-consent wasn't recorded. Try again."));
      },
    });
  }

  protected when(iso: string): string {
    return fullDateTime(iso);
  }

  private loadConsent(conversationId: string): void {
    this.api.consent(conversationId).subscribe({
      next: (view) => {
        if (conversationId === this.conversationId()) this.consent.set(view);
      },
      error: () => {
        /* The thread itself shows load errors; keep the composer usable. */
      },
    });
  }
}
