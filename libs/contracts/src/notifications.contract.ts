import { z } from 'zod';
import { NOTIFICATION_EVENT_TYPES, STAFF_ROLES } from './vocabulary.js';
import { instant } from './common.contract.js';
import { endpoint } from './endpoint.js';

/** PUT /locations/:locationId/notifications: the settings to change (events not listed keep theirs). */
export const notificationSettingsInput = z
  .object({
    settings: z
      .array(
        z
          .object({
            eventType: z.enum(NOTIFICATION_EVENT_TYPES, { error: `must be one of ${NOTIFICATION_EVENT_TYPES.join(', ')}` }),
            emailEnabled: z.boolean({ error: 'must be true or false' }),
            roles: z.array(z.enum(STAFF_ROLES, { error: `must be one of ${STAFF_ROLES.join(', ')}` })).max(STAFF_ROLES.length),
          })
          .strict(),
      )
      .min(1, { error: 'must list at least one event' })
      .max(NOTIFICATION_EVENT_TYPES.length)
      .refine((list) => new Set(list.map((s) => s.eventType)).size === list.length, { error: 'lists an event twice' }),
  })
  .strict();
export type NotificationSettingsInput = z.output<typeof notificationSettingsInput>;

/** PUT /locations/:locationId/vip-rule: lifetime spend (in cents) from which a patient counts as VIP; null turns the rule off. */
export const vipRuleInput = z.strictObject({
  lifetimeSpendCents: z
    .number({ error: 'must be an amount in cents, or null' })
    .int({ error: 'must be a whole number of cents' })
    .min(100, { error: 'must be at least 100 cents ($1)' })
    .max(100_000_000, { error: 'must be at most 100000000 cents ($1,000,000)' })
    .nullable(),
});
export type VipRuleInput = z.output<typeof vipRuleInput>;

export const vipRuleView = z.object({ lifetimeSpendCents: z.number().int().nullable() });
export type VipRuleView = z.output<typeof vipRuleView>;

export const locationParams = z.object({ locationId: z.uuid() });

export const notificationSettingView = z.object({
  eventType: z.enum(NOTIFICATION_EVENT_TYPES),
  emailEnabled: z.boolean(),
  /** Staff roles at the location who get the email (each also only if they may see the patient). */
  roles: z.array(z.enum(STAFF_ROLES)),
  label: z.string(),
});
export type NotificationSettingView = z.output<typeof notificationSettingView>;

/** One email the loopback SMTP server received (local development). */
export const localMailView = z.object({ id: z.string(), receivedAt: instant, messageId: z.string().nullable(), from: z.string(), to: z.array(z.string()), subject: z.string(), text: z.string() });
export type LocalMailView = z.output<typeof localMailView>;

export const sentEmailView = z.object({
  /** True when the API runs its own loopback mail server (local development). */
  localServer: z.boolean(),
  emails: z.array(localMailView),
});
export type SentEmailView = z.output<typeof sentEmailView>;

export const notificationsEndpoints = [
  endpoint({ method: 'GET', path: '/api/locations/:locationId/notifications', tag: 'notifications', auth: 'session', permissions: ['manageSettings'], params: locationParams, summary: 'Which events are emailed, and to which roles, at a location', responses: { 200: { description: 'One setting per event', schema: z.array(notificationSettingView) } }, errors: { 404: ['LOCATION_NOT_FOUND'] } }),
  endpoint({ method: 'PUT', path: '/api/locations/:locationId/notifications', tag: 'notifications', auth: 'session', permissions: ['manageSettings'], params: locationParams, body: notificationSettingsInput, summary: 'Change some of them (events not listed keep theirs)', responses: { 200: { description: 'Every setting now', schema: z.array(notificationSettingView) } }, errors: { 404: ['LOCATION_NOT_FOUND'] } }),
  endpoint({ method: 'GET', path: '/api/locations/:locationId/vip-rule', tag: 'notifications', auth: 'session', params: locationParams, summary: 'VIP rule of a location: the lifetime spend (cents) from which a patient counts as VIP (null: only patients marked VIP)', responses: { 200: { description: 'The rule', schema: vipRuleView } }, errors: { 404: ['LOCATION_NOT_FOUND'] } }),
  endpoint({ method: 'PUT', path: '/api/locations/:locationId/vip-rule', tag: 'notifications', auth: 'session', permissions: ['manageSettings'], params: locationParams, body: vipRuleInput, summary: 'Change the VIP rule', description: 'Body: { lifetimeSpendCents: 250000 } ($2,500), or null to count only patients marked VIP.', responses: { 200: { description: 'The rule now', schema: vipRuleView } }, errors: { 404: ['LOCATION_NOT_FOUND'] } }),
  endpoint({ method: 'GET', path: '/api/notifications/sent-email', tag: 'notifications', auth: 'session', summary: 'Email the local mail server received (owners; local development)', responses: { 200: { description: 'Emails, newest first', schema: sentEmailView } }, errors: { 403: ['OWNER_ONLY'] } }),
] as const;
