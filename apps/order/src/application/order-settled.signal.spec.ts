import { OrderSettledSignal } from './order-settled.signal';

describe('OrderSettledSignal', () => {
  it('wakes every reader of the order that settled, and only them', async () => {
    const signal = new OrderSettledSignal();
    const woken: string[] = [];
    const a1 = signal.wait('a', 5_000);
    const a2 = signal.wait('a', 5_000);
    const b = signal.wait('b', 50);
    void a1.settled.then(() => woken.push('a1'));
    void a2.settled.then(() => woken.push('a2'));
    void b.settled.then(() => woken.push('b'));
    signal.notify('a');
    await Promise.all([a1.settled, a2.settled]);
    expect(woken.sort()).toEqual(['a1', 'a2']);
    await b.settled; // by its timeout
    expect(woken).toContain('b');
    expect(signal.waiting).toBe(0);
  });

  it('forgets a wait that was cancelled or timed out', async () => {
    const signal = new OrderSettledSignal();
    const w = signal.wait('a', 10_000);
    expect(signal.waiting).toBe(1);
    w.cancel();
    await w.settled;
    expect(signal.waiting).toBe(0);
    signal.notify('a'); // nobody left to wake: no error
  });

  it('hands the readers what the settlement was notified with, and says whether anyone waits', async () => {
    const signal = new OrderSettledSignal<{ status: string }>();
    expect(signal.awaited('a')).toBe(false);
    const w = signal.wait('a', 5_000);
    expect(signal.awaited('a')).toBe(true);
    signal.notify('a', { status: 'confirmed' });
    await expect(w.settled).resolves.toEqual({ status: 'confirmed' });
    expect(signal.awaited('a')).toBe(false);
    const late = signal.wait('a', 10);
    await expect(late.settled).resolves.toBeUndefined(); // by its timeout
  });
});
