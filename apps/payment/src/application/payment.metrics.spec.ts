import { Registry } from 'prom-client';
import { PaymentMetrics } from './payment.metrics';

describe('PaymentMetrics', () => {
  it('counts every ended attempt in payment_attempts_total by provider and outcome', async () => {
    const registry = new Registry();
    const metrics = new PaymentMetrics(registry);
    metrics.authorized('cod');
    metrics.authorized('bkash');
    metrics.failed('bkash', 'declined');
    metrics.failed('bkash', 'expired');
    const attempts = (await registry.getMetricsAsJSON()).find((m) => m.name === 'payment_attempts_total');
    const values = (attempts as unknown as { values: { labels: object; value: number }[] }).values;
    expect(values.map((v) => ({ ...v.labels, value: v.value }))).toEqual(
      expect.arrayContaining([
        { provider: 'cod', outcome: 'authorized', value: 1 },
        { provider: 'bkash', outcome: 'authorized', value: 1 },
        { provider: 'bkash', outcome: 'failed', value: 2 },
      ]),
    );
    expect(values).toHaveLength(3);
  });
});
