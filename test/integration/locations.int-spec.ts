import { AuditEvent, Location } from '@beacon/db';
import { RunningSystem } from '../support/running-system.js';

describe('owners manage locations (real API and PostgreSQL)', () => {
  let system: RunningSystem;
  let owner: string;

  beforeAll(async () => {
    system = await RunningSystem.start({}, { withWorker: false });
    owner = await system.login('owner@glow.test');
  });

  afterAll(async () => {
    await system?.stop();
  });

  const call = async (cookie: string, method: string, path: string, body?: unknown) => {
    const res = await fetch(`${system.baseUrl}/api${path}`, { method, headers: { cookie, 'content-type': 'application/json' }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> & { details?: string[] } };
  };

  it('adds a location the owner can then see and edit, audited, with a clear answer for bad input', async () => {
    const created = await call(owner, 'POST', '/locations', { name: 'Glow Aesthetics — Houston', timeZone: 'America/Chicago', phoneNumber: '(713) 555-0100', address: '2200 Westheimer Rd, Houston' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Glow Aesthetics — Houston', timeZone: 'America/Chicago', phoneNumber: '+17135550100' });
    const id = created.body['id'] as string;

    const list = (await call(owner, 'GET', '/locations')).body as unknown as { id: string; name: string }[];
    expect(list.map((l) => l.name)).toContain('Glow Aesthetics — Houston');

    const renamed = await call(owner, 'PATCH', `/locations/${id}`, { name: 'Glow Aesthetics — Houston Heights', timeZone: 'America/New_York' });
    expect(renamed.status).toBe(200);
    expect((await system.orm.em.fork().findOneOrFail(Location, id)).timeZone).toBe('America/New_York');
    const audit = await system.orm.em.fork().find(AuditEvent, { action: 'location.update', targetId: id }, { orderBy: { seq: 'asc' } });
    expect(audit.map((a) => a.details['change'])).toEqual(['created', 'edited']);
    expect(audit[1]!.details).toMatchObject({ name: { from: 'Glow Aesthetics — Houston', to: 'Glow Aesthetics — Houston Heights' }, timeZone: { from: 'America/Chicago', to: 'America/New_York' } });

    const bad = await call(owner, 'POST', '/locations', { name: 'X', timeZone: 'Mars/Olympus', phoneNumber: '12' });
    expect(bad.status).toBe(400);
    const details = bad.body.details!.join(' | ');
    expect(details).toMatch(/name.*at least 2 characters/);
    expect(details).toMatch(/timeZone.*America\/Chicago/);
    expect(details).toMatch(/phoneNumber.*valid US or Canadian phone number/);

    const taken = await call(owner, 'POST', '/locations', { name: 'Copy of Austin', timeZone: 'America/Chicago', phoneNumber: '+15125550100' });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ code: 'LOCATION_NUMBER_TAKEN' });
    expect(await system.orm.em.fork().count(Location, { name: 'Copy of Austin' })).toBe(0);

    const frontDesk = await system.login('frontdesk@glow.test');
    const refused = await call(frontDesk, 'PATCH', `/locations/${system.org.locations.austin.id}`, { name: 'Hijacked' });
    expect(refused.status).toBe(403);
    expect(refused.body['message']).toBe('Your account is not allowed to manage settings. Ask the practice owner to change your permissions.');
  });
});
