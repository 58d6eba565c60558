import { FieldError, ValidationException } from '@getit/errors';
import { isPoisha } from '@getit/contracts';
import { parseAccountKey } from '../ledger/ledger-account';
import { Posting } from '../ledger/ledger-posting';

/** "A marketplace pays the seller within 10 days of delivery unless the contract says otherwise." */
export const MAX_PAYOUT_DELAY_DAYS = 10;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface PayoutPolicy {
  /** Days a delivery's money waits before it may be paid out (the return window), 0–10. */
  delayDays: number;
  /** Smaller due amounts wait for the next run (bank transfer costs); agreed in the vendor contract. */
  minimumPayoutPoisha: number;
}

export const DEFAULT_PAYOUT_POLICY: PayoutPolicy = { delayDays: 7, minimumPayoutPoisha: 500_00 };

/** One delivered package's credit to its vendor's payable, with the delivery time that starts its wait. */
export interface VendorPayableCredit {
  vendorId: string;
  packageId: string;
  deliveredAt: Date;
  netPoisha: number;
}

export interface DuePayout {
  vendorId: string;
  amountPoisha: number;
  payableBalancePoisha: number;
  /** Credits from deliveries still inside the waiting period, left in the balance. */
  notYetDuePoisha: number;
}

export interface CarriedOverPayout {
  vendorId: string;
  payableBalancePoisha: number;
  duePoisha: number;
  reason: 'nothing_due' | 'below_minimum';
}

export function createPayoutPolicy(input: Partial<PayoutPolicy> = {}): PayoutPolicy {
  const policy = { ...DEFAULT_PAYOUT_POLICY, ...input };
  const problems: FieldError[] = [];
  if (!Number.isInteger(policy.delayDays) || policy.delayDays < 0 || policy.delayDays > MAX_PAYOUT_DELAY_DAYS)
    problems.push({
      field: 'delayDays',
      reason: `must be whole days from 0 to ${MAX_PAYOUT_DELAY_DAYS} (vendors are paid within 10 days of delivery)`,
    });
  if (!isPoisha(policy.minimumPayoutPoisha))
    problems.push({ field: 'minimumPayoutPoisha', reason: 'must be whole poisha, at least 0' });
  if (problems.length > 0) throw new ValidationException('The payout policy is invalid.', problems);
  return policy;
}

/**
 * Which vendors to pay in a run, one payout per vendor (sorted by vendor id). A vendor's due amount is its payable
 * balance minus what deliveries younger than `delayDays` credited (those stay for the return window), never more
 * than the balance and never below zero; below the minimum it waits for the next run. A balance made negative by
 * refunds after a payout pays nothing until later deliveries cover it.
 */
export function duePayouts(
  policy: PayoutPolicy,
  run: {
    asOf: Date;
    payableBalances: ReadonlyMap<string, number>;
    recentCredits: readonly VendorPayableCredit[];
  },
): { payouts: DuePayout[]; carriedOver: CarriedOverPayout[] } {
  const dueBefore = run.asOf.getTime() - policy.delayDays * DAY_MS;
  const waiting = new Map<string, number>();
  for (const credit of run.recentCredits)
    if (credit.deliveredAt.getTime() > dueBefore)
      waiting.set(credit.vendorId, (waiting.get(credit.vendorId) ?? 0) + credit.netPoisha);

  const payouts: DuePayout[] = [];
  const carriedOver: CarriedOverPayout[] = [];
  for (const vendorId of [...run.payableBalances.keys()].sort()) {
    const payableBalancePoisha = run.payableBalances.get(vendorId)!;
    const notYetDuePoisha = waiting.get(vendorId) ?? 0;
    const duePoisha = Math.max(0, payableBalancePoisha - notYetDuePoisha);
    if (duePoisha === 0)
      carriedOver.push({ vendorId, payableBalancePoisha, duePoisha, reason: 'nothing_due' });
    else if (duePoisha < policy.minimumPayoutPoisha)
      carriedOver.push({ vendorId, payableBalancePoisha, duePoisha, reason: 'below_minimum' });
    else payouts.push({ vendorId, amountPoisha: duePoisha, payableBalancePoisha, notYetDuePoisha });
  }
  return { payouts, carriedOver };
}

/** The vendor credits of the delivery postings in `postings` delivered after `since`, skipping reversed ones. */
export function deliveryCreditsOf(postings: readonly Posting[], since: Date): VendorPayableCredit[] {
  const reversed = new Set(postings.flatMap((p) => (p.reverses ? [p.reverses] : [])));
  return postings.flatMap((posting) => {
    if (
      posting.kind !== 'package_delivered' ||
      reversed.has(posting.id) ||
      posting.occurredAt.getTime() <= since.getTime()
    )
      return [];
    return posting.entries.flatMap((entry) => {
      const account = parseAccountKey(entry.account);
      return account?.kind === 'vendor_payable' && entry.side === 'credit'
        ? [
            {
              vendorId: account.qualifier!,
              packageId: posting.reference.packageId ?? posting.id,
              deliveredAt: posting.occurredAt,
              netPoisha: entry.amountPoisha,
            },
          ]
        : [];
    });
  });
}
