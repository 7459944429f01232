import { Inject, Injectable } from '@nestjs/common';
import type { MikroORM } from '@beacon/db';
import { recordInboundMessage, type InboundResult, type InboundSms } from '@beacon/inbox';
import { INGEST_ORM } from '../core/tokens.js';

@Injectable()
export class InboundMessagesService {
  /** Deliveries of a MessageSid this instance is storing now: later copies wait for the same commit. */
  private readonly inFlight = new Map<string, Promise<InboundResult>>();

  constructor(@Inject(INGEST_ORM) private readonly orm: MikroORM) {}

  /**
   * Stores the text, its reading, any consent change and its follow-up work in one transaction;
   * Twilio is answered once that has committed (a retry of the same MessageSid changes nothing).
   *
   * Copies of one text that reach this instance while it is being stored share that store's
   * outcome — answered when it commits, failed when it fails (Twilio retries) — instead of each
   * holding a pooled connection while it waits on the sender's lock behind the first. Copies that
   * reach another instance, or arrive after the commit, are deduplicated by the database as before.
   */
  async receive(sms: InboundSms): Promise<InboundResult> {
    const running = this.inFlight.get(sms.providerSid);
    if (running) return running.then((r) => ({ ...r, duplicate: true }));
    const store = recordInboundMessage(this.orm.em.fork(), sms).finally(() => this.inFlight.delete(sms.providerSid));
    this.inFlight.set(sms.providerSid, store);
    return store;
  }
}
