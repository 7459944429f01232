import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { ReplySuggestions, SuggestionStats } from './models';

export type SuggestionAction = 'chosen' | 'dismissed' | 'sent';

@Injectable({ providedIn: 'root' })
export class SuggestionsApi {
  private readonly http = inject(HttpClient);

  /** Smart replies for the newest inbound text of a conversation (empty once staff replied). */
  forConversation(conversationId: string): Observable<ReplySuggestions> {
    return this.http.get<ReplySuggestions>(`/api/conversations/${encodeURIComponent(conversationId)}/suggestions`);
  }

  feedback(messageId: string, key: string, action: SuggestionAction, edited = false): Observable<void> {
    return this.http.post<void>(`/api/suggestions/${encodeURIComponent(messageId)}/feedback`, { key, action, edited });
  }

  stats(locationId: string, days = 30): Observable<SuggestionStats> {
    return this.http.get<SuggestionStats>('/api/suggestions/stats', { params: { locationId, days } });
  }

  updateSettings(llmSuggestions: boolean, baaConfirmed: boolean): Observable<{ llmSuggestions: boolean; llmConfigured: boolean }> {
    return this.http.put<{ llmSuggestions: boolean; llmConfigured: boolean }>('/api/suggestions/settings', { llmSuggestions, baaConfirmed });
  }
}
