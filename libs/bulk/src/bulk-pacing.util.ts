/** Toll-free area codes (NANP). */
const TOLL_FREE = /^\+1(800|833|844|855|866|877|888)\d{7}$/;

/** Carrier defaults: a toll-free number sends 3 texts/s; a 10DLC number gets 4/s at the lowest trust score (more once registered higher). */
export const TOLL_FREE_RATE_PER_SECOND = 3;
export const TEN_DLC_RATE_PER_SECOND = 4;
import { MAX_RATE_PER_SECOND } from '@beacon/contracts';
export { MAX_RATE_PER_SECOND };

export type SendingNumberType = 'toll_free' | '10dlc';

export function sendingNumberType(e164: string): SendingNumberType {
  return TOLL_FREE.test(e164) ? 'toll_free' : '10dlc';
}

/** The rate a send uses: what staff (or the deployment) configured, else the default of the number's type. */
export function bulkRatePerSecond(fromNumber: string, configured?: number | null): number {
  if (configured && configured > 0) return Math.min(Math.floor(configured), MAX_RATE_PER_SECOND);
  return sendingNumberType(fromNumber) === 'toll_free' ? TOLL_FREE_RATE_PER_SECOND : TEN_DLC_RATE_PER_SECOND;
}

/**
 * Pacing for one batch from a number shared by every send from it: the batch may leave at
 * `max(nextAt, now)` if that is now, and the number's next slot moves on by `count / rate` seconds.
 * Returns how long to wait instead when the number's slot is still ahead.
 */
export function paceBatch(nextAt: Date | null, now: Date, count: number, ratePerSecond: number): { waitMs: number } | { nextAt: Date; batchMs: number } {
  const start = Math.max(nextAt?.getTime() ?? 0, now.getTime());
  const waitMs = start - now.getTime();
  if (waitMs > 20) return { waitMs };
  const batchMs = Math.ceil((count * 1000) / ratePerSecond);
  return { nextAt: new Date(start + batchMs), batchMs };
}
