import {
  createHash,
  createPublicKey,
  generateKeyPairSync,
  JsonWebKey,
  KeyObject,
  sign,
  verify,
} from 'node:crypto';

export interface PublicJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
  kid: string;
  alg: 'ES256';
  use: 'sig';
}

export interface NewSigningKey {
  kid: string;
  publicJwk: PublicJwk;
  privateKey: KeyObject;
}

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/** A fresh P-256 key pair; its kid is the RFC 7638 thumbprint of the public key. */
export function newSigningKey(): NewSigningKey {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const { x, y } = publicKey.export({ format: 'jwk' }) as { x: string; y: string };
  const kid = createHash('sha256')
    .update(JSON.stringify({ crv: 'P-256', kty: 'EC', x, y }))
    .digest('base64url');
  return { kid, privateKey, publicJwk: { kty: 'EC', crv: 'P-256', x, y, kid, alg: 'ES256', use: 'sig' } };
}

/** A compact JWS (RFC 7515) with ES256: the signature is the raw r‖s pair (IEEE P1363), not DER. */
export function signJwt(claims: object, kid: string, privateKey: KeyObject): string {
  const input = `${b64url(JSON.stringify({ alg: 'ES256', typ: 'JWT', kid }))}.${b64url(JSON.stringify(claims))}`;
  const signature = sign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' });
  return `${input}.${b64url(signature)}`;
}

/**
 * The payload of a token signed by one of `keys` (by kid), or undefined: wrong shape, unknown kid, another
 * algorithm or a bad signature. Expiry is the caller's business. Auth itself never needs this (the gateway
 * verifies tokens); it exists for tests and tools.
 */
export function verifyJwt(token: string, keys: readonly JsonWebKey[]): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const [header, payload, signature] = parts as [string, string, string];
  try {
    const { alg, kid } = JSON.parse(Buffer.from(header, 'base64url').toString()) as {
      alg?: string;
      kid?: string;
    };
    const jwk = keys.find((key) => key['kid'] === kid);
    if (alg !== 'ES256' || !jwk) return undefined;
    const key = createPublicKey({ key: jwk, format: 'jwk' });
    const valid = verify(
      'sha256',
      Buffer.from(`${header}.${payload}`),
      { key, dsaEncoding: 'ieee-p1363' },
      Buffer.from(signature, 'base64url'),
    );
    return valid
      ? (JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
