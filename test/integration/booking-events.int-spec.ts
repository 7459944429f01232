import { Appointment, Message } from '@beacon/db';
import { createTemporalClient } from '@beacon/temporal-runtime';
import { appointmentStateQuery, appointmentWorkflowId } from '@beacon/workflows/appointment/definitions.js';
import { RunningSystem } from '../support/running-system.js';
import { eventually } from '../support/eventually.js';
import { timesSentToProvider, workflowsSettled } from '../support/settled.js';

describe('booking-system events arriving out of order', () => {
  let system: RunningSystem;

  beforeAll(async () => {
    system = await RunningSystem.start();
  });

  afterAll(async () => {
    await system?.stop();
  });

  const at = (msFromNow: number) => new Date(Date.now() + msFromNow).toISOString();
  const DAY = 24 * 3600_000;

  function event(eventId: string, type: string, externalId: string, phone: string, occurredAt: string, startsAt: string) {
    return {
      eventId,
      type,
      occurredAt,
      appointment: {
        id: externalId,
        locationId: system.org.locations.austin.id,
        startsAt,
        durationMinutes: 45,
        providerName: 'Nina Shah, NP',
        serviceName: 'HydraFacial',
        // Booked online: its confirmation goes out at once at any hour (a staff booking waits for sending hours).
        source: 'online',
        patient: { firstName: 'Robin', lastName: 'Order', phone },
      },
    };
  }

  const kinds = async (phone: string) => (await system.orm.em.fork().find(Message, { toNumber: phone, direction: 'outbound' }, { orderBy: { createdAt: 'asc' } })).map((m) => `${m.kind}:${m.status}`);

  it('keeps the rescheduled time when the reschedule arrives before the create', async () => {
    const phone = '+15125550181';
    const newTime = at(8 * DAY);
    const oldTime = at(6 * DAY);
    const first = await system.postBookingEvent(event('ooo-2', 'appointment.rescheduled', 'EXT-OOO-1', phone, at(-60_000), newTime));
    expect(first.status).toBe(202);
    const { appointmentId } = (await first.json()) as { appointmentId: string };
    expect((await system.postBookingEvent(event('ooo-1', 'appointment.created', 'EXT-OOO-1', phone, at(-120_000), oldTime))).status).toBe(202);

    const appointment = await system.orm.em.fork().findOneOrFail(Appointment, appointmentId);
    expect(appointment.startsAt.toISOString()).toBe(newTime);
    await eventually(async () => (await kinds(phone)).some((k) => k.startsWith('booking_confirmation:')), 'booking confirmation');
    const temporal = await createTemporalClient({ address: system.config.TEMPORAL_ADDRESS, namespace: system.config.TEMPORAL_NAMESPACE });
    const state = await eventually(async () => {
      const s = await temporal.workflow.getHandle(appointmentWorkflowId(appointmentId)).query(appointmentStateQuery);
      return s.timeline.filter((t) => t.kind === 'event').length === 2 ? s : null;
    }, 'both events applied');
    await temporal.connection.close();
    expect(state.appointment?.startsAt).toBe(newTime);
    expect(state.upcoming.every((step) => Date.parse(step.at) < Date.parse(newTime))).toBe(true);
    expect((await kinds(phone)).filter((k) => k.startsWith('booking_confirmation'))).toHaveLength(1);
  });

  it('ignores a late update that was sent before the cancellation', async () => {
    const phone = '+15125550182';
    const start = at(6 * DAY);
    const created = await system.postBookingEvent(event('late-1', 'appointment.created', 'EXT-OOO-2', phone, at(-180_000), start));
    const { appointmentId } = (await created.json()) as { appointmentId: string };
    await eventually(async () => (await kinds(phone)).some((k) => k.startsWith('booking_confirmation:')), 'booking confirmation');
    expect((await system.postBookingEvent(event('late-3', 'appointment.cancelled', 'EXT-OOO-2', phone, at(-60_000), start))).status).toBe(202);
    await eventually(async () => (await kinds(phone)).some((k) => k.startsWith('cancellation_confirmation:')), 'cancellation notice');
    // The update happened before the cancel but reaches us after it.
    expect((await system.postBookingEvent(event('late-2', 'appointment.updated', 'EXT-OOO-2', phone, at(-120_000), at(9 * DAY)))).status).toBe(202);

    const appointment = await system.orm.em.fork().findOneOrFail(Appointment, appointmentId);
    expect(appointment.status).toBe('cancelled');
    expect(appointment.startsAt.toISOString()).toBe(start);
    // The late event has been handed over and whatever it started has finished.
    await workflowsSettled(system, [appointmentWorkflowId(appointmentId)]);
    expect((await kinds(phone)).map((k) => k.split(':')[0])).toEqual(['booking_confirmation', 'cancellation_confirmation']);
    expect(await timesSentToProvider(system, { patientPhone: phone })).toBe(2);
  });
});
