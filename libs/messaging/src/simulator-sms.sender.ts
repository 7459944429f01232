import { createHash } from 'node:crypto';
import { raw } from '@mikro-orm/core';
import { SimulatorMessage, type EntityManager } from '@beacon/db';
import { postSignedTwilioForm } from './twilio-signature.util.js';
import type { OutboundSms, SentSms, SmsSender } from './sms-sender.port.js';

export const SIMULATOR_ACCOUNT_SID = `AC${'0'.repeat(32)}`;

/**
 * The SID is derived from the idempotency key, so a repeated send of one message is stored once —
 * and counted in `duplicate_sends`, because a real carrier would have delivered it twice.
 */
export function simulatorSid(idempotencyKey: string): string {
  return `SM${createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 32)}`;
}

/**
 * Stands in for Twilio when no account is configured: "delivers" texts into the simulator_message
 * table (shown on the console's simulator page) and reports delivery back through the same signed
 * status webhook Twilio would call.
 */
export class SimulatorSmsSender implements SmsSender {
  readonly provider = 'simulator' as const;

  constructor(
    private readonly em: () => EntityManager,
    private readonly authToken: string,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  async send(message: OutboundSms): Promise<SentSms> {
    const sid = simulatorSid(message.idempotencyKey);
    await this.em()
      .createQueryBuilder(SimulatorMessage)
      .insert({
        sid,
        direction: 'to_patient',
        patientPhone: message.to,
        clinicPhone: message.from,
        body: message.body,
        mediaUrls: message.mediaUrls ?? [],
        createdAt: new Date(),
        id: crypto.randomUUID(),
      })
      .onConflict('sid')
      .merge({ duplicateSends: raw('simulator_message.duplicate_sends + 1') })
      .execute();
    if (message.statusCallbackUrl) this.reportDelivery(message, sid, message.statusCallbackUrl);
    return { providerSid: sid, status: 'sent' };
  }

  async findAccepted(message: OutboundSms): Promise<SentSms | null> {
    const sid = simulatorSid(message.idempotencyKey);
    const found = await this.em().findOne(SimulatorMessage, { sid });
    return found ? { providerSid: sid, status: 'sent' } : null;
  }

  private reportDelivery(message: OutboundSms, sid: string, url: string): void {
    setTimeout(() => {
      postSignedTwilioForm(
        url,
        { MessageSid: sid, SmsSid: sid, AccountSid: SIMULATOR_ACCOUNT_SID, From: message.from, To: message.to, MessageStatus: 'delivered', SmsStatus: 'delivered' },
        this.authToken,
      ).catch(this.onError);
    }, 200).unref();
  }
}
