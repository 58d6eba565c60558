import { ValidationException } from '@getit/errors';
import { isPositivePoisha } from '@getit/contracts';
import { codReceivableAccount } from './ledger-account';
import { Posting, createPosting, credit, debit } from './ledger-posting';

/** Until the courier integration says who carried a cash-on-delivery package, its cash sits with this one. */
export const UNASSIGNED_COURIER = 'unassigned';

/**
 * The shipping service said which courier delivered a cash-on-delivery package and how much it collected: that
 * courier now owes exactly that. The cash was booked at delivery against `cod_receivable:unassigned` for the
 * package's total; this moves what was collected onto the courier (Dr cod_receivable:<courier>,
 * Cr cod_receivable:unassigned). A partial delivery moves less: the rest stays unassigned and is queued for finance
 * until the return reverses it. Kind `cod_collected`: it is still the collection, now with its courier named.
 */
export function postCodAssigned(assignment: {
  orderId: string;
  packageId: string;
  courier: string;
  collectedPoisha: number;
  occurredAt: Date;
}): Posting {
  if (!isPositivePoisha(assignment.collectedPoisha))
    throw new ValidationException('Only collected cash is assigned to a courier.', [
      { field: 'collectedPoisha', reason: 'must be a positive whole number of poisha' },
    ]);
  if (assignment.courier === UNASSIGNED_COURIER)
    throw new ValidationException('Cash is assigned to a named courier.', [
      { field: 'courier', reason: 'must name a courier' },
    ]);
  return createPosting({
    id: `cod_assigned:${assignment.packageId}`,
    kind: 'cod_collected',
    reference: { orderId: assignment.orderId, packageId: assignment.packageId },
    occurredAt: assignment.occurredAt,
    entries: [
      debit(codReceivableAccount(assignment.courier), assignment.collectedPoisha),
      credit(codReceivableAccount(UNASSIGNED_COURIER), assignment.collectedPoisha),
    ],
  });
}

/** What the courier said about one consignment of a remittance. */
export interface RemittanceLine {
  consignmentId: string;
  remittedPoisha: number;
  deliveryFeePoisha: number;
  codChargePoisha: number;
}

/** What we expect of a consignment: the cash collected at delivery, and whether it was already settled. */
export interface ExpectedConsignment {
  collectedPoisha: number;
  settledBy: string | null;
}

export type RemittanceVerdict = 'matched' | 'short' | 'missing' | 'over' | 'unknown' | 'duplicate';

export interface LineReconciliation {
  verdict: RemittanceVerdict;
  expectedPoisha: number;
  /** What the courier accounts for: cash remitted + the fees it kept. */
  settledPoisha: number;
  /** expected − settled: positive when the courier owes more, negative when it paid more. */
  differencePoisha: number;
  /** The gross to post with `postCodRemitted` (0: post nothing) and the fee within it. */
  postGrossPoisha: number;
  postFeePoisha: number;
}

/**
 * One consignment of a remittance against what we expect:
 * - matched: remitted + fees = collected → settle it all and book the fees;
 * - short: less → settle what came (bank + fees) and queue the difference (the receivable keeps it);
 * - missing: nothing came for a consignment the courier listed → queue it all;
 * - over: more than collected → queue it, post nothing (finance decides);
 * - unknown: no delivery of that consignment on record → queue, post nothing;
 * - duplicate: already settled by another remittance → queue, post nothing.
 */
export function reconcileRemittanceLine(
  expected: ExpectedConsignment | null,
  line: RemittanceLine,
): LineReconciliation {
  const fee = line.deliveryFeePoisha + line.codChargePoisha;
  const settled = line.remittedPoisha + fee;
  const none = { postGrossPoisha: 0, postFeePoisha: 0 };
  if (!expected)
    return {
      verdict: 'unknown',
      expectedPoisha: 0,
      settledPoisha: settled,
      differencePoisha: -settled,
      ...none,
    };
  const base = {
    expectedPoisha: expected.collectedPoisha,
    settledPoisha: settled,
    differencePoisha: expected.collectedPoisha - settled,
  };
  if (expected.settledBy) return { verdict: 'duplicate', ...base, ...none };
  if (settled === expected.collectedPoisha)
    return { verdict: 'matched', ...base, postGrossPoisha: settled, postFeePoisha: fee };
  if (settled > expected.collectedPoisha) return { verdict: 'over', ...base, ...none };
  if (settled === 0) return { verdict: 'missing', ...base, ...none };
  return { verdict: 'short', ...base, postGrossPoisha: settled, postFeePoisha: fee };
}
