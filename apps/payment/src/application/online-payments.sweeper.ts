import { OnlinePaymentsExpiry } from './online-payments.expiry';
import { PaymentLog } from './online-callbacks.service';

export interface OnlinePaymentsSweeperOptions {
  intervalMs: number;
  batchSize: number;
  log: PaymentLog;
}

/**
 * Every interval, settles the online payments past their expiry (batch after batch until none are due). Every
 * replica runs one; SKIP LOCKED keeps them apart. After a restart the first sweep catches up.
 */
export class OnlinePaymentsSweeper {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private stopping = false;

  constructor(
    private readonly expiry: OnlinePaymentsExpiry,
    private readonly options: OnlinePaymentsSweeperOptions,
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

  /** One sweep now; returns how many payments it settled. A failure is logged and retried next interval. */
  async sweep(): Promise<number> {
    let total = 0;
    try {
      let swept: number;
      do {
        swept = await this.expiry.settleDue(this.options.batchSize);
        total += swept;
      } while (swept === this.options.batchSize && !this.stopping);
    } catch (error) {
      this.options.log('warn', 'online payment expiry sweep failed; will retry', { err: error });
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
