import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

export interface AuditEventView {
  seq: number;
  occurredAt: string;
  action: string;
  outcome: 'success' | 'denied' | 'failure';
  actor: { staffId: string | null; label: string };
  patientId: string | null;
  target: { type: string; id: string } | null;
  ip: string | null;
  userAgent: string | null;
  details: Record<string, unknown>;
  hash: string;
}

export interface AuditFilters {
  staffId?: string;
  patientId?: string;
  action?: string;
  from?: string;
  to?: string;
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  firstBroken?: { seq: number; reason: string };
  verifiedAt: string;
}

export interface DataProtectionSettings {
  retentionYears: number;
  marketingHours: { start: string; end: string };
}

const clean = (filters: AuditFilters & { cursor?: number | null }): Record<string, string> =>
  Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== null && v !== '').map(([k, v]) => [k, String(v)]));

@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  list(filters: AuditFilters, cursor: number | null): Observable<{ events: AuditEventView[]; nextCursor: number | null }> {
    return this.http.get<{ events: AuditEventView[]; nextCursor: number | null }>('/api/audit', { params: clean({ ...filters, cursor }) });
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
