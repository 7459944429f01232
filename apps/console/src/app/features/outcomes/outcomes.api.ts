import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

/** Mirrors AppointmentRates in @beacon/outcomes. */
export interface AppointmentRates {
  appointments: number;
  confirmationRate: number | null;
  noShowRate: number | null;
  lateCancellationRate: number | null;
  rescheduleRate: number | null;
}

export interface OutcomeBucket extends AppointmentRates {
  periodStart: string;
  outboundTexts: number;
  deliveryRate: number | null;
  medianResponseMinutes: number | null;
}

export interface OutcomesReport {
  granularity: 'week' | 'month';
  from: string;
  to: string;
  totals: OutcomeBucket;
  series: OutcomeBucket[];
  byLocation: (AppointmentRates & { key: string; label: string })[];
  byProvider: (AppointmentRates & { key: string; label: string })[];
  baseline: { from: string; to: string; rates: AppointmentRates; method: string } | null;
  baselineNote: string;
  delivery: { handedOver: number; delivered: number; failed: number; deliveryRate: number | null; failureReasons: { code: string; description: string; count: number }[] };
  optOut: { patientsTexted: number; optedOut: number; rate: number | null; method: string };
  responseTime: { medianMinutes: number | null; answered: number; method: string };
  revenueRecovered: { cents: number; appointments: number; unpriced: number; method: string };
  funnel: { scenario: string; templateId: string | null; sent: number; delivered: number; replied: number; booked: number }[];
}

/** Mirrors MonthlyUsage in @beacon/plans. */
export interface MonthlyUsage {
  plan: string;
  planName: string;
  periodStart: string;
  periodEnd: string;
  allowance: number;
  used: number;
  percentUsed: number;
  projected: number;
  overageTexts: number;
  overageCents: number;
  projectedOverageTexts: number;
  projectedOverageCents: number;
  overageCentsPerText: number;
  locations: { locationId: string; locationName: string; inboundSegments: number; outboundSegments: number; inboundTexts: number; outboundTexts: number }[];
}

export interface PlanView {
  plan: { id: string; name: string; monthlyTexts: number; maxStaff: number | null };
  features: { feature: string; label: string; available: boolean; reason: string | null }[];
}

export interface OutcomesFilters {
  granularity: 'week' | 'month';
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
