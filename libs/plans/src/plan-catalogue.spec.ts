import { featureUnavailableReason, locationSlotReason, planAllows, planEntitlements, PLANS, staffSeatReason } from './plan-catalogue.js';
import { monthBounds, projectToMonthEnd } from './usage.js';

describe('plan catalogue (the brief)', () => {
  it('gives Starter 1,000 texts and 10 staff and none of the Professional features', () => {
    expect(PLANS.starter).toMatchObject({ monthlyTexts: 1000, maxStaff: 10 });
    expect(planEntitlements('starter').features.filter((f) => f.available)).toEqual([]);
    expect(featureUnavailableReason('starter', 'smartReplies')).toBe('Smart replies: not included in the Starter plan (included from Professional). The practice owner can change plans.');
  });

  it('gives Professional 5,000 texts with smart replies, confirmation requests, template analytics, bulk and notifications, but one location', () => {
    expect(PLANS.professional.monthlyTexts).toBe(5000);
    for (const f of ['smartReplies', 'confirmationRequests', 'templateAnalytics', 'bulkMessaging', 'staffNotifications'] as const) expect(planAllows('professional', f)).toBe(true);
    expect(planAllows('professional', 'multiLocation')).toBe(false);
  });

  it('gives Enterprise 20,000 texts, unlimited staff and multi-location', () => {
    expect(PLANS.enterprise).toMatchObject({ monthlyTexts: 20000, maxStaff: null });
    expect(planEntitlements('enterprise').features.every((f) => f.available)).toBe(true);
  });

  it('lets every plan have its first location, and only Enterprise more', () => {
    expect(locationSlotReason('starter', 0)).toBeNull();
    expect(locationSlotReason('professional', 1)).toMatch(/More than one location: not included in the Professional plan \(included from Enterprise\)/);
    expect(locationSlotReason('enterprise', 5)).toBeNull();
  });

  it('counts staff seats on Starter only', () => {
    expect(staffSeatReason('starter', 9)).toBeNull();
    expect(staffSeatReason('starter', 10)).toBe('The Starter plan includes up to 10 staff accounts and all 10 are in use. Deactivate an account or change plans.');
    expect(staffSeatReason('professional', 500)).toBeNull();
  });
});

describe('usage month and projection', () => {
  it('bills by calendar month (UTC)', () => {
    expect(monthBounds(new Date('2026-02-14T10:00:00Z'))).toEqual({ start: new Date('2026-02-01T00:00:00Z'), end: new Date('2026-03-01T00:00:00Z') });
  });

  it('projects the month so far to its end in a straight line, never below what is used', () => {
    // Half of a 30-day month gone: double.
    expect(projectToMonthEnd(400, new Date('2026-11-16T00:00:00Z'))).toBe(800);
    // In the first hour nothing is extrapolated from minutes.
    expect(projectToMonthEnd(10, new Date('2026-11-01T00:05:00Z'))).toBe(10 * 720);
    expect(projectToMonthEnd(0, new Date('2026-11-20T00:00:00Z'))).toBe(0);
  });
});
