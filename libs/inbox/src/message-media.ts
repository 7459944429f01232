import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { Conversation, Message, MessageMedia, type EntityManager } from '@beacon/db';
import { publishEvent } from '@beacon/realtime';
import { dataKeyRingFromEnv, type DataKeyRing } from '@beacon/security';

/** Carriers (and Twilio) accept up to 5 MB per MMS. */
export const MAX_MEDIA_BYTES = 5 * 1024 * 1024;
export const ALLOWED_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export type AllowedImageType = (typeof ALLOWED_IMAGE_TYPES)[number];
/** How long the provider may fetch a picture we send (it fetches at once). */
export const MEDIA_URL_TTL_MS = 60 * 60_000;

/** The picture's real type from its first bytes (never trust the declared type). */
export function sniffImageType(bytes: Buffer): AllowedImageType | null {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 6 && (bytes.subarray(0, 6).toString('latin1') === 'GIF87a' || bytes.subarray(0, 6).toString('latin1') === 'GIF89a')) return 'image/gif';
  if (bytes.length >= 12 && bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  return null;
}

function mediaSignature(secret: string, mediaId: string, expires: number): string {
  return createHmac('sha256', secret).update(`media:${mediaId}:${expires}`).digest('base64url');
}

/** A short-lived public URL of a picture, for the SMS provider to fetch (Twilio `mediaUrl`). */
export function signedMediaUrl(publicBaseUrl: string, secret: string, mediaId: string, now = Date.now()): string {
  const expires = Math.floor((now + MEDIA_URL_TTL_MS) / 1000);
  return `${publicBaseUrl.replace(/\/$/, '')}/api/public/media/${mediaId}?expires=${expires}&sig=${mediaSignature(secret, mediaId, expires)}`;
}

export function verifyMediaSignature(secret: string, mediaId: string, expires: number, sig: string, now = Date.now()): boolean {
  if (!Number.isSafeInteger(expires) || expires * 1000 < now) return false;
  const expected = Buffer.from(mediaSignature(secret, mediaId, expires));
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** Stores a picture encrypted; `messageId` may be set later (staff uploads before sending). */
export async function storeMedia(
  em: EntityManager,
  encryption: Pick<DataKeyRing, 'encryptBytes'>,
  input: { conversationId: string; messageId?: string; position?: number; uploadedByStaffId?: string; contentType: AllowedImageType; bytes: Buffer },
): Promise<string> {
  const id = randomUUID();
  await em
    .createQueryBuilder(MessageMedia)
    .insert({
      id,
      conversationId: input.conversationId,
      messageId: input.messageId ?? null,
      position: input.position ?? null,
      uploadedByStaffId: input.uploadedByStaffId ?? null,
      contentType: input.contentType,
      sizeBytes: input.bytes.length,
      dataEncrypted: encryption.encryptBytes(input.bytes),
      createdAt: new Date(),
    })
    .onConflict(['messageId', 'position'])
    .ignore()
    .execute();
  return id;
}

/** Short-lived public URLs of a message's pictures, in order (for the outbound send). */
export async function mediaUrlsForMessage(em: EntityManager, publicBaseUrl: string, secret: string, messageId: string): Promise<string[]> {
  const rows = await em.find(MessageMedia, { messageId }, { orderBy: { position: 'asc' }, fields: ['id', 'position'] });
  return rows.map((r) => signedMediaUrl(publicBaseUrl, secret, r.id));
}

export interface InboundMediaDeps {
  em: () => EntityManager;
  encryption: Pick<DataKeyRing, 'encryptBytes'>;
  /** Twilio account credentials for fetching its media (basic auth); absent for the simulator. */
  twilioAuth?: { accountSid: string; authToken: string };
  /** Hosts we fetch from (Twilio's, and our own for the simulator) — never an arbitrary URL. */
  allowedHosts: string[];
  fetch?: typeof fetch;
}

/**
 * Fetches an inbound MMS's pictures from the provider and keeps them encrypted with the message
 * (idempotent per message and position, so a retried activity stores each picture once).
 */
export async function storeInboundMedia(deps: InboundMediaDeps, messageId: string, conversationId: string, urls: string[]): Promise<number> {
  const doFetch = deps.fetch ?? fetch;
  let stored = 0;
  for (const [position, url] of urls.entries()) {
    const existing = await deps.em().count(MessageMedia, { messageId, position });
    if (existing) continue;
    const host = new URL(url).host;
    if (!deps.allowedHosts.includes(host)) throw new Error(`refusing to fetch media from ${host}`);
    const headers: Record<string, string> = {};
    if (deps.twilioAuth && host.endsWith('twilio.com')) headers['authorization'] = `Basic ${Buffer.from(`${deps.twilioAuth.accountSid}:${deps.twilioAuth.authToken}`).toString('base64')}`;
    const res = await doFetch(url, { headers, redirect: 'follow', signal: AbortSignal.timeout(30_000) });
    if (!res.ok) throw new Error(`media fetch failed: ${res.status}`);
    const bytes = Buffer.from(await res.arrayBuffer());
    const type = sniffImageType(bytes);
    // Not a picture we show (video, vCard…) or too big: keep the text, skip the attachment.
    if (!type || bytes.length > MAX_MEDIA_BYTES) continue;
    await storeMedia(deps.em(), deps.encryption, { conversationId, messageId, position, contentType: type, bytes });
    stored++;
  }
  return stored;
}

/** The secret that signs the short-lived public picture URLs (derived from the data key). */
export function mediaUrlSecret(dataEncryptionKeyBase64: string): string {
  return createHmac('sha256', Buffer.from(dataEncryptionKeyBase64, 'base64')).update('beacon:media-url').digest('base64url');
}

export interface MediaConfig {
  DATA_ENCRYPTION_KEY: string;
  /** The key ring (first encrypts); pictures are sealed like message bodies so rotation covers them. */
  DATA_ENCRYPTION_KEYS?: string | undefined;
  PUBLIC_BASE_URL: string;
  TWILIO_ACCOUNT_SID?: string | undefined;
  TWILIO_AUTH_TOKEN: string;
}

/** What the worker's activities need for MMS: URLs for outbound pictures, fetching inbound ones. */
export function createMediaDeps(config: MediaConfig, em: () => EntityManager): { mediaUrlsFor: (messageId: string) => Promise<string[]>; inboundMedia: InboundMediaDeps } {
  const secret = mediaUrlSecret(config.DATA_ENCRYPTION_KEY);
  return {
    mediaUrlsFor: (messageId) => mediaUrlsForMessage(em(), config.PUBLIC_BASE_URL, secret, messageId),
    inboundMedia: {
      em,
      encryption: dataKeyRingFromEnv(config),
      allowedHosts: ['api.twilio.com', new URL(config.PUBLIC_BASE_URL).host],
      ...(config.TWILIO_ACCOUNT_SID ? { twilioAuth: { accountSid: config.TWILIO_ACCOUNT_SID, authToken: config.TWILIO_AUTH_TOKEN } } : {}),
    },
  };
}

/** Stores an inbound MMS's pictures, then tells consoles so the thumbnails appear. */
export async function receiveInboundMedia(deps: InboundMediaDeps, messageId: string, urls: string[]): Promise<number> {
  const message = await deps.em().findOneOrFail(Message, messageId);
  const conversation = await deps.em().findOneOrFail(Conversation, message.conversationId);
  const stored = await storeInboundMedia(deps, messageId, conversation.id, urls);
  if (stored) {
    await deps.em().transactional(async (tx) => {
      await publishEvent(tx, { type: 'message.updated', messageId, conversationId: conversation.id, locationId: conversation.locationId });
    });
  }
  return stored;
}
