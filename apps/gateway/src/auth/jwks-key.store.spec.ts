import { TestTokenIssuer } from '@getit/testing';
import { JwksKeyStore } from './jwks-key.store';

function setUp(answer?: () => unknown) {
  const issuer = new TestTokenIssuer();
  let now = 1_000_000;
  const fetched: number[] = [];
  const errors: unknown[] = [];
  let respond = answer ?? (() => issuer.jwks());
  const store = new JwksKeyStore({
    jwksUrl: 'http://auth.test/.well-known/jwks.json',
    now: () => now,
    fetchJwks: async () => {
      fetched.push(now);
      return respond();
    },
    onRefreshError: (error) => errors.push(error),
  });
  return {
    issuer,
    store,
    fetched,
    errors,
    advance: (ms: number) => (now += ms),
    authAnswers: (next: () => unknown) => (respond = next),
  };
}

const authDown = () => {
  throw new Error('connect ECONNREFUSED');
};

describe('JwksKeyStore', () => {
  it('fetches the key set once and serves known kids from the cache', async () => {
    const { issuer, store, fetched } = setUp();

    expect(await store.keyFor(issuer.kid)).toBeDefined();
    expect(await store.keyFor(issuer.kid)).toBeDefined();
    expect(fetched).toHaveLength(1);
  });

  it('refreshes on an unknown kid, at most once per 30 s however many kids are invented', async () => {
    const { issuer, store, fetched, advance } = setUp();
    await store.warm();
    const rotated = issuer.rotate();
    advance(30_000);

    const lookups = await Promise.all(['forged-1', 'forged-2', rotated].map((kid) => store.keyFor(kid)));
    for (let i = 0; i < 50; i += 1) await store.keyFor(`forged-${i}`);
    advance(10_000);
    await store.keyFor('forged-x');

    expect(lookups.map(Boolean)).toEqual([false, false, true]);
    expect(fetched).toHaveLength(2);
    advance(20_000);
    await store.keyFor('forged-y');
    expect(fetched).toHaveLength(3);
  });

  it('keeps using an expired key set while it refreshes in the background', async () => {
    const { issuer, store, fetched, advance } = setUp();
    await store.warm();
    advance(10 * 60_000);

    expect(await store.keyFor(issuer.kid)).toBeDefined();
    expect(fetched).toHaveLength(2);
  });

  it('keeps the last key set when auth does not answer, and tries again after 30 s', async () => {
    const { issuer, store, fetched, errors, advance, authAnswers } = setUp();
    await store.warm();
    authAnswers(authDown);
    advance(11 * 60_000);

    expect(await store.keyFor(issuer.kid)).toBeDefined();
    await store.keyFor('unknown');
    expect(fetched).toHaveLength(2);
    expect(errors).toHaveLength(1);
    expect(await store.keyFor(issuer.kid)).toBeDefined();
    advance(30_000);
    await store.keyFor(issuer.kid);
    expect(fetched).toHaveLength(3);
  });

  it('tries again after a second, not 30, while it has no keys at all (auth started after the gateway)', async () => {
    const { issuer, store, fetched, authAnswers, advance } = setUp(authDown);
    await store.warm();
    advance(500);
    expect(await store.keyFor(issuer.kid)).toBeUndefined();
    expect(fetched).toHaveLength(1);

    authAnswers(() => issuer.jwks());
    advance(500);
    expect(await store.keyFor(issuer.kid)).toBeDefined();
    expect(fetched).toHaveLength(2);
  });

  it('drops keys auth no longer publishes', async () => {
    const { issuer, store, advance, authAnswers } = setUp();
    await store.warm();
    const oldKid = issuer.kid;
    const replacement = new TestTokenIssuer();
    authAnswers(() => replacement.jwks());
    advance(30_000);

    expect(await store.keyFor(replacement.kid)).toBeDefined();
    expect(await store.keyFor(oldKid)).toBeUndefined();
  });

  it('imports only ES256 P-256 signing keys and skips the rest', async () => {
    const issuer = new TestTokenIssuer();
    const [good] = issuer.jwks().keys;
    const { store } = setUp(() => ({
      keys: [
        { ...good, kid: 'rsa', kty: 'RSA', n: 'AQAB', e: 'AQAB' },
        { ...good, kid: 'p384', crv: 'P-384' },
        { ...good, kid: 'hs', alg: 'HS256' },
        { ...good, kid: 'enc', use: 'enc' },
        { ...good, kid: 'off-curve', x: Buffer.alloc(32, 7).toString('base64url') },
        'not a key',
        good,
      ],
    }));

    expect(await store.keyFor(String(good!['kid']))).toBeDefined();
    expect(store.size).toBe(1);
  });

  it('treats a document without a key list as a failed refresh', async () => {
    const { store, errors } = setUp(() => ({ kid: 'x' }));

    expect(await store.keyFor('x')).toBeUndefined();
    expect(errors).toHaveLength(1);
  });
});
