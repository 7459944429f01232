import { Message, SimulatorMessage } from '@beacon/db';
import { findOrCreateConversation } from '@beacon/inbox';
import type { SmsSender } from '@beacon/messaging';
import { RunningSystem } from '../support/running-system.js';
import { eventually } from '../support/eventually.js';
import { slowSender, staffReplyAtProvider } from '../support/worker-process.js';
import { insertPatients, laterToday } from '../support/bulk-fixtures.js';

const RECIPIENTS = 24;
const SLOW_SEND_MS = 1_500;

/**
 * A bulk send runs on the background queue, so it never delays a staff reply (interactive queue) or
 * an appointment text such as a reminder (scheduled queue).
 * The background lane is made slow here (every provider call 1.5 s: ~36 s for the send); the staff
 * reply must reach the provider while most of the bulk send is still waiting.
 */
describe('bulk send isolation', () => {
  let system: RunningSystem;

  beforeAll(async () => {
    const slow = (sender: SmsSender) => slowSender(sender, SLOW_SEND_MS);
    system = await RunningSystem.start({}, { wrapSender: (sender, role) => (role === 'background' ? slow(sender) : sender) });
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('delivers a staff reply and an appointment text while a bulk send is still going out', async () => {
    const cookie = await system.login('frontdesk@glow.test');
    const org = { organizationId: system.org.organizationId, integrationId: system.org.integrationId, locationId: system.org.locations.austin.id };
    const phones = Array.from({ length: RECIPIENTS }, (_, i) => `+1512557${String(1000 + i).padStart(4, '0')}`);
    const at = laterToday(system.org.locations.austin.timeZone);
    const [replyTo] = await insertPatients(system.orm.em.fork(), org, [{ firstName: 'Asking', phone: '+15125579999' }]);
    await insertPatients(system.orm.em.fork(), org, phones.map((phone, i) => ({ firstName: `Closed${i}`, phone, appointment: { startsAt: at, providerName: 'Dr. Priya Lee' } })));
    // The staff member's thread with another patient.
    const conversation = await system.orm.em.fork().transactional((tx) => findOrCreateConversation(tx, { organizationId: org.organizationId, locationId: org.locationId, patientId: replyTo ?? '' }));

    const start = await fetch(`${system.baseUrl}/api/bulk-sends`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ locationId: org.locationId, criteria: { scenario: 'closure', reason: 'ice storm' }, ratePerSecond: 100 }),
    });
    expect(start.status).toBe(202);
    // The bulk send is under way: its first text is being handed to the (slow) provider.
    await eventually(async () => system.orm.em.fork().findOne(Message, { toNumber: { $in: phones }, bulkSendId: { $ne: null } }), 'bulk send started', 30_000, 50);

    const reply = await staffReplyAtProvider(system, cookie, conversation.id);
    const bulkAtProvider = await system.orm.em.fork().count(SimulatorMessage, { patientPhone: { $in: phones } });
    expect(reply.status === 'sent' || reply.status === 'delivered').toBe(true);
    expect(bulkAtProvider).toBeLessThan(RECIPIENTS / 2);

    // An appointment text (the scheduled lane, like every reminder) is not held behind the send either.
    const booked = system.appointmentCreated('isolation-booked', { firstName: 'Booked', phone: '+15125579998' });
    expect((await system.postBookingEvent(booked)).status).toBe(202);
    await eventually(async () => (await system.orm.em.fork().count(SimulatorMessage, { patientPhone: '+15125579998' })) === 1, 'the booking confirmation at the provider', 60_000, 100);
    expect(await system.orm.em.fork().count(SimulatorMessage, { patientPhone: { $in: phones } })).toBeLessThan((RECIPIENTS * 3) / 4);

    // …and the bulk send still completes, each patient once.
    await eventually(async () => (await system.orm.em.fork().count(SimulatorMessage, { patientPhone: { $in: phones }, duplicateSends: 0 })) === RECIPIENTS, 'bulk send finished', 120_000, 250);
  }, 180_000);
});
