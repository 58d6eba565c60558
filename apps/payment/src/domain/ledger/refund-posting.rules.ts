import { sharesOfRefund } from '../commission/commission-calculator';
import { RefundPlan, splitRefund } from '../refund/refund-policy';
import { IllegalSettlementStepException } from './illegal-settlement-step.exception';
import { vendorPayableAccount } from './ledger-account';
import { Posting, createPosting, credit, debit, withoutZeroEntries } from './ledger-posting';
import {
  PackageSettlement,
  SettledPosting,
  commissionTotalsOf,
  heldInEscrowPoisha,
} from './package-settlement';

/**
 * A planned refund (see `planRefund`) becomes owed to the shopper.
 * Before delivery the money is still in escrow:  Dr escrow, Cr refunds_payable.
 * After delivery it comes back from the vendor, with the platform returning its pro-rata commission and VAT:
 *   Dr vendor_payable:<vendor> (vendor share), Dr platform_commission_revenue, Dr vat_on_commission_payable,
 *   Cr refunds_payable (the refund).
 * Throws RefundExceedsCaptureException above the refundable amount and IllegalSettlementStepException when the
 * package's stage changed since the plan was made.
 */
export function postRefund(
  settlement: PackageSettlement,
  plan: RefundPlan,
  occurredAt: Date,
): SettledPosting {
  const timing = settlement.stage === 'delivered' ? 'after_delivery' : 'before_delivery';
  if (plan.packageId !== settlement.packageId || plan.timing !== timing)
    throw new IllegalSettlementStepException(
      settlement.packageId,
      settlement.stage,
      'refund',
      plan.packageId !== settlement.packageId ? `the plan is for ${plan.packageId}` : 'plan the refund again',
    );
  const split = splitRefund(settlement, plan.amountPoisha);
  const reference = { orderId: settlement.orderId, packageId: settlement.packageId, refundId: plan.refundId };
  const id = `refund:${plan.refundId}`;
  const refunded: PackageSettlement = {
    ...settlement,
    refundedGoodsPoisha: settlement.refundedGoodsPoisha + split.goodsPoisha,
    refundedDeliveryPoisha: settlement.refundedDeliveryPoisha + split.deliveryPoisha,
  };

  if (timing === 'before_delivery')
    return {
      posting: createPosting({
        id,
        kind: 'refund_before_delivery',
        reference,
        occurredAt,
        entries: [debit('escrow', plan.amountPoisha), credit('refunds_payable', plan.amountPoisha)],
      }),
      settlement: { ...refunded, stage: heldInEscrowPoisha(refunded) === 0 ? 'refunded' : 'in_escrow' },
    };

  const shares = sharesOfRefund(
    commissionTotalsOf(settlement),
    settlement.refundedGoodsPoisha,
    plan.amountPoisha,
  );
  return {
    posting: createPosting({
      id,
      kind: 'refund_after_delivery',
      reference,
      occurredAt,
      entries: withoutZeroEntries([
        debit(vendorPayableAccount(settlement.vendorId), shares.vendorPoisha),
        debit('platform_commission_revenue', shares.commissionPoisha),
        debit('vat_on_commission_payable', shares.vatPoisha),
        credit('refunds_payable', plan.amountPoisha),
      ]),
    }),
    settlement: refunded,
  };
}

/**
 * The refund reached the shopper: through the provider (Cr shopper_payments_clearing) or by hand from the bank
 * (Cr bank) for Nagad and cash on delivery. Dr refunds_payable either way.
 */
export function postRefundPaid(plan: RefundPlan, paidAt: Date): Posting {
  return createPosting({
    id: `refund_paid:${plan.refundId}`,
    kind: 'refund_paid',
    reference: { orderId: plan.orderId, packageId: plan.packageId, refundId: plan.refundId },
    occurredAt: paidAt,
    entries: [
      debit('refunds_payable', plan.amountPoisha),
      credit(plan.manual ? 'bank' : 'shopper_payments_clearing', plan.amountPoisha),
    ],
  });
}
