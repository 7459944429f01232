import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { createdAtColumn, idColumn } from './common.js';

export const CONSENT_KINDS = ['transactional', 'marketing'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];
export const CONSENT_ACTIONS = ['opt_in', 'opt_out'] as const;
export type ConsentAction = (typeof CONSENT_ACTIONS)[number];
export const CONSENT_METHODS = ['keyword', 'plain_language', 'web_form', 'verbal_staff', 'import', 'carrier_error_21610', 'booking', 'staff_decision'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** Append-only consent ledger: the latest row per (phone, kind) is the current state. */
export const ConsentEvent = defineEntity({
  name: 'ConsentEvent',
  tableName: 'consent_event',
  indexes: [{ properties: ['organizationId', 'phone', 'createdAt'] }],
  properties: {
    id: idColumn(),
    organizationId: p.uuid(),
    patientId: p.uuid().nullable(),
    phone: p.string(),
    kind: p.enum(CONSENT_KINDS),
    action: p.enum(CONSENT_ACTIONS),
    method: p.enum(CONSENT_METHODS),
    messageId: p.uuid().nullable(),
    staffId: p.uuid().nullable(),
    reason: p.text().nullable(),
    createdAt: createdAtColumn(),
  },
});
export type IConsentEvent = InferEntity<typeof ConsentEvent>;
