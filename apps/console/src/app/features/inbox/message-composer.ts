import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, output, signal } from '@angular/core';
import { apiErrorMessage } from '../../core/api-error';
import { AuthService } from '../../core/auth.service';
import { InboxApi } from '../../core/inbox.api';
import { Message, MessageMediaItem } from '../../core/models';
import { countSmsSegments } from '../../shared/sms-segments';

const MAX_LENGTH = 1600;
const MAX_PICTURE_BYTES = 5 * 1024 * 1024;
const PICTURE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

interface Attachment {
  key: string;
  name: string;
  preview: string;
  uploaded: MessageMediaItem | null;
}

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
        @if (attachments().length) {
          <div class="attachments">
            @for (a of attachments(); track a.key) {
              <span class="attachment" data-testid="composer-attachment" [attr.data-uploaded]="!!a.uploaded">
                <img [src]="a.preview" [alt]="a.name" />
                <button type="button" class="remove" data-testid="composer-attachment-remove" [attr.aria-label]="'Remove ' + a.name" (click)="remove(a.key)">✕</button>
              </span>
            }
          </div>
        }
        <div class="bar">
          <label class="btn btn-ghost btn-sm attach" [class.disabled]="sending() || attachments().length >= 5">
            <input type="file" accept="image/png,image/jpeg,image/gif,image/webp" data-testid="composer-attach" class="visually-hidden" [disabled]="sending() || attachments().length >= 5" (change)="attach($any($event.target))" />
            📎 Picture
          </label>
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
    .attachments { display: flex; gap: 6px; margin-top: 6px; flex-wrap: wrap; }
    .attachment { position: relative; }
    .attachment img { width: 64px; height: 64px; object-fit: cover; border-radius: 6px; border: 1px solid var(--border); }
    .attachment[data-uploaded='false'] img { opacity: 0.5; }
    .remove { position: absolute; top: -6px; right: -6px; border: 0; border-radius: 50%; width: 20px; height: 20px; font-size: 11px; cursor: pointer; background: var(--surface); box-shadow: 0 0 0 1px var(--border); }
    .attach { cursor: pointer; }
    .attach:focus-within { outline: 2px solid var(--accent); }
    .bar .segments { margin-right: auto; }
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
  protected readonly attachments = signal<Attachment[]>([]);
  private readonly uploading = computed(() => this.attachments().some((a) => !a.uploaded));
  protected readonly canSubmit = computed(() => !this.sending() && !this.uploading() && (this.text().trim().length > 0 || this.attachments().length > 0));
  protected readonly segmentLine = computed(() => {
    const s = this.segments();
    if (s.segments === 0) return 'GSM-7 · 160 characters per text';
    const left = s.segments * s.perSegment - s.units;
    const why = s.encoding === 'UCS-2' && s.nonGsmCharacters.length ? ` — because of ${s.nonGsmCharacters.slice(0, 3).join(' ')}` : '';
    return `${s.segments} ${s.segments === 1 ? 'text' : 'texts'} (${s.encoding}${why}) · ${left} left`;
  });
  /** Same id on a retry of the same draft, so a double submit never texts twice. */
  private clientMessageId = crypto.randomUUID();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.attachments().forEach((a) => URL.revokeObjectURL(a.preview)));
  }

  /** Checks the picture here first (type, 5 MB) so the error is instant, then uploads it. */
  protected attach(inputEl: HTMLInputElement): void {
    const file = inputEl.files?.[0];
    inputEl.value = '';
    if (!file) return;
    if (!PICTURE_TYPES.includes(file.type)) {
      this.error.set(`"${file.name}" is not a picture we can text. Attach a PNG, JPEG, GIF or WebP image.`);
      return;
    }
    if (file.size > MAX_PICTURE_BYTES) {
      this.error.set(`This picture is ${(file.size / 1024 / 1024).toFixed(1)} MB; pictures can be at most 5 MB. Choose a smaller one.`);
      return;
    }
    this.error.set(null);
    const key = crypto.randomUUID();
    this.attachments.update((list) => [...list, { key, name: file.name, preview: URL.createObjectURL(file), uploaded: null }]);
    this.api.uploadMedia(this.conversationId(), file).subscribe({
      next: (uploaded) => this.attachments.update((list) => list.map((a) => (a.key === key ? { ...a, uploaded } : a))),
      error: (err: unknown) => {
        this.remove(key);
        this.error.set(apiErrorMessage(err, "The picture couldn't be attached. Please try again."));
      },
    });
  }

  protected remove(key: string): void {
    const gone = this.attachments().find((a) => a.key === key);
    if (gone) URL.revokeObjectURL(gone.preview);
    this.attachments.update((list) => list.filter((a) => a.key !== key));
  }

  protected onEnter(event: KeyboardEvent): void {
    if (event.shiftKey || event.isComposing) return;
    event.preventDefault();
    this.send();
  }

  protected send(): void {
    if (!this.canSubmit()) return;
    this.sending.set(true);
    this.error.set(null);
    const mediaIds = this.attachments().flatMap((a) => (a.uploaded ? [a.uploaded.id] : []));
    this.api.send(this.conversationId(), { body: this.text().trim(), clientMessageId: this.clientMessageId, mediaIds }).subscribe({
      next: (message) => {
        this.sending.set(false);
        this.text.set('');
        this.attachments().forEach((a) => URL.revokeObjectURL(a.preview));
        this.attachments.set([]);
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
