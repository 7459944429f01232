import { ScheduleNotFoundError, type Client, type ScheduleDescription } from '@temporalio/client';

/** The schedule as Temporal describes it, or null while it does not exist. */
export function describeSchedule(temporal: Client, scheduleId: string): Promise<ScheduleDescription | null> {
  return temporal.schedule
    .getHandle(scheduleId)
    .describe()
    .catch((error: unknown) => {
      if (error instanceof ScheduleNotFoundError) return null;
      throw error;
    });
}
