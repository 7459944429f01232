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

/** A text the classifier could not call: staff decide (promotions are paused meanwhile). */
export interface PossibleOptOut {
  messageId: string;
  body: string;
  createdAt: string;
}

export type OptOutDecision = 'opt_out' | 'not_opt_out';

export interface ConsentView {
  transactional: ConsentState;
  marketing: ConsentState;
  canText: boolean;
  blockedReason: string | null;
  possibleOptOut: PossibleOptOut | null;
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

  /** Records the decision on a possible opt-out; 409 when someone else decided first. */
  decidePossibleOptOut(conversationId: string, messageId: string, decision: OptOutDecision): Observable<ConsentView> {
    return this.http.post<ConsentView>(`/api/conversations/${encodeURIComponent(conversationId)}/consent/possible-opt-out`, { messageId, decision });
  }

}
