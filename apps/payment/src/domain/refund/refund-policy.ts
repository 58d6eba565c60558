import { FieldError, ValidationException } from '@getit/errors';
import { PaymentMethod } from '../intent/payment-intent';
import { RefundExceedsCaptureException } from '../intent/refund-exceeds-capture.exception';
import { IllegalSettlementStepException } from '../ledger/illegal-settlement-step.exception';
import { PackageSettlement, settlementRefundedPoisha } from '../ledger/package-settlement';
import { isPositivePoisha } from '@getit/contracts';

export const REFUND_REASONS = [
  'shopper_cancelled',
  'vendor_cancelled',
  'out_of_stock',
  'undelivered',
  'returned',
  'damaged_or_wrong_item',
  'other',
] as const;
export type RefundReason = (typeof REFUND_REASONS)[number];

/** What starts the refund clock. Cancellation and failed delivery happen before delivery, the others after. */
export const REFUND_TRIGGERS = [
  'cancellation',
  'delivery_failed',
  'return_received',
  'complaint_resolved',
] as const;
export type RefundTrigger = (typeof REFUND_TRIGGERS)[number];
const AFTER_DELIVERY: readonly RefundTrigger[] = ['return_received', 'complaint_resolved'];

/** Digital Commerce Operation Guidelines 2021: refund within 10 days, through the channel the shopper paid with. */
export const REFUND_DEADLINE_DAYS = 10;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface PackageRefundRequest {
  refundId: string;
  /** `full` refunds whatever is still refundable. */
  amountPoisha: number | 'full';
  reason: RefundReason;
  trigger: RefundTrigger;
  triggeredAt: Date;
}

export interface RefundPlan {
  refundId: string;
  orderId: string;
  packageId: string;
  vendorId: string;
  paymentMethod: PaymentMethod;
  amountPoisha: number;
  /** How the amount divides: goods first; the delivery charge only once all goods are refunded. */
  goodsPoisha: number;
  deliveryPoisha: number;
  scope: 'full' | 'partial';
  timing: 'before_delivery' | 'after_delivery';
  reason: RefundReason;
  trigger: RefundTrigger;
  /** Pay back by this instant: the trigger + 10 days. */
  deadline: Date;
  /** Paid by hand (bKash / bank transfer) instead of through the provider's refund API. */
  manual: boolean;
}

/**
 * Nagad refunds are processed by hand in this marketplace's integration, and cash on delivery has nobody to call:
 * both are paid back by the finance team (bKash / bank transfer), so they become a task with the deadline instead
 * of a provider request.
 */
export function requiresManualRefund(method: PaymentMethod): boolean {
  return method === 'nagad' || method === 'cod';
}

/** Exactly 10 × 24 h after the trigger (Bangladesh has no daylight saving, so days are always 24 h). */
export function refundDeadline(triggeredAt: Date): Date {
  return new Date(triggeredAt.getTime() + REFUND_DEADLINE_DAYS * DAY_MS);
}

/**
 * What can still be refunded for a package: captured − already refunded while in escrow; after delivery only the
 * goods (the delivery charge paid for a delivery that happened); nothing before the money arrived.
 */
export function refundablePoisha(settlement: PackageSettlement): number {
  switch (settlement.stage) {
    case 'in_escrow':
      return settlement.fundedPoisha - settlementRefundedPoisha(settlement);
    case 'delivered':
      return settlement.goodsPoisha - settlement.refundedGoodsPoisha;
    case 'awaiting_funds':
    case 'refunded':
      return 0;
  }
}

/** Splits a refund goods first, then delivery charge; never more than is refundable. */
export function splitRefund(
  settlement: PackageSettlement,
  amountPoisha: number,
): { goodsPoisha: number; deliveryPoisha: number } {
  const refundable = refundablePoisha(settlement);
  if (amountPoisha > refundable) throw new RefundExceedsCaptureException(amountPoisha, refundable);
  const goodsPoisha = Math.min(amountPoisha, settlement.goodsPoisha - settlement.refundedGoodsPoisha);
  return { goodsPoisha, deliveryPoisha: amountPoisha - goodsPoisha };
}

/**
 * Checks a refund against the package's money and fixes its amount, split, deadline and channel. Throws
 * ValidationException for a bad request, RefundExceedsCaptureException above the refundable amount (including a
 * package whose money never arrived), IllegalSettlementStepException for a trigger that does not fit the stage.
 */
export function planRefund(settlement: PackageSettlement, request: PackageRefundRequest): RefundPlan {
  assertRequest(request);
  const delivered = settlement.stage === 'delivered';
  if (delivered !== AFTER_DELIVERY.includes(request.trigger) && settlement.stage !== 'awaiting_funds')
    throw new IllegalSettlementStepException(
      settlement.packageId,
      settlement.stage,
      `refund on ${request.trigger}`,
      delivered ? 'a delivered package is refunded on a return or complaint' : 'it has not been delivered',
    );
  const refundable = refundablePoisha(settlement);
  const amountPoisha = request.amountPoisha === 'full' ? refundable : request.amountPoisha;
  if (amountPoisha === 0 || amountPoisha > refundable)
    throw new RefundExceedsCaptureException(amountPoisha, refundable);
  return {
    refundId: request.refundId,
    orderId: settlement.orderId,
    packageId: settlement.packageId,
    vendorId: settlement.vendorId,
    paymentMethod: settlement.paymentMethod,
    amountPoisha,
    ...splitRefund(settlement, amountPoisha),
    scope: amountPoisha === refundable ? 'full' : 'partial',
    timing: delivered ? 'after_delivery' : 'before_delivery',
    reason: request.reason,
    trigger: request.trigger,
    deadline: refundDeadline(request.triggeredAt),
    manual: requiresManualRefund(settlement.paymentMethod),
  };
}

function assertRequest(request: PackageRefundRequest): void {
  const problems: FieldError[] = [];
  if (!request.refundId?.trim()) problems.push({ field: 'refundId', reason: 'must not be empty' });
  if (request.amountPoisha !== 'full' && !isPositivePoisha(request.amountPoisha))
    problems.push({
      field: 'amountPoisha',
      reason: 'must be "full" or a whole number of poisha, at least 1',
    });
  if (!REFUND_REASONS.includes(request.reason))
    problems.push({ field: 'reason', reason: 'is not a refund reason' });
  if (!REFUND_TRIGGERS.includes(request.trigger))
    problems.push({ field: 'trigger', reason: 'is not a refund trigger' });
  if (!(request.triggeredAt instanceof Date) || Number.isNaN(request.triggeredAt.getTime()))
    problems.push({ field: 'triggeredAt', reason: 'must be a valid date' });
  if (problems.length > 0) throw new ValidationException('The refund request is invalid.', problems);
}
