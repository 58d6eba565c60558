import { FieldError, ValidationException } from '@getit/errors';
import { CommissionTotals, commissionForLines } from '../commission/commission-calculator';
import { FrozenCommission } from '../commission/commission-rule';
import { PaymentMethod } from '../intent/payment-intent';
import { isPoisha } from '@getit/contracts';
import { Posting } from './ledger-posting';

/** A sold line as the order service froze it: its total and the commission terms in force at sale. */
export interface SaleLine {
  lineId: string;
  totalPoisha: number;
  commission: FrozenCommission;
}

/** One vendor's package of an order, as sold. */
export interface PackageSale {
  orderId: string;
  packageId: string;
  vendorId: string;
  paymentMethod: PaymentMethod;
  lines: readonly SaleLine[];
  deliveryChargePoisha: number;
}

/**
 * awaiting_funds → in_escrow (online capture, or the courier collected the cash) → delivered;
 * in_escrow → refunded once everything held was refunded before delivery.
 */
export const SETTLEMENT_STAGES = ['awaiting_funds', 'in_escrow', 'delivered', 'refunded'] as const;
export type SettlementStage = (typeof SETTLEMENT_STAGES)[number];

/** Where one package's money stands: what the posting rules need to know and what they return updated. */
export interface PackageSettlement {
  readonly orderId: string;
  readonly packageId: string;
  readonly vendorId: string;
  readonly paymentMethod: PaymentMethod;
  readonly goodsPoisha: number;
  readonly deliveryChargePoisha: number;
  /** Commission and VAT on the whole package, from the lines' frozen terms. */
  readonly commissionPoisha: number;
  readonly vatPoisha: number;
  readonly stage: SettlementStage;
  /** Goods + delivery charge once captured or collected; 0 before. Never changes after. */
  readonly fundedPoisha: number;
  readonly refundedGoodsPoisha: number;
  readonly refundedDeliveryPoisha: number;
  readonly deliveredAt: Date | null;
}

export function openPackageSettlement(sale: PackageSale): PackageSettlement {
  assertSale(sale);
  const totals = commissionForLines(sale.lines);
  return {
    orderId: sale.orderId,
    packageId: sale.packageId,
    vendorId: sale.vendorId,
    paymentMethod: sale.paymentMethod,
    goodsPoisha: totals.goodsPoisha,
    deliveryChargePoisha: sale.deliveryChargePoisha,
    commissionPoisha: totals.commissionPoisha,
    vatPoisha: totals.vatPoisha,
    stage: 'awaiting_funds',
    fundedPoisha: 0,
    refundedGoodsPoisha: 0,
    refundedDeliveryPoisha: 0,
    deliveredAt: null,
  };
}

export function packageTotalPoisha(settlement: PackageSettlement): number {
  return settlement.goodsPoisha + settlement.deliveryChargePoisha;
}

export function commissionTotalsOf(settlement: PackageSettlement): CommissionTotals {
  return {
    goodsPoisha: settlement.goodsPoisha,
    commissionPoisha: settlement.commissionPoisha,
    vatPoisha: settlement.vatPoisha,
  };
}

export function settlementRefundedPoisha(settlement: PackageSettlement): number {
  return settlement.refundedGoodsPoisha + settlement.refundedDeliveryPoisha;
}

/** What escrow holds for this package right now: funded minus refunded until delivery, nothing after. */
export function heldInEscrowPoisha(settlement: PackageSettlement): number {
  return settlement.stage === 'in_escrow'
    ? settlement.fundedPoisha - settlementRefundedPoisha(settlement)
    : 0;
}

function assertSale(sale: PackageSale): void {
  const problems: FieldError[] = [];
  for (const field of ['orderId', 'packageId', 'vendorId'] as const)
    if (!sale[field]?.trim()) problems.push({ field, reason: 'must not be empty' });
  if (sale.lines.length === 0) problems.push({ field: 'lines', reason: 'must not be empty' });
  sale.lines.forEach((line, i) => {
    if (!isPoisha(line.totalPoisha))
      problems.push({ field: `lines.${i}.totalPoisha`, reason: 'must be whole poisha, ≥ 0' });
  });
  if (!isPoisha(sale.deliveryChargePoisha))
    problems.push({ field: 'deliveryChargePoisha', reason: 'must be whole poisha, ≥ 0' });
  if (problems.length === 0 && sale.lines.every((line) => line.totalPoisha === 0))
    problems.push({ field: 'lines', reason: 'must add up to at least one poisha' });
  if (problems.length > 0) throw new ValidationException('The package sale is invalid.', problems);
}

/** A posting rule's answer for one package: the posting to append and the package's money after it. */
export interface SettledPosting {
  posting: Posting;
  settlement: PackageSettlement;
}
