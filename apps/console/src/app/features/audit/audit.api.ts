import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { AuditEventView, AuditPage, ChainVerification, DataProtectionSettingsView as DataProtectionSettings } from '@beacon/contracts';

export type { AuditEventView, ChainVerification, DataProtectionSettings };

export interface AuditFilters {
  staffId?: string;
  patientId?: string;
  /** Part of a patient's name. */
  patient?: string;
  action?: string;
  from?: string;
  to?: string;
}

const clean = (filters: AuditFilters & { cursor?: number | null }): Record<string, string> =>
  Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== null && v !== '').map(([k, v]) => [k, String(v)]));

@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  list(filters: AuditFilters, cursor: number | null): Observable<AuditPage> {
    return this.http.get<AuditPage>('/api/audit', { params: clean({ ...filters, cursor }) });
  }

  exportUrl(filters: AuditFilters): string {
    const params = new URLSearchParams(clean(filters));
    return `/api/audit/export${params.size ? `?${params}` : ''}`;
  }

  verify(): Observable<ChainVerification> {
    return this.http.get<ChainVerification>('/api/audit/verify');
  }

  settings(): Observable<DataProtectionSettings> {
    return this.http.get<DataProtectionSettings>('/api/data-protection/settings');
  }

  saveSettings(settings: Partial<DataProtectionSettings>): Observable<DataProtectionSettings> {
    return this.http.put<DataProtectionSettings>('/api/data-protection/settings', settings);
  }
}
