import { randomUUID } from 'node:crypto';
import { TestTokenIssuer } from '@getit/testing';
import { AccessTokenVerifier } from './access-token.verifier';
import { InvalidTokenException } from './invalid-token.exception';
import { JwksKeyStore } from './jwks-key.store';

const NOW = Date.UTC(2026, 2, 26, 6, 0, 0);
const nowSeconds = NOW / 1_000;

function setUp() {
  const issuer = new TestTokenIssuer();
  let fetches = 0;
  const keys = new JwksKeyStore({
    jwksUrl: 'http://auth.test/.well-known/jwks.json',
    now: () => NOW,
    fetchJwks: async () => {
      fetches += 1;
      return issuer.jwks();
    },
  });
  const verifier = new AccessTokenVerifier(keys, { now: () => NOW });
  return { issuer, verifier, fetches: () => fetches };
}

async function rejection(verifier: AccessTokenVerifier, token: string): Promise<InvalidTokenException> {
  try {
    await verifier.verify(token);
  } catch (error) {
    if (error instanceof InvalidTokenException) return error;
    throw error;
  }
  throw new Error('expected the token to be rejected');
}

const vendorId = randomUUID();

describe('AccessTokenVerifier', () => {
  it('accepts a valid ES256 token and returns its claims', async () => {
    const { issuer, verifier } = setUp();
    const token = issuer.token({ roles: ['vendor:staff'], vendorId, amr: ['pwd', 'mfa'], iat: nowSeconds });

    await expect(verifier.verify(token)).resolves.toMatchObject({
      iss: 'getit-auth',
      aud: 'getit-api',
      roles: ['vendor:staff'],
      vendorId,
      amr: ['pwd', 'mfa'],
      exp: nowSeconds + 900,
    });
  });

  it('rejects a token whose payload was changed after signing', async () => {
    const { issuer, verifier } = setUp();
    const token = issuer.token({ roles: ['shopper'], iat: nowSeconds });
    const promoted = { ...TestTokenIssuer.payloadOf(token), roles: ['admin:super-admin'], amr: ['mfa'] };

    expect((await rejection(verifier, TestTokenIssuer.withPayload(token, promoted))).reason).toBe(
      'signature',
    );
  });

  it('rejects a token whose signature was changed', async () => {
    const { issuer, verifier } = setUp();
    const token = issuer.token({ iat: nowSeconds });
    const signature = Buffer.from(token.split('.')[2]!, 'base64url');
    signature[10] ^= 0x01;
    const tampered = `${token.split('.').slice(0, 2).join('.')}.${signature.toString('base64url')}`;

    expect((await rejection(verifier, tampered)).reason).toBe('signature');
  });

  it('rejects an expired token once the clock skew is used up, and says it expired', async () => {
    const { issuer, verifier } = setUp();
    const iat = nowSeconds - 900 - 30;
    const withinSkew = issuer.token({ iat, exp: nowSeconds - 29 });
    const expired = issuer.token({ iat, exp: nowSeconds - 30 });

    await expect(verifier.verify(withinSkew)).resolves.toBeDefined();
    const error = await rejection(verifier, expired);
    expect(error.reason).toBe('expired');
    expect(error.detail).toBe('The access token has expired.');
  });

  it('rejects a token issued in the future beyond the clock skew, or not valid before a later time', async () => {
    const { issuer, verifier } = setUp();

    await expect(verifier.verify(issuer.token({ iat: nowSeconds + 30 }))).resolves.toBeDefined();
    expect((await rejection(verifier, issuer.token({ iat: nowSeconds + 31 }))).reason).toBe('not-yet-valid');
    expect((await rejection(verifier, issuer.token({ iat: nowSeconds, nbf: nowSeconds + 120 }))).reason).toBe(
      'not-yet-valid',
    );
  });

  it('rejects a token signed with a key auth does not publish, even under a published kid', async () => {
    const { issuer, verifier } = setUp();

    expect((await rejection(verifier, issuer.tokenFromUnpublishedKey({ iat: nowSeconds }))).reason).toBe(
      'signature',
    );
  });

  it('refreshes the key set for an unknown kid, so a rotated key is accepted', async () => {
    const { issuer, verifier, fetches } = setUp();
    await verifier.verify(issuer.token({ iat: nowSeconds }));
    expect(fetches()).toBe(1);

    issuer.rotate();
    await expect(verifier.verify(issuer.token({ iat: nowSeconds }))).rejects.toMatchObject({
      reason: 'unknown-key',
    }); // within 30 s of the last fetch: no new fetch yet
    expect(fetches()).toBe(1);
  });

  it('rejects alg none, whatever the payload says', async () => {
    const { issuer, verifier } = setUp();
    const token = issuer.unsignedToken({ roles: ['admin:super-admin'], amr: ['mfa'], iat: nowSeconds });

    expect((await rejection(verifier, token)).reason).toBe('algorithm');
  });

  it('rejects HS256 keyed with the published public key (algorithm confusion)', async () => {
    const { issuer, verifier, fetches } = setUp();
    const token = issuer.hs256TokenKeyedWithPublicKey({ iat: nowSeconds });

    expect((await rejection(verifier, token)).reason).toBe('algorithm');
    expect(fetches()).toBe(0); // refused before any key lookup
  });

  it.each([
    ['ES384', { alg: 'ES384' }, 'algorithm'],
    ['RS256', { alg: 'RS256' }, 'algorithm'],
    ['a missing kid', { kid: undefined }, 'malformed'],
    ['an unknown kid', { kid: 'no-such-key' }, 'unknown-key'],
    ['a crit header', { crit: ['exp'] }, 'malformed'],
    ['an unexpected typ', { typ: 'dpop+jwt' }, 'malformed'],
  ])('rejects a header with %s', async (_name, header, reason) => {
    const { issuer, verifier } = setUp();

    expect((await rejection(verifier, issuer.token({ iat: nowSeconds }, header))).reason).toBe(reason);
  });

  it.each([
    ['another issuer', { iss: 'someone-else' }],
    ['another audience', { aud: 'getit-admin' }],
    ['an unknown role', { roles: ['root'] }],
    ['no roles', { roles: [] }],
    ['a subject that is not a uuid', { sub: 'admin' }],
    ['an unknown authentication method', { amr: ['magic'] }],
  ])('rejects a correctly signed token with %s', async (_name, claims) => {
    const { issuer, verifier } = setUp();

    expect((await rejection(verifier, issuer.token({ iat: nowSeconds, ...claims }))).reason).toBe('claims');
  });

  it.each([
    ['an empty string', ''],
    ['two segments', 'abc.def'],
    ['four segments', 'a.b.c.d'],
    ['characters outside base64url', 'a+b.c/d.e=f'],
    ['a header that is not JSON', `${Buffer.from('nope').toString('base64url')}.e30.c2ln`],
    ['a header that is a JSON array', `${Buffer.from('[1]').toString('base64url')}.e30.c2ln`],
    ['a huge token', `${'a'.repeat(9_000)}.b.c`],
  ])('rejects %s as malformed, without asking for keys', async (_name, token) => {
    const { verifier, fetches } = setUp();

    expect((await rejection(verifier, token)).reason).toBe('malformed');
    expect(fetches()).toBe(0);
  });

  it('tells the client only "invalid" unless the token expired', async () => {
    const { issuer, verifier } = setUp();

    expect((await rejection(verifier, issuer.unsignedToken())).detail).toBe('The access token is invalid.');
  });
});
