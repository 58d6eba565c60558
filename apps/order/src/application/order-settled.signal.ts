/**
 * How a reader's wait ended: the order settled on this replica (with the order as it settled, when the saga had
 * it, so the reader need not read it again), or this replica's saga moved the checkout on and saw the order still
 * pending (so it need not look again yet). A wait whose time was up ends with nothing.
 */
export type OrderWake<T> = { kind: 'settled'; order?: T } | { kind: 'pending' };

/**
 * Wakes readers waiting for a checkout to settle (`GET /orders/:id?waitMs=`) as soon as this replica's saga
 * confirmed or cancelled the order, after its transaction committed. Another replica's saga wakes no one here:
 * waiters also re-read on a short interval, so the signal only makes the common case prompt; a step of this
 * replica's saga that left the order pending counts as such a look.
 */
export class OrderSettledSignal<T = unknown> {
  private readonly waiters = new Map<string, Set<(wake?: OrderWake<T>) => void>>();

  /** The order settled (committed); `order` is how it settled, when the caller has it. */
  notify(orderId: string, order?: T): void {
    this.wake(orderId, order === undefined ? { kind: 'settled' } : { kind: 'settled', order });
  }

  /** This replica's saga moved the checkout on (committed) and the order was still pending then. */
  stillPending(orderId: string): void {
    this.wake(orderId, { kind: 'pending' });
  }

  /** Whether a reader waits for `orderId` right now. */
  awaited(orderId: string): boolean {
    return this.waiters.has(orderId);
  }

  /**
   * Resolves when `orderId` settles here or its saga moves on here (with how), or after `ms` (with nothing);
   * `cancel()` drops the wait early.
   */
  wait(orderId: string, ms: number): { ended: Promise<OrderWake<T> | undefined>; cancel: () => void } {
    let wake!: (how?: OrderWake<T>) => void;
    const ended = new Promise<OrderWake<T> | undefined>((resolve) => (wake = resolve));
    const timer = setTimeout(() => done(), ms);
    const done = () => {
      clearTimeout(timer);
      const waiting = this.waiters.get(orderId);
      waiting?.delete(wake);
      if (waiting?.size === 0) this.waiters.delete(orderId);
      wake();
    };
    const set = this.waiters.get(orderId) ?? new Set<(how?: OrderWake<T>) => void>();
    set.add(wake);
    this.waiters.set(orderId, set);
    ended.finally(() => clearTimeout(timer)).catch(() => undefined);
    return { ended, cancel: done };
  }

  /** Readers waiting right now (for tests and metrics). */
  get waiting(): number {
    let n = 0;
    for (const set of this.waiters.values()) n += set.size;
    return n;
  }

  private wake(orderId: string, how: OrderWake<T>): void {
    const waiting = this.waiters.get(orderId);
    if (!waiting) return;
    this.waiters.delete(orderId);
    for (const wake of waiting) wake(how);
  }
}
