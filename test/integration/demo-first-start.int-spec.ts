import { Appointment, demoPatients, Location, Message } from '@beacon/db';
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
    expect(ack.body).toMatch(/you're confirmed for/);
  }, 120_000);
});
