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
