import { randomUUID } from 'node:crypto';
import { Appointment, AuditEvent, Patient } from '@beacon/db';
import { RunningSystem } from '../support/running-system.js';

interface Context {
  conversationId: string;
  patient: { firstName: string; phone: string; notes: string; canEditNotes: boolean };
  nextAppointment: { id: string; startsAtLocal: string; providerName: string; serviceName: string; confirmationStatus: string; risk: { level: string; reasons: string[] } } | null;
  lastVisit: { serviceName: string; startsAtLocal: string } | null;
  visitCount: number;
  servicesUsed: string[];
  lifetimeSpendCents: number;
}

describe('context panel and "message from calendar"', () => {
  let system: RunningSystem;
  let frontdesk: string;
  let appointmentId: string;

  const api = async (cookie: string, path: string, init: RequestInit = {}) => {
    const res = await fetch(`${system.baseUrl}${path}`, { ...init, headers: { cookie, 'content-type': 'application/json', ...init.headers } });
    return { status: res.status, body: (await res.json()) as unknown };
  };

  beforeAll(async () => {
    system = await RunningSystem.start({}, { withWorker: false });
    frontdesk = await system.login('frontdesk@glow.test');
    const startsAt = new Date(Date.now() + 20 * 60_000); // "she is in for Botox in 20 minutes"
    const res = await system.postBookingEvent({
      eventId: 'evt-context-1',
      type: 'appointment.created',
      occurredAt: new Date().toISOString(),
      appointment: {
        id: 'EXT-CTX-1',
        locationId: system.org.locations.austin.id,
        startsAt: startsAt.toISOString(),
        durationMinutes: 30,
        providerName: 'Dr. Priya Lee',
        serviceName: 'Botox',
        source: 'staff',
        patient: { firstName: 'Jordan', lastName: 'Avery', phone: '(512) 555-0199' },
      },
    });
    expect(res.status).toBe(202);
    appointmentId = ((await res.json()) as { appointmentId: string }).appointmentId;

    // Two earlier visits: Botox 3 months ago ($420), a HydraFacial 5 months ago ($380).
    const em = system.orm.em.fork();
    const patient = await em.findOneOrFail(Patient, { phone: '+15125550199' });
    const past = (days: number, serviceName: string, priceCents: number) =>
      em.create(Appointment, {
        id: randomUUID(),
        organizationId: system.org.organizationId,
        integrationId: system.org.integrationId,
        externalId: `EXT-PAST-${days}`,
        locationId: system.org.locations.austin.id,
        patientId: patient.id,
        startsAt: new Date(Date.now() - days * 86_400_000),
        durationMinutes: 30,
        providerName: 'Nina Shah, NP',
        serviceName,
        source: 'staff',
        status: 'completed',
        confirmationStatus: 'confirmed',
        version: 1,
        lastEventAt: null,
        priceCents,
        createdAt: new Date(Date.now() - (days + 10) * 86_400_000),
        updatedAt: new Date(Date.now() - days * 86_400_000),
      });
    past(90, 'Botox', 42_000);
    past(150, 'HydraFacial', 38_000);
    await em.flush();
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('returns (or creates) the patient’s conversation for an appointment, with the context panel', async () => {
    const first = await api(frontdesk, `/api/appointments/${appointmentId}/conversation`, { method: 'POST' });
    expect(first.status).toBe(200);
    const { conversation, context } = first.body as { conversation: { id: string; patient: { firstName: string } }; context: Context };
    expect(conversation.patient.firstName).toBe('Jordan');
    expect(context.conversationId).toBe(conversation.id);
    expect(context.nextAppointment).toMatchObject({ id: appointmentId, providerName: 'Dr. Priya Lee', serviceName: 'Botox', confirmationStatus: 'unconfirmed' });
    expect(context.nextAppointment?.startsAtLocal).toMatch(/C[SD]T$/); // Austin's own time zone
    expect(context.nextAppointment?.risk.level).toMatch(/^(low|medium|high)$/);
    expect(context.lastVisit?.serviceName).toBe('Botox');
    expect(context.visitCount).toBe(2);
    expect(context.servicesUsed.sort()).toEqual(['Botox', 'HydraFacial']);
    expect(context.lifetimeSpendCents).toBe(80_000);

    const again = await api(frontdesk, `/api/appointments/${appointmentId}/conversation`, { method: 'POST' });
    expect((again.body as { conversation: { id: string } }).conversation.id).toBe(conversation.id);
  });

  it('keeps notes editable by staff who can send, and hidden from other locations', async () => {
    const { conversation } = (await api(frontdesk, `/api/appointments/${appointmentId}/conversation`, { method: 'POST' })).body as { conversation: { id: string } };
    const saved = await api(frontdesk, `/api/conversations/${conversation.id}/patient-notes`, { method: 'PUT', body: JSON.stringify({ notes: '  Prefers Dr. Lee.  ' }) });
    expect(saved.status).toBe(200);
    expect((saved.body as Context).patient.notes).toBe('Prefers Dr. Lee.');
    expect(((await api(frontdesk, `/api/conversations/${conversation.id}/context`)).body as Context).patient.notes).toBe('Prefers Dr. Lee.');
    // Opening the panel is a recorded view of the patient's details (HIPAA audit trail).
    const [viewed] = await system.orm.em.fork().find(AuditEvent, { action: 'contact.view', targetId: conversation.id }, { orderBy: { seq: 'desc' }, limit: 1 });
    expect(viewed).toMatchObject({ actorLabel: 'frontdesk@glow.test', details: { panel: 'context' } });

    const sd = await system.login('frontdesk.sd@glow.test');
    expect((await api(sd, `/api/conversations/${conversation.id}/context`)).status).toBe(403);
    expect((await api(sd, `/api/appointments/${appointmentId}/conversation`, { method: 'POST' })).status).toBe(403);
    expect((await api(frontdesk, `/api/appointments/${randomUUID()}/conversation`, { method: 'POST' })).status).toBe(404);
    const tooLong = await api(frontdesk, `/api/conversations/${conversation.id}/patient-notes`, { method: 'PUT', body: JSON.stringify({ notes: 'x'.repeat(4001) }) });
    expect(tooLong.status).toBe(400);
  });

  it('masks the phone number for staff without contact-detail access', async () => {
    const coordinator = await system.login('coordinator@glow.test');
    const { context } = (await api(coordinator, `/api/appointments/${appointmentId}/conversation`, { method: 'POST' })).body as { context: Context };
    expect(context.patient.phone).toBe('(•••) •••-0199');
  });
});
