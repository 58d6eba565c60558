export { CANCELLATION_REASONS, ORDER_STATUSES, transitionOrder } from './order-lifecycle';
export type {
  Cancellation,
  CancellationReason,
  OrderCommand,
  OrderSnapshot,
  OrderStatus,
  OrderTransition,
} from './order-lifecycle';
export { ORDER_NUMBER_PATTERN, orderNumber } from './order-number';
export { settleOrder } from './order-settlement.rule';
