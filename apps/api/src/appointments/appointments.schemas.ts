import { z } from 'zod';

export const MAX_RANGE_DAYS = 31;
const DAY_MS = 24 * 60 * 60 * 1000;

const locationId = z.uuid({ error: 'must be a location id (UUID)' });
const instant = (name: string) =>
  z.iso.datetime({ offset: true, error: `must be an ISO 8601 date-time with a time zone, e.g. ${name === 'from' ? '2026-12-01T00:00:00-06:00' : '2026-12-02T00:00:00-06:00'}` });

/** GET /appointments: a half-open range [from, to) of at most 31 days. */
export const listAppointmentsQuery = z
  .object({ locationId, from: instant('from'), to: instant('to') })
  .transform((q) => ({ locationId: q.locationId, from: new Date(q.from), to: new Date(q.to) }))
  .superRefine((q, ctx) => {
    const span = q.to.getTime() - q.from.getTime();
    if (span <= 0) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be later than from' });
    else if (span > MAX_RANGE_DAYS * DAY_MS) ctx.addIssue({ code: 'custom', path: ['to'], message: `must be at most ${MAX_RANGE_DAYS} days after from` });
  });
export type ListAppointmentsQuery = z.output<typeof listAppointmentsQuery>;

/** GET /appointments/summary: one calendar day in the location's own time zone. */
export const appointmentSummaryQuery = z.object({ locationId, date: z.iso.date({ error: 'must be a calendar date, YYYY-MM-DD' }) });
export type AppointmentSummaryQuery = z.output<typeof appointmentSummaryQuery>;
