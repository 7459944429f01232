import { DOCUMENT } from '@angular/common';
import { DestroyRef, Injectable, inject, signal } from '@angular/core';

/** Whether the browser thinks it has a network (`navigator.onLine`), kept current by its online/offline events. */
@Injectable({ providedIn: 'root' })
export class NetworkStatus {
  private readonly onlineState = signal(true);
  readonly online = this.onlineState.asReadonly();

  constructor() {
    const win = inject(DOCUMENT).defaultView;
    if (!win) return;
    const update = () => this.onlineState.set(win.navigator.onLine !== false);
    update();
    win.addEventListener('online', update);
    win.addEventListener('offline', update);
    inject(DestroyRef).onDestroy(() => {
      win.removeEventListener('online', update);
      win.removeEventListener('offline', update);
    });
  }
}

/** True when the browser reports no network at all (not when only Beacon is unreachable). */
export function browserIsOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}
