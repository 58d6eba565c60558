import { formatTaka } from '@getit/contracts';
import {
  CallbackHint,
  CallbackRejection,
  OnlineMethod,
  ProviderPaymentState,
} from './online-payment-provider.port';

export const ONLINE_METHOD_NAMES: Record<OnlineMethod, string> = {
  bkash: 'bKash',
  nagad: 'Nagad',
  sslcommerz: 'SSLCommerz',
};

/** How far a provider's reported amount may differ: SSLCommerz accepts less than ৳1 either way, wallets nothing. */
export const AMOUNT_TOLERANCE_POISHA: Record<OnlineMethod, number> = { bkash: 0, nagad: 0, sslcommerz: 99 };

/** What the intent expects the provider to report. */
export interface ExpectedPayment {
  method: OnlineMethod;
  amountPoisha: number;
  reference: string | null;
  /** How far the provider's amount may differ (SSLCommerz: below ৳1; wallets: not at all). */
  tolerancePoisha: number;
}

/** What to do with an intent after asking the provider. */
export type OnlineVerdict =
  | { action: 'capture'; providerTxnId: string | null; note: string }
  | { action: 'fail'; code: 'declined' | 'cancelled' | 'amount_mismatch'; reason: string }
  | { action: 'reject'; rejection: CallbackRejection; detail: string }
  | { action: 'wait'; detail: string }
  | { action: 'unavailable'; reason: string };

/**
 * Judges the provider's own answer against the intent. `hint` is what a callback claimed (null when the expiry
 * sweeper asks): a claim the provider contradicts is rejected, the provider's answer is what counts. Money of a
 * different amount is never captured; the intent fails so the order is not left waiting, and the money has to go
 * back. A reference that differs means the proof belongs to another payment: rejected, the intent untouched.
 */
export function judgeOnlinePayment(
  expected: ExpectedPayment,
  state: ProviderPaymentState,
  hint: CallbackHint | null,
): OnlineVerdict {
  const name = ONLINE_METHOD_NAMES[expected.method];
  switch (state.status) {
    case 'unavailable':
      return { action: 'unavailable', reason: `${name} is not answering: ${state.reason}` };
    case 'unknown':
      return { action: 'reject', rejection: 'unknown_payment', detail: state.reason };
    case 'pending':
      if (hint === null) return { action: 'wait', detail: state.detail };
      return {
        action: 'reject',
        rejection: hint === 'success' ? 'not_completed' : 'status_mismatch',
        detail: `the callback said ${hint}, ${name} says: ${state.detail}`,
      };
    case 'failed':
      return { action: 'fail', code: 'declined', reason: `${name} declined the payment: ${state.reason}` };
    case 'cancelled':
      return {
        action: 'fail',
        code: 'cancelled',
        reason: `The shopper cancelled the ${name} payment (${state.reason}).`,
      };
    case 'paid': {
      if (expected.reference !== null && state.reference !== null && state.reference !== expected.reference)
        return {
          action: 'reject',
          rejection: 'reference_mismatch',
          detail: `${name} reports reference ${state.reference}, this payment is ${expected.reference}`,
        };
      if (Math.abs(state.amountPoisha - expected.amountPoisha) > expected.tolerancePoisha)
        return {
          action: 'fail',
          code: 'amount_mismatch',
          reason:
            `${name} reported ${formatTaka(state.amountPoisha)} paid where ${formatTaka(expected.amountPoisha)} ` +
            'was due; the payment was not accepted and the money must be returned to the shopper.',
        };
      return { action: 'capture', providerTxnId: state.providerTxnId, note: state.detail };
    }
  }
}
