import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { catchError, map, of, switchMap } from 'rxjs';
import { apiErrorMessage } from '../../core/api-error';
import { LocationContext } from '../../core/location-context';

interface VipRule {
  lifetimeSpendCents: number | null;
}

/** "Lifetime spend above $X counts as VIP" for a location; a text from a VIP alerts staff. */
@Component({
  selector: 'bcn-vip-rule-settings',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="card" data-testid="vip-rule-form" (submit)="$event.preventDefault(); save()" novalidate>
      <fieldset class="section">
        <legend>VIP patients</legend>
        @if (loading()) {
          <p class="muted">Loading…</p>
        } @else if (loadError(); as err) {
          <p class="alert alert-error" role="alert">{{ err }}</p>
        } @else {
          <p class="muted help">
            Staff are alerted (and emailed, per the notification settings) when a VIP texts, once per conversation per day. Staff mark a patient VIP beside their
            conversation; patients whose lifetime spend reaches the amount below count as VIP too. Leave it empty to count only marked patients.
          </p>
          <label for="vip-threshold">Lifetime spend from (USD)</label>
          <input id="vip-threshold" type="number" min="1" step="1" inputmode="numeric" data-testid="vip-threshold" [value]="dollars()" (input)="dollars.set($any($event.target).value)" />
          @if (saveError(); as e) {
            <p class="alert alert-error" role="alert" data-testid="vip-rule-error">{{ e }}</p>
          }
          @if (saved()) {
            <p class="muted" role="status" data-testid="vip-rule-saved">Saved.</p>
          }
          <button type="submit" class="btn btn-primary" data-testid="vip-rule-save" [disabled]="saving()">{{ saving() ? 'Saving…' : 'Save VIP rule' }}</button>
        }
      </fieldset>
    </form>
  `,
  styles: `
    :host { display: block; margin-top: 16px; }
    input { max-width: 160px; display: block; margin: 4px 0 8px; }
  `,
})
export class VipRuleSettings {
  private readonly http = inject(HttpClient);
  private readonly ctx = inject(LocationContext);

  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  /** What the field shows: whole dollars, '' = off. */
  protected readonly dollars = signal('');
  protected readonly saving = signal(false);
  protected readonly saveError = signal<string | null>(null);
  protected readonly saved = signal(false);

  constructor() {
    toObservable(this.ctx.selectedId)
      .pipe(
        switchMap((id) => {
          this.loading.set(true);
          this.loadError.set(null);
          if (!id) return of(null);
          return this.http.get<VipRule>(`/api/locations/${encodeURIComponent(id)}/vip-rule`).pipe(
            map((v) => ({ ok: true as const, v })),
            catchError((err: unknown) => of({ ok: false as const, error: apiErrorMessage(err, "We couldn't load the VIP rule.") })),
          );
        }),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((r) => {
        this.loading.set(false);
        if (!r) return;
        if (r.ok) this.show(r.v);
        else this.loadError.set(r.error);
      });
  }

  private show(rule: VipRule): void {
    this.dollars.set(rule.lifetimeSpendCents === null ? '' : String(rule.lifetimeSpendCents / 100));
  }

  protected save(): void {
    const id = this.ctx.selectedId();
    if (!id) return;
    const raw = String(this.dollars()).trim();
    const amount = raw === '' ? null : Number(raw);
    if (amount !== null && (!Number.isFinite(amount) || amount < 1)) {
      this.saveError.set('Enter an amount of at least $1, or leave it empty.');
      return;
    }
    this.saving.set(true);
    this.saveError.set(null);
    this.saved.set(false);
    this.http.put<VipRule>(`/api/locations/${encodeURIComponent(id)}/vip-rule`, { lifetimeSpendCents: amount === null ? null : Math.round(amount * 100) }).subscribe({
      next: (v) => {
        this.saving.set(false);
        this.saved.set(true);
        this.show(v);
      },
      error: (err: unknown) => {
        this.saving.set(false);
        this.saveError.set(apiErrorMessage(err, "The VIP rule wasn't saved. Please try again."));
      },
    });
  }
}
