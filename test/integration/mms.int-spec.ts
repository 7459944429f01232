import { randomUUID } from 'node:crypto';
import { Message, SimulatorMessage } from '@beacon/db';
import { postSignedTwilioForm } from '@beacon/messaging';
import { RunningSystem } from '../support/running-system.js';
import { eventually } from '../support/eventually.js';
import { TEST_AUTH_TOKEN } from '../support/test-env.js';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const PATIENT = '+15125550130';

interface MessageView {
  id: string;
  direction: string;
  status: string;
  media: { id: string; contentType: string; url: string }[];
}

describe('MMS: pictures sent by staff and received from patients, stored encrypted, served to authorised staff', () => {
  let system: RunningSystem;
  let frontdesk: string;
  let conversationId: string;

  const upload = async (cookie: string, path: string, bytes: Buffer, name: string, type: string) => {
    const form = new FormData();
    form.append('file', new Blob([bytes], { type }), name);
    const res = await fetch(`${system.baseUrl}${path}`, { method: 'POST', headers: { cookie }, body: form });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const json = async (cookie: string, path: string, init: RequestInit = {}) => {
    const res = await fetch(`${system.baseUrl}${path}`, { ...init, headers: { cookie, 'content-type': 'application/json', ...init.headers } });
    return { status: res.status, body: (await res.json()) as unknown };
  };

  beforeAll(async () => {
    system = await RunningSystem.start();
    frontdesk = await system.login('frontdesk@glow.test');
    const status = await postSignedTwilioForm(
      `${system.baseUrl}/api/webhooks/twilio/sms`,
      { MessageSid: `SM${'c'.repeat(32)}`, AccountSid: `AC${'1'.repeat(32)}`, From: PATIENT, To: '+15125550100', Body: 'Can you send me the aftercare sheet?', NumMedia: '0' },
      TEST_AUTH_TOKEN,
    );
    expect(status).toBe(200);
    conversationId = (await system.orm.em.fork().findOneOrFail(Message, { providerSid: `SM${'c'.repeat(32)}` })).conversationId;
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('refuses files that are not pictures, or over 5 MB, with a sentence staff can act on', async () => {
    const text = await upload(frontdesk, `/api/conversations/${conversationId}/media`, Buffer.from('just text'), 'notes.txt', 'image/png');
    expect(text.status).toBe(415);
    expect(text.body['message']).toBe('"notes.txt" is not a picture we can text. Attach a PNG, JPEG, GIF or WebP image.');
    const big = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]);
    const tooBig = await upload(frontdesk, `/api/conversations/${conversationId}/media`, big, 'huge.png', 'image/png');
    expect(tooBig.status).toBe(413);
    expect(tooBig.body['message']).toBe('This picture is 5.0 MB; pictures can be at most 5 MB. Choose a smaller one or shrink it first.');
  });

  it('sends a picture once through the durable path; the provider fetches it from a short-lived signed link', async () => {
    const uploaded = await upload(frontdesk, `/api/conversations/${conversationId}/media`, PNG, 'aftercare.png', 'image/png');
    expect(uploaded.status).toBe(201);
    const mediaId = uploaded.body['id'] as string;

    // Stored encrypted: the bytes never appear in the clear in the database.
    const [row] = await system.orm.em.fork().getConnection().execute<{ data_encrypted: Buffer }[]>('select data_encrypted from message_media where id = ?', [mediaId]);
    expect(row?.data_encrypted.includes(PNG)).toBe(false);

    const sent = await json(frontdesk, `/api/conversations/${conversationId}/messages`, { method: 'POST', body: JSON.stringify({ body: 'Here you go', clientMessageId: randomUUID(), mediaIds: [mediaId] }) });
    expect(sent.status).toBe(202);
    const message = sent.body as MessageView;
    expect(message.media.map((m) => m.id)).toEqual([mediaId]);
    await eventually(async () => (await system.orm.em.fork().findOneOrFail(Message, message.id)).status === 'delivered', 'delivered');

    const received = (await system.orm.em.fork().find(SimulatorMessage, { patientPhone: PATIENT })).find((m) => m.body === 'Here you go')!;
    expect(received).toBeDefined();
    expect(received.mediaUrls).toHaveLength(1);
    const link = received.mediaUrls[0]!;
    expect(link.startsWith(`${system.baseUrl}/api/public/media/${mediaId}?expires=`)).toBe(true);
    const fetched = await fetch(link);
    expect(fetched.status).toBe(200);
    expect(Buffer.from(await fetched.arrayBuffer()).equals(PNG)).toBe(true);
    // Embeddable from another origin (the simulator page on the console's origin shows it), unlike the rest of the API.
    expect(fetched.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(fetched.headers.get('x-content-type-options')).toBe('nosniff');
    // A different first character of the signature (replacing it by a fixed one left it unchanged
    // whenever the signature began with that character: 1 run in 64 passed a good link as "tampered").
    expect((await fetch(link.replace(/sig=(.)/, (_, c: string) => `sig=${c === 'x' ? 'y' : 'x'}`))).status).toBe(403);
    // The simulator page shows it from its own origin (the console's CSP allows only its own images, and with
    // `npm start` the console's origin is not PUBLIC_BASE_URL's): the path of the same signed link.
    const threads = (await json(frontdesk, '/api/simulator/threads')).body as { phone: string; messages: { body: string; mediaUrls: string[] }[] }[];
    const shown = threads.find((t) => t.phone === PATIENT)!.messages.find((m) => m.body === 'Here you go')!;
    expect(shown.mediaUrls).toEqual([link.slice(system.baseUrl.length)]);

    const again = await json(frontdesk, `/api/conversations/${conversationId}/messages`, { method: 'POST', body: JSON.stringify({ body: 'again', clientMessageId: randomUUID(), mediaIds: [mediaId] }) });
    expect(again.status).toBe(422);
  });

  it('serves pictures only to staff who may see the conversation', async () => {
    const thread = (await json(frontdesk, `/api/conversations/${conversationId}/messages`)).body as MessageView[];
    const url = thread.find((m) => m.media.length)!.media[0]!.url;
    const mine = await fetch(`${system.baseUrl}${url}`, { headers: { cookie: frontdesk } });
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toBe('image/png');
    // A staff member's (cookie) picture stays same-origin only.
    expect(mine.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(Buffer.from(await mine.arrayBuffer()).equals(PNG)).toBe(true);
    const sd = await system.login('frontdesk.sd@glow.test');
    expect((await fetch(`${system.baseUrl}${url}`, { headers: { cookie: sd } })).status).toBe(403);
    expect((await fetch(`${system.baseUrl}${url}`)).status).toBe(401);
  });

  it('fetches an inbound MMS picture from the provider and keeps it with the message', async () => {
    const picture = await upload(frontdesk, '/api/simulator/media', PNG, 'rash.png', 'image/png');
    expect(picture.status).toBe(201);
    const reply = await json(frontdesk, '/api/simulator/inbound', { method: 'POST', body: JSON.stringify({ from: PATIENT, to: '+15125550100', body: '', mediaIds: [picture.body['id']] }) });
    expect(reply.status).toBe(202);
    const inbound = await eventually(async () => {
      const thread = (await json(frontdesk, `/api/conversations/${conversationId}/messages`)).body as (MessageView & { body: string })[];
      return thread.find((m) => m.direction === 'inbound' && m.media.length > 0);
    }, 'inbound picture stored');
    expect(inbound.body).toBe('(picture message)');
    const bytes = await fetch(`${system.baseUrl}${inbound.media[0]!.url}`, { headers: { cookie: frontdesk } });
    expect(Buffer.from(await bytes.arrayBuffer()).equals(PNG)).toBe(true);
  });
});
