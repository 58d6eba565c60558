import { GracefulShutdown } from './graceful-shutdown';

describe('GracefulShutdown', () => {
  it('runs the steps once, in order, even when asked twice', async () => {
    const order: string[] = [];
    const shutdown = new GracefulShutdown()
      .add('http', async () => void order.push('http'))
      .add('consumers', async () => void order.push('consumers'))
      .add('database', async () => void order.push('database'));
    await Promise.all([shutdown.shutdown(), shutdown.shutdown()]);
    expect(order).toEqual(['http', 'consumers', 'database']);
  });

  it('carries on past a failing step so connections still close', async () => {
    const order: string[] = [];
    const shutdown = new GracefulShutdown()
      .add('consumers', async () => {
        throw new Error('broker gone');
      })
      .add('database', async () => void order.push('database'));
    await shutdown.shutdown();
    expect(order).toEqual(['database']);
  });

  it('gives up when a step hangs past the budget', async () => {
    const shutdown = new GracefulShutdown({ timeoutMs: 30 }).add('stuck', () => new Promise(() => undefined));
    await expect(shutdown.shutdown()).rejects.toThrow('shutdown timed out');
  });
});
