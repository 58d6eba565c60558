import { constants, privateDecrypt, publicEncrypt } from 'node:crypto';
import { NagadCrypto } from './nagad-crypto';
import { NagadKeyPair } from './nagad-key-pair';

describe('NagadCrypto', () => {
  let nagad: NagadKeyPair;
  let merchant: NagadKeyPair;

  beforeAll(async () => {
    [nagad, merchant] = await Promise.all([NagadKeyPair.generate(), NagadKeyPair.generate()]);
  });

  const plaintext = JSON.stringify({
    merchantId: '683002007104225',
    datetime: '20251209161243',
    orderId: 'GETIT10001',
    challenge: 'a1b2c3d4e5f6a7b8c9d0',
  });

  it('decrypts what was encrypted for the public key, with keys given as bare base64', () => {
    const sealed = NagadCrypto.encrypt(plaintext, nagad.publicKeyBase64);
    expect(NagadCrypto.decrypt(sealed, nagad.privateKeyBase64)).toBe(plaintext);
  });

  it('produces PKCS#1 v1.5 ciphertext that a standard RSA implementation reads', () => {
    const sealed = NagadCrypto.encrypt(plaintext, nagad.publicKeyPem);
    const raw = privateDecrypt(
      { key: nagad.privateKey, padding: constants.RSA_NO_PADDING },
      Buffer.from(sealed, 'base64'),
    );
    expect(raw[0]).toBe(0x00);
    expect(raw[1]).toBe(0x02);
    expect(raw.subarray(raw.indexOf(0x00, 2) + 1).toString('utf8')).toBe(plaintext);
  });

  it('decrypts ciphertext from node:crypto publicEncrypt with PKCS#1 padding', () => {
    const sealed = publicEncrypt(
      { key: nagad.publicKey, padding: constants.RSA_PKCS1_PADDING },
      Buffer.from(plaintext),
    ).toString('base64');
    expect(NagadCrypto.decrypt(sealed, nagad.privateKeyPem)).toBe(plaintext);
  });

  it('refuses ciphertext for another key or that is not RSA blocks', () => {
    const sealed = NagadCrypto.encrypt(plaintext, merchant.publicKey);
    expect(() => NagadCrypto.decrypt(sealed, nagad.privateKey)).toThrow();
    expect(() => NagadCrypto.decrypt(Buffer.from('hello').toString('base64'), nagad.privateKey)).toThrow();
  });

  it('verifies a SHA-256 signature over the exact JSON string and rejects any change', () => {
    const signature = NagadCrypto.sign(plaintext, merchant.privateKeyBase64);
    expect(NagadCrypto.verify(plaintext, signature, merchant.publicKeyBase64)).toBe(true);
    expect(
      NagadCrypto.verify(plaintext.replace('GETIT10001', 'GETIT10002'), signature, merchant.publicKey),
    ).toBe(false);
    expect(NagadCrypto.verify(plaintext, signature, nagad.publicKey)).toBe(false);
    expect(NagadCrypto.verify(plaintext, 'not-base64-signature', merchant.publicKey)).toBe(false);
    expect(NagadCrypto.verify(plaintext, signature, merchant.publicKey, 'sha1')).toBe(false);
  });

  it('round-trips keys through PEM armour', () => {
    const armoured = NagadCrypto.armour(merchant.publicKeyBase64, 'PUBLIC KEY');
    expect(armoured).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    expect(NagadCrypto.bare(NagadCrypto.publicKey(armoured))).toBe(merchant.publicKeyBase64);
    expect(NagadKeyPair.fromPrivateKey(merchant.privateKeyBase64).publicKeyBase64).toBe(
      merchant.publicKeyBase64,
    );
  });
});
