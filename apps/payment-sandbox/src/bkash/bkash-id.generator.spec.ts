import { BkashIdGenerator } from './bkash-id.generator';

describe('bKash identifiers', () => {
  it('makes paymentIDs of TR0011, seven alphanumerics and the 13-digit epoch milliseconds', () => {
    const id = BkashIdGenerator.paymentId(1_765_276_963_828);
    expect(id).toMatch(/^TR0011[A-Z0-9]{7}1765276963828$/);
    expect(BkashIdGenerator.paymentId(1_765_276_963_828)).not.toBe(id);
  });

  it('makes trxIDs of ten uppercase alphanumerics', () => {
    for (let i = 0; i < 20; i += 1) expect(BkashIdGenerator.trxId()).toMatch(/^[A-Z0-9]{10}$/);
  });
});
