import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import type { AppConfig } from '@beacon/config';
import type { MikroORM } from '@beacon/db';
import type { Logger } from '@beacon/logging';
import { createSmsSender, SMS_SENDER } from '@beacon/messaging';
import { dataKeyRingFromEnv } from '@beacon/security';
import { APP_CONFIG, DATA_KEY_RING, INGEST_ORM, LOGGER, ORM, TEMPORAL_CLIENT } from './tokens.js';

export interface CoreResources {
  config: AppConfig;
  orm: MikroORM;
  /** Webhooks and booking events (see INGEST_ORM); defaults to `orm`. */
  ingestOrm?: MikroORM;
  temporal: Client;
  logger: Logger;
}

/** Process-wide resources, created by the composition root (main.ts or a test) and shared by every module. */
@Global()
@Module({})
export class CoreModule implements OnApplicationShutdown {
  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(ORM) private readonly orm: MikroORM,
    @Inject(INGEST_ORM) private readonly ingestOrm: MikroORM,
  ) {}

  static forRoot(resources: CoreResources): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: resources.config },
        { provide: ORM, useValue: resources.orm },
        { provide: INGEST_ORM, useValue: resources.ingestOrm ?? resources.orm },
        { provide: TEMPORAL_CLIENT, useValue: resources.temporal },
        { provide: LOGGER, useValue: resources.logger },
        { provide: DATA_KEY_RING, useValue: dataKeyRingFromEnv(resources.config) },
        {
          provide: SMS_SENDER,
          useValue: createSmsSender(resources.config, () => resources.orm.em.fork(), (err) => resources.logger.warn({ err }, 'simulator delivery report failed')),
        },
      ],
      exports: [APP_CONFIG, ORM, INGEST_ORM, TEMPORAL_CLIENT, LOGGER, DATA_KEY_RING, SMS_SENDER],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.temporal.connection.close();
    if (this.ingestOrm !== this.orm) await this.ingestOrm.close();
  }
}
