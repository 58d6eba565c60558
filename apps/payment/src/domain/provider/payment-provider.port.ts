import { Currency } from '../money/currency';
import { PaymentMethod } from '../intent/payment-intent';

interface ProviderRequest {
  paymentId: string;
  /** The same key on a retry makes the provider answer instead of charging again. */
  idempotencyKey: string;
}

export interface AuthorizeRequest extends ProviderRequest {
  orderId: string;
  amountPoisha: number;
  currency: Currency;
  /** Where a wallet or card page sends the shopper back to. */
  returnUrl: string | null;
  /** The order's human-readable number (online providers show it to the shopper and in their portals). */
  orderNumber?: string;
  /** The shopper's mobile number, +8801XXXXXXXXX (bKash payerReference, SSLCommerz cus_phone). */
  phone?: string;
}

export interface CaptureRequest extends ProviderRequest {
  providerRef: string;
  amountPoisha: number;
  currency: Currency;
  /** Why the capture happens now: an online payment is captured when the order is confirmed, cash on delivery. */
  trigger: 'order_confirmed' | 'delivered';
}

export interface CancelRequest extends ProviderRequest {
  providerRef: string;
}

export interface RefundRequest extends ProviderRequest {
  providerRef: string;
  /**
   * The provider's id of the captured money movement (bKash trxID, SSLCommerz bank_tran_id), stored on the intent
   * as `provider_txn_id`. Optional: the online adapters look it up by `providerRef` when it is not given.
   */
  providerTxnId?: string | null;
  refundId: string;
  amountPoisha: number;
  currency: Currency;
}

/** The provider could not be reached or answered with a server error; safe to retry with the same key. */
export interface ProviderUnavailable {
  outcome: 'unavailable';
  reason: string;
}

export type AuthorizeResult =
  | { outcome: 'authorized'; providerRef: string; amountPoisha: number }
  /**
   * The shopper finishes on the provider's page at `redirectUrl`. `reference` is what we sent as our own
   * reference (bKash merchantInvoiceNumber, Nagad orderId, SSLCommerz tran_id), echoed by the provider's checks.
   */
  | { outcome: 'requires_action'; providerRef: string; redirectUrl: string; reference?: string }
  | { outcome: 'declined'; reason: string }
  | ProviderUnavailable;

export type CaptureResult =
  | { outcome: 'captured'; providerRef: string; amountPoisha: number }
  | { outcome: 'rejected'; reason: string }
  | ProviderUnavailable;

export type CancelResult =
  { outcome: 'cancelled' } | { outcome: 'rejected'; reason: string } | ProviderUnavailable;

export type RefundResult =
  | { outcome: 'refunded'; refundRef: string; amountPoisha: number }
  /** Accepted but settled later, e.g. a manual bKash or bank payout. */
  | { outcome: 'pending'; refundRef: string; amountPoisha: number; reason: string }
  | { outcome: 'rejected'; reason: string }
  | ProviderUnavailable;

/**
 * The port every payment provider adapter implements (bKash, Nagad, SSLCommerz cards, cash on delivery). Adapters
 * never throw for a business outcome: declines and rejections are results; only programming errors throw.
 */
export interface PaymentProvider {
  readonly method: PaymentMethod;
  authorize(request: AuthorizeRequest): Promise<AuthorizeResult>;
  capture(request: CaptureRequest): Promise<CaptureResult>;
  cancel(request: CancelRequest): Promise<CancelResult>;
  refund(request: RefundRequest): Promise<RefundResult>;
}
