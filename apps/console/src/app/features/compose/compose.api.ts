import { HttpClient } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import { Observable } from 'rxjs';
import type { AllowanceCheck, FilledText, QuickReplyAnalytics, QuickReplyView as QuickReply, TemplateAnalytics, TemplateInput, TemplateView as MessageTemplate } from '@beacon/contracts';

export type { FilledText, MessageTemplate, QuickReply, QuickReplyAnalytics, TemplateAnalytics };

/** Quick replies and templates (filled for a conversation by POST /api/conversations/:id/render). */
@Injectable({ providedIn: 'root' })
export class ComposeApi {
  private readonly http = inject(HttpClient);

  /** What these texts add to this month's usage; `message` is set when some of them fall over the allowance (they still go). */
  usagePreview(texts: string[]): Observable<AllowanceCheck> {
    return this.http.post<AllowanceCheck>('/api/usage/preview', { texts });
  }

  quickReplies(locationId: string): Observable<QuickReply[]> {
    return this.http.get<QuickReply[]>('/api/quick-replies', { params: { locationId } });
  }

  createQuickReply(input: Omit<QuickReply, 'id' | 'updatedAt'>): Observable<QuickReply> {
    return this.http.post<QuickReply>('/api/quick-replies', input);
  }

  updateQuickReply(id: string, input: Omit<QuickReply, 'id' | 'updatedAt'>): Observable<QuickReply> {
    return this.http.put<QuickReply>(`/api/quick-replies/${encodeURIComponent(id)}`, input);
  }

  /** Archived replies leave `/` and the list; their past uses stay in the analytics. */
  archiveQuickReply(id: string): Observable<void> {
    return this.http.delete<void>(`/api/quick-replies/${encodeURIComponent(id)}`);
  }

  quickReplyAnalytics(locationId: string, weeks = 8): Observable<QuickReplyAnalytics> {
    return this.http.get<QuickReplyAnalytics>('/api/quick-replies/analytics', { params: { locationId, weeks } });
  }

  render(conversationId: string, what: { quickReplyId: string } | { templateId: string }): Observable<FilledText> {
    return this.http.post<FilledText>(`/api/conversations/${encodeURIComponent(conversationId)}/render`, what);
  }


  templates(params: { q?: string; favorites?: boolean } = {}): Observable<MessageTemplate[]> {
    return this.http.get<MessageTemplate[]>('/api/templates', { params: { ...(params.q ? { q: params.q } : {}), ...(params.favorites ? { favorites: 'true' } : {}) } });
  }

  /** A new library template, or the changes to one (starters included); both are audited by the API. */
  saveTemplate(id: string | null, input: TemplateInput): Observable<MessageTemplate> {
    return id ? this.http.put<MessageTemplate>(`/api/templates/${encodeURIComponent(id)}`, input) : this.http.post<MessageTemplate>('/api/templates', input);
  }

  setFavorite(id: string, favorite: boolean): Observable<{ favorite: boolean }> {
    const url = `/api/templates/${encodeURIComponent(id)}/favorite`;
    return favorite ? this.http.put<{ favorite: boolean }>(url, {}) : this.http.delete<{ favorite: boolean }>(url);
  }

  templateAnalytics(id: string): Observable<TemplateAnalytics> {
    return this.http.get<TemplateAnalytics>(`/api/templates/${encodeURIComponent(id)}/analytics`);
  }
}

/** A template picked in the library ("Use in conversation"), waiting for the next conversation the person opens. */
@Injectable({ providedIn: 'root' })
export class PendingTemplate {
  readonly template = signal<MessageTemplate | null>(null);
}
