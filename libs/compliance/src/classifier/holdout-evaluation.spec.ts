/**
 * Issue 13: the opt-out detector on the holdouts (A: holdout.corpus.ts, written before the detector
 * was built; B, C, D by other people; A–C are now seen and part of the opt-out model's training texts,
 * D is never trained or tuned on), and the abstention rate (optOutReview) on ordinary replies. Prints a report; asserts the figures actually reached (see README "Opt-out detection").
 * Speed goals live in bench/classifier.bench.ts.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { matchConsentKeyword } from '../consent-keywords.js';
import { holdoutCorpus, labelledCorpus, splitCorpus } from '../corpus/index.js';
import { classifyMessage, ordinaryWords, trainIntentModel, trainOptOutModel } from './message-classifier.js';

const report: string[] = [];
const pct = (x: number): string => (Number.isNaN(x) ? '   –  ' : `${(100 * x).toFixed(1).padStart(5)}%`);

interface HoldoutFloors {
  minRecall: number;
  minRecallWithReview: number;
  maxFalseOptOuts: number;
  maxReviewOnHardNegatives: number;
  /** Texts of each class (B was written with 97 hard negatives, and is never edited after its results). */
  minPerClass: number;
}

describe.each([
  // A, B, C are seen: the rules were reworked after reading them, and since the trained opt-out model
  // (opt-out-model.ts) they are part of its training texts too (`modelTrainingCorpus()`): in-sample.
  ['A', 'a' as const, { minRecall: 1, minRecallWithReview: 1, maxFalseOptOuts: 0, maxReviewOnHardNegatives: 0.01, minPerClass: 100 }],
  ['B', 'b' as const, { minRecall: 1, minRecallWithReview: 1, maxFalseOptOuts: 0, maxReviewOnHardNegatives: 0.01, minPerClass: 95 }],
  ['C', 'c' as const, { minRecall: 1, minRecallWithReview: 1, maxFalseOptOuts: 1, maxReviewOnHardNegatives: 0.02, minPerClass: 140 }],
  // D: written by a fourth person and committed before the detector ran on it (9952f0e); never trained
  // or tuned on. Session 6's rules: 240/267, 11 flagged, 6 false, 17/250 flagged. Rules + the trained
  // model (thresholds from cross-validation, this design measured once): 239/267 (89.5 %), 12 flagged, 2 false, 11/250 flagged.
  // Eighth round (opt-out-keywords.ts, promotions frame, sentence-scoped guards, eighth batch; D run once at the end
  // as a regression check, texts not read): 252/267 (94.4 %), 9 flagged (97.8 %), 10/250 flagged — and 3 false opt-outs,
  // one more than before. The main engineer then read D's and F's false opt-outs (D is seen since) and fixed their kinds
  // (texts "still ok" / Polish "SMS can stay", double negation in 15 more languages, "why did I stop getting…", membership
  // words): 2 false opt-outs (an English reported "unsubscribe" and the photo-release opt-out with "texts still ok").
  // Ninth round (mention-not-use guards, cautious thresholds over three seeds; D seen): 250/267 (93.6 %), 96.6 % with
  // review, 0 false opt-outs, 5/250 flagged — two opt-outs fewer (model decisions: upgrade threshold 0.94 → 0.97).
  ['D', 'd' as const, { minRecall: 0.93, minRecallWithReview: 0.96, maxFalseOptOuts: 0, maxReviewOnHardNegatives: 0.04, minPerClass: 240 }],
  // E: written by a fifth person, committed before the detector ran on it (c5ae84d), never trained or
  // tuned on. Session 6's rules: 268/297 = 90.2 %, 92.9 % with review, 4 false, 10/264 flagged. Rules +
  // the trained model, measured once after it was merged: 268/297 (90.2 %), 94.3 % with review, 4 false, 2/264 flagged.
  // Eighth round (its misses were described to the author BY KIND, never as texts, so E is optimistic): 292/297 (98.3 %),
  // 3 flagged (99.3 %), 1 false opt-out — and 6/264 hard negatives flagged (2.3 %), more than before (2): the
  // price of the new keyword table and promotions frame, accepted (review is the safe side: COMPLIANCE.md).
  // Ninth round: 292/297, 99.0 % with review (294/297), 0 false opt-outs, 6/264 flagged.
  ['E', 'e' as const, { minRecall: 0.98, minRecallWithReview: 0.985, maxFalseOptOuts: 0, maxReviewOnHardNegatives: 0.025, minPerClass: 250 }],
  // F: written by a sixth person, committed before the detector ran on it (18cb291), 30 languages. Measured once on the
  // detector before the eighth round (counts only): 263/321 (81.9 %), 19 flagged (87.9 %), 39 missed, 2 false, 6/312
  // flagged. Measured once after it was merged — THE UNSEEN FIGURE: 296/321 (92.2 %), 11 flagged (95.6 %), 14 missed,
  // 5 false opt-outs, 4/312 flagged. Its false opt-outs were then read and their kinds fixed (so F is seen now): 1 false.
  // Ninth round (F seen): 295/321 (91.9 %), 95.6 % with review, 0 false opt-outs, 5/312 flagged.
  ['F', 'f' as const, { minRecall: 0.91, minRecallWithReview: 0.95, maxFalseOptOuts: 0, maxReviewOnHardNegatives: 0.02, minPerClass: 300 }],
  // G: written by a seventh person while F's false opt-outs were being fixed, committed (e9e488e) before the detector ran
  // on it; measured once on the final eighth-round detector, counts and rule ids only, texts NOT read — still unseen:
  // 228/247 (92.3 %), 8 flagged (95.5 %), 11 missed, 6 false opt-outs (all phrase rules), 4/249 flagged.
  // Ninth round, measured again (counts only; G's texts still not read): 228/247 (92.3 %), 95.5 % with review, 3 false
  // opt-outs (was 6), 4/249 flagged.
  ['G', 'g' as const, { minRecall: 0.92, minRecallWithReview: 0.95, maxFalseOptOuts: 3, maxReviewOnHardNegatives: 0.02, minPerClass: 240 }],
  // H: written by an eighth person during the ninth round, committed (270b25e) before the detector ran on it; measured once
  // on the ninth-round detector, counts only, texts NOT read — unseen: 211/243 (86.8 %), 9 flagged (90.5 %), 23 missed
  // (12 of them in Swahili, Lao, Yoruba and Igbo, which the detector barely knows: 0/12), 2 false opt-outs, 4/250 flagged.
  ['H', 'h' as const, { minRecall: 0.86, minRecallWithReview: 0.9, maxFalseOptOuts: 2, maxReviewOnHardNegatives: 0.02, minPerClass: 240 }],
])('opt-out detection on holdout %s', (label: string, which: 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h', floors: HoldoutFloors) => {
  afterAll(() => {
    console.log(`\n${report.join('\n\n')}\n`);
  });

  const holdout = holdoutCorpus(which);
  const scored = holdout.map((e) => ({ e, c: classifyMessage(e.text, { replyToConfirmation: e.replyToConfirmation }) }));
  const positives = scored.filter((s) => s.e.intent === 'opt_out');
  const negatives = scored.filter((s) => s.e.intent !== 'opt_out');
  const caught = positives.filter((s) => s.c.optOut).length;
  const flagged = positives.filter((s) => !s.c.optOut && s.c.optOutReview).length;
  const falseOptOuts = negatives.filter((s) => s.c.optOut);
  const reviewedNegatives = negatives.filter((s) => s.c.optOutReview).length;

  it('has ≥ 200 texts, about half opt-outs, ≥ 10 languages', () => {
    expect(holdout.length).toBeGreaterThanOrEqual(200);
    expect(positives.length).toBeGreaterThanOrEqual(floors.minPerClass);
    expect(negatives.length).toBeGreaterThanOrEqual(floors.minPerClass);
    expect(new Set(holdout.map((e) => e.lang)).size).toBeGreaterThanOrEqual(10);
  });

  it('reports recall, false opt-outs and abstentions, overall and per language', () => {
    const langs = [...new Set(holdout.map((e) => e.lang))];
    const lines = [
      `Holdout ${label} (${holdout.length} texts: ${positives.length} opt-outs, ${negatives.length} hard negatives)`,
      `  recall (optOut)              ${pct(caught / positives.length)}  (${caught}/${positives.length})`,
      `  recall (optOut or review)    ${pct((caught + flagged) / positives.length)}  (${flagged} more flagged for review)`,
      `  false opt-outs               ${falseOptOuts.length}`,
      `  review on hard negatives     ${pct(reviewedNegatives / negatives.length)}  (${reviewedNegatives})`,
      '  lang   opt-outs  caught  review  missed | negatives  false  review',
    ];
    for (const lang of langs) {
      const p = positives.filter((s) => s.e.lang === lang);
      const n = negatives.filter((s) => s.e.lang === lang);
      lines.push(
        `  ${lang.padEnd(5)} ${String(p.length).padStart(9)} ${String(p.filter((s) => s.c.optOut).length).padStart(7)} ${String(p.filter((s) => !s.c.optOut && s.c.optOutReview).length).padStart(7)} ${String(p.filter((s) => !s.c.optOut && !s.c.optOutReview).length).padStart(7)} | ${String(n.length).padStart(9)} ${String(n.filter((s) => s.c.optOut).length).padStart(6)} ${String(n.filter((s) => s.c.optOutReview).length).padStart(7)}`,
      );
    }
    const missed = positives.filter((s) => !s.c.optOut);
    if (missed.length) lines.push('  not opted out:', ...missed.map((s) => `    [${s.e.lang}]${s.c.optOutReview ? ' (review)' : ''} ${JSON.stringify(s.e.text)}`));
    if (falseOptOuts.length) lines.push('  false opt-outs:', ...falseOptOuts.map((s) => `    [${s.e.lang}] ${JSON.stringify(s.e.text)} — ${s.c.reasons.join('; ')}`));
    const reviewed = negatives.filter((s) => s.c.optOutReview);
    if (reviewed.length) lines.push('  hard negatives flagged for review:', ...reviewed.map((s) => `    [${s.e.lang}] ${JSON.stringify(s.e.text)}`));
    report.push(lines.join('\n'));
    expect(caught + flagged + missed.length - flagged).toBe(positives.length);
  });

  it('reaches the recall, false opt-out and review figures recorded in the README', () => {
    expect(caught / positives.length).toBeGreaterThanOrEqual(floors.minRecall);
    expect((caught + flagged) / positives.length).toBeGreaterThanOrEqual(floors.minRecallWithReview);
    expect(falseOptOuts.length).toBeLessThanOrEqual(floors.maxFalseOptOuts);
    expect(reviewedNegatives / negatives.length).toBeLessThanOrEqual(floors.maxReviewOnHardNegatives);
  });

  it('keeps its reasons free of the patient’s text', () => {
    // A whole-message carrier keyword ("UNSUBSCRIBE") is named by its rule; that is the rule, not the patient's words.
    const leaks = scored.filter((s) => s.e.text.length > 8 && matchConsentKeyword(s.e.text) === null && s.c.reasons.some((r) => r.includes(s.e.text))).map((s) => s.e.text);
    expect(leaks).toEqual([]);
  });
});

describe('abstention (optOutReview) on ordinary replies', () => {
  it('flags ≤ 3 % of ordinary replies for review, with the model trained without them', () => {
    const corpus = labelledCorpus();
    const { train, heldOut } = splitCorpus(corpus);
    const models = { intent: trainIntentModel(train), optOut: trainOptOutModel(train), knownWords: ordinaryWords(train) };
    const ordinary = heldOut.filter((e) => e.intent !== 'opt_out');
    const heldOutRate = ordinary.filter((e) => classifyMessage(e.text, { replyToConfirmation: e.replyToConfirmation }, models).optOutReview).length / ordinary.length;
    const all = corpus.filter((e) => e.intent !== 'opt_out');
    const wholeRate = all.filter((e) => classifyMessage(e.text, { replyToConfirmation: e.replyToConfirmation }).optOutReview).length / all.length;
    console.log(`Abstention on ordinary replies: held-out split ${pct(heldOutRate)} (${ordinary.length} texts), whole corpus ${pct(wholeRate)} (${all.length} texts)`);
    expect(heldOutRate).toBeLessThanOrEqual(0.03);
    expect(wholeRate).toBeLessThanOrEqual(0.03);
  });

  it('never sets optOutReview together with optOut', () => {
    for (const e of labelledCorpus()) {
      const c = classifyMessage(e.text, { replyToConfirmation: e.replyToConfirmation });
      expect(c.optOut && c.optOutReview).toBe(false);
    }
  });
});

/**
 * The floors are the figures measured on the current detector (README "Opt-out detection"), not the
 * goal (recall ≥ 0.97 with zero false opt-outs). After the session-5 rework (request frames, guards):
 * A: 146/148 opted out, 1 flagged, 1 missed (it was flagged before), 0 false, 2/139 hard negatives
 * flagged. B: 100/107 opted out, 6 flagged, 1 missed, 1 false opt-out, 1/97 flagged. C (written by a
 * third person before the rework; first evaluated on the old detector: 116/147, 18 flagged, 7 false,
 * 16/144 flagged): 123/147 opted out, 13 flagged, 11 missed, 8 false opt-outs (one is a bare "cancel"
 * labelled as an appointment cancel, which COMPLIANCE.md requires us to treat as a revocation),
 * 7/144 flagged — the goal is missed on B and C. Do not raise these by editing a holdout or tuning on
 * it: write a new holdout (D) before the next change, and evaluate on it once.
 * Seventh round (failure KINDS seen on C — wrong number, another person, mention vs use, double
 * negation, emails vs texts, polite English, typos, emoji — fixed for every language, measured on the
 * seventh batch's dev-test slice; C is seen, so its figures are optimistic): A 148/148,
 * 0 false, 1/139 flagged; B 106/107, 1 flagged, 0 false, 0/97 flagged; C 147/147, 0 false apart from
 * the bare "cancel" (a revocation by COMPLIANCE.md), 4/144 flagged. Holdout D (unseen) is the honest test.
 * Trained opt-out model (A–C now in its training texts): A 148/148, 0 false, 0/139 flagged; B 107/107,
 * 0 false, 0/97 flagged; C 147/147, 1 false (the bare "cancel"), 2/144 flagged.
 */
