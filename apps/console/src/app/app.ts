import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterOutlet } from '@angular/router';
import { SwUpdate, VersionReadyEvent } from '@angular/service-worker';
import { filter, interval } from 'rxjs';
import { OfflineBanner } from './core/offline/offline-banner';

const UPDATE_CHECK_MS = 60 * 60_000;

@Component({
  selector: 'bcn-root',
  imports: [RouterOutlet, OfflineBanner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <bcn-offline-banner />
    <router-outlet />
    @if (updateReady()) {
      <div class="update-banner" role="status" data-testid="update-banner">
        <span>A new version is available.</span>
        <button type="button" class="btn btn-primary btn-sm" data-testid="update-reload" (click)="reload()">Reload</button>
        <button type="button" class="btn btn-ghost btn-sm" (click)="updateReady.set(false)">Later</button>
      </div>
    }
  `,
  styles: `
    :host {
      display: block;
      min-height: 100dvh;
    }
    .update-banner {
      position: fixed;
      left: 50%;
      bottom: 16px;
      transform: translateX(-50%);
      display: flex;
      align-items: center;
      gap: 10px;
      padding: 10px 12px 10px 16px;
      background: var(--surface);
      border: 1px solid var(--border);
      border-radius: var(--radius);
      box-shadow: var(--shadow);
      z-index: 50;
      font-size: 14px;
      max-width: calc(100vw - 24px);
    }
  `,
})
export class App {
  protected readonly updateReady = signal(false);

  constructor() {
    const sw = inject(SwUpdate);
    if (sw.isEnabled) {
      sw.versionUpdates
        .pipe(
          filter((e): e is VersionReadyEvent => e.type === 'VERSION_READY'),
          takeUntilDestroyed(),
        )
        .subscribe(() => this.updateReady.set(true));
      sw.unrecoverable.pipe(takeUntilDestroyed()).subscribe(() => location.reload());
      // An installed app can stay open for days without a navigation (when the worker checks by itself).
      interval(UPDATE_CHECK_MS)
        .pipe(takeUntilDestroyed())
        .subscribe(() => void sw.checkForUpdate().catch(() => undefined));
    }
  }

  protected reload(): void {
    location.reload();
  }
}
