import { Injectable, computed, inject, signal } from '@angular/core';
import { apiErrorMessage } from './api-error';
import { AuthService } from './auth.service';
import { LocationsApi } from './locations.api';
import { Location, Staff } from './models';

const STORAGE_PREFIX = 'beacon.locationId';

function storageKey(staffId: string): string {
  return `${STORAGE_PREFIX}:${staffId}`;
}

function readStored(staffId: string): string | null {
  try {
    return localStorage.getItem(storageKey(staffId));
  } catch {
    return null;
  }
}

function writeStored(staffId: string, locationId: string): void {
  try {
    localStorage.setItem(storageKey(staffId), locationId);
  } catch {
    /* storage may be unavailable (private mode); the choice just won't be remembered */
  }
}

/**
 * The locations the signed-in staff member may see, and which one is selected.
 * The selection is remembered per staff member in localStorage (`beacon.locationId:<staffId>`).
 */
@Injectable({ providedIn: 'root' })
export class LocationContext {
  private readonly api = inject(LocationsApi);
  private readonly auth = inject(AuthService);

  private readonly locationsState = signal<Location[]>([]);
  private readonly selectedIdState = signal<string | null>(null);
  private readonly staffId = signal<string | null>(null);

  readonly locations = this.locationsState.asReadonly();
  readonly selectedId = this.selectedIdState.asReadonly();
  readonly selected = computed(() => this.locationsState().find((l) => l.id === this.selectedIdState()) ?? null);
  readonly loading = signal(false);
  readonly loaded = signal(false);
  readonly error = signal<string | null>(null);

  constructor() {
    this.auth.onSessionEnd(() => this.reset());
  }

  /** Loads locations for the given staff member (no-op if already loaded for them). */
  load(staff: Staff, force = false): void {
    if (!force && this.staffId() === staff.id && (this.loaded() || this.loading())) return;
    this.staffId.set(staff.id);
    this.loading.set(true);
    this.error.set(null);
    this.api.list().subscribe({
      next: (all) => {
        // The API already scopes locations to the staff member; narrow defensively by locationIds.
        const allowed = staff.locationIds?.length ? all.filter((l) => staff.locationIds.includes(l.id)) : all;
        const locations = allowed.length ? allowed : all;
        this.locationsState.set(locations);
        const stored = readStored(staff.id);
        const current = this.selectedIdState();
        const pick =
          [current, stored].find((id) => id && locations.some((l) => l.id === id)) ?? locations[0]?.id ?? null;
        this.selectedIdState.set(pick);
        this.loading.set(false);
        this.loaded.set(true);
      },
      error: (err: unknown) => {
        this.error.set(apiErrorMessage(err, "We couldn't load your locations."));
        this.loading.set(false);
        this.loaded.set(true);
      },
    });
  }

  select(locationId: string): void {
    if (!this.locationsState().some((l) => l.id === locationId)) return;
    this.selectedIdState.set(locationId);
    const staffId = this.staffId();
    if (staffId) writeStored(staffId, locationId);
  }

  locationName(locationId: string): string {
    return this.locationsState().find((l) => l.id === locationId)?.name ?? '';
  }

  private reset(): void {
    this.locationsState.set([]);
    this.selectedIdState.set(null);
    this.staffId.set(null);
    this.loaded.set(false);
    this.loading.set(false);
    this.error.set(null);
  }
}
