import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { apiErrorMessage } from '../../core/api-error';
import { AuthService } from '../../core/auth.service';
import { LocationContext } from '../../core/location-context';
import { LocationsApi } from '../../core/locations.api';
import { PlanService } from '../../core/plan.service';
import { PlanLockComponent } from '../../shared/plan-lock';
import { Location } from '../../core/models';

interface LocationDraft {
  id: string | null;
  name: string;
  timeZone: string;
  phoneNumber: string;
  address: string;
}

const US_TIME_ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu'];

/** Owners add a location or change its name, time zone, sending number or address (audited on the server). */
@Component({
  selector: 'bcn-locations-card',
  imports: [FormsModule, PlanLockComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="card" data-testid="locations-card">
      <div class="head">
        <h2>Locations</h2>
        @if (!draft()) {
          <button type="button" class="btn btn-ghost btn-sm" data-testid="location-add" [disabled]="addLocked()" (click)="edit(null)">Add location</button>
        }
      </div>
      @if (addLocked()) {
        <bcn-plan-lock feature="multiLocation" />
      }
      <table class="table">
        <thead>
          <tr><th scope="col">Name</th><th scope="col">Time zone</th><th scope="col">Texts from</th><th scope="col">Address</th><th scope="col"><span class="sr-only">Actions</span></th></tr>
        </thead>
        <tbody>
          @for (l of context.locations(); track l.id) {
            <tr data-testid="location-row">
              <td>{{ l.name }}</td>
              <td>{{ l.timeZone }}</td>
              <td>{{ phone(l.phoneNumber) }}</td>
              <td>{{ l.address }}</td>
              <td><button type="button" class="btn btn-ghost btn-sm" (click)="edit(l)">Edit</button></td>
            </tr>
          }
        </tbody>
      </table>
      @if (draft(); as d) {
        <form class="editor" data-testid="location-editor" (ngSubmit)="save()">
          <label>Name <input class="input" name="name" [(ngModel)]="d.name" required maxlength="120" /></label>
          <label>Time zone
            <select class="select" name="timeZone" [(ngModel)]="d.timeZone">
              @for (tz of timeZones; track tz) {
                <option [value]="tz">{{ tz }}</option>
              }
            </select>
          </label>
          <label>Sending number <input class="input" name="phoneNumber" [(ngModel)]="d.phoneNumber" placeholder="(512) 555-0100" /></label>
          <label>Address <input class="input" name="address" [(ngModel)]="d.address" maxlength="500" /></label>
          @if (error(); as e) {
            <p class="alert alert-error" role="alert" data-testid="location-error">{{ e }}</p>
          }
          <div class="actions">
            <button type="submit" class="btn btn-primary btn-sm" [disabled]="saving()">{{ d.id ? 'Save location' : 'Add location' }}</button>
            <button type="button" class="btn btn-ghost btn-sm" (click)="draft.set(null)">Cancel</button>
          </div>
        </form>
      }
    </div>
  `,
  styles: `
    .head { display: flex; align-items: center; justify-content: space-between; }
    .table { width: 100%; border-collapse: collapse; font-size: 14px; }
    .table th, .table td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--border); }
    .editor { display: grid; gap: 8px; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); margin-top: 12px; }
    .editor label { display: grid; gap: 4px; font-size: 13px; }
    .editor .alert, .editor .actions { grid-column: 1 / -1; }
    .actions { display: flex; gap: 8px; }
  `,
})
export class LocationsCard {
  protected readonly context = inject(LocationContext);
  private readonly api = inject(LocationsApi);
  /** A sending number to start a new location with (the setup checklist suggests an unused simulator number). */
  readonly suggestedNumber = input<string | null>(null);
  private readonly auth = inject(AuthService);
  private readonly plans = inject(PlanService);
  /** A second location needs multi-location (the first is in every plan); the server refuses it too. */
  protected readonly addLocked = computed(() => this.context.locations().length > 0 && this.plans.lock('multiLocation') !== null);
  protected readonly timeZones = US_TIME_ZONES;
  protected readonly draft = signal<LocationDraft | null>(null);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  /** +15125550100 → (512) 555-0100; other numbers as stored. */
  protected phone(e164: string): string {
    const m = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164);
    return m ? `(${m[1]}) ${m[2]}-${m[3]}` : e164;
  }

  protected edit(location: Location | null): void {
    this.error.set(null);
    this.draft.set(location ? { ...location } : { id: null, name: '', timeZone: 'America/Chicago', phoneNumber: this.suggestedNumber() ?? '', address: '' });
  }

  protected save(): void {
    const d = this.draft();
    if (!d) return;
    this.saving.set(true);
    this.error.set(null);
    const body = { name: d.name, timeZone: d.timeZone, phoneNumber: d.phoneNumber, address: d.address };
    (d.id ? this.api.update(d.id, body) : this.api.create(body)).subscribe({
      next: () => {
        this.saving.set(false);
        this.draft.set(null);
        // A new location is added to the creator's own access: reload who we are, then the list.
        this.auth.restoreSession().subscribe((staff) => {
          if (staff) this.context.load(staff, true);
        });
      },
      error: (err: unknown) => {
        this.saving.set(false);
        this.error.set(apiErrorMessage(err, "The location wasn't saved. Please try again."));
      },
    });
  }
}
