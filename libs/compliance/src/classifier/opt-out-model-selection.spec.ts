/**
 * The thresholds of the trained opt-out model are the ones cross-validation chooses (each corpus file
 * of the model's training texts held out in turn; holdout D is never part of it). Prints the figures.
 */
import { describe, expect, it } from '@jest/globals';
import { modelTrainingCorpus } from '../corpus/index.js';
import { OPT_OUT_THRESHOLDS } from './message-classifier.js';
import { REVIEW_BUDGET, SELECTION_SEEDS, chooseStableThresholds, chooseThresholds, combinedFigures, outOfFoldScores } from './opt-out-model-selection.js';

describe('choosing the opt-out model thresholds by cross-validation', () => {
  const perSeed = SELECTION_SEEDS.map((seed) => outOfFoldScores(modelTrainingCorpus(), 'by-corpus', seed));
  const chosen = chooseStableThresholds(perSeed);
  const figures = perSeed.map((records) => ({
    each: chooseThresholds(records),
    rulesOnly: combinedFigures(records, { upgrade: 2, upgradeWithCue: 2, review: 2, veto: 0 }),
    combined: combinedFigures(records, OPT_OUT_THRESHOLDS),
  }));

  it('ships the most conservative thresholds over the training seeds', () => {
    console.log(
      `Opt-out model, cross-validation by corpus file (${perSeed[0]!.length} texts, seeds ${SELECTION_SEEDS.join(', ')}): thresholds ${JSON.stringify(chosen)}\n` +
        figures.map((f, i) => `  seed ${SELECTION_SEEDS[i]}: alone ${JSON.stringify(f.each)}\n    rules only:    ${JSON.stringify(f.rulesOnly)}\n    rules + model: ${JSON.stringify(f.combined)}`).join('\n'),
    );
    expect(OPT_OUT_THRESHOLDS).toEqual(chosen);
  });

  it('adds no false opt-out to the rules’ own and keeps review of ordinary texts within budget, for every seed', () => {
    for (const { rulesOnly, combined } of figures) {
      expect(combined.falseOptOuts).toBeLessThanOrEqual(rulesOnly.falseOptOuts);
      expect(combined.reviewedNegatives / combined.negatives).toBeLessThanOrEqual(REVIEW_BUDGET);
      // The veto demotes no opt-out a rule caught, and the model loses nothing the rules had.
      expect(combined.optedOut).toBeGreaterThanOrEqual(rulesOnly.optedOut);
    }
  });
});
