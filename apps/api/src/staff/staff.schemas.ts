import { z } from 'zod';
import { STAFF_ROLES } from '@beacon/db';
import { PERMISSION_FLAGS } from '@beacon/staff';

const permissions = z.strictObject(Object.fromEntries(PERMISSION_FLAGS.map((flag) => [flag, z.boolean({ error: 'must be true or false' })])) as Record<(typeof PERMISSION_FLAGS)[number], z.ZodBoolean>);
const role = z.enum(STAFF_ROLES, { error: `must be one of ${STAFF_ROLES.join(', ')}` });
const locationIds = z.array(z.uuid({ error: 'must be location ids (UUID)' })).min(1, 'must include at least one location').max(100);
const password = z.string().min(10, 'must be at least 10 characters').max(200);
const name = z.string().trim().min(1, 'is required').max(120);
const providerName = z.string().trim().max(200).nullable();

export const createStaffSchema = z.strictObject({
  name,
  email: z.email({ error: 'must be an email address' }).max(320),
  role,
  /** Defaults to the role's preset. */
  permissions: permissions.optional(),
  locationIds,
  providerName: providerName.optional(),
  /** Without a password the person is invited: an email with a one-time link where they choose their own. */
  password: password.optional(),
});
export type CreateStaffInput = z.output<typeof createStaffSchema>;

export const updateStaffSchema = z
  .strictObject({ name: name.optional(), role: role.optional(), permissions: permissions.optional(), locationIds: locationIds.optional(), providerName: providerName.optional() })
  .refine((v) => Object.keys(v).length > 0, 'must change at least one field');
export type UpdateStaffInput = z.output<typeof updateStaffSchema>;

export const resetPasswordSchema = z.strictObject({ password });
export type ResetPasswordInput = z.output<typeof resetPasswordSchema>;
