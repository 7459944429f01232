import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { Message } from '../../core/models';

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
export class ThreadComposerApi {
  private readonly http = inject(HttpClient);

  consent(conversationId: string): Observable<ConsentView> {
    return this.http.get<ConsentView>(`/api/conversations/${encodeURIComponent(conversationId)}/consent`);
  }

  reconsent(conversationId: string, reason: string): Observable<ConsentView> {
    return this.http.post<ConsentView>(`/api/conversations/${encodeURIComponent(conversationId)}/consent`, { kind: 'transactional', reason });
  }

  send(conversationId: string, body: string, clientMessageId: string, allowIdentifiers = false): Observable<Message> {
    return this.http.post<Message>(`/api/conversations/${encodeURIComponent(conversationId)}/messages`, { body, clientMessageId, allowIdentifiers });
  }
}
