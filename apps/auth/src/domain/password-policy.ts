export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * Long passwords that still top leaked-password lists (shorter ones fail the length rule anyway), plus the
 * local favourites. Compared case-insensitively.
 */
const COMMON_PASSWORDS = new Set([
  '1234567890',
  '0123456789',
  '12345678910',
  '1q2w3e4r5t',
  'password12',
  'password123',
  'password1234',
  'passw0rd123',
  'qwertyuiop',
  'qwerty1234',
  'qwerty12345',
  'asdfghjkl1',
  'asdfghjkl123',
  'zxcvbnm123',
  'iloveyou12',
  'iloveyou123',
  'abcdefghij',
  'abc1234567',
  'abcd123456',
  'football123',
  'letmein123',
  'welcome123',
  'admin12345',
  'administrator',
  'changeme123',
  'bangladesh',
  'bangladesh1',
  'bangladesh123',
  'bangladesh71',
  'dhaka12345',
  'joybangla71',
  'getit12345',
  'getitmarketplace',
]);

/**
 * Why a password is refused, or undefined when it is acceptable: NIST SP 800-63B's advice of length plus a
 * blocklist, rather than composition rules. `identifiers` (phone, email) must not be the password either.
 */
export function passwordProblem(password: string, identifiers: readonly string[] = []): string | undefined {
  if (password.length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  if (/^\d+$/.test(password)) return 'must not be only digits';
  if (new Set(password).size < 4) return 'must use at least 4 different characters';
  const lowered = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lowered)) return 'is too common; choose another';
  const digits = lowered.replace(/\D/g, '');
  for (const identifier of identifiers) {
    const id = identifier.toLowerCase();
    const name = id.split('@')[0] ?? id;
    if (lowered === id || (name.length >= 4 && lowered.includes(name)))
      return 'must not contain your phone or email';
    const idDigits = id.replace(/\D/g, '').slice(-10);
    if (idDigits.length === 10 && digits.includes(idDigits)) return 'must not contain your phone or email';
  }
  return undefined;
}
