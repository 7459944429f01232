import { randomUUID } from 'node:crypto';
import { AuditEvent, Conversation, Message, MessageSearchToken, Patient, StaffAlert } from '@beacon/db';
import { searchInbox } from '@beacon/inbox';
import { createRetentionActivities } from '@beacon/retention';
import { RunningSystem } from '../support/running-system.js';

const YEAR = 365.25 * 24 * 3600_000;

describe('retention: expired messages are purged on schedule and the purge is audited', () => {
  let system: RunningSystem;
  let owner: string;
  let conversationId: string;

  beforeAll(async () => {
    system = await RunningSystem.start({}, { withWorker: false });
    owner = await system.login('owner@glow.test');
    const em = system.orm.em.fork();
    const patient = em.create(Patient, { organizationId: system.org.organizationId, firstName: 'Old', lastName: 'Records', phone: '+15125550144', email: null });
    const conversation = em.create(Conversation, {
      id: randomUUID(),
      organizationId: system.org.organizationId,
      locationId: system.org.locations.austin.id,
      patientId: patient.id,
      status: 'open',
      lastMessageAt: new Date(),
      lastMessagePreview: 'recent note',
      lastInboundAt: null,
      createdAt: new Date(Date.now() - 9 * YEAR),
      updatedAt: new Date(),
    });
    conversationId = conversation.id;
    for (const [body, yearsAgo] of [['eight years old quartzite note', 8], ['three years old quartzite note', 3], ['recent quartzite note', 0]] as const) {
      const at = new Date(Date.now() - yearsAgo * YEAR - 3600_000);
      em.create(Message, {
        id: randomUUID(), conversationId, direction: 'inbound', body, segments: 1, status: 'received', automated: false, kind: 'patient_reply',
        fromNumber: patient.phone, toNumber: '+15125550100', providerSid: null, idempotencyKey: null, errorCode: null, errorMessage: null, sentByStaffId: null, createdAt: at, updatedAt: at,
      });
    }
    for (const [key, yearsAgo] of [['old', 8], ['recent', 1]] as const) {
      em.create(StaffAlert, {
        id: randomUUID(), organizationId: system.org.organizationId, locationId: system.org.locations.austin.id, appointmentId: null, patientId: patient.id,
        kind: 'reschedule_requested', message: `Quartzite Patient asked to reschedule (${key})`, dedupeKey: `retention-test-${key}`, acknowledgedAt: null, acknowledgedBy: null, createdAt: new Date(Date.now() - yearsAgo * YEAR),
      });
    }
    await em.flush();
  });

  afterAll(async () => {
    await system?.stop();
  });

  const bodies = async () => (await system.orm.em.fork().find(Message, { conversationId }, { orderBy: { createdAt: 'asc' } })).map((m) => m.body);
  const search = async () =>
    (await searchInbox(system.orm.em.fork(), { organizationId: system.org.organizationId, locationIds: [system.org.locations.austin.id], query: 'quartzite', limit: 20, viewer: null })).messages.map((h) => h.message.body);

  it('keeps 7 years by default: only the 8-year-old message (and its search entries) goes', async () => {
    expect(await search()).toHaveLength(3);
    const purge = createRetentionActivities({ em: () => system.orm.em.fork(), batchSize: 1 });
    const result = await purge.purgeExpiredMessages({ organizationId: system.org.organizationId });
    expect(result).toMatchObject({ retentionYears: 7, messages: 1, alerts: 1 });
    expect((await system.orm.em.fork().find(StaffAlert, { dedupeKey: { $like: 'retention-test-%' } })).map((a) => a.dedupeKey)).toEqual(['retention-test-recent']);
    expect(result.searchTokens).toBeGreaterThan(0);
    expect(await bodies()).toEqual(['three years old quartzite note', 'recent quartzite note']);
    expect(await search()).toEqual(['recent quartzite note', 'three years old quartzite note']);
    const audit = await system.orm.em.fork().find(AuditEvent, { action: 'retention.purge', organizationId: system.org.organizationId });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorLabel: 'retention schedule', details: expect.objectContaining({ messages: 1, retentionYears: 7 }) });

    // Running again (a retried activity, the next day) deletes nothing more.
    expect((await purge.purgeExpiredMessages({ organizationId: system.org.organizationId })).messages).toBe(0);
  });

  it('lets the owner shorten retention (audited); the next purge follows it', async () => {
    const put = (cookie: string, body: object) => fetch(`${system.baseUrl}/api/data-protection/settings`, { method: 'PUT', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const frontdesk = await system.login('frontdesk@glow.test');
    const forbidden = await put(frontdesk, { retentionYears: 1 });
    expect(forbidden.status).toBe(403);
    const tooShort = await put(owner, { retentionYears: 0 });
    expect(tooShort.status).toBe(400);
    expect(JSON.stringify(await tooShort.json())).toContain('must be at least 1 year');

    const ok = await put(owner, { retentionYears: 2 });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ retentionYears: 2, marketingHours: { start: '08:00', end: '20:00' } });
    const audit = await system.orm.em.fork().find(AuditEvent, { action: 'retention.update' });
    expect(audit.map((a) => a.details)).toEqual([{ from: 7, to: 2 }]);

    const result = await createRetentionActivities({ em: () => system.orm.em.fork() }).purgeExpiredMessages({ organizationId: system.org.organizationId });
    expect(result).toMatchObject({ retentionYears: 2, messages: 1 });
    expect(await bodies()).toEqual(['recent quartzite note']);
    expect(await system.orm.em.fork().count(MessageSearchToken, { conversationId })).toBeGreaterThan(0);
  });

  it('records changes to a location\'s messaging settings in the audit trail', async () => {
    const url = `${system.baseUrl}/api/locations/${system.org.locations.austin.id}/messaging-settings`;
    const current = (await (await fetch(url, { headers: { cookie: owner } })).json()) as Record<string, unknown>;
    const { locationId: _l, customTemplates: _c, defaults: _d, confirmationTiming: _t, ...editable } = current;
    const res = await fetch(url, { method: 'PUT', headers: { cookie: owner, 'content-type': 'application/json' }, body: JSON.stringify({ ...editable, sendingHours: { start: '09:00', end: '19:00' } }) });
    expect(res.status).toBe(200);
    const [event] = await system.orm.em.fork().find(AuditEvent, { action: 'settings.update', targetType: 'location' }, { orderBy: { seq: 'desc' }, limit: 1 });
    expect(event).toMatchObject({ actorLabel: 'owner@glow.test', targetId: system.org.locations.austin.id, details: expect.objectContaining({ fields: expect.arrayContaining(['sendingHours']) }) });
  });
});
