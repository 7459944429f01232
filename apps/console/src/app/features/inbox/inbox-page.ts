import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { Clock } from '../../core/clock';
import { LocationContext } from '../../core/location-context';
import { ConversationSummary } from '../../core/models';
import { initials, patientName, relativeTime, fullDateTime } from '../../shared/format';
import { InboxSearch } from './inbox-search';
import { InboxStore } from './inbox-store';

@Component({
  selector: 'bcn-inbox-page',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, InboxSearch],
  providers: [InboxStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './inbox-page.html',
  styleUrl: './inbox-page.css',
})
export class InboxPage {
  protected readonly store = inject(InboxStore);
  protected readonly ctx = inject(LocationContext);
  private readonly clock = inject(Clock);

  protected readonly hasSelection = computed(() => this.store.activeId() !== null);
  protected readonly noLocations = computed(
    () => this.ctx.loaded() && !this.ctx.loading() && !this.ctx.error() && this.ctx.locations().length === 0,
  );
  protected readonly showSkeleton = computed(
    () => (this.store.loading() || this.ctx.loading()) && this.store.conversations().length === 0,
  );

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
