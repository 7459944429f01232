import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, computed, effect, inject, input, output, signal, untracked, viewChild } from '@angular/core';
import { apiErrorMessage } from '../../core/api-error';
import { AuthService } from '../../core/auth.service';
import { InboxApi } from '../../core/inbox.api';
import { Message, MessageMediaItem } from '../../core/models';
import { SuggestionsApi } from '../../core/suggestions.api';
import { checkMessageLength } from '../../shared/message-length';
import { countSmsSegments } from '@beacon/contracts/sms-segments.util';
import { ConsentBanner } from '../inbox/consent-banner';
import { ConsentView } from '../inbox/consent.api';
import { ChosenSuggestion, ReplySuggestions } from '../inbox/reply-suggestions';
import { ComposeApi, PendingTemplate, QuickReply } from './compose.api';
import { QuickReplyPicker } from './quick-reply-picker';
import { textablePicture } from './textable-picture';

const SLASH_TOKEN = /(?:^|\s)\/([\w-]*)$/;
const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

interface Attachment {
  key: string;
  name: string;
  preview: string;
  uploaded: MessageMediaItem | null;
}

/**
 * Reply box under a conversation:
 * - smart-reply chips for the patient's latest text (click to place, edit, send);
 * - `/` opens the quick-reply picker (type to filter, arrows + Enter to insert, several per message),
 *   filled from the conversation by the API; anything it could not fill stays visible as {{name}} and
 *   blocks sending until edited;
 * - pictures (PNG/JPEG/GIF/WebP up to 5 MB, checked before upload) from the gallery, or on a phone
 *   straight from the camera ("Take photo"; a large photo is scaled down to fit), and a GSM-7/UCS-2 segment counter;
 * - the patient's consent above it: opted out → the box is disabled with the reason (re-consent is
 *   recorded in the banner); a text that looks like an SSN, date of birth or card number is held back
 *   with an explicit, audited "Send anyway".
 * Enter sends, Shift+Enter adds a line; a retried send carries the same id, so it never texts twice.
 */
@Component({
  selector: 'bcn-message-composer',
  imports: [ConsentBanner, QuickReplyPicker, ReplySuggestions],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './message-composer.html',
  styleUrl: './message-composer.css',
})
export class MessageComposer {
  readonly conversationId = input.required<string>();
  readonly locationId = input<string | null>(null);
  /** The stored (queued) message, for the timeline to show at once. */
  readonly sent = output<Message>();

  private readonly api = inject(ComposeApi);
  private readonly inbox = inject(InboxApi);
  private readonly suggestionsApi = inject(SuggestionsApi);
  private readonly pending = inject(PendingTemplate);
  private readonly auth = inject(AuthService);
  protected readonly canSend = computed(() => !!this.auth.staff()?.permissions?.canSendMessages);

  private readonly textarea = viewChild<ElementRef<HTMLTextAreaElement>>('box');
  private readonly picker = viewChild(QuickReplyPicker);
  private readonly consentBanner = viewChild(ConsentBanner);

  protected readonly consent = signal<ConsentView | null>(null);
  /** The identifier warning from the server, until staff edit the text or choose "Send anyway". */
  protected readonly warning = signal<string | null>(null);
  protected readonly disabledReason = computed(() =>
    this.consent()?.canText === false ? 'This patient opted out of texts, so nothing can be sent. Record their re-consent to text them again.' : null,
  );

  protected readonly body = signal('');
  protected readonly replies = signal<QuickReply[]>([]);
  protected readonly pickerQuery = signal<string | null>(null);
  protected readonly sending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly templateName = signal<string | null>(null);
  protected readonly attachments = signal<Attachment[]>([]);
  private slashStart = -1;
  private quickReplyIds: string[] = [];
  private templateId: string | null = null;
  private suggestion: ChosenSuggestion | null = null;
  private clientMessageId = crypto.randomUUID();

  /** Placeholders still in the text: flagged, and sending is blocked until they are replaced. */
  protected readonly missing = computed(() => [...new Set([...this.body().matchAll(PLACEHOLDER)].map((m) => m[1]!))]);
  private readonly uploading = computed(() => this.attachments().some((a) => !a.uploaded));
  /** At most 5 pictures a text (the API's limit). */
  protected readonly attachDisabled = computed(() => this.sending() || this.attachments().length >= 5 || !!this.disabledReason());
  /** Too long is refused here with how much to cut (no silent truncation); very long is flagged. */
  protected readonly lengthCheck = computed(() => {
    const text = this.body().trim();
    return checkMessageLength(text, countSmsSegments(text).segments);
  });
  protected readonly sendDisabled = computed(
    () =>
      !!this.disabledReason() ||
      this.sending() ||
      this.uploading() ||
      (!this.body().trim() && this.attachments().length === 0) ||
      this.missing().length > 0 ||
      this.body().includes('{{') ||
      this.lengthCheck().level === 'too_long',
  );
  protected readonly segments = computed(() => countSmsSegments(this.body()));
  protected readonly segmentLine = computed(() => {
    const s = this.segments();
    if (s.segments === 0) return 'GSM-7 · 160 characters per text';
    const left = s.segments * s.perSegment - s.units;
    const why = s.encoding === 'UCS-2' && s.nonGsmCharacters.length ? ` — because of ${s.nonGsmCharacters.slice(0, 3).join(' ')}` : '';
    return `${s.segments} ${s.segments === 1 ? 'text' : 'texts'} (${s.encoding}${why}) · ${left} left`;
  });

  /** Set when the draft would go over the plan's monthly allowance (shown before sending; it still sends). */
  protected readonly overage = signal<string | null>(null);

  constructor() {
    // Asked again only when the draft's segment count changes, not on every keystroke.
    effect(() => {
      const segments = this.segments().segments;
      if (segments === 0 || !untracked(this.canSend)) {
        this.overage.set(null);
        return;
      }
      this.api.usagePreview([untracked(this.body)]).subscribe({ next: (p) => this.overage.set(p.message), error: () => this.overage.set(null) });
    });
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
            this.setBody(filled.text);
            this.templateId = template.id;
            this.templateName.set(template.name);
          },
          error: (err: unknown) => this.error.set(apiErrorMessage(err, "We couldn't fill in this template.")),
        });
      });
    });
    inject(DestroyRef).onDestroy(() => this.attachments().forEach((a) => URL.revokeObjectURL(a.preview)));
  }

  protected onInput(event: Event): void {
    const el = event.target as HTMLTextAreaElement;
    this.body.set(el.value);
    this.error.set(null);
    this.warning.set(null);
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
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
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
        if (!this.quickReplyIds.includes(reply.id)) this.quickReplyIds.push(reply.id);
        this.setBody(next, start + filled.text.length);
      },
      error: (err: unknown) => this.error.set(apiErrorMessage(err, "We couldn't insert this quick reply.")),
    });
  }

  /** A smart reply chosen above the box: it replaces the draft, ready to edit. */
  protected useSuggestion(chosen: ChosenSuggestion): void {
    this.suggestion = chosen;
    this.error.set(null);
    this.setBody(chosen.text, chosen.text.length);
  }

  /**
   * From either control (gallery or camera): checks the picture here first (type, 5 MB; a photo too large
   * is scaled down) so the answer is instant, then uploads it.
   */
  protected async attach(inputEl: HTMLInputElement): Promise<void> {
    const chosen = inputEl.files?.[0];
    inputEl.value = '';
    if (!chosen) return;
    const key = crypto.randomUUID();
    // Shown at once (faded until uploaded), also while a large photo is being scaled down.
    this.attachments.update((list) => [...list, { key, name: chosen.name, preview: URL.createObjectURL(chosen), uploaded: null }]);
    const picture = await textablePicture(chosen);
    if ('error' in picture) {
      this.remove(key);
      this.error.set(picture.error);
      return;
    }
    this.error.set(null);
    this.inbox.uploadMedia(this.conversationId(), picture.file).subscribe({
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

  protected send(allowIdentifiers = false): void {
    if (this.sendDisabled()) return;
    this.sending.set(true);
    this.error.set(null);
    const text = this.body().trim();
    const mediaIds = this.attachments().flatMap((a) => (a.uploaded ? [a.uploaded.id] : []));
    this.inbox
      .send(this.conversationId(), { body: text, clientMessageId: this.clientMessageId, mediaIds, quickReplyIds: this.quickReplyIds, templateId: this.templateId, allowIdentifiers })
      .subscribe({
        next: (message) => {
          this.sending.set(false);
          const used = this.suggestion;
          if (used) this.suggestionsApi.feedback(used.messageId, used.key, 'sent', text !== used.text.trim()).subscribe({ error: () => undefined });
          this.reset();
          this.sent.emit(message);
        },
        error: (err: unknown) => {
          this.sending.set(false);
          const code = err instanceof HttpErrorResponse ? (err.error as { code?: string } | null)?.code : undefined;
          if (code === 'IDENTIFIER_DETECTED') {
            this.warning.set(apiErrorMessage(err));
            return;
          }
          // Same id on retry: the API never sends one message twice.
          this.error.set(apiErrorMessage(err, "The message wasn't sent. Please try again."));
          if (code === 'PATIENT_OPTED_OUT') this.consentBanner()?.reload();
        },
      });
  }

  private setBody(text: string, caret = text.length): void {
    this.body.set(text);
    const el = this.textarea()?.nativeElement;
    queueMicrotask(() => {
      if (!el) return;
      el.value = text;
      el.focus();
      el.setSelectionRange(caret, caret);
    });
  }

  private reset(): void {
    this.body.set('');
    this.quickReplyIds = [];
    this.templateId = null;
    this.suggestion = null;
    this.warning.set(null);
    this.templateName.set(null);
    this.attachments().forEach((a) => URL.revokeObjectURL(a.preview));
    this.attachments.set([]);
    this.clientMessageId = crypto.randomUUID();
    this.closePicker();
    const el = this.textarea()?.nativeElement;
    if (el) el.value = '';
  }
}
