import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { MessagingSettings, MessagingSettingsView, TemplateKind, TemplatePreview, TestSendResult } from './settings.models';

const base = (locationId: string) => `/api/locations/${encodeURIComponent(locationId)}/messaging-settings`;

@Injectable({ providedIn: 'root' })
export class SettingsApi {
  private readonly http = inject(HttpClient);

  get(locationId: string): Observable<MessagingSettingsView> {
    return this.http.get<MessagingSettingsView>(base(locationId));
  }

  save(locationId: string, settings: MessagingSettings): Observable<MessagingSettingsView> {
    return this.http.put<MessagingSettingsView>(base(locationId), settings);
  }

  /** `rebookingUrl` undefined = preview with the saved link. */
  preview(locationId: string, kind: TemplateKind, template: string, rebookingUrl?: string | null): Observable<TemplatePreview> {
    return this.http.post<TemplatePreview>(`${base(locationId)}/preview`, { kind, template, ...(rebookingUrl !== undefined ? { rebookingUrl } : {}) });
  }

  /** `clientMessageId`: one per click, so a retried request sends the text once. */
  testSend(locationId: string, kind: TemplateKind, toPhone: string, clientMessageId: string): Observable<TestSendResult> {
    return this.http.post<TestSendResult>(`${base(locationId)}/test-send`, { kind, toPhone, clientMessageId });
  }
}
