import { createPrivateKey } from 'node:crypto';
import { newSigningKey, signJwt, verifyJwt } from './es256-jwt';

describe('ES256 JWT', () => {
  const key = newSigningKey();

  it('signs tokens that verify with the published JWK, and names the key by its RFC 7638 thumbprint', () => {
    const token = signJwt({ sub: 'u1', exp: 1 }, key.kid, key.privateKey);
    const header = JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString());
    expect(header).toEqual({ alg: 'ES256', typ: 'JWT', kid: key.kid });
    expect(Buffer.from(token.split('.')[2]!, 'base64url')).toHaveLength(64);
    expect(key.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(verifyJwt(token, [key.publicJwk as never])).toEqual({ sub: 'u1', exp: 1 });
  });

  it('refuses a tampered payload, an unknown kid, another key and alg "none"', () => {
    const token = signJwt({ sub: 'u1', roles: ['shopper'] }, key.kid, key.privateKey);
    const [h, , s] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ sub: 'u1', roles: ['admin:super-admin'] })).toString(
      'base64url',
    );
    expect(verifyJwt(`${h}.${forged}.${s}`, [key.publicJwk as never])).toBeUndefined();
    const other = newSigningKey();
    expect(verifyJwt(token, [other.publicJwk as never])).toBeUndefined();
    expect(
      verifyJwt(signJwt({ sub: 'u1' }, key.kid, other.privateKey), [key.publicJwk as never]),
    ).toBeUndefined();
    const none = Buffer.from(JSON.stringify({ alg: 'none', kid: key.kid })).toString('base64url');
    expect(verifyJwt(`${none}.${forged}.`, [key.publicJwk as never])).toBeUndefined();
    expect(verifyJwt('not.a.jwt', [key.publicJwk as never])).toBeUndefined();
  });

  it('round-trips the private key through PKCS#8, as it is stored', () => {
    const der = key.privateKey.export({ format: 'der', type: 'pkcs8' });
    const restored = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
    expect(verifyJwt(signJwt({ a: 1 }, key.kid, restored), [key.publicJwk as never])).toEqual({ a: 1 });
  });
});
