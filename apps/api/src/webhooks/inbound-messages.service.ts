import { Inject, Injectable } from '@nestjs/common';
import type { MikroORM } from '@beacon/db';
import { recordInboundMessage, type InboundSms } from '@beacon/inbox';
import { INGEST_ORM } from '../core/tokens.js';

@Injectable()
export class InboundMessagesService {
  constructor(@Inject(INGEST_ORM) private readonly orm: MikroORM) {}

  /**
   * Stores the text, its reading, any consent change and its follow-up work in one transaction;
   * Twilio is answered once that has committed (a retry of the same MessageSid changes nothing).
   */
  async receive(sms: InboundSms): Promise<void> {
    await recordInboundMessage(this.orm.em.fork(), sms);
  }
}
