import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { Granularity, MonthlyUsage, OutcomesReport, PlanEntitlements as PlanView } from '@beacon/contracts';

// The API's shapes (@beacon/contracts): the schemas GET /api/outcomes, /api/usage and /api/plan answer with.
export type { AppointmentRates, MonthlyUsage, OutcomeBucket, OutcomesReport, PlanEntitlements as PlanView } from '@beacon/contracts';

export interface OutcomesFilters {
  granularity: Granularity;
  locationId: string | null;
  provider: string | null;
}

function params(f: OutcomesFilters): Record<string, string> {
  return { granularity: f.granularity, ...(f.locationId ? { locationId: f.locationId } : {}), ...(f.provider ? { provider: f.provider } : {}) };
}

@Injectable({ providedIn: 'root' })
export class OutcomesApi {
  private readonly http = inject(HttpClient);

  outcomes(f: OutcomesFilters): Observable<OutcomesReport> {
    return this.http.get<OutcomesReport>('/api/outcomes', { params: params(f) });
  }

  usage(): Observable<MonthlyUsage> {
    return this.http.get<MonthlyUsage>('/api/usage');
  }

  plan(): Observable<PlanView> {
    return this.http.get<PlanView>('/api/plan');
  }

  exportUrl(f: OutcomesFilters): string {
    return `/api/outcomes/export?${new URLSearchParams(params(f)).toString()}`;
  }
}
