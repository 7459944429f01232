import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { createdAtColumn, idColumn } from './common.js';
import type { MessageTemplateKind } from '@beacon/contracts';

/** Opening hours per weekday (0 = Sunday) in the location's own time zone, "HH:MM" 24 h; empty = closed. */
export type WeeklyHours = Record<'0' | '1' | '2' | '3' | '4' | '5' | '6', { open: string; close: string }[]>;

/**
 * How a location's appointment messages behave. Stored as one document so new settings need no
 * migration; `resolveMessagingSettings` fills defaults for anything missing.
 */
export interface LocationMessagingSettings {
  reminders?: string[];
  sendingHours?: { start: string; end: string };
  sameDayMorningTime?: string;
  confirmationRequest?: boolean;
  bookingConfirmation?: { online: boolean; staff: boolean };
  cancellationConfirmation?: boolean;
  /** Sent with "R" replies when set, e.g. the booking page. */
  rebookingUrl?: string | null;
  /**
   * The location's own wording per message kind (Liquid templates, validated when saved by
   * `validateMessageTemplate` in @beacon/appointments); a kind that is absent uses the default text.
   */
  templates?: Partial<Record<MessageTemplateKind, string>>;
  /** Auto-reply to texts that arrive while the location is closed (business hours + closures). */
  afterHours?: AfterHoursSettings;
}

export interface AfterHoursSettings {
  enabled: boolean;
  /** What the patient reads, e.g. "We're closed right now and will reply when we open at 9 am." */
  message: string;
  /** Shown after the message, e.g. "For a medical emergency call (512) 555-0199 or 911." */
  emergencyContact: string;
  /** Whole local days the location is closed, "YYYY-MM-DD". */
  closures: { date: string; name: string }[];
}

/** The kinds of appointment text a location can reword (defined in @beacon/contracts). */
export type { MessageTemplateKind };

export const Location = defineEntity({
  name: 'Location',
  tableName: 'location',
  properties: {
    id: idColumn(),
    organizationId: p.uuid().index(),
    name: p.string(),
    timeZone: p.string(),
    /** The E.164 number patients text and receive texts from. */
    phoneNumber: p.string().unique(),
    address: p.text(),
    businessHours: p.json<WeeklyHours>(),
    messagingSettings: p.json<LocationMessagingSettings>(),
    /** A patient whose lifetime spend (visit prices) reaches this counts as VIP; null = only patients marked VIP. */
    vipLifetimeSpendCents: p.integer().nullable(),
    createdAt: createdAtColumn(),
  },
});
export type ILocation = InferEntity<typeof Location>;
