import { Gauge, Registry } from 'prom-client';
import { COURIER_NAMES } from '@getit/contracts';

type Log = (level: 'warn', message: string, extra?: Record<string, unknown>) => void;

export interface AccountSideTotals {
  /** `cod_receivable:pathao`, …: named accounts also feed the per-courier COD gauge. */
  account?: string;
  debitPoisha: number;
  creditPoisha: number;
}

/**
 * `ledger_imbalance_poisha`: all debits minus all credits of the escrow ledger, summed over every account. The
 * database refuses an unbalanced posting, so anything but 0 means entries were changed behind its back. The sum
 * reads the whole ledger, so it runs on a schedule (every `intervalMs`, and once at start) rather than on every
 * scrape; a failed run keeps the last value and logs a warning. The same run sets
 * `cod_receivable_outstanding_poisha{courier}`: cash on delivery each courier (or `unassigned`) still holds.
 */
export class LedgerBalanceMetrics {
  private readonly imbalance: Gauge;
  private readonly checkedAt: Gauge;
  private readonly codOutstanding: Gauge;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopping = true;

  constructor(
    registry: Registry,
    private readonly totals: () => Promise<AccountSideTotals[]>,
    private readonly intervalMs: number,
    private readonly log: Log,
  ) {
    this.imbalance = new Gauge({
      name: 'ledger_imbalance_poisha',
      help: 'Sum of all ledger debits minus all credits, in poisha; 0 when the double-entry ledger balances',
      registers: [registry],
    });
    this.checkedAt = new Gauge({
      name: 'ledger_imbalance_checked_timestamp_seconds',
      help: 'When ledger_imbalance_poisha was last computed (Unix seconds)',
      registers: [registry],
    });
    this.codOutstanding = new Gauge({
      name: 'cod_receivable_outstanding_poisha',
      help: 'Cash on delivery a courier collected and has not remitted (cod_receivable:<courier> balance), in poisha',
      labelNames: ['courier'],
      registers: [registry],
    });
    // every courier (and the cash no courier was named for yet) from the start, at 0 until the ledger says more
    for (const courier of [...COURIER_NAMES, 'unassigned']) this.codOutstanding.set({ courier }, 0);
  }

  start(): void {
    this.stopping = false;
    this.run();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Computes the imbalance now; resolves to it. */
  async measure(): Promise<number> {
    const accounts = await this.totals();
    const value = accounts.reduce((sum, a) => sum + a.debitPoisha - a.creditPoisha, 0);
    this.imbalance.set(value);
    for (const a of accounts)
      if (a.account?.startsWith('cod_receivable:'))
        this.codOutstanding.set(
          { courier: a.account.slice('cod_receivable:'.length) },
          a.debitPoisha - a.creditPoisha,
        );
    this.checkedAt.set(Date.now() / 1000);
    return value;
  }

  private run(): void {
    if (this.stopping) return;
    this.running = this.measure()
      .then(() => undefined)
      .catch((error: unknown) => this.log('warn', 'ledger balance check failed; will retry', { err: error }))
      .finally(() => {
        this.running = undefined;
        if (this.stopping) return;
        this.timer = setTimeout(() => this.run(), this.intervalMs);
        this.timer.unref();
      });
  }
}
