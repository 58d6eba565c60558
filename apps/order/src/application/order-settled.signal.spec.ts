import { OrderSettledSignal } from './order-settled.signal';

describe('OrderSettledSignal', () => {
  it('wakes every reader of the order that settled, and only them', async () => {
    const signal = new OrderSettledSignal();
    const woken: string[] = [];
    const a1 = signal.wait('a', 5_000);
    const a2 = signal.wait('a', 5_000);
    const b = signal.wait('b', 50);
    void a1.ended.then(() => woken.push('a1'));
    void a2.ended.then(() => woken.push('a2'));
    void b.ended.then(() => woken.push('b'));
    signal.notify('a');
    await Promise.all([a1.ended, a2.ended]);
    expect(woken.sort()).toEqual(['a1', 'a2']);
    await b.ended; // by its timeout
    expect(woken).toContain('b');
    expect(signal.waiting).toBe(0);
  });

  it('forgets a wait that was cancelled or timed out', async () => {
    const signal = new OrderSettledSignal();
    const w = signal.wait('a', 10_000);
    expect(signal.waiting).toBe(1);
    w.cancel();
    await w.ended;
    expect(signal.waiting).toBe(0);
    signal.notify('a'); // nobody left to wake: no error
  });

  it('tells the readers how their wait ended, and says whether anyone waits', async () => {
    const signal = new OrderSettledSignal<{ status: string }>();
    expect(signal.awaited('a')).toBe(false);
    const w = signal.wait('a', 5_000);
    expect(signal.awaited('a')).toBe(true);
    signal.notify('a', { status: 'confirmed' });
    await expect(w.ended).resolves.toEqual({ kind: 'settled', order: { status: 'confirmed' } });
    expect(signal.awaited('a')).toBe(false);
    const again = signal.wait('a', 5_000);
    signal.notify('a');
    await expect(again.ended).resolves.toEqual({ kind: 'settled' });
    const moved = signal.wait('a', 5_000);
    signal.stillPending('a');
    await expect(moved.ended).resolves.toEqual({ kind: 'pending' });
    const late = signal.wait('a', 10);
    await expect(late.ended).resolves.toBeUndefined(); // by its timeout
    expect(signal.waiting).toBe(0);
  });
});
