import { Injectable, signal } from '@angular/core';

/**
 * Below 1100 px the context panel (next appointment, history, notes) has no column of its own: it
 * slides in as a drawer, opened from the thread header. Shared by the inbox page and the thread view.
 */
@Injectable()
export class ContextDrawer {
  private readonly openState = signal(false);
  readonly open = this.openState.asReadonly();

  toggle(): void {
    this.openState.update((open) => !open);
  }

  close(): void {
    this.openState.set(false);
  }
}
