import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import type { Response } from 'express';
import type { MikroORM } from '@beacon/db';
import { Public } from '../auth/session.guard.js';
import { ORM, TEMPORAL_CLIENT } from '../core/tokens.js';
import type { HealthView } from '@beacon/contracts';

@Controller('health')
export class HealthController {
  constructor(
    @Inject(ORM) private readonly orm: MikroORM,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
  ) {}

  /** 200 when PostgreSQL and Temporal both answer; 503 naming what is down otherwise. */
  @Public()
  @Get()
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthView> {
    const check = async (fn: () => Promise<unknown>) => {
      try {
        await fn();
        return 'ok' as const;
      } catch {
        return 'down' as const;
      }
    };
    const [database, temporal] = await Promise.all([
      check(() => this.orm.em.fork().execute('select 1')),
      check(() => this.temporal.workflowService.getSystemInfo({})),
    ]);
    const ok = database === 'ok' && temporal === 'ok';
    res.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'degraded', checks: { database, temporal } };
  }
}
