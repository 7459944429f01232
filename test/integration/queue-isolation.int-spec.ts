import { Conversation, Message, SimulatorMessage } from '@beacon/db';
import type { SmsSender } from '@beacon/messaging';
import { RunningSystem } from '../support/running-system.js';
import { eventually } from '../support/eventually.js';
import { slowSender, staffReplyAtProvider } from '../support/worker-process.js';

const BURST = 24;
const SLOW_SEND_MS = 1_500;

/**
 * A burst of scheduled sends (appointment texts) must never delay a staff reply: they run on
 * different task queues with their own slots and database pools. The scheduled queue is made slow
 * here (3 slots, every provider call 1.5 s: ~12 s of backlog); the staff reply must reach the
 * provider while most of that backlog is still waiting — on one shared queue it would come last.
 */
describe('task-queue isolation', () => {
  let system: RunningSystem;

  beforeAll(async () => {
    const slow = (sender: SmsSender) => slowSender(sender, SLOW_SEND_MS);
    system = await RunningSystem.start({ WORKER_SCHEDULED_SLOTS: '3', WORKER_INTERACTIVE_SLOTS: '3' }, { wrapSender: (sender, role) => (role === 'scheduled' ? slow(sender) : sender) });
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('delivers a staff reply while a burst of appointment texts is still being sent', async () => {
    const cookie = await system.login('frontdesk@glow.test');
    const phones = Array.from({ length: BURST }, (_, i) => `+1512555${String(3000 + i).padStart(4, '0')}`);
    const startsAt = new Date(Date.now() + 5 * 24 * 3600_000).toISOString();
    const booked = await Promise.all(
      phones.map((phone, i) =>
        system.postBookingEvent(system.appointmentCreated(`ISO-${i}`, { firstName: `Iso${i}`, phone }, { startsAt })),
      ),
    );
    expect(booked.every((r) => r.status === 202)).toBe(true);
    // The burst is under way: the first confirmations are being handed over (their threads exist).
    const first = await eventually(async () => system.orm.em.fork().findOne(Message, { toNumber: { $in: phones }, kind: 'booking_confirmation' }), 'burst started', 30_000, 50);
    const conversation = await system.orm.em.fork().findOneOrFail(Conversation, first.conversationId);
    const reply = await staffReplyAtProvider(system, cookie, conversation.id);
    const confirmationsAtProvider = await system.orm.em.fork().count(SimulatorMessage, { patientPhone: { $in: phones } });
    // The reply did not wait for the burst: most appointment texts were still queued behind the slow provider.
    expect(reply.status === 'sent' || reply.status === 'delivered').toBe(true);
    expect(confirmationsAtProvider).toBeLessThan(BURST / 2);

    // …and the burst still completes, each text once.
    await eventually(async () => (await system.orm.em.fork().count(SimulatorMessage, { patientPhone: { $in: phones }, duplicateSends: 0 })) >= BURST + 1, 'burst finished', 120_000, 250);
  });
});
