import { sharesOfRefund } from '../commission/commission-calculator';
import { UNASSIGNED_COURIER } from './cod-reconciliation.rules';
import { IllegalSettlementStepException } from './illegal-settlement-step.exception';
import { codReceivableAccount, vendorPayableAccount } from './ledger-account';
import { createPosting, credit, debit, withoutZeroEntries } from './ledger-posting';
import {
  PackageSettlement,
  SettledPosting,
  commissionTotalsOf,
  heldInEscrowPoisha,
} from './package-settlement';

/**
 * A partially delivered cash-on-delivery parcel is back with its vendor: the cash the courier never collected
 * (`uncollectedPoisha`, booked against `cod_receivable:unassigned` when the package's total went into escrow) is
 * not owed by anyone, so the receivable is reversed and the sale shrinks by it, goods first, the delivery charge
 * last (as a refund before delivery splits):
 * - before the delivery was posted: Dr escrow, Cr cod_receivable:unassigned;
 * - after it: the vendor gives back its share of the goods and the platform its pro-rata commission and VAT (the
 *   same cumulative formula as a refund after delivery), the courier's pass-through charge comes off
 *   delivery_charges: Dr vendor_payable:<v>, Dr platform_commission_revenue, Dr vat_on_commission_payable,
 *   Dr delivery_charges, Cr cod_receivable:unassigned.
 * The settlement counts the reversed amounts as refunded, so a later delivery or refund takes them into account.
 */
export function postCodUncollectedReversed(
  settlement: PackageSettlement,
  reversal: { uncollectedPoisha: number; occurredAt: Date },
): SettledPosting {
  const step = 'reverse the uncollected cash of';
  const { uncollectedPoisha } = reversal;
  if (
    settlement.paymentMethod !== 'cod' ||
    (settlement.stage !== 'in_escrow' && settlement.stage !== 'delivered')
  )
    throw new IllegalSettlementStepException(settlement.packageId, settlement.stage, step);
  const goodsLeft = settlement.goodsPoisha - settlement.refundedGoodsPoisha;
  const deliveryLeft = settlement.deliveryChargePoisha - settlement.refundedDeliveryPoisha;
  if (
    !Number.isInteger(uncollectedPoisha) ||
    uncollectedPoisha <= 0 ||
    uncollectedPoisha > goodsLeft + deliveryLeft
  )
    throw new IllegalSettlementStepException(
      settlement.packageId,
      settlement.stage,
      step,
      `${uncollectedPoisha} poisha is not between 1 and the ${goodsLeft + deliveryLeft} still on the sale`,
    );
  const goodsPoisha = Math.min(uncollectedPoisha, goodsLeft);
  const deliveryPoisha = uncollectedPoisha - goodsPoisha;
  const reversed: PackageSettlement = {
    ...settlement,
    refundedGoodsPoisha: settlement.refundedGoodsPoisha + goodsPoisha,
    refundedDeliveryPoisha: settlement.refundedDeliveryPoisha + deliveryPoisha,
  };
  const base = {
    id: `cod_uncollected_reversed:${settlement.packageId}`,
    kind: 'cod_uncollected_reversed' as const,
    reference: { orderId: settlement.orderId, packageId: settlement.packageId },
    occurredAt: reversal.occurredAt,
  };
  const receivable = credit(codReceivableAccount(UNASSIGNED_COURIER), uncollectedPoisha);
  if (settlement.stage === 'in_escrow')
    return {
      posting: createPosting({ ...base, entries: [debit('escrow', uncollectedPoisha), receivable] }),
      settlement: { ...reversed, stage: heldInEscrowPoisha(reversed) === 0 ? 'refunded' : 'in_escrow' },
    };
  const shares = sharesOfRefund(commissionTotalsOf(settlement), settlement.refundedGoodsPoisha, goodsPoisha);
  return {
    posting: createPosting({
      ...base,
      entries: withoutZeroEntries([
        debit(vendorPayableAccount(settlement.vendorId), shares.vendorPoisha),
        debit('platform_commission_revenue', shares.commissionPoisha),
        debit('vat_on_commission_payable', shares.vatPoisha),
        debit('delivery_charges', deliveryPoisha),
        receivable,
      ]),
    }),
    settlement: reversed,
  };
}
