import { ApprovalResult } from '../control/approval-result';
import { ApprovalError } from '../control/approval.error';
import { EffectiveOutcome, PaymentScenario, ShopperAction } from '../control/payment-scenario';
import { CallbackUrl } from '../shared/callback-url';
import { SandboxClock } from '../shared/sandbox-clock';
import { NagadIdsGenerator } from './nagad-ids.generator';
import { NagadPayment } from './nagad-payment';
import { NagadPaymentsStore } from './nagad-payments.store';
import { NagadSettings } from './nagad-settings';

/** Callback `status_code` and `message`: the success pair is Nagad's; the others are the sandbox's own [U]. */
const CALLBACK_CODES: Record<ShopperAction, { code: string; message: string }> = {
  success: { code: '00_0000_000', message: 'Successful Transaction' },
  failure: { code: '00_1116_001', message: 'Transaction Failed' },
  cancel: { code: '00_1117_001', message: 'Transaction Cancelled by Customer' },
};

/**
 * The shopper acting on the Nagad page the complete response's `callBackUrl` points at. The browser is sent
 * with GET to merchantCallbackURL plus merchant, order_id, payment_ref_id, status, status_code, message.
 */
export class NagadApprovalService {
  constructor(
    private readonly settings: NagadSettings,
    private readonly store: NagadPaymentsStore,
    private readonly clock: SandboxClock,
  ) {}

  approve(paymentReferenceId: string, action: ShopperAction): ApprovalResult {
    const payment = this.store.get(paymentReferenceId);
    if (!payment) throw new ApprovalError('not_found', `no Nagad payment ${paymentReferenceId}`);
    if (!payment.waitingForShopper) {
      throw new ApprovalError('conflict', `Nagad payment is ${payment.status}, not waiting for the shopper`);
    }
    const outcome = payment.scenario.effectiveOutcome(action);
    const result = { provider: 'nagad' as const, id: paymentReferenceId, outcome };
    if (outcome === 'timeout') {
      payment.waitingForShopper = false;
      return { ...result, callbackUrl: null, callbackUrls: [] };
    }
    const deliveries = payment.scenario.deliveries;
    const url = this.callback(payment, outcome);
    if (outcome === 'forged') payment.scenario = PaymentScenario.DEFAULT;
    else this.settle(payment, outcome);
    const callbackUrls = Array.from({ length: deliveries }, () => url);
    const at = this.clock.now();
    payment.callbacks.push(...callbackUrls.map((u) => ({ url: u, genuine: outcome !== 'forged', at })));
    return { ...result, callbackUrl: url, callbackUrls };
  }

  private settle(payment: NagadPayment, outcome: ShopperAction): void {
    payment.waitingForShopper = false;
    if (outcome === 'success') {
      payment.status = 'Success';
      payment.issuerPaymentRefNo = NagadIdsGenerator.issuerRefNo();
      payment.issuerPaymentAt = this.clock.now();
    } else {
      payment.status = outcome === 'failure' ? 'Failed' : this.settings.cancelStatus;
    }
  }

  private callback(payment: NagadPayment, outcome: Exclude<EffectiveOutcome, 'timeout'>): string {
    const action: ShopperAction = outcome === 'forged' ? 'success' : outcome;
    const status =
      action === 'success' ? 'Success' : action === 'failure' ? 'Failed' : this.settings.cancelStatus;
    return CallbackUrl.with(payment.merchantCallbackURL as string, {
      merchant: payment.merchantId,
      order_id: payment.orderId,
      payment_ref_id: payment.paymentReferenceId,
      status,
      status_code: CALLBACK_CODES[action].code,
      message: CALLBACK_CODES[action].message,
    });
  }
}
