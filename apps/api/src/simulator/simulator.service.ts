import { randomBytes, randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '@beacon/config';
import { Location, Patient, SimulatorMessage, type MikroORM } from '@beacon/db';
import { postSignedTwilioForm, SIMULATOR_ACCOUNT_SID } from '@beacon/messaging';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { ApiError } from '../common/api-error.js';
import { APP_CONFIG, ORM } from '../core/tokens.js';

/** The stand-in for patients' phones when no Twilio account is configured. */
@Injectable()
export class SimulatorService {
  constructor(
    @Inject(ORM) private readonly orm: MikroORM,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  assertEnabled(): void {
    if (this.config.SMS_PROVIDER !== 'simulator') {
      throw new ApiError(HttpStatus.NOT_FOUND, 'SIMULATOR_DISABLED', 'The SMS simulator is off because real Twilio sending is configured.');
    }
  }

  async threads(staff: AuthenticatedStaff) {
    this.assertEnabled();
    const em = this.orm.em.fork();
    const locations = await em.find(Location, { id: { $in: staff.locationIds } });
    const clinicPhones = locations.map((l) => l.phoneNumber);
    const rows = await em.find(SimulatorMessage, { clinicPhone: { $in: clinicPhones } }, { orderBy: { createdAt: 'desc' }, limit: 1000 });
    const patients = await em.find(Patient, { organizationId: staff.organizationId, phone: { $in: [...new Set(rows.map((r) => r.patientPhone))] } });
    const nameByPhone = new Map(patients.map((p) => [p.phone, `${p.firstName} ${p.lastName}`.trim() || null]));
    const threads = new Map<string, { phone: string; patientName: string | null; lastAt: string; messages: object[] }>();
    for (const row of [...rows].reverse()) {
      const thread = threads.get(row.patientPhone) ?? { phone: row.patientPhone, patientName: nameByPhone.get(row.patientPhone) ?? null, lastAt: '', messages: [] };
      const [from, to] = row.direction === 'to_patient' ? [row.clinicPhone, row.patientPhone] : [row.patientPhone, row.clinicPhone];
      thread.messages.push({ id: row.id, direction: row.direction, body: row.body, from, to, createdAt: row.createdAt.toISOString() });
      thread.lastAt = row.createdAt.toISOString();
      threads.set(row.patientPhone, thread);
    }
    return [...threads.values()].sort((a, b) => b.lastAt.localeCompare(a.lastAt));
  }

  /** Sends a patient's reply exactly as Twilio would: a signed form POST to our inbound webhook. */
  async reply(staff: AuthenticatedStaff, input: { from: string; to: string; body: string }): Promise<{ messageSid: string }> {
    this.assertEnabled();
    const em = this.orm.em.fork();
    const location = await em.findOne(Location, { phoneNumber: input.to, id: { $in: staff.locationIds } });
    if (!location) throw new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, 'UNKNOWN_CLINIC_NUMBER', `${input.to} is not the number of a location you work at.`);
    const messageSid = `SM${randomBytes(16).toString('hex')}`;
    em.create(SimulatorMessage, { id: randomUUID(), sid: messageSid, direction: 'from_patient', patientPhone: input.from, clinicPhone: input.to, body: input.body, mediaUrls: [], createdAt: new Date() });
    await em.flush();
    const url = `${this.config.PUBLIC_BASE_URL.replace(/\/$/, '')}/api/webhooks/twilio/sms`;
    const status = await postSignedTwilioForm(
      url,
      { MessageSid: messageSid, SmsSid: messageSid, AccountSid: SIMULATOR_ACCOUNT_SID, From: input.from, To: input.to, Body: input.body, NumMedia: '0' },
      this.config.TWILIO_AUTH_TOKEN,
    );
    if (status !== 200) throw new ApiError(HttpStatus.BAD_GATEWAY, 'SIMULATOR_DELIVERY_FAILED', `The inbound webhook answered ${status}; the reply was not delivered.`);
    return { messageSid };
  }
}
