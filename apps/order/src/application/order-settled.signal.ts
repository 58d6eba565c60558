/**
 * Wakes readers waiting for a checkout to settle (`GET /orders/:id?waitMs=`) as soon as this replica's saga
 * confirmed or cancelled the order, after its transaction committed. Another replica's saga wakes no one here:
 * waiters also re-read on a short interval, so the signal only makes the common case prompt.
 */
export class OrderSettledSignal {
  private readonly waiters = new Map<string, Set<() => void>>();

  notify(orderId: string): void {
    const waiting = this.waiters.get(orderId);
    if (!waiting) return;
    this.waiters.delete(orderId);
    for (const wake of waiting) wake();
  }

  /** Resolves when `orderId` settles here, or after `ms`; `cancel()` drops the wait early. */
  wait(orderId: string, ms: number): { settled: Promise<void>; cancel: () => void } {
    let wake!: () => void;
    const settled = new Promise<void>((resolve) => (wake = resolve));
    const timer = setTimeout(() => done(), ms);
    const done = () => {
      clearTimeout(timer);
      const waiting = this.waiters.get(orderId);
      waiting?.delete(wake);
      if (waiting?.size === 0) this.waiters.delete(orderId);
      wake();
    };
    const set = this.waiters.get(orderId) ?? new Set<() => void>();
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
