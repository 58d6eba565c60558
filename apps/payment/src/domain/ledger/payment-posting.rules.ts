import { ValidationException } from '@getit/errors';
import { isPoisha, isPositivePoisha } from '@getit/contracts';
import { IllegalSettlementStepException } from './illegal-settlement-step.exception';
import { Posting, createPosting, credit, debit, withoutZeroEntries } from './ledger-posting';
import { PackageSettlement, packageTotalPoisha } from './package-settlement';

/**
 * An online payment was captured for an order: each package's goods and delivery charge go from the provider
 * clearing account into escrow, one posting per package (Dr shopper_payments_clearing, Cr escrow), so escrow can
 * be followed per package. The capture must equal the packages' totals exactly.
 */
export function postPaymentCaptured(
  settlements: readonly PackageSettlement[],
  capture: { paymentId: string; capturedPoisha: number; occurredAt: Date },
): { postings: Posting[]; settlements: PackageSettlement[] } {
  if (settlements.length === 0)
    throw new ValidationException('A capture needs the packages it pays for.', [
      { field: 'settlements', reason: 'must not be empty' },
    ]);
  for (const s of settlements) {
    if (s.orderId !== settlements[0]!.orderId)
      throw new IllegalSettlementStepException(
        s.packageId,
        s.stage,
        'capture',
        'it belongs to another order',
      );
    if (s.stage !== 'awaiting_funds' || s.paymentMethod === 'cod')
      throw new IllegalSettlementStepException(
        s.packageId,
        s.stage,
        'capture',
        s.paymentMethod === 'cod' ? 'cash on delivery is collected by the courier' : undefined,
      );
  }
  const expected = settlements.reduce((sum, s) => sum + packageTotalPoisha(s), 0);
  if (capture.capturedPoisha !== expected)
    throw new IllegalSettlementStepException(
      settlements.map((s) => s.packageId).join(','),
      'awaiting_funds',
      'capture',
      `${capture.capturedPoisha} poisha were captured but the packages total ${expected}`,
    );
  return {
    postings: settlements.map((s) =>
      createPosting({
        id: `payment_captured:${capture.paymentId}:${s.packageId}`,
        kind: 'payment_captured',
        reference: { orderId: s.orderId, packageId: s.packageId, paymentId: capture.paymentId },
        occurredAt: capture.occurredAt,
        entries: [
          debit('shopper_payments_clearing', packageTotalPoisha(s)),
          credit('escrow', packageTotalPoisha(s)),
        ],
      }),
    ),
    settlements: settlements.map((s) => ({ ...s, stage: 'in_escrow', fundedPoisha: packageTotalPoisha(s) })),
  };
}

/**
 * A provider paid its collected balance into the bank, keeping its fee:
 * Dr bank (gross − fee), Dr provider_fees (fee), Cr shopper_payments_clearing (gross).
 */
export function postProviderSettled(input: {
  settlementId: string;
  grossPoisha: number;
  feePoisha: number;
  occurredAt: Date;
}): Posting {
  if (
    !isPositivePoisha(input.grossPoisha) ||
    !isPoisha(input.feePoisha) ||
    input.feePoisha > input.grossPoisha
  )
    throw new ValidationException('A provider settlement needs a positive gross and a fee no larger.', [
      { field: 'feePoisha', reason: 'must be whole poisha from 0 to the gross amount' },
    ]);
  return createPosting({
    id: `provider_settled:${input.settlementId}`,
    kind: 'provider_settled',
    reference: { settlementId: input.settlementId },
    occurredAt: input.occurredAt,
    entries: withoutZeroEntries([
      debit('bank', input.grossPoisha - input.feePoisha),
      debit('provider_fees', input.feePoisha),
      credit('shopper_payments_clearing', input.grossPoisha),
    ]),
  });
}
