import { randomUUID } from 'node:crypto';
import { ConsentEvent, Message, SimulatorMessage } from '@beacon/db';
import { sendOutboundMessage } from '@beacon/inbox';
import { createSmsSender } from '@beacon/messaging';
import { eventually } from '../support/eventually.js';
import { RunningSystem } from '../support/running-system.js';
import { inboundProcessed } from '../support/settled.js';

const PHONE = '+15125550166';
const CLINIC = '+15125550100';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The send paths the product has, as they call the one send function (kind, automated, marketing). */
const PATHS = [
  { kind: 'reminder', automated: true },
  { kind: 'manual', automated: false },
  { kind: 'auto_reply', automated: true },
  { kind: 'staff_notification', automated: true },
  { kind: 'bulk_promotion', automated: true, marketing: true },
] as const;

describe('an opt-out stops every send path at once, even mid-flight', () => {
  let system: RunningSystem;

  beforeAll(async () => {
    system = await RunningSystem.start();
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('lets nothing but the one confirmation reach the patient after the opt-out is recorded', async () => {
    const booked = await system.postBookingEvent({
      eventId: 'evt-optout-race',
      type: 'appointment.created',
      occurredAt: new Date().toISOString(),
      appointment: {
        id: 'EXT-RACE-1',
        locationId: system.org.locations.austin.id,
        startsAt: new Date(Date.now() + 4 * 24 * 3600_000).toISOString(),
        durationMinutes: 30,
        providerName: 'Dr. Priya Lee',
        serviceName: 'Botox',
        source: 'online',
        patient: { firstName: 'Rory', lastName: 'Vance', phone: PHONE },
      },
    });
    expect(booked.status).toBe(202);
    const confirmation = await eventually(() => system.orm.em.fork().findOne(Message, { toNumber: PHONE, kind: 'booking_confirmation', status: { $in: ['sent', 'delivered'] } }), 'booking confirmation');
    const conversation = await system.orm.em.fork().execute<{ patient_id: string }[]>('select patient_id from conversation where id = ?', [confirmation.conversationId]);
    const em = () => system.orm.em.fork();
    const deps = { em, sender: createSmsSender(system.config, em) };

    let optOutVisibleAt = Number.POSITIVE_INFINITY;
    const attempts: { startedAt: number; path: (typeof PATHS)[number]; result: Promise<{ messageId: string; status: string }> }[] = [];
    let stop = false;
    // Five senders keep texting the patient, one per path, before, during and after the opt-out.
    const senders = PATHS.map(async (path) => {
      for (let i = 0; !stop; i += 1) {
        const startedAt = Date.now();
        const result = sendOutboundMessage(deps, {
          idempotencyKey: `race:${path.kind}:${i}:${randomUUID()}`,
          locationId: system.org.locations.austin.id,
          patientId: conversation[0]!.patient_id,
          body: `${path.kind} #${i}`,
          kind: path.kind,
          automated: path.automated,
          ...('marketing' in path ? { marketing: true } : {}),
        });
        attempts.push({ startedAt, path, result });
        await result;
        await sleep(5);
      }
    });

    // Every path has sent (or been refused) before the opt-out.
    const triedSince = (path: (typeof PATHS)[number], since: number) => attempts.filter((a) => a.path === path && a.startedAt > since).length;
    await eventually(async () => PATHS.every((path) => triedSince(path, 0) >= 2) || null, 'every path tried before the opt-out', 30_000, 5);
    const stopText = await fetch(`${system.baseUrl}/api/simulator/inbound`, {
      method: 'POST',
      headers: { cookie: await system.login('owner@glow.test'), 'content-type': 'application/json' },
      body: JSON.stringify({ from: PHONE, to: CLINIC, body: 'STOP' }),
    });
    expect(stopText.status).toBe(202);
    await eventually(async () => ((await em().count(ConsentEvent, { phone: PHONE, action: 'opt_out', kind: 'transactional' })) > 0 ? true : null), 'the opt-out in the ledger', 30_000, 2);
    optOutVisibleAt = Date.now();
    // …and tries again (each attempt awaited before the next) once the opt-out is visible.
    await eventually(async () => PATHS.every((path) => triedSince(path, optOutVisibleAt) >= 3) || null, 'every path tried after the opt-out', 30_000, 5);
    stop = true;
    await Promise.all(senders);
    const results = await Promise.all(attempts.map(async (a) => ({ ...a, outcome: await a.result })));

    // Every path was exercised on both sides of the opt-out.
    for (const path of PATHS) {
      expect(results.filter((r) => r.path === path && r.startedAt > optOutVisibleAt).length).toBeGreaterThan(0);
    }
    expect(results.filter((r) => r.path.kind === 'reminder' && r.startedAt < optOutVisibleAt - 50 && r.outcome.status === 'sent').length).toBeGreaterThan(0);
    // Anything started once the opt-out was visible is blocked, with the reason staff will see.
    const late = results.filter((r) => r.startedAt >= optOutVisibleAt);
    expect(late.map((r) => r.outcome.status)).toEqual(late.map(() => 'blocked'));
    const blocked = await em().find(Message, { id: { $in: late.map((r) => r.outcome.messageId) } });
    expect(new Set(blocked.map((m) => m.errorMessage))).toEqual(new Set(['Not sent: the patient has opted out of text messages.']));
    // Marketing before the opt-out was still blocked: the patient never agreed to promotions.
    expect(results.filter((r) => r.path.kind === 'bulk_promotion').every((r) => r.outcome.status === 'blocked')).toBe(true);

    // What reached the phone after the opt-out, once the STOP's follow-up (the confirmation) has run:
    // exactly the one confirmation, handed to the carrier once, within 5 minutes.
    const ledger = await em().findOneOrFail(ConsentEvent, { phone: PHONE, action: 'opt_out', kind: 'transactional' });
    await inboundProcessed(system, (await em().findOneOrFail(Message, { fromNumber: PHONE, direction: 'inbound' })).id);
    const delivered = await em().find(SimulatorMessage, { patientPhone: PHONE, direction: 'to_patient', createdAt: { $gte: new Date(optOutVisibleAt) } });
    expect(delivered.map((m) => [m.body, m.duplicateSends])).toEqual([[expect.stringMatching(/you're unsubscribed and will receive no more texts from us/), 0]]);
    expect(delivered[0]!.createdAt.getTime() - ledger.createdAt.getTime()).toBeLessThan(5 * 60_000);
  }, 120_000);
});
