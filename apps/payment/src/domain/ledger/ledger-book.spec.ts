import { createPosting, credit, debit, reversalOf } from './ledger-posting';
import { LedgerBook } from './ledger-book';
import { PostingConflictException } from './posting-conflict.exception';

const at = new Date('2025-11-21T08:00:00Z');
const captured = (packageId: string, amount: number) =>
  createPosting({
    id: `payment_captured:pay-1:${packageId}`,
    kind: 'payment_captured',
    reference: { orderId: 'ord-1', packageId, paymentId: 'pay-1' },
    occurredAt: at,
    entries: [debit('shopper_payments_clearing', amount), credit('escrow', amount)],
  });

function conflictOf(act: () => unknown): string {
  try {
    act();
  } catch (error) {
    if (error instanceof PostingConflictException) return error.conflict;
    throw error;
  }
  return 'none';
}

describe('LedgerBook', () => {
  it('keeps debits − credits per account, shows normal balances, and sums to zero', () => {
    const book = new LedgerBook();
    book.post(captured('pkg-1', 1_310_00));
    book.post(captured('pkg-2', 500_00));
    expect(book.balanceOf('escrow')).toBe(-1_810_00);
    expect(book.normalBalanceOf('escrow')).toBe(1_810_00);
    expect(book.normalBalanceOf('shopper_payments_clearing')).toBe(1_810_00);
    expect(book.balanceOf('bank')).toBe(0);
    expect([...book.accountBalances().values()].reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('follows escrow per package through the posting reference', () => {
    const book = new LedgerBook();
    book.post(captured('pkg-1', 1_310_00));
    book.post(captured('pkg-2', 500_00));
    expect(book.packageBalanceOf('escrow', 'pkg-1')).toBe(1_310_00);
    expect(book.packageBalanceOf('escrow', 'pkg-2')).toBe(500_00);
    expect(book.entriesOf('escrow').map(({ posting }) => posting.reference.packageId)).toEqual([
      'pkg-1',
      'pkg-2',
    ]);
  });

  it('answers a retried posting without applying it twice; refuses the same id with other content', () => {
    const book = new LedgerBook();
    expect(book.post(captured('pkg-1', 1_310_00))).toBe(true);
    expect(book.post(captured('pkg-1', 1_310_00))).toBe(false);
    expect(book.normalBalanceOf('escrow')).toBe(1_310_00);
    expect(() => book.post(captured('pkg-1', 1_000_00))).toThrow(PostingConflictException);
    expect(book.postings).toHaveLength(1);
  });

  it('corrects by reversal, once, and only what it holds', () => {
    const book = new LedgerBook();
    const original = captured('pkg-1', 1_310_00);
    const reversal = reversalOf(original, { occurredAt: at });
    expect(conflictOf(() => book.post(reversal))).toBe('unknown_original');
    book.post(original);
    book.post(reversal);
    expect(book.normalBalanceOf('escrow')).toBe(0);
    expect(book.isReversed(original.id)).toBe(true);
    expect(conflictOf(() => book.post(reversalOf(original, { occurredAt: at, id: 'second-try' })))).toBe(
      'already_reversed',
    );
    expect(book.postings.map((p) => p.id)).toEqual([original.id, reversal.id]);
  });
});
