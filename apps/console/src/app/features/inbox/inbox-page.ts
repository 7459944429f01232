import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { Clock } from '../../core/clock';
import { LocationContext } from '../../core/location-context';
import { ConversationSummary } from '../../core/models';
import { PendingTemplate } from '../compose/compose.api';
import { initials, patientName, relativeTime, fullDateTime } from '../../shared/format';
import { ContextDrawer } from './context-drawer';
import { ContextPanel } from './context-panel';
import { InboxSearch } from './inbox-search';
import { FILTERS, InboxStore } from './inbox-store';

@Component({
  selector: 'bcn-inbox-page',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, ContextPanel, InboxSearch],
  providers: [InboxStore, ContextDrawer],
  host: { '(document:keydown.escape)': 'drawer.close()' },
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './inbox-page.html',
  styleUrl: './inbox-page.css',
})
export class InboxPage {
  protected readonly store = inject(InboxStore);
  protected readonly ctx = inject(LocationContext);
  private readonly clock = inject(Clock);
  protected readonly drawer = inject(ContextDrawer);

  constructor() {
    // Another thread (or none) selected: the drawer belongs to the previous one.
    effect(() => {
      this.store.activeId();
      this.drawer.close();
    });
  }

  /** A template chosen with "Use in conversation", waiting for staff to pick the thread it goes into. */
  protected readonly pendingTemplate = inject(PendingTemplate).template;

  protected cancelTemplate(): void {
    this.pendingTemplate.set(null);
  }

  protected readonly filters = FILTERS;
  protected readonly emptyText = computed(() => {
    switch (this.store.filter()) {
      case 'unread':
        return "You're all caught up — no unread conversations.";
      case 'open':
        return 'No open conversations.';
      case 'closed':
        return 'No closed conversations.';
      case 'assigned_to_me':
        return 'Nothing is assigned to you.';
      case 'starred':
        return 'No starred conversations. Star one to keep it handy.';
      case 'all':
        return '';
    }
  });
  protected readonly hasSelection = computed(() => this.store.activeId() !== null);
  protected readonly noLocations = computed(
    () => this.ctx.loaded() && !this.ctx.loading() && !this.ctx.error() && this.ctx.locations().length === 0,
  );
  protected readonly showSkeleton = computed(
    () => (this.store.loading() || this.ctx.loading()) && this.store.conversations().length === 0,
  );

  /** Arrow keys move between filter tabs (WAI-ARIA tabs pattern). */
  protected onFilterKey(event: KeyboardEvent): void {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const i = this.filters.findIndex((f) => f.id === this.store.filter());
    const next = this.filters[(i + (event.key === 'ArrowRight' ? 1 : this.filters.length - 1)) % this.filters.length]!;
    this.store.setFilter(next.id);
    const tabs = (event.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('[role=tab]');
    tabs[(i + (event.key === 'ArrowRight' ? 1 : this.filters.length - 1)) % this.filters.length]?.focus();
    event.preventDefault();
  }

  protected name(c: ConversationSummary): string {
    return patientName(c.patient);
  }

  protected initials(c: ConversationSummary): string {
    return initials(patientName(c.patient));
  }

  protected when(iso: string): string {
    return relativeTime(iso, this.clock.now());
  }

  protected fullWhen(iso: string): string {
    return fullDateTime(iso);
  }
}
