import { randomBytes } from 'node:crypto';
import { DhakaTime, MoneyAmount, NagadCrypto } from '@getit/payment-protocols';
import { AuthorizeRequest, CallbackReading, ProviderPaymentState } from '../../../domain';
import { field } from '../provider-http.client';
import { NagadSettings } from './nagad.settings';

const API_VERSION = 'v-0.2.0';
const BDT_NUMERIC = '050';

export function nagadHeaders(settings: NagadSettings): Record<string, string> {
  return {
    'X-KM-Api-Version': API_VERSION,
    'X-KM-IP-V4': settings.clientIp,
    'X-KM-Client-Type': 'PC_WEB',
  };
}

/**
 * Nagad's orderId: 5–20 letters and digits, unique per merchant. The order number without its dashes (16
 * characters) and four of the payment id, so a retried attempt gets an id of its own.
 */
export function nagadOrderId(
  request: Pick<AuthorizeRequest, 'orderNumber' | 'paymentId' | 'orderId'>,
): string {
  const paymentHex = request.paymentId.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
  if (!request.orderNumber) return paymentHex.slice(0, 20);
  return `${request.orderNumber.replace(/[^A-Za-z0-9]/g, '').slice(0, 16)}${paymentHex.slice(0, 4)}`;
}

/** `{sensitiveData, signature}`: the JSON string encrypted for Nagad and signed by the merchant. */
export function seal(data: Record<string, string>, settings: NagadSettings) {
  const plaintext = JSON.stringify(data);
  return {
    sensitiveData: NagadCrypto.encrypt(plaintext, settings.nagadPublicKey),
    signature: NagadCrypto.sign(plaintext, settings.merchantPrivateKey),
  };
}

/** Decrypts Nagad's answer with the merchant key and checks Nagad signed it; null when either fails. */
export function open(body: unknown, settings: NagadSettings): Record<string, string> | null {
  const sensitiveData = field(body, 'sensitiveData');
  const signature = field(body, 'signature');
  if (!sensitiveData || !signature) return null;
  try {
    const plaintext = NagadCrypto.decrypt(sensitiveData, settings.merchantPrivateKey);
    if (!NagadCrypto.verify(plaintext, signature, settings.nagadPublicKey)) return null;
    const data = JSON.parse(plaintext) as unknown;
    return data && typeof data === 'object' ? (data as Record<string, string>) : null;
  } catch {
    return null;
  }
}

export function initializeBody(orderId: string, settings: NagadSettings, now = Date.now()) {
  const datetime = DhakaTime.compact(now);
  const sensitive = {
    merchantId: settings.merchantId,
    datetime,
    orderId,
    challenge: randomBytes(20).toString('hex'),
  };
  return { accountNumber: settings.merchantNumber, dateTime: datetime, ...seal(sensitive, settings) };
}

/** complete: echoes the challenge Nagad returned at initialize, with the amount in taka. */
export function completeBody(
  input: {
    orderId: string;
    amountPoisha: number;
    challenge: string;
    paymentId: string;
    orderNumber?: string;
  },
  settings: NagadSettings,
) {
  const sensitive = {
    merchantId: settings.merchantId,
    orderId: input.orderId,
    currencyCode: BDT_NUMERIC,
    amount: MoneyAmount.ofPoisha(input.amountPoisha).toString(),
    challenge: input.challenge,
  };
  return {
    ...seal(sensitive, settings),
    merchantCallbackURL: settings.callbackUrl,
    additionalMerchantInfo: { paymentId: input.paymentId, orderNumber: input.orderNumber ?? null },
  };
}

/** Nagad's refusals: HTTP 4xx with `{reason, message}` (e.g. 16_0006_083 Duplicate Order Id). */
export function describeRefusal(status: number, body: unknown, text: string): string {
  const reason = field(body, 'reason');
  const message = field(body, 'message');
  return reason || message ? `${reason} ${message}`.trim() : `HTTP ${status} ${text.slice(0, 200)}`.trim();
}

/** verify/payment: `Success` is paid; OrderInitiated and Ready wait for the shopper; the rest did not happen. */
export function readVerify(body: unknown, settings: NagadSettings): ProviderPaymentState {
  const merchantId = field(body, 'merchantId');
  if (merchantId && merchantId !== settings.merchantId)
    return { status: 'unknown', reason: `the Nagad payment belongs to merchant ${merchantId}` };
  const status = field(body, 'status');
  switch (status) {
    case 'Success': {
      const amount = MoneyAmount.parse(field(body, 'amount'));
      if (!amount) return { status: 'unavailable', reason: 'Nagad reported an unreadable amount' };
      const issuerRef = field(body, 'issuerPaymentRefNo') || null;
      return {
        status: 'paid',
        amountPoisha: amount.poisha,
        reference: field(body, 'orderId') || null,
        providerTxnId: issuerRef,
        detail: `Nagad issuer ref ${issuerRef ?? '?'} at ${field(body, 'issuerPaymentDateTime')}`.trim(),
      };
    }
    case 'Aborted':
    case 'Cancelled':
      return { status: 'cancelled', reason: `Nagad reports the payment ${status}` };
    case 'Failed':
      return { status: 'failed', reason: `Nagad reports the payment Failed (${field(body, 'statusCode')})` };
    case '':
      return { status: 'unavailable', reason: 'Nagad verify answered without a status' };
    default:
      return { status: 'pending', detail: `Nagad reports the payment ${status}` };
  }
}

/** The browser's GET to merchantCallbackURL: merchant, order_id, payment_ref_id, status, status_code, message. */
export function readCallback(fields: Readonly<Record<string, string>>): CallbackReading {
  const ref = fields['payment_ref_id']?.trim();
  if (!ref) return { ok: false, reason: 'malformed', detail: 'the Nagad callback has no payment_ref_id' };
  const status = (fields['status'] ?? '').trim();
  const hint =
    status === 'Success' ? 'success' : ['Aborted', 'Cancelled'].includes(status) ? 'cancel' : 'failure';
  return {
    ok: true,
    claim: {
      providerRef: ref,
      hint,
      proof: { order_id: fields['order_id'] ?? '', status_code: fields['status_code'] ?? '' },
    },
  };
}
