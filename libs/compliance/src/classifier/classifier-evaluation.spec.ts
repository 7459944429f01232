/**
 * Evaluation of the classifier on the labelled corpus, printed as tables in the test output:
 *  - consent: precision / recall of opt-out, opt-in, help over every labelled text; zero false opt-outs;
 *  - intent: per-label precision / recall and accuracy on a held-out split (model trained without it),
 *    on the whole corpus, and on fresh texts never used for training or tuning.
 * Speed goals live in bench/classifier.bench.ts, not here.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { labelledCorpus, freshCorpus, splitCorpus, type LabelledMessage } from '../corpus/index.js';
import { MESSAGE_INTENTS } from './intents.js';
import { classifyMessage, trainIntentModel, type MessageClassification } from './message-classifier.js';

interface Scored {
  example: LabelledMessage;
  result: MessageClassification;
}

const report: string[] = [];
const pct = (x: number): string => (Number.isNaN(x) ? '   –  ' : `${(100 * x).toFixed(1).padStart(5)}%`);

function binaryStats(scored: Scored[], truth: (e: LabelledMessage) => boolean, predicted: (r: MessageClassification) => boolean) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const falsePositives: string[] = [];
  const falseNegatives: string[] = [];
  for (const { example, result } of scored) {
    const t = truth(example);
    const p = predicted(result);
    if (t && p) tp++;
    else if (p) {
      fp++;
      falsePositives.push(`${example.text} (${result.reasons.join('; ')})`);
    } else if (t) {
      fn++;
      falseNegatives.push(example.text);
    }
  }
  return { tp, fp, fn, precision: tp / (tp + fp), recall: tp / (tp + fn), falsePositives, falseNegatives };
}

function intentTable(title: string, scored: Scored[]): number {
  const lines = [`${title} (${scored.length} texts)`, '  label                precision  recall   support'];
  for (const label of MESSAGE_INTENTS) {
    const s = binaryStats(scored, (e) => e.intent === label, (r) => r.intent === label);
    if (s.tp + s.fn === 0 && s.fp === 0) continue;
    lines.push(`  ${label.padEnd(20)} ${pct(s.precision)}    ${pct(s.recall)}   ${String(s.tp + s.fn).padStart(4)}`);
  }
  const accuracy = scored.filter((s) => s.result.intent === s.example.intent).length / scored.length;
  lines.push(`  accuracy: ${pct(accuracy)}`);
  const errors = scored.filter((s) => s.result.intent !== s.example.intent);
  if (errors.length) lines.push('  errors:', ...errors.slice(0, 25).map((s) => `    ${s.example.intent} → ${s.result.intent}: ${JSON.stringify(s.example.text)}`));
  report.push(lines.join('\n'));
  return accuracy;
}

const corpus = labelledCorpus();
const score = (examples: LabelledMessage[], model = undefined as ReturnType<typeof trainIntentModel> | undefined): Scored[] =>
  examples.map((example) => ({ example, result: classifyMessage(example.text, { replyToConfirmation: example.replyToConfirmation }, model) }));

describe('classifier evaluation on the labelled corpus', () => {
  afterAll(() => {
    console.log(`\n${report.join('\n\n')}\n`);
  });

  const all = score(corpus);

  it('has hundreds of labelled texts, hard negatives and several languages', () => {
    expect(corpus.length).toBeGreaterThan(600);
    expect(corpus.filter((e) => e.intent === 'opt_out').length).toBeGreaterThan(150);
    expect(corpus.filter((e) => e.hardNegative).length).toBeGreaterThan(100);
    for (const label of MESSAGE_INTENTS) expect(corpus.filter((e) => e.intent === label).length).toBeGreaterThanOrEqual(15);
  });

  it('never opts out a text that is not an opt-out (zero false opt-outs), and catches ≥ 98 % of opt-outs', () => {
    const optOut = binaryStats(all, (e) => e.intent === 'opt_out', (r) => r.optOut);
    const hard = binaryStats(all.filter((s) => s.example.hardNegative), () => false, (r) => r.optOut);
    const optIn = binaryStats(all, (e) => e.intent === 'opt_in', (r) => r.optIn);
    const help = binaryStats(all, (e) => e.intent === 'help', (r) => r.help);
    report.push(
      [
        `Consent detection (${all.length} texts; ${all.filter((s) => s.example.hardNegative).length} hard negatives)`,
        '  flag       precision  recall   tp   fp   fn',
        ...[['optOut', optOut], ['optIn', optIn], ['help', help]].map(
          ([name, s]) => `  ${String(name).padEnd(10)} ${pct((s as typeof optOut).precision)}    ${pct((s as typeof optOut).recall)}  ${[(s as typeof optOut).tp, (s as typeof optOut).fp, (s as typeof optOut).fn].map((n) => String(n).padStart(4)).join(' ')}`,
        ),
        `  false opt-outs on hard negatives: ${hard.fp}`,
        ...(optOut.falseNegatives.length ? ['  missed opt-outs:', ...optOut.falseNegatives.map((t) => `    ${JSON.stringify(t)}`)] : []),
      ].join('\n'),
    );
    expect(optOut.falsePositives).toEqual([]);
    expect(optOut.recall).toBeGreaterThanOrEqual(0.98);
    expect(optIn.fp + help.fp).toBe(0);
  });

  it('keeps the scope of marketing-only opt-outs and alerts staff for a bare CANCEL (or an opt-out that cancels)', () => {
    const optOuts = all.filter((s) => s.example.intent === 'opt_out' && s.result.optOut);
    const scopeErrors = optOuts.filter((s) => (s.result.optOutScope === 'marketing') !== s.example.marketingOnly).map((s) => s.example.text);
    // Staff are also alerted when an opt-out asks to cancel the appointment in the same text.
    const expectsAlert = (e: LabelledMessage): boolean => e.bareCancel || /cancel my appointment/i.test(e.text);
    const alertErrors = optOuts.filter((s) => s.result.alertStaff !== expectsAlert(s.example)).map((s) => s.example.text);
    expect(scopeErrors).toEqual([]);
    expect(alertErrors).toEqual([]);
  });

  it('reaches ≥ 90 % intent accuracy on a held-out split the model was not trained on', () => {
    const { train, heldOut } = splitCorpus(corpus);
    const model = trainIntentModel(train);
    const accuracy = intentTable(`Intent — held-out split (model trained on the other ${train.length})`, score(heldOut, model));
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('reports intent accuracy on the whole corpus (training data) and on fresh, never-seen texts', () => {
    const whole = intentTable('Intent — whole corpus (training data, for reference)', all);
    const freshScored = score(freshCorpus());
    const fresh = intentTable('Intent — fresh texts never used for training or tuning', freshScored);
    const freshOptOut = binaryStats(freshScored, (e) => e.intent === 'opt_out', (r) => r.optOut);
    report.push(`Fresh texts, opt-out: precision ${pct(freshOptOut.precision)}, recall ${pct(freshOptOut.recall)} (${freshOptOut.fn} missed, ${freshOptOut.fp} false)`);
    expect(whole).toBeGreaterThanOrEqual(0.97);
    expect(fresh).toBeGreaterThanOrEqual(0.85);
    expect(freshOptOut.fp).toBe(0);
  });
});
