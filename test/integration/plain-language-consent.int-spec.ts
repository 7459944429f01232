import { randomUUID } from 'node:crypto';
import { Appointment, ConsentEvent, Message, StaffAlert } from '@beacon/db';
import { RunningSystem } from '../support/running-system.js';
import { eventually } from '../support/eventually.js';
import { workflowsSettled } from '../support/settled.js';
import { appointmentWorkflowId } from '@beacon/workflows/appointment/definitions.js';
import { inboundFollowUpWorkflowId } from '@beacon/workflows/inbound/definitions.js';

const CLINIC = '+15125550100';

/** Plain-language consent through the real webhook path (API, worker, Temporal, PostgreSQL). */
describe('plain-language opt-outs are honoured like keywords, ordinary texts are not', () => {
  let system: RunningSystem;
  let cookie: string;
  let n = 0;

  beforeAll(async () => {
    system = await RunningSystem.start();
    cookie = await system.login('frontdesk@glow.test');
  });

  afterAll(async () => {
    await system?.stop();
  });

  const appointmentEvent = (type: 'appointment.created' | 'appointment.cancelled', phone: string, firstName: string, id: string) => ({
    eventId: `evt-plain-${type}-${id}`,
    type,
    occurredAt: new Date().toISOString(),
    appointment: {
      id,
      locationId: system.org.locations.austin.id,
      startsAt: new Date(Date.now() + 6 * 24 * 3600_000).toISOString(),
      durationMinutes: 30,
      providerName: 'Dr. Priya Lee',
      serviceName: 'Hydrafacial',
      source: 'online',
      patient: { firstName, lastName: 'Test', phone },
    },
  });

  async function book(phone: string, firstName: string): Promise<string> {
    n += 1;
    const id = `EXT-PLAIN-${n}`;
    expect((await system.postBookingEvent(appointmentEvent('appointment.created', phone, firstName, id))).status).toBe(202);
    await eventually(async () => (await system.orm.em.fork().count(Message, { toNumber: phone, kind: 'booking_confirmation', status: { $in: ['sent', 'delivered'] } })) > 0, 'booking confirmation');
    return id;
  }

  async function patientTexts(from: string, body: string): Promise<void> {
    const res = await fetch(`${system.baseUrl}/api/simulator/inbound`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ from, to: CLINIC, body }) });
    expect(res.status).toBe(202);
  }

  const outbound = async (phone: string) =>
    (await system.orm.em.fork().find(Message, { toNumber: phone, direction: 'outbound' }, { orderBy: { createdAt: 'asc' } })).map((m) => `${m.kind}|${m.status}|${m.body}`);

  const classified = (phone: string, body: string) =>
    eventually(async () => {
      const m = (await system.orm.em.fork().find(Message, { fromNumber: phone, direction: 'inbound' })).find((row) => row.body === body);
      return m?.classification ? m : null;
    }, 'classification stored');

  it('"please stop texting me" opts out (plain_language, explained), sends one confirmation, then blocks later sends', async () => {
    const phone = '+15125550181';
    const externalId = await book(phone, 'Avery');
    await patientTexts(phone, 'please stop texting me');

    const rows = await eventually(async () => {
      const found = await system.orm.em.fork().find(ConsentEvent, { phone, action: 'opt_out' });
      return found.length === 2 ? found : null;
    }, 'opt-out in the ledger');
    expect(rows.map((r) => r.kind).sort()).toEqual(['marketing', 'transactional']);
    for (const row of rows) {
      expect(row.method).toBe('plain_language');
      expect(row.reason).toMatch(/^Plain-language opt-out: asks us to stop texting/);
    }
    const inbound = await classified(phone, 'please stop texting me');
    expect(inbound.classification).toMatchObject({ intent: 'opt_out', optOut: true, optOutScope: 'all', source: 'consent-rule' });
    expect(inbound.classification?.reasons[0]).toMatch(/^Plain-language opt-out/);

    const confirmation = await eventually(async () => (await outbound(phone)).find((b) => b.startsWith('opt_out_confirmation|') && !b.startsWith('opt_out_confirmation|sending|')), 'confirmation sent');
    expect(confirmation).toMatch(/^opt_out_confirmation\|(sent|delivered)\|Glow Aesthetics - Austin: you're unsubscribed and will receive no more texts from us\. Reply START to resubscribe\.$/);

    // The booking system cancels: the workflow's cancellation notice must be blocked.
    expect((await system.postBookingEvent(appointmentEvent('appointment.cancelled', phone, 'Avery', externalId))).status).toBe(202);
    const blocked = await eventually(async () => (await outbound(phone)).find((b) => b.startsWith('cancellation_confirmation|')), 'cancellation attempt');
    expect(blocked.split('|')[1]).toBe('blocked');
    const delivered = (await outbound(phone)).filter((b) => !b.includes('|blocked|')).map((b) => b.split('|')[0]);
    expect(delivered).toEqual(['booking_confirmation', 'opt_out_confirmation']);
  });

  it('"I stopped by yesterday…" is not an opt-out: no ledger row, no confirmation, later texts still go out', async () => {
    const phone = '+15125550182';
    const externalId = await book(phone, 'Quinn');
    const body = 'I stopped by yesterday but nobody was at the front desk';
    await patientTexts(phone, body);
    const inbound = await classified(phone, body);
    expect(inbound.classification).toMatchObject({ optOut: false, optIn: false, help: false });

    expect((await system.postBookingEvent(appointmentEvent('appointment.cancelled', phone, 'Quinn', externalId))).status).toBe(202);
    const notice = await eventually(async () => (await outbound(phone)).find((b) => b.startsWith('cancellation_confirmation|') && !b.startsWith('cancellation_confirmation|sending|')), 'cancellation notice');
    expect(notice.split('|')[1]).toMatch(/^(sent|delivered)$/);
    expect(await system.orm.em.fork().count(ConsentEvent, { phone })).toBe(0);
    expect((await outbound(phone)).map((b) => b.split('|')[0])).toEqual(['booking_confirmation', 'cancellation_confirmation']);
  });

  it('an opt-out that also cancels the appointment opts out and alerts staff to call', async () => {
    const phone = '+15125550184';
    await book(phone, 'Sage');
    await patientTexts(phone, 'Please stop texting me and cancel my appointment');
    const alert = await eventually(async () => system.orm.em.fork().findOne(StaffAlert, { dedupeKey: { $like: 'inbound-%:opt-out-alert' }, message: { $like: '%also asked to cancel%' } }), 'staff alert');
    expect(alert.message).toBe('The patient opted out of texts and also asked to cancel their appointment. Please call them.');
    await eventually(async () => (await system.orm.em.fork().count(ConsentEvent, { phone, action: 'opt_out', method: 'plain_language' })) === 2, 'opt-out in the ledger');
  });

  it('a bare CANCEL opts out (keyword) and alerts staff that the patient may have meant the appointment', async () => {
    const phone = '+15125550186';
    await book(phone, 'Jordan');
    await patientTexts(phone, 'Cancel');
    await eventually(async () => (await system.orm.em.fork().count(ConsentEvent, { phone, action: 'opt_out', method: 'keyword' })) === 2, 'opt-out in the ledger');
    const inbound = await classified(phone, 'Cancel');
    const alert = await eventually(async () => system.orm.em.fork().findOne(StaffAlert, { dedupeKey: `inbound-${inbound.id}:opt-out-alert` }), 'staff alert');
    expect(alert).toMatchObject({ kind: 'opted_out', message: 'The patient texted CANCEL and has been opted out of texts. They may have meant their appointment — please call them.' });
  });

  it('a bare "yes" that answers nothing does not subscribe anyone; after STOP it is the opt-in keyword', async () => {
    const phone = '+15125550185';
    const externalIdOfYes = await book(phone, 'Drew');
    // The latest text is a staff question, not an appointment text: "Yes" answers the staff member.
    const confirmation = await system.orm.em.fork().findOneOrFail(Message, { toNumber: phone, kind: 'booking_confirmation' });
    const staffText = await fetch(`${system.baseUrl}/api/conversations/${confirmation.conversationId}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ body: 'Could you bring your insurance card?', clientMessageId: randomUUID() }),
    });
    expect(staffText.status).toBe(202);
    await patientTexts(phone, 'Yes');
    const first = await classified(phone, 'Yes');
    expect(first.classification).toMatchObject({ intent: 'opt_in', optIn: true, replyToConfirmation: false });
    // Consent is decided in the webhook's transaction; what follows the text (and the appointment) has run.
    const appointment = await system.orm.em.fork().findOneOrFail(Appointment, { externalId: externalIdOfYes });
    await workflowsSettled(system, [inboundFollowUpWorkflowId(first.id), appointmentWorkflowId(appointment.id)]);
    expect(await system.orm.em.fork().count(ConsentEvent, { phone })).toBe(0);
    expect((await outbound(phone)).map((b) => b.split('|')[0])).toEqual(['booking_confirmation', 'manual']);

    await patientTexts(phone, 'STOP');
    await eventually(async () => (await outbound(phone)).find((b) => b.startsWith('opt_out_confirmation|') && !b.startsWith('opt_out_confirmation|sending|')), 'opt-out confirmation');
    await patientTexts(phone, 'yes');
    await eventually(async () => (await system.orm.em.fork().count(ConsentEvent, { phone, action: 'opt_in', method: 'keyword' })) === 2, 'opt-in in the ledger');
    const welcome = await eventually(async () => (await outbound(phone)).find((b) => b.startsWith('opt_in_confirmation|') && !b.startsWith('opt_in_confirmation|sending|')), 'opt-in confirmation');
    expect(welcome.split('|')[1]).toMatch(/^(sent|delivered)$/);
  });

  it('"stop sending me promotions" revokes marketing only and says so; appointment texts continue', async () => {
    const phone = '+15125550183';
    const externalId = await book(phone, 'Rowan');
    await patientTexts(phone, 'stop sending me promotions');
    const rows = await eventually(async () => {
      const found = await system.orm.em.fork().find(ConsentEvent, { phone });
      return found.length ? found : null;
    }, 'marketing opt-out in the ledger');
    expect(rows.map((r) => `${r.kind}|${r.action}|${r.method}`)).toEqual(['marketing|opt_out|plain_language']);
    const confirmation = await eventually(async () => (await outbound(phone)).find((b) => b.startsWith('opt_out_confirmation|') && !b.startsWith('opt_out_confirmation|sending|')), 'confirmation sent');
    expect(confirmation).toMatch(/\|Glow Aesthetics - Austin: you won't receive promotional texts from us anymore\. Appointment texts continue; reply STOP to end all texts\.$/);

    expect((await system.postBookingEvent(appointmentEvent('appointment.cancelled', phone, 'Rowan', externalId))).status).toBe(202);
    const notice = await eventually(async () => (await outbound(phone)).find((b) => b.startsWith('cancellation_confirmation|') && !b.startsWith('cancellation_confirmation|sending|')), 'cancellation notice');
    expect(notice.split('|')[1]).toMatch(/^(sent|delivered)$/);
  });
});
