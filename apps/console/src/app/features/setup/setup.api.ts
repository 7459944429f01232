import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

export type SetupStepId = 'location' | 'staff' | 'integration' | 'test_text';

export interface SetupChecklist {
  steps: { id: SetupStepId; done: boolean }[];
  complete: boolean;
  sendingNumber: { provider: 'simulator' | 'twilio'; suggestion: string | null };
}

export interface Integration {
  id: string;
  name: string;
  keyId: string;
  active: boolean;
  createdAt: string;
  lastUsedAt: string | null;
  rotatedAt: string | null;
  revokedAt: string | null;
}

/** Only in the answer that creates or rotates a key: the one time the secret is shown. */
export interface IntegrationSecret extends Integration {
  secret: string;
  endpoint: string;
  curlExample: string;
}

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

  testEvent(id: string): Observable<{ ok: true; checkedAt: string; integration: Integration }> {
    return this.http.post<{ ok: true; checkedAt: string; integration: Integration }>(`/api/integrations/${encodeURIComponent(id)}/test-event`, {});
  }
}
