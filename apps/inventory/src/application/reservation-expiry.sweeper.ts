import { systemContext } from '@getit/service-kit';
import { ReservationsService } from './reservations.service';

export interface SweeperOptions {
  intervalMs: number;
  batchSize: number;
  log: (level: 'warn', message: string, extra?: Record<string, unknown>) => void;
  /** Called with how many reservations each sweep expired (metrics). */
  onExpired?: (count: number) => void;
}

/**
 * Every interval, releases reservations that expired unconfirmed, batch after batch until none are due. Every
 * replica runs one; `FOR UPDATE SKIP LOCKED` hands them disjoint batches, so none waits for another and no
 * reservation is released twice.
 */
export class ReservationExpirySweeper {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private stopping = false;

  constructor(
    private readonly reservations: ReservationsService,
    private readonly options: SweeperOptions,
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

  /** One sweep now; returns how many reservations it expired. A failure is logged and retried next interval. */
  async sweep(): Promise<number> {
    let total = 0;
    try {
      let expired: number;
      do {
        expired = await this.reservations.expireDue(systemContext(), this.options.batchSize);
        total += expired;
      } while (expired === this.options.batchSize && !this.stopping);
    } catch (error) {
      this.options.log('warn', 'reservation sweep failed; will retry', { err: error });
    }
    if (total > 0) this.options.onExpired?.(total);
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
