import { ValidationException } from '@getit/errors';
import { PayoutExceedsBalanceException } from '../payout/payout-exceeds-balance.exception';
import { LedgerBook } from './ledger-book';
import { credit, debit, reversalOf } from './ledger-posting';
import { postPayoutInitiated, postPayoutSettled } from './payout-posting.rules';

const at = new Date('2025-12-01T04:00:00Z');
const payout = { payoutId: 'po-1', vendorId: 'v-1', amountPoisha: 1_106_25 };

describe('payout postings', () => {
  it('moves the payable to payouts in transit, then out of the bank', () => {
    expect(postPayoutInitiated(payout, 1_106_25, at)).toMatchObject({
      id: 'payout_initiated:po-1',
      kind: 'payout_initiated',
      reference: { payoutId: 'po-1' },
      entries: [debit('vendor_payable:v-1', 1_106_25), credit('vendor_payouts_clearing', 1_106_25)],
    });
    expect(postPayoutSettled(payout, at).entries).toEqual([
      debit('vendor_payouts_clearing', 1_106_25),
      credit('bank', 1_106_25),
    ]);
  });

  it('never pays more than the payable balance, and says what is payable', () => {
    expect(() => postPayoutInitiated(payout, 1_106_24, at)).toThrow(PayoutExceedsBalanceException);
    expect.assertions(2);
    try {
      postPayoutInitiated(payout, -50_00, at);
    } catch (error) {
      expect((error as PayoutExceedsBalanceException).extensions).toEqual({
        vendorId: 'v-1',
        requestedPoisha: 1_106_25,
        payablePoisha: 0,
      });
    }
  });

  it('refuses a zero payout', () => {
    expect(() => postPayoutInitiated({ ...payout, amountPoisha: 0 }, 100, at)).toThrow(ValidationException);
  });

  it('puts a bounced payout back on the vendor payable by reversal', () => {
    const book = new LedgerBook();
    const initiated = postPayoutInitiated(payout, 1_106_25, at);
    book.post(initiated);
    expect(book.normalBalanceOf('vendor_payouts_clearing')).toBe(1_106_25);
    book.post(reversalOf(initiated, { occurredAt: at }));
    expect(book.normalBalanceOf('vendor_payouts_clearing')).toBe(0);
    expect(book.balanceOf('vendor_payable:v-1')).toBe(0);
  });
});
