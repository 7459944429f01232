// Import-free on purpose: test/console/message-length.spec.ts runs it under Node's module rules.
/** Twilio's limit for one message body (the API refuses longer ones: MAX_BODY_LENGTH). */
export const MAX_MESSAGE_LENGTH = 1600;
/** Above this many texts a reply is worth a second look before it goes out (each one is billed). */
export const LONG_MESSAGE_SEGMENTS = 3;

const count = new Intl.NumberFormat('en-US');

export interface MessageLengthCheck {
  /** ok: nothing to say; long: sent, but as many texts; too_long: refused until shortened. */
  level: 'ok' | 'long' | 'too_long';
  /** How many texts it will take. */
  segments: number;
  /** What to tell the sender ('' when ok). */
  message: string;
}

/**
 * What the composer says about a draft's length before it is sent: nothing for a short text, a warning
 * when it will arrive as more than LONG_MESSAGE_SEGMENTS texts, and a refusal (with how much to cut)
 * above the limit — never a silent cut. `segments` is what countSmsSegments says for `body`.
 */
export function checkMessageLength(body: string, segments: number): MessageLengthCheck {
  if (body.length > MAX_MESSAGE_LENGTH) {
    const over = body.length - MAX_MESSAGE_LENGTH;
    return {
      level: 'too_long',
      segments,
      message: `This message is ${count.format(body.length)} characters; a text can be at most ${count.format(MAX_MESSAGE_LENGTH)}. Shorten it by ${count.format(over)} ${over === 1 ? 'character' : 'characters'} to send it.`,
    };
  }
  if (segments > LONG_MESSAGE_SEGMENTS) {
    return { level: 'long', segments, message: `Long message: the patient will receive it as ${segments} separate texts. Consider shortening it.` };
  }
  return { level: 'ok', segments, message: '' };
}
