import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '@beacon/config';
import type { MikroORM } from '@beacon/db';
import type { Logger } from '@beacon/logging';
import { createMediaDeps, handoverLeaseMs, sendQueuedMessage, type OutboundActivityDeps, type OutboundResult } from '@beacon/inbox';
import type { SmsSender } from '@beacon/messaging';
import { UsageAlertMonitor } from '@beacon/plans';
import { APP_CONFIG, LOGGER, ORM, SMS_SENDER } from '../core/tokens.js';

/** Immediate attempts in flight per API instance; beyond this a reply waits for its workflow. */
const MAX_IN_FLIGHT = 8;

/**
 * A staff reply is handed to the provider right after it is committed, without waiting for its
 * turn on a Temporal server that a burst keeps busy. The `outbound-<id>` workflow (started through
 * the outbox in the same transaction) remains responsible: it retries, and finds the reply already
 * sent or waits for this attempt's hand-over lease, so the patient gets it exactly once.
 */
@Injectable()
export class ImmediateDeliveryService implements OnApplicationShutdown {
  private readonly deps: OutboundActivityDeps;
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    @Inject(ORM) orm: MikroORM,
    @Inject(SMS_SENDER) sender: SmsSender,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    const em = () => orm.em.fork();
    const usage = new UsageAlertMonitor({ onError: (error) => this.logger.warn({ err: error }, 'usage alert check failed') });
    this.deps = {
      em,
      sender,
      handoverLeaseMs: handoverLeaseMs(config, sender.provider),
      statusCallbackUrl: `${config.PUBLIC_BASE_URL}/api/webhooks/twilio/status`,
      mediaUrlsFor: createMediaDeps(config, em).mediaUrlsFor,
      textsRecorded: usage.textsRecorded,
    };
  }

  /** Starts an attempt in the background (never throws; the workflow covers every failure). */
  attempt(messageId: string): void {
    if (this.inFlight.size >= MAX_IN_FLIGHT) return;
    void this.attemptNow(messageId);
  }

  /**
   * Makes the attempt and returns its outcome, or null when it did not complete (the outbound
   * workflow retries); never throws. For callers that show the outcome at once (the test send).
   */
  attemptNow(messageId: string): Promise<OutboundResult | null> {
    const run = sendQueuedMessage(this.deps, messageId).then(
      (result) => result,
      (err: unknown) => {
        this.logger.info({ err, messageId }, 'immediate send did not complete; the outbound workflow will retry');
        return null;
      },
    );
    this.inFlight.add(run);
    void run.finally(() => this.inFlight.delete(run));
    return run;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }
}
