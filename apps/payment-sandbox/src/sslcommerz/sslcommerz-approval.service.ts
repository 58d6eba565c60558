import { ApprovalResult } from '../control/approval-result';
import { ApprovalError } from '../control/approval.error';
import { PaymentScenario, ShopperAction } from '../control/payment-scenario';
import { CallbackSender, DeliveryReport } from '../shared/callback-sender';
import { SandboxClock } from '../shared/sandbox-clock';
import { SslcommerzIdsGenerator } from './sslcommerz-ids.generator';
import { IpnStatus, SslcommerzIpnPayload } from './sslcommerz-ipn.payload';
import { SslcommerzTransaction } from './sslcommerz-transaction';
import { SslcommerzTransactionsStore } from './sslcommerz-transactions.store';

const OUTCOMES: Record<ShopperAction, { status: IpnStatus; error?: string }> = {
  success: { status: 'VALID' },
  failure: { status: 'FAILED', error: 'Insufficient balance in the wallet' },
  cancel: { status: 'CANCELLED', error: 'Cancelled by the customer' },
};

/**
 * The shopper acting on the SSLCommerz page: the IPN is POSTed server-to-server to ipn_url first (once, or
 * `deliveries` times under duplicate_callback), then the browser is made to POST the same fields to
 * success_url, fail_url or cancel_url.
 */
export class SslcommerzApprovalService {
  constructor(
    private readonly store: SslcommerzTransactionsStore,
    private readonly payload: SslcommerzIpnPayload,
    private readonly sender: CallbackSender,
    private readonly clock: SandboxClock,
  ) {}

  /** `id` is the sessionkey or the merchant's tran_id. */
  async approve(id: string, action: ShopperAction): Promise<ApprovalResult> {
    const tx = this.store.get(id) ?? this.store.findByTranId(id);
    if (!tx) throw new ApprovalError('not_found', `no SSLCommerz session ${id}`);
    if (!tx.waitingForShopper)
      throw new ApprovalError('conflict', `SSLCommerz session is ${tx.status}, not waiting for the shopper`);
    const outcome = tx.scenario.effectiveOutcome(action);
    const result = { provider: 'sslcommerz' as const, id: tx.sessionkey, outcome };
    if (outcome === 'timeout') {
      tx.waitingForShopper = false;
      return { ...result, callbackUrl: null, callbackUrls: [], ipn: [] };
    }
    const deliveries = tx.scenario.deliveries;
    let fields: Record<string, string>;
    let browserUrl: string;
    if (outcome === 'forged') {
      fields = this.payload.forged(tx, this.clock.now());
      browserUrl = tx.successUrl;
      tx.scenario = PaymentScenario.DEFAULT;
    } else {
      this.settle(tx, outcome);
      fields = this.payload.signed(tx, OUTCOMES[outcome].status);
      browserUrl = outcome === 'success' ? tx.successUrl : outcome === 'failure' ? tx.failUrl : tx.cancelUrl;
    }
    const ipn = await this.deliverIpn(tx, fields, deliveries, outcome !== 'forged');
    tx.callbacks.push({ url: browserUrl, genuine: outcome !== 'forged', at: this.clock.now() });
    return {
      ...result,
      callbackUrl: browserUrl,
      callbackUrls: [browserUrl],
      browserForm: { action: browserUrl, fields },
      ipn,
    };
  }

  private settle(tx: SslcommerzTransaction, outcome: ShopperAction): void {
    const now = this.clock.now();
    tx.waitingForShopper = false;
    tx.status = OUTCOMES[outcome].status;
    tx.tranDate = now;
    tx.bankTranId = SslcommerzIdsGenerator.bankTranId(now);
    if (outcome === 'success') tx.valId = SslcommerzIdsGenerator.valId(now);
    const error = OUTCOMES[outcome].error;
    if (error) tx.error = error;
    this.store.index(tx);
  }

  private async deliverIpn(
    tx: SslcommerzTransaction,
    fields: Record<string, string>,
    times: number,
    genuine: boolean,
  ): Promise<DeliveryReport[]> {
    if (!tx.ipnUrl) return [];
    const reports: DeliveryReport[] = [];
    for (let i = 0; i < times; i += 1) {
      const report = await this.sender.postForm(tx.ipnUrl, fields);
      reports.push(report);
      tx.ipnDeliveries.push(report);
      tx.callbacks.push({ url: tx.ipnUrl, genuine, at: this.clock.now() });
    }
    return reports;
  }
}
