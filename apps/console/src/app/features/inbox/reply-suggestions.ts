import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { catchError, filter, map, merge, of, switchMap } from 'rxjs';
import { ReplySuggestion } from '../../core/models';
import { RealtimeService } from '../../core/realtime.service';
import { SuggestionsApi } from '../../core/suggestions.api';
import { PlanService } from '../../core/plan.service';
import { PlanLockComponent } from '../../shared/plan-lock';

/** What the composer needs to report how a suggestion was used once the text is sent. */
export interface ChosenSuggestion {
  messageId: string;
  key: string;
  text: string;
}

const INTENT_LABELS: Record<string, string> = {
  confirm: 'Confirming',
  reschedule: 'Wants to reschedule',
  cancel_appointment: 'Wants to cancel',
  running_late: 'Running late',
  book_new: 'Wants to book',
  pricing: 'Asking about prices',
  directions_parking: 'Directions / parking',
  hours: 'Asking about hours',
  aftercare: 'Aftercare question',
  pre_treatment: 'Before-treatment question',
  bring_guest: 'Bringing a guest',
  complaint: 'Unhappy',
  thanks: 'Saying thanks',
  help: 'Asking for help',
  opt_in: 'Opted back in',
};

/**
 * Smart-reply chips above the composer: suggestions prepared when the patient's text arrived,
 * refreshed live. Clicking one hands its text to the composer to edit and send; × hides them.
 */
@Component({
  selector: 'bcn-reply-suggestions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PlanLockComponent],
  template: `
    @if (locked() && visible()) {
      <section class="suggestions locked" data-testid="reply-suggestions-locked" aria-label="Suggested replies (not in your plan)">
        <header>
          <span class="label">Suggested replies</span>
          <button type="button" class="dismiss" (click)="visible.set(false)" aria-label="Hide" data-testid="dismiss-suggestions">×</button>
        </header>
        <bcn-plan-lock feature="smartReplies" [compact]="true" />
      </section>
    } @else if (visible() && suggestions().length) {
      <section class="suggestions" data-testid="reply-suggestions" aria-label="Suggested replies">
        <header>
          <span class="label">Suggested replies</span>
          @if (intentLabel(); as label) {
            <span class="intent" data-testid="suggestion-intent">{{ label }}</span>
          }
          <button type="button" class="dismiss" (click)="dismiss()" aria-label="Hide suggestions" data-testid="dismiss-suggestions">×</button>
        </header>
        <div class="chips" role="list">
          @for (s of suggestions(); track s.key) {
            <button type="button" class="chip" role="listitem" data-testid="suggestion-chip" [attr.data-key]="s.key" (click)="choose(s)">{{ s.text }}</button>
          }
        </div>
      </section>
    }
  `,
  styles: `
    .suggestions { border-top: 1px solid var(--border, #e5e7eb); padding: 8px 12px 4px; background: var(--surface-2, #f8fafc); }
    header { display: flex; align-items: center; gap: 8px; font-size: 12px; color: var(--muted, #64748b); margin-bottom: 6px; }
    .label { font-weight: 600; text-transform: uppercase; letter-spacing: .04em; }
    .intent { background: var(--accent-soft, #ede9fe); color: var(--accent, #6d28d9); border-radius: 999px; padding: 1px 8px; }
    .dismiss { margin-left: auto; border: 0; background: none; font-size: 18px; line-height: 1; cursor: pointer; color: inherit; padding: 2px 6px; }
    .chips { display: flex; gap: 6px; overflow-x: auto; padding-bottom: 4px; }
    .chip { flex: 0 0 auto; max-width: 320px; white-space: normal; text-align: left; border: 1px solid var(--border, #d4d4d8); background: #fff; border-radius: 12px; padding: 6px 10px; font: inherit; font-size: 13px; cursor: pointer; }
    .chip:hover, .chip:focus-visible { border-color: var(--accent, #6d28d9); outline: none; box-shadow: 0 0 0 2px var(--accent-soft, #ede9fe); }
  `,
})
export class ReplySuggestions {
  readonly conversationId = input.required<string>();
  /** The chosen text, for the composer. */
  readonly use = output<ChosenSuggestion>();

  private readonly api = inject(SuggestionsApi);
  protected readonly suggestions = signal<ReplySuggestion[]>([]);
  protected readonly intentLabel = signal<string | null>(null);
  protected readonly visible = signal(true);
  private readonly plans = inject(PlanService);
  /** Outside the plan: the place of the suggestions says so (the server prepares none). */
  protected readonly locked = computed(() => this.plans.lock('smartReplies') !== null);
  private messageId: string | null = null;

  constructor() {
    const realtime = inject(RealtimeService);
    const reload$ = merge(
      toObservable(this.conversationId),
      merge(realtime.suggestionsReady$, realtime.messageCreated$).pipe(
        filter((e) => e.conversationId === this.conversationId()),
        map(() => this.conversationId()),
      ),
      realtime.reconnected$.pipe(map(() => this.conversationId())),
    );
    reload$
      .pipe(
        switchMap((id) => this.api.forConversation(id).pipe(catchError(() => of(null)))),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((result) => {
        if (!result) return;
        if (result.messageId !== this.messageId) this.visible.set(true);
        this.messageId = result.messageId;
        this.suggestions.set(result.suggestions);
        this.intentLabel.set(result.intent ? (INTENT_LABELS[result.intent] ?? null) : null);
      });
  }

  protected choose(s: ReplySuggestion): void {
    if (!this.messageId) return;
    this.api.feedback(this.messageId, s.key, 'chosen').subscribe({ error: () => undefined });
    this.use.emit({ messageId: this.messageId, key: s.key, text: s.text });
  }

  protected dismiss(): void {
    this.visible.set(false);
    const messageId = this.messageId;
    if (!messageId) return;
    for (const s of this.suggestions()) this.api.feedback(messageId, s.key, 'dismissed').subscribe({ error: () => undefined });
  }
}
