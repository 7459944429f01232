import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { Subscription } from 'rxjs';
import { apiErrorMessage } from '../../core/api-error';
import { AuthService } from '../../core/auth.service';
import { LocationContext } from '../../core/location-context';
import { ConversationSummary } from '../../core/models';
import { Clock } from '../../core/clock';
import { fullDateTime, patientName, relativeTime } from '../../shared/format';
import { SearchApi, SearchResults } from './search.api';

const DEBOUNCE_MS = 250;

/** Search box above the conversation list: patient names, phone digits and words in any message. */
@Component({
  selector: 'bcn-inbox-search',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="search" role="search">
      <input
        type="search"
        class="input"
        data-testid="search-input"
        [attr.placeholder]="placeholder()"
        [attr.aria-label]="placeholder()"
        [value]="query()"
        (input)="onInput($any($event.target).value)"
        (keydown.escape)="clear()"
      />
      @if (query().trim()) {
        <div class="results" data-testid="search-results" aria-live="polite">
          @if (loading() && !results()) {
            <p class="muted note">Searching…</p>
          } @else if (error(); as err) {
            <p class="note" role="alert">{{ err }}</p>
          } @else if (results(); as r) {
            @for (c of r.conversations; track c.id) {
              <button type="button" class="hit" data-testid="search-patient-hit" (click)="open(c.id)">
                <span class="name">{{ name(c) }}</span>
                <span class="phone">{{ c.patient.phone }}</span>
              </button>
            }
            @for (h of r.messages; track h.message.id) {
              <button type="button" class="hit" data-testid="search-hit" [attr.data-conversation-id]="h.conversation.id" (click)="open(h.conversation.id)">
                <span class="row">
                  <span class="name">{{ name(h.conversation) }}</span>
                  <time class="time" [attr.datetime]="h.message.createdAt" [attr.title]="fullWhen(h.message.createdAt)">{{ date(h.message.createdAt) }}</time>
                </span>
                <span class="body" data-testid="search-hit-body">{{ h.message.body }}</span>
              </button>
            }
            @if (empty()) {
              <p class="muted note" data-testid="search-empty">Nothing matches “{{ query().trim() }}”. Try fewer words or the last 4 digits of the phone number.</p>
            }
            @if (r.nextCursor) {
              <button type="button" class="btn btn-ghost btn-sm more" data-testid="search-more" [disabled]="loading()" (click)="more()">Older matches</button>
            }
          }
        </div>
      }
    </div>
  `,
  styles: `
    .search { padding: 8px 16px 10px; border-bottom: 1px solid var(--border); }
    .input { width: 100%; }
    .results { margin-top: 8px; max-height: 50vh; overflow-y: auto; display: grid; gap: 2px; }
    .hit { display: grid; gap: 2px; text-align: left; padding: 8px; border: 0; border-radius: 6px; background: none; color: inherit; cursor: pointer; font: inherit; }
    .hit:hover, .hit:focus-visible { background: var(--surface-muted); }
    .row { display: flex; justify-content: space-between; gap: 8px; }
    .name { font-weight: 500; }
    .time, .phone { font-size: 12px; color: var(--text-faint); }
    .body { font-size: 13px; color: var(--text-muted); display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
    .note { font-size: 13px; padding: 4px 8px; }
    .more { justify-self: start; }
  `,
})
export class InboxSearch {
  private readonly api = inject(SearchApi);
  private readonly ctx = inject(LocationContext);
  private readonly router = inject(Router);
  private readonly clock = inject(Clock);
  private readonly auth = inject(AuthService);

  /** Staff who may not see numbers search by the last 4 digits only (the server refuses more). */
  protected readonly placeholder = computed(() =>
    this.auth.staff()?.permissions?.seeContactDetails ? 'Search names, phone numbers, messages' : 'Search names, last 4 digits of a phone, messages',
  );
  protected readonly query = signal('');
  protected readonly results = signal<SearchResults | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly empty = computed(() => {
    const r = this.results();
    return !!r && !r.conversations.length && !r.messages.length;
  });

  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Subscription | null = null;

  constructor() {
    // A different location means different results: search again.
    effect(() => {
      const location = this.ctx.selected();
      if (location && this.query().trim()) this.schedule(0);
    });
    inject(DestroyRef).onDestroy(() => {
      if (this.timer) clearTimeout(this.timer);
      this.running?.unsubscribe();
    });
  }

  protected onInput(value: string): void {
    this.query.set(value);
    if (!value.trim()) {
      this.clear();
      return;
    }
    this.schedule(DEBOUNCE_MS);
  }

  protected clear(): void {
    if (this.timer) clearTimeout(this.timer);
    this.running?.unsubscribe();
    this.query.set('');
    this.results.set(null);
    this.error.set(null);
    this.loading.set(false);
  }

  protected more(): void {
    const cursor = this.results()?.nextCursor;
    if (cursor) this.run(cursor);
  }

  protected open(conversationId: string): void {
    void this.router.navigate(['/inbox', conversationId]);
  }

  protected name(c: ConversationSummary): string {
    return patientName(c.patient);
  }

  protected date(iso: string): string {
    return relativeTime(iso, this.clock.now());
  }

  protected fullWhen(iso: string): string {
    return fullDateTime(iso);
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(null), delay);
  }

  private run(cursor: string | null): void {
    const q = this.query().trim();
    const location = this.ctx.selected();
    if (!q || !location) return;
    this.running?.unsubscribe();
    this.loading.set(true);
    this.error.set(null);
    if (!cursor) this.results.set(null);
    this.running = this.api.search(q, location.id, cursor).subscribe({
      next: (page) => {
        const previous = cursor ? this.results() : null;
        this.results.set(
          previous ? { conversations: previous.conversations, messages: [...previous.messages, ...page.messages], nextCursor: page.nextCursor } : page,
        );
        this.loading.set(false);
      },
      error: (err: unknown) => {
        this.error.set(apiErrorMessage(err, 'Search is not available right now. Try again in a moment.'));
        this.loading.set(false);
      },
    });
  }
}
