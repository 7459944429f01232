import { ApplicationFailure } from '@temporalio/common';
import { NotFoundError } from '@mikro-orm/core';

type ActivityFn = (...args: never[]) => Promise<unknown>;

/**
 * An activity whose row no longer exists (deleted, purged) can never succeed: fail it at once as
 * non-retryable, named in the Temporal Web UI, instead of retrying forever.
 */
export function failFastWhenRowIsGone<T extends object>(activities: T): T {
  const wrapped: Record<string, ActivityFn> = {};
  for (const [name, fn] of Object.entries(activities) as [string, ActivityFn][]) {
    wrapped[name] = async (...args: never[]) => {
      try {
        return await fn(...args);
      } catch (error) {
        if (error instanceof NotFoundError) throw ApplicationFailure.nonRetryable(`${name}: ${error.message} — it no longer exists, so retrying cannot help`, 'RowGone');
        throw error;
      }
    };
  }
  return wrapped as T;
}
