/** The messaging-settings API contract (apps/api/src/settings). */

export type TemplateKind =
  | 'booking_confirmation'
  | 'cancellation_confirmation'
  | 'reminder'
  | 'confirmation_request'
  | 'confirmation_follow_up'
  | 'confirmation_ack'
  | 'reschedule_ack'
  | 'cancel_request_ack';

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

export interface MessagingSettingsView extends MessagingSettings {
  locationId: string;
  locationName: string;
  timeZone: string;
  templates: Record<TemplateKind, string>;
  customTemplates: TemplateKind[];
  defaults: Record<TemplateKind, string>;
  confirmationTiming: { requestHours: number; followUpHours: number; highRiskHours: number };
  problems: string[];
}

export interface SegmentCount {
  encoding: 'GSM-7' | 'UCS-2';
  segments: number;
  units: number;
  perSegment: number;
  nonGsmCharacters: string[];
}

export interface TemplatePreview {
  kind: TemplateKind;
  text: string | null;
  characters: number;
  maxCharacters: number;
  segments: SegmentCount | null;
  problems: string[];
}

export interface TestSendResult {
  /** False while the provider could not be reached: the text is retried by its outbound workflow. */
  sent: boolean;
  status: string;
  messageId: string;
  conversationId: string;
  to: string;
  body: string;
}
