import { ChangeDetectionStrategy, Component, ElementRef, input, signal, viewChild } from '@angular/core';
import { MessageMediaItem } from '../../core/models';

/** MMS thumbnails in a message bubble; a click opens the picture in a modal viewer (Esc closes). */
@Component({
  selector: 'bcn-message-media',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="thumbs">
      @for (m of media(); track m.id) {
        <button type="button" class="thumb" data-testid="message-image" [attr.aria-label]="'Open picture ' + ($index + 1)" (click)="open(m)">
          <img [src]="m.url" alt="Picture from the conversation" loading="lazy" />
        </button>
      }
    </div>
    <dialog #viewer class="viewer" data-testid="media-viewer" (close)="viewing.set(null)" (click)="onBackdrop($event)">
      @if (viewing(); as v) {
        <img [src]="v.url" alt="Picture from the conversation, full size" />
        <div class="bar">
          <a class="btn btn-ghost btn-sm" [href]="v.url" target="_blank" rel="noopener">Open in new tab</a>
          <button type="button" class="btn btn-primary btn-sm" data-testid="media-viewer-close" (click)="viewer.close()">Close</button>
        </div>
      }
    </dialog>
  `,
  styles: `
    .thumbs { display: flex; flex-wrap: wrap; gap: 4px; margin-bottom: 4px; }
    .thumb { padding: 0; border: 0; background: none; cursor: zoom-in; border-radius: 8px; overflow: hidden; }
    .thumb:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
    .thumb img { display: block; max-width: 180px; max-height: 180px; object-fit: cover; }
    .viewer { border: 0; border-radius: 12px; padding: 12px; max-width: 92vw; max-height: 92vh; }
    .viewer::backdrop { background: rgb(0 0 0 / 0.7); }
    .viewer img { display: block; max-width: 88vw; max-height: 80vh; margin: 0 auto; }
    .bar { display: flex; justify-content: flex-end; gap: 8px; margin-top: 8px; }
  `,
})
export class MessageMedia {
  readonly media = input.required<MessageMediaItem[]>();
  protected readonly viewing = signal<MessageMediaItem | null>(null);
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('viewer');

  protected open(m: MessageMediaItem): void {
    this.viewing.set(m);
    this.dialog().nativeElement.showModal();
  }

  protected onBackdrop(event: MouseEvent): void {
    if (event.target === this.dialog().nativeElement) this.dialog().nativeElement.close();
  }
}
