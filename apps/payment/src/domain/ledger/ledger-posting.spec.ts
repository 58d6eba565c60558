import { InvalidPostingException } from './invalid-posting.exception';
import { AccountKey } from './ledger-account';
import {
  LedgerEntry,
  PostingInput,
  createPosting,
  credit,
  debit,
  postingTotalPoisha,
  reversalOf,
  withoutZeroEntries,
} from './ledger-posting';
import { PostingConflictException } from './posting-conflict.exception';

const at = new Date('2025-11-21T08:00:00Z');
const capture: PostingInput = {
  id: 'payment_captured:pay-1:pkg-1',
  kind: 'payment_captured',
  reference: { orderId: 'ord-1', packageId: 'pkg-1', paymentId: 'pay-1' },
  occurredAt: at,
  entries: [debit('shopper_payments_clearing', 1_310_00), credit('escrow', 1_310_00)],
};

function problemOf(input: PostingInput): InvalidPostingException {
  try {
    createPosting(input);
  } catch (error) {
    if (error instanceof InvalidPostingException) return error;
    throw error;
  }
  throw new Error('expected an InvalidPostingException');
}

describe('createPosting', () => {
  it('makes a frozen, balanced posting', () => {
    const posting = createPosting(capture);
    expect(posting).toEqual({ ...capture, reverses: null });
    expect(postingTotalPoisha(posting)).toBe(1_310_00);
    expect(
      Object.isFrozen(posting) && Object.isFrozen(posting.entries) && Object.isFrozen(posting.entries[0]),
    ).toBe(true);
    expect(posting.occurredAt).not.toBe(at);
  });

  it('refuses an empty posting', () => {
    const error = problemOf({ ...capture, entries: [] });
    expect(error.problem).toBe('empty');
    expect(error.extensions).toEqual({ problem: 'empty' });
  });

  it('refuses an unbalanced posting and says by how much', () => {
    const error = problemOf({ ...capture, entries: [debit('escrow', 100), credit('bank', 99)] });
    expect(error).toMatchObject({ problem: 'unbalanced', code: 'VALIDATION_FAILED' });
    expect(error.extensions).toEqual({ problem: 'unbalanced', debitPoisha: 100, creditPoisha: 99 });
  });

  it.each([0, -5, 1.5, Number.NaN])('refuses an entry of %p poisha', (amountPoisha) => {
    const error = problemOf({
      ...capture,
      entries: [debit('escrow', amountPoisha), credit('bank', amountPoisha)],
    });
    expect(error.problem).toBe('malformed');
    expect(error.fieldErrors.map((e) => e.field)).toEqual([
      'entries.0.amountPoisha',
      'entries.1.amountPoisha',
    ]);
  });

  it('refuses unknown accounts, a missing reference, a bad date and a blank id all at once', () => {
    const error = problemOf({
      ...capture,
      id: ' ',
      reference: {},
      occurredAt: new Date('nope'),
      entries: [debit('cash' as AccountKey, 1), credit('escrow', 1)],
    });
    expect(error.fieldErrors.map((e) => e.field)).toEqual([
      'id',
      'occurredAt',
      'reference',
      'entries.0.account',
    ]);
  });

  it('only lets reversals name a posting they reverse', () => {
    expect(problemOf({ ...capture, reverses: 'x' }).fieldErrors).toEqual([
      { field: 'reverses', reason: 'is set on reversals and only on reversals' },
    ]);
    expect(problemOf({ ...capture, kind: 'reversal' }).fieldErrors[0]!.field).toBe('reverses');
  });

  it('drops empty reference fields and keeps a fixed field order', () => {
    const posting = createPosting({
      ...capture,
      reference: { paymentId: 'pay-1', refundId: '', orderId: 'ord-1' },
    });
    expect(Object.keys(posting.reference)).toEqual(['orderId', 'paymentId']);
  });
});

describe('withoutZeroEntries', () => {
  it('removes the zero lines a 0% commission would leave', () => {
    const entries: LedgerEntry[] = [
      debit('escrow', 100),
      credit('platform_commission_revenue', 0),
      credit('bank', 100),
    ];
    expect(withoutZeroEntries(entries)).toEqual([debit('escrow', 100), credit('bank', 100)]);
  });
});

describe('reversalOf', () => {
  const original = createPosting(capture);
  const later = new Date('2025-11-22T08:00:00Z');

  it('swaps every side, keeps the reference and names the original', () => {
    expect(reversalOf(original, { occurredAt: later })).toEqual({
      id: 'reversal:payment_captured:pay-1:pkg-1',
      kind: 'reversal',
      reference: original.reference,
      occurredAt: later,
      entries: [credit('shopper_payments_clearing', 1_310_00), debit('escrow', 1_310_00)],
      reverses: original.id,
    });
  });

  it('takes an explicit id, and refuses to reverse a reversal', () => {
    const reversal = reversalOf(original, { occurredAt: later, id: 'fix-42' });
    expect(reversal.id).toBe('fix-42');
    expect(() => reversalOf(reversal, { occurredAt: later })).toThrow(PostingConflictException);
  });
});
