import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { Subject, catchError, combineLatest, map, merge, of, switchMap } from 'rxjs';
import { apiErrorMessage } from '../../core/api-error';
import { AuthService } from '../../core/auth.service';
import { InboxApi } from '../../core/inbox.api';
import { LocationContext } from '../../core/location-context';
import { ConversationCounts, ConversationFilter, ConversationSummary, MessageCreatedEvent } from '../../core/models';
import { RealtimeService } from '../../core/realtime.service';

type LoadResult =
  | { ok: true; locationId: string; list: ConversationSummary[]; nextCursor: string | null }
  | { ok: false; locationId: string; error: string }
  | { ok: 'none' };

function time(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
}

function sortNewestFirst(list: ConversationSummary[]): ConversationSummary[] {
  return [...list].sort((a, b) => time(b.lastMessageAt) - time(a.lastMessageAt) || (a.id < b.id ? 1 : -1));
}

export const FILTERS: { id: ConversationFilter; label: string; count?: keyof ConversationCounts }[] = [
  { id: 'all', label: 'All' },
  { id: 'unread', label: 'Unread', count: 'unread' },
  { id: 'open', label: 'Open', count: 'open' },
  { id: 'closed', label: 'Closed' },
  { id: 'assigned_to_me', label: 'Mine', count: 'assignedToMe' },
  { id: 'starred', label: 'Starred', count: 'starred' },
];

/**
 * Conversation list for the selected location and filter, one cursor page at a time, kept live
 * from socket.io pushes. Provided by InboxPage, so the open conversation (a child route) shares it.
 */
@Injectable()
export class InboxStore {
  private readonly api = inject(InboxApi);
  private readonly realtime = inject(RealtimeService);
  private readonly ctx = inject(LocationContext);
  private readonly auth = inject(AuthService);

  private readonly list = signal<ConversationSummary[]>([]);
  readonly conversations = this.list.asReadonly();
  readonly loading = signal(false);
  readonly loadingMore = signal(false);
  readonly error = signal<string | null>(null);
  readonly filter = signal<ConversationFilter>('all');
  readonly nextCursor = signal<string | null>(null);
  readonly counts = signal<ConversationCounts | null>(null);
  /** Location the current list belongs to. */
  readonly loadedLocationId = signal<string | null>(null);
  /** Conversation open in the detail pane (set by ConversationView). */
  readonly activeId = signal<string | null>(null);
  readonly unreadCount = computed(() => this.counts()?.unread ?? this.list().filter((c) => c.unread).length);

  private readonly refresh$ = new Subject<void>();
  private readonly countsRefresh$ = new Subject<void>();
  /** Live events received while a (re)load is in flight, re-applied on top of the response. */
  private eventsDuringLoad: MessageCreatedEvent[] | null = null;

  constructor() {
    const destroyRef = inject(DestroyRef);

    merge(
      combineLatest([toObservable(this.ctx.selectedId), toObservable(this.filter)]).pipe(map(([locationId]) => ({ locationId, silent: false }))),
      this.refresh$.pipe(map(() => ({ locationId: this.ctx.selectedId(), silent: true }))),
    )
      .pipe(
        switchMap(({ locationId, silent }) => {
          if (!locationId) return of<LoadResult>({ ok: 'none' });
          if (!silent || this.loadedLocationId() !== locationId) {
            this.loading.set(true);
            this.list.set([]);
            this.nextCursor.set(null);
            this.loadedLocationId.set(locationId);
          }
          this.eventsDuringLoad = [];
          this.countsRefresh$.next();
          return this.api.conversations(locationId, this.filter()).pipe(
            map((page): LoadResult => ({ ok: true, locationId, list: page.conversations, nextCursor: page.nextCursor })),
            catchError((err: unknown) => of<LoadResult>({ ok: false, locationId, error: apiErrorMessage(err, "We couldn't load conversations.") })),
          );
        }),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe((result) => {
        const buffered = this.eventsDuringLoad ?? [];
        this.eventsDuringLoad = null;
        this.loading.set(false);
        if (result.ok === 'none') {
          this.list.set([]);
          this.loadedLocationId.set(null);
          this.error.set(null);
          return;
        }
        if (result.ok === false) {
          this.error.set(result.error);
          return;
        }
        this.error.set(null);
        this.nextCursor.set(result.nextCursor);
        let list = sortNewestFirst(result.list).map((c) => (c.id === this.activeId() ? { ...c, unread: false } : c));
        for (const event of buffered) list = this.applyCreated(list, event);
        this.list.set(list);
      });

    this.countsRefresh$
      .pipe(
        switchMap(() => {
          const locationId = this.ctx.selectedId();
          return locationId ? this.api.counts(locationId).pipe(catchError(() => of(null))) : of(null);
        }),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe((counts) => this.counts.set(counts));

    this.realtime.messageCreated$.pipe(takeUntilDestroyed(destroyRef)).subscribe((event) => {
      if (event.locationId !== this.loadedLocationId()) return;
      this.eventsDuringLoad?.push(event);
      this.list.update((list) => this.applyCreated(list, event));
      this.countsRefresh$.next();
    });

    this.realtime.conversationUpdated$.pipe(takeUntilDestroyed(destroyRef)).subscribe((event) => {
      if (event.locationId !== this.loadedLocationId()) return;
      this.list.update((list) => this.applyUpdated(list, event.conversation));
      this.countsRefresh$.next();
    });

    this.realtime.reconnected$.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => this.refresh());
  }

  /** Re-fetches the list without blanking it. */
  refresh(): void {
    this.refresh$.next();
  }

  setFilter(filter: ConversationFilter): void {
    this.filter.set(filter);
  }

  /** Appends the next page (keyset cursor: nothing is skipped or repeated while new texts arrive). */
  loadMore(): void {
    const cursor = this.nextCursor();
    const locationId = this.loadedLocationId();
    if (!cursor || !locationId || this.loadingMore()) return;
    this.loadingMore.set(true);
    this.api.conversations(locationId, this.filter(), cursor).subscribe({
      next: (page) => {
        this.loadingMore.set(false);
        if (locationId !== this.loadedLocationId()) return;
        this.nextCursor.set(page.nextCursor);
        this.list.update((list) => {
          const seen = new Set(list.map((c) => c.id));
          return [...list, ...page.conversations.filter((c) => !seen.has(c.id))];
        });
      },
      error: (err: unknown) => {
        this.loadingMore.set(false);
        this.error.set(apiErrorMessage(err, "We couldn't load more conversations."));
      },
    });
  }

  /** Puts a changed conversation (from an action or a push) into the list. */
  upsert(conversation: ConversationSummary): void {
    this.list.update((list) => this.applyUpdated(list, conversation));
    this.countsRefresh$.next();
  }

  setActive(conversationId: string | null): void {
    this.activeId.set(conversationId);
    if (conversationId) this.markRead(conversationId);
  }

  /** Clears the active conversation only if it is still the given one (avoids races between routes). */
  clearActive(conversationId: string): void {
    if (this.activeId() === conversationId) this.activeId.set(null);
  }

  markRead(conversationId: string): void {
    this.list.update((list) =>
      list.some((c) => c.id === conversationId && c.unread) ? list.map((c) => (c.id === conversationId ? { ...c, unread: false } : c)) : list,
    );
  }

  private matches(c: ConversationSummary): boolean {
    switch (this.filter()) {
      case 'all':
        return true;
      case 'unread':
        return c.unread || c.id === this.activeId();
      case 'open':
        return c.status === 'open';
      case 'closed':
        return c.status === 'closed';
      case 'assigned_to_me':
        return c.assignedTo?.id === this.auth.staff()?.id;
      case 'starred':
        return c.starred;
    }
  }

  private applyUpdated(list: ConversationSummary[], conversation: ConversationSummary): ConversationSummary[] {
    const next = conversation.id === this.activeId() ? { ...conversation, unread: false } : conversation;
    const rest = list.filter((c) => c.id !== next.id);
    if (!this.matches(next)) return rest;
    // Keep the list a contiguous prefix of the server order: don't pull in rows older than the last page.
    const last = list[list.length - 1];
    if (!list.some((c) => c.id === next.id) && this.nextCursor() && last && time(next.lastMessageAt) < time(last.lastMessageAt)) return list;
    return sortNewestFirst([next, ...rest]);
  }

  private applyCreated(list: ConversationSummary[], event: MessageCreatedEvent): ConversationSummary[] {
    const existing = list.find((c) => c.id === event.conversationId);
    let next: ConversationSummary | undefined = event.conversation;
    if (!next) {
      if (!existing) return list;
      // Older servers may omit the summary: derive it from the message.
      next = {
        ...existing,
        lastMessageAt: event.message.createdAt,
        lastMessagePreview: event.message.body,
        unread: existing.unread || event.message.direction === 'inbound',
      };
    }
    if (existing && time(existing.lastMessageAt) > time(next.lastMessageAt)) return list; // stale push
    return this.applyUpdated(list, next);
  }
}
