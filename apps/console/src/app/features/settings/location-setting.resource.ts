import { HttpClient } from '@angular/common/http';
import { DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { catchError, map, of, switchMap } from 'rxjs';
import { apiErrorMessage } from '../../core/api-error';
import { LocationContext } from '../../core/location-context';

/**
 * One setting of the selected location, read with GET and replaced with PUT at the same address:
 * reloads when the location changes and keeps the form's loading / saving / saved / error states.
 * Create it in a field initializer (it injects).
 */
export class LocationSettingResource<T> {
  readonly loading = signal(true);
  readonly loadError = signal<string | null>(null);
  readonly saving = signal(false);
  readonly saveError = signal<string | null>(null);
  readonly saved = signal(false);

  private readonly http = inject(HttpClient);
  private readonly ctx = inject(LocationContext);

  constructor(
    /** The last part of the address, e.g. "notifications" for /api/locations/:id/notifications. */
    private readonly segment: string,
    private readonly texts: { loadError: string; saveError: string },
    private readonly loaded: (value: T) => void,
  ) {
    toObservable(this.ctx.selectedId)
      .pipe(
        switchMap((id) => {
          this.loading.set(true);
          this.loadError.set(null);
          if (!id) return of(null);
          return this.http.get<T>(this.url(id)).pipe(
            map((v) => ({ ok: true as const, v })),
            catchError((err: unknown) => of({ ok: false as const, error: apiErrorMessage(err, this.texts.loadError) })),
          );
        }),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((r) => {
        this.loading.set(false);
        if (!r) return;
        if (r.ok) this.loaded(r.v);
        else this.loadError.set(r.error);
      });
  }

  /** Replaces the setting at the selected location; the answer is shown as loaded. */
  save(body: unknown): void {
    const id = this.ctx.selectedId();
    if (!id) return;
    this.saving.set(true);
    this.saveError.set(null);
    this.saved.set(false);
    this.http.put<T>(this.url(id), body).subscribe({
      next: (v) => {
        this.saving.set(false);
        this.saved.set(true);
        this.loaded(v);
      },
      error: (err: unknown) => {
        this.saving.set(false);
        this.saveError.set(apiErrorMessage(err, this.texts.saveError));
      },
    });
  }

  private url(locationId: string): string {
    return `/api/locations/${encodeURIComponent(locationId)}/${this.segment}`;
  }
}
