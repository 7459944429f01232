import { Appointment, DEMO_QUICK_REPLIES, demoPatients, Location, Message, seedDemoQuickReplies } from '@beacon/db';
import { seedDemoAppointments } from '@beacon/appointments';
import { eventually } from '../support/eventually.js';
import { RunningSystem } from '../support/running-system.js';

/**
 * The headline flow on a fresh demo: `npm start` seeds the clinic's appointments through the
 * booking path (seedDemoAppointments, as apps/api/src/cli/seed.ts does); the patient answers the
 * booking confirmation with a bare "C" from the simulator and the appointment is confirmed.
 */
describe('a fresh demo shows the headline flow (seed, booking confirmation, "C" from the simulator)', () => {
  let system: RunningSystem;

  beforeAll(async () => {
    system = await RunningSystem.start();
    await seedDemoAppointments(() => system.orm.em.fork(), system.org, new Date());
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('confirms a demo appointment when the patient replies C to its booking confirmation', async () => {
    // The first demo patient booked online: their confirmation goes out at any hour.
    const patient = demoPatients()[0]!;
    const em = () => system.orm.em.fork();
    const location = await em().findOneOrFail(Location, system.org.locations[patient.location].id);
    const confirmation = await eventually(
      () => em().findOne(Message, { kind: 'booking_confirmation', status: { $in: ['sent', 'delivered'] }, toNumber: patient.phone }),
      'the demo booking confirmation',
      60_000,
    );
    expect(confirmation.body).toMatch(/Reply C to confirm or R to reschedule\./);
    const cookie = await system.login('frontdesk@glow.test');
    const res = await fetch(`${system.baseUrl}/api/simulator/inbound`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ from: patient.phone, to: location.phoneNumber, body: 'C' }),
    });
    expect(res.status).toBe(202);
    const appointment = await eventually(async () => {
      const a = await em().findOne(Appointment, { externalId: 'DEMO-1000' });
      return a?.confirmationStatus === 'confirmed' ? a : null;
    }, 'the demo appointment confirmed');
    expect(appointment.status).toBe('booked');
    const ack = await eventually(() => em().findOne(Message, { toNumber: patient.phone, kind: 'confirmation_ack', status: { $in: ['sent', 'delivered'] } }), 'the confirmation thanks');
    expect(ack.body).toMatch(/you're confirmed for/i);
  }, 120_000);

  it('has quick replies behind `/` on a fresh start (parking, pricing, aftercare), seeded once', async () => {
    const cookie = await system.login('frontdesk@glow.test');
    const austin = system.org.locations.austin.id;
    const list = async () => {
      const res = await fetch(`${system.baseUrl}/api/quick-replies?locationId=${austin}`, { headers: { cookie } });
      expect(res.status).toBe(200);
      return ((await res.json()) as { shortcut: string; category: string }[]).filter((r) => DEMO_QUICK_REPLIES.some((d) => d.shortcut === r.shortcut));
    };
    expect(await seedDemoQuickReplies(system.orm.em.fork(), system.org)).toBe(DEMO_QUICK_REPLIES.length);
    const seeded = await list();
    expect(seeded.map((r) => r.shortcut).sort()).toEqual(['aftercare', 'botox-price', 'filler-price', 'parking']);
    expect(new Set(seeded.map((r) => r.category))).toEqual(new Set(['Directions', 'Pricing', 'Aftercare']));
    // A second run adds nothing.
    expect(await seedDemoQuickReplies(system.orm.em.fork(), system.org)).toBe(0);
    expect(await list()).toHaveLength(4);
  }, 120_000);
});
