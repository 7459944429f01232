import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { AppConfig } from '@beacon/config';
import type { MikroORM } from '@beacon/db';
import type { Logger } from '@beacon/logging';
import { LoopbackSmtpServer, storeLocalMail } from '@beacon/notifications';
import { APP_CONFIG, LOGGER, ORM } from '../core/tokens.js';

/** With SMTP_LOCAL_SERVER=true (`npm start`) the API runs the SMTP server notification email goes to, on loopback, and keeps what arrives. */
@Injectable()
export class LocalSmtpServer implements OnModuleInit, OnApplicationShutdown {
  private server: LoopbackSmtpServer | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ORM) private readonly orm: MikroORM,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.config.SMTP_LOCAL_SERVER) return;
    const server = new LoopbackSmtpServer((mail) => storeLocalMail(this.orm.em.fork(), mail));
    const port = await server.listen(this.config.SMTP_PORT);
    this.server = server;
    this.logger.info({ port }, 'local SMTP server listening on loopback');
  }

  async onApplicationShutdown(): Promise<void> {
    await this.server?.close();
  }
}
