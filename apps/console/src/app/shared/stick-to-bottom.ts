import { Directive, ElementRef, afterRenderEffect, inject, input } from '@angular/core';

const THRESHOLD_PX = 80;

/**
 * Keeps a scroll container pinned to its newest (bottom) content whenever `bcnStickToBottom`
 * changes — unless the reader has scrolled up to read history.
 * Usage: `<div class="scroller" [bcnStickToBottom]="messages()">`.
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
  private lastResetKey: unknown = undefined;

  constructor() {
    afterRenderEffect({
      write: () => {
        this.bcnStickToBottom();
        const key = this.stickResetKey();
        if (key !== this.lastResetKey) {
          this.lastResetKey = key;
          this.pinned = true;
        }
        if (this.pinned) this.el.scrollTop = this.el.scrollHeight;
      },
    });
  }

  protected onScroll(): void {
    const el = this.el;
    this.pinned = el.scrollHeight - el.scrollTop - el.clientHeight < THRESHOLD_PX;
  }
}
