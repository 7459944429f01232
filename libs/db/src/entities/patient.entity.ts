import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { EncryptedText } from '../encryption/encrypted-text.type.js';
import { createdAtColumn, idColumn } from './common.js';

export const Patient = defineEntity({
  name: 'Patient',
  tableName: 'patient',
  uniques: [{ properties: ['organizationId', 'phone'] }],
  properties: {
    id: idColumn(),
    organizationId: p.uuid().index(),
    firstName: p.string(),
    lastName: p.string(),
    /** E.164, e.g. +15125550123 */
    phone: p.string(),
    email: p.string().nullable(),
    /** Free-text notes staff keep about the patient (context panel); encrypted at rest. */
    notes: p.string().type(EncryptedText).default(''),
    /** Marked VIP by staff (a text from them alerts staff; see also the location's lifetime-spend rule). */
    vip: p.boolean().default(false),
    createdAt: createdAtColumn(),
    /** Blind-index tokens of name and phone for search; maintained by SearchIndexSubscriber. */
    searchTokens: p.array().default([]).lazy(),
  },
});
export type IPatient = InferEntity<typeof Patient>;
