import { createPublicKey, randomUUID, verify } from 'node:crypto';
import { Consumer, Kafka, logLevel } from 'kafkajs';
import { infraEnv, waitFor } from '@getit/testing';
import { getJson, MarketplaceFixture, postJson } from './marketplace.fixture';
import { adminLoginBody, DEMO_ACCOUNTS } from './real-auth.fixture';

jest.setTimeout(180_000);

const ADMIN = DEMO_ACCOUNTS.admin;

/** Signature check with node:crypto against a JWKS, as any relying party would do it. */
function verifiesWith(token: string, jwks: { keys: any[] }): boolean {
  const [header, payload, signature] = token.split('.');
  const { alg, kid } = JSON.parse(Buffer.from(header!, 'base64url').toString());
  const jwk = jwks.keys.find((key) => key.kid === kid);
  return (
    alg === 'ES256' &&
    jwk !== undefined &&
    verify(
      'sha256',
      Buffer.from(`${header}.${payload}`),
      { key: createPublicKey({ key: jwk, format: 'jwk' }), dsaEncoding: 'ieee-p1363' },
      Buffer.from(signature!, 'base64url'),
    )
  );
}

const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString());
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const freshPhone = () => `018${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

describe('auth through the gateway, as separate processes on Postgres and Kafka', () => {
  const market = new MarketplaceFixture({ realAuth: true, gatewayEnv: { RATE_LIMIT_AUTH_PER_MINUTE: '0' } });
  const approvals: { key: string; value: any }[] = [];
  let consumer: Consumer;
  beforeAll(async () => {
    await market.start();
    consumer = new Kafka({ brokers: infraEnv().kafkaBrokers, logLevel: logLevel.NOTHING }).consumer({
      groupId: `e2e-auth-${randomUUID().slice(0, 8)}`,
    });
    await consumer.connect();
    await consumer.subscribe({ topic: `${market.topicPrefix}auth.vendors`, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        approvals.push({ key: message.key!.toString(), value: JSON.parse(message.value!.toString()) });
      },
    });
  });
  afterAll(async () => {
    await consumer?.disconnect();
    await market.stop();
  });

  const api = (path: string) => `${market.gateway.url}/api${path}`;

  async function otpLogin(phone: string) {
    expect((await postJson(api('/auth/otp/request'), { phone })).status).toBe(202);
    // The dev SMS sink is on the auth service only; the gateway has no route to it.
    const sms = await getJson(`${market.auth!.url}/dev/sms?phone=${phone}`);
    const code = /\d{6}/.exec(sms.body.items[0].body)![0];
    const verified = await postJson(api('/auth/otp/verify'), { phone, code });
    expect(verified.status).toBe(200);
    return verified.body;
  }

  it('signs a shopper up by SMS code; the token verifies against the JWKS the gateway serves', async () => {
    expect((await getJson(api('/dev/sms?phone=01712345678'))).status).toBe(404);
    const phone = freshPhone();
    const login = await otpLogin(phone);
    const jwks = await getJson(api('/.well-known/jwks.json'));
    expect(verifiesWith(login.accessToken, jwks.body)).toBe(true);
    expect(claimsOf(login.accessToken)).toMatchObject({ roles: ['shopper'], amr: ['otp'] });

    const me = await getJson(api('/auth/me'), bearer(login.accessToken));
    expect(me).toMatchObject({ status: 200, body: { id: login.userId, phone: `+880${phone.slice(1)}` } });
  });

  it('ignores identity headers a client sends, and checks roles on the verified token only', async () => {
    const login = await otpLogin(freshPhone());
    const forged = {
      'x-actor-id': login.userId,
      'x-actor-roles': 'admin:super-admin',
      'x-actor-mfa': 'true',
    };
    expect((await getJson(api('/auth/me'), forged)).status).toBe(401);
    expect((await getJson(api('/admin/vendors'), { ...forged, ...bearer(login.accessToken) })).status).toBe(
      403,
    );
    expect((await getJson(api('/auth/me'), bearer(`${login.accessToken.slice(0, -4)}AAAA`))).status).toBe(
      401,
    );
  });

  it('rotates refresh tokens and ends the session when a used one comes back', async () => {
    const login = await otpLogin(freshPhone());
    const rotated = await postJson(api('/auth/refresh'), { refreshToken: login.refreshToken });
    expect(rotated.status).toBe(200);
    expect((await postJson(api('/auth/refresh'), { refreshToken: login.refreshToken })).status).toBe(401);
    expect((await postJson(api('/auth/refresh'), { refreshToken: rotated.body.refreshToken })).status).toBe(
      401,
    );
    expect((await getJson(api('/auth/me'), bearer(rotated.body.accessToken))).status).toBe(401);
  });

  it('onboards a vendor: apply, admin approval with TOTP, and auth.vendor-approved.v1 on Kafka', async () => {
    const owner = await otpLogin(freshPhone());
    const applied = await postJson(
      api('/vendors/applications'),
      {
        shopName: 'Rangpur Hariabhanga Mango',
        slug: `rangpur-mango-${randomUUID().slice(0, 6)}`,
        businessAddress: { line1: 'Mithapukur', division: 'Rangpur', district: 'Rangpur', postcode: '5460' },
        tradeLicenceNumber: 'RCC-2025-0042',
        ownerNid: '19851234567890123',
        payout: { method: 'nagad', walletNumber: '01812345678' },
        documents: [{ kind: 'trade-licence', url: 'https://docs.example.com.bd/mango-licence.pdf' }],
      },
      bearer(owner.accessToken),
    );
    expect(applied).toMatchObject({ status: 201, body: { status: 'pending' } });
    const vendorId = applied.body.id;
    const asOwner = await postJson(api('/auth/refresh'), { refreshToken: owner.refreshToken });
    expect(claimsOf(asOwner.body.accessToken)).toMatchObject({
      vendorId,
      roles: ['shopper', 'vendor:owner'],
    });
    expect((await getJson(api(`/vendors/${vendorId}`), bearer(asOwner.body.accessToken))).status).toBe(200);
    const elsewhere = await getJson(api(`/vendors/${randomUUID()}`), bearer(asOwner.body.accessToken));
    expect(elsewhere.status).toBe(403);

    const passwordOnly = await postJson(api('/auth/login'), {
      identifier: ADMIN.identifier,
      password: ADMIN.password,
    });
    expect(passwordOnly).toMatchObject({ status: 401, body: { totpRequired: true } });
    const admin = await postJson(api('/auth/login'), adminLoginBody());
    expect(admin.status).toBe(200);
    expect(claimsOf(admin.body.accessToken).amr).toEqual(['pwd', 'mfa']);
    const approved = await postJson(
      api(`/admin/vendors/${vendorId}/approve`),
      {},
      bearer(admin.body.accessToken),
    );
    expect(approved).toMatchObject({ status: 200, body: { status: 'approved', version: 2 } });

    const event = await waitFor(
      'auth.vendor-approved.v1 for the new vendor',
      () => approvals.find((m) => m.key === vendorId && m.value.type === 'auth.vendor-approved.v1'),
      { timeoutMs: 60_000, intervalMs: 100 },
    );
    expect(event.value).toMatchObject({
      producer: 'auth',
      data: {
        vendorId,
        version: 2,
        district: 'Rangpur',
        payoutMethod: 'nagad',
        decidedBy: claimsOf(admin.body.accessToken).sub,
      },
    });
    const audit = await getJson(api(`/admin/audit?targetId=${vendorId}`), bearer(admin.body.accessToken));
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual([
      'vendor.approve',
      'vendor.apply',
    ]);
  });
});
