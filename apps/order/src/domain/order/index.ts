export { CANCELLATION_REASONS, ORDER_STATUSES, transitionOrder } from './order-lifecycle';
export type {
  Cancellation,
  CancellationReason,
  OrderCommand,
  OrderSnapshot,
  OrderStatus,
  OrderTransition,
} from './order-lifecycle';
