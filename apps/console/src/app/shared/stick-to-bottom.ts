import { DestroyRef, Directive, ElementRef, afterRenderEffect, inject, input } from '@angular/core';

const THRESHOLD_PX = 80;

/**
 * Keeps a scroll container pinned to its newest (bottom) content whenever `bcnStickToBottom`
 * changes — unless the reader has scrolled up to read history.
 * Usage: `<div class="scroller" [bcnStickToBottom]="messages()">`.
 *
 * It also stays pinned when the container or its content changes size without the input changing:
 * smart-reply chips appearing in the composer below shrink the container, and a picture that loads
 * grows the content; either would otherwise push the newest message below the fold.
 */
@Directive({
  selector: '[bcnStickToBottom]',
  host: { '(scroll)': 'onScroll()' },
})
export class StickToBottom {
  /** Any value that changes when content is added (e.g. the message array). */
  readonly bcnStickToBottom = input<unknown>();
  /** Changing this (e.g. the conversation id) re-pins to the bottom. */
  readonly stickResetKey = input<unknown>();

  private readonly el = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private pinned = true;
  /** Where the container was scrolled at the last scroll event or pinning. */
  private lastTop = 0;
  private lastResetKey: unknown = undefined;
  private readonly observed = new Set<Element>();
  private readonly resizes = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => this.keepPinned());

  constructor() {
    afterRenderEffect({
      write: () => {
        this.bcnStickToBottom();
        const key = this.stickResetKey();
        if (key !== this.lastResetKey) {
          this.lastResetKey = key;
          this.pinned = true;
        }
        this.observeSizes();
        this.keepPinned();
      },
    });
    inject(DestroyRef).onDestroy(() => this.resizes?.disconnect());
  }

  /**
   * Only the reader scrolling up unpins. A scroll event is delivered a frame after the scroll, so the
   * one our own pinning caused can arrive after the container shrank (chips appeared): measured then,
   * it looks far from the bottom although nobody moved — but its position did not go up.
   */
  protected onScroll(): void {
    const el = this.el;
    const top = el.scrollTop;
    if (el.scrollHeight - top - el.clientHeight < THRESHOLD_PX) this.pinned = true;
    else if (top < this.lastTop) this.pinned = false;
    this.lastTop = top;
  }

  private keepPinned(): void {
    if (!this.pinned) return;
    this.el.scrollTop = this.el.scrollHeight;
    this.lastTop = this.el.scrollTop;
  }

  /** The container itself and its direct children (the content wrapper), as they are now. */
  private observeSizes(): void {
    if (!this.resizes) return;
    for (const target of [this.el, ...Array.from(this.el.children)]) {
      if (this.observed.has(target)) continue;
      this.observed.add(target);
      this.resizes.observe(target);
    }
  }
}
