import { MoneyAmount } from '@getit/payment-protocols';
import { PaymentScenario } from './payment-scenario';

const amount = (text: string) => MoneyAmount.parse(text) as MoneyAmount;

describe('PaymentScenario', () => {
  it("honours the shopper's choice by default", () => {
    for (const action of ['success', 'failure', 'cancel'] as const) {
      expect(PaymentScenario.DEFAULT.effectiveOutcome(action)).toBe(action);
    }
  });

  it('overrides the shopper under fail, cancel, timeout and forged_callback', () => {
    expect(new PaymentScenario('fail', 1).effectiveOutcome('success')).toBe('failure');
    expect(new PaymentScenario('cancel', 1).effectiveOutcome('success')).toBe('cancel');
    expect(new PaymentScenario('timeout', 1).effectiveOutcome('success')).toBe('timeout');
    expect(new PaymentScenario('forged_callback', 1).effectiveOutcome('cancel')).toBe('forged');
    expect(new PaymentScenario('amount_mismatch', 1).effectiveOutcome('cancel')).toBe('success');
  });

  it('books the requested amount unless amounts are to mismatch', () => {
    expect(PaymentScenario.DEFAULT.recordedAmount(amount('500.00')).toString()).toBe('500.00');
    expect(new PaymentScenario('amount_mismatch', 1).recordedAmount(amount('500.00')).toString()).toBe(
      '250.00',
    );
    expect(
      new PaymentScenario('amount_mismatch', 1, amount('499.00')).recordedAmount(amount('500.00')).toString(),
    ).toBe('499.00');
    expect(new PaymentScenario('amount_mismatch', 1).recordedAmount(amount('0.01')).toString()).toBe('1.01');
  });
});
