import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * Says why a text is not plain SMS (GSM-7), naming the characters: one dash or curly quote makes every
 * text hold 70 characters instead of 160. Shown under template previews and editors; nothing when clean.
 */
@Component({
  selector: 'bcn-gsm-warning',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (characters().length) {
      <p class="gsm-warning" role="status" [attr.data-testid]="testId()">
        Not plain SMS text because of {{ characters().join(' ') }}: every text from this template holds 70 characters instead of 160, so it is split into more
        texts. Use plain characters instead (- for a dash, straight quotes).
      </p>
    }
  `,
  styles: `
    .gsm-warning {
      margin: 6px 0 0;
      padding: 6px 10px;
      border-radius: 6px;
      font-size: 12px;
      color: var(--warning, #b54708);
      background: color-mix(in srgb, var(--warning, #b54708) 10%, transparent);
    }
  `,
})
export class GsmWarning {
  /** The characters outside GSM-7 (`nonGsmCharacters` of `countSmsSegments`). */
  readonly characters = input.required<readonly string[]>();
  readonly testId = input.required<string>();
}
