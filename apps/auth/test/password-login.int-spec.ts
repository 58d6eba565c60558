import { AuthHarness, freshPhone, randomIp } from './auth.harness';

jest.setTimeout(90_000);

const PASSWORD = 'monsoon-over-padma-2026';

describe('auth: accounts with a password', () => {
  // The per-address limit is configurable (default 1000 per 15 minutes, for carrier NAT); 50 keeps the test short.
  const auth = new AuthHarness({ RATE_LIMIT_LOGIN_PER_ADDRESS: '50' });
  beforeAll(() => auth.start());
  afterAll(() => auth.stop());

  async function registerByPhone(phone = freshPhone(), password = PASSWORD) {
    await auth.post('/auth/otp/request', { phone });
    return auth.post('/auth/register', {
      phone,
      code: await auth.smsCode(phone),
      password,
      displayName: 'Rahim',
    });
  }

  it('signs up with a phone proved by SMS code, then logs in with the phone in any form', async () => {
    const phone = freshPhone();
    const registered = await registerByPhone(phone);
    expect(registered.status).toBe(201);
    expect(registered.body).toMatchObject({ newUser: true, tokenType: 'Bearer' });
    expect((await auth.verify(registered.body.accessToken))!.amr).toEqual(['pwd', 'otp']);

    const login = await auth.post('/auth/login', { identifier: `+880${phone.slice(1)}`, password: PASSWORD });
    expect(login.status).toBe(200);
    expect(login.body.userId).toBe(registered.body.userId);
    expect(await auth.verify(login.body.accessToken)).toMatchObject({ amr: ['pwd'], roles: ['shopper'] });

    const [row] = await auth.query('SELECT password_hash FROM users WHERE id = $1', [registered.body.userId]);
    expect(row.password_hash).toMatch(/^\$scrypt\$ln=15,r=8,p=1\$/);
    expect(row.password_hash).not.toContain(PASSWORD);
  });

  it('signs up with an email alone (unverified) and logs in case-insensitively', async () => {
    const email = `Nusrat.${Date.now()}@Example.com`;
    const registered = await auth.post('/auth/register', { email, password: PASSWORD });
    expect(registered.status).toBe(201);
    const login = await auth.post('/auth/login', { identifier: email.toLowerCase(), password: PASSWORD });
    expect(login.body.userId).toBe(registered.body.userId);
    const duplicate = await auth.post('/auth/register', { email: email.toUpperCase(), password: PASSWORD });
    expect(duplicate.status).toBe(409);
  });

  it('needs the SMS code to register a phone, so nobody can claim someone else’s number', async () => {
    const phone = freshPhone();
    const withoutCode = await auth.post('/auth/register', { phone, password: PASSWORD });
    expect(withoutCode.body.errors).toEqual([{ field: 'code', reason: 'is required with a phone' }]);
    await auth.post('/auth/otp/request', { phone });
    const wrongCode = await auth.post('/auth/register', { phone, code: '000000', password: PASSWORD });
    expect(wrongCode.status).toBe(400);
    expect(wrongCode.body.errors).toEqual([{ field: 'code', reason: 'is wrong or has expired' }]);
  });

  it.each([
    ['too short', 'short-pw', 'must be at least 10 characters'],
    ['only digits', '12345678901234', 'must not be only digits'],
    ['too common', 'Password123', 'is too common; choose another'],
    ['one character', 'zzzzzzzzzzzz', 'must use at least 4 different characters'],
  ])('refuses a weak password (%s) with 400 naming the field', async (_why, password, reason) => {
    const response = await auth.post('/auth/register', { email: `weak.${Date.now()}@example.com`, password });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ field: 'password', reason }]);
  });

  it('refuses a malformed email, an oversized name and unknown fields, naming each', async () => {
    const response = await auth.post('/auth/register', {
      email: 'not-an-email',
      password: PASSWORD,
      displayName: 'x'.repeat(101),
      role: 'admin:super-admin',
    });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'displayName',
      'email',
      'role',
    ]);
  });

  it('answers a wrong password and an unknown account alike, and both pay for a hash', async () => {
    const phone = freshPhone();
    await registerByPhone(phone);
    const time = async (identifier: string) => {
      const started = performance.now();
      const response = await auth.post('/auth/login', { identifier, password: 'not-the-password-1' });
      return { response, ms: performance.now() - started };
    };
    const wrong = [];
    const unknown = [];
    for (let i = 0; i < 3; i++) {
      wrong.push(await time(phone));
      unknown.push(await time(freshPhone()));
    }
    for (const { response } of [...wrong, ...unknown]) {
      expect(response.status).toBe(401);
      expect(response.body.detail).toBe('The phone number, email or password is wrong.');
    }
    const median = (xs: { ms: number }[]) => xs.map((x) => x.ms).sort((a, b) => a - b)[1]!;
    // The unknown account also runs scrypt: its median is not a fraction of the wrong password's.
    expect(median(unknown)).toBeGreaterThan(median(wrong) * 0.5);
    expect(median(unknown)).toBeGreaterThan(30);
  });

  it('stops password guessing on one account with 429 and Retry-After, from any address', async () => {
    const phone = freshPhone();
    await registerByPhone(phone);
    const statuses = [];
    for (let i = 0; i < 11; i++) {
      statuses.push(
        (await auth.post('/auth/login', { identifier: phone, password: `guess-number-${i}` })).status,
      );
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    const limited = await auth.post('/auth/login', { identifier: phone, password: PASSWORD });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(800);
  });

  it('counts one account once, whether the guesses name its phone or its email', async () => {
    const phone = freshPhone();
    const email = `both.${Date.now()}@example.com`;
    await auth.post('/auth/otp/request', { phone });
    const code = await auth.smsCode(phone);
    expect((await auth.post('/auth/register', { phone, email, code, password: PASSWORD })).status).toBe(201);
    const statuses = [];
    for (let i = 0; i < 10; i++) {
      const identifier = i % 2 === 0 ? phone : email;
      const ip = randomIp();
      statuses.push((await auth.post('/auth/login', { identifier, password: `guess-${i}` }, { ip })).status);
    }
    const limited = await auth.post(
      '/auth/login',
      { identifier: email, password: PASSWORD },
      { ip: randomIp() },
    );

    expect(statuses).toEqual(Array(10).fill(401));
    expect(limited.status).toBe(429);
  });

  it("clears an account's count when its owner signs in", async () => {
    const phone = freshPhone();
    await registerByPhone(phone);
    const ip = randomIp();
    const login = (password: string) => auth.post('/auth/login', { identifier: phone, password }, { ip });
    for (let i = 0; i < 9; i++) await login(`guess-${i}`);
    expect((await login(PASSWORD)).status).toBe(200);

    const statuses = [];
    for (let i = 0; i < 10; i++) statuses.push((await login(`again-${i}`)).status);
    expect(statuses).toEqual(Array(10).fill(401));
  });

  it('stops one address spraying many accounts, at the configured per-address limit', async () => {
    const ip = randomIp();
    const statuses = [];
    for (let i = 0; i < 51; i++) {
      statuses.push(
        (await auth.post('/auth/login', { identifier: freshPhone(), password: 'whatever-123' }, { ip }))
          .status,
      );
    }
    expect(statuses.filter((s) => s === 429)).toHaveLength(1);
    expect(statuses[50]).toBe(429);
  });

  it('audits failed and successful logins without secrets', async () => {
    const phone = freshPhone();
    const { body } = await registerByPhone(phone);
    await auth.post('/auth/login', { identifier: phone, password: 'wrong-password-1' }, { ip: '10.9.8.7' });
    const rows = await auth.query(
      `SELECT action, outcome, ip, details FROM audit_log WHERE target_id = $1 ORDER BY id`,
      [body.userId],
    );
    expect(rows.map((r) => `${r.action}:${r.outcome}`)).toEqual([
      'auth.register:success',
      'auth.login:failure',
    ]);
    expect(rows[1]).toMatchObject({ ip: '10.9.8.7', details: { reason: 'wrong-password' } });
    expect(JSON.stringify(rows)).not.toContain('wrong-password-1');
  });
});
