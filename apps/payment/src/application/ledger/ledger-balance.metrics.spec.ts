import { Registry } from 'prom-client';
import { AccountSideTotals, LedgerBalanceMetrics } from './ledger-balance.metrics';

async function gauge(registry: Registry, name: string): Promise<number | undefined> {
  const metric = (await registry.getMetricsAsJSON()).find((m) => m.name === name);
  return (metric as { values: { value: number }[] } | undefined)?.values[0]?.value;
}

describe('LedgerBalanceMetrics', () => {
  it('reports debits minus credits over every account: 0 when balanced, the difference when not', async () => {
    const registry = new Registry();
    let accounts: AccountSideTotals[] = [
      { debitPoisha: 150_000, creditPoisha: 0 },
      { debitPoisha: 0, creditPoisha: 135_000 },
      { debitPoisha: 5_000, creditPoisha: 20_000 },
    ];
    const metrics = new LedgerBalanceMetrics(
      registry,
      async () => accounts,
      60_000,
      () => undefined,
    );
    expect(await metrics.measure()).toBe(0);
    expect(await gauge(registry, 'ledger_imbalance_poisha')).toBe(0);

    accounts = [...accounts, { debitPoisha: 0, creditPoisha: 2_500 }];
    expect(await metrics.measure()).toBe(-2_500);
    expect(await gauge(registry, 'ledger_imbalance_poisha')).toBe(-2_500);
    expect(await gauge(registry, 'ledger_imbalance_checked_timestamp_seconds')).toBeGreaterThan(0);
  });

  it('runs on start and on its schedule; a failed run keeps the last value and warns', async () => {
    const registry = new Registry();
    const warnings: string[] = [];
    let calls = 0;
    const metrics = new LedgerBalanceMetrics(
      registry,
      async () => {
        calls += 1;
        if (calls === 2) throw new Error('connection lost');
        return [{ debitPoisha: 100, creditPoisha: 40 }];
      },
      20,
      (_level, message) => warnings.push(message),
    );
    metrics.start();
    await new Promise((resolve) => setTimeout(resolve, 120));
    await metrics.stop();
    expect(calls).toBeGreaterThanOrEqual(3);
    expect(warnings).toEqual(['ledger balance check failed; will retry']);
    expect(await gauge(registry, 'ledger_imbalance_poisha')).toBe(60);
    const after = calls;
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(calls).toBe(after);
  });

  it('reports what each courier still holds of the cash it collected, 0 for those holding none', async () => {
    const registry = new Registry();
    const metrics = new LedgerBalanceMetrics(
      registry,
      async () => [
        { account: 'cod_receivable:pathao', debitPoisha: 318_000, creditPoisha: 317_500 },
        { account: 'cod_receivable:unassigned', debitPoisha: 56_000, creditPoisha: 6_000 },
        { account: 'bank', debitPoisha: 0, creditPoisha: 50_500 },
      ],
      60_000,
      () => undefined,
    );
    await metrics.measure();
    const metric = (await registry.getMetricsAsJSON()).find(
      (m) => m.name === 'cod_receivable_outstanding_poisha',
    );
    expect((metric as { values: { labels: object; value: number }[] }).values).toEqual([
      { labels: { courier: 'pathao' }, value: 500 },
      { labels: { courier: 'steadfast' }, value: 0 },
      { labels: { courier: 'redx' }, value: 0 },
      { labels: { courier: 'unassigned' }, value: 50_000 },
    ]);
  });
});
