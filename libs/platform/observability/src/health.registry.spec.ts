import { HealthRegistry } from './health.registry';

describe('HealthRegistry', () => {
  it('is ready when every dependency answers', async () => {
    const health = new HealthRegistry().add('database', async () => true).add('kafka', async () => true);
    expect(await health.readiness()).toEqual({ ready: true, checks: { database: 'up', kafka: 'up' } });
  });

  it('names the dependency that is down, whether it says false, throws or hangs', async () => {
    const health = new HealthRegistry()
      .add('database', async () => true)
      .add('kafka', async () => false)
      .add('redis', () => Promise.reject(new Error('ECONNREFUSED')))
      .add('search', () => new Promise<boolean>(() => undefined));
    expect(await health.readiness(50)).toEqual({
      ready: false,
      checks: { database: 'up', kafka: 'down', redis: 'down', search: 'down' },
    });
  });

  it('stops being ready once shutdown begins, so traffic drains away', async () => {
    const health = new HealthRegistry().add('database', async () => true);
    health.markDraining();
    expect(await health.readiness()).toMatchObject({ ready: false, checks: { shutdown: 'down' } });
  });
});
