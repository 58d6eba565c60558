import { AuthHarness, freshPhone, randomIp } from './auth.harness';

jest.setTimeout(60_000);

describe('auth: sign up and log in with an SMS code', () => {
  // The per-address limit is configurable (default 300 per 15 minutes, for carrier NAT); 20 keeps the test short.
  const auth = new AuthHarness({ RATE_LIMIT_OTP_REQUEST_PER_ADDRESS: '20' });
  beforeAll(() => auth.start());
  afterAll(() => auth.stop());

  it('a new number gets a shopper account and tokens that verify against the published JWKS', async () => {
    const phone = freshPhone();
    const requested = await auth.post('/auth/otp/request', { phone });
    expect(requested).toMatchObject({ status: 202, body: { expiresInSeconds: 300 } });

    const sms = await auth.get(`/dev/sms?phone=${phone}`);
    expect(sms.body.items[0].body).toMatch(/^\d{6} is your GetIt code\. It expires in 5 minutes\./);

    const verified = await auth.post('/auth/otp/verify', { phone, code: await auth.smsCode(phone) });
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900, newUser: true });
    const claims = await auth.verify(verified.body.accessToken);
    expect(claims).toMatchObject({
      iss: 'getit-auth',
      aud: 'getit-api',
      sub: verified.body.userId,
      roles: ['shopper'],
      amr: ['otp'],
    });
    expect(claims!.exp - claims!.iat).toBe(900);

    const again = await auth.otpLogin(phone);
    expect(again).toMatchObject({ userId: verified.body.userId, newUser: false });
  });

  it('records the verified phone and publishes what the order service needs to hand over guest orders', async () => {
    const phone = freshPhone();
    const { userId } = await auth.otpLogin(phone);
    const e164 = `+880${phone.slice(1)}`;
    const [row] = await auth.query('SELECT phone, phone_verified_at FROM users WHERE id = $1', [userId]);
    expect(row.phone).toBe(e164);
    expect(row.phone_verified_at).toBeInstanceOf(Date);
    const events = (await auth.outbox()).filter((e) => e.key === userId);
    expect(events.map((e) => e.type)).toEqual(['auth.user-registered.v1', 'auth.phone-verified.v1']);
    expect(events[1].data).toMatchObject({ userId, phone: e164 });
    expect(JSON.stringify(events)).not.toMatch(/code|password|hash/i);
  });

  it.each([
    ['+8801…', (local: string) => `+880${local}`],
    ['880 with a space and a hyphen', (local: string) => `880 ${local.slice(0, 4)}-${local.slice(4)}`],
    [
      'Bengali digits',
      (local: string) => `0${local}`.replace(/\d/g, (d) => String.fromCharCode(0x09e6 + Number(d))),
    ],
  ])('treats a number written as %s as the same account', async (_form, write) => {
    const phone = freshPhone();
    const first = await auth.otpLogin(phone);
    const written = write(phone.slice(1));
    expect((await auth.post('/auth/otp/request', { phone: written })).status).toBe(202);
    const verified = await auth.post('/auth/otp/verify', { phone: written, code: await auth.smsCode(phone) });
    expect(verified.body).toMatchObject({ userId: first.userId, newUser: false });
  });

  it.each([
    ['12345', 'phone'],
    ['01212345678', 'phone'],
    ['+91 98765 43210', 'phone'],
  ])('refuses the malformed number %s with 400 naming the field', async (phone, field) => {
    const response = await auth.post('/auth/otp/request', { phone });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.errors).toEqual([
      { field, reason: expect.stringContaining('Bangladeshi mobile number') },
    ]);
  });

  it('refuses unknown fields, malformed codes and oversized bodies', async () => {
    const unknown = await auth.post('/auth/otp/request', { phone: freshPhone(), channel: 'whatsapp' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([{ field: 'channel', reason: 'is not allowed' }]);
    const badCode = await auth.post('/auth/otp/verify', { phone: freshPhone(), code: '12ab56' });
    expect(badCode.body.errors).toEqual([{ field: 'code', reason: 'must be 6 digits' }]);
    const huge = await auth.post('/auth/otp/request', { phone: freshPhone(), pad: 'x'.repeat(40_000) });
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('allows five wrong guesses per code, then not even the right code works', async () => {
    const phone = freshPhone();
    await auth.post('/auth/otp/request', { phone });
    const code = await auth.smsCode(phone);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    for (let i = 0; i < 5; i++) {
      const attempt = await auth.post('/auth/otp/verify', { phone, code: wrong });
      expect(attempt).toMatchObject({
        status: 401,
        body: { detail: expect.stringContaining('wrong or has expired') },
      });
    }
    expect((await auth.post('/auth/otp/verify', { phone, code })).status).toBe(401);
    const [challenge] = await auth.query(
      'SELECT attempts, closed_reason FROM otp_challenges WHERE phone = $1 ORDER BY created_at DESC LIMIT 1',
      [`+880${phone.slice(1)}`],
    );
    expect(challenge).toEqual({ attempts: 5, closed_reason: 'exhausted' });
  });

  it('a code works once, expires after five minutes, and only the newest code counts', async () => {
    const phone = freshPhone();
    const e164 = `+880${phone.slice(1)}`;
    await auth.post('/auth/otp/request', { phone });
    const first = await auth.smsCode(phone);
    await auth.post('/auth/otp/request', { phone });
    const second = await auth.smsCode(phone);
    if (first !== second)
      expect((await auth.post('/auth/otp/verify', { phone, code: first })).status).toBe(401);
    expect((await auth.post('/auth/otp/verify', { phone, code: second })).status).toBe(200);
    expect((await auth.post('/auth/otp/verify', { phone, code: second })).status).toBe(401);

    await auth.post('/auth/otp/request', { phone });
    const late = await auth.smsCode(phone);
    await auth.query(`UPDATE otp_challenges SET expires_at = now() - interval '1 second' WHERE phone = $1`, [
      e164,
    ]);
    expect((await auth.post('/auth/otp/verify', { phone, code: late })).status).toBe(401);
  });

  it('stores only a keyed hash of each code', async () => {
    const phone = freshPhone();
    await auth.post('/auth/otp/request', { phone });
    const code = await auth.smsCode(phone);
    const [row] = await auth.query('SELECT code_hash FROM otp_challenges WHERE phone = $1', [
      `+880${phone.slice(1)}`,
    ]);
    expect(row.code_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.code_hash).not.toContain(code);
  });

  it('limits codes sent per number and per address with 429 and Retry-After', async () => {
    const phone = freshPhone();
    for (let i = 0; i < 3; i++) expect((await auth.post('/auth/otp/request', { phone })).status).toBe(202);
    const limited = await auth.post('/auth/otp/request', { phone });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.body).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });

    const ip = randomIp();
    const statuses = [];
    for (let i = 0; i < 21; i++)
      statuses.push((await auth.post('/auth/otp/request', { phone: freshPhone() }, { ip })).status);
    expect(statuses.slice(0, 20).every((s) => s === 202)).toBe(true);
    expect(statuses[20]).toBe(429);
  });

  it('limits guesses per number across fresh codes, so requesting new codes does not reopen brute force', async () => {
    const phone = freshPhone();
    const statuses: number[] = [];
    for (let round = 0; round < 3; round++) {
      await auth.post('/auth/otp/request', { phone });
      for (let i = 0; i < 4; i++)
        statuses.push((await auth.post('/auth/otp/verify', { phone, code: '000000' })).status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});
