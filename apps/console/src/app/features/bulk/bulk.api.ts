import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

export type BulkScenario = 'provider_running_late' | 'provider_sick' | 'closure' | 'promotion';
export type BulkSendStatus = 'queued' | 'running' | 'paused' | 'cancelled' | 'finished';
export type BulkExclusion = 'invalid_number' | 'opted_out' | 'no_marketing_consent' | 'outside_marketing_hours' | 'already_sent_today' | 'appointment_cancelled';

export type BulkCriteria =
  | { scenario: 'provider_running_late'; providerName: string; delayMinutes: number }
  | { scenario: 'provider_sick'; providerName: string }
  | { scenario: 'closure'; reason: string }
  | { scenario: 'promotion'; lastVisitBefore?: string; lastVisitAfter?: string; services?: string[]; minLifetimeSpendCents?: number; maxLifetimeSpendCents?: number };

export interface BulkSendRequest {
  locationId: string;
  criteria: BulkCriteria;
  template?: string;
  ratePerSecond?: number;
}

export interface BulkPerson {
  patientId: string;
  /** Null when you may not see this patient. */
  name: string | null;
  phone: string;
  appointmentStartsAt: string | null;
}

export interface BulkPreview {
  scenario: BulkScenario;
  locationId: string;
  template: string;
  sampleText: string;
  ratePerSecond: number;
  numberType: 'toll_free' | '10dlc';
  estimatedSeconds: number;
  recipientCount: number;
  recipients: BulkPerson[];
  excludedCount: number;
  excluded: (BulkPerson & { reason: BulkExclusion; reasonText: string })[];
  exclusionCounts: Partial<Record<BulkExclusion, number>>;
  allowance: { overageTexts: number };
}

export interface BulkCounts {
  recipients: number;
  queued: number;
  sent: number;
  delivered: number;
  failed: number;
  excluded: number;
}

export interface BulkSendSummary {
  id: string;
  locationId: string;
  scenario: BulkScenario;
  status: BulkSendStatus;
  ratePerSecond: number;
  createdBy: { id: string; name: string | null };
  createdAt: string;
  finishedAt: string | null;
  counts: BulkCounts;
}

export interface BulkSendDetail extends BulkSendSummary {
  template: string;
  criteria: BulkCriteria;
  replies: number;
  recipients: (BulkPerson & { status: 'pending' | 'sending' | 'sent' | 'failed' | 'excluded' | 'cancelled'; exclusion: BulkExclusion | null; messageId: string | null; messageStatus: string | null })[];
}

export const SCENARIO_LABELS: Record<BulkScenario, string> = {
  provider_running_late: 'Provider running late',
  provider_sick: 'Provider out sick',
  closure: 'Weather or emergency closure',
  promotion: 'New product or promotion',
};

export const STATUS_LABELS: Record<BulkSendStatus, string> = { queued: 'Queued', running: 'Sending', paused: 'Paused', cancelled: 'Cancelled', finished: 'Finished' };

@Injectable({ providedIn: 'root' })
export class BulkApi {
  private readonly http = inject(HttpClient);

  preview(request: BulkSendRequest): Observable<BulkPreview> {
    return this.http.post<BulkPreview>('/api/bulk-sends/preview', request);
  }

  start(request: BulkSendRequest & { clientRequestId: string; acceptOverage?: boolean }): Observable<{ id: string; preview: BulkPreview; duplicate: boolean }> {
    return this.http.post<{ id: string; preview: BulkPreview; duplicate: boolean }>('/api/bulk-sends', request);
  }

  list(locationId: string): Observable<BulkSendSummary[]> {
    return this.http.get<BulkSendSummary[]>('/api/bulk-sends', { params: { locationId } });
  }

  detail(id: string): Observable<BulkSendDetail> {
    return this.http.get<BulkSendDetail>(`/api/bulk-sends/${encodeURIComponent(id)}`);
  }

  change(id: string, action: 'pause' | 'resume' | 'cancel'): Observable<BulkSendSummary> {
    return this.http.post<BulkSendSummary>(`/api/bulk-sends/${encodeURIComponent(id)}/${action}`, null);
  }
}
