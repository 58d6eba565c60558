import { createHash, timingSafeEqual } from 'node:crypto';

export type SignedFields = Readonly<Record<string, string | undefined>>;
export type VerifySignAlgorithm = 'md5' | 'sha256';

/**
 * SSLCommerz's `verify_sign`: take each field named in the comma-separated `verifyKey`, add
 * `store_passwd` = lowercase hex md5 of the store password, sort the keys ascending, join as raw `k=v`
 * pairs with `&`, and hash the result (md5 hex for `verify_sign`). `verify_sign_sha2` is, in this sandbox,
 * the SHA-256 hex of the same string [U: SSLCommerz does not publish its construction].
 */
export function computeVerifySign(
  fields: SignedFields,
  verifyKey: string,
  storePassword: string,
  algorithm: VerifySignAlgorithm = 'md5',
): string {
  const pairs = new Map<string, string>();
  for (const key of verifyKey.split(',').map((k) => k.trim())) {
    if (key) pairs.set(key, fields[key] ?? '');
  }
  pairs.set('store_passwd', createHash('md5').update(storePassword).digest('hex'));
  const joined = [...pairs.keys()]
    .sort()
    .map((key) => `${key}=${pairs.get(key)}`)
    .join('&');
  return createHash(algorithm).update(joined).digest('hex');
}

/** True when posted IPN / redirect fields carry a `verify_sign` that matches their own `verify_key` fields. */
export function isVerifySignGenuine(fields: SignedFields, storePassword: string): boolean {
  const verifyKey = fields['verify_key'];
  const verifySign = fields['verify_sign'];
  if (!verifyKey || !verifySign) return false;
  const expected = Buffer.from(computeVerifySign(fields, verifyKey, storePassword), 'utf8');
  const given = Buffer.from(verifySign.toLowerCase(), 'utf8');
  return expected.length === given.length && timingSafeEqual(expected, given);
}
