import { ValidationException } from '@getit/errors';
import { isPositivePoisha } from '@getit/contracts';
import { PayoutExceedsBalanceException } from '../payout/payout-exceeds-balance.exception';
import { vendorPayableAccount } from './ledger-account';
import { Posting, createPosting, credit, debit } from './ledger-posting';

export interface PayoutInstruction {
  payoutId: string;
  vendorId: string;
  amountPoisha: number;
}

/**
 * A payout to a vendor was sent: Dr vendor_payable:<vendor>, Cr vendor_payouts_clearing. Never more than the
 * vendor's payable balance (`payableBalancePoisha`, its normal balance), so a payout cannot make it negative.
 * A payout the bank bounces is undone with `reversalOf` this posting.
 */
export function postPayoutInitiated(
  payout: PayoutInstruction,
  payableBalancePoisha: number,
  occurredAt: Date,
): Posting {
  assertAmount(payout);
  if (payout.amountPoisha > payableBalancePoisha)
    throw new PayoutExceedsBalanceException(
      payout.vendorId,
      payout.amountPoisha,
      Math.max(payableBalancePoisha, 0),
    );
  return createPosting({
    id: `payout_initiated:${payout.payoutId}`,
    kind: 'payout_initiated',
    reference: { payoutId: payout.payoutId },
    occurredAt,
    entries: [
      debit(vendorPayableAccount(payout.vendorId), payout.amountPoisha),
      credit('vendor_payouts_clearing', payout.amountPoisha),
    ],
  });
}

/** The bank confirmed the transfer: Dr vendor_payouts_clearing, Cr bank. */
export function postPayoutSettled(payout: PayoutInstruction, occurredAt: Date): Posting {
  assertAmount(payout);
  return createPosting({
    id: `payout_settled:${payout.payoutId}`,
    kind: 'payout_settled',
    reference: { payoutId: payout.payoutId },
    occurredAt,
    entries: [debit('vendor_payouts_clearing', payout.amountPoisha), credit('bank', payout.amountPoisha)],
  });
}

function assertAmount(payout: PayoutInstruction): void {
  if (!isPositivePoisha(payout.amountPoisha))
    throw new ValidationException('A payout needs a positive amount.', [
      { field: 'amountPoisha', reason: 'must be a whole number of poisha, at least 1' },
    ]);
}
