export {
  REFUND_DEADLINE_DAYS,
  REFUND_REASONS,
  REFUND_TRIGGERS,
  planRefund,
  refundDeadline,
  refundablePoisha,
  requiresManualRefund,
  splitRefund,
} from './refund-policy';
export type { PackageRefundRequest, RefundPlan, RefundReason, RefundTrigger } from './refund-policy';
