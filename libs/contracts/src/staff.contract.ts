import { z } from 'zod';
import { PERMISSION_FLAGS, STAFF_ROLES } from './vocabulary.js';
import { idParams, instant } from './common.contract.js';
import { endpoint } from './endpoint.js';

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

// ---- Responses

export const staffMemberView = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  role,
  permissions: z.object(Object.fromEntries(PERMISSION_FLAGS.map((flag) => [flag, z.boolean()])) as Record<(typeof PERMISSION_FLAGS)[number], z.ZodBoolean>),
  locationIds: z.array(z.uuid()),
  providerName: z.string().nullable(),
  active: z.boolean(),
  /** Invited and not yet signed in with a password of their own. */
  invitationPending: z.boolean(),
  createdAt: instant,
});
export type StaffMemberView = z.output<typeof staffMemberView>;
export type StaffPermissionSet = StaffMemberView['permissions'];

export const rolePreset = z.object({ role, label: z.string(), permissions: staffMemberView.shape.permissions });
export type RolePreset = z.output<typeof rolePreset>;

export const staffEndpoints = [
  endpoint({ method: 'GET', path: '/api/staff', tag: 'staff', auth: 'session', permissions: ['manageStaff'], summary: 'Everyone in the organisation, active first', responses: { 200: { description: 'Staff', schema: z.array(staffMemberView) } } }),
  endpoint({ method: 'GET', path: '/api/staff/presets', tag: 'staff', auth: 'session', permissions: ['manageStaff'], summary: 'The permission preset of each role', responses: { 200: { description: 'Presets', schema: z.array(rolePreset) } } }),
  endpoint({ method: 'POST', path: '/api/staff', tag: 'staff', auth: 'session', permissions: ['manageStaff'], body: createStaffSchema, summary: 'Add a staff member', responses: { 201: { description: 'Created', schema: staffMemberView } }, errors: { 400: ['LOCATION_UNKNOWN'], 409: ['EMAIL_TAKEN'] } }),
  endpoint({ method: 'PATCH', path: '/api/staff/:id', tag: 'staff', auth: 'session', permissions: ['manageStaff'], params: idParams, body: updateStaffSchema, summary: 'Change name, role, permissions, locations or provider name', responses: { 200: { description: 'The staff member now', schema: staffMemberView } }, errors: { 400: ['LOCATION_UNKNOWN'], 404: ['STAFF_NOT_FOUND'], 409: ['CANNOT_REMOVE_OWN_ADMIN'] } }),
  endpoint({ method: 'POST', path: '/api/staff/:id/deactivate', tag: 'staff', auth: 'session', permissions: ['manageStaff'], params: idParams, summary: 'Deactivate (ends their sessions)', responses: { 200: { description: 'The staff member now', schema: staffMemberView } }, errors: { 404: ['STAFF_NOT_FOUND'], 409: ['CANNOT_DEACTIVATE_SELF'] } }),
  endpoint({ method: 'POST', path: '/api/staff/:id/reactivate', tag: 'staff', auth: 'session', permissions: ['manageStaff'], params: idParams, summary: 'Reactivate', responses: { 200: { description: 'The staff member now', schema: staffMemberView } }, errors: { 404: ['STAFF_NOT_FOUND'] } }),
  endpoint({ method: 'POST', path: '/api/staff/:id/password', tag: 'staff', auth: 'session', permissions: ['manageStaff'], params: idParams, body: resetPasswordSchema, summary: 'Set a new password (ends their sessions)', responses: { 204: { description: 'Changed' } }, errors: { 404: ['STAFF_NOT_FOUND'] } }),
] as const;
