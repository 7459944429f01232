import { Message, SimulatorMessage } from '@beacon/db';
import { postSignedTwilioForm } from '@beacon/messaging';
import { RunningSystem } from '../support/running-system.js';
import { TEST_AUTH_TOKEN } from '../support/test-env.js';
import { inboundProcessed, timesSentToProvider } from '../support/settled.js';

const CLOSED_ALL_WEEK = { '0': [], '1': [], '2': [], '3': [], '4': [], '5': [], '6': [] };
const OPEN_ALL_DAY = [{ open: '00:00', close: '12:00' }, { open: '12:00', close: '00:00' }];
const OPEN_ALL_WEEK = { '0': OPEN_ALL_DAY, '1': OPEN_ALL_DAY, '2': OPEN_ALL_DAY, '3': OPEN_ALL_DAY, '4': OPEN_ALL_DAY, '5': OPEN_ALL_DAY, '6': OPEN_ALL_DAY };
const REPLY = 'Glow Aesthetics - Austin: We are closed right now and will text you back when we open. For a medical emergency call 911 or Dr. Lee at (512) 555-0142.';

describe('after-hours auto-responder', () => {
  let system: RunningSystem;
  let owner: string;
  let austin: string;
  let sid = 0;

  const api = async (cookie: string, path: string, init: RequestInit = {}) => {
    const res = await fetch(`${system.baseUrl}${path}`, { ...init, headers: { cookie, 'content-type': 'application/json', ...init.headers } });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const settings = (businessHours: object, extra: object = {}) =>
    api(owner, `/api/locations/${austin}/after-hours`, {
      method: 'PUT',
      body: JSON.stringify({ businessHours, enabled: true, message: 'We are closed right now and will text you back when we open.', emergencyContact: 'For a medical emergency call 911 or Dr. Lee at (512) 555-0142.', closures: [], ...extra }),
    });
  /** Posts a signed patient text and waits until its processing workflow has finished. */
  const patientTexts = async (from: string, body: string) => {
    const messageSid = `SM${String(++sid).padStart(32, 'a')}`;
    const status = await postSignedTwilioForm(`${system.baseUrl}/api/webhooks/twilio/sms`, { MessageSid: messageSid, AccountSid: `AC${'1'.repeat(32)}`, From: from, To: '+15125550100', Body: body, NumMedia: '0' }, TEST_AUTH_TOKEN);
    expect(status).toBe(200);
    const stored = await system.orm.em.fork().findOneOrFail(Message, { providerSid: messageSid });
    await inboundProcessed(system, stored.id);
    return stored;
  };
  const afterHoursReplies = async (phone: string) => (await system.orm.em.fork().find(Message, { toNumber: phone, kind: 'after_hours_reply' })).map((m) => m.body);

  beforeAll(async () => {
    system = await RunningSystem.start();
    owner = await system.login('owner@glow.test');
    austin = system.org.locations.austin.id;
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('lets an owner set hours and the message, and refuses bad input or staff without the permission', async () => {
    const saved = await settings(CLOSED_ALL_WEEK, { closures: [{ date: '2026-12-25', name: 'Christmas' }] });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ enabled: true, openNow: false, preview: REPLY, closures: [{ date: '2026-12-25', name: 'Christmas' }] });

    const badTime = await settings({ ...CLOSED_ALL_WEEK, '1': [{ open: '9am', close: '17:00' }] });
    expect(badTime.status).toBe(400);
    expect(badTime.body['message']).toMatch(/HH:MM/);
    const noMessage = await api(owner, `/api/locations/${austin}/after-hours`, { method: 'PUT', body: JSON.stringify({ businessHours: CLOSED_ALL_WEEK, enabled: true, message: '' }) });
    expect(noMessage.status).toBe(400);
    expect(noMessage.body['message']).toMatch(/Write the message patients receive/);
    const frontdesk = await system.login('frontdesk@glow.test');
    expect((await api(frontdesk, `/api/locations/${austin}/after-hours`, { method: 'PUT', body: JSON.stringify({ businessHours: CLOSED_ALL_WEEK, enabled: false, message: '' }) })).status).toBe(403);
    expect((await api(frontdesk, `/api/locations/${austin}/after-hours`)).body['preview']).toBe(REPLY);
  });

  it('answers a text while closed once, recorded in the thread as automated, and not again within 12 hours', async () => {
    await settings(CLOSED_ALL_WEEK);
    await patientTexts('+15125550120', 'Are you open tomorrow?');
    expect(await afterHoursReplies('+15125550120')).toEqual([REPLY]);
    const reply = await system.orm.em.fork().findOneOrFail(Message, { toNumber: '+15125550120', kind: 'after_hours_reply' });
    expect(reply.automated).toBe(true);
    expect(reply.status).not.toBe('blocked');
    await patientTexts('+15125550120', 'Hello??');
    expect(await afterHoursReplies('+15125550120')).toEqual([REPLY]);
    // Bodies are encrypted at rest: read them back and compare in the clear.
    expect((await system.orm.em.fork().find(SimulatorMessage, { patientPhone: '+15125550120' })).filter((m) => m.body === REPLY)).toHaveLength(1);
    expect(await timesSentToProvider(system, { patientPhone: '+15125550120', body: REPLY })).toBe(1);
  });

  it('never answers keywords or answers to our questions (HELP, C, R, STOP)', async () => {
    await settings(CLOSED_ALL_WEEK);
    await patientTexts('+15125550121', 'HELP');
    await patientTexts('+15125550122', 'C');
    await patientTexts('+15125550123', 'r');
    expect(await afterHoursReplies('+15125550121')).toEqual([]);
    expect(await afterHoursReplies('+15125550122')).toEqual([]);
    expect(await afterHoursReplies('+15125550123')).toEqual([]);
  });

  it('never texts an opted-out number', async () => {
    await settings(CLOSED_ALL_WEEK);
    await patientTexts('+15125550124', 'STOP');
    await patientTexts('+15125550124', 'actually, what time do you open?');
    expect(await afterHoursReplies('+15125550124')).toEqual([]);
  });

  it('stays quiet while the location is open or when the reply is switched off', async () => {
    expect((await settings(OPEN_ALL_WEEK)).body['openNow']).toBe(true);
    await patientTexts('+15125550125', 'Quick question about my visit');
    expect(await afterHoursReplies('+15125550125')).toEqual([]);
    await settings(CLOSED_ALL_WEEK, { enabled: false });
    await patientTexts('+15125550126', 'Quick question about my visit');
    expect(await afterHoursReplies('+15125550126')).toEqual([]);
  });
});
