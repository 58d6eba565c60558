import { hotp, matchTotp, newTotpSecret, otpauthUrl, totpStep } from './totp';

// RFC 6238 appendix B: the SHA-1 seed is ASCII "12345678901234567890"; the RFC prints 8 digits, whose last 6
// are the 6-digit code.
const SEED = Buffer.from('12345678901234567890');
const RFC_VECTORS: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP (RFC 6238, SHA-1, 30 s, 6 digits)', () => {
  it.each(RFC_VECTORS)('matches the RFC test vector at T=%i', (seconds, eightDigits) => {
    expect(hotp(SEED, totpStep(seconds * 1_000), 8)).toBe(eightDigits);
    expect(hotp(SEED, totpStep(seconds * 1_000))).toBe(eightDigits.slice(-6));
  });

  it('accepts the previous, current and next step and nothing further', () => {
    const now = 1_234_567_890_000;
    const step = totpStep(now);
    for (const offset of [-1, 0, 1])
      expect(matchTotp(SEED, hotp(SEED, step + offset), now)).toBe(step + offset);
    for (const offset of [-2, 2]) expect(matchTotp(SEED, hotp(SEED, step + offset), now)).toBeUndefined();
  });

  it('refuses a code from a step already used (replay) and malformed codes', () => {
    const now = 1_234_567_890_000;
    const step = totpStep(now);
    expect(matchTotp(SEED, hotp(SEED, step), now, step)).toBeUndefined();
    expect(matchTotp(SEED, hotp(SEED, step + 1), now, step)).toBe(step + 1);
    expect(matchTotp(SEED, '12345', now)).toBeUndefined();
    expect(matchTotp(SEED, '1234567', now)).toBeUndefined();
  });

  it('builds an otpauth URI with the base32 secret', () => {
    const uri = new URL(otpauthUrl(Buffer.from('foobar'), 'admin@getit.com.bd'));
    expect(`${uri.protocol}//${uri.host}${decodeURIComponent(uri.pathname)}`).toBe(
      'otpauth://totp/GetIt:admin@getit.com.bd',
    );
    expect(Object.fromEntries(uri.searchParams)).toEqual({
      secret: 'MZXW6YTBOI',
      issuer: 'GetIt',
      algorithm: 'SHA1',
      digits: '6',
      period: '30',
    });
  });

  it('makes 160-bit secrets, a new one each time', () => {
    const [a, b] = [newTotpSecret(), newTotpSecret()];
    expect(a).toHaveLength(20);
    expect(a.equals(b)).toBe(false);
  });
});
