import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { Subject, catchError, filter, map, merge, of, switchMap, tap } from 'rxjs';
import { apiErrorMessage } from '../../core/api-error';
import { Clock } from '../../core/clock';
import { InboxApi } from '../../core/inbox.api';
import { LocationContext } from '../../core/location-context';
import { ConversationSummary, Message, MessageStatus } from '../../core/models';
import { RealtimeService } from '../../core/realtime.service';
import {
  STATUS_LABELS,
  clockTime,
  dayKey,
  dayLabel,
  fullDateTime,
  humanize,
  initials,
  patientName,
} from '../../shared/format';
import { StickToBottom } from '../../shared/stick-to-bottom';
import { MessageComposer } from '../compose/message-composer';
import { ContextDrawer } from './context-drawer';
import { ConversationActions } from './conversation-actions';
import { InboxStore } from './inbox-store';
import { MessageMedia } from './message-media';

type TimelineItem = { type: 'day'; key: string; label: string } | { type: 'message'; key: string; message: Message };

type LoadResult = { ok: true; id: string; messages: Message[] } | { ok: false; id: string; error: string };

/** Delivery statuses only move forward; protects against out-of-order pushes. */
const STATUS_RANK: Record<MessageStatus, number> = {
  received: 0,
  queued: 1,
  sending: 1,
  sent: 2,
  delivered: 3,
  undelivered: 3,
  failed: 3,
  blocked: 3,
};

function byCreatedAt(a: Message, b: Message): number {
  return Date.parse(a.createdAt) - Date.parse(b.createdAt);
}

function upsertMessage(list: Message[], incoming: Message): Message[] {
  const i = list.findIndex((m) => m.id === incoming.id);
  if (i === -1) return [...list, incoming].sort(byCreatedAt);
  const current = list[i]!;
  const merged =
    (STATUS_RANK[current.status] ?? 0) > (STATUS_RANK[incoming.status] ?? 0)
      ? { ...incoming, status: current.status }
      : incoming;
  const next = [...list];
  next[i] = merged;
  return next;
}

@Component({
  selector: 'bcn-conversation-view',
  imports: [RouterLink, StickToBottom, ConversationActions, MessageComposer, MessageMedia],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './conversation-view.html',
  styleUrl: './conversation-view.css',
})
export class ConversationView {
  /** Route param `:conversationId` (bound by the router). */
  readonly conversationId = input.required<string>();

  private readonly api = inject(InboxApi);
  private readonly store = inject(InboxStore);
  private readonly realtime = inject(RealtimeService);
  private readonly clock = inject(Clock);
  private readonly ctx = inject(LocationContext);
  /** The inbox's context drawer; absent where the thread is shown inside another page (the calendar's appointment panel). */
  protected readonly drawer = inject(ContextDrawer, { optional: true });

  protected readonly messages = signal<Message[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);

  /** The thread as loaded on its own, for when the list's filter hides it (e.g. opened from a link). */
  private readonly own = signal<ConversationSummary | null>(null);
  protected readonly summary = computed(
    () => this.store.conversations().find((c) => c.id === this.conversationId()) ?? (this.own()?.id === this.conversationId() ? this.own() : null),
  );
  protected readonly title = computed(() => {
    const s = this.summary();
    return s ? patientName(s.patient) : 'Conversation';
  });
  protected readonly avatar = computed(() => initials(this.title()));
  protected readonly locationName = computed(() => {
    const s = this.summary();
    return s ? this.ctx.locationName(s.locationId) : '';
  });

  protected readonly timeline = computed<TimelineItem[]>(() => {
    const now = this.clock.now();
    const items: TimelineItem[] = [];
    let lastDay = '';
    for (const m of this.messages()) {
      const key = dayKey(m.createdAt);
      if (key !== lastDay) {
        items.push({ type: 'day', key: `day-${key}`, label: dayLabel(m.createdAt, now) });
        lastDay = key;
      }
      items.push({ type: 'message', key: m.id, message: m });
    }
    return items;
  });

  private readonly refresh$ = new Subject<void>();
  private eventsDuringLoad: Message[] | null = null;

  constructor() {
    const destroyRef = inject(DestroyRef);

    merge(
      toObservable(this.conversationId).pipe(
        tap((id) => {
          this.store.setActive(id);
          this.loading.set(true);
          this.error.set(null);
          this.messages.set([]);
        }),
        map((id) => id),
      ),
      this.refresh$.pipe(map(() => this.conversationId())),
    )
      .pipe(
        switchMap((id) => {
          this.eventsDuringLoad = [];
          return this.api.messages(id).pipe(
            map((messages): LoadResult => ({ ok: true, id, messages })),
            catchError((err: unknown) =>
              of<LoadResult>({ ok: false, id, error: apiErrorMessage(err, "We couldn't load this conversation.") }),
            ),
          );
        }),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe((result) => {
        const buffered = this.eventsDuringLoad ?? [];
        this.eventsDuringLoad = null;
        this.loading.set(false);
        if (!result.ok) {
          this.error.set(result.error);
          return;
        }
        this.error.set(null);
        let list = [...result.messages].sort(byCreatedAt);
        for (const m of buffered) list = upsertMessage(list, m);
        this.messages.set(list);
        this.store.markRead(result.id);
      });

    merge(this.realtime.messageCreated$, this.realtime.messageUpdated$)
      .pipe(
        filter((e) => e.conversationId === this.conversationId()),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe((e) => {
        this.eventsDuringLoad?.push(e.message);
        this.messages.update((list) => upsertMessage(list, e.message));
        if (e.message.direction === 'inbound') this.store.markRead(e.conversationId);
      });

    this.realtime.reconnected$.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => this.refresh$.next());

    toObservable(this.conversationId)
      .pipe(
        switchMap((id) => this.api.conversation(id).pipe(catchError(() => of(null)))),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe((c) => this.own.set(c));
    this.realtime.conversationUpdated$
      .pipe(
        filter((e) => e.conversationId === this.conversationId()),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe((e) => this.own.set(e.conversation));

    destroyRef.onDestroy(() => this.store.clearActive(this.conversationId()));
  }

  protected retry(): void {
    this.loading.set(true);
    this.error.set(null);
    this.refresh$.next();
  }

  protected onSent(message: Message): void {
    this.messages.update((list) => upsertMessage(list, message));
  }

  protected time(iso: string): string {
    return clockTime(iso);
  }

  protected fullTime(iso: string): string {
    return fullDateTime(iso);
  }

  protected statusLabel(status: MessageStatus): string {
    return STATUS_LABELS[status] ?? humanize(status);
  }

  protected kindLabel(m: Message): string {
    return m.kind ? `Sent automatically · ${humanize(m.kind)}` : 'Sent automatically';
  }
}
