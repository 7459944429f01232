import fc from 'fast-check';
import { riskScore, type RiskInput } from './risk-score.util.js';

/** A new online booking three days out, nothing known against the patient. */
const typical: RiskInput = { confirmationStatus: 'unconfirmed', priorNoShows: 0, priorLateCancels: 0, leadTimeHours: 72, hoursUntilStart: 70 };

describe('riskScore', () => {
  it('gives an unconfirmed booking with a clean history a low score and says why', () => {
    expect(riskScore(typical)).toEqual({ score: 25, level: 'low', reasons: ['Not confirmed yet'] });
  });

  it('drops a confirmed appointment to the floor', () => {
    expect(riskScore({ ...typical, confirmationStatus: 'confirmed' })).toEqual({ score: 0, level: 'low', reasons: ['Confirmed by the patient'] });
  });

  it('counts previous no-shows, with the number in the reason', () => {
    expect(riskScore({ ...typical, priorNoShows: 1 })).toEqual({ score: 50, level: 'medium', reasons: ['Not confirmed yet', '1 previous no-show'] });
    expect(riskScore({ ...typical, priorNoShows: 2 })).toEqual({ score: 75, level: 'high', reasons: ['Not confirmed yet', '2 previous no-shows'] });
    // Capped: a long history does not drown out everything else.
    expect(riskScore({ ...typical, priorNoShows: 7 }).score).toBe(75);
  });

  it('counts late cancellations, capped at two', () => {
    expect(riskScore({ ...typical, priorLateCancels: 1 })).toEqual({ score: 37, level: 'medium', reasons: ['Not confirmed yet', '1 late cancellation'] });
    expect(riskScore({ ...typical, priorLateCancels: 3 })).toEqual({ score: 49, level: 'medium', reasons: ['Not confirmed yet', '3 late cancellations'] });
  });

  it('flags short-notice and far-ahead bookings', () => {
    expect(riskScore({ ...typical, leadTimeHours: 5, hoursUntilStart: 30 })).toEqual({ score: 35, level: 'medium', reasons: ['Not confirmed yet', 'Booked less than 24 h ahead'] });
    expect(riskScore({ ...typical, leadTimeHours: 45 * 24, hoursUntilStart: 40 })).toEqual({ score: 35, level: 'medium', reasons: ['Not confirmed yet', 'Booked more than 30 days ahead'] });
  });

  it('raises an appointment still unconfirmed in its last 24 hours', () => {
    expect(riskScore({ ...typical, hoursUntilStart: 20 })).toEqual({ score: 40, level: 'medium', reasons: ['Not confirmed yet', 'Starts within 24 h and still unconfirmed'] });
    // Once it has started, "within 24 h" no longer applies.
    expect(riskScore({ ...typical, hoursUntilStart: -1 }).reasons).toEqual(['Not confirmed yet']);
  });

  it('puts everything together for the worst case, capped at 100', () => {
    expect(riskScore({ confirmationStatus: 'unconfirmed', priorNoShows: 2, priorLateCancels: 2, leadTimeHours: 10, hoursUntilStart: 8 })).toEqual({
      score: 100,
      level: 'high',
      reasons: ['Not confirmed yet', 'Starts within 24 h and still unconfirmed', '2 previous no-shows', '2 late cancellations', 'Booked less than 24 h ahead'],
    });
  });

  it('keeps a confirmed patient with two no-shows at medium, not low', () => {
    expect(riskScore({ ...typical, confirmationStatus: 'confirmed', priorNoShows: 2 })).toEqual({
      score: 30,
      level: 'medium',
      reasons: ['Confirmed by the patient', '2 previous no-shows'],
    });
  });

  it('always rates a high_risk appointment high', () => {
    expect(riskScore({ ...typical, confirmationStatus: 'high_risk' })).toEqual({ score: 70, level: 'high', reasons: ['Flagged high risk'] });
    expect(riskScore({ ...typical, confirmationStatus: 'high_risk', priorNoShows: 1 })).toEqual({ score: 95, level: 'high', reasons: ['Flagged high risk', '1 previous no-show'] });
  });

  it('treats a reschedule request as a warning sign', () => {
    expect(riskScore({ ...typical, confirmationStatus: 'reschedule_requested' })).toEqual({ score: 35, level: 'medium', reasons: ['Patient asked to reschedule'] });
  });

  it('ignores nonsense counts', () => {
    expect(riskScore({ ...typical, priorNoShows: -3, priorLateCancels: Number.NaN })).toEqual(riskScore(typical));
  });

  describe('properties', () => {
    const status = fc.constantFrom('unconfirmed', 'confirmed', 'high_risk', 'reschedule_requested') as fc.Arbitrary<RiskInput['confirmationStatus']>;
    const input = fc.record({
      confirmationStatus: status,
      priorNoShows: fc.integer({ min: 0, max: 10 }),
      priorLateCancels: fc.integer({ min: 0, max: 10 }),
      leadTimeHours: fc.double({ min: 0, max: 2000, noNaN: true }),
      hoursUntilStart: fc.double({ min: -48, max: 2000, noNaN: true }),
    });

    it('scores 0..100, with a level that matches the score and at least one reason', () => {
      fc.assert(
        fc.property(input, (i) => {
          const r = riskScore(i);
          expect(Number.isInteger(r.score) && r.score >= 0 && r.score <= 100).toBe(true);
          expect(r.reasons.length).toBeGreaterThan(0);
          if (i.confirmationStatus === 'high_risk') expect(r.level).toBe('high');
          else expect(r.level).toBe(r.score >= 60 ? 'high' : r.score >= 30 ? 'medium' : 'low');
        }),
      );
    });

    it('never scores a confirmed appointment above the same one unconfirmed', () => {
      fc.assert(fc.property(input, (i) => expect(riskScore({ ...i, confirmationStatus: 'confirmed' }).score).toBeLessThanOrEqual(riskScore({ ...i, confirmationStatus: 'unconfirmed' }).score)));
    });

    it('never lowers the score for one more no-show or late cancellation', () => {
      fc.assert(
        fc.property(input, (i) => {
          const base = riskScore(i).score;
          expect(riskScore({ ...i, priorNoShows: i.priorNoShows + 1 }).score).toBeGreaterThanOrEqual(base);
          expect(riskScore({ ...i, priorLateCancels: i.priorLateCancels + 1 }).score).toBeGreaterThanOrEqual(base);
        }),
      );
    });
  });
});
