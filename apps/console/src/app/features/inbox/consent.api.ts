import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

export interface ConsentState {
  status: 'opted_in' | 'opted_out' | 'unknown';
  since: string | null;
  method: string | null;
  methodLabel: string | null;
  message: { id: string; body: string; createdAt: string } | null;
  staff: { id: string; name: string } | null;
  reason: string | null;
}

export interface ConsentView {
  transactional: ConsentState;
  marketing: ConsentState;
  canText: boolean;
  blockedReason: string | null;
}

@Injectable({ providedIn: 'root' })
/** The patient's consent as staff see it, and recorded re-consent. */
export class ConsentApi {
  private readonly http = inject(HttpClient);

  consent(conversationId: string): Observable<ConsentView> {
    return this.http.get<ConsentView>(`/api/conversations/${encodeURIComponent(conversationId)}/consent`);
  }

  reconsent(conversationId: string, reason: string): Observable<ConsentView> {
    return this.http.post<ConsentView>(`/api/conversations/${encodeURIComponent(conversationId)}/consent`, { kind: 'transactional', reason });
  }

}
