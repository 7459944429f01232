import { DestroyRef, Injectable, inject, signal } from '@angular/core';

/** A coarse "now" signal so relative times ("5m", "Yesterday") stay fresh without reloads. */
@Injectable({ providedIn: 'root' })
export class Clock {
  private readonly nowState = signal(Date.now());
  readonly now = this.nowState.asReadonly();

  constructor() {
    const id = setInterval(() => this.nowState.set(Date.now()), 30_000);
    inject(DestroyRef).onDestroy(() => clearInterval(id));
  }
}
