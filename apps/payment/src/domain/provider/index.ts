export { CashOnDeliveryProvider } from './cash-on-delivery.provider';
export type {
  AuthorizeRequest,
  AuthorizeResult,
  CancelRequest,
  CancelResult,
  CaptureRequest,
  CaptureResult,
  PaymentProvider,
  ProviderUnavailable,
  RefundRequest,
  RefundResult,
} from './payment-provider.port';
export { isOnlineProvider } from './online-payment-provider.port';
export type {
  CallbackChannel,
  CallbackClaim,
  CallbackHint,
  CallbackReading,
  CallbackRejection,
  OnlineMethod,
  OnlinePaymentProvider,
  OnlinePaymentRef,
  ProviderPaymentState,
  RefundStatusRequest,
} from './online-payment-provider.port';
export {
  AMOUNT_TOLERANCE_POISHA,
  ONLINE_METHOD_NAMES,
  judgeOnlinePayment,
  type ExpectedPayment,
  type OnlineVerdict,
} from './online-payment.verdict';
