import { randomUUID } from 'node:crypto';
import { createAppointmentActivities } from '@beacon/appointments';
import { classifyMessage } from '@beacon/compliance';
import { createSuggestionActivities } from '@beacon/suggestions';
import { Appointment, AuditEvent, ConsentEvent, Conversation, Integration, Location, Message, Organization, Patient, ReplySuggestion, Staff, StaffAlert, type EntityManager, type WeeklyHours } from '@beacon/db';
import { billedSegments, twilioSignature, type SmsSender } from '@beacon/messaging';
import { outcomesReport, rollOutcomeDays } from '@beacon/outcomes';
import { checkAllowance, monthlyUsage, raiseUsageAlerts, UsageAlertMonitor } from '@beacon/plans';
import { eventually } from '../support/eventually.js';
import { RunningSystem } from '../support/running-system.js';
import { TEST_AUTH_TOKEN } from '../support/test-env.js';

const WEEKDAYS_9_TO_5: WeeklyHours = { '0': [], '1': [{ open: '09:00', close: '17:00' }], '2': [{ open: '09:00', close: '17:00' }], '3': [{ open: '09:00', close: '17:00' }], '4': [{ open: '09:00', close: '17:00' }], '5': [{ open: '09:00', close: '17:00' }], '6': [] };
const at = (iso: string) => new Date(iso);

/**
 * A clinic whose history is known to the message: 7 appointments in two weeks of October 2026, 4 in the
 * fortnight before reminders started (the first automated text, 1 Oct), and the texts around them.
 */
async function seedMetricsClinic(em: EntityManager) {
  const organizationId = randomUUID();
  const locationId = randomUUID();
  const integrationId = randomUUID();
  em.create(Organization, { id: organizationId, name: 'Metrics Clinic', plan: 'starter', createdAt: new Date() });
  em.create(Location, { id: locationId, organizationId, name: 'Metrics Austin', timeZone: 'America/Chicago', phoneNumber: '+15125557700', address: '1 Test St', businessHours: WEEKDAYS_9_TO_5, messagingSettings: {}, createdAt: new Date() });
  em.create(Integration, { id: integrationId, organizationId, name: 'Test booking', keyId: `metrics-${organizationId}`, secretEncrypted: 'x', active: true, createdAt: new Date() });
  const patients = Array.from({ length: 6 }, (_, i) => {
    const id = randomUUID();
    em.create(Patient, { id, organizationId, firstName: `P${i + 1}`, lastName: 'Test', phone: `+1512555771${i}`, email: null, createdAt: new Date() });
    const conversationId = randomUUID();
    em.create(Conversation, { id: conversationId, organizationId, locationId, patientId: id, status: 'open', lastMessageAt: new Date(), lastMessagePreview: '', lastInboundAt: null, createdAt: new Date(), updatedAt: new Date() });
    return { id, conversationId, phone: `+1512555771${i}` };
  });
  const p = (n: number) => patients[n - 1]!;
  const appointment = (n: number, o: { startsAt: string; provider: string; status: 'booked' | 'cancelled' | 'completed' | 'no_show'; confirmation?: 'confirmed' | 'unconfirmed'; version?: number; lastEventAt?: string; price?: number; createdAt?: string }) => {
    const id = randomUUID();
    em.create(Appointment, {
      id, organizationId, integrationId, externalId: randomUUID(), locationId, patientId: p(n).id, startsAt: at(o.startsAt), durationMinutes: 30, providerName: o.provider, serviceName: 'Botox', source: 'staff',
      status: o.status, confirmationStatus: o.confirmation ?? 'unconfirmed', version: o.version ?? 1, lastEventAt: o.lastEventAt ? at(o.lastEventAt) : null, priceCents: o.price ?? null,
      createdAt: at(o.createdAt ?? '2026-09-01T00:00:00Z'), updatedAt: new Date(),
    });
    return id;
  };
  // The period: week of 5 Oct and week of 12 Oct.
  const a1 = appointment(1, { startsAt: '2026-10-07T15:00:00Z', provider: 'Dr A', status: 'booked', confirmation: 'confirmed', price: 10000 });
  appointment(2, { startsAt: '2026-10-08T15:00:00Z', provider: 'Dr A', status: 'completed', price: 20000 });
  const a3 = appointment(3, { startsAt: '2026-10-08T16:00:00Z', provider: 'Dr B', status: 'no_show', price: 9000 });
  appointment(4, { startsAt: '2026-10-09T15:00:00Z', provider: 'Dr B', status: 'cancelled', lastEventAt: '2026-10-09T13:00:00Z' });
  const a5 = appointment(5, { startsAt: '2026-10-15T15:00:00Z', provider: 'Dr A', status: 'cancelled', lastEventAt: '2026-10-12T15:00:00Z', price: 5000 });
  const a6 = appointment(6, { startsAt: '2026-10-16T15:00:00Z', provider: 'Dr A', status: 'booked', version: 2, price: 15000 });
  appointment(1, { startsAt: '2026-10-17T15:00:00Z', provider: 'Dr B', status: 'completed', confirmation: 'confirmed', createdAt: '2026-10-08T00:00:00Z' });
  // The baseline fortnight before 1 Oct.
  appointment(2, { startsAt: '2026-09-20T15:00:00Z', provider: 'Dr A', status: 'no_show' });
  appointment(3, { startsAt: '2026-09-22T15:00:00Z', provider: 'Dr A', status: 'completed' });
  appointment(4, { startsAt: '2026-09-24T15:00:00Z', provider: 'Dr B', status: 'no_show' });
  appointment(5, { startsAt: '2026-09-26T15:00:00Z', provider: 'Dr B', status: 'cancelled', lastEventAt: '2026-09-20T15:00:00Z' });

  const text = (n: number, o: { at: string; direction?: 'inbound' | 'outbound'; kind: string; status: 'delivered' | 'undelivered' | 'failed' | 'blocked' | 'received'; automated?: boolean; errorCode?: string; key?: string; body?: string }) => {
    const body = o.body ?? 'Hello from the test clinic';
    em.create(Message, {
      id: randomUUID(), conversationId: p(n).conversationId, direction: o.direction ?? 'outbound', body, segments: billedSegments(body), status: o.status, automated: o.automated ?? (o.kind !== 'manual' && o.kind !== 'patient_reply'),
      kind: o.kind, fromNumber: '+15125557700', toNumber: p(n).phone, providerSid: null, idempotencyKey: o.key ?? null, errorCode: o.errorCode ?? null, errorMessage: null, sentByStaffId: null, createdAt: at(o.at), updatedAt: at(o.at),
    });
  };
  const req = (id: string, version = 1) => `appointment-${id}:confirmation_request:v${version}`;
  text(1, { at: '2026-10-01T12:00:00Z', kind: 'booking_confirmation', status: 'delivered' }); // reminders start
  text(1, { at: '2026-10-05T16:00:00Z', kind: 'confirmation_request', status: 'delivered', key: req(a1) });
  text(3, { at: '2026-10-06T15:00:00Z', kind: 'confirmation_request', status: 'delivered', key: req(a3) });
  text(5, { at: '2026-10-13T15:00:00Z', kind: 'confirmation_request', status: 'delivered', key: req(a5) });
  text(6, { at: '2026-10-14T15:00:00Z', kind: 'confirmation_request', status: 'delivered', key: req(a6, 1) });
  text(2, { at: '2026-10-05T16:00:00Z', kind: 'reminder', status: 'undelivered', errorCode: '30003', body: `Hi 😊 ${'x'.repeat(80)}` }); // UCS-2, 2 segments
  text(4, { at: '2026-10-05T16:00:00Z', kind: 'reminder', status: 'failed', errorCode: '30006' });
  text(5, { at: '2026-10-05T16:00:00Z', kind: 'reminder', status: 'blocked' });
  // Patient texts and staff replies (Chicago is UTC−5 in October).
  text(1, { at: '2026-10-06T15:00:00Z', direction: 'inbound', kind: 'patient_reply', status: 'received' }); // Tue 10:00
  text(1, { at: '2026-10-06T15:30:00Z', kind: 'manual', status: 'delivered' }); // 30 min
  text(2, { at: '2026-10-07T19:00:00Z', direction: 'inbound', kind: 'patient_reply', status: 'received' }); // Wed 14:00
  text(2, { at: '2026-10-07T19:05:00Z', direction: 'inbound', kind: 'patient_reply', status: 'received' }); // same turn
  text(2, { at: '2026-10-07T20:00:00Z', kind: 'manual', status: 'delivered' }); // 60 min
  text(3, { at: '2026-10-10T15:00:00Z', direction: 'inbound', kind: 'patient_reply', status: 'received' }); // Saturday: closed
  text(4, { at: '2026-10-12T14:00:00Z', direction: 'inbound', kind: 'patient_reply', status: 'received' }); // Mon 09:00
  text(4, { at: '2026-10-12T14:10:00Z', kind: 'manual', status: 'delivered' }); // 10 min
  text(1, { at: '2026-10-14T01:00:00Z', direction: 'inbound', kind: 'patient_reply', status: 'received' }); // Tue 20:00: closed, unanswered
  em.create(ConsentEvent, { id: randomUUID(), organizationId, patientId: p(3).id, phone: p(3).phone, kind: 'transactional', action: 'opt_out', method: 'keyword', messageId: null, staffId: null, reason: null, createdAt: at('2026-10-10T15:00:00Z') });
  await em.flush();
  return { organizationId, locationId };
}

describe('outcomes, usage and plans (real API and PostgreSQL)', () => {
  let system: RunningSystem;
  let owner: string;
  let clinic: { organizationId: string; locationId: string };

  beforeAll(async () => {
    system = await RunningSystem.start();
    owner = await system.login('owner@glow.test');
    clinic = await seedMetricsClinic(system.orm.em.fork());
  });
  afterAll(async () => {
    await system?.stop();
  });

  const call = async (cookie: string, method: string, path: string, body?: unknown) => {
    const res = await fetch(`${system.baseUrl}/api${path}`, { method, headers: { cookie, 'content-type': 'application/json' }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    const text = await res.text();
    return { status: res.status, type: res.headers.get('content-type') ?? '', text, body: (text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : {}) as Record<string, unknown> };
  };
  const setDemoPlan = (plan: 'starter' | 'professional' | 'enterprise') => system.orm.em.fork().nativeUpdate(Organization, { id: system.org.organizationId }, { plan });
  const report = (granularity: 'week' | 'month' = 'week', extra: { providerName?: string } = {}) =>
    outcomesReport(system.orm.em.fork(), { organizationId: clinic.organizationId, locationIds: [clinic.locationId], granularity, from: at('2026-10-05T00:00:00Z'), to: at('2026-10-19T00:00:00Z'), ...extra });

  it('computes the rates of a known history exactly, per week, provider and location, with the baseline before reminders', async () => {
    const r = await report();
    expect(r.totals).toMatchObject({ appointments: 7, confirmationRate: 0.6, noShowRate: 0.3333, lateCancellationRate: 0.1429, rescheduleRate: 0.1429, deliveryRate: 0.7778, medianResponseMinutes: 30 });
    expect(r.series.map((b) => [b.periodStart.slice(0, 10), b.appointments, b.confirmationRate, b.noShowRate, b.lateCancellationRate, b.rescheduleRate, b.medianResponseMinutes])).toEqual([
      ['2026-10-05', 4, 0.6667, 0.5, 0.25, 0, 45],
      ['2026-10-12', 3, 0.5, 0, 0, 0.3333, 10],
    ]);
    expect(r.byProvider.map((p) => [p.key, p.appointments, p.confirmationRate])).toEqual([['Dr A', 4, 0.6667], ['Dr B', 3, 0.5]]);
    expect(r.byLocation).toEqual([expect.objectContaining({ key: clinic.locationId, label: 'Metrics Austin', appointments: 7 })]);
    expect(r.baseline?.rates).toEqual({ appointments: 4, confirmationRate: 0.3333, noShowRate: 0.6667, lateCancellationRate: 0, rescheduleRate: 0 });
    expect(r.baseline?.to).toBe('2026-10-01T12:00:00.000Z');
    expect(r.delivery).toMatchObject({ handedOver: 9, delivered: 7, failed: 2, deliveryRate: 0.7778 });
    expect(r.delivery.failureReasons.map((f) => [f.code, f.count])).toEqual([['30003', 1], ['30006', 1]]);
    expect(r.delivery.failureReasons[0]!.description).not.toBe('');
    expect(r.optOut).toMatchObject({ patientsTexted: 6, optedOut: 1, rate: 0.1667 });
    expect(r.responseTime).toMatchObject({ medianMinutes: 30, answered: 3 });
    // A1 confirmed after its request, A6 rebooked after it (v2 > v1); A3 missed, A5 cancelled.
    expect(r.revenueRecovered).toMatchObject({ cents: 25000, appointments: 2, unpriced: 0 });
    expect(r.revenueRecovered.method).toMatch(/unconfirmed when their first 48 h confirmation request was sent/);
    const funnel = Object.fromEntries(r.funnel.map((f) => [f.scenario, [f.sent, f.delivered, f.replied, f.booked]]));
    expect(funnel).toEqual({ confirmation_request: [4, 4, 1, 1], manual: [3, 3, 0, 1], reminder: [1, 0, 0, 0] });

    const drB = await report('week', { providerName: 'Dr B' });
    expect(drB.totals).toMatchObject({ appointments: 3, noShowRate: 0.5, lateCancellationRate: 0.3333 });
    expect(drB.revenueRecovered.cents).toBe(0);
  });

  it('gives the same report from the outcomes rollup once the days are rolled up', async () => {
    const raw = await report();
    const month = await report('month', { providerName: 'Dr A' });
    // (The worker's start may have rolled some of them already: count the rolled days, not this call's.)
    await rollOutcomeDays(system.orm.em.fork(), clinic.organizationId);
    const [rolled] = await system.orm.em.fork().getConnection().execute<{ n: string }[]>(`select count(*) as n from outcomes_rolled_day where organization_id = ?`, [clinic.organizationId]);
    expect(Number(rolled?.n)).toBeGreaterThan(14);
    expect(await report()).toEqual(raw);
    expect(await report('month', { providerName: 'Dr A' })).toEqual(month);
  });

  it('meters usage in segments per location, projects it to month end, and prices the overage a send would add', async () => {
    const em = system.orm.em.fork();
    const usage = await monthlyUsage(em, clinic.organizationId, at('2026-10-20T12:00:00Z'));
    expect(usage).toMatchObject({ plan: 'starter', allowance: 1000, used: 16, projected: 25, overageTexts: 0, overageCents: 0, periodStart: '2026-10-01T00:00:00.000Z' });
    expect(usage.locations).toEqual([{ locationId: clinic.locationId, locationName: 'Metrics Austin', inboundSegments: 6, outboundSegments: 10, inboundTexts: 6, outboundTexts: 9 }]);

    const check = await checkAllowance(em, clinic.organizationId, ['x'.repeat(160), 'x'.repeat(161), 'é😊'], at('2026-10-20T12:00:00Z'));
    expect(check).toMatchObject({ usedThisMonth: 16, segments: 4, usedAfter: 20, overageTexts: 0, overageCents: 0, message: null });
    const over = await checkAllowance(em, clinic.organizationId, Array.from({ length: 990 }, () => 'Reminder'), at('2026-10-20T12:00:00Z'));
    expect(over).toMatchObject({ segments: 990, usedAfter: 1006, overageTexts: 6, overageCents: 12 });
    expect(over.message).toBe("6 of these 990 texts go over this month's 1,000 included texts: $0.12 overage ($0.02 per text). They will still be sent.");
  });

  it('raises the 80 % and 100 % usage alerts once each per month', async () => {
    const em = system.orm.em.fork();
    const now = at('2026-10-21T12:00:00Z');
    const alerts = () => system.orm.em.fork().find(StaffAlert, { organizationId: clinic.organizationId, kind: 'usage_allowance' }, { orderBy: { createdAt: 'asc' } });
    expect(await raiseUsageAlerts(em, clinic.organizationId, now)).toEqual([]);
    const conversation = await em.findOneOrFail(Conversation, { organizationId: clinic.organizationId }, { orderBy: { createdAt: 'asc' } });
    const bulk = (segments: number) => {
      em.create(Message, { id: randomUUID(), conversationId: conversation.id, direction: 'outbound', body: 'bulk', segments, status: 'delivered', automated: true, kind: 'bulk', fromNumber: '+15125557700', toNumber: '+15125557710', providerSid: null, idempotencyKey: null, errorCode: null, errorMessage: null, sentByStaffId: null, createdAt: now, updatedAt: now });
      return em.flush();
    };
    await bulk(784); // 16 + 784 = 800: 80 %
    expect(await raiseUsageAlerts(em, clinic.organizationId, now)).toEqual([80]);
    expect(await raiseUsageAlerts(em, clinic.organizationId, now)).toEqual([80]);
    expect((await alerts()).map((a) => a.message)).toEqual([expect.stringMatching(/^80 % of this month's 1,000 included texts are used \(800 so far\)/)]);
    await bulk(300); // 1,100: over the allowance
    const monitor = new UsageAlertMonitor({ minIntervalMs: 60_000 });
    await monitor.textsRecorded(em, clinic.locationId, now);
    await monitor.textsRecorded(em, clinic.locationId, now);
    await raiseUsageAlerts(em, clinic.organizationId, now);
    const raised = await alerts();
    expect(raised.map((a) => a.dedupeKey)).toEqual([`usage:${clinic.organizationId}:2026-10:80`, `usage:${clinic.organizationId}:2026-10:100`]);
    expect(raised[1]!.message).toMatch(/used up \(1,100 so far\)\. Texts still go out; each one over costs \$0\.02/);
    expect(raised.every((a) => a.locationId === clinic.locationId)).toBe(true);
    // The next month starts again.
    expect(await raiseUsageAlerts(em, clinic.organizationId, at('2026-11-02T12:00:00Z'))).toEqual([]);
  });

  it('never blocks a text over the allowance: it goes, and the 100 % alert follows', async () => {
    await setDemoPlan('starter');
    try {
      const em = system.orm.em.fork();
      const now = new Date();
      const patient = em.create(Patient, { id: randomUUID(), organizationId: system.org.organizationId, firstName: 'Over', lastName: 'Allowance', phone: '+15125557799', email: null, createdAt: now });
      const conversation = em.create(Conversation, { id: randomUUID(), organizationId: system.org.organizationId, locationId: system.org.locations.austin.id, patientId: patient.id, status: 'open', lastMessageAt: now, lastMessagePreview: '', lastInboundAt: null, createdAt: now, updatedAt: now });
      em.create(Message, { id: randomUUID(), conversationId: conversation.id, direction: 'outbound', body: 'earlier', segments: 1000, status: 'delivered', automated: true, kind: 'bulk', fromNumber: '+15125550100', toNumber: '+15125550101', providerSid: null, idempotencyKey: null, errorCode: null, errorMessage: null, sentByStaffId: null, createdAt: now, updatedAt: now });
      await em.flush();
      const preview = await call(owner, 'POST', '/usage/preview', { texts: ['Running 5 minutes late?'] });
      expect(preview.status).toBe(200);
      expect(preview.body).toMatchObject({ overageTexts: 1, overageCents: 2 });
      // A patient texts (counted too), and staff answer: over the allowance, the answer still goes.
      const url = `${system.baseUrl}/api/webhooks/twilio/sms`;
      const params = { MessageSid: `SM${randomUUID().replace(/-/g, '')}`, From: '+15125557798', To: '+15125550100', Body: 'Can I come at 3?', NumMedia: '0' };
      const inbound = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(TEST_AUTH_TOKEN, url, params) }, body: new URLSearchParams(params) });
      expect(inbound.status).toBe(200);
      const thread = await eventually(async () => {
        const p = await system.orm.em.fork().findOne(Patient, { phone: '+15125557798' });
        return p && system.orm.em.fork().findOne(Conversation, { patientId: p.id });
      }, 'the patient’s thread', 10_000, 50);
      const sent = await call(owner, 'POST', `/conversations/${thread.id}/messages`, { body: 'We can see you at 3 today.', clientMessageId: randomUUID() });
      expect(sent.status).toBe(202);
      const messageId = (sent.body['message'] as { id: string } | undefined)?.id ?? (sent.body['id'] as string);
      await eventually(async () => {
        const m = await system.orm.em.fork().findOneOrFail(Message, messageId);
        return ['sent', 'delivered'].includes(m.status) ? m : null;
      }, 'the text over the allowance is sent', 30_000, 100);
      const alert = await eventually(async () => {
        return system.orm.em.fork().findOne(StaffAlert, { organizationId: system.org.organizationId, kind: 'usage_allowance', dedupeKey: { $like: '%:100' } });
      }, 'the 100 % usage alert', 30_000, 100);
      expect(alert.message).toMatch(/used up/);
    } finally {
      await setDemoPlan('enterprise');
    }
  });

  it('refuses features outside the plan with 403 and the reason, on the server', async () => {
    await setDemoPlan('starter');
    try {
      const templates = (await call(owner, 'GET', '/templates')).body as unknown as { id: string }[];
      const analytics = await call(owner, 'GET', `/templates/${templates[0]!.id}/analytics`);
      expect(analytics.status).toBe(403);
      expect(analytics.body).toMatchObject({ code: 'PLAN_FEATURE_UNAVAILABLE', message: 'Template analytics: not included in the Starter plan (included from Professional). The practice owner can change plans.' });
      expect((await call(owner, 'GET', `/quick-replies/analytics?locationId=${system.org.locations.austin.id}`)).status).toBe(403);
      const notifications = await call(owner, 'PUT', `/locations/${system.org.locations.austin.id}/notifications`, { settings: [{ eventType: 'opted_out', emailEnabled: true, roles: ['owner'] }] });
      expect(notifications.status).toBe(403);
      expect(notifications.body['code']).toBe('PLAN_FEATURE_UNAVAILABLE');
      const location = await call(owner, 'POST', '/locations', { name: 'Glow Aesthetics — Dallas', timeZone: 'America/Chicago', phoneNumber: '(214) 555-0100', address: '1 Main St, Dallas' });
      expect(location.status).toBe(403);
      expect(location.body).toMatchObject({ code: 'PLAN_LOCATION_LIMIT', message: expect.stringMatching(/More than one location: not included in the Starter plan \(included from Enterprise\)/) });
      // Staff seats: Starter has 10; the 11th active account is refused with the reason, and nothing is created.
      const active = await system.orm.em.fork().count(Staff, { organizationId: system.org.organizationId, active: true });
      for (let i = active; i < 10; i += 1) {
        const added = await call(owner, 'POST', '/staff', { name: `Seat ${i}`, email: `seat-${i}@glow.test`, role: 'front_desk', locationIds: [system.org.locations.austin.id], password: 'seat-password-long-1' });
        expect(added.status).toBe(201);
      }
      const eleventh = await call(owner, 'POST', '/staff', { name: 'Seat 11', email: 'seat-11@glow.test', role: 'front_desk', locationIds: [system.org.locations.austin.id], password: 'seat-password-long-1' });
      expect(eleventh.status).toBe(403);
      expect(eleventh.body).toMatchObject({ code: 'PLAN_STAFF_LIMIT', message: expect.stringMatching(/^The Starter plan includes up to 10 staff accounts and all 10 are in use/) });
      expect(await system.orm.em.fork().count(Staff, { email: 'seat-11@glow.test' })).toBe(0);
      const plan = await call(owner, 'GET', '/plan');
      expect(plan.body['plan']).toMatchObject({ id: 'starter', monthlyTexts: 1000, maxStaff: 10 });
      expect((plan.body['features'] as { feature: string; available: boolean }[]).filter((f) => f.available)).toEqual([]);

      await setDemoPlan('professional');
      expect((await call(owner, 'GET', `/templates/${templates[0]!.id}/analytics`)).status).toBe(200);
      expect((await call(owner, 'POST', '/locations', { name: 'Glow Aesthetics — Dallas', timeZone: 'America/Chicago', phoneNumber: '(214) 555-0100', address: '1 Main St' })).status).toBe(403);
      expect(await system.orm.em.fork().count(Location, { name: 'Glow Aesthetics — Dallas' })).toBe(0);
    } finally {
      await system.orm.em.fork().nativeUpdate(Staff, { email: { $like: 'seat-%' } }, { active: false });
      await setDemoPlan('enterprise');
    }
  });

  it('prepares no smart replies and plans no confirmation requests outside the plan (worker paths)', async () => {
    const em = () => system.orm.em.fork();
    const suggestions = createSuggestionActivities({ em, classify: classifyMessage, llm: null });
    // Planning reads the policy only: a sender that texts nobody.
    const noSender: SmsSender = { provider: 'simulator', send: () => Promise.reject(new Error('not in this test')), findAccepted: () => Promise.resolve(null) };
    const appointments = createAppointmentActivities({ em, sender: noSender });
    const inbound = await em().findOneOrFail(Message, { direction: 'inbound', conversationId: { $in: (await em().find(Conversation, { organizationId: clinic.organizationId })).map((c) => c.id) } }, { orderBy: { createdAt: 'asc' } });
    expect(await suggestions.prepareReplySuggestions({ messageId: inbound.id })).toBeNull();
    expect(await em().count(ReplySuggestion, { messageId: inbound.id })).toBe(0);
    const starterAppointment = await em().findOneOrFail(Appointment, { organizationId: clinic.organizationId }, { orderBy: { startsAt: 'desc' } });
    expect((await appointments.loadMessagingPolicy({ appointmentId: starterAppointment.id })).schedule.confirmationRequest).toBe(false);

    // The same clinic on Professional: both again.
    await em().nativeUpdate(Organization, { id: clinic.organizationId }, { plan: 'professional' });
    try {
      expect((await appointments.loadMessagingPolicy({ appointmentId: starterAppointment.id })).schedule.confirmationRequest).toBe(true);
      expect(await suggestions.prepareReplySuggestions({ messageId: inbound.id })).toMatchObject({ count: expect.any(Number) });
      expect(await em().count(ReplySuggestion, { messageId: inbound.id })).toBe(1);
    } finally {
      await em().nativeUpdate(Organization, { id: clinic.organizationId }, { plan: 'starter' });
    }
  });

  it('shows outcomes and usage to the owner only, validates the query, and audits the CSV export', async () => {
    const frontDesk = await system.login('frontdesk@glow.test');
    for (const path of ['/outcomes', '/outcomes/export', '/usage']) {
      const refused = await call(frontDesk, 'GET', path);
      expect(refused.status).toBe(403);
      expect(refused.body['code']).toBe('OWNER_ONLY');
    }
    const ok = await call(owner, 'GET', '/outcomes?granularity=month');
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ granularity: 'month', revenueRecovered: expect.objectContaining({ method: expect.any(String) }) });
    expect((await call(owner, 'GET', '/usage')).body).toMatchObject({ plan: 'enterprise', allowance: 20000 });
    const bad = await call(owner, 'GET', '/outcomes?granularity=day&from=2026-10-10T00:00:00Z&to=2026-10-01T00:00:00Z');
    expect(bad.status).toBe(400);
    expect((bad.body['details'] as string[]).join(' | ')).toMatch(/granularity.*week, month/);
    const elsewhere = await call(owner, 'GET', `/outcomes?locationId=${clinic.locationId}`);
    expect(elsewhere.status).toBe(403);

    const csv = await call(owner, 'GET', '/outcomes/export?granularity=week');
    expect(csv.status).toBe(200);
    expect(csv.type).toMatch(/text\/csv/);
    expect(csv.text.split('\r\n')[0]).toBe('period_start,appointments,confirmation_rate,no_show_rate,late_cancellation_rate,reschedule_rate,outbound_texts,delivery_rate,median_response_minutes');
    expect(csv.text).toMatch(/revenue_recovered_method,/);
    const audited = await system.orm.em.fork().find(AuditEvent, { action: 'export', organizationId: system.org.organizationId });
    expect(audited.some((a) => a.details['what'] === 'outcomes')).toBe(true);
  });
});
