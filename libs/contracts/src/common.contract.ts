import { z } from 'zod';

/** An id in a path: a UUID (anything else is answered 404, like an id that does not exist). */
export const idParams = z.object({ id: z.uuid() });

/** An ISO 8601 instant as the API writes it (`Date#toISOString`). */
export const instant = z.iso.datetime();

/** The error body of every non-2xx answer: a status, a sentence a person can act on, a stable code. */
export const apiErrorBody = z.object({
  statusCode: z.number().int(),
  /** Phone numbers in it are masked for staff without contact rights. */
  message: z.string(),
  /** Stable, machine-readable: VALIDATION_FAILED, FORBIDDEN, CONVERSATION_NOT_FOUND, … */
  code: z.string(),
  /** One line per invalid field (VALIDATION_FAILED). */
  details: z.array(z.string()).optional(),
  /** Quote it to support (500 only). */
  correlationId: z.string().optional(),
});
export type ApiErrorBody = z.output<typeof apiErrorBody>;

/** A patient as a list shows them; `phone` is full or masked `(•••) •••-0123` by the viewer's rights. */
export const patientSummary = z.object({ id: z.uuid(), firstName: z.string(), lastName: z.string(), phone: z.string() });
export type PatientSummary = z.output<typeof patientSummary>;

export const riskLevel = z.enum(['low', 'medium', 'high']);
export const appointmentRisk = z.object({
  /** 0 (no concern) … 100. */
  score: z.number(),
  level: riskLevel,
  /** Why, in words, most important first. */
  reasons: z.array(z.string()),
});
export type AppointmentRisk = z.output<typeof appointmentRisk>;
export type RiskLevel = z.output<typeof riskLevel>;
