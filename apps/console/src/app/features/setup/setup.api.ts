import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { IntegrationSecretView as IntegrationSecret, IntegrationTestResult, IntegrationView as Integration, SetupChecklist } from '@beacon/contracts';

// The API's shapes (@beacon/contracts).
export type { IntegrationSecretView as IntegrationSecret, IntegrationView as Integration, SetupChecklist, SetupStepId } from '@beacon/contracts';

@Injectable({ providedIn: 'root' })
export class SetupApi {
  private readonly http = inject(HttpClient);

  checklist(): Observable<SetupChecklist> {
    return this.http.get<SetupChecklist>('/api/onboarding/checklist');
  }

  integrations(): Observable<Integration[]> {
    return this.http.get<Integration[]>('/api/integrations');
  }

  createIntegration(name: string): Observable<IntegrationSecret> {
    return this.http.post<IntegrationSecret>('/api/integrations', { name });
  }

  rotate(id: string): Observable<IntegrationSecret> {
    return this.http.post<IntegrationSecret>(`/api/integrations/${encodeURIComponent(id)}/rotate`, {});
  }

  revoke(id: string): Observable<Integration> {
    return this.http.post<Integration>(`/api/integrations/${encodeURIComponent(id)}/revoke`, {});
  }

  testEvent(id: string): Observable<IntegrationTestResult> {
    return this.http.post<IntegrationTestResult>(`/api/integrations/${encodeURIComponent(id)}/test-event`, {});
  }
}
