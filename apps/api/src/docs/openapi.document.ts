import { z } from 'zod';
import { API_ENDPOINTS, apiErrorBody, type Endpoint, type EndpointAuth } from '@beacon/contracts';

/** A JSON object, as OpenAPI documents are written. */
type Json = Record<string, unknown>;

const SECURITY_SCHEMES: Json = {
  session: { type: 'apiKey', in: 'cookie', name: 'beacon_session', description: 'Set by POST /api/auth/login (HttpOnly, SameSite=Lax). Signed-in staff.' },
  bookingKey: { type: 'apiKey', in: 'header', name: 'X-Beacon-Key', description: 'Booking-system integration key id.' },
  bookingTimestamp: { type: 'apiKey', in: 'header', name: 'X-Beacon-Timestamp', description: 'Unix time in seconds; requests older than 5 minutes are refused.' },
  bookingSignature: { type: 'apiKey', in: 'header', name: 'X-Beacon-Signature', description: 'Hex HMAC-SHA256 of "<X-Beacon-Timestamp>.<raw body>" with the integration secret.' },
  twilioSignature: { type: 'apiKey', in: 'header', name: 'X-Twilio-Signature', description: "Twilio's request signature (HMAC-SHA1 of the URL and sorted form fields with the auth token)." },
};

const SECURITY: Record<EndpointAuth, Json[]> = {
  session: [{ session: [] }],
  'booking-hmac': [{ bookingKey: [], bookingTimestamp: [], bookingSignature: [] }],
  'twilio-signature': [{ twilioSignature: [] }],
  public: [],
};

/** JSON Schema (2020-12, what OpenAPI 3.1 uses) of what a caller sends, or of what the API answers. */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Json {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', reused: 'inline' }) as Json;
  return rest;
}

/** Path and query parameters: one per property of the (object) schema. */
function parameters(schema: z.ZodType | undefined, where: 'path' | 'query'): Json[] {
  if (!schema) return [];
  const s = jsonSchema(schema, 'input');
  const properties = (s.properties ?? {}) as Record<string, Json>;
  const required = new Set((s.required ?? []) as string[]);
  return Object.entries(properties).map(([name, p]) => {
    const { description, ...propSchema } = p;
    return { name, in: where, required: where === 'path' || required.has(name), schema: propSchema, ...(description ? { description } : {}) };
  });
}

const errorResponse = (description: string, codes: readonly string[]): Json => ({
  description: `${description} Codes: ${codes.join(', ')}.`,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } },
});

/** The errors any endpoint of this kind can answer, then the ones it lists itself. */
function errorResponses(e: Endpoint): Record<string, Json> {
  const codes = new Map<number, Set<string>>();
  const add = (status: number, ...list: string[]) => list.forEach((c) => codes.set(status, (codes.get(status) ?? new Set()).add(c)));
  if (e.params || e.query || e.body) add(400, 'VALIDATION_FAILED');
  if (e.body) add(400, 'BAD_REQUEST');
  if (e.params) add(404, 'NOT_FOUND');
  if (e.auth === 'session') add(401, 'NOT_SIGNED_IN');
  if (e.permissions?.length) add(403, 'PERMISSION_DENIED');
  if (e.body) add(413, 'PAYLOAD_TOO_LARGE');
  for (const [status, list] of Object.entries(e.errors ?? {})) add(Number(status), ...list);
  add(503, 'BUSY');
  const text: Record<number, string> = { 400: 'The request is invalid.', 401: 'Not signed in.', 403: 'Not allowed.', 404: 'Not found.', 409: 'Conflicts with the current state.', 413: 'Too large.', 415: 'Unsupported media type.', 422: 'Cannot be done.', 429: 'Too many attempts.', 502: 'An upstream service failed.', 503: 'Busy: nothing was saved, retry in a few seconds.' };
  return Object.fromEntries([...codes].sort(([a], [b]) => a - b).map(([status, set]) => [String(status), errorResponse(text[status] ?? 'Error.', [...set])]));
}

function operation(e: Endpoint): Json {
  const responses: Record<string, Json> = {};
  for (const [status, r] of Object.entries(e.responses)) {
    if (r.schema) responses[status] = { description: r.description, content: { 'application/json': { schema: jsonSchema(r.schema, 'output') } } };
    else if (r.contentType) responses[status] = { description: r.description, content: { [r.contentType]: { schema: { type: 'string' } } } };
    else responses[status] = { description: r.description };
  }
  Object.assign(responses, errorResponses(e));
  const permissions = e.permissions?.length ? `\n\nNeeds: ${e.permissions.join(', ')}.` : '';
  return {
    tags: [e.tag],
    summary: e.summary,
    ...(e.description || permissions ? { description: `${e.description ?? ''}${permissions}`.trim() } : {}),
    operationId: `${e.method.toLowerCase()}${e.path.replace(/^\/api/, '').replace(/[^a-zA-Z0-9]+(\w)/g, (_, c: string) => c.toUpperCase())}`,
    security: SECURITY[e.auth],
    parameters: [...parameters(e.params, 'path'), ...parameters(e.query, 'query')],
    ...(e.body ? { requestBody: { required: true, content: { [e.bodyType ?? 'application/json']: { schema: jsonSchema(e.body, 'input') } } } } : {}),
    responses,
  };
}

/** OpenAPI 3.1 document of every operation in API_ENDPOINTS (served at /api/docs/openapi.json). */
export function openApiDocument(): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const e of API_ENDPOINTS) {
    const path = e.path.replace(/:(\w+)/g, '{$1}');
    (paths[path] ??= {})[e.method.toLowerCase()] = operation(e);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Beacon API',
      version: '0.1.0',
      description:
        'Patient messaging for medical spas: booking-system integration, inbox, calendar, settings, simulator. Generated from `@beacon/contracts`, the schemas the API validates with. Every error answers `{ statusCode, message, code, details?, correlationId? }`.',
    },
    servers: [{ url: '/' }],
    paths,
    components: { securitySchemes: SECURITY_SCHEMES, schemas: { ApiError: jsonSchema(apiErrorBody, 'output') } },
  };
}
