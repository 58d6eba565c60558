import { createHmac, createPrivateKey, createPublicKey } from 'node:crypto';
import { newSigningKey, signJwt, verifyJwt } from './es256-jwt';

describe('ES256 JWT', () => {
  let key: Awaited<ReturnType<typeof newSigningKey>>;
  beforeAll(async () => {
    key = await newSigningKey();
  });

  it('signs tokens that verify with the published JWK, and names the key by its RFC 7638 thumbprint', async () => {
    const token = await signJwt({ sub: 'u1', exp: 1 }, key.kid, key.privateKey);
    const header = JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString());
    expect(header).toEqual({ alg: 'ES256', typ: 'JWT', kid: key.kid });
    expect(Buffer.from(token.split('.')[2]!, 'base64url')).toHaveLength(64);
    expect(key.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await verifyJwt(token, [key.publicJwk as never])).toEqual({ sub: 'u1', exp: 1 });
  });

  it('refuses a tampered payload, an unknown kid, another key and alg "none"', async () => {
    const token = await signJwt({ sub: 'u1', roles: ['shopper'] }, key.kid, key.privateKey);
    const [h, , s] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ sub: 'u1', roles: ['admin:super-admin'] })).toString(
      'base64url',
    );
    expect(await verifyJwt(`${h}.${forged}.${s}`, [key.publicJwk as never])).toBeUndefined();
    const other = await newSigningKey();
    expect(await verifyJwt(token, [other.publicJwk as never])).toBeUndefined();
    expect(
      await verifyJwt(await signJwt({ sub: 'u1' }, key.kid, other.privateKey), [key.publicJwk as never]),
    ).toBeUndefined();
    const none = Buffer.from(JSON.stringify({ alg: 'none', kid: key.kid })).toString('base64url');
    expect(await verifyJwt(`${none}.${forged}.`, [key.publicJwk as never])).toBeUndefined();
    expect(await verifyJwt('not.a.jwt', [key.publicJwk as never])).toBeUndefined();
  });

  it('round-trips the private key through PKCS#8, as it is stored', async () => {
    const der = key.privateKey.export({ format: 'der', type: 'pkcs8' });
    const restored = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
    expect(await verifyJwt(await signJwt({ a: 1 }, key.kid, restored), [key.publicJwk as never])).toEqual({
      a: 1,
    });
  });

  it('refuses HS256 keyed with the published public key (algorithm confusion)', async () => {
    const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const input = `${b64({ alg: 'HS256', typ: 'JWT', kid: key.kid })}.${b64({ sub: 'u1', roles: ['admin:super-admin'] })}`;
    const pem = createPublicKey({ key: key.publicJwk as never, format: 'jwk' }).export({
      type: 'spki',
      format: 'pem',
    });
    const forged = `${input}.${createHmac('sha256', pem).update(input).digest('base64url')}`;

    expect(await verifyJwt(forged, [key.publicJwk as never])).toBeUndefined();
  });
});
