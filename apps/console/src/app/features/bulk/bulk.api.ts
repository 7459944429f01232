import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { BulkPreview, BulkPreviewBody as BulkSendRequest, BulkScenario, BulkSendDetail, BulkSendStarted, BulkSendStatus, BulkSendSummary } from '@beacon/contracts';

// The API's shapes (@beacon/contracts).
export type { BulkCriteria, BulkExclusion, BulkPerson, BulkPreview, BulkPreviewBody as BulkSendRequest, BulkScenario, BulkSendDetail, BulkSendStatus, BulkSendSummary } from '@beacon/contracts';
export type BulkCounts = BulkSendSummary['counts'];

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

  start(request: BulkSendRequest & { clientRequestId: string; acceptOverage?: boolean }): Observable<BulkSendStarted> {
    return this.http.post<BulkSendStarted>('/api/bulk-sends', request);
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
