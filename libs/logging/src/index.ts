import { pino, type Logger } from 'pino';

export type { Logger } from 'pino';

/** Structured JSON logs (one object per line) with the service name on every line. */
export function createLogger(service: string, level = process.env['LOG_LEVEL'] ?? 'info'): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['password', '*.password', 'req.headers.cookie', 'req.headers.authorization', '*.authToken'], censor: '[redacted]' },
  });
}
