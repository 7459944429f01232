import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { StaffPermissions, StaffRole } from '../../core/models';
import type { RolePreset, StaffMemberView as StaffMember } from '@beacon/contracts';

export type { RolePreset, StaffMember };

export interface StaffInput {
  name: string;
  role: StaffRole;
  permissions: StaffPermissions;
  locationIds: string[];
  providerName: string | null;
}

/** Owners' staff administration (GET/POST/PATCH /api/staff…); every change is audited by the API. */
@Injectable({ providedIn: 'root' })
export class StaffApi {
  private readonly http = inject(HttpClient);

  list(): Observable<StaffMember[]> {
    return this.http.get<StaffMember[]>('/api/staff');
  }

  presets(): Observable<RolePreset[]> {
    return this.http.get<RolePreset[]>('/api/staff/presets');
  }

  create(input: StaffInput & { email: string; password?: string }): Observable<StaffMember> {
    return this.http.post<StaffMember>('/api/staff', input);
  }

  update(id: string, input: StaffInput): Observable<StaffMember> {
    return this.http.patch<StaffMember>(`/api/staff/${encodeURIComponent(id)}`, input);
  }

  setActive(id: string, active: boolean): Observable<StaffMember> {
    return this.http.post<StaffMember>(`/api/staff/${encodeURIComponent(id)}/${active ? 'reactivate' : 'deactivate'}`, {});
  }

  resetPassword(id: string, password: string): Observable<void> {
    return this.http.post<void>(`/api/staff/${encodeURIComponent(id)}/password`, { password });
  }
}
