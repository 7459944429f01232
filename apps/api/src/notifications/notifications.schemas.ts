import { z } from 'zod';
import { STAFF_ROLES } from '@beacon/db';
import { NOTIFICATION_EVENT_TYPES } from '@beacon/notifications';

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
