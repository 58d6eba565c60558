/**
 * Wakes readers waiting for a checkout to settle (`GET /orders/:id?waitMs=`) as soon as this replica's saga
 * confirmed or cancelled the order, after its transaction committed, with the order as it settled when the saga
 * has it (so the reader need not read it again). Another replica's saga wakes no one here: waiters also re-read
 * on a short interval, so the signal only makes the common case prompt.
 */
export class OrderSettledSignal<T = unknown> {
  private readonly waiters = new Map<string, Set<(settled?: T) => void>>();

  notify(orderId: string, settled?: T): void {
    const waiting = this.waiters.get(orderId);
    if (!waiting) return;
    this.waiters.delete(orderId);
    for (const wake of waiting) wake(settled);
  }

  /** Whether a reader waits for `orderId` right now. */
  awaited(orderId: string): boolean {
    return this.waiters.has(orderId);
  }

  /**
   * Resolves when `orderId` settles here (with what `notify` was given), or after `ms` (with nothing); `cancel()`
   * drops the wait early.
   */
  wait(orderId: string, ms: number): { settled: Promise<T | undefined>; cancel: () => void } {
    let wake!: (settled?: T) => void;
    const settled = new Promise<T | undefined>((resolve) => (wake = resolve));
    const timer = setTimeout(() => done(), ms);
    const done = () => {
      clearTimeout(timer);
      const waiting = this.waiters.get(orderId);
      waiting?.delete(wake);
      if (waiting?.size === 0) this.waiters.delete(orderId);
      wake();
    };
    const set = this.waiters.get(orderId) ?? new Set<(settled?: T) => void>();
    set.add(wake);
    this.waiters.set(orderId, set);
    settled.finally(() => clearTimeout(timer)).catch(() => undefined);
    return { settled, cancel: done };
  }

  /** Readers waiting right now (for tests and metrics). */
  get waiting(): number {
    let n = 0;
    for (const set of this.waiters.values()) n += set.size;
    return n;
  }
}
