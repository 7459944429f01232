/**
 * `npm run -s classify -- FILE` (or `-` for stdin): reads JSON Lines `{"text", "replyToConfirmation"?}`
 * and writes one JSON line per input line, in order:
 * `{"text", "optOut", "optIn", "help", "intent", "confidence", "optOutReview"}` (`optOutReview`: possible
 * opt-out, a person should confirm; never true together with `optOut`). `--explain` adds optOutScope,
 * alertStaff, reasons, urgent, negative and urgencyReasons. A malformed line yields the contract fields with `text: null`, `confidence: 0` plus `line` and `error` (and a note on stderr); an
 * unreadable file exits 2. No database, no Temporal, no network.
 */
import { readFileSync } from 'node:fs';
import { classifyMessage } from '../classifier/message-classifier.js';

function main(argv: string[]): number {
  const explain = argv.includes('--explain');
  const file = argv.find((a) => !a.startsWith('--'));
  if (!file) {
    process.stderr.write('usage: npm run -s classify -- FILE.jsonl [--explain]   (FILE "-" reads stdin)\n');
    return 2;
  }
  let raw: string;
  try {
    raw = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    process.stderr.write(`classify: cannot read ${file}: ${(error as Error).message}\n`);
    return 2;
  }
  const lines = raw.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  const out: string[] = [];
  let malformed = 0;
  lines.forEach((line, i) => {
    const fail = (error: string): void => {
      malformed += 1;
      process.stderr.write(`classify: line ${i + 1}: ${error}\n`);
      // Same shape as every other line, so a reader keyed on the contract fields keeps its place.
      out.push(JSON.stringify({ text: null, optOut: false, optIn: false, help: false, intent: 'other', confidence: 0, optOutReview: false, line: i + 1, error }));
    };
    let input: unknown;
    try {
      input = JSON.parse(line);
    } catch (error) {
      return fail(`not valid JSON (${(error as Error).message})`);
    }
    if (typeof input !== 'object' || input === null || typeof (input as { text?: unknown }).text !== 'string') return fail('expected an object with a string "text"');
    const { text, replyToConfirmation } = input as { text: string; replyToConfirmation?: unknown };
    if (replyToConfirmation !== undefined && typeof replyToConfirmation !== 'boolean') return fail('"replyToConfirmation" must be true or false');
    const c = classifyMessage(text, { replyToConfirmation: replyToConfirmation === true });
    const record: Record<string, unknown> = { text, optOut: c.optOut, optIn: c.optIn, help: c.help, intent: c.intent, confidence: Number(c.confidence.toFixed(3)), optOutReview: c.optOutReview };
    if (explain) Object.assign(record, { optOutScope: c.optOutScope ?? null, alertStaff: c.alertStaff, reasons: c.reasons, urgent: c.urgent, negative: c.negative, urgencyReasons: c.urgencyReasons });
    out.push(JSON.stringify(record));
  });
  if (out.length) process.stdout.write(out.join('\n') + '\n');
  if (malformed) process.stderr.write(`classify: ${malformed} malformed line(s) of ${lines.length}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
