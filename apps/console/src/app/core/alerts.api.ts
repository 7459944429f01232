import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { StaffAlert } from './models';

@Injectable({ providedIn: 'root' })
export class AlertsApi {
  private readonly http = inject(HttpClient);

  /** Unacknowledged alerts at a location, newest first (at most 50). */
  list(locationId: string): Observable<StaffAlert[]> {
    return this.http.get<StaffAlert[]>('/api/alerts', { params: { locationId } });
  }

  /** Marks an alert as handled (harmless if it already was). */
  acknowledge(alertId: string): Observable<void> {
    return this.http.post<void>(`/api/alerts/${encodeURIComponent(alertId)}/acknowledge`, null);
  }
}
