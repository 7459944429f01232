import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { apiErrorMessage } from '../../core/api-error';
import { AuthService } from '../../core/auth.service';
import { ComposeApi, PendingTemplate, QuickReply } from './compose.api';
import { QuickReplyPicker } from './quick-reply-picker';

const SLASH_TOKEN = /(?:^|\s)\/([\w-]*)$/;
const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

function newKey(): string {
  return crypto.randomUUID();
}

/**
 * Reply box under a conversation. `/` opens the quick-reply picker (type to filter, arrows + Enter to
 * insert, several per message); inserted text is filled from the conversation by the API, and anything
 * it could not fill stays visible as {{name}} and blocks sending until edited.
 */
@Component({
  selector: 'bcn-message-composer',
  imports: [QuickReplyPicker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './message-composer.html',
  styleUrl: './message-composer.css',
})
export class MessageComposer {
  readonly conversationId = input.required<string>();
  readonly locationId = input<string | null>(null);

  private readonly api = inject(ComposeApi);
  private readonly pending = inject(PendingTemplate);
  private readonly auth = inject(AuthService);
  protected readonly canSend = computed(() => !!this.auth.staff()?.permissions?.canSendMessages);

  private readonly textarea = viewChild<ElementRef<HTMLTextAreaElement>>('box');
  private readonly picker = viewChild(QuickReplyPicker);

  protected readonly body = signal('');
  protected readonly replies = signal<QuickReply[]>([]);
  protected readonly pickerQuery = signal<string | null>(null);
  protected readonly sending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly templateName = signal<string | null>(null);
  private slashStart = -1;
  private quickReplyIds: string[] = [];
  private templateId: string | null = null;
  private clientKey = newKey();

  /** Placeholders still in the text: flagged, and sending is blocked until they are replaced. */
  protected readonly missing = computed(() => [...new Set([...this.body().matchAll(PLACEHOLDER)].map((m) => m[1]!))]);
  protected readonly sendDisabled = computed(() => this.sending() || !this.body().trim() || this.missing().length > 0 || this.body().includes('{{'));

  constructor() {
    effect(() => {
      const locationId = this.locationId();
      if (!locationId || !untracked(this.canSend)) return;
      this.api.quickReplies(locationId).subscribe({ next: (list) => this.replies.set(list), error: () => this.replies.set([]) });
    });
    effect(() => {
      const conversationId = this.conversationId();
      untracked(() => {
        this.reset();
        const template = this.pending.template();
        if (!template || !this.canSend()) return;
        this.pending.template.set(null);
        this.api.render(conversationId, { templateId: template.id }).subscribe({
          next: (filled) => {
            this.body.set(filled.text);
            this.templateId = template.id;
            this.templateName.set(template.name);
          },
          error: (err: unknown) => this.error.set(apiErrorMessage(err, "We couldn't fill in this template.")),
        });
      });
    });
  }

  protected onInput(event: Event): void {
    const el = event.target as HTMLTextAreaElement;
    this.body.set(el.value);
    this.error.set(null);
    const before = el.value.slice(0, el.selectionStart ?? el.value.length);
    const match = SLASH_TOKEN.exec(before);
    if (match) {
      this.slashStart = before.length - match[1]!.length - 1;
      if (this.pickerQuery() === null) this.picker()?.resetSelection();
      this.pickerQuery.set(match[1]!);
    } else {
      this.closePicker();
    }
  }

  protected onKeydown(event: KeyboardEvent): void {
    if (this.pickerQuery() !== null) {
      if (this.picker()?.handleKey(event)) event.preventDefault();
      return;
    }
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      this.send();
    }
  }

  protected closePicker(): void {
    this.pickerQuery.set(null);
    this.slashStart = -1;
  }

  protected insert(reply: QuickReply): void {
    const el = this.textarea()?.nativeElement;
    const text = this.body();
    const start = this.slashStart;
    const end = el?.selectionStart ?? text.length;
    this.closePicker();
    if (start < 0) return;
    this.api.render(this.conversationId(), { quickReplyId: reply.id }).subscribe({
      next: (filled) => {
        const next = text.slice(0, start) + filled.text + text.slice(end);
        this.body.set(next);
        if (!this.quickReplyIds.includes(reply.id)) this.quickReplyIds.push(reply.id);
        const caret = start + filled.text.length;
        queueMicrotask(() => {
          if (!el) return;
          el.value = next;
          el.focus();
          el.setSelectionRange(caret, caret);
        });
      },
      error: (err: unknown) => this.error.set(apiErrorMessage(err, "We couldn't insert this quick reply.")),
    });
  }

  protected send(): void {
    if (this.sendDisabled()) return;
    this.sending.set(true);
    this.error.set(null);
    this.api.send(this.conversationId(), { body: this.body().trim(), clientKey: this.clientKey, quickReplyIds: this.quickReplyIds, templateId: this.templateId }).subscribe({
      next: () => {
        this.sending.set(false);
        this.reset();
      },
      error: (err: unknown) => {
        this.sending.set(false);
        // Same key on retry: the API never sends one message twice.
        this.error.set(apiErrorMessage(err, "The message wasn't sent. Please try again."));
      },
    });
  }

  private reset(): void {
    this.body.set('');
    this.quickReplyIds = [];
    this.templateId = null;
    this.templateName.set(null);
    this.clientKey = newKey();
    this.closePicker();
    const el = this.textarea()?.nativeElement;
    if (el) el.value = '';
  }
}
