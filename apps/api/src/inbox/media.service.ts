import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '@beacon/config';
import { MessageMedia, type EntityManager, type IMessage, type MikroORM } from '@beacon/db';
import { MAX_MEDIA_BYTES, mediaUrlSecret, sniffImageType, storeMedia, verifyMediaSignature } from '@beacon/inbox';
import type { DataKeyRing } from '@beacon/security';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { ApiError } from '../common/api-error.js';
import { APP_CONFIG, DATA_KEY_RING, ORM } from '../core/tokens.js';
import { InboxService } from './inbox.service.js';
import type { MessageAttachments } from './staff-messages.service.js';
import type { MediaUpload } from '@beacon/contracts';

export interface UploadedFile {
  buffer: Buffer;
  size: number;
  mimetype: string;
  originalname: string;
}

export type MediaView = MediaUpload;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const notFound = () => new ApiError(HttpStatus.NOT_FOUND, 'MEDIA_NOT_FOUND', 'This picture does not exist or is no longer available.');

/** MMS pictures: staff uploads (checked, encrypted), and serving them to staff who may see the thread. */
@Injectable()
export class MediaService implements MessageAttachments {
  private readonly secret: string;

  constructor(
    @Inject(ORM) private readonly orm: MikroORM,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly inbox: InboxService,
    @Inject(DATA_KEY_RING) private readonly encryption: DataKeyRing,
  ) {
    this.secret = mediaUrlSecret(config.DATA_ENCRYPTION_KEY);
  }

  async upload(staff: AuthenticatedStaff, conversationId: string, file: UploadedFile | undefined): Promise<MediaView> {
    if (!staff.permissions.canSendMessages) {
      throw new ApiError(HttpStatus.FORBIDDEN, 'SEND_FORBIDDEN', 'Your account can read conversations but not send messages. Ask the clinic owner if you need to.');
    }
    const conversation = await this.inbox.accessible(staff, conversationId);
    if (!file || !file.size) throw new ApiError(HttpStatus.BAD_REQUEST, 'NO_PICTURE', 'Choose a picture to attach (send it as the form field "file").');
    if (file.size > MAX_MEDIA_BYTES) {
      throw new ApiError(HttpStatus.PAYLOAD_TOO_LARGE, 'PICTURE_TOO_LARGE', `This picture is ${mb(file.size)}; pictures can be at most 5 MB. Choose a smaller one or shrink it first.`);
    }
    const type = sniffImageType(file.buffer);
    if (!type) {
      throw new ApiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'PICTURE_TYPE_NOT_ALLOWED', `"${file.originalname}" is not a picture we can text. Attach a PNG, JPEG, GIF or WebP image.`);
    }
    const id = await storeMedia(this.orm.em.fork(), this.encryption, { conversationId: conversation.id, uploadedByStaffId: staff.id, contentType: type, bytes: file.buffer });
    return { id, contentType: type, sizeBytes: file.size, url: `/api/media/${id}` };
  }

  /** Before a send: every picture exists, belongs to this thread and has not been sent yet. */
  async validate(staff: AuthenticatedStaff, conversationId: string, mediaIds: string[]): Promise<void> {
    const rows = await this.orm.em.fork().find(MessageMedia, { id: { $in: mediaIds } }, { fields: ['id', 'conversationId', 'messageId'] });
    const ok = mediaIds.every((id) => rows.some((r) => r.id === id && r.conversationId === conversationId && r.messageId === null));
    if (!ok || new Set(mediaIds).size !== mediaIds.length) {
      throw new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, 'PICTURE_NOT_AVAILABLE', 'One of the pictures is missing or was already sent. Attach it again.');
    }
  }

  async attach(tx: EntityManager, message: IMessage, mediaIds: string[]): Promise<void> {
    for (const [position, id] of mediaIds.entries()) {
      const updated = await tx.nativeUpdate(MessageMedia, { id, conversationId: message.conversationId, messageId: null }, { messageId: message.id, position });
      if (updated !== 1) throw new ApiError(HttpStatus.CONFLICT, 'PICTURE_NOT_AVAILABLE', 'One of the pictures was just sent with another message. Attach it again.');
    }
  }

  /** For staff: the decrypted picture, when they may see its conversation. */
  async read(staff: AuthenticatedStaff, mediaId: string): Promise<{ contentType: string; bytes: Buffer }> {
    const row = await this.orm.em.fork().findOne(MessageMedia, mediaId, { populate: ['dataEncrypted'] });
    if (!row) throw notFound();
    await this.inbox.accessible(staff, row.conversationId);
    return { contentType: row.contentType, bytes: this.encryption.decryptBytes(Buffer.from(row.dataEncrypted)) };
  }

  /** For the SMS provider: a picture behind a short-lived signed URL. */
  async readSigned(mediaId: string, expires: number, sig: string): Promise<{ contentType: string; bytes: Buffer }> {
    if (!verifyMediaSignature(this.secret, mediaId, expires, sig)) throw new ApiError(HttpStatus.FORBIDDEN, 'MEDIA_LINK_EXPIRED', 'This picture link has expired or is not valid.');
    const row = await this.orm.em.fork().findOne(MessageMedia, mediaId, { populate: ['dataEncrypted'] });
    if (!row) throw notFound();
    return { contentType: row.contentType, bytes: this.encryption.decryptBytes(Buffer.from(row.dataEncrypted)) };
  }
}
