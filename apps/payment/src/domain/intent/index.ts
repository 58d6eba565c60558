export { IllegalPaymentTransitionException } from './illegal-payment-transition.exception';
export { RefundExceedsCaptureException } from './refund-exceeds-capture.exception';
export {
  PAYMENT_METHODS,
  PAYMENT_STATUSES,
  createPaymentIntent,
  refundedPoisha,
  transitionPayment,
} from './payment-intent';
export type {
  PaymentCommand,
  PaymentIntent,
  PaymentMethod,
  PaymentStatus,
  PaymentTransition,
  Refund,
} from './payment-intent';
