import { RefundsRepository } from '../../infrastructure/ledger/refunds.repository';
import { RefundProcessor } from './refund.processor';

export interface RefundSweeperOptions {
  intervalMs: number;
  batchSize: number;
  log: (level: 'warn', message: string, extra?: Record<string, unknown>) => void;
}

/**
 * Every interval (and at once when nudged, e.g. after an event created a refund), pays the pending refunds that
 * are due through their provider. A provider that is down leaves them pending; they come round again with backoff.
 * Replicas share the work through each refund's lease.
 */
export class RefundRetrySweeper {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private stopping = true;
  private again = false;

  constructor(
    private readonly refunds: RefundsRepository,
    private readonly processor: RefundProcessor,
    private readonly options: RefundSweeperOptions,
  ) {}

  start(): void {
    this.stopping = false;
    this.schedule(this.options.intervalMs);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Sweeps as soon as the current sweep (if any) is done. */
  nudge(): void {
    if (this.stopping) return;
    if (this.running) this.again = true;
    else this.schedule(0);
  }

  /** One sweep now; returns how many refunds it completed. Failures are logged and retried later. */
  async sweep(now: Date = new Date()): Promise<number> {
    let completed = 0;
    try {
      for (const id of await this.refunds.due(now, this.options.batchSize))
        if (await this.processor.process(id, now)) completed += 1;
    } catch (error) {
      this.options.log('warn', 'refund sweep failed; will retry', { err: error });
    }
    return completed;
  }

  private schedule(delayMs: number): void {
    if (this.stopping) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = this.sweep().finally(() => {
        this.running = undefined;
        const again = this.again;
        this.again = false;
        this.schedule(again ? 0 : this.options.intervalMs);
      });
    }, delayMs);
  }
}
