import { HttpClient } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import { Observable } from 'rxjs';

export interface QuickReply {
  id: string;
  locationId: string | null;
  category: string;
  shortcut: string;
  title: string;
  body: string;
  /** Marketing: needs the patient's marketing opt-in and the marketing hours when sent. */
  kind: 'transactional' | 'marketing';
}

export interface FilledText {
  text: string;
  /** Variables that could not be filled from the conversation; they stay in the text as {{name}}. */
  missing: string[];
}

export interface MessageTemplate {
  id: string;
  name: string;
  category: string;
  kind: 'transactional' | 'marketing';
  body: string;
  builtIn: boolean;
  favorite: boolean;
}

export interface TemplateAnalytics {
  templateId: string;
  sent: number;
  delivered: number;
  repliedWithin24h: number;
  convertedWithin7d: number;
}

export interface QuickReplyAnalytics {
  locationId: string;
  top: { id: string; title: string; shortcut: string; uses: number }[];
  weekly: { weekStart: string; uses: number }[];
}

/** Quick replies and templates (filled for a conversation by POST /api/conversations/:id/render). */
@Injectable({ providedIn: 'root' })
export class ComposeApi {
  private readonly http = inject(HttpClient);

  /** What these texts add to this month's usage; `message` is set when some of them fall over the allowance (they still go). */
  usagePreview(texts: string[]): Observable<{ overageTexts: number; overageCents: number; message: string | null }> {
    return this.http.post<{ overageTexts: number; overageCents: number; message: string | null }>('/api/usage/preview', { texts });
  }

  quickReplies(locationId: string): Observable<QuickReply[]> {
    return this.http.get<QuickReply[]>('/api/quick-replies', { params: { locationId } });
  }

  createQuickReply(input: Omit<QuickReply, 'id'>): Observable<QuickReply> {
    return this.http.post<QuickReply>('/api/quick-replies', input);
  }

  updateQuickReply(id: string, input: Omit<QuickReply, 'id'>): Observable<QuickReply> {
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
