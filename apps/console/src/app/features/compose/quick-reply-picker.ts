import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { QuickReply } from './compose.api';

/**
 * The `/` picker: shows quick replies matching what was typed after the slash (shortcut, title or text).
 * The composer forwards ArrowUp/ArrowDown/Enter/Escape through `handleKey`.
 */
@Component({
  selector: 'bcn-quick-reply-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="picker" role="listbox" data-testid="quick-reply-picker" aria-label="Quick replies">
      @for (r of matches(); track r.id; let i = $index) {
        <button
          type="button"
          role="option"
          class="option"
          data-testid="quick-reply-option"
          [attr.data-shortcut]="r.shortcut"
          [attr.aria-selected]="i === active()"
          [class.active]="i === active()"
          (mousedown)="$event.preventDefault(); pick.emit(r)"
        >
          <span class="shortcut">/{{ r.shortcut }}</span>
          <span class="title">{{ r.title }}</span>
          <span class="category">{{ r.category }}</span>
          <span class="preview">{{ r.body }}</span>
        </button>
      } @empty {
        <p class="none" data-testid="quick-reply-none">{{ replies().length ? 'No quick reply matches “' + query() + '”.' : 'No quick replies yet. Owners add them under Templates.' }}</p>
      }
    </div>
  `,
  styles: `
    .picker { max-height: 260px; overflow: auto; background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); box-shadow: var(--shadow-sm); padding: 4px; }
    .option { display: grid; grid-template-columns: auto 1fr auto; gap: 2px 10px; width: 100%; text-align: left; border: 0; background: none; padding: 6px 8px; border-radius: var(--radius-sm); cursor: pointer; font: inherit; color: inherit; }
    .option.active, .option:hover { background: var(--surface-muted); }
    .shortcut { font-weight: 600; }
    .category { font-size: 12px; color: var(--text-muted, #666); }
    .preview { grid-column: 1 / -1; font-size: 12px; color: var(--text-muted, #666); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    .none { margin: 6px 8px; font-size: 13px; }
  `,
})
export class QuickReplyPicker {
  readonly replies = input.required<QuickReply[]>();
  readonly query = input('');
  readonly pick = output<QuickReply>();
  readonly closed = output<void>();

  protected readonly active = signal(0);
  protected readonly matches = computed(() => {
    const q = this.query().toLowerCase();
    const all = this.replies();
    if (!q) return all;
    const starts = all.filter((r) => r.shortcut.startsWith(q));
    const rest = all.filter((r) => !r.shortcut.startsWith(q) && `${r.shortcut} ${r.title} ${r.body} ${r.category}`.toLowerCase().includes(q));
    return [...starts, ...rest];
  });

  /** Returns true when the key was used by the picker (the textarea must not act on it). */
  handleKey(event: KeyboardEvent): boolean {
    const count = this.matches().length;
    switch (event.key) {
      case 'ArrowDown':
        if (count) this.active.set((this.active() + 1) % count);
        return true;
      case 'ArrowUp':
        if (count) this.active.set((this.active() - 1 + count) % count);
        return true;
      case 'Enter':
      case 'Tab': {
        const chosen = this.matches()[Math.min(this.active(), count - 1)];
        if (!chosen) return false;
        this.pick.emit(chosen);
        return true;
      }
      case 'Escape':
        this.closed.emit();
        return true;
      default:
        return false;
    }
  }

  resetSelection(): void {
    this.active.set(0);
  }
}
