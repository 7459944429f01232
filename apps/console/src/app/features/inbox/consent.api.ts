import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { ConsentState, ConsentView, OptOutDecision, PossibleOptOut } from '@beacon/contracts';

export type { ConsentState, ConsentView, OptOutDecision, PossibleOptOut };

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
