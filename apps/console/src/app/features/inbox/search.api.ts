import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { ConversationSummary, Message } from '../../core/models';

export interface SearchResults {
  /** Threads whose patient name or phone matches (first page only). */
  conversations: ConversationSummary[];
  /** Matching messages, newest first. */
  messages: { message: Message; conversation: ConversationSummary }[];
  nextCursor: string | null;
}

@Injectable({ providedIn: 'root' })
export class SearchApi {
  private readonly http = inject(HttpClient);

  search(q: string, locationId: string, cursor?: string | null): Observable<SearchResults> {
    return this.http.get<SearchResults>('/api/search', { params: { q, locationId, ...(cursor ? { cursor } : {}) } });
  }
}
