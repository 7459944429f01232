import { SmsSendError, TwilioSmsSender, twilioErrorText, type OutboundSms } from '@beacon/messaging';
import { behaviours, FakeTwilioServer } from '../support/fake-twilio-server.js';
import { freePort } from '../support/test-env.js';

const ACCOUNT_SID = `AC${'5'.repeat(32)}`;
const AUTH_TOKEN = 'fake-twilio-auth-token-0123456789';
const CLINIC = '+15125550100';
const PATIENT = '+15125550142';

/** The real adapter (official SDK) against a loopback Twilio: what the carrier got, per request. */
describe('TwilioSmsSender against a Twilio-compatible server', () => {
  let fake: FakeTwilioServer;
  let n = 0;
  const sender = (options: { timeoutMs?: number; authToken?: string; apiBaseUrl?: string } = {}) =>
    new TwilioSmsSender(ACCOUNT_SID, options.authToken ?? AUTH_TOKEN, { timeoutMs: options.timeoutMs ?? 2_000, apiBaseUrl: options.apiBaseUrl ?? fake.url });
  const sms = (overrides: Partial<OutboundSms> = {}): OutboundSms => ({ from: CLINIC, to: PATIENT, body: `Your appointment is confirmed (${++n}).`, idempotencyKey: `key-${n}`, ...overrides });
  const sendError = async (promise: Promise<unknown>): Promise<SmsSendError> => {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SmsSendError);
    return error as SmsSendError;
  };
  /** What the send path does on a retry: ask first, send only if the earlier attempt is not there. */
  const retry = async (message: OutboundSms, since: Date) => (await sender().findAccepted(message, since)) ?? (await sender().send(message));

  beforeEach(async () => {
    fake = await new FakeTwilioServer(ACCOUNT_SID, AUTH_TOKEN).start();
  });
  afterEach(async () => {
    await fake.stop();
  });

  it('sends through the official SDK: one authenticated POST, the SID Twilio gave, everything the text needs', async () => {
    const message = sms({ mediaUrls: ['https://beacon.example/m/1.jpg', 'https://beacon.example/m/2.jpg'], statusCallbackUrl: 'https://beacon.example/api/webhooks/twilio/status' });
    const sent = await sender().send(message);

    expect(fake.accepted).toHaveLength(1);
    const [got] = fake.accepted;
    expect(sent).toEqual({ providerSid: got!.resource.sid, status: 'queued' });
    expect(sent.providerSid).toMatch(/^SM[0-9a-f]{32}$/);
    expect(got!.resource).toMatchObject({ from: CLINIC, to: PATIENT, body: message.body, num_media: '2' });
    expect(got!.mediaUrls).toEqual(message.mediaUrls);
    expect(got!.statusCallback).toBe(message.statusCallbackUrl);
    expect(fake.sendRequests()).toHaveLength(1);
    expect(fake.sendRequests()[0]!.authorized).toBe(true);
    expect(fake.sendRequests()[0]!.path).toBe(`/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`);
  });

  it('waits for a slow Twilio that answers within the timeout', async () => {
    fake.next(behaviours.accept(500));
    const sent = await sender({ timeoutMs: 2_000 }).send(sms());
    expect(sent.providerSid).toBe(fake.accepted[0]!.resource.sid);
  });

  it('gives up on a hung call at the timeout with an ambiguous, retryable "timeout" — and the retry finds the text instead of sending it twice', async () => {
    const message = sms({ statusCallbackUrl: 'https://beacon.example/api/webhooks/twilio/status' });
    const since = new Date();
    fake.next(behaviours.acceptThenHang());
    const started = Date.now();
    const error = await sendError(sender({ timeoutMs: 700 }).send(message));
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(error).toMatchObject({ code: 'timeout', retryable: true, ambiguous: true });
    expect(error.message).toMatch(/did not answer within 700 ms/);
    expect(fake.sendRequests()).toHaveLength(1); // the SDK did not retry on its own
    expect(fake.accepted).toHaveLength(1); // …but the carrier has it

    // Still queued at Twilio (no date_sent yet): a DateSent filter would miss it; findAccepted does not.
    expect(fake.accepted[0]!.resource.date_sent).toBeNull();
    const again = await retry(message, since);
    expect(again.providerSid).toBe(fake.accepted[0]!.resource.sid);
    expect(fake.accepted).toHaveLength(1);
    expect(fake.sendRequests()).toHaveLength(1);
  });

  it('after a timeout whose request never reached Twilio, the retry sends it — once', async () => {
    const message = sms();
    const since = new Date();
    fake.next(behaviours.hang());
    expect(await sendError(sender({ timeoutMs: 500 }).send(message))).toMatchObject({ code: 'timeout', retryable: true, ambiguous: true });
    expect(fake.accepted).toHaveLength(0);

    const sent = await retry(message, since);
    expect(fake.accepted.map((m) => m.resource.sid)).toEqual([sent.providerSid]);
    expect(await sender().findAccepted(message, since)).toEqual({ providerSid: sent.providerSid, status: 'queued' });
  });

  it('treats 5xx and 429 as retryable, sending nothing and making exactly one attempt', async () => {
    fake.next(behaviours.serverError(500), behaviours.serverError(503), behaviours.tooManyRequests());
    const e500 = await sendError(sender().send(sms()));
    const e503 = await sendError(sender().send(sms()));
    const e429 = await sendError(sender().send(sms()));
    expect(e500).toMatchObject({ code: '20500', retryable: true, ambiguous: true });
    expect(e503).toMatchObject({ code: '20500', retryable: true, ambiguous: true });
    expect(e500.message).toMatch(/HTTP 500.*An internal server error has occurred/);
    // Twilio refused before taking the text: nothing to look for.
    expect(e429).toMatchObject({ code: '20429', retryable: true, ambiguous: false });
    expect(e429.message).toBe(twilioErrorText('20429'));
    expect(fake.sendRequests()).toHaveLength(3); // no SDK auto-retry on 429
    expect(fake.accepted).toHaveLength(0);
  });

  it('treats 21610 (opted out) and 21211 (invalid number) as permanent, in words staff can act on', async () => {
    fake.optedOutNumbers.add(PATIENT);
    const optedOut = await sendError(sender().send(sms()));
    expect(optedOut).toMatchObject({ code: '21610', retryable: false, ambiguous: false });
    expect(optedOut.message).toBe(twilioErrorText('21610'));
    expect(optedOut.message).toBe('The patient has opted out of texts from this number (replied STOP).');

    const invalid = await sendError(sender().send(sms({ to: '+1555' })));
    expect(invalid).toMatchObject({ code: '21211', retryable: false, ambiguous: false });
    expect(invalid.message).toBe('The phone number is not valid.');

    fake.next(behaviours.optedOut(), behaviours.invalidNumber());
    expect(await sendError(sender().send(sms({ to: '+15125550143' })))).toMatchObject({ code: '21610', retryable: false });
    expect(await sendError(sender().send(sms({ to: '+15125550143' })))).toMatchObject({ code: '21211', retryable: false });
    expect(fake.accepted).toHaveLength(0);
  });

  it('sends the account SID and auth token as Basic auth; a wrong token is a permanent 20003, nothing sent', async () => {
    const error = await sendError(sender({ authToken: 'not-the-right-token-0000000000' }).send(sms()));
    expect(error).toMatchObject({ code: '20003', retryable: false });
    expect(error.message).toMatch(/credentials/);
    expect(fake.sendRequests()[0]!.authorized).toBe(false);
    expect(fake.accepted).toHaveLength(0);
    expect(await sendError(sender({ authToken: 'not-the-right-token-0000000000' }).findAccepted(sms(), new Date()))).toMatchObject({ code: '20003' });
  });

  it('reports an unreachable Twilio as retryable and not ambiguous (nothing left the machine)', async () => {
    const closed = `http://127.0.0.1:${await freePort()}`;
    expect(await sendError(sender({ apiBaseUrl: closed }).send(sms()))).toMatchObject({ code: 'unreachable', retryable: true, ambiguous: false });
  });

  it('findAccepted matches From + To + exact body inside the window, returns the earliest, and reads every page', async () => {
    const body = 'See you Tuesday at 3pm.';
    const since = new Date(Date.now() - 10 * 60_000);
    const earliest = fake.seed({ from: CLINIC, to: PATIENT, body, createdAt: new Date(since.getTime() + 30_000) });
    // Things that must not match: before the window, another patient, another clinic number, another body.
    fake.seed({ from: CLINIC, to: PATIENT, body, createdAt: new Date(since.getTime() - 60_000), status: 'delivered' });
    fake.seed({ from: CLINIC, to: '+15125550199', body, createdAt: new Date(since.getTime() + 20_000) });
    fake.seed({ from: '+15125550101', to: PATIENT, body, createdAt: new Date(since.getTime() + 20_000) });
    fake.seed({ from: CLINIC, to: PATIENT, body: `${body} `, createdAt: new Date(since.getTime() + 10_000) });
    // A later identical text, and 120 newer other texts: the earliest match is on the second page.
    const later = fake.seed({ from: CLINIC, to: PATIENT, body, createdAt: new Date(since.getTime() + 60_000), status: 'delivered' });
    for (let i = 0; i < 120; i++) fake.seed({ from: CLINIC, to: PATIENT, body: `Reminder ${i}`, createdAt: new Date(since.getTime() + 120_000 + i * 1000) });

    const found = await sender().findAccepted(sms({ body }), since);
    expect(found).toEqual({ providerSid: earliest.resource.sid, status: 'queued' });
    expect(found?.providerSid).not.toBe(later.resource.sid);
    const lists = fake.listRequests();
    expect(lists).toHaveLength(2); // 100 a page
    expect(lists.every((r) => r.authorized)).toBe(true);
    expect(lists[0]!.query.get('To')).toBe(PATIENT);
    expect(lists[0]!.query.get('From')).toBe(CLINIC);
    expect(lists[0]!.query.get('DateSent>')).toBeNull();
    expect(lists[1]!.query.get('Page')).toBe('1');

    // A SID the caller already recorded for another (identical) message is never taken for this one.
    expect(await sender().findAccepted(sms({ body }), since, { excludeSids: [earliest.resource.sid] })).toEqual({ providerSid: later.resource.sid, status: 'sent' });
    expect(await sender().findAccepted(sms({ body }), since, { excludeSids: [earliest.resource.sid, later.resource.sid] })).toBeNull();

    expect(await sender().findAccepted(sms({ body: 'Never sent' }), since)).toBeNull();
    // Twilio's dates are whole seconds: a text accepted in the same second as `since` still counts.
    const justNow = fake.seed({ from: CLINIC, to: '+15125550177', body });
    expect(await sender().findAccepted(sms({ to: '+15125550177', body }), new Date(justNow.createdAt.getTime() + 999 - (justNow.createdAt.getTime() % 1000)))).toEqual({
      providerSid: justNow.resource.sid,
      status: 'queued',
    });
  });

  it('findAccepted on a hung list call fails as a retryable timeout instead of hanging the activity', async () => {
    const hungServer = await freePort();
    // A server that accepts the connection and never answers.
    const { createServer } = await import('node:net');
    const sockets: import('node:net').Socket[] = [];
    const silent = createServer((s) => sockets.push(s)).listen(hungServer, '127.0.0.1');
    try {
      const started = Date.now();
      expect(await sendError(sender({ apiBaseUrl: `http://127.0.0.1:${hungServer}`, timeoutMs: 500 }).findAccepted(sms(), new Date()))).toMatchObject({ code: 'timeout', retryable: true });
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      sockets.forEach((s) => s.destroy());
      await new Promise((r) => silent.close(r));
    }
  });
});
