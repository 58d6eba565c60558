import { PaymentProvider, ProviderUnavailable } from './payment-provider.port';

export type OnlineMethod = 'bkash' | 'nagad' | 'sslcommerz';

/** What the shopper's browser or the provider's notification claims happened; only ever a hint. */
export type CallbackHint = 'success' | 'failure' | 'cancel';

/** Which way a callback came: the shopper's browser (redirect) or the provider's own server (IPN). */
export type CallbackChannel = 'redirect' | 'ipn';

/** A callback read into what it names and claims, with what the provider needs to check it (e.g. val_id). */
export interface CallbackClaim {
  providerRef: string;
  hint: CallbackHint;
  proof: Readonly<Record<string, string>>;
}

/** Why a callback is thrown away before anything is asked: the `reason` label of the rejection metric. */
export type CallbackRejection =
  | 'malformed'
  | 'bad_signature'
  | 'unknown_payment'
  | 'not_completed'
  | 'status_mismatch'
  | 'amount_mismatch'
  | 'reference_mismatch'
  | 'intent_closed'
  | 'replay';

export type CallbackReading =
  { ok: true; claim: CallbackClaim } | { ok: false; reason: CallbackRejection; detail: string };

/** The payment as we know it, for the provider's server-to-server checks. */
export interface OnlinePaymentRef {
  paymentId: string;
  providerRef: string;
  /** What we sent as our own reference (see `AuthorizeResult`), when known. */
  reference: string | null;
  amountPoisha: number;
}

/**
 * What the provider itself says about a payment, never what a browser said. `paid` carries the provider's own
 * amount and reference, for the caller to compare with the intent.
 */
export type ProviderPaymentState =
  | {
      status: 'paid';
      amountPoisha: number;
      /** The reference the provider echoes (bKash merchantInvoice, Nagad orderId, SSLCommerz tran_id). */
      reference: string | null;
      /** The provider's id of the money movement (bKash trxID, Nagad issuerPaymentRefNo, SSLCommerz bank_tran_id). */
      providerTxnId: string | null;
      detail: string;
    }
  /** The shopper has not finished (or the claimed success did not happen). */
  | { status: 'pending'; detail: string }
  | { status: 'failed' | 'cancelled'; reason: string }
  /** The provider has no such payment. */
  | { status: 'unknown'; reason: string }
  | { status: 'unavailable'; reason: string };

export interface RefundStatusRequest {
  providerRef: string;
  providerTxnId?: string | null;
  /** The provider's refund reference a `refund` answered with. */
  refundRef: string;
}

/**
 * A provider the shopper pays on a page of its own (bKash, Nagad, SSLCommerz). `authorize` creates the payment
 * there and answers `requires_action` with the page's URL; the money is known to have moved only when `confirm`
 * (after a callback) or `lookup` (the expiry sweeper) says `paid`. Declines and outages are results, not throws.
 */
export interface OnlinePaymentProvider extends PaymentProvider {
  readonly method: OnlineMethod;
  /** Reads a callback's fields (query string or form); checks what can be checked offline (SSLCommerz verify_sign). */
  readCallback(channel: CallbackChannel, fields: Readonly<Record<string, string>>): CallbackReading;
  /**
   * The server-to-server check a callback triggers. bKash executes the payment (only for a `success` hint, and
   * only when `mayComplete`), then queries it; Nagad verifies; SSLCommerz validates the val_id or queries the tran_id.
   */
  confirm(
    payment: OnlinePaymentRef,
    claim: CallbackClaim,
    mayComplete: boolean,
  ): Promise<ProviderPaymentState>;
  /** Asks once, without side effects, what became of the payment (the expiry sweeper). */
  lookup(payment: OnlinePaymentRef): Promise<ProviderPaymentState>;
  /** Where a refund stands; `pending` until the provider reports it done. */
  refundStatus(
    request: RefundStatusRequest,
  ): Promise<
    | { outcome: 'refunded' | 'pending'; refundRef: string; amountPoisha: number | null }
    | { outcome: 'rejected'; reason: string }
    | ProviderUnavailable
  >;
}

export function isOnlineProvider(provider: PaymentProvider | undefined): provider is OnlinePaymentProvider {
  return !!provider && provider.method !== 'cod' && 'readCallback' in provider;
}
