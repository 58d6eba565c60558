import { BatchSweeper } from './batch.sweeper';

describe('BatchSweeper', () => {
  const quiet = () => undefined;

  it('takes batches until one comes back short, and reports the total', async () => {
    const due = [5, 5, 2];
    const limits: number[] = [];
    const swept: number[] = [];
    const sweeper = new BatchSweeper({
      name: 'test',
      intervalMs: 60_000,
      batchSize: 5,
      sweepBatch: async (limit) => {
        limits.push(limit);
        return due.shift() ?? 0;
      },
      log: quiet,
      onSwept: (count) => swept.push(count),
    });
    expect(await sweeper.sweep()).toBe(12);
    expect(limits).toEqual([5, 5, 5]);
    expect(swept).toEqual([12]);
  });

  it('logs a failed sweep instead of throwing, and reports nothing when nothing was due', async () => {
    const logged: string[] = [];
    const swept: number[] = [];
    const failing = new BatchSweeper({
      name: 'saga timeout',
      intervalMs: 60_000,
      batchSize: 5,
      sweepBatch: async () => {
        throw new Error('database down');
      },
      log: (_level, message) => logged.push(message),
      onSwept: (count) => swept.push(count),
    });
    expect(await failing.sweep()).toBe(0);
    expect(logged).toEqual(['saga timeout sweep failed; will retry']);
    expect(swept).toEqual([]);
  });

  it('sweeps on its interval once started, and stop() waits for the sweep in progress', async () => {
    let calls = 0;
    let release!: () => void;
    const sweeper = new BatchSweeper({
      name: 'test',
      intervalMs: 5,
      batchSize: 10,
      sweepBatch: () => {
        calls += 1;
        return new Promise<number>((resolve) => (release = () => resolve(0)));
      },
      log: quiet,
    });
    sweeper.start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).toBe(1); // the first sweep is still running: no second one starts meanwhile
    let stopped = false;
    const stopping = sweeper.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(stopped).toBe(true);
  });
});

describe('BatchSweeper.nudge', () => {
  const quiet = () => undefined;

  it('sweeps at once instead of at the next interval, and not before start()', async () => {
    let calls = 0;
    const sweeper = new BatchSweeper({
      name: 'test',
      intervalMs: 60_000,
      batchSize: 10,
      sweepBatch: async () => {
        calls += 1;
        return 0;
      },
      log: quiet,
    });
    sweeper.nudge();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(calls).toBe(0);
    sweeper.start();
    sweeper.nudge();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(calls).toBe(1);
    await sweeper.stop();
  });

  it('runs one more sweep after the one in progress when nudged during it, however often nudged', async () => {
    let calls = 0;
    let release!: () => void;
    const sweeper = new BatchSweeper({
      name: 'test',
      intervalMs: 60_000,
      batchSize: 10,
      sweepBatch: () => {
        calls += 1;
        return new Promise<number>((resolve) => (release = () => resolve(0)));
      },
      log: quiet,
    });
    sweeper.start();
    sweeper.nudge();
    sweeper.nudge();
    sweeper.nudge();
    expect(calls).toBe(1);
    release();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(calls).toBe(2);
    release();
    await sweeper.stop();
    expect(calls).toBe(2);
  });
});
