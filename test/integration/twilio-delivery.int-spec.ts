import { randomUUID } from 'node:crypto';
import { ConsentEvent, Message } from '@beacon/db';
import { postSignedTwilioForm, twilioErrorText } from '@beacon/messaging';
import { eventually } from '../support/eventually.js';
import { behaviours, FakeTwilioServer } from '../support/fake-twilio-server.js';
import { RunningSystem } from '../support/running-system.js';
import { TEST_AUTH_TOKEN } from '../support/test-env.js';

const ACCOUNT_SID = `AC${'7'.repeat(32)}`;
const CLINIC = '+15125550100'; // Glow Aesthetics - Austin's sending number

/**
 * The running system (API + worker + Temporal) with SMS_PROVIDER=twilio and the real TwilioSmsSender,
 * its REST calls going to a loopback Twilio: what the "carrier" really got.
 */
describe('delivery through the real Twilio adapter (running system, loopback Twilio)', () => {
  let fake: FakeTwilioServer;
  let system: RunningSystem;
  let frontdesk: string;
  let austin: string;
  let sid = 0;

  const api = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(`${system.baseUrl}${path}`, { ...init, headers: { cookie: frontdesk, 'content-type': 'application/json', ...init.headers } });
    return { status: res.status, body: (await res.json()) as unknown };
  };
  /** A patient texts the clinic (signed inbound webhook), which opens their conversation. */
  const conversationWith = async (phone: string): Promise<string> => {
    const status = await postSignedTwilioForm(
      `${system.baseUrl}/api/webhooks/twilio/sms`,
      { MessageSid: `SM${String(++sid).padStart(32, 'a')}`, AccountSid: ACCOUNT_SID, From: phone, To: CLINIC, Body: 'Hi, quick question', NumMedia: '0' },
      TEST_AUTH_TOKEN,
    );
    expect(status).toBe(200);
    return eventually(async () => {
      const page = (await api(`/api/conversations?locationId=${austin}&limit=100`)).body as { conversations: { id: string; patient: { phone: string } }[] };
      return page.conversations.find((c) => c.patient.phone === phone)?.id;
    }, `conversation of ${phone}`);
  };
  const reply = async (conversationId: string, body: string, clientMessageId = randomUUID()) => {
    const res = await api(`/api/conversations/${conversationId}/messages`, { method: 'POST', body: JSON.stringify({ body, clientMessageId }) });
    expect(res.status).toBe(202);
    return (res.body as { id: string }).id;
  };
  const carrierGot = (to: string, body: string) => fake.accepted.filter((m) => m.resource.to === to && m.resource.body === body);
  const messageRow = (id: string) => system.orm.em.fork().findOneOrFail(Message, id);

  beforeAll(async () => {
    fake = await new FakeTwilioServer(ACCOUNT_SID, TEST_AUTH_TOKEN).start();
    fake.statusCallbacks = true;
    system = await RunningSystem.start({ SMS_PROVIDER: 'twilio', TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_API_BASE_URL: fake.url, TWILIO_TIMEOUT_MS: '1000' });
    austin = system.org.locations.austin.id;
    frontdesk = await system.login('frontdesk@glow.test');
  });

  afterAll(async () => {
    await system?.stop();
    await fake?.stop();
  });

  it('a staff reply reaches Twilio exactly once, and Twilio’s signed status callbacks mark it delivered', async () => {
    const patient = '+15125550161';
    const c = await conversationWith(patient);
    const clientMessageId = randomUUID();
    const [first, second] = await Promise.all([reply(c, 'Yes, parking is free.', clientMessageId), reply(c, 'Yes, parking is free.', clientMessageId)]);
    expect(second).toBe(first);

    const row = await eventually(async () => {
      const m = await messageRow(first);
      return m.status === 'delivered' ? m : null;
    }, 'the reply delivered');
    const got = carrierGot(patient, 'Yes, parking is free.');
    expect(got).toHaveLength(1);
    expect(row.providerSid).toBe(got[0]!.resource.sid);
    expect(got[0]!.resource.from).toBe(CLINIC);
    expect(got[0]!.statusCallback).toBe(`${system.baseUrl}/api/webhooks/twilio/status`);
    expect(fake.callbackResults.map((r) => r.status)).toEqual([204, 204]); // sent, delivered: signatures accepted
  });

  it('a send whose answer never comes is retried by the workflow, which finds it at Twilio instead of texting twice', async () => {
    const patient = '+15125550162';
    const c = await conversationWith(patient);
    fake.next(behaviours.acceptThenHang());
    const id = await reply(c, 'Your results are ready to discuss.');

    const row = await eventually(
      async () => {
        const m = await messageRow(id);
        return m.status === 'delivered' || m.status === 'sent' ? m : null;
      },
      'the reply recorded as sent after the retry',
      60_000,
    );
    const got = carrierGot(patient, 'Your results are ready to discuss.');
    expect(got).toHaveLength(1);
    expect(row.providerSid).toBe(got[0]!.resource.sid);
    // Two activity attempts: the hung POST, then a lookup (GET) that found it — no second POST.
    expect(fake.sendRequests().filter((r) => r.form.get('To') === patient && r.form.get('Body') === 'Your results are ready to discuss.')).toHaveLength(1);
    expect(fake.listRequests().filter((r) => r.query.get('To') === patient).length).toBeGreaterThanOrEqual(1);
  });

  it('a carrier-reported 21610 (status callback) records the opt-out in the consent ledger', async () => {
    const patient = '+15125550163';
    const c = await conversationWith(patient);
    fake.callbackError = 21610;
    try {
      const id = await reply(c, 'We have an opening tomorrow.');
      const row = await eventually(async () => {
        const m = await messageRow(id);
        return m.status === 'failed' ? m : null;
      }, 'the reply failed');
      expect(row.errorCode).toBe('21610');
      const ledger = await eventually(() => system.orm.em.fork().findOne(ConsentEvent, { phone: patient, action: 'opt_out' }), 'the opt-out in the ledger');
      expect(ledger.method).toBe('carrier_error_21610');
    } finally {
      fake.callbackError = null;
    }
  });

  // Real Twilio answers the POST itself with 21610 for a number that replied STOP: the send path records it.
  it('a 21610 refusal of the send call itself records the opt-out in the consent ledger', async () => {
    const patient = '+15125550164';
    const c = await conversationWith(patient);
    fake.optedOutNumbers.add(patient);
    const id = await reply(c, 'Are you still coming on Friday?');
    const row = await eventually(async () => {
      const m = await messageRow(id);
      return m.status === 'failed' ? m : null;
    }, 'the reply failed');
    expect(row.errorCode).toBe('21610');
    expect(row.errorMessage).toBe(twilioErrorText('21610'));
    expect(carrierGot(patient, 'Are you still coming on Friday?')).toHaveLength(0);
    const ledger = await eventually(() => system.orm.em.fork().findOne(ConsentEvent, { phone: patient, action: 'opt_out' }), 'the opt-out in the ledger', 5_000);
    expect(ledger.method).toBe('carrier_error_21610');
  });
});
