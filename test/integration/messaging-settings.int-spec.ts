import { randomUUID } from 'node:crypto';
import { DEFAULT_TEMPLATES, formatAppointmentTime } from '@beacon/appointments';
import { ConsentEvent, Location, Message, SimulatorMessage, Staff } from '@beacon/db';
import { createTemporalClient } from '@beacon/temporal-runtime';
import { outboundWorkflowId } from '@beacon/workflows/outbound/definitions.js';
import { RunningSystem } from '../support/running-system.js';
import { eventually } from '../support/eventually.js';
import { timesSentToProvider, workflowsSettled } from '../support/settled.js';

interface SettingsView {
  locationId: string;
  reminders: string[];
  sendingHours: { start: string; end: string };
  confirmationRequest: boolean;
  bookingConfirmation: { online: boolean; staff: boolean };
  cancellationConfirmation: boolean;
  rebookingUrl: string | null;
  templates: Record<string, string>;
  customTemplates: string[];
  defaults: Record<string, string>;
  confirmationTiming: { requestHours: number; followUpHours: number; highRiskHours: number };
}

const BOOKING_TEMPLATE = "Hello {{firstName}}! You're booked at {{locationName}} for {{appointmentTime}}. Call {{locationPhone}} with questions. Reply STOP to opt out.";

describe('location messaging settings (real API, worker, Temporal, PostgreSQL)', () => {
  let system: RunningSystem;
  let owner: string;
  let frontDesk: string;
  let austin: string;
  let url: string;

  const call = async (cookie: string, method: string, path: string, body?: unknown) => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { cookie, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  beforeAll(async () => {
    system = await RunningSystem.start();
    owner = await system.login('owner@glow.test');
    frontDesk = await system.login('frontdesk@glow.test');
    austin = system.org.locations.austin.id;
    url = `${system.baseUrl}/api/locations/${austin}/messaging-settings`;
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('shows the owner the settings in effect, defaults filled in, and the default texts', async () => {
    const res = await call(owner, 'GET', '');
    expect(res.status).toBe(200);
    const view = res.body as unknown as SettingsView;
    expect(view).toMatchObject({
      locationId: austin,
      reminders: ['7d', '2h'],
      sendingHours: { start: '08:00', end: '20:00' },
      confirmationRequest: true,
      confirmationTiming: { requestHours: 48, followUpHours: 24, highRiskHours: 12 },
      bookingConfirmation: { online: true, staff: true },
      cancellationConfirmation: true,
      rebookingUrl: 'https://glow.example/book/austin',
      customTemplates: [],
    });
    expect(view.templates).toEqual(DEFAULT_TEMPLATES);
    expect(view.defaults).toEqual(DEFAULT_TEMPLATES);
  });

  it('refuses a change from the front desk with 403, and staff of another location altogether', async () => {
    const res = await call(frontDesk, 'PUT', '', { reminders: ['1d'] });
    expect(res.status).toBe(403);
    expect(res.body['message']).toBe("You need the 'manage settings' permission to change this.");
    // Even an invalid body gets the 403 first: the permission is checked before the body is read.
    expect((await call(frontDesk, 'PUT', '', { reminders: 'soon' })).status).toBe(403);
    expect((await call(frontDesk, 'POST', '/test-send', { kind: 'reminder', toPhone: '+15125550142' })).status).toBe(403);
    // Reading and previewing are open to staff of the location.
    expect((await call(frontDesk, 'GET', '')).status).toBe(200);

    const sanDiego = await system.login('frontdesk.sd@glow.test');
    const other = await call(sanDiego, 'GET', '');
    expect(other.status).toBe(403);
    expect(other.body['message']).toBe('You do not have access to this location.');
  });

  it('answers invalid settings with a 400 that names every problem, and saves nothing', async () => {
    const before = await system.orm.em.fork().findOneOrFail(Location, austin);
    const res = await call(owner, 'PUT', '', {
      reminders: ['7d', '9d'],
      sendingHours: { start: '17:00', end: '08:00' },
      confirmationRequest: true,
      templates: {
        confirmation_request: 'Hi {{firstName}}, reply C to confirm, R to reschedule or CANCEL to cancel.',
        reminder: 'Hi {{nickname}}, see you {{appointmentTime}}.',
      },
    });
    expect(res.status).toBe(400);
    expect(res.body['code']).toBe('INVALID_MESSAGING_SETTINGS');
    const details = res.body['details'] as string[];
    expect(details).toEqual(
      expect.arrayContaining([
        'Sending hours end (08:00) must be later than start (17:00) on the same day.',
        expect.stringMatching(/^Unknown reminder offset "9d"; expected one of 14d, 10d, 7d/),
        expect.stringMatching(/^The "Confirmation request" template asks patients to reply CANCEL\. CANCEL is a legal opt-out keyword/),
        expect.stringMatching(/^The "Reminder" template uses an unknown variable \{\{nickname\}\}; the variables you can use are \{\{firstName\}\}/),
      ]),
    );
    expect(details).toHaveLength(4);
    expect(res.body['message']).toMatch(/^The settings were not saved\. /);

    const after = await system.orm.em.fork().findOneOrFail(Location, austin);
    expect(after.messagingSettings).toEqual(before.messagingSettings);

    const shape = await call(owner, 'PUT', '', { reminders: ['7d'], sendingHours: '9-5', surprise: true });
    expect(shape.status).toBe(400);
    expect(shape.body['details']).toEqual(expect.arrayContaining([expect.stringMatching(/^sendingHours: /), expect.stringMatching(/surprise/)]));
  });

  it('saves valid settings for the owner, and a GET → PUT round trip keeps them', async () => {
    const current = (await call(owner, 'GET', '')).body as unknown as SettingsView;
    const res = await call(owner, 'PUT', '', {
      ...current,
      reminders: ['2h', '3d'],
      sendingHours: { start: '09:00', end: '19:00' },
      bookingConfirmation: { online: true, staff: false },
      templates: { ...current.templates, booking_confirmation: BOOKING_TEMPLATE },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ reminders: ['3d', '2h'], sendingHours: { start: '09:00', end: '19:00' }, customTemplates: ['booking_confirmation'], bookingConfirmation: { online: true, staff: false } });

    const again = (await call(owner, 'GET', '')).body as unknown as SettingsView;
    expect(again.templates['booking_confirmation']).toBe(BOOKING_TEMPLATE);
    expect(again.templates['reminder']).toBe(DEFAULT_TEMPLATES.reminder);
    expect(again.rebookingUrl).toBe('https://glow.example/book/austin');
    // Only the location's own wording is stored; defaults stay defaults.
    const stored = (await system.orm.em.fork().findOneOrFail(Location, austin)).messagingSettings;
    expect(stored.templates).toEqual({ booking_confirmation: BOOKING_TEMPLATE });
  });

  it("needs 'manage templates' as well to change a text", async () => {
    const em = system.orm.em.fork();
    const coordinator = await em.findOneOrFail(Staff, { email: 'coordinator@glow.test' });
    coordinator.permissions = { ...coordinator.permissions, manageSettings: true, manageTemplates: false };
    await em.flush();
    const cookie = await system.login('coordinator@glow.test');
    const current = (await call(cookie, 'GET', '')).body as unknown as SettingsView;

    const reworded = await call(cookie, 'PUT', '', { ...current, templates: { ...current.templates, reminder: 'See you {{appointmentTime}}!' } });
    expect(reworded.status).toBe(403);
    expect(reworded.body['message']).toBe("You need the 'manage templates' permission to change message texts.");

    // The same texts sent back unchanged are fine: only the schedule changes.
    const scheduleOnly = await call(cookie, 'PUT', '', { ...current, reminders: ['3d', '2h', 'same_day_morning'] });
    expect(scheduleOnly.status).toBe(200);
    expect(scheduleOnly.body['reminders']).toEqual(['3d', '2h', 'same_day_morning']);
    expect(scheduleOnly.body['customTemplates']).toEqual(['booking_confirmation']);
  });

  it('documents the endpoints in the OpenAPI description', async () => {
    const doc = (await (await fetch(`${system.baseUrl}/api/docs/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(doc.paths['/api/locations/{locationId}/messaging-settings'] ?? {}).sort()).toEqual(['get', 'put']);
    expect(doc.paths['/api/locations/{locationId}/messaging-settings/preview']).toHaveProperty('post');
    expect(doc.paths['/api/locations/{locationId}/messaging-settings/test-send']).toHaveProperty('post');
  });

  it('previews a template with the sample appointment and counts its segments', async () => {
    const res = await call(owner, 'POST', '/preview', { kind: 'reminder', template: 'Hi {{firstName}}, see you {{appointmentTime}}! Call {{locationPhone}}.' });
    expect(res.status).toBe(200);
    expect(res.body['text']).toMatch(/^Hi Jordan, see you Tue, [A-Z][a-z]{2} \d{1,2} at 3:30 PM! Call \(512\) 555-0100\.$/);
    expect(res.body['segments']).toMatchObject({ encoding: 'GSM-7', segments: 1 });
    expect(res.body['problems']).toEqual([]);

    // Without a template: the saved one.
    const saved = await call(frontDesk, 'POST', '/preview', { kind: 'booking_confirmation' });
    expect(saved.body['text']).toMatch(/^Hello Jordan! You're booked at Glow Aesthetics - Austin for Tue, /);
    expect(saved.body['segments']).toMatchObject({ encoding: 'GSM-7', nonGsmCharacters: [] });
    // A template that leaves GSM-7 says which characters did it.
    const dashed = await call(owner, 'POST', '/preview', { kind: 'reminder', template: 'Hi {{firstName}} — see you {{appointmentTime}}!' });
    expect(dashed.body['segments']).toMatchObject({ encoding: 'UCS-2', nonGsmCharacters: ['—'] });

    const bad = await call(owner, 'POST', '/preview', { kind: 'confirmation_request', template: 'Please confirm. Reply CANCEL to cancel.' });
    expect(bad.status).toBe(200);
    expect(bad.body['problems']).toEqual(expect.arrayContaining([expect.stringContaining('asks patients to reply CANCEL'), expect.stringContaining('must ask patients to reply C to confirm')]));

    expect((await call(owner, 'POST', '/preview', { kind: 'welcome' })).status).toBe(400);
  });

  it('sends a test text through the SMS port onto the simulated phone', async () => {
    const res = await call(owner, 'POST', '/test-send', { kind: 'booking_confirmation', toPhone: '(512) 555-0142' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ sent: true, to: '+15125550142' });
    expect(res.body['body']).toMatch(/^Hello Jordan! You're booked at Glow Aesthetics - Austin for Tue, .+ at 3:30 PM\. Call \(512\) 555-0100 with questions\. Reply STOP to opt out\.$/);

    const threads = (await (await fetch(`${system.baseUrl}/api/simulator/threads`, { headers: { cookie: owner } })).json()) as { phone: string; messages: { body: string; from: string }[] }[];
    const phone = threads.find((t) => t.phone === '+15125550142');
    expect(phone?.messages).toEqual([expect.objectContaining({ body: res.body['body'], from: '+15125550100' })]);

    const invalid = await call(owner, 'POST', '/test-send', { kind: 'booking_confirmation', toPhone: '555' });
    expect(invalid.status).toBe(400);
    expect(invalid.body['details']).toEqual(['toPhone: must be a valid phone number, e.g. +15125550123']);
  });

  it('sends the test text through the durable send path: a message row with its key, sent once however often the request is retried, audited', async () => {
    const clientMessageId = randomUUID();
    const request = { kind: 'reminder', toPhone: '+15125550144', clientMessageId };
    const [first, retry] = await Promise.all([call(owner, 'POST', '/test-send', request), call(owner, 'POST', '/test-send', request)]);
    expect([first.status, retry.status]).toEqual([200, 200]);
    expect(first.body).toMatchObject({ sent: true, status: expect.stringMatching(/^(sent|delivered)$/), to: '+15125550144' });
    expect(retry.body['messageId']).toBe(first.body['messageId']);
    const message = await system.orm.em.fork().findOneOrFail(Message, first.body['messageId'] as string);
    expect(message).toMatchObject({ kind: 'settings_test', idempotencyKey: `staff-${clientMessageId}`, direction: 'outbound', body: first.body['body'] });
    // Its outbound workflow stays responsible for it, as for a staff reply.
    const temporal = await createTemporalClient({ address: system.config.TEMPORAL_ADDRESS, namespace: system.config.TEMPORAL_NAMESPACE });
    try {
      const run = await eventually(() => temporal.workflow.getHandle(outboundWorkflowId(message.id)).describe().catch(() => null), 'the outbound workflow');
      expect(run.type).toBe('outboundMessageWorkflow');
    } finally {
      await temporal.connection.close();
    }
    expect(await system.orm.em.fork().count(SimulatorMessage, { patientPhone: '+15125550144' })).toBe(1);
    const audits = await system.orm.em.fork().getConnection().execute<{ details: Record<string, unknown> }[]>("select details from audit_event where action = 'message.send' and target_id = ?", [message.id]);
    expect(audits.map((a) => a.details['kind'])).toEqual(['settings_test']);
  });

  it('checks consent at the moment of sending: an opt-out being recorded while the test text is handed over blocks it', async () => {
    const phone = '+15125550145';
    const em = system.orm.em.fork();
    let res: Promise<{ status: number; body: Record<string, unknown> }> | null = null;
    await em.transactional(async (tx) => {
      // The opt-out's insert holds the number's consent gate until it commits; the test send's
      // hand-over must wait for it (seen as a waiting advisory lock), then see it.
      tx.create(ConsentEvent, { id: randomUUID(), organizationId: system.org.organizationId, patientId: null, phone, kind: 'transactional', action: 'opt_out', method: 'keyword', messageId: null, staffId: null, reason: 'STOP', createdAt: new Date() });
      await tx.flush();
      res = call(owner, 'POST', '/test-send', { kind: 'reminder', toPhone: phone });
      await eventually(
        async () => (await system.orm.em.fork().getConnection().execute<{ n: string }[]>("select count(*) as n from pg_stat_activity where wait_event_type = 'Lock' and query like '%pg_advisory_xact_lock_shared%'"))[0]!.n !== '0',
        'the hand-over waiting at the consent gate',
      );
    });
    const answer = await res!;
    expect(answer.status).toBe(409);
    expect(answer.body['code']).toBe('RECIPIENT_OPTED_OUT');
    const rows = await system.orm.em.fork().find(Message, { toNumber: phone });
    expect(rows.map((m) => `${m.kind}|${m.status}|${m.errorMessage}`)).toEqual(['settings_test|blocked|Not sent: the patient has opted out of text messages.']);
    expect(await system.orm.em.fork().count(SimulatorMessage, { patientPhone: phone })).toBe(0);
  });

  it('sends nothing to a number that has opted out', async () => {
    const em = system.orm.em.fork();
    em.create(ConsentEvent, {
      id: randomUUID(),
      organizationId: system.org.organizationId,
      patientId: null,
      phone: '+15125550143',
      kind: 'transactional',
      action: 'opt_out',
      method: 'keyword',
      messageId: null,
      staffId: null,
      reason: 'STOP',
      createdAt: new Date(),
    });
    await em.flush();
    const res = await call(owner, 'POST', '/test-send', { kind: 'reminder', toPhone: '+15125550143' });
    expect(res.status).toBe(409);
    expect(await system.orm.em.fork().count(SimulatorMessage, { patientPhone: '+15125550143' })).toBe(0);
  });

  it("texts a new patient's booking confirmation in the location's own words", async () => {
    const startsAt = new Date(Date.now() + 5 * 24 * 3600_000);
    const res = await system.postBookingEvent({
      eventId: 'evt-settings-1',
      type: 'appointment.created',
      occurredAt: new Date().toISOString(),
      appointment: {
        id: 'EXT-SETTINGS-1',
        locationId: austin,
        startsAt: startsAt.toISOString(),
        durationMinutes: 30,
        providerName: 'Dr. Priya Lee',
        serviceName: 'Botox',
        source: 'online',
        patient: { firstName: 'Riley', lastName: 'Stone', phone: '(512) 555-0177' },
      },
    });
    expect(res.status).toBe(202);
    const { workflowId } = (await res.json()) as { workflowId: string };
    const received = await eventually(async () => {
      const rows = await system.orm.em.fork().find(SimulatorMessage, { patientPhone: '+15125550177', direction: 'to_patient' });
      return rows.length ? rows.map((m) => m.body) : null;
    }, 'the booking confirmation on the phone');
    // The workflow now waits for its first reminder: a (wrong) second text would have been sent already.
    await workflowsSettled(system, [workflowId]);
    expect(await system.orm.em.fork().count(SimulatorMessage, { patientPhone: '+15125550177' })).toBe(1);
    expect(await timesSentToProvider(system, { patientPhone: '+15125550177' })).toBe(1);
    expect(received).toEqual([
      `Hello Riley! You're booked at Glow Aesthetics - Austin for ${formatAppointmentTime(startsAt, 'America/Chicago')}. Call (512) 555-0100 with questions. Reply STOP to opt out.`,
    ]);
  });
});
