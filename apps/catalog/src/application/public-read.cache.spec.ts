import { PublicReadCache } from './public-read.cache';

describe('PublicReadCache', () => {
  let now = 0;
  const cache = () => new PublicReadCache(1_000, 2, () => now);

  it('serves a value until it expires, with a stable ETag', async () => {
    const c = cache();
    let calls = 0;
    const produce = async () => ({ n: (calls += 1) });
    const first = await c.get('k', produce);
    expect(JSON.parse(first.body)).toEqual({ n: 1 });
    expect(first.etag).toMatch(/^W\/"[\w-]{22}"$/);
    expect(await c.get('k', produce)).toMatchObject(first);
    expect(calls).toBe(1);
    now += 1_001;
    expect(JSON.parse((await c.get('k', produce)).body)).toEqual({ n: 2 });
  });

  it('shares one query between concurrent misses', async () => {
    const c = cache();
    let calls = 0;
    const produce = async () => ({ n: (calls += 1) });
    await Promise.all([c.get('k', produce), c.get('k', produce), c.get('k', produce)]);
    expect(calls).toBe(1);
  });

  it('forgets everything on a write, and never keeps an answer computed across one', async () => {
    const c = cache();
    let release!: () => void;
    const slow = () =>
      new Promise<{ v: string }>((resolve) => (release = () => resolve({ v: 'before write' })));
    const pending = c.get('k', slow);
    c.invalidate();
    release();
    expect(JSON.parse((await pending).body)).toEqual({ v: 'before write' });
    expect(JSON.parse((await c.get('k', async () => ({ v: 'after' }))).body)).toEqual({ v: 'after' });
  });

  it('holds at most maxEntries, dropping the oldest', async () => {
    const c = cache();
    let calls = 0;
    const produce = async () => ({ n: (calls += 1) });
    await c.get('a', produce);
    await c.get('b', produce);
    await c.get('c', produce);
    await c.get('a', produce);
    expect(calls).toBe(4);
  });

  it('with a TTL of 0, caches nothing', async () => {
    const c = new PublicReadCache(0, 10);
    let calls = 0;
    await c.get('k', async () => (calls += 1));
    await c.get('k', async () => (calls += 1));
    expect(calls).toBe(2);
  });
});
