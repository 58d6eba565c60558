import { MoneyAmount, isVerifySignGenuine } from '@getit/payment-protocols';
import { AuthorizeRequest, CallbackChannel, CallbackReading, ProviderPaymentState } from '../../../domain';
import { field } from '../provider-http.client';
import { SslcommerzSettings } from './sslcommerz.settings';

/** SSLCommerz takes 10.00 to 500000.00 BDT per session. */
export const SSLCOMMERZ_MIN_POISHA = 10_00;
export const SSLCOMMERZ_MAX_POISHA = 500_000_00;
/** An amount is accepted when it differs from the expected one by less than ৳1 (SSLCommerz's own rule). */
export const SSLCOMMERZ_TOLERANCE_POISHA = 99;

const PAID = new Set(['VALID', 'VALIDATED']);

/** tran_id (≤ 30): the order number and the payment's first 8 characters, unique per attempt. */
export function tranId(request: Pick<AuthorizeRequest, 'orderNumber' | 'orderId' | 'paymentId'>): string {
  const order = (request.orderNumber ?? request.orderId.slice(0, 18)).replace(/[^A-Za-z0-9-]/g, '');
  return `${order.slice(0, 21)}-${request.paymentId.slice(0, 8)}`;
}

/**
 * The v4 create-session form. The payment request carries no shopper name, email or address (the order service
 * keeps them), so neutral values stand in; the goods ship by courier, so shipping_method is NO here.
 */
export function sessionForm(request: AuthorizeRequest, settings: SslcommerzSettings): Record<string, string> {
  const base = settings.callbackBaseUrl;
  const phone = request.phone?.replace(/^\+?880/, '0') ?? '';
  return {
    store_id: settings.storeId,
    store_passwd: settings.storePassword,
    total_amount: MoneyAmount.ofPoisha(request.amountPoisha).toString(),
    currency: 'BDT',
    tran_id: tranId(request),
    product_category: 'marketplace',
    success_url: `${base}/success`,
    fail_url: `${base}/fail`,
    cancel_url: `${base}/cancel`,
    ipn_url: `${base}/ipn`,
    cus_name: 'GetIt shopper',
    cus_email: 'shopper@getit.com.bd',
    cus_add1: 'Bangladesh',
    cus_city: 'Dhaka',
    cus_postcode: '1000',
    cus_country: 'Bangladesh',
    cus_phone: phone || '01700000000',
    shipping_method: 'NO',
    product_name: `GetIt order ${request.orderNumber ?? request.orderId}`.slice(0, 255),
    product_profile: 'physical-goods',
    value_a: request.paymentId,
    value_b: request.orderId,
  };
}

/** A validation or query element as the state of the payment. */
export function readTransaction(body: unknown): ProviderPaymentState {
  const status = field(body, 'status').toUpperCase();
  if (PAID.has(status)) {
    const foreign = field(body, 'currency_type') && field(body, 'currency_type') !== 'BDT';
    const amount = MoneyAmount.parse(foreign ? field(body, 'currency_amount') : field(body, 'amount'));
    if (!amount) return { status: 'unavailable', reason: 'SSLCommerz reported an unreadable amount' };
    const bankTranId = field(body, 'bank_tran_id') || null;
    return {
      status: 'paid',
      amountPoisha: amount.poisha,
      reference: field(body, 'tran_id') || null,
      providerTxnId: bankTranId,
      detail: `SSLCommerz ${status} val_id ${field(body, 'val_id') || '?'}, bank_tran_id ${bankTranId ?? '?'}`,
    };
  }
  if (status === 'FAILED') return { status: 'failed', reason: field(body, 'error') || 'FAILED' };
  if (status === 'CANCELLED') return { status: 'cancelled', reason: field(body, 'error') || 'CANCELLED' };
  if (status === 'EXPIRED') return { status: 'failed', reason: 'the SSLCommerz session expired' };
  if (status === 'INVALID_TRANSACTION')
    return { status: 'unknown', reason: 'SSLCommerz: INVALID_TRANSACTION' };
  return { status: 'pending', detail: `SSLCommerz reports ${status || 'no status'}` };
}

/** merchantTransIDvalidationAPI by tran_id: a paid element wins, then a failed or cancelled one; none is pending. */
export function readQuery(body: unknown): ProviderPaymentState {
  const elements = (body as { element?: unknown[] } | undefined)?.element;
  const states = Array.isArray(elements) ? elements.map(readTransaction) : [];
  return (
    states.find((s) => s.status === 'paid') ??
    states.find((s) => s.status === 'failed' || s.status === 'cancelled') ??
    states.find((s) => s.status === 'pending') ?? {
      status: 'pending',
      detail: 'the shopper has not paid at SSLCommerz',
    }
  );
}

/** `APIConnect` other than DONE: our store credentials or request were refused. */
export function apiConnectProblem(body: unknown): string | null {
  const api = field(body, 'APIConnect');
  return api && api !== 'DONE' ? `SSLCommerz answered APIConnect ${api}` : null;
}

/**
 * The IPN (server) or the browser's form post: only a genuine verify_sign (md5 over the verify_key fields and the
 * store password) is read at all; the status is then a hint for the validation API, never trusted.
 */
export function readCallback(
  _channel: CallbackChannel,
  fields: Readonly<Record<string, string>>,
  settings: SslcommerzSettings,
): CallbackReading {
  const tran = fields['tran_id']?.trim();
  if (!tran) return { ok: false, reason: 'malformed', detail: 'the SSLCommerz post has no tran_id' };
  if (!isVerifySignGenuine(fields, settings.storePassword))
    return { ok: false, reason: 'bad_signature', detail: `verify_sign of tran_id ${tran} does not match` };
  if (fields['store_id'] && fields['store_id'] !== settings.storeId)
    return { ok: false, reason: 'malformed', detail: `the post is for store ${fields['store_id']}` };
  const status = (fields['status'] ?? '').toUpperCase();
  const hint = PAID.has(status) ? 'success' : status === 'CANCELLED' ? 'cancel' : 'failure';
  if (hint === 'success' && !fields['val_id'])
    return { ok: false, reason: 'malformed', detail: `a ${status} post of tran_id ${tran} without val_id` };
  return { ok: true, claim: { providerRef: tran, hint, proof: { val_id: fields['val_id'] ?? '' } } };
}
