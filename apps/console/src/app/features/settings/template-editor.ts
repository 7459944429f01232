import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, model, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { catchError, debounceTime, distinctUntilChanged, map, of, switchMap, tap } from 'rxjs';
import { apiErrorMessage } from '../../core/api-error';
import { GsmWarning } from '../../shared/gsm-warning';
import { TEMPLATE_VARIABLES } from './settings-labels';
import { SettingsApi } from './settings.api';
import { TemplateKind, TemplatePreview } from './settings.models';

const PREVIEW_DEBOUNCE_MS = 300;

type PreviewResult = { ok: true; preview: TemplatePreview } | { ok: false; error: string };

/** One message kind's text, with a live preview rendered by the API for a sample appointment. */
@Component({
  selector: 'bcn-template-editor',
  imports: [FormsModule, GsmWarning],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './template-editor.html',
  styleUrl: './template-editor.css',
})
export class TemplateEditor {
  private readonly api = inject(SettingsApi);

  readonly locationId = input.required<string>();
  readonly kind = input.required<TemplateKind>();
  readonly label = input.required<string>();
  readonly when = input('');
  readonly defaultText = input.required<string>();
  /** The rebooking link to preview with; undefined = the saved one. */
  readonly rebookingUrl = input<string | null | undefined>(undefined);
  readonly value = model.required<string>();

  protected readonly variables = TEMPLATE_VARIABLES.map((name) => ({ name, token: `{{${name}}}` }));
  protected readonly isDefault = computed(() => this.value() === this.defaultText());
  protected readonly preview = signal<TemplatePreview | null>(null);
  protected readonly previewError = signal<string | null>(null);
  protected readonly previewing = signal(false);
  protected readonly segmentLine = computed(() => {
    const s = this.preview()?.segments;
    if (!s) return '';
    return `${s.segments} ${s.segments === 1 ? 'segment' : 'segments'} (${s.encoding})`;
  });
  protected readonly textarea = viewChild<ElementRef<HTMLTextAreaElement>>('area');

  private readonly request = computed(() => ({ locationId: this.locationId(), kind: this.kind(), template: this.value(), rebookingUrl: this.rebookingUrl() }));

  constructor() {
    toObservable(this.request)
      .pipe(
        debounceTime(PREVIEW_DEBOUNCE_MS),
        distinctUntilChanged((a, b) => a.locationId === b.locationId && a.kind === b.kind && a.template === b.template && a.rebookingUrl === b.rebookingUrl),
        tap(() => this.previewing.set(true)),
        switchMap((r) =>
          this.api.preview(r.locationId, r.kind, r.template, r.rebookingUrl).pipe(
            map((preview): PreviewResult => ({ ok: true, preview })),
            catchError((err: unknown) => of<PreviewResult>({ ok: false, error: apiErrorMessage(err, "We couldn't preview this text.") })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((result) => {
        this.previewing.set(false);
        if (result.ok) {
          this.preview.set(result.preview);
          this.previewError.set(null);
        } else {
          this.previewError.set(result.error);
        }
      });
  }

  protected resetToDefault(): void {
    this.value.set(this.defaultText());
  }

  /** Puts `{{variable}}` where the cursor is. */
  protected insert(variable: string): void {
    const token = `{{${variable}}}`;
    const area = this.textarea()?.nativeElement;
    const current = this.value();
    const start = area?.selectionStart ?? current.length;
    const end = area?.selectionEnd ?? current.length;
    this.value.set(current.slice(0, start) + token + current.slice(end));
    if (area) {
      queueMicrotask(() => {
        area.focus();
        area.setSelectionRange(start + token.length, start + token.length);
      });
    }
  }
}
