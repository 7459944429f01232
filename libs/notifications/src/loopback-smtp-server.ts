import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { parseReceivedMail, type ReceivedMail } from './received-mail.util.js';

/** The most one email may weigh; notifications are a few hundred bytes. */
const MAX_MAIL_BYTES = 1_000_000;

/**
 * An SMTP server on loopback that hands each received email to `onMail` (local development: the
 * console's "Sent email" page; tests: assertions on what arrived). No TLS and no account: it accepts
 * connections from this machine only. `onMail` failing answers the client with a temporary error,
 * so the sender retries.
 */
export class LoopbackSmtpServer {
  private readonly server: SMTPServer;

  constructor(onMail: (mail: ReceivedMail) => Promise<void>, options: { rejectRecipient?: (address: string) => boolean } = {}) {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      size: MAX_MAIL_BYTES,
      logger: false,
      onConnect(session, callback) {
        const ip = session.remoteAddress.replace(/^::ffff:/, '');
        callback(ip === '127.0.0.1' || ip === '::1' ? undefined : new Error('Only local connections are accepted'));
      },
      onRcptTo(address, _session, callback) {
        if (options.rejectRecipient?.(address.address)) {
          const error = new Error('Mailbox busy, try again later') as Error & { responseCode: number };
          error.responseCode = 450;
          callback(error);
          return;
        }
        callback();
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const envelope = {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
          };
          onMail(parseReceivedMail(Buffer.concat(chunks).toString('utf8'), envelope)).then(
            () => callback(),
            () => {
              const error = new Error('Could not store the message, try again later') as Error & { responseCode: number };
              error.responseCode = 451;
              callback(error);
            },
          );
        });
      },
    });
  }

  /** Listens on 127.0.0.1 (port 0 = any free port); resolves with the port. */
  async listen(port: number, host = '127.0.0.1'): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    return (this.server.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
