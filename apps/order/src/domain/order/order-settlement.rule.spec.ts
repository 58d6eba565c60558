import { settleOrder } from './order-settlement.rule';

describe('settleOrder', () => {
  it('completes a confirmed order once every package ended and one was delivered', () => {
    expect(settleOrder('confirmed', ['delivered', 'cancelled'])).toEqual({ type: 'complete' });
  });

  it('cancels it as all_packages_failed when none was delivered', () => {
    expect(settleOrder('confirmed', ['returned', 'cancelled'])).toEqual({
      type: 'cancel',
      reason: 'all_packages_failed',
      by: 'system',
    });
  });

  it('waits while a package is on its way, and leaves orders that are not confirmed alone', () => {
    expect(settleOrder('confirmed', ['delivered', 'packed'])).toBeNull();
    expect(settleOrder('cancelled', ['cancelled'])).toBeNull();
    expect(settleOrder('confirmed', [])).toBeNull();
  });
});
