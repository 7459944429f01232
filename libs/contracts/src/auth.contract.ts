import { z } from 'zod';
import { endpoint } from './endpoint.js';
import { PERMISSION_FLAGS, STAFF_ROLES } from './vocabulary.js';

/** POST /api/auth/login */
export const loginBody = z.strictObject({
  email: z.email({ error: 'must be an email address' }).max(320),
  password: z.string().min(1, 'is required').max(200),
});
export type LoginBody = z.output<typeof loginBody>;

export const signedInStaff = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: z.enum(STAFF_ROLES),
  permissions: z.object(Object.fromEntries(PERMISSION_FLAGS.map((flag) => [flag, z.boolean()])) as Record<(typeof PERMISSION_FLAGS)[number], z.ZodBoolean>),
  locationIds: z.array(z.uuid()),
  providerName: z.string().nullable(),
});
export type SignedInStaff = z.output<typeof signedInStaff>;

export const sessionView = z.object({
  staff: signedInStaff,
  /** How long the console may stay idle before it signs out (automatic log-off). */
  session: z.object({ idleMinutes: z.number() }),
});
export type SessionView = z.output<typeof sessionView>;

export const authEndpoints = [
  endpoint({ method: 'POST', path: '/api/auth/login', tag: 'auth', auth: 'public', body: loginBody, summary: 'Sign in; sets the beacon_session cookie (throttled and audited)', responses: { 200: { description: 'Signed in', schema: sessionView } }, errors: { 401: ['INVALID_CREDENTIALS'], 429: ['TOO_MANY_ATTEMPTS'] } }),
  endpoint({ method: 'POST', path: '/api/auth/logout', tag: 'auth', auth: 'session', summary: 'Sign out (ends the session)', responses: { 204: { description: 'Signed out' } } }),
  endpoint({ method: 'GET', path: '/api/auth/me', tag: 'auth', auth: 'session', summary: 'Who is signed in', responses: { 200: { description: 'The session', schema: sessionView } } }),
] as const;
