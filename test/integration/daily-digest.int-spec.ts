import { Appointment, StaffAlert } from '@beacon/db';
import { addLocalDays, localParts, zonedTimeToEpoch } from '@beacon/scheduling';
import { createTemporalClient, ensureDigestSchedules } from '@beacon/temporal-runtime';
import { dailyDigestScheduleId, type DailyDigestResult } from '@beacon/workflows/digest/definitions.js';
import type { Client } from '@temporalio/client';
import { RunningSystem } from '../support/running-system.js';

describe('daily digest of unconfirmed appointments per location', () => {
  let system: RunningSystem;
  let temporal: Client;

  beforeAll(async () => {
    system = await RunningSystem.start();
    temporal = await createTemporalClient({ address: system.config.TEMPORAL_ADDRESS, namespace: system.config.TEMPORAL_NAMESPACE });
  });

  afterAll(async () => {
    for (const id of Object.values(system?.org.locations ?? {}).map((l) => dailyDigestScheduleId(l.id))) {
      await temporal?.schedule.getHandle(id).delete().catch(() => undefined);
    }
    await temporal?.connection.close();
    await system?.stop();
  });

  /** hh:00 tomorrow in Austin's time zone. */
  function tomorrowAt(hour: number): string {
    const zone = system.org.locations.austin.timeZone;
    const d = localParts(addLocalDays(Date.now(), 1, zone), zone);
    return new Date(zonedTimeToEpoch({ year: d.year, month: d.month, day: d.day, hour, minute: 0 }, zone)).toISOString();
  }

  async function book(n: number, startsAt: string): Promise<string> {
    const res = await system.postBookingEvent({
      eventId: `digest-${n}`,
      type: 'appointment.created',
      occurredAt: new Date().toISOString(),
      appointment: {
        id: `EXT-DIGEST-${n}`,
        locationId: system.org.locations.austin.id,
        startsAt,
        durationMinutes: 30,
        providerName: 'Dr. Priya Lee',
        serviceName: 'Consultation',
        source: 'staff',
        patient: { firstName: `Digest${n}`, lastName: 'Patient', phone: `+1512555019${n}` },
      },
    });
    expect(res.status).toBe(202);
    return ((await res.json()) as { appointmentId: string }).appointmentId;
  }

  it('tells staff how many of tomorrow’s appointments are unconfirmed, once per day', async () => {
    const first = await book(1, tomorrowAt(10));
    await book(2, tomorrowAt(14));
    await book(3, tomorrowAt(16));
    const em = system.orm.em.fork();
    await em.nativeUpdate(Appointment, { id: first }, { confirmationStatus: 'confirmed' });

    const run = () =>
      temporal.workflow.execute('dailyDigestWorkflow', {
        workflowId: `digest-test-${Date.now()}`,
        taskQueue: system.config.TEMPORAL_TASK_QUEUE,
        args: [{ locationId: system.org.locations.austin.id }],
      }) as Promise<DailyDigestResult>;
    const result = await run();
    expect(result).toMatchObject({ unconfirmed: 2, total: 3, highRisk: 0 });

    const alerts = await system.orm.em.fork().find(StaffAlert, { locationId: system.org.locations.austin.id, kind: 'daily_digest' });
    expect(alerts.map((a) => a.message)).toEqual(['2 unconfirmed appointments tomorrow of 3 at Glow Aesthetics - Austin.']);
    await run();
    expect(await system.orm.em.fork().count(StaffAlert, { kind: 'daily_digest' })).toBe(1);
  });

  it('schedules the digest at 17:00 in each location’s own time zone, idempotently', async () => {
    const locations = Object.values(system.org.locations);
    const created = await ensureDigestSchedules(temporal, system.config.TEMPORAL_TASK_QUEUE, locations);
    expect(created.sort()).toEqual(locations.map((l) => dailyDigestScheduleId(l.id)).sort());
    expect(await ensureDigestSchedules(temporal, system.config.TEMPORAL_TASK_QUEUE, locations)).toEqual([]);
    const described = await temporal.schedule.getHandle(dailyDigestScheduleId(system.org.locations['san-diego'].id)).describe();
    expect(described.spec.timezone).toBe('America/Los_Angeles');
    expect(described.spec.calendars?.[0]?.hour).toEqual([{ start: 17, end: 17, step: 1 }]);
    expect(described.action.type).toBe('startWorkflow');
  });
});
