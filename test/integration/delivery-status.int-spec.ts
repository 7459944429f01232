import { Message, Patient } from '@beacon/db';
import { applyDeliveryStatus, sendOutboundMessage } from '@beacon/inbox';
import { SimulatorSmsSender, simulatorSid } from '@beacon/messaging';
import { RunningSystem } from '../support/running-system.js';
import { TEST_AUTH_TOKEN } from '../support/test-env.js';

describe('delivery callbacks', () => {
  let system: RunningSystem;

  beforeAll(async () => {
    system = await RunningSystem.start({}, { withWorker: false });
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('keeps a "delivered" callback that overtakes the send and applies it when the send records its SID', async () => {
    const em = () => system.orm.em.fork();
    const patient = em().create(Patient, { organizationId: system.org.organizationId, firstName: 'Early', lastName: 'Bird', phone: '+15125550193', email: null });
    await em().persist(patient).flush();
    const key = 'test:early-callback:v1';

    // The carrier's callback arrives first: no message has this SID yet.
    expect(await applyDeliveryStatus(em(), { providerSid: simulatorSid(key), status: 'delivered' })).toBe(false);

    const sender = new SimulatorSmsSender(em, TEST_AUTH_TOKEN);
    const result = await sendOutboundMessage({ em, sender }, { idempotencyKey: key, locationId: system.org.locations.austin.id, patientId: patient.id, body: 'Hello', kind: 'manual', automated: false });
    expect(result.status).toBe('sent');
    const stored = await em().findOneOrFail(Message, result.messageId);
    expect(stored.status).toBe('delivered');
    expect(stored.providerSid).toBe(simulatorSid(key));

    // A late, lower status never moves it back.
    expect(await applyDeliveryStatus(em(), { providerSid: simulatorSid(key), status: 'sent' })).toBe(true);
    expect((await em().findOneOrFail(Message, result.messageId)).status).toBe('delivered');
  });
});
