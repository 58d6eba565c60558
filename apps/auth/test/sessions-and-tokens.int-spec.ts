import { createPublicKey, verify } from 'node:crypto';
import { AuthHarness, freshPhone } from './auth.harness';

jest.setTimeout(60_000);

/** Verification written out with node:crypto alone, as any relying party would do it. */
function verifiesWith(token: string, jwks: { keys: any[] }): boolean {
  const [header, payload, signature] = token.split('.');
  const { alg, kid } = JSON.parse(Buffer.from(header!, 'base64url').toString());
  const jwk = jwks.keys.find((key) => key.kid === kid);
  if (alg !== 'ES256' || !jwk) return false;
  return verify(
    'sha256',
    Buffer.from(`${header}.${payload}`),
    { key: createPublicKey({ key: jwk, format: 'jwk' }), dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature!, 'base64url'),
  );
}

describe('auth: tokens, refresh rotation and sessions', () => {
  const auth = new AuthHarness();
  beforeAll(() => auth.start());
  afterAll(() => auth.stop());

  it('publishes an ES256 JWKS that verifies issued tokens, and a tampered token does not verify', async () => {
    const { accessToken } = await auth.otpLogin(freshPhone());
    const jwks = await auth.get('/.well-known/jwks.json');
    expect(jwks.headers.get('cache-control')).toBe('public, max-age=60');
    expect(jwks.body.keys).toEqual([
      {
        kty: 'EC',
        crv: 'P-256',
        x: expect.any(String),
        y: expect.any(String),
        kid: expect.any(String),
        alg: 'ES256',
        use: 'sig',
      },
    ]);
    expect(JSON.stringify(jwks.body)).not.toMatch(/"d"/);
    expect(verifiesWith(accessToken, jwks.body)).toBe(true);

    const [header, payload, signature] = accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const elevated = Buffer.from(
      JSON.stringify({ ...claims, roles: ['admin:super-admin'], amr: ['pwd', 'mfa'] }),
    ).toString('base64url');
    expect(verifiesWith(`${header}.${elevated}.${signature}`, jwks.body)).toBe(false);
    const flipped = Buffer.from(signature, 'base64url');
    flipped[10]! ^= 0x01;
    expect(verifiesWith(`${header}.${payload}.${flipped.toString('base64url')}`, jwks.body)).toBe(false);
    const otherKid = Buffer.from(JSON.stringify({ alg: 'ES256', typ: 'JWT', kid: 'someone-else' })).toString(
      'base64url',
    );
    expect(verifiesWith(`${otherKid}.${payload}.${signature}`, jwks.body)).toBe(false);
  });

  it('rotates the refresh token on every use and keeps the session', async () => {
    const login = await auth.otpLogin(freshPhone());
    const first = await auth.post('/auth/refresh', { refreshToken: login.refreshToken });
    expect(first.status).toBe(200);
    expect(first.body.refreshToken).not.toBe(login.refreshToken);
    const second = await auth.post('/auth/refresh', { refreshToken: first.body.refreshToken });
    expect(second.status).toBe(200);
    const claims = [login, first.body, second.body].map((pair) =>
      JSON.parse(Buffer.from(pair.accessToken.split('.')[1], 'base64url').toString()),
    );
    expect(new Set(claims.map((c) => c.sid)).size).toBe(1);
    const [token] = await auth.query('SELECT token_hash FROM refresh_tokens LIMIT 1');
    expect(token.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('revokes the whole family when a rotated refresh token is used again', async () => {
    const login = await auth.otpLogin(freshPhone());
    const rotated = await auth.post('/auth/refresh', { refreshToken: login.refreshToken });
    expect(rotated.status).toBe(200);

    const replay = await auth.post('/auth/refresh', { refreshToken: login.refreshToken });
    expect(replay.status).toBe(401);
    // The legitimate newest token dies with the family: whoever holds a copy is locked out too.
    expect((await auth.post('/auth/refresh', { refreshToken: rotated.body.refreshToken })).status).toBe(401);
    expect((await auth.get('/auth/me', { as: rotated.body.accessToken })).status).toBe(401);

    const sid = (await auth.verify(login.accessToken))!.sid;
    const [session] = await auth.query('SELECT revoked_reason FROM sessions WHERE id = $1', [sid]);
    expect(session.revoked_reason).toBe('refresh-token-reuse');
    const [audit] = await auth.query(
      `SELECT outcome FROM audit_log WHERE action = 'auth.refresh.reuse-detected' AND target_id = $1`,
      [sid],
    );
    expect(audit.outcome).toBe('denied');
  });

  it('refuses unknown and malformed refresh tokens', async () => {
    expect((await auth.post('/auth/refresh', { refreshToken: 'x'.repeat(43) })).status).toBe(401);
    expect((await auth.post('/auth/refresh', {})).body.errors).toEqual([
      { field: 'refreshToken', reason: 'is required' },
    ]);
  });

  it('lists my sessions, revokes one, and logs out', async () => {
    const phone = freshPhone();
    const laptop = await auth.otpLogin(phone);
    const mobile = await auth.otpLogin(phone);
    const listed = await auth.get('/auth/sessions', { as: laptop.accessToken });
    expect(listed.status).toBe(200);
    expect(listed.body.items).toHaveLength(2);
    const mobileSid = (await auth.verify(mobile.accessToken))!.sid;
    expect(listed.body.items.find((s: any) => s.current).id).toBe(
      (await auth.verify(laptop.accessToken))!.sid,
    );

    const revoked = await auth.request('DELETE', `/auth/sessions/${mobileSid}`, { as: laptop.accessToken });
    expect(revoked.status).toBe(204);
    expect((await auth.post('/auth/refresh', { refreshToken: mobile.refreshToken })).status).toBe(401);

    const stranger = await auth.otpLogin(freshPhone());
    const notMine = await auth.request(
      'DELETE',
      `/auth/sessions/${(await auth.verify(laptop.accessToken))!.sid}`,
      { as: stranger.accessToken },
    );
    expect(notMine.status).toBe(404);

    expect((await auth.post('/auth/logout', undefined, { as: laptop.accessToken })).status).toBe(204);
    expect((await auth.post('/auth/refresh', { refreshToken: laptop.refreshToken })).status).toBe(401);
    expect((await auth.get('/auth/me', { as: laptop.accessToken })).status).toBe(401);
  });

  it('answers /auth/me from the identity headers, and 401 without them', async () => {
    const phone = freshPhone();
    const login = await auth.otpLogin(phone);
    const me = await auth.get('/auth/me', { as: login.accessToken });
    expect(me.body).toMatchObject({
      id: login.userId,
      phone: `+880${phone.slice(1)}`,
      phoneVerified: true,
      roles: ['shopper'],
      totpEnabled: false,
      totpRequired: false,
      mfa: false,
    });
    const anonymous = await auth.get('/auth/me');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toContain('application/problem+json');
    const bogusSession = await auth.get('/auth/me', {
      headers: {
        'x-actor-id': login.userId,
        'x-actor-roles': 'shopper',
        'x-session-id': '00000000-0000-4000-8000-000000000000',
      },
    });
    expect(bogusSession.status).toBe(401);
  });

  it('keeps signing keys encrypted at rest', async () => {
    const [key] = await auth.query('SELECT kid, private_key_enc, public_jwk FROM signing_keys');
    expect(key.private_key_enc).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(key.private_key_enc).not.toContain('PRIVATE KEY');
    expect(key.public_jwk.d).toBeUndefined();
  });
});
