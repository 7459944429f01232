import { z } from 'zod';
import { isValidTimeZone } from '@beacon/scheduling';
import { e164PhoneSchema } from './phone-number.schema.js';
import { idParams } from './common.contract.js';
import { endpoint } from './endpoint.js';

const phone = e164PhoneSchema();
const timeZone = z.string({ error: 'is required' }).refine(isValidTimeZone, { message: 'must be a time zone like America/Chicago' });

/** POST /locations — a new clinic location (owners / staff who manage settings). */
export const createLocationBody = z.strictObject({
  name: z.string({ error: 'is required' }).trim().min(2, 'must be at least 2 characters').max(120, 'must be at most 120 characters'),
  timeZone,
  phoneNumber: phone,
  address: z.string().trim().max(500, 'must be at most 500 characters').default(''),
});
export type CreateLocationBody = z.output<typeof createLocationBody>;

/** PATCH /locations/:id — any of the same fields. */
export const updateLocationBody = createLocationBody.partial().refine((b) => Object.keys(b).length > 0, { message: 'change at least one of name, timeZone, phoneNumber, address' });
export type UpdateLocationBody = z.output<typeof updateLocationBody>;

export const locationView = z.object({ id: z.uuid(), name: z.string(), timeZone: z.string(), phoneNumber: z.string(), address: z.string() });
export type LocationView = z.output<typeof locationView>;

export const locationsEndpoints = [
  endpoint({ method: 'GET', path: '/api/locations', tag: 'locations', auth: 'session', summary: 'The locations you work at', responses: { 200: { description: 'Locations', schema: z.array(locationView) } } }),
  endpoint({ method: 'POST', path: '/api/locations', tag: 'locations', auth: 'session', permissions: ['manageSettings'], body: createLocationBody, summary: 'Add a clinic location', responses: { 201: { description: 'Created', schema: locationView } }, errors: { 409: ['LOCATION_NUMBER_TAKEN'] } }),
  endpoint({ method: 'PATCH', path: '/api/locations/:id', tag: 'locations', auth: 'session', permissions: ['manageSettings'], params: idParams, body: updateLocationBody, summary: 'Change a location', responses: { 200: { description: 'The location now', schema: locationView } }, errors: { 404: ['LOCATION_NOT_FOUND'], 409: ['LOCATION_NUMBER_TAKEN'] } }),
] as const;
