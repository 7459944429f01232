import { z } from 'zod';
import { appointmentRisk, idParams, instant, patientSummary } from './common.contract.js';
import { endpoint } from './endpoint.js';
import { APPOINTMENT_STATUSES, BOOKING_SOURCES, CONFIRMATION_STATUSES } from './vocabulary.js';

export const MAX_RANGE_DAYS = 31;
const DAY_MS = 24 * 60 * 60 * 1000;

const locationId = z.uuid({ error: 'must be a location id (UUID)' });
const instantParam = (name: string) =>
  z.iso.datetime({ offset: true, error: `must be an ISO 8601 date-time with a time zone, e.g. ${name === 'from' ? '2026-12-01T00:00:00-06:00' : '2026-12-02T00:00:00-06:00'}` });

/** GET /appointments: a half-open range [from, to) of at most 31 days. */
export const listAppointmentsQuery = z
  .object({ locationId, from: instantParam('from'), to: instantParam('to') })
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

// ---- Responses

export const appointmentView = z.object({
  id: z.uuid(),
  locationId: z.uuid(),
  startsAt: instant,
  durationMinutes: z.number().int(),
  providerName: z.string(),
  serviceName: z.string(),
  status: z.enum(APPOINTMENT_STATUSES),
  confirmationStatus: z.enum(CONFIRMATION_STATUSES),
  source: z.enum(BOOKING_SOURCES),
  patient: patientSummary,
  risk: appointmentRisk,
});
export type AppointmentView = z.output<typeof appointmentView>;

export const appointmentTimelineEntry = z.object({
  at: instant,
  /** event: from the booking system; reply: from the patient; sent/skipped/failed: our messages; decision: status changes and alerts. */
  kind: z.enum(['event', 'reply', 'sent', 'skipped', 'failed', 'decision']),
  detail: z.string(),
});
export type AppointmentTimelineEntry = z.output<typeof appointmentTimelineEntry>;

/** A step the workflow will take: id like "reminder:1d", "confirmation_request", "high_risk_check". */
export const appointmentUpcomingStep = z.object({ id: z.string(), kind: z.string(), at: instant });
export type AppointmentUpcomingStep = z.output<typeof appointmentUpcomingStep>;

export const appointmentDetail = appointmentView.extend({
  /** What the workflow did, oldest first; empty when it could not be asked. */
  timeline: z.array(appointmentTimelineEntry),
  /** Steps still to come, soonest first; empty when the workflow could not be asked. */
  upcoming: z.array(appointmentUpcomingStep),
  timelineAvailable: z.boolean(),
  /** The patient's conversation at this location (created if there was none). */
  conversationId: z.uuid(),
});
export type AppointmentDetail = z.output<typeof appointmentDetail>;

export const appointmentDaySummary = z.object({ date: z.string(), unconfirmed: z.number().int(), highRisk: z.number().int(), total: z.number().int() });
export type AppointmentDaySummary = z.output<typeof appointmentDaySummary>;

export const appointmentsEndpoints = [
  endpoint({ method: 'GET', path: '/api/appointments', tag: 'appointments', auth: 'session', query: listAppointmentsQuery, summary: `Appointments starting in [from, to) at a location (at most ${MAX_RANGE_DAYS} days)`, responses: { 200: { description: 'Appointments, earliest first', schema: z.array(appointmentView) } }, errors: { 403: ['LOCATION_FORBIDDEN'] } }),
  endpoint({ method: 'GET', path: '/api/appointments/summary', tag: 'appointments', auth: 'session', query: appointmentSummaryQuery, summary: "One day's counts in the location's time zone (\"N unconfirmed tomorrow\")", responses: { 200: { description: 'Counts', schema: appointmentDaySummary } }, errors: { 403: ['LOCATION_FORBIDDEN'], 404: ['LOCATION_NOT_FOUND'] } }),
  endpoint({ method: 'GET', path: '/api/appointments/:id', tag: 'appointments', auth: 'session', params: idParams, summary: "One appointment with its workflow's timeline and upcoming steps", responses: { 200: { description: 'The appointment', schema: appointmentDetail } }, errors: { 404: ['APPOINTMENT_NOT_FOUND'] } }),
] as const;
