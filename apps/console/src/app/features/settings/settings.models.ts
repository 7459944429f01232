import type { MessageTemplateKind as TemplateKind, MessagingSettingsView, SmsSegmentCount as SegmentCount, TemplatePreview, TestSendResult } from '@beacon/contracts';

export type { MessagingSettingsView, SegmentCount, TemplateKind, TemplatePreview, TestSendResult };
/** The messaging-settings API contract (apps/api/src/settings). */

export interface MessagingSettings {
  reminders: string[];
  sendingHours: { start: string; end: string };
  sameDayMorningTime: string;
  confirmationRequest: boolean;
  bookingConfirmation: { online: boolean; staff: boolean };
  cancellationConfirmation: boolean;
  rebookingUrl: string | null;
  /** Per kind: the text to use (null = the default). */
  templates: Partial<Record<TemplateKind, string | null>>;
}

