import { systemContext } from '@getit/service-kit';
import { PayoutsService } from './payouts.service';

type Log = (level: 'info' | 'warn', message: string, extra?: Record<string, unknown>) => void;

/**
 * Runs a payout batch every PAYOUT_INTERVAL_MS (0: never; finance runs it by hand). Every replica may run one:
 * runs take an advisory lock, and a run right after another finds nothing left to pay.
 */
export class PayoutScheduler {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopping = true;

  constructor(
    private readonly payouts: PayoutsService,
    private readonly intervalMs: number,
    private readonly log: Log,
  ) {}

  start(): void {
    if (this.intervalMs <= 0) return;
    this.stopping = false;
    this.schedule();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    if (this.stopping) return;
    this.timer = setTimeout(() => {
      this.running = this.payouts
        .run(systemContext())
        .then((run) => {
          if (run.payouts.length > 0)
            this.log('info', 'payout run', { runId: run.runId, payouts: run.payouts.length });
        })
        .catch((error: unknown) =>
          this.log('warn', 'payout run failed; will retry next interval', { err: error }),
        )
        .finally(() => {
          this.running = undefined;
          this.schedule();
        });
    }, this.intervalMs);
  }
}
