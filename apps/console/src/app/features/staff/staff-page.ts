import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { forkJoin } from 'rxjs';
import { apiErrorMessage } from '../../core/api-error';
import { AuthService } from '../../core/auth.service';
import { LocationContext } from '../../core/location-context';
import { ROLE_LABELS, StaffPermissions, StaffRole } from '../../core/models';
import { LocationsCard } from './locations-card';
import { RolePreset, StaffApi, StaffMember } from './staff.api';

export const PERMISSION_LABELS: { flag: keyof StaffPermissions; label: string; hint: string }[] = [
  { flag: 'canSendMessages', label: 'Can send messages', hint: 'Reply to patients from the inbox.' },
  { flag: 'viewAllConversations', label: 'View all conversations', hint: 'Every patient at their locations.' },
  { flag: 'viewOwnPatientsOnly', label: 'View own patients only', hint: 'Patients booked with them, or threads assigned to them.' },
  { flag: 'seeContactDetails', label: 'See contact details', hint: 'Without it, phone numbers show as (•••) •••-4567.' },
  { flag: 'bulkMessaging', label: 'Bulk messaging', hint: 'Send one message to many patients.' },
  { flag: 'manageStaff', label: 'Manage staff', hint: 'This page: people, roles, permissions, passwords.' },
  { flag: 'manageSettings', label: 'Manage settings', hint: 'Location messaging settings.' },
  { flag: 'manageTemplates', label: 'Manage templates', hint: 'Quick replies and the template library.' },
];

interface Draft {
  id: string | null;
  name: string;
  email: string;
  role: StaffRole;
  permissions: StaffPermissions;
  locationIds: string[];
  providerName: string;
  password: string;
}

/** Owners add people, pick a role preset (fills the flags), adjust flags and locations, deactivate, reset passwords. */
@Component({
  selector: 'bcn-staff-page',
  imports: [FormsModule, RouterLink, LocationsCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './staff-page.html',
  styleUrl: './staff-page.css',
})
export class StaffPage {
  private readonly api = inject(StaffApi);
  private readonly auth = inject(AuthService);
  /** Staff who manage settings are offered the way back to the setup checklist after adding someone. */
  protected readonly canSetUp = computed(() => !!this.auth.staff()?.permissions.manageSettings);
  protected readonly locations = inject(LocationContext);

  protected readonly flags = PERMISSION_LABELS;
  protected readonly staff = signal<StaffMember[]>([]);
  protected readonly presets = signal<RolePreset[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly draft = signal<Draft | null>(null);
  protected readonly saving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly resetFor = signal<string | null>(null);
  protected resetPassword = '';
  protected readonly meId = computed(() => this.auth.staff()?.id ?? null);
  protected readonly canManageLocations = computed(() => !!this.auth.staff()?.permissions?.manageSettings);

  constructor() {
    this.reload();
  }

  protected roleLabel(role: StaffRole): string {
    return ROLE_LABELS[role] ?? role;
  }

  protected locationNames(ids: string[]): string {
    return ids.map((id) => this.locations.locationName(id) || 'Other location').join(', ');
  }

  protected startCreate(): void {
    const preset = this.presets().find((p) => p.role === 'front_desk');
    this.formError.set(null);
    this.draft.set({
      id: null,
      name: '',
      email: '',
      role: 'front_desk',
      permissions: { ...(preset?.permissions ?? this.emptyPermissions()) },
      locationIds: this.locations.selectedId() ? [this.locations.selectedId()!] : [],
      providerName: '',
      password: '',
    });
  }

  protected startEdit(member: StaffMember): void {
    this.formError.set(null);
    this.draft.set({ id: member.id, name: member.name, email: member.email, role: member.role, permissions: { ...member.permissions }, locationIds: [...member.locationIds], providerName: member.providerName ?? '', password: '' });
  }

  protected cancel(): void {
    this.draft.set(null);
  }

  /** Picking a role fills the flags from its preset; they can still be changed one by one. */
  protected pickRole(role: StaffRole): void {
    const preset = this.presets().find((p) => p.role === role);
    this.draft.update((d) => (d ? { ...d, role, permissions: { ...(preset?.permissions ?? d.permissions) } } : d));
  }

  protected toggleFlag(flag: keyof StaffPermissions, on: boolean): void {
    this.draft.update((d) => (d ? { ...d, permissions: { ...d.permissions, [flag]: on } } : d));
  }

  protected toggleLocation(id: string, on: boolean): void {
    this.draft.update((d) => (d ? { ...d, locationIds: on ? [...new Set([...d.locationIds, id])] : d.locationIds.filter((l) => l !== id) } : d));
  }

  protected setField(field: 'name' | 'email' | 'providerName' | 'password', value: string): void {
    this.draft.update((d) => (d ? { ...d, [field]: value } : d));
  }

  protected save(): void {
    const d = this.draft();
    if (!d || this.saving()) return;
    const input = { name: d.name.trim(), role: d.role, permissions: d.permissions, locationIds: d.locationIds, providerName: d.providerName.trim() || null };
    this.saving.set(true);
    this.formError.set(null);
    const request = d.id ? this.api.update(d.id, input) : this.api.create({ ...input, email: d.email.trim(), ...(d.password ? { password: d.password } : {}) });
    request.subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.draft.set(null);
        this.notice.set(
          d.id ? `Saved changes to ${saved.name}.` : saved.invitationPending ? `Invited ${saved.name}: they got an email to choose their password.` : `Added ${saved.name}. They can sign in with the password you chose.`,
        );
        this.reload();
      },
      error: (err: unknown) => {
        this.saving.set(false);
        this.formError.set(apiErrorMessage(err, "We couldn't save this person."));
      },
    });
  }

  protected setActive(member: StaffMember, active: boolean): void {
    this.api.setActive(member.id, active).subscribe({
      next: () => {
        this.notice.set(active ? `${member.name} can sign in again.` : `${member.name} is deactivated and signed out.`);
        this.reload();
      },
      error: (err: unknown) => this.error.set(apiErrorMessage(err)),
    });
  }

  protected openReset(member: StaffMember): void {
    this.resetPassword = '';
    this.resetFor.set(member.id);
  }

  protected confirmReset(member: StaffMember): void {
    this.api.resetPassword(member.id, this.resetPassword).subscribe({
      next: () => {
        this.resetFor.set(null);
        this.resetPassword = '';
        this.notice.set(`New password set for ${member.name}. They were signed out everywhere.`);
      },
      error: (err: unknown) => this.error.set(apiErrorMessage(err, "We couldn't reset the password.")),
    });
  }

  private reload(): void {
    this.loading.set(true);
    forkJoin([this.api.list(), this.api.presets()]).subscribe({
      next: ([staff, presets]) => {
        this.staff.set(staff);
        this.presets.set(presets);
        this.loading.set(false);
        this.error.set(null);
      },
      error: (err: unknown) => {
        this.loading.set(false);
        this.error.set(apiErrorMessage(err, "We couldn't load your staff."));
      },
    });
  }

  private emptyPermissions(): StaffPermissions {
    return Object.fromEntries(PERMISSION_LABELS.map((p) => [p.flag, false])) as unknown as StaffPermissions;
  }
}
