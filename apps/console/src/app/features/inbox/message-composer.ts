import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { apiErrorMessage } from '../../core/api-error';
import { AuthService } from '../../core/auth.service';
import { InboxApi } from '../../core/inbox.api';
import { Message } from '../../core/models';
import { countSmsSegments } from '../../shared/sms-segments';

const MAX_LENGTH = 1600;

/** Reply box: segment counter (GSM-7 vs UCS-2) while typing; Enter sends, Shift+Enter adds a line. */
@Component({
  selector: 'bcn-message-composer',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (canSend()) {
      <form class="composer" (submit)="$event.preventDefault(); send()">
        <label class="visually-hidden" for="composer-input">Message to the patient</label>
        <textarea
          id="composer-input"
          data-testid="composer-input"
          rows="2"
          placeholder="Write a message…"
          [maxLength]="maxLength"
          [value]="text()"
          [disabled]="sending()"
          (input)="text.set($any($event.target).value)"
          (keydown.enter)="onEnter($any($event))"
        ></textarea>
        <div class="bar">
          <span class="segments" data-testid="composer-segments" [class.warn]="segments().segments > 1" aria-live="polite">{{ segmentLine() }}</span>
          <button type="submit" class="btn btn-primary btn-sm" data-testid="composer-send" [disabled]="!canSubmit()">
            {{ sending() ? 'Sending…' : 'Send' }}
          </button>
        </div>
        @if (error(); as err) {
          <p class="error" role="alert" data-testid="composer-error">{{ err }}</p>
        }
      </form>
    } @else {
      <p class="muted readonly" data-testid="composer-readonly">Your account can read this conversation but not reply.</p>
    }
  `,
  styles: `
    :host { display: block; flex: none; border-top: 1px solid var(--border); background: var(--surface); padding: 10px 20px 12px; }
    textarea { width: 100%; resize: vertical; min-height: 44px; font: inherit; padding: 8px 10px; border-radius: var(--radius-sm, 6px); border: 1px solid var(--border); background: var(--surface); }
    textarea:focus-visible { outline: 2px solid var(--accent); outline-offset: 0; }
    .bar { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-top: 6px; }
    .segments { font-size: 12px; color: var(--text-faint, #667); font-variant-numeric: tabular-nums; }
    .segments.warn { color: var(--warning, #b54708); }
    .error { color: var(--danger, #b42318); font-size: 13px; margin-top: 6px; }
    .readonly { font-size: 13px; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  `,
})
export class MessageComposer {
  readonly conversationId = input.required<string>();
  /** The stored (queued) message, for the timeline to show at once. */
  readonly sent = output<Message>();

  private readonly api = inject(InboxApi);
  private readonly auth = inject(AuthService);

  protected readonly maxLength = MAX_LENGTH;
  protected readonly text = signal('');
  protected readonly sending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly canSend = computed(() => this.auth.staff()?.permissions.canSendMessages ?? false);
  protected readonly segments = computed(() => countSmsSegments(this.text()));
  protected readonly canSubmit = computed(() => !this.sending() && this.text().trim().length > 0);
  protected readonly segmentLine = computed(() => {
    const s = this.segments();
    if (s.segments === 0) return 'GSM-7 · 160 characters per text';
    const left = s.segments * s.perSegment - s.units;
    const why = s.encoding === 'UCS-2' && s.nonGsmCharacters.length ? ` — because of ${s.nonGsmCharacters.slice(0, 3).join(' ')}` : '';
    return `${s.segments} ${s.segments === 1 ? 'text' : 'texts'} (${s.encoding}${why}) · ${left} left`;
  });
  /** Same id on a retry of the same draft, so a double submit never texts twice. */
  private clientMessageId = crypto.randomUUID();

  protected onEnter(event: KeyboardEvent): void {
    if (event.shiftKey || event.isComposing) return;
    event.preventDefault();
    this.send();
  }

  protected send(): void {
    if (!this.canSubmit()) return;
    this.sending.set(true);
    this.error.set(null);
    this.api.send(this.conversationId(), { body: this.text().trim(), clientMessageId: this.clientMessageId }).subscribe({
      next: (message) => {
        this.sending.set(false);
        this.text.set('');
        this.clientMessageId = crypto.randomUUID();
        this.sent.emit(message);
      },
      error: (err: unknown) => {
        this.sending.set(false);
        this.error.set(apiErrorMessage(err, "The message wasn't sent. Please try again."));
      },
    });
  }
}
