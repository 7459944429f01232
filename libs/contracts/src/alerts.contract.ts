import { z } from 'zod';
import { idParams, instant } from './common.contract.js';
import { endpoint } from './endpoint.js';
import { STAFF_ALERT_KINDS } from './vocabulary.js';

/** GET /alerts: the location whose open alerts to list. */
export const listAlertsQuery = z.object({ locationId: z.uuid({ error: 'must be a location id (UUID)' }) });
export type ListAlertsQuery = z.output<typeof listAlertsQuery>;

/** Something staff at a location should act on. */
export const alertView = z.object({
  id: z.uuid(),
  kind: z.enum(STAFF_ALERT_KINDS),
  message: z.string(),
  appointmentId: z.uuid().nullable(),
  patientId: z.uuid().nullable(),
  /** "Alex T.": who the alert is about (null for location-wide alerts such as the daily digest). */
  patientName: z.string().nullable(),
  createdAt: instant,
});
export type AlertView = z.output<typeof alertView>;

export const alertsEndpoints = [
  endpoint({ method: 'GET', path: '/api/alerts', tag: 'alerts', auth: 'session', query: listAlertsQuery, summary: 'Open staff alerts at a location, newest first', responses: { 200: { description: 'Alerts nobody acknowledged yet', schema: z.array(alertView) } }, errors: { 403: ['LOCATION_FORBIDDEN'] } }),
  endpoint({ method: 'POST', path: '/api/alerts/:id/acknowledge', tag: 'alerts', auth: 'session', params: idParams, summary: 'Mark an alert as handled (twice is harmless)', responses: { 204: { description: 'Acknowledged' } }, errors: { 404: ['ALERT_NOT_FOUND'] } }),
] as const;
