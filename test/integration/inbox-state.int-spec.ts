import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { Message, SimulatorMessage } from '@beacon/db';
import { postSignedTwilioForm } from '@beacon/messaging';
import { RunningSystem } from '../support/running-system.js';
import { eventually } from '../support/eventually.js';
import { TEST_AUTH_TOKEN } from '../support/test-env.js';
import { timesSentToProvider, workflowsSettled } from '../support/settled.js';
import { outboundWorkflowId } from '@beacon/workflows/outbound/definitions.js';

interface ConversationView {
  id: string;
  locationId: string;
  status: 'open' | 'closed';
  starred: boolean;
  unread: boolean;
  assignedTo: { id: string; name: string } | null;
  lastMessageAt: string;
  patient: { id: string; phone: string };
}
interface Page {
  conversations: ConversationView[];
  nextCursor: string | null;
}
interface Pushed {
  seq: number;
  locationId: string;
  patientId: string;
  conversationId: string;
}

/** Records every event a socket receives, in arrival order. */
class Recorder {
  readonly seen: { name: string; payload: Pushed & Record<string, unknown> }[] = [];
  constructor(socket: Socket) {
    socket.onAny((name: string, payload: Pushed & Record<string, unknown>) => this.seen.push({ name, payload }));
  }
  async next(name: string, predicate: (p: Pushed & Record<string, unknown>) => boolean, timeoutMs = 30_000) {
    return eventually(async () => this.seen.find((e) => e.name === name && predicate(e.payload))?.payload, `${name} event`, timeoutMs, 25);
  }
  seqs(): number[] {
    return this.seen.flatMap((e) => (e.name !== 'ready' && typeof e.payload?.seq === 'number' ? [e.payload.seq] : []));
  }
}

async function connect(system: RunningSystem, cookie: string, since?: number): Promise<{ socket: Socket; events: Recorder; readySeq: number }> {
  const socket = io(system.baseUrl, { path: '/socket.io', extraHeaders: { cookie }, transports: ['websocket'], reconnection: false, ...(since !== undefined ? { auth: { since } } : {}) });
  const events = new Recorder(socket);
  const ready = await new Promise<{ seq: number }>((resolve, reject) => {
    socket.once('ready', resolve);
    socket.once('connect_error', reject);
  });
  return { socket, events, readySeq: ready.seq };
}

describe('unified inbox: status, assignment, star, unread per staff, filters, cursor pages, live updates', () => {
  let system: RunningSystem;
  let frontdesk: string;
  let owner: string;
  let austin: string;
  let sid = 0;

  const api = async (cookie: string, path: string, init: RequestInit = {}) => {
    const res = await fetch(`${system.baseUrl}${path}`, { ...init, headers: { cookie, 'content-type': 'application/json', ...init.headers } });
    return { status: res.status, body: (await res.json()) as unknown };
  };
  const list = async (cookie: string, query: string) => (await api(cookie, `/api/conversations?${query}`)).body as Page;
  const patientTexts = async (from: string, body: string) => {
    const status = await postSignedTwilioForm(
      `${system.baseUrl}/api/webhooks/twilio/sms`,
      { MessageSid: `SM${String(++sid).padStart(32, '0')}`, AccountSid: `AC${'1'.repeat(32)}`, From: from, To: '+15125550100', Body: body, NumMedia: '0' },
      TEST_AUTH_TOKEN,
    );
    expect(status).toBe(200);
  };
  const conversationOf = async (cookie: string, phone: string) =>
    eventually(async () => (await list(cookie, `locationId=${austin}&limit=100`)).conversations.find((c) => c.patient.phone === phone), `conversation of ${phone}`);

  beforeAll(async () => {
    system = await RunningSystem.start();
    austin = system.org.locations.austin.id;
    frontdesk = await system.login('frontdesk@glow.test');
    owner = await system.login('owner@glow.test');
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('tracks unread per staff member: reading it clears it only for the reader', async () => {
    await patientTexts('+15125550110', 'Is parking free?');
    const c = await conversationOf(frontdesk, '+15125550110');
    expect(c.unread).toBe(true);
    expect((await list(frontdesk, `locationId=${austin}&filter=unread`)).conversations.map((x) => x.id)).toContain(c.id);
    expect(((await api(frontdesk, `/api/conversations/counts?locationId=${austin}`)).body as { unread: number }).unread).toBe(1);

    await api(frontdesk, `/api/conversations/${c.id}/messages`);
    expect((await list(frontdesk, `locationId=${austin}&filter=unread`)).conversations.map((x) => x.id)).not.toContain(c.id);
    expect((await list(owner, `locationId=${austin}&filter=unread`)).conversations.map((x) => x.id)).toContain(c.id);

    const again = await api(frontdesk, `/api/conversations/${c.id}/read-state`, { method: 'PUT', body: JSON.stringify({ unread: true }) });
    expect((again.body as ConversationView).unread).toBe(true);
  });

  it('assigns only to staff who can see the thread, and tells every console live', async () => {
    const c = await conversationOf(frontdesk, '+15125550110');
    const { socket, events } = await connect(system, owner);
    try {
      const people = (await api(frontdesk, `/api/conversations/${c.id}/assignees`)).body as { id: string; name: string }[];
      expect(people.map((p) => p.name)).toContain('Olivia Reyes');
      expect(people.map((p) => p.name)).not.toContain('Sam Ortiz'); // San Diego only

      const sdStaffId = (await system.orm.em.fork().getConnection().execute<{ id: string }[]>(`select id from staff where email = 'frontdesk.sd@glow.test'`))[0]!.id;
      const refused = await api(frontdesk, `/api/conversations/${c.id}`, { method: 'PATCH', body: JSON.stringify({ assignedStaffId: sdStaffId }) });
      expect(refused.status).toBe(422);
      expect((refused.body as { message: string }).message).toBe('Sam Ortiz does not work at this location, so they could not see this conversation. Pick someone who does.');

      const ownerId = people.find((p) => p.name === 'Olivia Reyes')!.id;
      const assigned = await api(frontdesk, `/api/conversations/${c.id}`, { method: 'PATCH', body: JSON.stringify({ assignedStaffId: ownerId, starred: true }) });
      expect(assigned.status).toBe(200);
      expect((assigned.body as ConversationView).assignedTo).toEqual({ id: ownerId, name: 'Olivia Reyes' });

      const pushed = await events.next('conversation.updated', (p) => p.conversationId === c.id && (p['conversation'] as ConversationView).assignedTo?.id === ownerId);
      expect(pushed.locationId).toBe(austin);
      expect(pushed.patientId).toBe(c.patient.id);
      expect((pushed['conversation'] as ConversationView).starred).toBe(true);

      expect((await list(owner, `locationId=${austin}&filter=assigned_to_me`)).conversations.map((x) => x.id)).toEqual([c.id]);
      expect((await list(frontdesk, `locationId=${austin}&filter=assigned_to_me`)).conversations).toEqual([]);
      expect((await list(frontdesk, `filter=starred`)).conversations.map((x) => x.id)).toEqual([c.id]);
    } finally {
      socket.disconnect();
    }
  });

  it('closes a thread and reopens it when the patient texts again', async () => {
    const c = await conversationOf(frontdesk, '+15125550110');
    const closed = await api(frontdesk, `/api/conversations/${c.id}`, { method: 'PATCH', body: JSON.stringify({ status: 'closed' }) });
    expect((closed.body as ConversationView).status).toBe('closed');
    expect((await list(frontdesk, `locationId=${austin}&filter=closed`)).conversations.map((x) => x.id)).toEqual([c.id]);
    expect((await list(frontdesk, `locationId=${austin}&filter=open`)).conversations.map((x) => x.id)).not.toContain(c.id);

    await patientTexts('+15125550110', 'One more question');
    await eventually(async () => ((await api(frontdesk, `/api/conversations/${c.id}`)).body as ConversationView).status === 'open', 'reopened');
    expect((await list(frontdesk, `locationId=${austin}&filter=open`)).conversations.map((x) => x.id)).toContain(c.id);
  });

  it('keeps other locations out and answers bad input with a 4xx', async () => {
    const sd = await system.login('frontdesk.sd@glow.test');
    const c = await conversationOf(frontdesk, '+15125550110');
    expect((await api(sd, `/api/conversations/${c.id}`, { method: 'PATCH', body: JSON.stringify({ starred: false }) })).status).toBe(403);
    expect((await api(sd, `/api/conversations?locationId=${austin}`)).status).toBe(403);
    expect((await list(sd, 'filter=all')).conversations.map((x) => x.id)).not.toContain(c.id);
    expect((await api(frontdesk, `/api/conversations?filter=mine`)).status).toBe(400);
    expect((await api(frontdesk, `/api/conversations?cursor=garbage`)).status).toBe(400);
    expect((await api(frontdesk, `/api/conversations/${c.id}`, { method: 'PATCH', body: JSON.stringify({}) })).status).toBe(400);
  });

  it('pages through every conversation by last activity with a cursor, without gaps or repeats', async () => {
    for (let i = 0; i < 7; i++) await patientTexts(`+151255502${String(i).padStart(2, '0')}`, `hello ${i}`);
    const full = await eventually(async () => {
      const all = await list(frontdesk, `locationId=${austin}&limit=100`);
      return all.conversations.length >= 8 && all;
    }, 'all conversations');
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = await list(frontdesk, `locationId=${austin}&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.conversations.length).toBeLessThanOrEqual(3);
      paged.push(...page.conversations.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(full.conversations.map((c) => c.id));
    expect(new Set(paged).size).toBe(paged.length);
    const times = full.conversations.map((c) => Date.parse(c.lastMessageAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('sends a staff reply once through the durable path and shows its delivery live', async () => {
    const c = await conversationOf(frontdesk, '+15125550110');
    const { socket, events } = await connect(system, owner);
    try {
      const clientMessageId = randomUUID();
      const send = () => api(frontdesk, `/api/conversations/${c.id}/messages`, { method: 'POST', body: JSON.stringify({ body: 'Yes, parking is free.', clientMessageId }) });
      const [first, second] = await Promise.all([send(), send()]);
      expect(first.status).toBe(202);
      expect(second.status).toBe(202);
      const id = (first.body as { id: string }).id;
      expect((second.body as { id: string }).id).toBe(id);
      const delivered = await events.next('message.updated', (p) => (p['message'] as { id: string; status: string }).id === id && (p['message'] as { status: string }).status === 'delivered');
      expect(delivered.patientId).toBe(c.patient.id);
      expect((await system.orm.em.fork().find(SimulatorMessage, { patientPhone: '+15125550110' })).filter((m) => m.body === 'Yes, parking is free.')).toHaveLength(1);
      await workflowsSettled(system, [outboundWorkflowId(id)]);
      expect(await timesSentToProvider(system, { patientPhone: '+15125550110', body: 'Yes, parking is free.' })).toBe(1);
      const row = await system.orm.em.fork().findOneOrFail(Message, id);
      expect(row.automated).toBe(false);
      expect(row.kind).toBe('manual');

      const empty = await api(frontdesk, `/api/conversations/${c.id}/messages`, { method: 'POST', body: JSON.stringify({ body: '   ', clientMessageId: randomUUID() }) });
      expect(empty.status).toBe(400);
      expect((empty.body as { message: string }).message).toBe('Type a message or attach a picture before sending.');
    } finally {
      socket.disconnect();
    }
  });

  it('shows a failed delivery with Twilio’s error code and a reason staff can act on, live', async () => {
    const c = await conversationOf(frontdesk, '+15125550110');
    const { socket, events } = await connect(system, owner);
    try {
      const sent = await api(frontdesk, `/api/conversations/${c.id}/messages`, { method: 'POST', body: JSON.stringify({ body: 'See you at 3', clientMessageId: randomUUID() }) });
      const id = (sent.body as { id: string }).id;
      await events.next('message.updated', (p) => (p['message'] as { id: string; status: string }).id === id && (p['message'] as { status: string }).status === 'delivered');
      // A second text whose carrier reports it unreachable.
      const em = system.orm.em.fork();
      const template = await em.findOneOrFail(Message, id);
      const failedSid = `SM${'f'.repeat(32)}`;
      em.create(Message, { ...template, id: randomUUID(), providerSid: failedSid, idempotencyKey: `test-${randomUUID()}`, status: 'sent', body: 'Running late?', createdAt: new Date(), updatedAt: new Date() });
      await em.flush();
      const status = await postSignedTwilioForm(
        `${system.baseUrl}/api/webhooks/twilio/status`,
        { MessageSid: failedSid, AccountSid: `AC${'1'.repeat(32)}`, MessageStatus: 'undelivered', ErrorCode: '30003' },
        TEST_AUTH_TOKEN,
      );
      expect(status).toBe(204);
      const pushed = await events.next('message.updated', (p) => (p['message'] as { body: string; status: string }).body === 'Running late?' && (p['message'] as { status: string }).status === 'undelivered');
      expect(pushed['message']).toMatchObject({ errorCode: '30003', errorMessage: 'The phone is unreachable (switched off or out of coverage).' });
    } finally {
      socket.disconnect();
    }
  });

  it('lets a reconnecting console catch up on what it missed, without gaps or duplicates', async () => {
    const c = await conversationOf(frontdesk, '+15125550110');
    const witness = await connect(system, owner); // stays connected throughout
    const first = await connect(system, owner);
    await patientTexts('+15125550110', 'before the drop');
    await first.events.next('message.created', (p) => p.conversationId === c.id);
    const lastSeen = Math.max(first.readySeq, ...first.events.seqs());
    first.socket.disconnect();

    // While it is away: an inbound text, a star change, a staff reply.
    await patientTexts('+15125550110', 'while you were away');
    await api(frontdesk, `/api/conversations/${c.id}`, { method: 'PATCH', body: JSON.stringify({ starred: false }) });
    await api(frontdesk, `/api/conversations/${c.id}/messages`, { method: 'POST', body: JSON.stringify({ body: 'Back to you shortly', clientMessageId: randomUUID() }) });
    await witness.events.next('message.updated', (p) => (p['message'] as { body: string; status: string }).body === 'Back to you shortly' && (p['message'] as { status: string }).status === 'delivered');

    const back = await connect(system, owner, lastSeen);
    try {
      const expected = witness.events.seqs().filter((s) => s > lastSeen);
      await eventually(async () => back.events.seqs().length >= expected.length, 'replayed events');
      // One more change, live: events reach a socket in order, so once it has arrived on both sockets
      // anything the replay sent twice or out of order has arrived before it.
      await api(frontdesk, `/api/conversations/${c.id}`, { method: 'PATCH', body: JSON.stringify({ starred: true }) });
      const lastReplayed = Math.max(lastSeen, ...expected);
      const isMark = (p: Pushed & Record<string, unknown>) => p.seq > lastReplayed && p.conversationId === c.id && (p['conversation'] as ConversationView).starred === true;
      const mark = await back.events.next('conversation.updated', isMark);
      await witness.events.next('conversation.updated', isMark);
      const replayed = back.events.seqs().filter((s) => s < mark.seq);
      expect(replayed).toEqual(witness.events.seqs().filter((s) => s > lastSeen && s < mark.seq));
      expect(replayed.slice(0, expected.length)).toEqual(expected);
      expect(new Set(replayed).size).toBe(replayed.length);
      expect([...replayed].sort((a, b) => a - b)).toEqual(replayed);
      const bodies = back.events.seen.filter((e) => e.name === 'message.created').map((e) => (e.payload['message'] as { body: string }).body);
      expect(bodies).toEqual(['while you were away', 'Back to you shortly']);
    } finally {
      back.socket.disconnect();
      witness.socket.disconnect();
    }
  }, 60_000);
});
