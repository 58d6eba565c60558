import { SecretBox } from './secret-box';

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';

describe('SecretBox (AES-256-GCM)', () => {
  const box = new SecretBox(SECRET, 'signing-keys');

  it('opens what it sealed, and never seals the same way twice', () => {
    const sealed = box.seal(Buffer.from('private key'), 'kid-1');
    expect(box.open(sealed, 'kid-1').toString()).toBe('private key');
    expect(box.seal(Buffer.from('private key'), 'kid-1')).not.toBe(sealed);
    expect(sealed).not.toContain(Buffer.from('private key').toString('base64url'));
  });

  it('refuses a tampered ciphertext, another context, another purpose and another secret', () => {
    const sealed = box.seal(Buffer.from('private key'), 'kid-1');
    const [v, iv, ct, tag] = sealed.split('.');
    const flipped = Buffer.from(ct!, 'base64url');
    flipped[0]! ^= 1;
    expect(() => box.open([v, iv, flipped.toString('base64url'), tag].join('.'), 'kid-1')).toThrow();
    expect(() => box.open(sealed, 'kid-2')).toThrow();
    expect(() => new SecretBox(SECRET, 'totp').open(sealed, 'kid-1')).toThrow();
    expect(() => new SecretBox(`${SECRET}!`, 'signing-keys').open(sealed, 'kid-1')).toThrow();
    expect(() => box.open('garbage', 'kid-1')).toThrow('not a sealed secret');
  });
});
