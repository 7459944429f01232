import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { Subject, catchError, map, merge, of, switchMap } from 'rxjs';
import { apiErrorMessage } from '../../core/api-error';
import { InboxApi } from '../../core/inbox.api';
import { LocationContext } from '../../core/location-context';
import { ConversationSummary, MessageCreatedEvent } from '../../core/models';
import { RealtimeService } from '../../core/realtime.service';

type LoadResult =
  | { ok: true; locationId: string; list: ConversationSummary[] }
  | { ok: false; locationId: string; error: string }
  | { ok: 'none' };

function time(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
}

function sortNewestFirst(list: ConversationSummary[]): ConversationSummary[] {
  return [...list].sort((a, b) => time(b.lastMessageAt) - time(a.lastMessageAt));
}

/**
 * Conversation list for the selected location, kept live from socket.io pushes.
 * Provided by InboxPage, so the open conversation (a child route) shares it.
 */
@Injectable()
export class InboxStore {
  private readonly api = inject(InboxApi);
  private readonly realtime = inject(RealtimeService);
  private readonly ctx = inject(LocationContext);

  private readonly list = signal<ConversationSummary[]>([]);
  readonly conversations = this.list.asReadonly();
  readonly loading = signal(false);
  readonly error = signal<string | null>(null);
  /** Location the current list belongs to. */
  readonly loadedLocationId = signal<string | null>(null);
  /** Conversation open in the detail pane (set by ConversationView). */
  readonly activeId = signal<string | null>(null);
  readonly unreadCount = computed(() => this.list().filter((c) => c.unread).length);

  private readonly refresh$ = new Subject<void>();
  /** Live events received while a (re)load is in flight, re-applied on top of the response. */
  private eventsDuringLoad: MessageCreatedEvent[] | null = null;

  constructor() {
    const destroyRef = inject(DestroyRef);

    merge(
      toObservable(this.ctx.selectedId).pipe(map((locationId) => ({ locationId, silent: false }))),
      this.refresh$.pipe(map(() => ({ locationId: this.ctx.selectedId(), silent: true }))),
    )
      .pipe(
        switchMap(({ locationId, silent }) => {
          if (!locationId) return of<LoadResult>({ ok: 'none' });
          if (!silent || this.loadedLocationId() !== locationId) {
            this.loading.set(true);
            this.list.set([]);
            this.loadedLocationId.set(locationId);
          }
          this.eventsDuringLoad = [];
          return this.api.conversations(locationId).pipe(
            map((list): LoadResult => ({ ok: true, locationId, list })),
            catchError((err: unknown) =>
              of<LoadResult>({ ok: false, locationId, error: apiErrorMessage(err, "We couldn't load conversations.") }),
            ),
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
        let list = sortNewestFirst(result.list).map((c) => (c.id === this.activeId() ? { ...c, unread: false } : c));
        for (const event of buffered) list = this.applyCreated(list, event);
        this.list.set(list);
      });

    this.realtime.messageCreated$.pipe(takeUntilDestroyed(destroyRef)).subscribe((event) => {
      if (event.locationId !== this.loadedLocationId()) return;
      this.eventsDuringLoad?.push(event);
      this.list.update((list) => this.applyCreated(list, event));
    });

    this.realtime.reconnected$.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => this.refresh());
  }

  /** Re-fetches the list without blanking it. */
  refresh(): void {
    this.refresh$.next();
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
      list.some((c) => c.id === conversationId && c.unread)
        ? list.map((c) => (c.id === conversationId ? { ...c, unread: false } : c))
        : list,
    );
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
    if (next.id === this.activeId()) next = { ...next, unread: false };
    return sortNewestFirst([next, ...list.filter((c) => c.id !== next.id)]);
  }
}
