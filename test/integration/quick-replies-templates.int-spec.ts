import { randomUUID } from 'node:crypto';
import { Message } from '@beacon/db';
import { eventually } from '../support/eventually.js';
import { RunningSystem } from '../support/running-system.js';

const JORDAN = { firstName: 'Jordan', lastName: 'Avery', phone: '(512) 555-0199' };

interface Filled {
  text: string;
  missing: string[];
}

describe('quick replies and the template library (real API, worker, PostgreSQL)', () => {
  let system: RunningSystem;
  let owner: string;
  let desk: string;
  let austin: string;
  let conversationId = '';

  const send = (method: string, path: string, body?: unknown, cookie = desk) =>
    fetch(`${system.baseUrl}${path}`, { method, headers: { 'content-type': 'application/json', cookie }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const json = async <T>(res: Response | Promise<Response>, status = 200): Promise<T> => {
    const r = await res;
    const text = await r.text();
    if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${text}`);
    return JSON.parse(text) as T;
  };
  async function book(externalId: string, hoursAhead: number): Promise<string> {
    const res = await system.postBookingEvent({
      eventId: `evt-${externalId}`,
      type: 'appointment.created',
      occurredAt: new Date().toISOString(),
      appointment: { id: externalId, locationId: austin, startsAt: new Date(Date.now() + hoursAhead * 3600_000).toISOString(), durationMinutes: 30, providerName: 'Dr. Priya Lee', serviceName: 'Botox', source: 'staff', patient: JORDAN },
    });
    if (res.status !== 202) throw new Error(`booking ${res.status}`);
    return ((await res.json()) as { appointmentId: string }).appointmentId;
  }

  beforeAll(async () => {
    system = await RunningSystem.start();
    austin = system.org.locations.austin.id;
    owner = await system.login('owner@glow.test');
    desk = await system.login('frontdesk@glow.test');
    const appointmentId = await book('QR-1', 50);
    conversationId = (await json<{ conversationId: string }>(send('GET', `/api/appointments/${appointmentId}`))).conversationId;
  }, 60_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('fills a quick reply from the thread (name, next appointment in the clinic’s time zone, provider, clinic), and counts its use on send', async () => {
    const reply = await json<{ id: string }>(
      send('POST', '/api/quick-replies', { locationId: austin, category: 'Scheduling', shortcut: 'see-you', title: 'See you soon', body: 'Hi {{firstName}}, {{providerName}} will see you {{appointmentTime}} at {{locationName}}. Call {{locationPhone}} with questions.' }, owner),
      201,
    );
    const listed = await json<{ shortcut: string }[]>(send('GET', `/api/quick-replies?locationId=${austin}`));
    expect(listed.map((r) => r.shortcut)).toContain('see-you');

    const filled = await json<Filled>(send('POST', `/api/conversations/${conversationId}/render`, { quickReplyId: reply.id }));
    expect(filled.missing).toEqual([]);
    expect(filled.text).toMatch(/^Hi Jordan, Dr\. Priya Lee will see you \w{3}, \w{3} \d{1,2} at \d{1,2}:\d{2} (AM|PM) at Glow Aesthetics - Austin\. Call \(512\) 555-0100 with questions\.$/);

    const sent = await json<{ id: string }>(send('POST', `/api/conversations/${conversationId}/messages`, { body: `${filled.text} See you!`, clientMessageId: randomUUID(), quickReplyIds: [reply.id] }), 202);
    const message = await system.orm.em.fork().findOneOrFail(Message, sent.id);
    expect(message).toMatchObject({ direction: 'outbound', kind: 'manual', automated: false });

    const analytics = await json<{ top: { id: string; uses: number }[]; weekly: { uses: number }[] }>(send('GET', `/api/quick-replies/analytics?locationId=${austin}&weeks=4`));
    expect(analytics.top).toEqual([expect.objectContaining({ id: reply.id, uses: 1 })]);
    expect(analytics.weekly).toHaveLength(4);
    expect(analytics.weekly.at(-1)?.uses).toBe(1);
  });

  it('flags a variable it cannot fill and refuses to send a raw {{…}}', async () => {
    const reply = await json<{ id: string }>(send('POST', '/api/quick-replies', { locationId: null, category: 'Pricing', shortcut: 'coupon', title: 'Coupon', body: 'Hi {{firstName}}, your code is {{couponCode}}.' }, owner), 201);
    const filled = await json<Filled>(send('POST', `/api/conversations/${conversationId}/render`, { quickReplyId: reply.id }));
    expect(filled).toMatchObject({ text: 'Hi Jordan, your code is {{couponCode}}.', missing: ['couponCode'] });

    const refused = await send('POST', `/api/conversations/${conversationId}/messages`, { body: filled.text, clientMessageId: randomUUID(), quickReplyIds: [reply.id] });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ code: 'UNFILLED_VARIABLE', message: 'This message still has a {{…}} placeholder. Replace it with the real text before sending.' });
    const stored = await system.orm.em.fork().find(Message, { conversationId });
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.filter((m) => m.body.includes('couponCode'))).toEqual([]);
  });

  it('keeps quick replies and templates to those allowed to edit them', async () => {
    const coordinator = await system.login('coordinator@glow.test');
    const res = await send('POST', '/api/quick-replies', { locationId: null, category: 'General', shortcut: 'nope', title: 'x', body: 'x' }, coordinator);
    expect(res.status).toBe(403);
    const dup = await send('POST', '/api/quick-replies', { locationId: austin, category: 'Scheduling', shortcut: 'see-you', title: 'Again', body: 'x' }, owner);
    expect(dup.status).toBe(409);
    const bad = await send('POST', '/api/quick-replies', { locationId: null, category: 'General', shortcut: 'bad one', title: 'x', body: 'Hi {{firstName' }, owner);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { details: string[] }).details.join(' ')).toMatch(/shortcut: must be letters.*body: can't be read/);
  });

  it('offers a ready library with search and favourites; marketing templates must carry opt-out language', async () => {
    const all = await json<{ id: string; name: string; kind: string; category: string; favorite: boolean }[]>(send('GET', '/api/templates'));
    expect(all.length).toBeGreaterThanOrEqual(20);
    expect(new Set(all.map((t) => t.category)).size).toBe(7);
    const birthday = await json<{ id: string; name: string }[]>(send('GET', '/api/templates?q=happy%20birthday'));
    expect(birthday.map((t) => t.name)).toEqual(['Happy birthday']);

    await json(send('PUT', `/api/templates/${birthday[0]!.id}/favorite`));
    expect((await json<{ id: string }[]>(send('GET', '/api/templates?favorites=true'))).map((t) => t.id)).toEqual([birthday[0]!.id]);
    // Favourites are per person.
    expect(await json<unknown[]>(send('GET', '/api/templates?favorites=true', undefined, owner))).toEqual([]);

    const noStop = await send('POST', '/api/templates', { name: 'Flash sale', category: 'Product promotions', kind: 'marketing', body: 'Hi {{firstName}}, 20% off today!' }, owner);
    expect(noStop.status).toBe(400);
    expect(await noStop.json()).toMatchObject({ code: 'OPT_OUT_LANGUAGE_REQUIRED' });
  });

  it('counts a template’s sends, deliveries, replies within 24 h and bookings within 7 days', async () => {
    const [confirm] = await json<{ id: string }[]>(send('GET', '/api/templates?q=please%20confirm'));
    const analytics = () => json<{ sent: number; delivered: number; repliedWithin24h: number; convertedWithin7d: number }>(send('GET', `/api/templates/${confirm!.id}/analytics`));
    expect(await analytics()).toMatchObject({ sent: 0, delivered: 0, repliedWithin24h: 0, convertedWithin7d: 0 });

    const filled = await json<Filled>(send('POST', `/api/conversations/${conversationId}/render`, { templateId: confirm!.id }));
    expect(filled.missing).toEqual([]);
    await json(send('POST', `/api/conversations/${conversationId}/messages`, { body: filled.text, clientMessageId: randomUUID(), templateId: confirm!.id }), 202);
    await eventually(async () => (await analytics()).delivered === 1, 'the simulator to report delivery');

    const inbound = await send('POST', '/api/simulator/inbound', { from: JORDAN.phone, to: '+15125550100', body: 'Sounds good, thanks!' });
    expect(inbound.status).toBe(202);
    await book('QR-2', 120);
    await eventually(async () => {
      const a = await analytics();
      return a.repliedWithin24h === 1 && a.convertedWithin7d === 1 ? a : null;
    }, 'the reply and the booking to count');
    expect(await analytics()).toMatchObject({ sent: 1, delivered: 1, repliedWithin24h: 1, convertedWithin7d: 1 });
  }, 60_000);
});
