import { AuditEvent, Location } from '@beacon/db';
import { createTemporalClient } from '@beacon/temporal-runtime';
import { taskQueues } from '@beacon/workflows/task-queues.js';
import { dailyDigestScheduleId } from '@beacon/workflows/digest/definitions.js';
import { retentionScheduleId } from '@beacon/workflows/retention/definitions.js';
import type { Client } from '@temporalio/client';
import { eventually } from '../support/eventually.js';
import { describeSchedule } from '../support/schedules.js';
import { RunningSystem } from '../support/running-system.js';

describe('owners manage locations (real API and PostgreSQL)', () => {
  let system: RunningSystem;
  let owner: string;
  let temporal: Client;
  const scheduleIds: string[] = [];

  beforeAll(async () => {
    system = await RunningSystem.start();
    owner = await system.login('owner@glow.test');
    temporal = await createTemporalClient({ address: system.config.TEMPORAL_ADDRESS, namespace: system.config.TEMPORAL_NAMESPACE });
  });

  afterAll(async () => {
    for (const id of scheduleIds) await temporal?.schedule.getHandle(id).delete().catch(() => undefined);
    await temporal?.connection.close();
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

  it('gives a location added after the worker started its evening digest schedule, and moves it with the time zone', async () => {
    const created = await call(owner, 'POST', '/locations', { name: 'Glow Aesthetics — Denver', timeZone: 'America/Denver', phoneNumber: '(303) 555-0100' });
    expect(created.status).toBe(201);
    const scheduleId = dailyDigestScheduleId(created.body['id'] as string);
    scheduleIds.push(scheduleId);

    // The worker reconciled schedules at its start, before this location existed: only the outbox can create it.
    const schedule = await eventually(async () => describeSchedule(temporal, scheduleId), 'the new location’s digest schedule', 30_000, 100);
    expect(schedule.spec.timezone).toBe('America/Denver');
    expect(schedule.spec.calendars?.[0]?.hour).toEqual([{ start: 17, end: 17, step: 1 }]);
    expect(schedule.action).toMatchObject({ type: 'startWorkflow', workflowType: 'dailyDigestWorkflow', taskQueue: taskQueues(system.config.TEMPORAL_TASK_QUEUE).background });

    expect((await call(owner, 'PATCH', `/locations/${created.body['id'] as string}`, { timeZone: 'America/Phoenix' })).status).toBe(200);
    const moved = await eventually(async () => ((await describeSchedule(temporal, scheduleId))?.spec.timezone === 'America/Phoenix' ? true : null), 'the digest schedule in the new time zone', 30_000, 100);
    expect(moved).toBe(true);
    // Handed over and gone from the outbox: nothing left to retry.
    await eventually(async () => (Number((await system.orm.em.fork().execute<{ n: string }[]>(`select count(*) as n from outbox where kind = 'schedules.sync'`))[0]?.n) === 0 ? true : null), 'an empty outbox', 30_000, 100);
  });

  it('gives the seeded organisation its retention schedule and each seeded location its digest', async () => {
    scheduleIds.push(retentionScheduleId(system.org.organizationId));
    expect((await eventually(async () => describeSchedule(temporal, retentionScheduleId(system.org.organizationId)), 'the retention schedule', 30_000, 100)).action).toMatchObject({ workflowType: 'retentionPurgeWorkflow' });
    for (const location of Object.values(system.org.locations)) {
      scheduleIds.push(dailyDigestScheduleId(location.id));
      expect((await eventually(async () => describeSchedule(temporal, dailyDigestScheduleId(location.id)), 'a seeded location’s digest schedule', 30_000, 100)).spec.timezone).toBe(location.timeZone);
    }
  });
});
