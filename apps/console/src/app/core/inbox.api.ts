import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { Assignee, ConversationContext, MessageMediaItem, ConversationChange, ConversationCounts, ConversationFilter, ConversationPage, ConversationSummary, Message } from './models';

@Injectable({ providedIn: 'root' })
export class InboxApi {
  private readonly http = inject(HttpClient);

  /** One page of conversations at a location, newest activity first. */
  conversations(locationId: string, filter: ConversationFilter = 'all', cursor: string | null = null): Observable<ConversationPage> {
    return this.http.get<ConversationPage>('/api/conversations', { params: { locationId, filter, limit: 50, ...(cursor ? { cursor } : {}) } });
  }

  conversation(conversationId: string): Observable<ConversationSummary> {
    return this.http.get<ConversationSummary>(`/api/conversations/${encodeURIComponent(conversationId)}`);
  }

  context(conversationId: string): Observable<ConversationContext> {
    return this.http.get<ConversationContext>(`/api/conversations/${encodeURIComponent(conversationId)}/context`);
  }

  saveNotes(conversationId: string, notes: string): Observable<ConversationContext> {
    return this.http.put<ConversationContext>(`/api/conversations/${encodeURIComponent(conversationId)}/patient-notes`, { notes });
  }

  /** Marks or unmarks the thread's patient as VIP (a text from a VIP alerts staff). */
  setVip(conversationId: string, vip: boolean): Observable<ConversationContext> {
    return this.http.put<ConversationContext>(`/api/conversations/${encodeURIComponent(conversationId)}/patient-vip`, { vip });
  }

  /** "Message from calendar": the patient's conversation for an appointment (created if needed). */
  conversationForAppointment(appointmentId: string): Observable<{ conversation: ConversationSummary; context: ConversationContext }> {
    return this.http.post<{ conversation: ConversationSummary; context: ConversationContext }>(`/api/appointments/${encodeURIComponent(appointmentId)}/conversation`, {});
  }

  counts(locationId: string): Observable<ConversationCounts> {
    return this.http.get<ConversationCounts>('/api/conversations/counts', { params: { locationId } });
  }

  update(conversationId: string, change: ConversationChange): Observable<ConversationSummary> {
    return this.http.patch<ConversationSummary>(`/api/conversations/${encodeURIComponent(conversationId)}`, change);
  }

  setUnread(conversationId: string, unread: boolean): Observable<ConversationSummary> {
    return this.http.put<ConversationSummary>(`/api/conversations/${encodeURIComponent(conversationId)}/read-state`, { unread });
  }

  assignees(conversationId: string): Observable<Assignee[]> {
    return this.http.get<Assignee[]>(`/api/conversations/${encodeURIComponent(conversationId)}/assignees`);
  }

  /** Uploads a picture for a reply; send its id in `mediaIds`. */
  uploadMedia(conversationId: string, file: File): Observable<MessageMediaItem & { sizeBytes: number }> {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.post<MessageMediaItem & { sizeBytes: number }>(`/api/conversations/${encodeURIComponent(conversationId)}/media`, form);
  }

  send(
    conversationId: string,
    request: { body: string; clientMessageId: string; mediaIds?: string[]; quickReplyIds?: string[]; templateId?: string | null; allowIdentifiers?: boolean },
  ): Observable<Message> {
    return this.http.post<Message>(`/api/conversations/${encodeURIComponent(conversationId)}/messages`, request);
  }

  /** Messages of one conversation, oldest first. */
  messages(conversationId: string): Observable<Message[]> {
    return this.http.get<Message[]>(`/api/conversations/${encodeURIComponent(conversationId)}/messages`);
  }
}
