import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { StaffAlert, type IStaffAlert, type StaffAlertKind } from '@beacon/db';
import { LoopbackSmtpServer, type ReceivedMail } from '@beacon/notifications';
import { createTemporalClient } from '@beacon/temporal-runtime';
import { staffNotificationWorkflowId } from '@beacon/workflows/notifications/definitions.js';
import { eventually } from './eventually.js';
import { RunningSystem } from './running-system.js';
import { freePort } from './test-env.js';

export const CLINIC = '+15125550100';
export const CONSOLE = 'http://console.test';

/**
 * The whole system with its email going to a real SMTP server on loopback whose received mail the
 * test reads, and a Temporal client to wait for each alert's notification workflow.
 */
export class StaffNotificationHarness {
  private constructor(
    /** Every email the SMTP server accepted, in arrival order. */
    readonly inbox: ReceivedMail[],
    readonly system: RunningSystem,
    private readonly smtp: LoopbackSmtpServer,
    private readonly temporal: Client,
  ) {}

  static async start(env: Record<string, string> = {}): Promise<StaffNotificationHarness> {
    const inbox: ReceivedMail[] = [];
    const smtp = new LoopbackSmtpServer(async (mail) => {
      inbox.push(mail);
    });
    const port = await smtp.listen(await freePort());
    const system = await RunningSystem.start({ SMTP_PORT: String(port), CONSOLE_BASE_URL: CONSOLE, ...env });
    const temporal = await createTemporalClient({ address: system.config.TEMPORAL_ADDRESS, namespace: system.config.TEMPORAL_NAMESPACE });
    return new StaffNotificationHarness(inbox, system, smtp, temporal);
  }

  async stop(): Promise<void> {
    await this.system.stop();
    await this.temporal.connection.close();
    await this.smtp.close();
  }

  async call(cookie: string, method: string, path: string, body?: object): Promise<{ status: number; body: unknown }> {
    const res = await fetch(`${this.system.baseUrl}/api${path}`, { method, headers: { cookie, 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
    return { status: res.status, body: await res.json() };
  }

  /** Waits until the alert's notification workflow has finished: every email it sends has been accepted by then. */
  async notified(alertId: string): Promise<void> {
    const handle = this.temporal.workflow.getHandle(staffNotificationWorkflowId(alertId));
    await eventually(
      () => handle.describe().then(() => true, (e: unknown) => (e instanceof WorkflowNotFoundError ? false : Promise.reject(e))),
      `notification workflow of alert ${alertId}`,
    );
    await handle.result();
  }

  /** Emails sent for one alert (its idempotency keys name the alert in the Message-ID). */
  mailsOf(alertId: string): ReceivedMail[] {
    return this.inbox.filter((m) => m.messageId?.includes(`alert.${alertId}.`));
  }

  /** The patient texts the clinic through the simulator (stored, classified and alerted before the 202). */
  async patientTexts(cookie: string, phone: string, body: string): Promise<void> {
    const res = await this.call(cookie, 'POST', '/simulator/inbound', { from: phone, to: CLINIC, body });
    if (res.status !== 202) throw new Error(`simulator inbound: ${res.status} ${JSON.stringify(res.body)}`);
  }

  /** Alerts of a kind about the patient with this number, oldest first. */
  async alertsFor(phone: string, kind: StaffAlertKind): Promise<IStaffAlert[]> {
    const em = this.system.orm.em.fork();
    const [patient] = await em.execute<{ id: string }[]>('select id from patient where organization_id = ? and phone = ?', [this.system.org.organizationId, phone]);
    if (!patient) return [];
    return em.find(StaffAlert, { kind, patientId: patient.id }, { orderBy: { createdAt: 'asc' } });
  }
}
