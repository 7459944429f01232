import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { ConversationSummary, Message } from './models';

@Injectable({ providedIn: 'root' })
export class InboxApi {
  private readonly http = inject(HttpClient);

  /** Conversations at a location, newest activity first. */
  conversations(locationId: string): Observable<ConversationSummary[]> {
    return this.http.get<ConversationSummary[]>('/api/conversations', { params: { locationId } });
  }

  /** Messages of one conversation, oldest first. */
  messages(conversationId: string): Observable<Message[]> {
    return this.http.get<Message[]>(`/api/conversations/${encodeURIComponent(conversationId)}/messages`);
  }
}
