import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { EncryptedText } from '../encryption/encrypted-text.type.js';
import { createdAtColumn, idColumn } from './common.js';

/** What the local SMS simulator "carried": texts to patients' phones and their replies. */
export const SimulatorMessage = defineEntity({
  name: 'SimulatorMessage',
  tableName: 'simulator_message',
  indexes: [{ properties: ['patientPhone', 'createdAt'] }],
  properties: {
    id: idColumn(),
    sid: p.string().unique(),
    direction: p.enum(['to_patient', 'from_patient'] as const),
    patientPhone: p.string(),
    clinicPhone: p.string(),
    /** Encrypted at rest too: the simulator's copy is a copy of the patient's text. */
    body: p.string().type(EncryptedText),
    mediaUrls: p.json<string[]>(),
    /** Times the same message (same idempotency key) was handed over again — a real carrier would deliver each. */
    duplicateSends: p.integer().default(0),
    createdAt: createdAtColumn(),
  },
});
export type ISimulatorMessage = InferEntity<typeof SimulatorMessage>;
