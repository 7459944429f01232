import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { LocationContext } from '../../core/location-context';
import { LocationSettingResource } from './location-setting.resource';
import type { AfterHoursView } from '@beacon/contracts';

type Day = '0' | '1' | '2' | '3' | '4' | '5' | '6';
type Span = { open: string; close: string };

const DAYS: { id: Day; label: string }[] = [
  { id: '1', label: 'Monday' },
  { id: '2', label: 'Tuesday' },
  { id: '3', label: 'Wednesday' },
  { id: '4', label: 'Thursday' },
  { id: '5', label: 'Friday' },
  { id: '6', label: 'Saturday' },
  { id: '0', label: 'Sunday' },
];

/** Business hours (spans may run past midnight), holidays/closures and the after-hours auto-reply. */
@Component({
  selector: 'bcn-after-hours-settings',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="card" data-testid="after-hours-form" (submit)="$event.preventDefault(); save()" novalidate>
      <fieldset class="section">
        <legend>Business hours &amp; after-hours reply</legend>
        @if (loading()) {
          <p class="muted">Loading…</p>
        } @else if (loadError(); as err) {
          <p class="alert alert-error" role="alert">{{ err }}</p>
        } @else if (form(); as f) {
          <p class="muted help">
            Hours in the location's time zone ({{ f.timeZone }}). A span that closes before it opens runs past midnight (e.g. 20:00–02:00).
            Right now the location is <strong data-testid="after-hours-open-now">{{ f.openNow ? 'open' : 'closed' }}</strong>.
          </p>
          <button type="button" class="btn btn-ghost btn-sm" data-testid="hours-weekdays" (click)="weekdays()">Open Mon–Fri 9:00–17:00</button>
          <div class="days">
            @for (d of days; track d.id) {
              <div class="day" [attr.data-testid]="'hours-day-' + d.id">
                <span class="day-name">{{ d.label }}</span>
                <span class="spans">
                  @for (s of f.businessHours[d.id]; track $index; let i = $index) {
                    <span class="span">
                      <input type="time" class="input" [attr.aria-label]="d.label + ' opens'" [value]="s.open" (change)="setSpan(d.id, i, 'open', $any($event.target).value)" />
                      –
                      <input type="time" class="input" [attr.aria-label]="d.label + ' closes'" [value]="s.close" (change)="setSpan(d.id, i, 'close', $any($event.target).value)" />
                      <button type="button" class="btn btn-ghost btn-sm" [attr.aria-label]="'Remove ' + d.label + ' hours ' + s.open + '–' + s.close" (click)="removeSpan(d.id, i)">✕</button>
                    </span>
                  } @empty {
                    <span class="muted">Closed</span>
                  }
                  <button type="button" class="btn btn-ghost btn-sm" [attr.aria-label]="'Add hours on ' + d.label" (click)="addSpan(d.id)">+ hours</button>
                </span>
              </div>
            }
          </div>

          <h3 class="sub">Holidays &amp; closures</h3>
          @for (c of f.closures; track $index; let i = $index) {
            <div class="closure">
              <input type="date" class="input" aria-label="Closed on" [value]="c.date" (change)="setClosure(i, 'date', $any($event.target).value)" />
              <input type="text" class="input" aria-label="Reason" placeholder="e.g. Thanksgiving" maxlength="80" [value]="c.name" (input)="setClosure(i, 'name', $any($event.target).value)" />
              <button type="button" class="btn btn-ghost btn-sm" [attr.aria-label]="'Remove closure ' + c.date" (click)="removeClosure(i)">✕</button>
            </div>
          } @empty {
            <p class="muted">No closures planned.</p>
          }
          <button type="button" class="btn btn-ghost btn-sm" data-testid="after-hours-add-closure" (click)="addClosure()">+ Add a closure day</button>

          <h3 class="sub">After-hours reply</h3>
          <label class="check">
            <input type="checkbox" data-testid="after-hours-enabled" [checked]="f.enabled" (change)="patch({ enabled: $any($event.target).checked })" />
            Reply automatically to texts that arrive while the location is closed (at most once per patient every 12 hours)
          </label>
          <div class="field">
            <label for="after-hours-message">Message</label>
            <textarea id="after-hours-message" class="input" rows="2" maxlength="600" data-testid="after-hours-message" [value]="f.message" (input)="patch({ message: $any($event.target).value })"></textarea>
          </div>
          <div class="field">
            <label for="after-hours-emergency">Emergency contact</label>
            <input id="after-hours-emergency" class="input" type="text" maxlength="200" placeholder="For a medical emergency call 911 or …" data-testid="after-hours-emergency" [value]="f.emergencyContact" (input)="patch({ emergencyContact: $any($event.target).value })" />
          </div>
          <p class="muted help" data-testid="after-hours-preview">Patients read: “{{ preview() }}”</p>
          @if (saveError(); as e) {
            <p class="alert alert-error" role="alert" data-testid="after-hours-error">{{ e }}</p>
          }
          @if (saved()) {
            <p class="muted" role="status" data-testid="after-hours-saved">Saved.</p>
          }
          <button type="submit" class="btn btn-primary" data-testid="after-hours-save" [disabled]="saving()">{{ saving() ? 'Saving…' : 'Save hours & reply' }}</button>
        }
      </fieldset>
    </form>
  `,
  styles: `
    :host { display: block; margin-top: 16px; }
    .days { display: flex; flex-direction: column; gap: 6px; }
    .day { display: grid; grid-template-columns: 110px 1fr; align-items: center; gap: 8px; }
    .spans, .span, .closure { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; }
    .closure { margin-bottom: 6px; }
    .input[type='time'] { width: auto; }
    .sub { font-size: 14px; margin: 16px 0 6px; }
    .field { display: flex; flex-direction: column; gap: 4px; margin-top: 8px; }
    .check { display: flex; gap: 8px; align-items: flex-start; }
  `,
})
export class AfterHoursSettings {
  private readonly ctx = inject(LocationContext);

  protected readonly days = DAYS;
  protected readonly form = signal<AfterHoursView | null>(null);
  private readonly resource = new LocationSettingResource<AfterHoursView>(
    'after-hours',
    { loadError: "We couldn't load the business hours.", saveError: "The hours weren't saved. Please try again." },
    (v) => this.form.set(v),
  );
  protected readonly loading = this.resource.loading;
  protected readonly loadError = this.resource.loadError;
  protected readonly saving = this.resource.saving;
  protected readonly saveError = this.resource.saveError;
  protected readonly saved = this.resource.saved;

  protected preview(): string {
    const f = this.form();
    const name = this.ctx.selected()?.name ?? '';
    return f ? [`${name}: ${f.message.trim()}`, f.emergencyContact.trim()].filter(Boolean).join(' ') : '';
  }

  protected patch(change: Partial<AfterHoursView>): void {
    this.saved.set(false);
    this.form.update((f) => (f ? { ...f, ...change } : f));
  }

  protected setSpan(day: Day, i: number, key: keyof Span, value: string): void {
    const f = this.form();
    if (!f) return;
    this.patch({ businessHours: { ...f.businessHours, [day]: f.businessHours[day].map((s, j) => (j === i ? { ...s, [key]: value } : s)) } });
  }

  protected addSpan(day: Day): void {
    const f = this.form();
    if (f) this.patch({ businessHours: { ...f.businessHours, [day]: [...f.businessHours[day], { open: '09:00', close: '17:00' }] } });
  }

  /** The common case in one click: weekdays 9 to 5, weekends closed (then adjust any day). */
  protected weekdays(): void {
    const f = this.form();
    const day = [{ open: '09:00', close: '17:00' }];
    if (f) this.patch({ businessHours: { ...f.businessHours, '0': [], '1': day, '2': day, '3': day, '4': day, '5': day, '6': [] } });
  }

  protected removeSpan(day: Day, i: number): void {
    const f = this.form();
    if (f) this.patch({ businessHours: { ...f.businessHours, [day]: f.businessHours[day].filter((_, j) => j !== i) } });
  }

  protected addClosure(): void {
    const f = this.form();
    if (f) this.patch({ closures: [...f.closures, { date: new Date().toISOString().slice(0, 10), name: '' }] });
  }

  protected setClosure(i: number, key: 'date' | 'name', value: string): void {
    const f = this.form();
    if (f) this.patch({ closures: f.closures.map((c, j) => (j === i ? { ...c, [key]: value } : c)) });
  }

  protected removeClosure(i: number): void {
    const f = this.form();
    if (f) this.patch({ closures: f.closures.filter((_, j) => j !== i) });
  }

  protected save(): void {
    const f = this.form();
    if (!f) return;
    this.resource.save({ businessHours: f.businessHours, enabled: f.enabled, message: f.message, emergencyContact: f.emergencyContact, closures: f.closures });
  }
}
