import { retainedShares } from '../commission/commission-calculator';
import { IllegalSettlementStepException } from './illegal-settlement-step.exception';
import { vendorPayableAccount } from './ledger-account';
import { createPosting, credit, debit, withoutZeroEntries } from './ledger-posting';
import {
  PackageSettlement,
  SettledPosting,
  commissionTotalsOf,
  heldInEscrowPoisha,
} from './package-settlement';

/**
 * The package was delivered: escrow releases everything it holds for it.
 *   Dr escrow                       held (goods + delivery charge − refunds so far)
 *   Cr vendor_payable:<vendor>      goods − commission − VAT on commission
 *   Cr platform_commission_revenue  commission (frozen at sale)
 *   Cr vat_on_commission_payable    VAT on the commission
 *   Cr delivery_charges             the delivery charge, for the courier
 * Goods refunded before delivery have already taken their pro-rata share of commission and VAT with them.
 */
export function postPackageDelivered(
  settlement: PackageSettlement,
  delivery: { deliveredAt: Date },
): SettledPosting {
  if (settlement.stage !== 'in_escrow')
    throw new IllegalSettlementStepException(settlement.packageId, settlement.stage, 'deliver');
  const shares = retainedShares(commissionTotalsOf(settlement), settlement.refundedGoodsPoisha);
  const deliveryPoisha = settlement.deliveryChargePoisha - settlement.refundedDeliveryPoisha;
  return {
    posting: createPosting({
      id: `package_delivered:${settlement.packageId}`,
      kind: 'package_delivered',
      reference: { orderId: settlement.orderId, packageId: settlement.packageId },
      occurredAt: delivery.deliveredAt,
      entries: withoutZeroEntries([
        debit('escrow', heldInEscrowPoisha(settlement)),
        credit(vendorPayableAccount(settlement.vendorId), shares.vendorPoisha),
        credit('platform_commission_revenue', shares.commissionPoisha),
        credit('vat_on_commission_payable', shares.vatPoisha),
        credit('delivery_charges', deliveryPoisha),
      ]),
    }),
    settlement: { ...settlement, stage: 'delivered', deliveredAt: new Date(delivery.deliveredAt.getTime()) },
  };
}
