import { Message } from '@beacon/db';
import { eventually } from '../../test/support/eventually.js';
import { freePort } from '../../test/support/test-env.js';
import { startBrowserSystem, type BrowserSystem } from './browser-system.js';

/**
 * The system as `npm start` runs it for email (the API hosts the loopback SMTP server the worker
 * sends to, readable on "Sent email"), with one patient booked at Austin whose booking confirmation
 * has gone out (so the simulator shows their thread).
 */
export async function startWithLocalMailAndPatient(appointmentKey: string, patient: { firstName: string; lastName: string; phone: string }): Promise<BrowserSystem> {
  const b = await startBrowserSystem({ SMTP_LOCAL_SERVER: 'true', SMTP_PORT: String(await freePort()) });
  const booked = await b.system.postBookingEvent(b.system.appointmentCreated(appointmentKey, patient));
  if (booked.status !== 202) throw new Error(`booking event: ${booked.status}`);
  await eventually(() => b.system.orm.em.fork().findOne(Message, { toNumber: patient.phone, direction: 'outbound' }), 'booking confirmation');
  return b;
}
