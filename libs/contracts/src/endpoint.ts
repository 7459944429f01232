import type { z } from 'zod';

/**
 * How a caller proves who it is:
 * - `session`: the `beacon_session` cookie from POST /api/auth/login (staff in the console);
 * - `twilio-signature`: Twilio's `X-Twilio-Signature` over the URL and form fields;
 * - `booking-hmac`: `X-Beacon-Key`, `X-Beacon-Timestamp` and `X-Beacon-Signature`
 *   (hex HMAC-SHA256 of "<timestamp>.<raw body>" with the integration secret);
 * - `public`: nothing (health, docs, sign-in, media links handed to the SMS provider).
 */
export type EndpointAuth = 'session' | 'public' | 'twilio-signature' | 'booking-hmac';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface EndpointResponse {
  description: string;
  /** The JSON body; absent for 204 and for non-JSON bodies (see `contentType`). */
  schema?: z.ZodType;
  /** For a body that is not JSON (CSV, TwiML, a picture). */
  contentType?: string;
}

/**
 * One operation of the API: the single description the controller validates with, the OpenAPI
 * document is generated from, and the console types its calls with.
 */
export interface Endpoint {
  method: HttpMethod;
  /** Express-style, with the global prefix: `/api/conversations/:id`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  auth: EndpointAuth;
  /** Permission flags the caller needs (all of them); a signed-in person without one gets 403. */
  permissions?: readonly string[];
  params?: z.ZodObject;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Defaults to application/json. */
  bodyType?: 'application/json' | 'application/x-www-form-urlencoded' | 'multipart/form-data';
  /** Success responses by status. */
  responses: Readonly<Record<number, EndpointResponse>>;
  /** Error responses beyond the ones every endpoint of its kind can give, status → codes. */
  errors?: Readonly<Record<number, readonly string[]>>;
}

/** Declares one endpoint (keeps the literal types of its schemas for the console). */
export function endpoint<const E extends Endpoint>(e: E): E {
  return e;
}

/** The JSON body type an endpoint answers `status` with. */
export type ResponseOf<E extends Endpoint, S extends keyof E['responses'] = 200> = E['responses'][S] extends { schema: infer T extends z.ZodType } ? z.output<T> : never;
