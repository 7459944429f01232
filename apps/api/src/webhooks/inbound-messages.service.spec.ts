import type { MikroORM } from '@beacon/db';
import type { InboundResult, InboundSms } from '@beacon/inbox';
import { InboundMessagesService } from './inbound-messages.service.js';

/**
 * Copies of one Twilio delivery that reach one API instance together share the first one's store:
 * one transaction, one answer for all — a failure included, so Twilio retries every copy. The store
 * itself (recordInboundMessage) runs in `em.transactional`, which this stand-in controls.
 */
describe('InboundMessagesService', () => {
  const sms = (sid: string): InboundSms => ({ providerSid: sid, from: '+15125550100', to: '+15125550199', body: 'hi', mediaUrls: [] });
  const stored = (sid: string): InboundResult => ({ messageId: `m-${sid}`, conversationId: 'c', locationId: 'l', patientId: 'p', duplicate: false });

  function serviceWithControlledStore() {
    const pending: { resolve: (r: InboundResult) => void; reject: (e: Error) => void }[] = [];
    const orm = { em: { fork: () => ({ transactional: () => new Promise<InboundResult>((resolve, reject) => pending.push({ resolve, reject })) }) } } as unknown as MikroORM;
    return { service: new InboundMessagesService(orm), pending };
  }

  it('stores five concurrent copies of one text once and answers all of them when it commits', async () => {
    const { service, pending } = serviceWithControlledStore();
    const copies = Array.from({ length: 5 }, () => service.receive(sms('SM1')));
    const other = service.receive(sms('SM2'));
    expect(pending).toHaveLength(2);
    pending[0]!.resolve(stored('SM1'));
    pending[1]!.resolve(stored('SM2'));
    const answers = await Promise.all(copies);
    expect(answers.map((a) => a.messageId)).toEqual(Array(5).fill('m-SM1'));
    expect(answers.filter((a) => a.duplicate)).toHaveLength(4);
    expect((await other).messageId).toBe('m-SM2');
  });

  it('fails every waiting copy when the store fails, and stores again on the next delivery', async () => {
    const { service, pending } = serviceWithControlledStore();
    const copies = Array.from({ length: 3 }, () => service.receive(sms('SM3')));
    pending[0]!.reject(new Error('connection lost'));
    await expect(Promise.all(copies)).rejects.toThrow('connection lost');
    const results = await Promise.allSettled(copies);
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
    const retry = service.receive(sms('SM3'));
    expect(pending).toHaveLength(2);
    pending[1]!.resolve(stored('SM3'));
    expect(await retry).toMatchObject({ messageId: 'm-SM3', duplicate: false });
  });

  it('stores a copy that arrives after the first committed again (the database deduplicates it)', async () => {
    const { service, pending } = serviceWithControlledStore();
    const first = service.receive(sms('SM4'));
    pending[0]!.resolve(stored('SM4'));
    await first;
    void service.receive(sms('SM4'));
    expect(pending).toHaveLength(2);
  });
});
