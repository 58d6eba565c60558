import { generateKeyPairSync, KeyObject } from 'node:crypto';
import {
  calculateJwkThumbprint,
  compactVerify,
  createLocalJWKSet,
  exportJWK,
  JSONWebKeySet,
  SignJWT,
} from 'jose';

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

/**
 * A fresh P-256 key pair; its kid is the RFC 7638 thumbprint of the public key (jose). The private key stays a
 * Node KeyObject because it is stored sealed as PKCS#8 (see SigningKeysService).
 */
export async function newSigningKey(): Promise<NewSigningKey> {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const { x, y } = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint({ kty: 'EC', crv: 'P-256', x, y }, 'sha256');
  return {
    kid,
    privateKey,
    publicJwk: { kty: 'EC', crv: 'P-256', x: x!, y: y!, kid, alg: 'ES256', use: 'sig' },
  };
}

/** A compact JWS (RFC 7515) with ES256, signed by jose. */
export function signJwt(claims: object, kid: string, privateKey: KeyObject): Promise<string> {
  return new SignJWT({ ...claims }).setProtectedHeader({ alg: 'ES256', typ: 'JWT', kid }).sign(privateKey);
}

/**
 * The payload of a token signed by one of `keys` (by kid), or undefined: wrong shape, unknown kid, another
 * algorithm or a bad signature. Registered claims (exp, iss, aud) are the caller's business. Auth itself never
 * needs this (the gateway verifies tokens); it exists for tests and tools.
 */
export async function verifyJwt(
  token: string,
  keys: readonly object[],
): Promise<Record<string, unknown> | undefined> {
  try {
    const jwks = createLocalJWKSet({ keys: [...keys] } as JSONWebKeySet);
    const { payload } = await compactVerify(token, jwks, { algorithms: ['ES256'] });
    const claims: unknown = JSON.parse(Buffer.from(payload).toString('utf8'));
    return typeof claims === 'object' && claims !== null ? (claims as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
