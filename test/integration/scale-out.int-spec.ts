import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { postSignedTwilioForm } from '@beacon/messaging';
import { RunningSystem } from '../support/running-system.js';
import { connectStaffSocket, type SocketRecorder } from '../support/socket-recorder.js';
import { eventually } from '../support/eventually.js';
import { TEST_AUTH_TOKEN } from '../support/test-env.js';

/**
 * Two API instances and two worker processes on one PostgreSQL and one Temporal server, as a
 * deployment with more machines runs them: a staff member on instance B sees, live, a text that
 * arrived through instance A, and the work of a burst is shared by both workers.
 */
describe('more than one API instance and worker', () => {
  let system: RunningSystem;
  let peer: Awaited<ReturnType<RunningSystem['startPeer']>>;
  let socket: Socket;
  let events: SocketRecorder;

  beforeAll(async () => {
    system = await RunningSystem.start();
    peer = await system.startPeer();
    const cookie = await system.login('frontdesk@glow.test');
    ({ socket, events } = await connectStaffSocket(peer.baseUrl, cookie));
  });

  afterAll(async () => {
    socket?.disconnect();
    await peer?.stop();
    await system?.stop();
  });

  it('shows a text received through instance A live to staff connected to instance B', async () => {
    const sid = `SM${randomUUID().replace(/-/g, '')}`;
    const status = await postSignedTwilioForm(
      `${system.baseUrl}/api/webhooks/twilio/sms`,
      { MessageSid: sid, AccountSid: `AC${'1'.repeat(32)}`, From: '+15125557001', To: '+15125550100', Body: 'Do you validate parking?', NumMedia: '0' },
      TEST_AUTH_TOKEN,
    );
    expect(status).toBe(200);
    const live = await events.next<{ message: { direction: string; body: string } }>('message.created', (e) => e.message.direction === 'inbound' && e.message.body === 'Do you validate parking?');
    expect(live.message.body).toBe('Do you validate parking?');
  });

  it('shares a burst of appointment texts between both workers, each text sent once', async () => {
    const phones = Array.from({ length: 40 }, (_, i) => `+1512555${String(7100 + i).padStart(4, '0')}`);
    const startsAt = new Date(Date.now() + 5 * 24 * 3600_000).toISOString();
    const responses = await Promise.all(
      phones.map((phone, i) =>
        // Half the events through each API instance.
        system.postBookingEvent(system.appointmentCreated(`SCALE-${i}`, { firstName: `Scale${i}`, phone }, { startsAt }), { baseUrl: i % 2 ? peer.baseUrl : system.baseUrl }),
      ),
    );
    expect(responses.map((r) => r.status).filter((s) => s !== 202)).toEqual([]);
    const sent = await eventually(
      async () => {
        const rows = await system.orm.em.fork().execute<{ texts: string; repeats: string }[]>(
          'select count(*) as texts, coalesce(sum(duplicate_sends), 0) as repeats from simulator_message where patient_phone = any(?)',
          [`{${phones.join(',')}}`],
        );
        return Number(rows[0]?.texts) >= phones.length ? { texts: Number(rows[0]?.texts), repeats: Number(rows[0]?.repeats) } : null;
      },
      'every confirmation of the burst',
      90_000,
      200,
    );
    expect(sent).toEqual({ texts: phones.length, repeats: 0 });
    const finishedBy = (worker: NonNullable<RunningSystem['worker']>) => worker.workers.gauges.scheduled?.finished ?? 0;
    expect(finishedBy(system.worker!)).toBeGreaterThan(0);
    expect(finishedBy(peer.worker)).toBeGreaterThan(0);
  });
});
