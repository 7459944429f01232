/**
 * The thresholds of the trained opt-out model are the ones cross-validation chooses (each corpus file
 * of the model's training texts held out in turn; holdout D is never part of it). Prints the figures.
 */
import { describe, expect, it } from '@jest/globals';
import { modelTrainingCorpus } from '../corpus/index.js';
import { OPT_OUT_THRESHOLDS } from './message-classifier.js';
import { REVIEW_BUDGET, chooseThresholds, combinedFigures, outOfFoldScores } from './opt-out-model-selection.js';

describe('choosing the opt-out model thresholds by cross-validation', () => {
  const records = outOfFoldScores(modelTrainingCorpus(), 'by-corpus');
  const chosen = chooseThresholds(records);
  const rulesOnly = combinedFigures(records, { upgrade: 2, upgradeWithCue: 2, review: 2, veto: 0 });
  const combined = combinedFigures(records, OPT_OUT_THRESHOLDS);

  it('ships the thresholds the cross-validation chooses', () => {
    console.log(
      `Opt-out model, cross-validation by corpus file (${records.length} texts): thresholds ${JSON.stringify(chosen)}\n` +
        `  rules only:    ${JSON.stringify(rulesOnly)}\n  rules + model: ${JSON.stringify(combined)}`,
    );
    expect(OPT_OUT_THRESHOLDS).toEqual(chosen);
  });

  it('adds no false opt-out to the rules’ own and keeps review of ordinary texts within budget', () => {
    expect(combined.falseOptOuts).toBeLessThanOrEqual(rulesOnly.falseOptOuts);
    expect(combined.reviewedNegatives / combined.negatives).toBeLessThanOrEqual(REVIEW_BUDGET);
    // The veto demotes no opt-out a rule caught, and the model loses nothing the rules had.
    expect(combined.optedOut).toBeGreaterThanOrEqual(rulesOnly.optedOut);
  });
});
