/**
 * Classifier speed: per-message latency (p50/p95/max over the labelled corpus, after a warm-up)
 * and throughput of 1,000 texts, plus the cold start (training the model on first use).
 * Goals: p95 < 5 ms per message on one core (issue 13); 1,000 lines well under 30 s.
 */
import { classifyMessage } from '@beacon/compliance';
import { holdoutCorpus, labelledCorpus } from '../libs/compliance/src/corpus/index.js';

const coldStart = performance.now();
classifyMessage('warm up: how much is botox?');
const coldMs = performance.now() - coldStart;

// Speed only: the holdout texts are timed too (they are never used for training or tuning).
const texts = [...labelledCorpus(), ...holdoutCorpus()].map((e) => ({ text: e.text, replyToConfirmation: e.replyToConfirmation }));
for (const t of texts.slice(0, 200)) classifyMessage(t.text, t);

const latencies: number[] = [];
for (let round = 0; round < 3; round++) {
  for (const t of texts) {
    const start = performance.now();
    classifyMessage(t.text, t);
    latencies.push(performance.now() - start);
  }
}
latencies.sort((a, b) => a - b);
const at = (q: number): number => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;

const thousand = Array.from({ length: 1000 }, (_, i) => texts[i % texts.length]!);
const start = performance.now();
for (const t of thousand) classifyMessage(t.text, t);
const thousandMs = performance.now() - start;

console.log(
  JSON.stringify({
    name: 'message classifier',
    metrics: { p50_ms: at(0.5), p95_ms: at(0.95), max_ms: latencies.at(-1), per_1000_ms: thousandMs, cold_start_ms: coldMs, samples: latencies.length },
    goals: [
      { metric: 'p95_ms', max: 5 },
      { metric: 'per_1000_ms', max: 5000 },
    ],
    notes: `classifyMessage over ${texts.length} labelled and holdout texts × 3 rounds, one core; cold start includes training the Naive Bayes model.`,
  }),
);
