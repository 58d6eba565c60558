import { randomBytes, randomUUID } from 'node:crypto';
import { base32Decode } from '../src/domain/base32';
import { hotp, totpStep } from '../src/domain/totp';
import { PasswordHasher } from '../src/infrastructure/crypto/password-hasher';
import { SecretBox } from '../src/infrastructure/crypto/secret-box';
import { AuthHarness, KEY_SECRET } from './auth.harness';

export const ADMIN_PASSWORD = 'ledger-and-lanterns-2026';
const hasher = new PasswordHasher({ N: 2 ** 10, r: 8, p: 1 });

/**
 * The current TOTP code, or the next step's when the current one was used (a login consumes its step). Each
 * account therefore manages about two logins per 30 s: tests log each admin in once and keep the token.
 */
export function totpCode(secret: Buffer, offset = 0): string {
  return hotp(secret, totpStep(Date.now()) + offset);
}

export const secretOf = (base32: string) => base32Decode(base32)!;

/**
 * An admin written straight into auth's database (admins are not self-service; the seeder makes the first).
 * With `totp`, TOTP is on with a fresh secret the test knows. Its password hash uses cheap test parameters,
 * which the service accepts and upgrades at the first login.
 */
export async function createAdmin(
  auth: AuthHarness,
  role: string,
  options: { totp: boolean },
): Promise<{ id: string; email: string; secret?: Buffer }> {
  const id = randomUUID();
  const email = `${role.replace(/\W/g, '-')}.${id.slice(0, 8)}@getit.test`;
  const secret = options.totp ? randomBytes(20) : undefined;
  await auth.query(
    `INSERT INTO users (id, email, password_hash, kind, totp_secret_enc, totp_enabled_at)
     VALUES ($1, $2, $3, 'admin', $4, $5)`,
    [
      id,
      email,
      await hasher.hash(ADMIN_PASSWORD),
      secret ? new SecretBox(KEY_SECRET, 'totp-secrets').seal(secret, id) : null,
      secret ? new Date() : null,
    ],
  );
  await auth.query('INSERT INTO user_roles (user_id, role) VALUES ($1, $2)', [id, role]);
  return { id, email, secret };
}

/** Logs an admin in with password and (when it has one) TOTP; returns the access token. */
export async function adminToken(
  auth: AuthHarness,
  admin: { email: string; secret?: Buffer },
): Promise<string> {
  const login = await auth.post('/auth/login', {
    identifier: admin.email,
    password: ADMIN_PASSWORD,
    ...(admin.secret ? { totp: totpCode(admin.secret) } : {}),
  });
  if (login.status !== 200) throw new Error(`admin login: ${JSON.stringify(login.body)}`);
  return login.body.accessToken;
}

/** A complete, valid vendor application. */
export function vendorApplication(overrides: Record<string, unknown> = {}) {
  const slug = `shop-${randomUUID().slice(0, 8)}`;
  return {
    shopName: 'Sylhet Tea Garden',
    slug,
    businessAddress: {
      line1: 'Lakkatura Tea Estate',
      division: 'Sylhet',
      district: 'Sylhet',
      postcode: '3100',
    },
    tradeLicenceNumber: 'SCC-2024-1187',
    ownerNid: '1990123456789',
    payout: { method: 'bkash', walletNumber: '01712345678' },
    documents: [{ kind: 'trade-licence', url: 'https://docs.example.com.bd/licence.pdf' }],
    ...overrides,
  };
}
