import { decidePaymentAcceptance } from './payment-acceptance.policy';

const rules = { enabledMethods: ['cod'] as const, codMaxOrderPoisha: 5_000_000 };

describe('decidePaymentAcceptance', () => {
  it('accepts cash on delivery up to and including the limit', () => {
    expect(decidePaymentAcceptance({ method: 'cod', amountPoisha: 310_000 }, rules)).toEqual({
      accept: true,
    });
    expect(decidePaymentAcceptance({ method: 'cod', amountPoisha: 5_000_000 }, rules)).toEqual({
      accept: true,
    });
  });

  it('refuses cash on delivery above the limit, naming both amounts in taka', () => {
    expect(decidePaymentAcceptance({ method: 'cod', amountPoisha: 5_000_001 }, rules)).toEqual({
      accept: false,
      code: 'cod_limit_exceeded',
      reason:
        'Cash on delivery is available for orders up to ৳50,000; this order is ৳50,000.01. ' +
        'Pay online or split the order.',
    });
  });

  it.each(['bkash', 'nagad', 'sslcommerz'] as const)('refuses %s while it is not enabled', (method) => {
    const decision = decidePaymentAcceptance({ method, amountPoisha: 100 }, rules);
    expect(decision).toMatchObject({ accept: false, code: 'method_disabled' });
    expect(!decision.accept && decision.reason).toMatch(/not available at the moment; choose another/);
  });

  it('refuses cash on delivery when it is switched off, whatever the amount', () => {
    expect(
      decidePaymentAcceptance({ method: 'cod', amountPoisha: 100 }, { ...rules, enabledMethods: ['bkash'] }),
    ).toMatchObject({ accept: false, code: 'method_disabled' });
  });

  it('lets an enabled online method through without the cash limit', () => {
    expect(
      decidePaymentAcceptance(
        { method: 'bkash', amountPoisha: 9_000_000 },
        { ...rules, enabledMethods: ['cod', 'bkash'] },
      ),
    ).toEqual({ accept: true });
  });
});
