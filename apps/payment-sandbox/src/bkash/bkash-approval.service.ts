import { ApprovalResult } from '../control/approval-result';
import { ApprovalError } from '../control/approval.error';
import { PaymentScenario, ShopperAction } from '../control/payment-scenario';
import { CallbackUrl } from '../shared/callback-url';
import { SandboxClock } from '../shared/sandbox-clock';
import { BkashIdGenerator } from './bkash-id.generator';
import { BkashPayment } from './bkash-payment';
import { BkashPaymentsStore } from './bkash-payments.store';

const API_VERSION = '1.2.0-beta/';

/**
 * The shopper acting on the bKash page, shaped by the payment's scenario. Returns the callback URL(s) the
 * browser is sent to with GET: `paymentID`, `status`, `signature`, `apiVersion`, the merchant's query kept.
 */
export class BkashApprovalService {
  constructor(
    private readonly store: BkashPaymentsStore,
    private readonly clock: SandboxClock,
  ) {}

  approve(paymentID: string, action: ShopperAction): ApprovalResult {
    const payment = this.store.get(paymentID);
    if (!payment) throw new ApprovalError('not_found', `no bKash payment ${paymentID}`);
    if (payment.transactionStatus === 'Completed') {
      throw new ApprovalError('conflict', '2062 The payment has already been completed');
    }
    if (payment.shopper !== 'pending') {
      throw new ApprovalError('conflict', `bKash payment ${paymentID} is no longer waiting for the shopper`);
    }
    const outcome = payment.scenario.effectiveOutcome(action);
    if (outcome === 'timeout') {
      payment.shopper = 'walked_away';
      return { provider: 'bkash', id: paymentID, outcome, callbackUrl: null, callbackUrls: [] };
    }
    const deliveries = payment.scenario.deliveries;
    let url: string;
    if (outcome === 'forged') {
      url = this.callback(payment, 'success', BkashIdGenerator.callbackSignature());
      // Someone else hit the merchant's callback; the real shopper may still pay afterwards.
      payment.scenario = PaymentScenario.DEFAULT;
    } else {
      payment.callbackSignature = BkashIdGenerator.callbackSignature();
      url = this.callback(payment, outcome, payment.callbackSignature);
      this.settle(payment, outcome);
    }
    const callbackUrls = Array.from({ length: deliveries }, () => url);
    const at = this.clock.now();
    payment.callbacks.push(...callbackUrls.map((u) => ({ url: u, genuine: outcome !== 'forged', at })));
    return { provider: 'bkash', id: paymentID, outcome, callbackUrl: url, callbackUrls };
  }

  private settle(payment: BkashPayment, outcome: ShopperAction): void {
    if (outcome === 'success') payment.shopper = 'approved';
    if (outcome === 'failure') {
      payment.shopper = 'failed';
      payment.transactionStatus = 'Failed';
    }
    if (outcome === 'cancel') {
      payment.shopper = 'cancelled';
      payment.transactionStatus = 'Cancelled';
    }
  }

  private callback(payment: BkashPayment, status: ShopperAction, signature: string): string {
    return CallbackUrl.with(payment.callbackURL, {
      paymentID: payment.paymentID,
      status,
      signature,
      apiVersion: API_VERSION,
    });
  }
}
