import { MoneyAmount } from '@getit/payment-protocols';
import { AuthorizeRequest, CallbackReading, ProviderPaymentState } from '../../../domain';
import { field } from '../provider-http.client';

const SUCCESS = '0000';
/** "Invalid Payment ID", "Transaction not found": bKash has no such payment. */
const UNKNOWN_PAYMENT = new Set(['2002', '2033']);
const MAINTENANCE = '503';
const CALLBACK_HINTS = { success: 'success', failure: 'failure', cancel: 'cancel' } as const;

/** bKash's payerReference: the shopper's wallet number as bKash writes it (01XXXXXXXXX), else the order number. */
export function payerReference(request: AuthorizeRequest): string {
  const local = request.phone?.replace(/^\+?880/, '0');
  return local && /^01[3-9]\d{8}$/.test(local) ? local : (request.orderNumber ?? request.orderId);
}

/** merchantInvoiceNumber: the order number and the payment's first 8 characters, unique per attempt. */
export function invoiceNumber(request: AuthorizeRequest): string {
  const order = (request.orderNumber ?? request.orderId).replace(/[^\w\-./#:]/g, '');
  return `${order}-${request.paymentId.slice(0, 8)}`;
}

/** The body of `create` (mode 0011: checkout without an agreement; intent sale: money moves at execute). */
export function createBody(request: AuthorizeRequest, callbackURL: string) {
  return {
    mode: '0011',
    payerReference: payerReference(request),
    callbackURL,
    amount: MoneyAmount.ofPoisha(request.amountPoisha).toString(),
    currency: 'BDT',
    intent: 'sale',
    merchantInvoiceNumber: invoiceNumber(request),
  };
}

/** bKash answers errors as HTTP 200 with `statusCode/statusMessage` or `errorCode/errorMessage`. */
export function statusOf(body: unknown): { code: string; message: string } {
  return {
    code: field(body, 'statusCode') || field(body, 'errorCode'),
    message: field(body, 'statusMessage') || field(body, 'errorMessage'),
  };
}

export function isSuccess(body: unknown): boolean {
  return statusOf(body).code === SUCCESS;
}

export function describeStatus(body: unknown): string {
  const { code, message } = statusOf(body);
  return [code, message].filter(Boolean).join(' ') || 'no status in the answer';
}

export function isMaintenance(body: unknown): boolean {
  return statusOf(body).code === MAINTENANCE;
}

/**
 * `payment/status` as the state of the payment. Only `Completed` is paid; the invoice is reported as
 * `merchantInvoice` here (not `merchantInvoiceNumber`), read both to be safe.
 */
export function readPaymentStatus(body: unknown): ProviderPaymentState {
  const { code } = statusOf(body);
  if (code !== SUCCESS) {
    if (UNKNOWN_PAYMENT.has(code)) return { status: 'unknown', reason: `bKash: ${describeStatus(body)}` };
    return { status: 'unavailable', reason: `bKash payment/status answered ${describeStatus(body)}` };
  }
  const status = field(body, 'transactionStatus');
  switch (status) {
    case 'Completed': {
      const amount = MoneyAmount.parse(field(body, 'amount'));
      if (!amount) return { status: 'unavailable', reason: `bKash reported an unreadable amount` };
      const trxID = field(body, 'trxID') || null;
      return {
        status: 'paid',
        amountPoisha: amount.poisha,
        reference: field(body, 'merchantInvoice') || field(body, 'merchantInvoiceNumber') || null,
        providerTxnId: trxID,
        detail: `bKash trxID ${trxID ?? '?'} completed ${field(body, 'paymentExecuteTime')}`.trim(),
      };
    }
    case 'Failed':
      return { status: 'failed', reason: 'the bKash payment failed' };
    case 'Cancelled':
      return { status: 'cancelled', reason: 'cancelled on the bKash page' };
    case 'Expired':
      return { status: 'failed', reason: 'the bKash payment page expired' };
    default:
      return { status: 'pending', detail: `bKash reports the payment ${status || 'without a status'}` };
  }
}

/** The browser's GET to callbackURL: paymentID, status (success | failure | cancel), signature (opaque). */
export function readCallback(fields: Readonly<Record<string, string>>): CallbackReading {
  const paymentID = fields['paymentID']?.trim();
  const status = fields['status']?.trim().toLowerCase() ?? '';
  if (!paymentID) return { ok: false, reason: 'malformed', detail: 'the bKash callback has no paymentID' };
  const hint = CALLBACK_HINTS[status as keyof typeof CALLBACK_HINTS];
  if (!hint) return { ok: false, reason: 'malformed', detail: `unknown bKash callback status "${status}"` };
  return {
    ok: true,
    claim: { providerRef: paymentID, hint, proof: { signature: fields['signature'] ?? '' } },
  };
}
