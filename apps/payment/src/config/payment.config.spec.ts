import { ConfigValidationError, loadConfig } from '@getit/config';
import { paymentConfigSchema } from './payment.config';

const base = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/payment',
  MESSAGING_TRANSPORT: 'in-process',
};

describe('payment config', () => {
  it('defaults: port 3007, cash on delivery only, up to ৳50,000', () => {
    expect(loadConfig(paymentConfigSchema, base)).toMatchObject({
      PORT: 3007,
      COD_MAX_ORDER_POISHA: 5_000_000,
      PAYMENT_METHODS_ENABLED: ['cod'],
    });
    expect(
      loadConfig(paymentConfigSchema, { ...base, PAYMENT_METHODS_ENABLED: '' }).PAYMENT_METHODS_ENABLED,
    ).toEqual(['cod']);
  });

  it('reads a comma-separated, case-insensitive list of methods, each once', () => {
    const config = loadConfig(paymentConfigSchema, { ...base, PAYMENT_METHODS_ENABLED: ' COD, bkash ,cod,' });
    expect(config.PAYMENT_METHODS_ENABLED).toEqual(['cod', 'bkash']);
  });

  it.each([
    ['PAYMENT_METHODS_ENABLED', 'cod,card'],
    ['PAYMENT_METHODS_ENABLED', ','],
    ['COD_MAX_ORDER_POISHA', '50000.5'],
    ['COD_MAX_ORDER_POISHA', '0'],
  ])('refuses %s=%s naming the variable', (name, value) => {
    expect(() => loadConfig(paymentConfigSchema, { ...base, [name]: value })).toThrow(ConfigValidationError);
    expect(() => loadConfig(paymentConfigSchema, { ...base, [name]: value })).toThrow(name);
  });

  it('needs brokers for Kafka', () => {
    expect(() => loadConfig(paymentConfigSchema, { ...base, MESSAGING_TRANSPORT: 'kafka' })).toThrow(
      'KAFKA_BROKERS',
    );
  });
});
