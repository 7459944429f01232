import { z } from 'zod';

export const sendMessageInput = z.strictObject({
  body: z.string().trim().min(1, 'cannot be empty').max(1600, 'is too long for a text (1600 characters at most)'),
  /** Staff saw the identifier warning and chose "Send anyway" (audited). */
  allowIdentifiers: z.boolean().default(false),
  /** Same value on a retry = same message (double clicks and flaky networks never text twice). */
  clientMessageId: z.uuid({ error: 'must be a UUID the console generates per message' }).optional(),
});
export type SendMessageInput = z.output<typeof sendMessageInput>;

export const reconsentInput = z.strictObject({
  kind: z.enum(['transactional', 'marketing']).default('transactional'),
  reason: z.string().trim().min(5, 'say how the patient agreed, e.g. "Patient asked at the front desk on 11/25 to get texts again"').max(500),
});
export type ReconsentInput = z.output<typeof reconsentInput>;
