/** What the loopback SMTP server keeps of a received email. */
export interface ReceivedMail {
  messageId: string | null;
  from: string;
  to: string[];
  subject: string;
  text: string;
  /** Sent flagged as high priority (X-Priority 1 / Importance: high). */
  highPriority: boolean;
}

function quotedPrintableBytes(text: string): Buffer {
  return Buffer.from(text.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
}

const ENCODED_WORD = /=\?[^?]+\?([QqBb])\?([^?]*)\?=/g;

/**
 * RFC 2047 encoded words (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`), as nodemailer writes non-ASCII
 * subjects; adjacent words are joined as bytes first (a character may be split between two).
 */
function decodeHeaderWords(value: string): string {
  return value.replace(/=\?[^?]+\?[QqBb]\?[^?]*\?=(?:\s*=\?[^?]+\?[QqBb]\?[^?]*\?=)*/g, (run) =>
    Buffer.concat([...run.matchAll(ENCODED_WORD)].map(([, enc, text = '']) => (enc?.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : quotedPrintableBytes(text.replace(/_/g, ' '))))).toString('utf8'),
  );
}

/**
 * Reads a single-part text email (what Beacon sends) from its raw form: headers, and the body
 * decoded from 7bit, quoted-printable or base64. Anything else is kept as it came.
 */
export function parseReceivedMail(raw: string, envelope: { from: string; to: string[] }): ReceivedMail {
  const split = raw.search(/\r?\n\r?\n/);
  const head = split < 0 ? raw : raw.slice(0, split);
  const body = split < 0 ? '' : raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const text = encoding === 'quoted-printable' ? quotedPrintableBytes(body).toString('utf8') : encoding === 'base64' ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') : body;
  return {
    messageId: headers.get('message-id') ?? null,
    from: envelope.from,
    to: envelope.to,
    subject: decodeHeaderWords(headers.get('subject') ?? ''),
    text: text.replace(/\r\n/g, '\n').replace(/\n$/, ''),
    highPriority: /^1\b/.test(headers.get('x-priority') ?? '') || (headers.get('importance') ?? '').toLowerCase() === 'high',
  };
}
