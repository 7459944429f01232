import { ApplicationFailure } from '@temporalio/common';
import { NotFoundError } from '@mikro-orm/core';
import { failFastWhenRowIsGone } from './activity-errors.js';

describe('failFastWhenRowIsGone', () => {
  const activities = failFastWhenRowIsGone({
    gone: async () => {
      throw NotFoundError.findOneFailed('Appointment', { id: 'a-1' });
    },
    flaky: async () => {
      throw new Error('connection reset');
    },
    fine: async (x: number) => x * 2,
  });

  it('turns a missing row into a non-retryable failure that names the activity', async () => {
    const error = await activities.gone().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApplicationFailure);
    expect((error as ApplicationFailure).nonRetryable).toBe(true);
    expect((error as ApplicationFailure).type).toBe('RowGone');
    expect((error as ApplicationFailure).message).toMatch(/^gone: Appointment not found/);
  });

  it('leaves other errors retryable and results untouched', async () => {
    await expect(activities.flaky()).rejects.toThrow('connection reset');
    await expect(activities.fine(21)).resolves.toBe(42);
  });
});
