import { randomBytes, randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '@beacon/config';
import { Location, Patient, SimulatorMedia, SimulatorMessage, type MikroORM } from '@beacon/db';
import { MAX_MEDIA_BYTES, sniffImageType } from '@beacon/inbox';
import { postSignedTwilioForm, SIMULATOR_ACCOUNT_SID } from '@beacon/messaging';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { ApiError } from '../common/api-error.js';
import { APP_CONFIG, ORM } from '../core/tokens.js';
import type { SimulatorThread } from '@beacon/contracts';

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

  async threads(staff: AuthenticatedStaff): Promise<SimulatorThread[]> {
    this.assertEnabled();
    const em = this.orm.em.fork();
    const locations = await em.find(Location, { id: { $in: staff.locationIds } });
    const clinicPhones = locations.map((l) => l.phoneNumber);
    const rows = await em.find(SimulatorMessage, { clinicPhone: { $in: clinicPhones } }, { orderBy: { createdAt: 'desc' }, limit: 1000 });
    const patients = await em.find(Patient, { organizationId: staff.organizationId, phone: { $in: [...new Set(rows.map((r) => r.patientPhone))] } });
    const nameByPhone = new Map(patients.map((p) => [p.phone, `${p.firstName} ${p.lastName}`.trim() || null]));
    const threads = new Map<string, SimulatorThread>();
    for (const row of [...rows].reverse()) {
      const thread = threads.get(row.patientPhone) ?? { phone: row.patientPhone, patientName: nameByPhone.get(row.patientPhone) ?? null, lastAt: '', messages: [] };
      const [from, to] = row.direction === 'to_patient' ? [row.clinicPhone, row.patientPhone] : [row.patientPhone, row.clinicPhone];
      thread.messages.push({ id: row.id, direction: row.direction, body: row.body, mediaUrls: row.mediaUrls.map((u) => this.forConsole(u)), from, to, createdAt: row.createdAt.toISOString() });
      thread.lastAt = row.createdAt.toISOString();
      threads.set(row.patientPhone, thread);
    }
    return [...threads.values()].sort((a, b) => b.lastAt.localeCompare(a.lastAt));
  }

  /**
   * A picture link of ours as the console shows it: the path only, loaded from the console's own origin
   * (which serves or forwards /api). The absolute link names PUBLIC_BASE_URL, which the provider fetches
   * from; with `npm start` that is another origin (:3000 vs :4200), and the page's Content-Security-Policy
   * (`img-src 'self'`) blocked it, showing a broken picture.
   */
  private forConsole(url: string): string {
    const base = this.config.PUBLIC_BASE_URL.replace(/\/$/, '');
    return url.startsWith(`${base}/api/`) ? url.slice(base.length) : url;
  }

  /** Sends a patient's reply exactly as Twilio would: a signed form POST to our inbound webhook. */
  /** A picture the simulated patient will send (kept like Twilio keeps MMS media, served at a public URL). */
  async uploadPicture(file: { buffer: Buffer; size: number; originalname: string } | undefined): Promise<{ id: string; url: string }> {
    this.assertEnabled();
    if (!file || !file.size) throw new ApiError(HttpStatus.BAD_REQUEST, 'NO_PICTURE', 'Choose a picture to send (form field "file").');
    if (file.size > MAX_MEDIA_BYTES) throw new ApiError(HttpStatus.PAYLOAD_TOO_LARGE, 'PICTURE_TOO_LARGE', 'Pictures can be at most 5 MB. Choose a smaller one.');
    const type = sniffImageType(file.buffer);
    if (!type) throw new ApiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'PICTURE_TYPE_NOT_ALLOWED', `"${file.originalname}" is not a PNG, JPEG, GIF or WebP picture.`);
    const em = this.orm.em.fork();
    const id = randomUUID();
    em.create(SimulatorMedia, { id, contentType: type, data: file.buffer, createdAt: new Date() });
    await em.flush();
    return { id, url: this.pictureUrl(id) };
  }

  async picture(id: string): Promise<{ contentType: string; bytes: Buffer }> {
    this.assertEnabled();
    const row = await this.orm.em.fork().findOne(SimulatorMedia, id, { populate: ['data'] });
    if (!row) throw new ApiError(HttpStatus.NOT_FOUND, 'MEDIA_NOT_FOUND', 'This picture does not exist.');
    return { contentType: row.contentType, bytes: Buffer.from(row.data) };
  }

  private pictureUrl(id: string): string {
    return `${this.config.PUBLIC_BASE_URL.replace(/\/$/, '')}/api/simulator/media/${id}`;
  }

  async reply(staff: AuthenticatedStaff, input: { from: string; to: string; body: string; mediaIds?: string[] }): Promise<{ messageSid: string }> {
    this.assertEnabled();
    const em = this.orm.em.fork();
    const location = await em.findOne(Location, { phoneNumber: input.to, id: { $in: staff.locationIds } });
    if (!location) throw new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, 'UNKNOWN_CLINIC_NUMBER', `${input.to} is not the number of a location you work at.`);
    const messageSid = `SM${randomBytes(16).toString('hex')}`;
    const mediaIds = input.mediaIds ?? [];
    if (mediaIds.length && (await em.count(SimulatorMedia, { id: { $in: mediaIds } })) !== mediaIds.length) {
      throw new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, 'PICTURE_NOT_AVAILABLE', 'One of the pictures is missing. Attach it again.');
    }
    const mediaUrls = mediaIds.map((id) => this.pictureUrl(id));
    if (!input.body && !mediaUrls.length) throw new ApiError(HttpStatus.BAD_REQUEST, 'EMPTY_MESSAGE', 'Type a reply or attach a picture.');
    em.create(SimulatorMessage, { id: randomUUID(), sid: messageSid, direction: 'from_patient', patientPhone: input.from, clinicPhone: input.to, body: input.body, mediaUrls, createdAt: new Date() });
    await em.flush();
    const url = `${this.config.PUBLIC_BASE_URL.replace(/\/$/, '')}/api/webhooks/twilio/sms`;
    const status = await postSignedTwilioForm(
      url,
      {
        MessageSid: messageSid,
        SmsSid: messageSid,
        AccountSid: SIMULATOR_ACCOUNT_SID,
        From: input.from,
        To: input.to,
        Body: input.body,
        NumMedia: String(mediaUrls.length),
        ...Object.fromEntries(mediaUrls.map((url, i) => [`MediaUrl${i}`, url])),
      },
      this.config.TWILIO_AUTH_TOKEN,
    );
    if (status !== 200) throw new ApiError(HttpStatus.BAD_GATEWAY, 'SIMULATOR_DELIVERY_FAILED', `The inbound webhook answered ${status}; the reply was not delivered.`);
    return { messageSid };
  }
}
