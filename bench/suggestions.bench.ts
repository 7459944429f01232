// Embedded smart-reply engine: latency per inbound message on one core (goal: p95 well under 20 ms).
import { suggestEmbedded } from '@beacon/suggestions';
import { demoContext } from '../libs/suggestions/src/test-context.js';

const messages: [string, string][] = [
  ['Can I bring my sister on Thursday?', 'bring_guest'],
  ['how much is botox per unit', 'pricing'],
  ['where do i park??', 'directions_parking'],
  ['running 10 min late sorry!!', 'running_late'],
  ['Is it normal to have bruising 2 days after filler', 'aftercare'],
  ['what are your hours on saturday', 'hours'],
  ['C', 'confirm'],
  ['thank you so much ❤️', 'thanks'],
  ['can i move my appt to next week', 'reschedule'],
  ['¿Puedo llevar a mi hermana?', 'bring_guest'],
];
const context = demoContext();
// Clinics with a real library: 150 quick replies and templates to search through.
for (let i = 0; i < 150; i += 1) {
  context.snippets.push({ id: `s${i}`, kind: i % 2 ? 'template' : 'quick_reply', title: `Reply ${i}`, category: ['Pricing', 'Aftercare', 'Scheduling', 'Directions'][i % 4]!, body: `Hi {{firstName}}, note ${i} about treatments, laser, peels and facials at {{locationName}}.` });
}
for (let i = 0; i < 200; i += 1) suggestEmbedded({ messageText: messages[i % messages.length]![0], intent: messages[i % messages.length]![1], context });

const samples: number[] = [];
for (let i = 0; i < 3_000; i += 1) {
  const [messageText, intent] = messages[i % messages.length]!;
  const start = process.hrtime.bigint();
  suggestEmbedded({ messageText, intent, context });
  samples.push(Number(process.hrtime.bigint() - start) / 1e6);
}
samples.sort((a, b) => a - b);
const pct = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))]!;
console.log(
  JSON.stringify({
    name: 'Smart replies, embedded engine',
    notes: '3,000 suggestions for 10 typical inbound texts against a clinic library of 155 quick replies/templates, one process, one core.',
    metrics: { p50_ms: pct(0.5), p95_ms: pct(0.95), p99_ms: pct(0.99), max_ms: samples.at(-1)! },
    goals: [{ metric: 'p95_ms', max: 20 }],
  }),
);
