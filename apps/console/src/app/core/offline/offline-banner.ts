import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NetworkStatus } from '../network-status';

/** Says plainly what works without a network: reading what this device saved, and nothing else. */
@Component({
  selector: 'bcn-offline-banner',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (!network.online()) {
      <div class="offline-banner" role="status" data-testid="offline-banner">
        <strong>You're offline.</strong>
        <span>You can read conversations and outcomes opened recently on this device. New messages won't arrive and nothing can be sent until you're back online.</span>
      </div>
    }
  `,
  styles: `
    .offline-banner {
      position: sticky;
      top: 0;
      z-index: 30; /* under the context drawer (inbox-page.css) */
      display: flex;
      flex-wrap: wrap;
      gap: 4px 8px;
      padding: 8px 16px;
      padding-top: max(8px, env(safe-area-inset-top));
      background: #fef3c7;
      color: #78350f;
      border-bottom: 1px solid #f59e0b;
      font-size: 13px;
      line-height: 1.4;
    }
  `,
})
export class OfflineBanner {
  protected readonly network = inject(NetworkStatus);
}
