import { createHmac, generateKeyPairSync, JsonWebKey, KeyObject, randomUUID, sign } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';

/** Claims a test chooses; the issuer fills in the rest of a valid access token. */
export interface TestClaims {
  sub?: string;
  sid?: string;
  roles?: string[];
  vendorId?: string;
  amr?: string[];
  iss?: string;
  aud?: string;
  /** Seconds since the epoch; default now. */
  iat?: number;
  /** Seconds since the epoch; default `iat` + 15 minutes. */
  exp?: number;
  [claim: string]: unknown;
}

interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  publicJwk: JsonWebKey;
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * A stand-in for the auth service's token side: ES256 keys, a JWKS endpoint on loopback, and tokens signed with
 * them, valid or deliberately broken. Gateway tests use it to mint any identity without a user database.
 */
export class TestTokenIssuer {
  private keys: SigningKey[] = [newKey()];
  private server?: Server;
  /** How many times the JWKS endpoint was fetched. */
  jwksRequests = 0;
  url = '';

  get kid(): string {
    return this.keys[0]!.kid;
  }

  /** The published key set, newest first. */
  jwks(): { keys: Record<string, unknown>[] } {
    return {
      keys: this.keys.map(({ kid, publicJwk }) => ({ ...publicJwk, kid, alg: 'ES256', use: 'sig' })),
    };
  }

  /** Publishes a new signing key (first in the set), keeping the old ones; returns its kid. */
  rotate(): string {
    this.keys.unshift(newKey());
    return this.kid;
  }

  /** A valid access token for these claims, signed with the newest published key. */
  token(claims: TestClaims = {}, header: Record<string, unknown> = {}): string {
    return this.signWith(this.keys[0]!, this.claims(claims), header);
  }

  /** Signed with a key that is not published, under a published kid: a forgery with a believable header. */
  tokenFromUnpublishedKey(claims: TestClaims = {}): string {
    return this.signWith({ ...newKey(), kid: this.kid }, this.claims(claims), {});
  }

  /** `alg: none` with an empty signature, the classic downgrade. */
  unsignedToken(claims: TestClaims = {}): string {
    return `${b64({ alg: 'none', typ: 'JWT' })}.${b64(this.claims(claims))}.`;
  }

  /** HS256 keyed with the published public key's PEM, the classic key-confusion forgery. */
  hs256TokenKeyedWithPublicKey(claims: TestClaims = {}): string {
    const signingInput = `${b64({ alg: 'HS256', typ: 'JWT', kid: this.kid })}.${b64(this.claims(claims))}`;
    const publicPem = this.publicKeyPem();
    return `${signingInput}.${createHmac('sha256', publicPem).update(signingInput).digest('base64url')}`;
  }

  /** The same token with its payload swapped for `claims` and the original signature kept. */
  static withPayload(token: string, claims: Record<string, unknown>): string {
    const [header, , signature] = token.split('.');
    return `${header}.${b64(claims)}.${signature}`;
  }

  /** The payload of a token, decoded without verification. */
  static payloadOf(token: string): Record<string, unknown> {
    return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
  }

  publicKeyPem(): string {
    return this.keys[0]!.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  }

  /** Serves `/.well-known/jwks.json` and `/healthz` on a free loopback port. */
  async listen(): Promise<string> {
    const server = createServer((request, response) => {
      if (request.url === '/.well-known/jwks.json') {
        this.jwksRequests += 1;
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(this.jwks()));
      } else if (request.url === '/healthz') {
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      } else {
        response.writeHead(404, { 'content-type': 'application/json' }).end('{"status":404}');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this.url;
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private claims(claims: TestClaims): TestClaims {
    const iat = claims.iat ?? Math.floor(Date.now() / 1_000);
    return {
      iss: 'getit-auth',
      aud: 'getit-api',
      sub: randomUUID(),
      sid: randomUUID(),
      roles: ['shopper'],
      amr: ['pwd'],
      ...claims,
      iat,
      exp: claims.exp ?? iat + 900,
    };
  }

  private signWith(key: SigningKey, claims: TestClaims, header: Record<string, unknown>): string {
    const signingInput = `${b64({ alg: 'ES256', typ: 'JWT', kid: key.kid, ...header })}.${b64(claims)}`;
    const signature = sign('sha256', Buffer.from(signingInput), {
      key: key.privateKey,
      dsaEncoding: 'ieee-p1363',
    });
    return `${signingInput}.${signature.toString('base64url')}`;
  }
}

function newKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { kid: randomUUID(), privateKey, publicKey, publicJwk: publicKey.export({ format: 'jwk' }) };
}
