import { DEMO_ADMIN, DEMO_VENDORS } from '../src/application/demo-accounts';
import { matchTotp } from '../src/domain/totp';
import { adminToken, ADMIN_PASSWORD, createAdmin, secretOf, totpCode } from './admin.fixtures';
import { AuthHarness } from './auth.harness';

jest.setTimeout(60_000);

describe('auth: admins, TOTP and signing keys', () => {
  const auth = new AuthHarness({ SEED_DEMO_DATA: 'true' });
  beforeAll(() => auth.start());
  afterAll(() => auth.stop());

  it('seeds a super-admin with TOTP, two approved demo vendors with owners, and a shopper', async () => {
    const secret = secretOf(DEMO_ADMIN.totpSecret);
    const noTotp = await auth.post('/auth/login', {
      identifier: DEMO_ADMIN.email,
      password: DEMO_ADMIN.password,
    });
    expect(noTotp).toMatchObject({ status: 401, body: { totpRequired: true } });
    const login = await auth.post('/auth/login', {
      identifier: DEMO_ADMIN.email,
      password: DEMO_ADMIN.password,
      totp: totpCode(secret),
    });
    expect(login.status).toBe(200);
    expect(await auth.verify(login.body.accessToken)).toMatchObject({
      roles: ['admin:super-admin'],
      amr: ['pwd', 'mfa'],
    });

    for (const vendor of DEMO_VENDORS) {
      const owner = await auth.post('/auth/login', {
        identifier: vendor.owner.phone,
        password: vendor.owner.password,
      });
      expect(await auth.verify(owner.body.accessToken)).toMatchObject({
        roles: ['shopper', 'vendor:owner'],
        vendorId: vendor.id,
      });
      const view = await auth.get(`/vendors/${vendor.id}`, { as: owner.body.accessToken });
      expect(view.body).toMatchObject({ status: 'approved', slug: vendor.application.slug, version: 2 });
    }
    const approved = await auth.outbox('auth.vendor-approved.v1');
    expect(approved.map((e) => e.key).sort()).toEqual(DEMO_VENDORS.map((v) => v.id).sort());
  });

  it('gives an admin without TOTP a token without mfa that admin actions refuse, until TOTP is confirmed', async () => {
    const ops = await createAdmin(auth, 'admin:operations', { totp: false });
    const login = await auth.post('/auth/login', { identifier: ops.email, password: ADMIN_PASSWORD });
    expect(login.status).toBe(200);
    expect(await auth.verify(login.body.accessToken)).toMatchObject({
      roles: ['admin:operations'],
      amr: ['pwd'],
    });
    const me = await auth.get('/auth/me', { as: login.body.accessToken });
    expect(me.body).toMatchObject({ totpRequired: true, totpEnabled: false, mfa: false });

    const refused = await auth.post(
      `/admin/vendors/${DEMO_VENDORS[0]!.id}/suspend`,
      { reason: 'test' },
      { as: login.body.accessToken },
    );
    expect(refused).toMatchObject({ status: 403, body: { mfaRequired: true } });
    expect((await auth.get('/admin/audit', { as: login.body.accessToken })).status).toBe(403);

    const setup = await auth.post('/auth/mfa/totp/setup', undefined, { as: login.body.accessToken });
    expect(setup.status).toBe(200);
    expect(setup.body).toMatchObject({ algorithm: 'SHA1', digits: 6, periodSeconds: 30 });
    expect(setup.body.otpauthUrl).toContain(`secret=${setup.body.secret}`);
    const secret = secretOf(setup.body.secret);

    const wrong = await auth.post(
      '/auth/mfa/totp/confirm',
      { code: '000000' },
      { as: login.body.accessToken },
    );
    if (matchTotp(secret, '000000', Date.now()) === undefined) {
      expect(wrong.body.errors).toEqual([
        { field: 'code', reason: 'is not the current code from the authenticator app' },
      ]);
    }
    const confirmed = await auth.post(
      '/auth/mfa/totp/confirm',
      { code: totpCode(secret) },
      { as: login.body.accessToken },
    );
    expect(confirmed.status).toBe(200);
    expect(await auth.verify(confirmed.body.accessToken)).toMatchObject({ amr: ['pwd', 'mfa'] });
    // The password-only refresh token is gone; the upgraded pair works.
    expect((await auth.post('/auth/refresh', { refreshToken: login.body.refreshToken })).status).toBe(401);
    expect((await auth.post('/auth/refresh', { refreshToken: confirmed.body.refreshToken })).status).toBe(
      200,
    );

    const audit = await auth.get(`/admin/audit?actorId=${ops.id}&outcome=denied`, {
      as: confirmed.body.accessToken,
    });
    expect(audit.status).toBe(200);
    expect(audit.body.items.map((e: any) => e.action).sort()).toEqual([
      'admin.audit.query',
      'vendor.suspend',
    ]);

    const withoutCode = await auth.post('/auth/login', { identifier: ops.email, password: ADMIN_PASSWORD });
    expect(withoutCode).toMatchObject({ status: 401, body: { totpRequired: true } });
    expect(
      (await auth.post('/auth/mfa/totp/setup', undefined, { as: confirmed.body.accessToken })).status,
    ).toBe(409);
  });

  it('refuses a replayed TOTP code', async () => {
    const admin = await createAdmin(auth, 'admin:support', { totp: true });
    const code = totpCode(admin.secret!);
    const first = await auth.post('/auth/login', {
      identifier: admin.email,
      password: ADMIN_PASSWORD,
      totp: code,
    });
    expect(first.status).toBe(200);
    const replay = await auth.post('/auth/login', {
      identifier: admin.email,
      password: ADMIN_PASSWORD,
      totp: code,
    });
    expect(replay).toMatchObject({ status: 401, body: { totpRequired: true } });
  });

  it('rotates signing keys on a super-admin’s word: both keys are published and old tokens still verify', async () => {
    const shopper = await auth.post('/auth/login', {
      identifier: '+8801911000003',
      password: 'demo-Shopper-pass-2026',
    });
    const before = await auth.jwks();
    const finance = await createAdmin(auth, 'admin:finance', { totp: true });
    const financeToken = await adminToken(auth, finance);
    expect((await auth.post('/admin/keys/rotate', undefined, { as: financeToken })).status).toBe(403);

    const superAdmin = await createAdmin(auth, 'admin:super-admin', { totp: true });
    const rotated = await auth.post('/admin/keys/rotate', undefined, {
      as: await adminToken(auth, superAdmin),
    });
    expect(rotated.status).toBe(200);
    expect(rotated.body.previousKid).toBe(before.keys[0].kid);
    const after = await auth.jwks();
    expect(after.keys.map((k: any) => k.kid)).toEqual([rotated.body.kid, before.keys[0].kid]);
    expect(await auth.verify(shopper.body.accessToken)).toBeDefined();
    const fresh = await auth.post('/auth/refresh', { refreshToken: shopper.body.refreshToken });
    const header = JSON.parse(Buffer.from(fresh.body.accessToken.split('.')[0], 'base64url').toString());
    expect(header.kid).toBe(rotated.body.kid);

    const entries = await auth.get('/admin/audit?action=admin.keys.*', { as: financeToken });
    expect(entries.body.items.map((e: any) => `${e.action}:${e.outcome}`)).toEqual([
      'admin.keys.rotate:success',
      'admin.keys.rotate:denied',
    ]);
  });
});
