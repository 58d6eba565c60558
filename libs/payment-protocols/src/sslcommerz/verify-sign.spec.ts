import { createHash } from 'node:crypto';
import { computeVerifySign, isVerifySignGenuine } from './verify-sign';

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

describe('SSLCommerz verify_sign', () => {
  const storePassword = 'qwerty';
  const posted = {
    status: 'VALID',
    tran_id: 'ORD-1001',
    val_id: '2512091612431abcDEF123456',
    amount: '1150.00',
    store_id: 'testbox',
    value_a: 'not signed',
  };
  const verifyKey = 'tran_id,val_id,amount,status,store_id';

  it('hashes the sorted raw k=v pairs of the verify_key fields plus md5(store password)', () => {
    const expected = md5(
      `amount=1150.00&status=VALID&store_id=testbox&store_passwd=${md5(storePassword)}` +
        `&tran_id=ORD-1001&val_id=2512091612431abcDEF123456`,
    );
    expect(computeVerifySign(posted, verifyKey, storePassword)).toBe(expected);
  });

  it('accepts the fields it signed and ignores fields outside verify_key', () => {
    const verifySign = computeVerifySign(posted, verifyKey, storePassword);
    const fields = { ...posted, verify_key: verifyKey, verify_sign: verifySign, value_a: 'changed' };
    expect(isVerifySignGenuine(fields, storePassword)).toBe(true);
  });

  it('rejects a tampered amount, a wrong store password and a missing signature', () => {
    const verifySign = computeVerifySign(posted, verifyKey, storePassword);
    const genuine = { ...posted, verify_key: verifyKey, verify_sign: verifySign };
    expect(isVerifySignGenuine({ ...genuine, amount: '11500.00' }, storePassword)).toBe(false);
    expect(isVerifySignGenuine(genuine, 'not-the-password')).toBe(false);
    expect(isVerifySignGenuine({ ...genuine, verify_sign: undefined }, storePassword)).toBe(false);
    expect(isVerifySignGenuine({ ...genuine, verify_key: '' }, storePassword)).toBe(false);
  });

  it('does not URL-encode values', () => {
    const fields = { cus_name: 'Rahim & Sons', amount: '10.00' };
    const expected = md5(`amount=10.00&cus_name=Rahim & Sons&store_passwd=${md5(storePassword)}`);
    expect(computeVerifySign(fields, 'cus_name,amount', storePassword)).toBe(expected);
  });

  it('gives a SHA-256 variant of the same string for verify_sign_sha2', () => {
    const sha = computeVerifySign(posted, verifyKey, storePassword, 'sha256');
    expect(sha).toMatch(/^[0-9a-f]{64}$/);
    expect(sha).not.toBe(computeVerifySign(posted, verifyKey, storePassword));
  });
});
