import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The Beacon logo mark, inline SVG (no external assets). */
@Component({
  selector: 'bcn-beacon-mark',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'aria-hidden': 'true', '[style.width.px]': 'size()', '[style.height.px]': 'size()' },
  template: `
    <svg viewBox="0 0 64 64" [attr.width]="size()" [attr.height]="size()">
      <rect x="2" y="2" width="60" height="60" rx="14" fill="var(--accent)" />
      <g fill="none" stroke="#fff" stroke-width="4.5" stroke-linecap="round">
        <path d="M20.5 30.5a16 16 0 0 1 23 0" />
        <path d="M13 23a26 26 0 0 1 38 0" />
      </g>
      <circle cx="32" cy="41" r="5" fill="#fff" />
    </svg>
  `,
  styles: `
    :host {
      display: inline-block;
      flex: none;
      line-height: 0;
    }
  `,
})
export class BeaconMark {
  readonly size = input(28);
}
