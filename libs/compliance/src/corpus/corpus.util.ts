/**
 * The labelled corpus is kept as plain lines, `intent|flags|text`, so that hundreds of realistic
 * texts stay readable and reviewable in a diff. Flags (comma-separated): `rtc` = replies to our
 * confirmation request, `mkt` = marketing-only opt-out, `cancel` = bare CANCEL (staff alert),
 * `hn` = hard negative (uses opt-out words but is not an opt-out).
 */
import type { MessageIntent } from '../classifier/intents.js';

export interface LabelledMessage {
  text: string;
  intent: MessageIntent;
  replyToConfirmation: boolean;
  marketingOnly: boolean;
  bareCancel: boolean;
  hardNegative: boolean;
  /** Where it came from, for error reports: file name and line. */
  source: string;
}

export function parseCorpus(name: string, raw: string): LabelledMessage[] {
  const out: LabelledMessage[] = [];
  raw.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const first = line.indexOf('|');
    const second = line.indexOf('|', first + 1);
    if (first < 0 || second < 0) throw new Error(`${name}:${i + 1}: expected intent|flags|text`);
    const flags = new Set(line.slice(first + 1, second).split(',').filter(Boolean));
    out.push({
      intent: line.slice(0, first) as MessageIntent,
      replyToConfirmation: flags.has('rtc'),
      marketingOnly: flags.has('mkt'),
      bareCancel: flags.has('cancel'),
      hardNegative: flags.has('hn'),
      text: line.slice(second + 1),
      source: `${name}:${i + 1}`,
    });
  });
  return out;
}
