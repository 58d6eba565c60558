import { ConfigValidationError, loadConfig } from '@getit/config';
import { paymentConfigSchema } from './payment.config';

const base = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/payment',
  MESSAGING_TRANSPORT: 'in-process',
};

describe('ledger config', () => {
  it('defaults: 15% VAT on commission, payouts 7 days after delivery from ৳500, daily, refunds retried every 30 s', () => {
    expect(loadConfig(paymentConfigSchema, base)).toMatchObject({
      COMMISSION_VAT_RATE_BPS: 1_500,
      PAYOUT_DELAY_DAYS: 7,
      PAYOUT_MIN_POISHA: 50_000,
      PAYOUT_INTERVAL_MS: 86_400_000,
      REFUND_RETRY_INTERVAL_MS: 30_000,
    });
  });

  it('takes 0 where it means something: no VAT, no delay, no minimum, no scheduler', () => {
    expect(
      loadConfig(paymentConfigSchema, {
        ...base,
        COMMISSION_VAT_RATE_BPS: '0',
        PAYOUT_DELAY_DAYS: '0',
        PAYOUT_MIN_POISHA: '0',
        PAYOUT_INTERVAL_MS: '0',
      }),
    ).toMatchObject({
      COMMISSION_VAT_RATE_BPS: 0,
      PAYOUT_DELAY_DAYS: 0,
      PAYOUT_MIN_POISHA: 0,
      PAYOUT_INTERVAL_MS: 0,
    });
  });

  it.each([
    ['PAYOUT_DELAY_DAYS', '11'],
    ['PAYOUT_DELAY_DAYS', '2.5'],
    ['COMMISSION_VAT_RATE_BPS', '10001'],
    ['PAYOUT_MIN_POISHA', '-1'],
    ['PAYOUT_INTERVAL_MS', 'daily'],
  ])('refuses %s=%s, naming it', (name, value) => {
    expect(() => loadConfig(paymentConfigSchema, { ...base, [name]: value })).toThrow(ConfigValidationError);
    expect(() => loadConfig(paymentConfigSchema, { ...base, [name]: value })).toThrow(name);
  });
});
