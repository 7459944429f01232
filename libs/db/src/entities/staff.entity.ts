import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { createdAtColumn, idColumn } from './common.js';

import { STAFF_ROLES, type StaffRole } from '@beacon/contracts';

export { STAFF_ROLES, type StaffRole };

export interface StaffPermissions {
  canSendMessages: boolean;
  viewAllConversations: boolean;
  viewOwnPatientsOnly: boolean;
  seeContactDetails: boolean;
  bulkMessaging: boolean;
  manageStaff: boolean;
  manageSettings: boolean;
  manageTemplates: boolean;
}

export const Staff = defineEntity({
  name: 'Staff',
  tableName: 'staff',
  properties: {
    id: idColumn(),
    organizationId: p.uuid().index(),
    email: p.string().unique(),
    name: p.string(),
    passwordHash: p.string().hidden(),
    role: p.enum(STAFF_ROLES),
    permissions: p.json<StaffPermissions>(),
    locationIds: p.json<string[]>(),
    active: p.boolean().default(true),
    /** The name this person has as a provider in the booking system; their "own patients" are booked with it. */
    providerName: p.string().nullable(),
    /** When the person proved they read this mailbox (sign-up verification or an accepted invitation); null = cannot sign in yet. */
    emailVerifiedAt: p.datetime().nullable(),
    createdAt: createdAtColumn(),
  },
});
export type IStaff = InferEntity<typeof Staff>;

export const StaffSession = defineEntity({
  name: 'StaffSession',
  tableName: 'staff_session',
  properties: {
    id: idColumn(),
    staffId: p.uuid().index(),
    tokenHash: p.string().unique(),
    createdAt: createdAtColumn(),
    lastSeenAt: p.datetime(),
    expiresAt: p.datetime(),
    revokedAt: p.datetime().nullable(),
    ip: p.string().nullable(),
    userAgent: p.text().nullable(),
  },
});
export type IStaffSession = InferEntity<typeof StaffSession>;

export const STAFF_TOKEN_PURPOSES = ['verify_email', 'set_password'] as const;
export type StaffTokenPurpose = (typeof STAFF_TOKEN_PURPOSES)[number];

/** A one-time link sent by email (verify a sign-up, accept an invitation). Only the token's SHA-256 is stored. */
export const StaffToken = defineEntity({
  name: 'StaffToken',
  tableName: 'staff_token',
  properties: {
    id: idColumn(),
    staffId: p.uuid().index(),
    purpose: p.enum(STAFF_TOKEN_PURPOSES),
    tokenHash: p.string().unique(),
    expiresAt: p.datetime(),
    usedAt: p.datetime().nullable(),
    createdAt: createdAtColumn(),
  },
});
export type IStaffToken = InferEntity<typeof StaffToken>;
