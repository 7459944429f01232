import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { catchError, filter, of, switchMap } from 'rxjs';
import { apiErrorMessage } from '../../core/api-error';
import { AuthService } from '../../core/auth.service';
import { InboxApi } from '../../core/inbox.api';
import { Assignee, ConversationChange, ConversationSummary } from '../../core/models';
import { RealtimeService } from '../../core/realtime.service';
import { InboxStore } from './inbox-store';

/** Star, assign, close / reopen and mark-unread for the open conversation; follows live changes. */
@Component({
  selector: 'bcn-conversation-actions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (conversation(); as c) {
      <div class="actions" role="toolbar" aria-label="Conversation actions">
        <button
          type="button"
          class="btn btn-ghost btn-sm star"
          data-testid="star-toggle"
          [attr.aria-pressed]="c.starred"
          [disabled]="busy()"
          (click)="change({ starred: !c.starred })"
        >
          {{ c.starred ? '★ Starred' : '☆ Star' }}
        </button>
        @if (canWork()) {
          <label class="assign">
            <span class="visually-hidden">Assigned to</span>
            <select data-testid="assign-select" [disabled]="busy() || !canReassign(c)" (focus)="loadAssignees()" (change)="assign($any($event.target).value)">
              <option value="" [selected]="!c.assignedTo">Unassigned</option>
              @for (p of assignable(); track p.id) {
                <option [value]="p.id" [selected]="c.assignedTo?.id === p.id">{{ p.id === me() ? p.name + ' (me)' : p.name }}</option>
              }
              @if (c.assignedTo && !hasPerson(c.assignedTo.id)) {
                <option [value]="c.assignedTo.id" selected>{{ c.assignedTo.name }}</option>
              }
            </select>
          </label>
        } @else if (c.assignedTo; as a) {
          <span class="assignee" data-testid="assignee-name">Assigned to {{ a.name }}</span>
        }
        <button type="button" class="btn btn-ghost btn-sm" data-testid="mark-unread" [disabled]="busy()" (click)="markUnread()">Mark unread</button>
        @if (canWork()) {
          @if (c.status === 'open') {
            <button type="button" class="btn btn-ghost btn-sm" data-testid="close-conversation" [disabled]="busy()" (click)="change({ status: 'closed' })">Close</button>
          } @else {
            <button type="button" class="btn btn-primary btn-sm" data-testid="reopen-conversation" [disabled]="busy()" (click)="change({ status: 'open' })">Reopen</button>
          }
        }
        <span class="status-pill" data-testid="conversation-status" [attr.data-status]="c.status">{{ c.status === 'open' ? 'Open' : 'Closed' }}</span>
      </div>
      @if (error(); as err) {
        <p class="error" role="alert" data-testid="conversation-action-error">{{ err }}</p>
      }
    }
  `,
  styles: `
    :host { display: block; margin-left: auto; }
    .actions { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; justify-content: flex-end; }
    select { font: inherit; font-size: 13px; padding: 3px 6px; border-radius: var(--radius-sm, 6px); border: 1px solid var(--border); background: var(--surface); max-width: 180px; }
    .assignee { font-size: 13px; }
    .status-pill { font-size: 12px; padding: 1px 8px; border-radius: 999px; background: var(--accent-soft); color: var(--accent); }
    .status-pill[data-status='closed'] { background: var(--border); color: inherit; }
    .error { color: var(--danger, #b42318); font-size: 12px; margin-top: 4px; text-align: right; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  `,
})
export class ConversationActions {
  readonly conversationId = input.required<string>();

  private readonly api = inject(InboxApi);
  private readonly store = inject(InboxStore);
  private readonly realtime = inject(RealtimeService);
  private readonly auth = inject(AuthService);

  protected readonly conversation = signal<ConversationSummary | null>(null);
  protected readonly people = signal<Assignee[]>([]);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly me = computed(() => this.auth.staff()?.id ?? null);
  /** The server's rule (README, permissions): closing and taking threads needs "can send"; giving them to others also "view all". */
  protected readonly canWork = computed(() => !!this.auth.staff()?.permissions?.canSendMessages);
  protected readonly canDispatch = computed(() => this.canWork() && !!this.auth.staff()?.permissions?.viewAllConversations);
  protected readonly assignable = computed(() => (this.canDispatch() ? this.people() : this.people().filter((p) => p.id === this.me())));
  private peopleFor: string | null = null;

  constructor() {
    const destroyRef = inject(DestroyRef);
    toObservable(this.conversationId)
      .pipe(
        switchMap((id) => {
          this.conversation.set(null);
          this.error.set(null);
          return this.api.conversation(id).pipe(catchError(() => of(null)));
        }),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe((c) => this.conversation.set(c));
    this.realtime.conversationUpdated$
      .pipe(
        filter((e) => e.conversationId === this.conversationId()),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe((e) => this.conversation.set(e.conversation));
    this.realtime.messageCreated$
      .pipe(
        filter((e) => e.conversationId === this.conversationId() && !!e.conversation),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe((e) => this.conversation.set(e.conversation));
  }

  protected hasPerson(id: string): boolean {
    return this.assignable().some((p) => p.id === id);
  }

  /** Someone limited to their own threads may not take one away from a colleague. */
  protected canReassign(c: ConversationSummary): boolean {
    return this.canDispatch() || !c.assignedTo || c.assignedTo.id === this.me();
  }

  protected loadAssignees(): void {
    const id = this.conversationId();
    if (this.peopleFor === id) return;
    this.peopleFor = id;
    this.api.assignees(id).subscribe({ next: (list) => this.people.set(list), error: () => (this.peopleFor = null) });
  }

  protected assign(value: string): void {
    this.change({ assignedStaffId: value || null });
  }

  protected change(change: ConversationChange): void {
    this.busy.set(true);
    this.error.set(null);
    this.api.update(this.conversationId(), change).subscribe({
      next: (c) => {
        this.busy.set(false);
        this.conversation.set(c);
        this.store.upsert(c);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.error.set(apiErrorMessage(err, "That change didn't save. Please try again."));
      },
    });
  }

  protected markUnread(): void {
    this.busy.set(true);
    this.api.setUnread(this.conversationId(), true).subscribe({
      next: (c) => {
        this.busy.set(false);
        this.store.clearActive(c.id);
        this.store.upsert(c);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.error.set(apiErrorMessage(err, "Couldn't mark it unread. Please try again."));
      },
    });
  }
}
