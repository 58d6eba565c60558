import { CheckoutSagaOrchestrator } from './checkout-saga.orchestrator';

export interface SagaSweeperOptions {
  intervalMs: number;
  batchSize: number;
  log: (level: 'warn', message: string, extra?: Record<string, unknown>) => void;
}

/**
 * Every interval, times out the checkout steps past their deadline (the order is cancelled with
 * checkout_timed_out and what succeeded is compensated), batch after batch until none are due. Every replica runs
 * one; `FOR UPDATE SKIP LOCKED` hands them disjoint batches, and a saga a consumer is moving is skipped until the
 * next sweep. After a restart the first sweep catches up on every step that went overdue while the service was down.
 */
export class SagaTimeoutSweeper {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private stopping = false;

  constructor(
    private readonly saga: CheckoutSagaOrchestrator,
    private readonly options: SagaSweeperOptions,
  ) {}

  start(): void {
    this.stopping = false;
    this.schedule();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** One sweep now; returns how many sagas it timed out. A failure is logged and retried next interval. */
  async sweep(): Promise<number> {
    let total = 0;
    try {
      let swept: number;
      do {
        swept = await this.saga.timeOutDue(this.options.batchSize);
        total += swept;
      } while (swept === this.options.batchSize && !this.stopping);
    } catch (error) {
      this.options.log('warn', 'checkout saga sweep failed; will retry', { err: error });
    }
    return total;
  }

  private schedule(): void {
    if (this.stopping) return;
    this.timer = setTimeout(() => {
      this.running = this.sweep().finally(() => {
        this.running = undefined;
        this.schedule();
      });
    }, this.options.intervalMs);
  }
}
