import { CommissionRuleView, PayoutView, RefundView, VendorStatementView } from '@getit/contracts';
import {
  commissionRuleScope,
  CommissionRule,
  PackageSettlement,
  PaymentMethod,
  RefundPlan,
  RefundReason,
  RefundTrigger,
  SettlementStage,
  VendorStatement,
} from '../../domain';
import { CommissionRuleRow } from '../../infrastructure/ledger/commission-rules.repository';
import { SettlementWithSale } from '../../infrastructure/ledger/package-settlements.repository';
import { PayoutRow } from '../../infrastructure/ledger/payouts.repository';
import { RefundRow } from '../../infrastructure/ledger/refunds.repository';

/** The domain's view of a stored package settlement: the sale's totals and where the money stands. */
export function toSettlement(row: SettlementWithSale): PackageSettlement {
  return {
    orderId: row.orderId,
    packageId: row.packageId,
    vendorId: row.vendorId,
    paymentMethod: row.paymentMethod as PaymentMethod,
    goodsPoisha: Number(row.sale.goodsPoisha),
    deliveryChargePoisha: Number(row.sale.deliveryChargePoisha),
    commissionPoisha: Number(row.sale.commissionPoisha),
    vatPoisha: Number(row.sale.vatPoisha),
    stage: row.stage as SettlementStage,
    fundedPoisha: Number(row.fundedPoisha),
    refundedGoodsPoisha: Number(row.refundedGoodsPoisha),
    refundedDeliveryPoisha: Number(row.refundedDeliveryPoisha),
    deliveredAt: row.deliveredAt,
  };
}

export function toCommissionRule(row: CommissionRuleRow): CommissionRule {
  return {
    id: row.id,
    vendorId: row.vendorId,
    categorySlug: row.categorySlug,
    rateBps: row.rateBps,
    minimumPoisha: Number(row.minimumPoisha),
  };
}

export function toCommissionRuleView(row: CommissionRuleRow): CommissionRuleView {
  return {
    id: row.id,
    scope: commissionRuleScope(row),
    vendorId: row.vendorId,
    categorySlug: row.categorySlug,
    rateBps: row.rateBps,
    minimumPoisha: Number(row.minimumPoisha),
    active: row.active,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    deactivatedBy: row.deactivatedBy,
    deactivatedAt: row.deactivatedAt?.toISOString() ?? null,
  };
}

/** The plan a stored refund was made from (`manual` as it stands now: a refused provider refund turns manual). */
export function toRefundPlan(row: RefundRow): RefundPlan {
  const amountPoisha = Number(row.amountPoisha);
  return {
    refundId: row.id,
    orderId: row.orderId,
    packageId: row.packageId,
    vendorId: row.vendorId,
    paymentMethod: row.method as PaymentMethod,
    amountPoisha,
    goodsPoisha: Number(row.goodsPoisha),
    deliveryPoisha: Number(row.deliveryPoisha),
    scope: 'partial',
    timing: row.timing as RefundPlan['timing'],
    reason: row.reason as RefundReason,
    trigger: row.trigger as RefundTrigger,
    deadline: row.deadlineAt,
    manual: row.manual,
  };
}

export function toRefundView(row: RefundRow, now: Date = new Date()): RefundView {
  return {
    id: row.id,
    orderId: row.orderId,
    packageId: row.packageId,
    vendorId: row.vendorId,
    paymentId: row.paymentId,
    method: row.method as PaymentMethod,
    amountPoisha: Number(row.amountPoisha),
    goodsPoisha: Number(row.goodsPoisha),
    deliveryPoisha: Number(row.deliveryPoisha),
    timing: row.timing as RefundView['timing'],
    reason: row.reason as RefundView['reason'],
    trigger: row.trigger as RefundView['trigger'],
    status: row.status as RefundView['status'],
    manual: row.manual,
    deadlineAt: row.deadlineAt.toISOString(),
    overdue: row.status !== 'completed' && row.deadlineAt.getTime() < now.getTime(),
    providerRef: row.providerRef,
    attempts: row.attempts,
    lastError: row.lastError,
    requestedBy: row.requestedBy,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
    completedBy: row.completedBy,
  };
}

export function toPayoutView(row: PayoutRow): PayoutView {
  return {
    id: row.id,
    vendorId: row.vendorId,
    amountPoisha: Number(row.amountPoisha),
    method: row.method as PayoutView['method'],
    status: row.status as PayoutView['status'],
    runId: row.runId,
    initiatedAt: row.initiatedAt.toISOString(),
    settledAt: row.settledAt?.toISOString() ?? null,
  };
}

export function toStatementView(statement: VendorStatement): VendorStatementView {
  return {
    ...statement,
    from: statement.from.toISOString(),
    to: statement.to.toISOString(),
    lines: statement.lines.map((line) => ({ ...line, occurredAt: line.occurredAt.toISOString() })),
  };
}
