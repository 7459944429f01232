import { AuditEvent, Message } from '@beacon/db';
import { eventually } from '../support/eventually.js';
import { RunningSystem } from '../support/running-system.js';
import { createSecondOrganisation } from '../support/second-organisation.js';

interface ConversationView {
  id: string;
  locationId: string;
  patient: { firstName: string; lastName: string; phone: string };
}
interface SearchResponse {
  conversations: ConversationView[];
  messages: { message: { id: string; body: string; conversationId: string }; conversation: ConversationView }[];
  nextCursor: string | null;
}

describe('search over encrypted message history', () => {
  let system: RunningSystem;
  let owner: string;
  let frontdeskSd: string;
  let coordinator: string;
  let provider: string;
  let austin: string;

  async function patientTexts(from: string, to: string, body: string): Promise<void> {
    const res = await fetch(`${system.baseUrl}/api/simulator/inbound`, { method: 'POST', headers: { cookie: owner, 'content-type': 'application/json' }, body: JSON.stringify({ from, to, body }) });
    expect(res.status).toBe(202);
    await eventually(async () => (await system.orm.em.fork().find(Message, { direction: 'inbound', fromNumber: from })).some((m) => m.body === body), `inbound "${body}"`);
  }

  async function search(cookie: string, params: Record<string, string>): Promise<{ status: number; body: SearchResponse & { code?: string; message?: string } }> {
    const res = await fetch(`${system.baseUrl}/api/search?${new URLSearchParams(params)}`, { headers: { cookie } });
    return { status: res.status, body: (await res.json()) as SearchResponse & { code?: string; message?: string } };
  }

  beforeAll(async () => {
    system = await RunningSystem.start();
    [owner, frontdeskSd, coordinator, provider] = await Promise.all(['owner@glow.test', 'frontdesk.sd@glow.test', 'coordinator@glow.test', 'provider@glow.test'].map((e) => system.login(e)));
    austin = system.org.locations.austin.id;
    const booked = await system.postBookingEvent({
      eventId: 'evt-search-1',
      type: 'appointment.created',
      occurredAt: new Date().toISOString(),
      appointment: {
        id: 'EXT-SEARCH-1',
        locationId: austin,
        startsAt: new Date(Date.now() + 6 * 24 * 3600_000).toISOString(),
        durationMinutes: 30,
        providerName: 'Dr. Someone Else',
        serviceName: 'Filler',
        source: 'online',
        patient: { firstName: 'Marisol', lastName: 'Quintanilla', phone: '+15125550161' },
      },
    });
    expect(booked.status).toBe(202);
    await patientTexts('+15125550161', '+15125550100', 'Can I get Botox before my wedding?');
    await patientTexts('+15125550162', '+15125550100', 'Is the chemical peel painful?');
    await patientTexts('+15125550162', '+15125550100', 'Second question about the peel');
    await patientTexts('+15125550162', '+15125550100', 'Last one: peel aftercare');
    await patientTexts('+16195550163', '+16195550100', 'Botox question from San Diego');
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('finds words in message bodies regardless of case, punctuation and while typing', async () => {
    for (const q of ['botox', 'BOTOX!', 'bot', 'botox wedding']) {
      const { status, body } = await search(owner, { q, locationId: austin });
      expect(status).toBe(200);
      expect(body.messages.map((h) => h.message.body)).toEqual(['Can I get Botox before my wedding?']);
      expect(body.messages[0]!.conversation.patient).toMatchObject({ firstName: 'Marisol', phone: '+15125550161' });
    }
    expect((await search(owner, { q: 'botox monday', locationId: austin })).body.messages).toEqual([]);
  });

  it('only returns what the caller may see', async () => {
    const everywhere = await search(owner, { q: 'botox' });
    expect(everywhere.body.messages.map((h) => h.message.body).sort()).toEqual(['Botox question from San Diego', 'Can I get Botox before my wedding?']);

    const sd = await search(frontdeskSd, { q: 'botox' });
    expect(sd.body.messages.map((h) => h.message.body)).toEqual(['Botox question from San Diego']);
    const forbidden = await search(frontdeskSd, { q: 'botox', locationId: austin });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.message).toBe('You do not have access to this location.');

    // Without the contact-details permission the phone is masked.
    const masked = await search(coordinator, { q: 'botox', locationId: austin });
    expect(masked.body.messages[0]!.conversation.patient.phone).not.toContain('5550161');
    expect(masked.body.messages[0]!.conversation.patient.phone).toMatch(/0161$/);

    // A provider limited to their own patients sees nothing of someone else's patient.
    expect((await search(provider, { q: 'botox', locationId: austin })).body).toEqual({ conversations: [], messages: [], nextCursor: null });
  });

  it('finds patients by name and by phone digits', async () => {
    for (const q of ['quintanilla', 'Marisol', 'quin', '0161', '(512) 555-0161']) {
      const { body } = await search(owner, { q, locationId: austin });
      expect(body.conversations.map((c) => `${c.patient.firstName} ${c.patient.lastName}`)).toEqual(['Marisol Quintanilla']);
    }
  });

  it('pages through older matches with the cursor', async () => {
    const first = await search(owner, { q: 'peel', locationId: austin, limit: '2' });
    expect(first.body.messages.map((h) => h.message.body)).toEqual(['Last one: peel aftercare', 'Second question about the peel']);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await search(owner, { q: 'peel', locationId: austin, limit: '2', cursor: first.body.nextCursor! });
    expect(second.body.messages.map((h) => h.message.body)).toEqual(['Is the chemical peel painful?']);
    expect(second.body.nextCursor).toBeNull();
  });

  it('explains bad input', async () => {
    const empty = await search(owner, { q: '  ' });
    expect(empty.status).toBe(400);
    expect(JSON.stringify(empty.body)).toContain('type at least one word');
    const badCursor = await search(owner, { q: 'peel', cursor: 'not-a-real-cursor-value' });
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.code).toBe('INVALID_CURSOR');
  });

  it('records each search in the audit trail without the query text', async () => {
    await search(owner, { q: 'wedding botox', locationId: austin });
    const events = await system.orm.em.fork().find(AuditEvent, { action: 'search', organizationId: system.org.organizationId }, { orderBy: { seq: 'desc' }, limit: 1 });
    expect(events[0]).toMatchObject({ actorLabel: 'owner@glow.test', details: expect.objectContaining({ terms: 2, messages: 1, locationId: austin }) });
    expect(JSON.stringify(events[0]!.details)).not.toMatch(/wedding|botox/i);
  });
  it('keeps a second organisation\'s history out of the first one\'s search, and the other way round, even for the same patient number', async () => {
    // The same person (same number) is also a patient of another clinic, and writes the same word there.
    const other = await createSecondOrganisation(system, { name: 'Juniper Clinic', phoneNumber: '+17375550170', staff: [{ email: 'owner@juniper.test', role: 'owner' }] });
    const otherOwner = other.cookies['owner@juniper.test']!;
    const res = await fetch(`${system.baseUrl}/api/simulator/inbound`, { method: 'POST', headers: { cookie: otherOwner, 'content-type': 'application/json' }, body: JSON.stringify({ from: '+15125550161', to: other.phoneNumber, body: 'Botox at Juniper please' }) });
    expect(res.status).toBe(202);
    await eventually(async () => (await system.orm.em.fork().find(Message, { direction: 'inbound', toNumber: other.phoneNumber })).length > 0, 'the text to the second clinic');

    const theirs = await search(otherOwner, { q: 'botox' });
    expect(theirs.body.messages.map((h) => h.message.body)).toEqual(['Botox at Juniper please']);
    for (const q of ['Marisol', 'quintanilla', '0161', 'wedding']) {
      const { body } = await search(otherOwner, { q });
      expect({ q, names: body.conversations.map((c) => c.patient.firstName), messages: body.messages.map((h) => h.message.body).filter((m) => !m.includes('Juniper')) }).toEqual({ q, names: q === '0161' ? [expect.not.stringMatching(/Marisol/)] : [], messages: [] });
    }
    expect((await search(otherOwner, { q: 'botox', locationId: austin })).status).toBe(403);

    const ours = await search(owner, { q: 'botox' });
    expect(ours.body.messages.map((h) => h.message.body).sort()).toEqual(['Botox question from San Diego', 'Can I get Botox before my wedding?']);
    expect((await search(owner, { q: 'juniper' })).body).toEqual({ conversations: [], messages: [], nextCursor: null });
    expect((await search(owner, { q: 'botox', locationId: other.locationId })).status).toBe(403);
  });
});
