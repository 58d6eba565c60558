import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

export interface ScryptParams {
  /** CPU/memory cost, a power of two; memory used is 128·N·r bytes. */
  N: number;
  r: number;
  p: number;
}

/**
 * N=2^15, r=8, p=1: 32 MiB and about 70 ms per hash on the 2-core development machine (measured with
 * node:crypto, Node 20), inside the 50–100 ms budget for a login. Stored hashes carry their own parameters, so
 * raising these later rehashes each password at its next successful login.
 */
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };

const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
const FORMAT = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

export interface PasswordCheck {
  ok: boolean;
  /** Stored with weaker parameters than today's: store a new hash now that the password is known. */
  needsRehash: boolean;
}

/**
 * scrypt password hashes in a PHC-like string: `$scrypt$ln=15,r=8,p=1$<salt>$<key>` (base64). Passwords are
 * NFKC-normalised first, so the same Bangla or accented text typed on two keyboards hashes the same.
 */
export class PasswordHasher {
  private dummy?: Promise<string>;

  constructor(private readonly params: ScryptParams = DEFAULT_SCRYPT) {}

  async hash(password: string): Promise<string> {
    const salt = randomBytes(SALT_LENGTH);
    const key = await derive(password, salt, this.params);
    const { N, r, p } = this.params;
    return `$scrypt$ln=${Math.log2(N)},r=${r},p=${p}$${b64(salt)}$${b64(key)}`;
  }

  /** Compares in constant time. A malformed stored value costs a full hash too, then fails. */
  async verify(password: string, stored: string | null | undefined): Promise<PasswordCheck> {
    const parsed = stored ? parse(stored) : undefined;
    if (!parsed) {
      await this.burn(password);
      return { ok: false, needsRehash: false };
    }
    const key = await derive(password, parsed.salt, parsed.params);
    const ok = key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
    const { N, r, p } = parsed.params;
    const needsRehash = N < this.params.N || r !== this.params.r || p < this.params.p;
    return { ok, needsRehash: ok && needsRehash };
  }

  /**
   * Spends what a real verification would, for a login whose user does not exist or has no password, so
   * response times do not reveal which accounts exist.
   */
  async burn(password: string): Promise<void> {
    this.dummy ??= this.hash(randomBytes(16).toString('hex'));
    const parsed = parse(await this.dummy)!;
    const key = await derive(password, parsed.salt, parsed.params);
    timingSafeEqual(key, parsed.key);
  }
}

function parse(stored: string): { params: ScryptParams; salt: Buffer; key: Buffer } | undefined {
  const match = FORMAT.exec(stored);
  if (!match) return undefined;
  const [, ln, r, p, salt, key] = match;
  const params = { N: 2 ** Number(ln), r: Number(r), p: Number(p) };
  // Refuse parameters no hash of ours uses: a corrupted row must not make one login cost gigabytes.
  if (Number(ln) < 10 || Number(ln) > 20 || params.r < 1 || params.r > 16 || params.p < 1 || params.p > 4) {
    return undefined;
  }
  return { params, salt: Buffer.from(salt!, 'base64'), key: Buffer.from(key!, 'base64') };
}

/** Unpadded base64, as PHC strings write it. */
const b64 = (bytes: Buffer) => bytes.toString('base64').replace(/=+$/, '');

function derive(password: string, salt: Buffer, { N, r, p }: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(
      password.normalize('NFKC'),
      salt,
      KEY_LENGTH,
      { N, r, p, maxmem: 256 * N * r * p + 1_048_576 },
      (error, key) => (error ? reject(error) : resolve(key)),
    ),
  );
}
