import { bulkRatePerSecond, paceBatch, sendingNumberType } from './bulk-pacing.util.js';

describe('bulk pacing', () => {
  it('defaults the rate from the number type: toll-free 3/s, 10DLC 4/s', () => {
    expect(sendingNumberType('+18885550100')).toBe('toll_free');
    expect(sendingNumberType('+15125550100')).toBe('10dlc');
    expect(bulkRatePerSecond('+18335550100')).toBe(3);
    expect(bulkRatePerSecond('+15125550100')).toBe(4);
    expect(bulkRatePerSecond('+15125550100', 25)).toBe(25);
    expect(bulkRatePerSecond('+15125550100', 1000)).toBe(100);
  });

  it('lets a batch leave now and moves the number\'s next slot by count / rate', () => {
    const now = new Date('2026-12-08T18:00:00Z');
    expect(paceBatch(null, now, 4, 4)).toEqual({ nextAt: new Date('2026-12-08T18:00:01Z'), batchMs: 1000 });
    expect(paceBatch(new Date('2026-12-08T17:59:00Z'), now, 2, 4)).toEqual({ nextAt: new Date('2026-12-08T18:00:00.500Z'), batchMs: 500 });
  });

  it('makes a second send from the same number wait for its slot', () => {
    const now = new Date('2026-12-08T18:00:00Z');
    expect(paceBatch(new Date('2026-12-08T18:00:00.750Z'), now, 4, 4)).toEqual({ waitMs: 750 });
  });
});
