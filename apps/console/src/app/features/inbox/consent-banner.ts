import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { filter } from 'rxjs';
import { apiErrorMessage } from '../../core/api-error';
import { AuthService } from '../../core/auth.service';
import { RealtimeService } from '../../core/realtime.service';
import { fullDateTime } from '../../shared/format';
import { ConsentApi, ConsentView, OptOutDecision } from './consent.api';

/**
 * Above the reply box: the patient's consent to texts, plainly. Opted out: when, how, the text that
 * did it, and a recorded re-consent (with the reason, audited). The composer listens to `changed`.
 */
@Component({
  selector: 'bcn-consent-banner',
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
        @if (c.possibleOptOut; as p) {
          <div class="banner warn" role="status" data-testid="possible-opt-out-banner" [attr.data-message-id]="p.messageId">
            <strong>Possible opt-out — confirm</strong>
            <span class="muted">Their text: “<span data-testid="possible-opt-out-message">{{ p.body }}</span>” · {{ when(p.createdAt) }}</span>
            <span>It may ask us to stop texting. Promotions are paused until someone decides; appointment texts continue.</span>
            @if (canDecide()) {
              <div class="actions">
                <button type="button" class="btn btn-primary btn-sm" data-testid="possible-opt-out-confirm" [disabled]="busy()" (click)="decide(p.messageId, 'opt_out')">Opt out</button>
                <button type="button" class="btn btn-ghost btn-sm" data-testid="possible-opt-out-dismiss" [disabled]="busy()" (click)="decide(p.messageId, 'not_opt_out')">Not an opt-out</button>
              </div>
            } @else {
              <span class="muted" data-testid="possible-opt-out-no-permission">Someone who can send messages decides this.</span>
            }
          </div>
        }
        <p class="consent-ok muted" data-testid="consent-banner" data-state="opted_in">
          Texts allowed{{ c.transactional.since ? ' · ' + (c.transactional.methodLabel ?? '') : '' }}{{ c.marketing.status === 'opted_in' ? ' · promotions allowed' : ' · no promotions' }}
        </p>
      }
    }

    @if (error(); as e) {
      <p class="error" role="alert" data-testid="consent-error">{{ e }}</p>
    }
  `,
  styles: `
    :host { display: grid; gap: 6px; padding: 8px 20px 0; background: var(--surface); flex: none; }
    :host:empty { display: none; }
    .banner { display: grid; gap: 6px; padding: 10px 12px; border-radius: var(--radius-sm, 6px); font-size: 13px; }
    .danger { background: var(--danger-soft); color: var(--text); border: 1px solid var(--danger); }
    .warn { background: var(--surface-muted); color: var(--text); border: 1px solid var(--warn); }
    .warn strong { color: var(--warn); }
    .consent-ok { font-size: 12px; margin: 0; }
    .reconsent { display: grid; gap: 6px; }
    .actions { display: flex; gap: 8px; }
    .error { color: var(--danger); font-size: 13px; margin: 0; }
  `,
})
export class ConsentBanner {
  readonly conversationId = input.required<string>();
  /** The consent as last loaded (null while loading or switching threads). */
  readonly changed = output<ConsentView | null>();

  private readonly api = inject(ConsentApi);
  private readonly realtime = inject(RealtimeService);
  private readonly auth = inject(AuthService);
  /** Deciding a possible opt-out needs the 'send messages' permission (the server checks it too). */
  protected readonly canDecide = computed(() => !!this.auth.staff()?.permissions?.canSendMessages);

  protected readonly consent = signal<ConsentView | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly reconsentOpen = signal(false);
  protected readonly reconsentReason = signal('');
  private timers: ReturnType<typeof setTimeout>[] = [];

  constructor() {
    effect(() => {
      const id = this.conversationId();
      this.set(null);
      this.error.set(null);
      this.reconsentOpen.set(false);
      this.load(id);
    });
    // A patient's STOP (or START) is recorded just after their text arrives: look again shortly after.
    this.realtime.messageCreated$
      .pipe(
        filter((e) => e.conversationId === this.conversationId()),
        takeUntilDestroyed(),
      )
      .subscribe(() => {
        for (const delay of [0, 1500, 4000]) this.timers.push(setTimeout(() => this.load(this.conversationId()), delay));
      });
    // Another console decided a possible opt-out (or the thread changed): show the decision here too.
    this.realtime.conversationUpdated$
      .pipe(
        filter((e) => e.conversationId === this.conversationId()),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.load(this.conversationId()));
    inject(DestroyRef).onDestroy(() => this.timers.forEach(clearTimeout));
  }

  /** Called by the composer when a send was refused because the patient opted out. */
  reload(): void {
    this.load(this.conversationId());
  }

  protected saveReconsent(): void {
    const reason = this.reconsentReason().trim();
    this.busy.set(true);
    this.api.reconsent(this.conversationId(), reason).subscribe({
      next: (view) => {
        this.busy.set(false);
        this.set(view);
        this.reconsentOpen.set(false);
        this.reconsentReason.set('');
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.error.set(apiErrorMessage(err, "The re-consent wasn't recorded. Try again."));
      },
    });
  }

  /** Records the decision; when a colleague decided first the banner shows what they decided instead. */
  protected decide(messageId: string, decision: OptOutDecision): void {
    const conversationId = this.conversationId();
    this.busy.set(true);
    this.error.set(null);
    this.api.decidePossibleOptOut(conversationId, messageId, decision).subscribe({
      next: (view) => {
        this.busy.set(false);
        if (conversationId === this.conversationId()) this.set(view);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.error.set(apiErrorMessage(err, "The decision wasn't recorded. Try again."));
        this.load(conversationId);
      },
    });
  }

  protected when(iso: string): string {
    return fullDateTime(iso);
  }

  private set(view: ConsentView | null): void {
    this.consent.set(view);
    this.changed.emit(view);
  }

  private load(conversationId: string): void {
    this.api.consent(conversationId).subscribe({
      next: (view) => {
        if (conversationId === this.conversationId()) this.set(view);
      },
      error: () => {
        /* The thread itself shows load errors; keep the composer usable. */
      },
    });
  }
}
