import { HttpClient } from '@angular/common/http';
import { Injectable, effect, inject, signal } from '@angular/core';
import type { PlanEntitlements, PlanFeature } from '@beacon/contracts';
import { AuthService } from './auth.service';

export type { PlanFeature };

/** A feature outside the organisation's plan: what the console shows next to it, disabled. */
export interface PlanLock {
  feature: PlanFeature;
  label: string;
  /** "Professional": the cheapest plan that includes it. */
  availableOn: string;
  /** The server's full sentence (the same one its 403 carries). */
  reason: string;
}

/**
 * The organisation's plan (GET /api/plan), loaded once per signed-in person: pages ask `lock(feature)` to
 * show a feature disabled with its reason. The server enforces every one of them on its own (403).
 */
@Injectable({ providedIn: 'root' })
export class PlanService {
  private readonly http = inject(HttpClient);
  private readonly auth = inject(AuthService);
  private readonly plan = signal<PlanEntitlements | null>(null);

  constructor() {
    effect(() => {
      const staffId = this.auth.staff()?.id ?? null;
      this.plan.set(null);
      if (staffId) this.http.get<PlanEntitlements>('/api/plan').subscribe({ next: (p) => this.plan.set(p), error: () => this.plan.set(null) });
    });
  }

  /** Null while unknown or included (the server still refuses it when it is not). */
  lock(feature: PlanFeature): PlanLock | null {
    const f = this.plan()?.features.find((x) => x.feature === feature);
    if (!f || f.available) return null;
    return { feature, label: f.label, availableOn: f.availableOn, reason: f.reason ?? `${f.label} is not in your plan.` };
  }
}
