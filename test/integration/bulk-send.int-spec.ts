import { randomUUID } from 'node:crypto';
import { AuditEvent, Message, SimulatorMessage, StaffAlert, Staff } from '@beacon/db';
import { bulkSendWorkflowId } from '@beacon/workflows/bulk/definitions.js';
import { createBulkSendActivities, type BulkPreview, type BulkSendDetail } from '@beacon/bulk';
import { verifyAuditTrail } from '@beacon/audit';
import { createSmsSender } from '@beacon/messaging';
import { findOrCreateConversation } from '@beacon/inbox';
import { createTemporalClient } from '@beacon/temporal-runtime';
import { RunningSystem } from '../support/running-system.js';
import { eventually } from '../support/eventually.js';
import { insertPatients, laterToday } from '../support/bulk-fixtures.js';

const AUSTIN_NUMBER = '+15125550100';
const LEE = 'Dr. Priya Lee';
const SHAH = 'Nina Shah, NP';

/**
 * Bulk sends end to end against the real database and Temporal: who the preview leaves out and why,
 * the access rule, texts that reach the simulator once each, replies marked as answering the send,
 * the finished alert and the audit trail, and pause / resume / cancel of a running send.
 */
describe('bulk sends', () => {
  let system: RunningSystem;
  let frontdesk: string;
  let org: { organizationId: string; integrationId: string; locationId: string };
  let phoneSeq = 0;
  const phone = () => `+1512556${String(1000 + phoneSeq++).padStart(4, '0')}`;

  beforeAll(async () => {
    system = await RunningSystem.start();
    frontdesk = await system.login('frontdesk@glow.test');
    org = { organizationId: system.org.organizationId, integrationId: system.org.integrationId, locationId: system.org.locations.austin.id };
  });

  afterAll(async () => {
    await system?.stop();
  });

  const api = async <T = unknown>(cookie: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> => {
    const res = await fetch(`${system.baseUrl}/api${path}`, { method, headers: { 'content-type': 'application/json', cookie }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  };
  const detail = async (id: string) => (await api<BulkSendDetail>(frontdesk, 'GET', `/bulk-sends/${id}`)).body;
  const tz = () => system.org.locations.austin.timeZone;

  it('previews who is left out and why, masked for staff without contact rights', async () => {
    const at = laterToday(tz());
    const [ok, optedOut, invalid, cancelled, alreadyToday, otherProvider] = [phone(), phone(), '+1555', phone(), phone(), phone()];
    const ids = await insertPatients(system.orm.em.fork(), org, [
      { firstName: 'Ok', phone: ok, appointment: { startsAt: at, providerName: SHAH } },
      { firstName: 'Stopped', phone: optedOut, optedOut: true, appointment: { startsAt: at, providerName: SHAH } },
      { firstName: 'Badnumber', phone: invalid, appointment: { startsAt: at, providerName: SHAH } },
      { firstName: 'Cancelled', phone: cancelled, appointment: { startsAt: at, providerName: SHAH, status: 'cancelled' } },
      { firstName: 'Twice', phone: alreadyToday, appointment: { startsAt: at, providerName: SHAH } },
      { firstName: 'Other', phone: otherProvider, appointment: { startsAt: at, providerName: 'Dr. Somebody Else' } },
    ]);
    // "Twice" already got a running-late text from this location today.
    const earlier = randomUUID();
    const staff = await system.orm.em.fork().findOneOrFail(Staff, { email: 'frontdesk@glow.test' });
    await system.orm.em.fork().execute(
      `insert into bulk_send (id, organization_id, location_id, scenario, template, status, rate_per_second, from_number, created_by) values (?, ?, ?, 'provider_running_late', 'x', 'finished', 4, ?, ?)`,
      [earlier, org.organizationId, org.locationId, AUSTIN_NUMBER, staff.id],
    );
    await system.orm.em.fork().execute(`insert into bulk_send_recipient (bulk_send_id, patient_id, status, sent_at) values (?, ?, 'sent', now())`, [earlier, ids[4]]);

    const request = { locationId: org.locationId, criteria: { scenario: 'provider_running_late', providerName: SHAH, delayMinutes: 20 } };
    const res = await api<BulkPreview>(frontdesk, 'POST', '/bulk-sends/preview', request);
    expect(res.status).toBe(200);
    const preview = res.body;
    expect(preview.recipients.map((r) => r.name)).toEqual(['Ok Bulk']);
    expect(preview.recipients[0]?.phone).toBe(ok);
    const reasons = Object.fromEntries(preview.excluded.map((e) => [e.name, e.reason]));
    expect(reasons).toEqual({ 'Stopped Bulk': 'opted_out', 'Badnumber Bulk': 'invalid_number', 'Cancelled Bulk': 'appointment_cancelled', 'Twice Bulk': 'already_sent_today' });
    expect(preview.sampleText).toMatch(/^Hi Ok, Nina Shah, NP is running about 20 min late today, so your \d{1,2}:\d{2} [AP]M visit at .+ may start later\. Sorry for the wait!$/);
    expect(preview.ratePerSecond).toBe(4); // a 10DLC number's default
    expect(preview.allowance).toEqual({ overageTexts: 0 });

    // A coordinator given the bulk permission but not contact rights: same people, numbers masked.
    await system.orm.em.fork().execute(`update staff set permissions = permissions || '{"bulkMessaging": true}'::jsonb where email = 'coordinator@glow.test'`);
    const coordinator = await system.login('coordinator@glow.test');
    const masked = await api<BulkPreview>(coordinator, 'POST', '/bulk-sends/preview', request);
    expect(masked.status).toBe(200);
    expect(masked.body.recipients).toEqual([expect.objectContaining({ name: 'Ok Bulk', phone: `(•••) •••-${ok.slice(-4)}` })]);
    expect(JSON.stringify(masked.body)).not.toContain(ok);
    expect(JSON.stringify(masked.body)).not.toContain(optedOut);
  });

  it('leaves out promotions without marketing consent, and all of them outside marketing hours', async () => {
    const visit = { startsAt: new Date(Date.now() - 40 * 24 * 3600_000), providerName: LEE, status: 'completed' as const, serviceName: 'HydraFacial', priceCents: 25_000 };
    const [yes, no, cheap] = [phone(), phone(), phone()];
    await insertPatients(system.orm.em.fork(), org, [
      { firstName: 'Promoyes', phone: yes, marketingOptIn: true, appointment: visit },
      { firstName: 'Promono', phone: no, appointment: visit },
      { firstName: 'Promocheap', phone: cheap, marketingOptIn: true, appointment: { ...visit, priceCents: 1_000 } },
    ]);
    const criteria = { scenario: 'promotion', services: ['HydraFacial'], minLifetimeSpendCents: 20_000, lastVisitAfter: new Date(Date.now() - 60 * 24 * 3600_000).toISOString().slice(0, 10) };
    const setHours = (hours: object) => system.orm.em.fork().execute(`update organization set marketing_hours = ?::jsonb where id = ?`, [JSON.stringify(hours), org.organizationId]);
    await setHours({ start: '00:00', end: '23:59' });
    const open = (await api<BulkPreview>(frontdesk, 'POST', '/bulk-sends/preview', { locationId: org.locationId, criteria })).body;
    expect(open.recipients.map((r) => r.name)).toEqual(['Promoyes Bulk']);
    expect(open.excluded.map((e) => [e.name, e.reason])).toEqual([['Promono Bulk', 'no_marketing_consent']]);
    // The other side of the date: last visit before a day 50 days ago (theirs was 40 days ago) — not them.
    const lapsed = { ...criteria, lastVisitAfter: undefined, lastVisitBefore: new Date(Date.now() - 50 * 24 * 3600_000).toISOString().slice(0, 10) };
    const before = (await api<BulkPreview>(frontdesk, 'POST', '/bulk-sends/preview', { locationId: org.locationId, criteria: lapsed })).body;
    expect([...before.recipients, ...before.excluded].map((r) => r.name).filter((n) => n?.startsWith('Promo'))).toEqual([]);

    await setHours({ start: '00:00', end: '00:00' });
    const closed = (await api<BulkPreview>(frontdesk, 'POST', '/bulk-sends/preview', { locationId: org.locationId, criteria })).body;
    expect(closed.recipientCount).toBe(0);
    expect(Object.fromEntries(closed.excluded.map((e) => [e.name, e.reason]))).toEqual({ 'Promoyes Bulk': 'outside_marketing_hours', 'Promono Bulk': 'no_marketing_consent' });
    await setHours({ start: '08:00', end: '20:00' });

    // A promotion's wording must carry the opt-out line; bad input is a 400, never a 500.
    const noStop = await api<{ code: string }>(frontdesk, 'POST', '/bulk-sends/preview', { locationId: org.locationId, criteria, template: 'Hi {{firstName}}, 20% off!' });
    expect([noStop.status, noStop.body.code]).toEqual([400, 'BULK_INVALID_TEMPLATE']);
    const unknownVar = await api<{ code: string }>(frontdesk, 'POST', '/bulk-sends/preview', { locationId: org.locationId, criteria: { scenario: 'closure', reason: 'ice' }, template: 'Hi {{diagnosis}}' });
    expect([unknownVar.status, unknownVar.body.code]).toEqual([400, 'BULK_INVALID_TEMPLATE']);
    const badDate = await api(frontdesk, 'POST', '/bulk-sends/preview', { locationId: org.locationId, criteria: { scenario: 'promotion', lastVisitBefore: 'soon' } });
    expect(badDate.status).toBe(400);
  });

  it('lets only staff with the bulk permission preview, start or see sends', async () => {
    const request = { locationId: org.locationId, criteria: { scenario: 'closure', reason: 'ice storm' } };
    for (const email of ['provider@glow.test', 'assistant@glow.test']) {
      const cookie = await system.login(email);
      expect((await api(cookie, 'POST', '/bulk-sends/preview', request)).status).toBe(403);
      expect((await api(cookie, 'POST', '/bulk-sends', request)).status).toBe(403);
      expect((await api(cookie, 'GET', '/bulk-sends')).status).toBe(403);
    }
    // Bulk permission, but not at this location.
    const sd = await system.login('frontdesk.sd@glow.test');
    expect((await api<{ code: string }>(sd, 'POST', '/bulk-sends/preview', request)).body.code).toBe('BULK_LOCATION_NOT_FOUND');
  });

  it('lets staff limited to their own patients preview and text only those, and says so; staff who see everyone reach everyone', async () => {
    const at = laterToday(tz(), 0.4);
    const OTHER = 'Dr. Scope Test';
    const [assignedPhone, strangerPhone] = [phone(), phone()];
    const [assignedId] = await insertPatients(system.orm.em.fork(), org, [
      { firstName: 'Assigned', phone: assignedPhone, appointment: { startsAt: at, providerName: OTHER } },
      { firstName: 'Stranger', phone: strangerPhone, appointment: { startsAt: at, providerName: OTHER } },
    ]);
    // The provider preset (own patients only) given the bulk permission; "Assigned"'s thread is theirs.
    const em = system.orm.em.fork();
    const provider = await em.findOneOrFail(Staff, { email: 'provider@glow.test' });
    await em.execute(`update staff set permissions = permissions || '{"bulkMessaging": true}'::jsonb where id = ?`, [provider.id]);
    const conversation = await findOrCreateConversation(em, { organizationId: org.organizationId, locationId: org.locationId, patientId: assignedId! });
    await em.execute('update conversation set assigned_staff_id = ? where id = ?', [provider.id, conversation.id]);
    const own = await system.login('provider@glow.test');
    const request = { locationId: org.locationId, criteria: { scenario: 'provider_running_late', providerName: OTHER, delayMinutes: 10 } };

    // Front desk (sees every patient): both, nothing said about scope.
    const everyone = (await api<BulkPreview>(frontdesk, 'POST', '/bulk-sends/preview', request)).body;
    expect(everyone.recipients.map((r) => r.name)).toEqual(['Assigned Bulk', 'Stranger Bulk']);
    expect([everyone.patientScope, everyone.patientScopeNote]).toEqual(['all', null]);

    // Own patients only: the stranger is neither listed, nor counted, nor left out "with a reason".
    const mine = await api<BulkPreview>(own, 'POST', '/bulk-sends/preview', request);
    expect(mine.status).toBe(200);
    expect(mine.body.recipients.map((r) => r.name)).toEqual(['Assigned Bulk']);
    expect([mine.body.recipientCount, mine.body.excludedCount]).toEqual([1, 0]);
    expect(mine.body.patientScope).toBe('own');
    expect(mine.body.patientScopeNote).toMatch(/^Only your own patients are included/);
    expect(JSON.stringify(mine.body)).not.toContain('Stranger');
    expect(JSON.stringify(mine.body)).not.toContain(`•••-${strangerPhone.slice(-4)}`);

    // What they start reaches only their patient.
    const start = await api<{ id: string; preview: BulkPreview }>(own, 'POST', '/bulk-sends', { ...request, ratePerSecond: 50 });
    expect(start.status).toBe(202);
    expect(start.body.preview.recipientCount).toBe(1);
    const done = await eventually(async () => {
      const d = await detail(start.body.id);
      return d.status === 'finished' ? d : null;
    }, 'the send to finish', 60_000, 100);
    expect(done.counts).toMatchObject({ recipients: 1, sent: 1 });
    expect(await system.orm.em.fork().count(SimulatorMessage, { patientPhone: assignedPhone })).toBe(1);
    expect(await system.orm.em.fork().count(SimulatorMessage, { patientPhone: strangerPhone })).toBe(0);
    await system.orm.em.fork().execute(`update staff set permissions = permissions || '{"bulkMessaging": false}'::jsonb where id = ?`, [provider.id]);
  });

  it('counts the send against the plan: over the month\'s allowance it says so and needs a confirmation; a plan without bulk sends refuses', async () => {
    const at = laterToday(tz());
    const [patientId] = await insertPatients(system.orm.em.fork(), org, [{ firstName: 'Allowance', phone: phone(), appointment: { startsAt: at, providerName: 'Dr. Allowance Test' } }]);
    const request = { locationId: org.locationId, criteria: { scenario: 'provider_running_late', providerName: 'Dr. Allowance Test', delayMinutes: 15 } };
    expect((await api<BulkPreview>(frontdesk, 'POST', '/bulk-sends/preview', request)).body.allowance).toEqual({ overageTexts: 0 });
    // This month already used the Professional plan's 5,000 segments (the demo clinic is on Enterprise: 20,000).
    const em = system.orm.em.fork();
    const conversation = await findOrCreateConversation(em, { organizationId: org.organizationId, locationId: org.locationId, patientId: patientId! });
    const heavy = em.create(Message, {
      conversationId: conversation.id, direction: 'outbound', body: 'usage fixture', status: 'delivered', automated: true, kind: 'manual', fromNumber: AUSTIN_NUMBER, toNumber: '+15125550000',
      providerSid: null, idempotencyKey: null, errorCode: null, errorMessage: null, sentByStaffId: null, segments: 20_000,
    });
    await em.persist(heavy).flush();
    try {
      const preview = await api<BulkPreview>(frontdesk, 'POST', '/bulk-sends/preview', request);
      // Counted in billed segments, like the carrier (the template's text may take two).
      const over = preview.body.allowance.overageTexts;
      expect(over).toBeGreaterThanOrEqual(1);
      const refused = await api<{ code: string; message: string }>(frontdesk, 'POST', '/bulk-sends', { ...request, clientRequestId: randomUUID() });
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ code: 'BULK_ALLOWANCE_EXCEEDED', message: expect.stringContaining(`${over} texts over`) });
      await system.orm.em.fork().execute(`update organization set plan = 'starter' where id = ?`, [org.organizationId]);
      const starter = await api<{ message: string }>(frontdesk, 'POST', '/bulk-sends/preview', request);
      expect(starter.status).toBe(403);
      expect(starter.body.message).toMatch(/not included in the Starter plan/);
    } finally {
      await system.orm.em.fork().execute(`update organization set plan = 'enterprise' where id = ?`, [org.organizationId]);
      await system.orm.em.fork().execute('delete from message where id = ?', [heavy.id]);
    }
  });

  it('texts each patient once, marks replies, alerts staff when finished and audits every recipient', async () => {
    const at = laterToday(tz(), 0.3);
    const phones = [phone(), phone(), phone()];
    await insertPatients(system.orm.em.fork(), org, phones.map((p, i) => ({ firstName: `Late${i}`, phone: p, appointment: { startsAt: at, providerName: LEE } })));
    const start = await api<{ id: string; preview: BulkPreview }>(frontdesk, 'POST', '/bulk-sends', {
      locationId: org.locationId,
      criteria: { scenario: 'provider_running_late', providerName: LEE, delayMinutes: 15 },
      ratePerSecond: 50,
      clientRequestId: randomUUID(),
    });
    expect(start.status).toBe(202);
    const id = start.body.id;
    expect(start.body.preview.recipientCount).toBe(3);
    const done = await eventually(async () => {
      const d = await detail(id);
      return d.status === 'finished' ? d : null;
    }, 'the send to finish', 60_000, 100);
    expect(done.counts).toMatchObject({ recipients: 3, queued: 0, sent: 3, failed: 0, excluded: 0 });
    for (const p of phones) {
      const carried = await system.orm.em.fork().find(SimulatorMessage, { patientPhone: p });
      expect(carried).toHaveLength(1);
      expect(carried[0]?.body).toContain('running about 15 min late today');
      expect(carried[0]?.duplicateSends).toBe(0);
    }
    const alert = await system.orm.em.fork().findOneOrFail(StaffAlert, { dedupeKey: `bulk-send-${id}:finished` });
    expect(alert.kind).toBe('bulk_send_finished');
    expect(alert.message).toContain('3 sent');
    const audit = await system.orm.em.fork().find(AuditEvent, { action: { $in: ['bulk_send.start', 'bulk_send.recipient', 'bulk_send.finish'] }, targetId: { $in: [id, ...done.recipients.map((r) => r.messageId ?? '')] } } as never);
    expect(audit.filter((a) => a.action === 'bulk_send.recipient')).toHaveLength(3);
    expect(audit.filter((a) => a.action === 'bulk_send.start')).toHaveLength(1);
    expect(audit.filter((a) => a.action === 'bulk_send.finish').map((a) => a.details)).toEqual([expect.objectContaining({ outcome: 'finished', sent: 3 })]);
    // Temporal runs the finishing activity again (its completion was lost to a crash or an outage):
    // still one finish entry in the audit trail, one alert, and the send stays finished.
    const activities = createBulkSendActivities({ em: () => system.orm.em.fork(), sender: createSmsSender(system.config, () => system.orm.em.fork()) });
    await activities.finishBulkSend({ bulkSendId: id, outcome: 'finished' });
    expect(await system.orm.em.fork().count(AuditEvent, { action: 'bulk_send.finish', targetId: id })).toBe(1);
    expect(await system.orm.em.fork().count(StaffAlert, { dedupeKey: `bulk-send-${id}:finished` })).toBe(1);
    expect((await detail(id)).status).toBe('finished');
    expect((await verifyAuditTrail(system.orm.em.fork(), org.organizationId)).ok).toBe(true);

    // The patient answers: the reply lands in their thread, marked as a reply to this send.
    const reply = await api(frontdesk, 'POST', '/simulator/inbound', { from: phones[0], to: AUSTIN_NUMBER, body: 'ok thanks, see you soon' });
    expect(reply.status).toBe(202);
    const inbound = await eventually(async () => system.orm.em.fork().findOne(Message, { fromNumber: phones[0], direction: 'inbound' }), 'the reply stored');
    expect(inbound.bulkSendId).toBe(id);
    const sent = await system.orm.em.fork().findOneOrFail(Message, { toNumber: phones[0], direction: 'outbound' });
    expect(inbound.conversationId).toBe(sent.conversationId);
    expect((await detail(id)).replies).toBe(1);

    // The same request again starts nothing new.
    const again = await api<{ id: string; duplicate: boolean }>(frontdesk, 'POST', '/bulk-sends', { locationId: org.locationId, criteria: { scenario: 'closure', reason: 'x' }, clientRequestId: id });
    expect(again.body).toMatchObject({ id, duplicate: true });
    // Finished: nothing left to pause or cancel.
    expect((await api<{ code: string }>(frontdesk, 'POST', `/bulk-sends/${id}/cancel`)).body.code).toBe('BULK_INVALID_TRANSITION');
  });

  /** The batch results the workflow has recorded (decoded from its history). */
  async function batchResults(id: string): Promise<{ state: string }[]> {
    const client = await createTemporalClient({ address: system.config.TEMPORAL_ADDRESS, namespace: system.config.TEMPORAL_NAMESPACE });
    try {
      const history = await client.workflow
        .getHandle(bulkSendWorkflowId(id))
        .fetchHistory()
        // The outbox relay may not have started the workflow yet (gRPC NOT_FOUND): no results so far.
        .catch((err: unknown) => {
          if ((err as { code?: unknown }).code === 5) return null;
          throw err;
        });
      return (history?.events ?? []).flatMap((e) => {
        const data = e.activityTaskCompletedEventAttributes?.result?.payloads?.[0]?.data;
        return data ? [JSON.parse(Buffer.from(data).toString('utf8')) as { state: string }] : [];
      });
    } finally {
      await client.connection.close();
    }
  }

  it('checks the appointment and consent again when each text goes out', async () => {
    const at = laterToday(tz(), 0.7);
    const phones = Array.from({ length: 4 }, () => phone());
    const ids = await insertPatients(system.orm.em.fork(), org, phones.map((p, i) => ({ firstName: `Recheck${i}`, phone: p, appointment: { startsAt: at, providerName: 'Dr. Recheck' } })));
    const start = await api<{ id: string }>(frontdesk, 'POST', '/bulk-sends', { locationId: org.locationId, criteria: { scenario: 'provider_sick', providerName: 'Dr. Recheck' }, ratePerSecond: 1 });
    expect(start.status).toBe(202);
    const id = start.body.id;
    // Hold the send, then change the last two patients while they wait their turn.
    expect((await api(frontdesk, 'POST', `/bulk-sends/${id}/pause`)).status).toBe(200);
    await eventually(async () => (await batchResults(id)).some((r) => r.state === 'paused'), 'the workflow to see the pause', 30_000, 200);
    const waiting = (await detail(id)).recipients.filter((r) => r.status === 'pending').map((r) => r.patientId);
    expect(waiting).toEqual(expect.arrayContaining([ids[2], ids[3]]));
    await system.orm.em.fork().execute(`update appointment set status = 'cancelled' where patient_id = ?`, [ids[2]]);
    await system.orm.em.fork().execute(
      `insert into consent_event (id, organization_id, patient_id, phone, kind, action, method, created_at) values (?, ?, ?, ?, 'transactional', 'opt_out', 'keyword', now())`,
      [randomUUID(), org.organizationId, ids[3], phones[3]],
    );
    expect((await api(frontdesk, 'POST', `/bulk-sends/${id}/resume`)).status).toBe(200);
    const done = await eventually(async () => {
      const d = await detail(id);
      return d.status === 'finished' ? d : null;
    }, 'the send to finish', 60_000, 100);
    const byPatient = Object.fromEntries(done.recipients.map((r) => [r.patientId, [r.status, r.exclusion]]));
    expect(byPatient[ids[2] ?? '']).toEqual(['excluded', 'appointment_cancelled']);
    expect(byPatient[ids[3] ?? '']).toEqual(['excluded', 'opted_out']);
    expect(await system.orm.em.fork().count(SimulatorMessage, { patientPhone: { $in: [phones[2], phones[3]] } })).toBe(0);
    expect(await system.orm.em.fork().count(SimulatorMessage, { patientPhone: { $in: [phones[0], phones[1]] } })).toBe(2);
    expect(done.counts).toMatchObject({ sent: 2, excluded: 2, queued: 0 });
  });

  it('pauses (nobody else is texted), resumes and cancels a running send', async () => {
    const at = laterToday(tz(), 0.6);
    const phones = Array.from({ length: 6 }, () => phone());
    await insertPatients(system.orm.em.fork(), org, phones.map((p, i) => ({ firstName: `Paced${i}`, phone: p, appointment: { startsAt: at, providerName: 'Dr. Paced' } })));
    const carried = () => system.orm.em.fork().count(SimulatorMessage, { patientPhone: { $in: phones } });
    const start = await api<{ id: string }>(frontdesk, 'POST', '/bulk-sends', { locationId: org.locationId, criteria: { scenario: 'provider_running_late', providerName: 'Dr. Paced', delayMinutes: 30 }, ratePerSecond: 1 });
    expect(start.status).toBe(202);
    const id = start.body.id;
    await eventually(async () => (await carried()) >= 1, 'the first text');
    expect((await api(frontdesk, 'POST', `/bulk-sends/${id}/pause`)).status).toBe(200);
    expect((await api<{ code: string }>(frontdesk, 'POST', `/bulk-sends/${id}/pause`)).body.code).toBe('BULK_INVALID_TRANSITION');
    // The workflow has seen the pause (a batch reported it), so it sends nothing until resumed.
    await eventually(async () => (await batchResults(id)).some((r) => r.state === 'paused'), 'the workflow to see the pause', 30_000, 200);
    const whilePaused = await carried();
    expect(whilePaused).toBeLessThan(6);
    expect((await detail(id)).status).toBe('paused');
    expect(await carried()).toBe(whilePaused);

    expect((await api(frontdesk, 'POST', `/bulk-sends/${id}/resume`)).status).toBe(200);
    await eventually(async () => (await carried()) > whilePaused, 'sending again after resume', 30_000);

    expect((await api(frontdesk, 'POST', `/bulk-sends/${id}/cancel`)).status).toBe(200);
    const client = await createTemporalClient({ address: system.config.TEMPORAL_ADDRESS, namespace: system.config.TEMPORAL_NAMESPACE });
    try {
      await client.workflow.getHandle(bulkSendWorkflowId(id)).result();
    } finally {
      await client.connection.close();
    }
    const final = await detail(id);
    expect(final.status).toBe('cancelled');
    const sentCount = final.recipients.filter((r) => r.status === 'sent').length;
    expect(sentCount).toBeLessThan(6);
    expect(final.recipients.filter((r) => r.status === 'cancelled')).toHaveLength(6 - sentCount);
    // Each texted once; nobody after the cancel.
    expect(await carried()).toBe(sentCount);
    // Paced at the rate staff set (1/s): never two texts of the send within a second of each other.
    const times = (await system.orm.em.fork().find(SimulatorMessage, { patientPhone: { $in: phones } }, { orderBy: { createdAt: 'asc' } })).map((m) => m.createdAt.getTime());
    expect(times.slice(1).map((t, i) => t - times[i]!).filter((gap) => gap < 900)).toEqual([]);
    expect(await system.orm.em.fork().count(StaffAlert, { dedupeKey: `bulk-send-${id}:finished` })).toBe(0);
  });
});
