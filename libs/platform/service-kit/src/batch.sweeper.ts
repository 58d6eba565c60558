export interface BatchSweeperOptions {
  /** Names the sweep in its log line, e.g. "reservation expiry". */
  name: string;
  intervalMs: number;
  batchSize: number;
  /**
   * Handles up to `limit` due items, typically in one transaction that takes them with `FOR UPDATE SKIP LOCKED`
   * (so replicas sweeping at once get disjoint batches); returns how many it handled.
   */
  sweepBatch: (limit: number) => Promise<number>;
  log: (level: 'warn', message: string, extra?: Record<string, unknown>) => void;
  /** Called with how many items a sweep handled, when any (metrics). */
  onSwept?: (count: number) => void;
}

/**
 * Every interval, takes what is due (expired reservations, overdue saga steps, expired payments) batch after batch
 * until a batch comes back short. Every replica runs one. A failed sweep is logged and tried again next interval;
 * after a restart the first sweep catches up on everything that fell due while the service was down. `stop()`
 * waits for a sweep in progress, so the service stops it before the relay that publishes what it wrote.
 */
export class BatchSweeper {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private started = false;
  private stopping = false;
  private again = false;

  constructor(private readonly options: BatchSweeperOptions) {}

  start(): void {
    this.started = true;
    this.stopping = false;
    this.schedule();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    while (this.running) await this.running;
  }

  /**
   * Sweep now rather than at the next interval (something just fell due, e.g. a payment whose deadline a test or
   * an admin moved). A nudge during a sweep runs one more sweep right after it; before `start()` or after `stop()`
   * it does nothing. The interval restarts after the nudged sweep.
   */
  nudge(): void {
    if (!this.started || this.stopping) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.runSweep();
  }

  /** One sweep now; returns how many items it handled. */
  async sweep(): Promise<number> {
    let total = 0;
    try {
      let swept: number;
      do {
        swept = await this.options.sweepBatch(this.options.batchSize);
        total += swept;
      } while (swept === this.options.batchSize && !this.stopping);
    } catch (error) {
      this.options.log('warn', `${this.options.name} sweep failed; will retry`, { err: error });
    }
    if (total > 0) this.options.onSwept?.(total);
    return total;
  }

  private schedule(): void {
    if (this.stopping) return;
    this.timer = setTimeout(() => this.runSweep(), this.options.intervalMs);
  }

  private runSweep(): void {
    this.running = this.sweep().finally(() => {
      this.running = undefined;
      if (this.again && !this.stopping) {
        this.again = false;
        this.runSweep();
      } else this.schedule();
    });
  }
}
