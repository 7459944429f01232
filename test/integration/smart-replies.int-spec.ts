import type { Socket } from 'socket.io-client';
import { formatAppointmentTime } from '@beacon/appointments';
import { classifyMessage } from '@beacon/compliance';
import { Appointment, Conversation, Message, Patient, ReplySuggestion } from '@beacon/db';
import { createSuggestionActivities } from '@beacon/suggestions';
import { FakeOpenAiServer } from '../support/fake-openai-server.js';
import { RunningSystem } from '../support/running-system.js';
import { connectStaffSocket, type SocketRecorder } from '../support/socket-recorder.js';
import { eventually } from '../support/eventually.js';

const CLINIC = '+15125550100';

interface SuggestionsBody {
  messageId: string | null;
  intent: string | null;
  engine: string | null;
  suggestions: { key: string; text: string; source: string }[];
}

describe('smart replies prepared when a text arrives (real API, worker, Temporal, PostgreSQL)', () => {
  const openai = new FakeOpenAiServer();
  let system: RunningSystem;
  let frontDesk: string;
  let owner: string;
  let socket: Socket;
  let events: SocketRecorder;
  let n = 0;

  beforeAll(async () => {
    await openai.start();
    system = await RunningSystem.start({ OPENAI_API_KEY: 'sk-test-loopback', OPENAI_BASE_URL: openai.baseURL, OPENAI_MODEL: 'clinic-model', OPENAI_TIMEOUT_MS: '1500' });
    frontDesk = await system.login('frontdesk@glow.test');
    owner = await system.login('owner@glow.test');
    ({ socket, events } = await connectStaffSocket(system.baseUrl, frontDesk));
  });

  afterAll(async () => {
    socket?.disconnect();
    await system?.stop();
    await openai.stop();
  });

  const api = (path: string, cookie: string, init: { method?: string; body?: unknown } = {}) =>
    fetch(`${system.baseUrl}/api${path}`, {
      method: init.method ?? 'GET',
      headers: { cookie, ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });

  /** Books Botox with Dr. Lee in 6 days for a new patient; returns the time as texts show it. */
  async function bookPatient(phone: string, firstName: string): Promise<string> {
    n += 1;
    const startsAt = new Date(Date.now() + 6 * 24 * 3600_000);
    startsAt.setUTCMinutes(30, 0, 0);
    const res = await system.postBookingEvent({
      eventId: `evt-smart-${n}`,
      type: 'appointment.created',
      occurredAt: new Date().toISOString(),
      appointment: {
        id: `EXT-SMART-${n}`,
        locationId: system.org.locations.austin.id,
        startsAt: startsAt.toISOString(),
        durationMinutes: 30,
        providerName: 'Dr. Priya Lee',
        serviceName: 'Botox',
        source: 'staff',
        patient: { firstName, lastName: 'Sample', phone },
      },
    });
    expect(res.status).toBe(202);
    return formatAppointmentTime(startsAt, 'America/Chicago');
  }

  async function patientTexts(from: string, body: string): Promise<{ conversationId: string; messageId: string }> {
    const res = await api('/simulator/inbound', frontDesk, { method: 'POST', body: { from, to: CLINIC, body } });
    expect(res.status).toBe(202);
    return eventually(async () => {
      const em = system.orm.em.fork();
      const patient = await em.findOne(Patient, { phone: from });
      const conversation = patient && (await em.findOne(Conversation, { patientId: patient.id }));
      const message = conversation && (await em.find(Message, { conversationId: conversation.id, direction: 'inbound' })).find((m) => m.body === body);
      return message ? { conversationId: conversation.id, messageId: message.id } : null;
    }, 'inbound text stored');
  }

  const suggestionsFor = async (conversationId: string, cookie = frontDesk): Promise<SuggestionsBody> => {
    const res = await api(`/conversations/${conversationId}/suggestions`, cookie);
    expect(res.status).toBe(200);
    return (await res.json()) as SuggestionsBody;
  };

  it('pushes 3–5 suggestions that use the patient’s name and appointment time, and records what staff do with them', async () => {
    const phone = '+15125550161';
    const when = await bookPatient(phone, 'Maria');
    const { conversationId, messageId } = await patientTexts(phone, 'Hi! Can I bring my sister with me to my appointment?');

    await events.next<{ conversationId: string; messageId: string }>('suggestions.ready', (e) => e.messageId === messageId);
    const body = await suggestionsFor(conversationId);
    expect(body).toMatchObject({ messageId, intent: 'bring_guest', engine: 'embedded' });
    expect(body.suggestions.length).toBeGreaterThanOrEqual(3);
    expect(body.suggestions.length).toBeLessThanOrEqual(5);
    expect(body.suggestions[0]!.text).toBe(`Of course, Maria! You're welcome to bring a guest to your ${when} appointment.`);
    expect(body.suggestions.every((s) => !s.text.includes('{{'))).toBe(true);

    const chosen = body.suggestions[2]!;
    expect((await api(`/suggestions/${messageId}/feedback`, frontDesk, { method: 'POST', body: { key: chosen.key, action: 'chosen' } })).status).toBe(204);
    expect((await api(`/suggestions/${messageId}/feedback`, frontDesk, { method: 'POST', body: { key: chosen.key, action: 'sent', edited: true } })).status).toBe(204);

    const stats = (await (await api(`/suggestions/stats?locationId=${system.org.locations.austin.id}`, owner)).json()) as { intents: { intent: string; shown: number; accepted: number; sentEdited: number; acceptanceRate: number }[] };
    expect(stats.intents.find((i) => i.intent === 'bring_guest')).toMatchObject({ shown: 1, accepted: 1, sentEdited: 1, acceptanceRate: 1 });

    // What this clinic chose for this intent comes first next time.
    // Booked first: the suggestions offered depend on whether the patient has an appointment.
    await bookPatient('+15125550162', 'Dana');
    const second = await patientTexts('+15125550162', 'can my husband come with me?');
    await events.next<{ messageId: string }>('suggestions.ready', (e) => e.messageId === second.messageId);
    const next = await suggestionsFor(second.conversationId);
    expect(next.suggestions[0]!.key).toBe(chosen.key);
  });

  it("fits the thread's state as stored: a stranger's \"hello there\" is greeted, and a patient whose visit is confirmed is never asked to confirm it", async () => {
    const asksToConfirm = (text: string) => /confirm your|reply C/i.test(text);
    // A number we have never seen: not "Confirming", whatever the classifier made of it.
    const stranger = await patientTexts('+15125550168', 'hello there');
    await events.next<{ messageId: string }>('suggestions.ready', (e) => e.messageId === stranger.messageId);
    const greeted = await suggestionsFor(stranger.conversationId);
    expect(greeted.intent).not.toBe('confirm');
    expect(greeted.suggestions[0]!.text).toBe('Hi! How can we help you today?');
    expect(greeted.suggestions.map((x) => x.text).filter(asksToConfirm)).toEqual([]);

    // A booked patient confirms (the appointment workflow records it), then writes C again.
    const phone = '+15125550169';
    const when = await bookPatient(phone, 'Robin');
    await patientTexts(phone, 'Yes I confirm, see you then!');
    await eventually(async () => (await system.orm.em.fork().findOne(Appointment, { patientId: (await system.orm.em.fork().findOneOrFail(Patient, { phone })).id }))?.confirmationStatus === 'confirmed', 'the visit confirmed');
    const again = await patientTexts(phone, 'C');
    await events.next<{ messageId: string }>('suggestions.ready', (e) => e.messageId === again.messageId);
    const thanked = await suggestionsFor(again.conversationId);
    expect(thanked.suggestions[0]!.text).toBe(`Thank you, Robin! You're confirmed for ${when}. See you then!`);
    expect(thanked.suggestions.map((x) => x.text).filter(asksToConfirm)).toEqual([]);
  });

  it('prepares a batch of texts from different patients exactly as it prepares each one alone', async () => {
    // Three threads in different states: booked, confirmed-then-"C", and a number never seen.
    const when = await bookPatient('+15125550171', 'Jordan');
    const booked = await patientTexts('+15125550171', 'Can I bring my mom along?');
    const stranger = await patientTexts('+15125550172', 'what are your hours on saturday');
    const robin = await system.orm.em.fork().findOneOrFail(Patient, { phone: '+15125550169' });
    const robinThread = await system.orm.em.fork().findOneOrFail(Conversation, { patientId: robin.id });
    const confirmed = await patientTexts('+15125550169', 'C');
    const texts = [booked, stranger, { conversationId: robinThread.id, messageId: confirmed.messageId }];
    const alone = await eventually(async () => {
      const rows = await system.orm.em.fork().find(ReplySuggestion, { messageId: { $in: texts.map((t) => t.messageId) } });
      return rows.length === texts.length ? rows : null;
    }, 'each text prepared on its own');

    await system.orm.em.fork().nativeDelete(ReplySuggestion, { messageId: { $in: texts.map((t) => t.messageId) } });
    const activities = createSuggestionActivities({ em: () => system.orm.em.fork(), classify: classifyMessage, llm: null });
    expect(await activities.prepareReplySuggestionsBatch({ messageIds: texts.map((t) => t.messageId) })).toEqual({ prepared: 3 });
    const together = await system.orm.em.fork().find(ReplySuggestion, { messageId: { $in: texts.map((t) => t.messageId) } });
    const view = (rows: typeof alone) =>
      Object.fromEntries(rows.map((r) => [r.messageId, { conversationId: r.conversationId, intent: r.intent, texts: r.suggestions.map((x) => x.text) }]));
    expect(view(together)).toEqual(view(alone));
    // Each text with its own thread's facts: the booked patient's time, none for the stranger.
    expect(view(together)[booked.messageId]!.texts.some((t) => t.includes(when))).toBe(true);
    expect(view(together)[stranger.messageId]!.texts.some((t) => t.includes(when))).toBe(false);
    // A retried batch changes nothing.
    expect(await activities.prepareReplySuggestionsBatch({ messageIds: texts.map((t) => t.messageId) })).toEqual({ prepared: 3 });
    expect(await system.orm.em.fork().count(ReplySuggestion, { messageId: { $in: texts.map((t) => t.messageId) } })).toBe(3);
  });

  it('refuses feedback that does not match, and keeps stats and settings for owners', async () => {
    const phone = '+15125550163';
    await bookPatient(phone, 'Lee');
    const { conversationId, messageId } = await patientTexts(phone, 'where do I park when I get there?');
    await eventually(async () => (await suggestionsFor(conversationId)).suggestions.length > 0, 'suggestions');

    const unknownKey = await api(`/suggestions/${messageId}/feedback`, frontDesk, { method: 'POST', body: { key: 'bank:made-up:9', action: 'chosen' } });
    expect(unknownKey.status).toBe(422);
    expect(await unknownKey.json()).toMatchObject({ code: 'SUGGESTION_NOT_FOUND', message: 'This suggestion was not offered for this message.' });
    const badAction = await api(`/suggestions/${messageId}/feedback`, frontDesk, { method: 'POST', body: { key: 'x', action: 'loved' } });
    expect(badAction.status).toBe(400);
    expect(((await badAction.json()) as { details: string[] }).details.join(' ')).toMatch(/action.*chosen, dismissed or sent/);

    expect((await api(`/suggestions/stats?locationId=${system.org.locations.austin.id}`, frontDesk)).status).toBe(403);
    const noBaa = await api('/suggestions/settings', owner, { method: 'PUT', body: { llmSuggestions: true } });
    expect(noBaa.status).toBe(400);
    expect(((await noBaa.json()) as { details: string[] }).details.join(' ')).toMatch(/Business Associate Agreement/);

    // Staff of another location cannot see this thread's suggestions.
    const sd = await system.login('frontdesk.sd@glow.test');
    expect((await api(`/conversations/${conversationId}/suggestions`, sd)).status).toBe(403);
  });

  it('uses the configured model once the owner turns it on, and falls back when it is slow', async () => {
    const on = await api('/suggestions/settings', owner, { method: 'PUT', body: { llmSuggestions: true, baaConfirmed: true } });
    expect(on.status).toBe(200);
    openai.next = {
      content: JSON.stringify({
        suggestions: ['Absolutely, Sam! Bring them along.', 'Of course! Guests are welcome in our lounge.', 'Sure thing! Would they like a treatment too?'],
      }),
    };
    const phone = '+15125550164';
    await bookPatient(phone, 'Sam');
    const first = await patientTexts(phone, 'Is it ok if my mom comes with me?');
    const llm = await eventually(async () => {
      const b = await suggestionsFor(first.conversationId);
      return b.suggestions.length ? b : null;
    }, 'LLM suggestions');
    expect(llm.engine).toBe('llm');
    expect(llm.suggestions.map((s) => s.text)).toEqual(['Absolutely, Sam! Bring them along.', 'Of course! Guests are welcome in our lounge.', 'Sure thing! Would they like a treatment too?']);
    const prompt = JSON.stringify(openai.requests.at(-1)!.body);
    expect(prompt).not.toContain('+15125550164');
    expect(prompt).not.toContain('Sample');

    openai.next = { delayMs: 3_000, content: JSON.stringify({ suggestions: ['late', 'too', 'late'] }) };
    const second = await patientTexts(phone, 'also can my daughter come?');
    const fallback = await eventually(async () => {
      const b = await suggestionsFor(second.conversationId);
      return b.messageId === second.messageId && b.suggestions.length ? b : null;
    }, 'fallback suggestions');
    expect(fallback.engine).toBe('embedded');
    expect(fallback.suggestions.map((s) => s.text).join(' ')).not.toContain('late');

    await api('/suggestions/settings', owner, { method: 'PUT', body: { llmSuggestions: false } });
  });
});
