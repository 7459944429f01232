import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express from 'express';
import helmet from 'helmet';
import type { AppConfig } from '@beacon/config';
import { createOrm, migrate } from '@beacon/db';
import { dataKeyRingFromEnv } from '@beacon/security';
import { createLogger, type Logger } from '@beacon/logging';
import { createTemporalClient } from '@beacon/temporal-runtime';
import { classifyMessage } from '@beacon/compliance';
import { AppModule } from './app.module.js';
import { PinoNestLogger } from './common/pino-nest.logger.js';
import { openApiDocument } from './docs/openapi.document.js';

/** Builds the API (not yet listening). Used by main.ts and by the integration and browser tests. */
export async function createApi(config: AppConfig, logger: Logger = createLogger('api', config.LOG_LEVEL)): Promise<NestExpressApplication> {
  // Requests wait up to 30 s for a connection under a burst (then 503 + Retry-After, nothing written).
  const ring = dataKeyRingFromEnv(config);
  const orm = await createOrm({ databaseUrl: config.DATABASE_URL, poolMax: config.DATABASE_POOL_MAX, acquireTimeoutMs: 30_000, dataCipher: ring });
  const ingestOrm = await createOrm({ databaseUrl: config.DATABASE_URL, poolMax: config.DATABASE_INGEST_POOL_MAX, acquireTimeoutMs: 30_000, dataCipher: ring });
  const applied = await migrate(orm, ring);
  if (applied.length) logger.info({ applied }, 'database migrated');
  const temporal = await createTemporalClient({ address: config.TEMPORAL_ADDRESS, namespace: config.TEMPORAL_NAMESPACE });
  // The classifier trains its models on first use (~0.2-0.5 s): at start, not on the first patient's text.
  classifyMessage('', {});

  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, orm, ingestOrm, temporal, logger }), {
    rawBody: true,
    logger: new PinoNestLogger(logger),
    bodyParser: true,
  });
  app.setGlobalPrefix('api');
  app.set('trust proxy', 'loopback');
  app.useBodyParser('json', { limit: '1mb' });
  app.useBodyParser('urlencoded', { limit: '1mb', extended: false });
  app.use(cookieParser());
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { 'default-src': ["'self'"], 'connect-src': ["'self'", 'ws:', 'wss:'], 'img-src': ["'self'", 'data:', 'blob:'], 'style-src': ["'self'", "'unsafe-inline'"] },
      },
    }),
  );
  if (config.CORS_ORIGINS) app.enableCors({ origin: config.CORS_ORIGINS.split(',').map((o) => o.trim()), credentials: true });
  app.enableShutdownHooks();

  // Generated from @beacon/contracts (the schemas the controllers validate with), not from decorators.
  SwaggerModule.setup('api/docs', app, openApiDocument() as unknown as OpenAPIObject, { jsonDocumentUrl: 'api/docs/openapi.json' });

  if (config.CONSOLE_DIST) serveConsole(app, resolve(config.CONSOLE_DIST));
  return app;
}

/** Serves the built console (single-page app) from the API, for tests and single-process setups. */
function serveConsole(app: NestExpressApplication, dir: string): void {
  const root = existsSync(join(dir, 'browser', 'index.html')) ? join(dir, 'browser') : dir;
  app.use(express.static(root, { index: false }));
  app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api') || req.path.startsWith('/socket.io')) return next();
    // The root option: the dotfile check then covers only 'index.html', not a path like .data/console.
    res.sendFile('index.html', { root });
  });
}
