import { isAdmin, mayUse } from './admin-access';

describe('what an admin may open', () => {
  it('lets finance see the ledger and refunds but not moderate products or vendors', () => {
    const finance = ['admin:finance'];
    expect(mayUse(finance, 'ledger')).toBe(true);
    expect(mayUse(finance, 'refundCompletion')).toBe(true);
    expect(mayUse(finance, 'products')).toBe(false);
    expect(mayUse(finance, 'vendorDecisions')).toBe(false);
  });

  it('lets support create refunds but not complete manual ones, nor read the ledger', () => {
    const support = ['admin:support'];
    expect(mayUse(support, 'refunds')).toBe(true);
    expect(mayUse(support, 'refundCompletion')).toBe(false);
    expect(mayUse(support, 'ledger')).toBe(false);
  });

  it('shows courier performance to the admins who choose couriers, as the gateway does', () => {
    expect(mayUse(['admin:operations'], 'courierPerformance')).toBe(true);
    expect(mayUse(['admin:support'], 'courierPerformance')).toBe(false);
    expect(mayUse(['admin:finance'], 'courierPerformance')).toBe(false);
  });

  it('opens nothing to a shopper or vendor', () => {
    expect(isAdmin(['shopper', 'vendor:owner'])).toBe(false);
    expect(mayUse(['vendor:owner'], 'orders')).toBe(false);
  });
});
