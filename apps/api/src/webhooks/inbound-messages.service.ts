import { Inject, Injectable } from '@nestjs/common';
import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import type { AppConfig } from '@beacon/config';
import type { MikroORM } from '@beacon/db';
import { recordInboundMessage, type InboundSms } from '@beacon/inbox';
import { inboundWorkflowId } from '@beacon/workflows/inbound/definitions.js';
import { APP_CONFIG, ORM, TEMPORAL_CLIENT } from '../core/tokens.js';

@Injectable()
export class InboundMessagesService {
  constructor(
    @Inject(ORM) private readonly orm: MikroORM,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Stores the text, then hands it to its processing workflow (consent keywords, replies to
   * appointments). Both steps are idempotent, so Twilio's retry after any failure completes the job.
   */
  async receive(sms: InboundSms): Promise<void> {
    const stored = await recordInboundMessage(this.orm.em.fork(), sms);
    try {
      await this.temporal.workflow.start('inboundMessageWorkflow', {
        workflowId: inboundWorkflowId(stored.messageId),
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        args: [{ messageId: stored.messageId, ...(sms.mediaUrls.length ? { mediaUrls: sms.mediaUrls } : {}) }],
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
  }
}
