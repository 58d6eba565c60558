import { MoneyAmount } from '@getit/payment-protocols';
import {
  AuthorizeRequest,
  AuthorizeResult,
  CallbackChannel,
  CallbackClaim,
  CallbackReading,
  CancelResult,
  CaptureResult,
  OnlinePaymentProvider,
  OnlinePaymentRef,
  ProviderPaymentState,
  RefundRequest,
  RefundResult,
  RefundStatusRequest,
} from '../../../domain';
import { ProviderHttpClient, ProviderUnreachableError, field } from '../provider-http.client';
import { BkashAuthError, BkashTokenCache, BkashUnavailableError } from './bkash-token.cache';
import {
  createBody,
  describeStatus,
  invoiceNumber,
  isMaintenance,
  isSuccess,
  readCallback,
  readPaymentStatus,
} from './bkash-messages';
import { BkashSettings } from './bkash.settings';

type BkashAnswer = { ok: true; body: unknown } | { ok: false; reason: string };

/**
 * bKash Tokenized Checkout, mode 0011, intent sale: `create` gives the bkashURL the shopper pays on; money moves
 * only when we `execute` after a success callback, and `payment/status` is the check that counts. Refunds go
 * through `payment/refund` (v1).
 */
export class BkashProvider implements OnlinePaymentProvider {
  readonly method = 'bkash' as const;
  private readonly http: ProviderHttpClient;
  private readonly tokens: BkashTokenCache;

  constructor(private readonly settings: BkashSettings) {
    this.http = new ProviderHttpClient('bKash', settings.timeoutMs);
    this.tokens = new BkashTokenCache(settings, this.http);
  }

  async authorize(request: AuthorizeRequest): Promise<AuthorizeResult> {
    const answer = await this.call('create', createBody(request, this.settings.callbackUrl));
    if (!answer.ok) return { outcome: 'unavailable', reason: answer.reason };
    const paymentID = field(answer.body, 'paymentID');
    const bkashURL = field(answer.body, 'bkashURL');
    if (!isSuccess(answer.body) || !paymentID || !bkashURL)
      return { outcome: 'declined', reason: `bKash refused the payment (${describeStatus(answer.body)})` };
    return {
      outcome: 'requires_action',
      providerRef: paymentID,
      redirectUrl: bkashURL,
      reference: field(answer.body, 'merchantInvoiceNumber') || invoiceNumber(request),
    };
  }

  /** Online payments are sales: the money is taken when the shopper pays, so there is nothing to capture later. */
  async capture(): Promise<CaptureResult> {
    return { outcome: 'rejected', reason: 'a bKash payment is captured when it is executed' };
  }

  /** An unexecuted bKash payment takes no money: cancelling is not executing it. */
  async cancel(): Promise<CancelResult> {
    return { outcome: 'cancelled' };
  }

  readCallback(_channel: CallbackChannel, fields: Readonly<Record<string, string>>): CallbackReading {
    return readCallback(fields);
  }

  async confirm(
    payment: OnlinePaymentRef,
    claim: CallbackClaim,
    mayComplete: boolean,
  ): Promise<ProviderPaymentState> {
    // Only a success callback leads to execute; whatever execute says (done, already done, not approved), the
    // status query decides.
    if (claim.hint === 'success' && mayComplete)
      await this.call('execute', { paymentID: payment.providerRef });
    return this.lookup(payment);
  }

  async lookup(payment: OnlinePaymentRef): Promise<ProviderPaymentState> {
    const answer = await this.call('payment/status', { paymentID: payment.providerRef });
    if (!answer.ok) return { status: 'unavailable', reason: answer.reason };
    return readPaymentStatus(answer.body);
  }

  async refund(request: RefundRequest): Promise<RefundResult> {
    const trxID = request.providerTxnId ?? (await this.trxIdOf(request.providerRef));
    if (typeof trxID !== 'string') return trxID;
    const answer = await this.call('payment/refund', {
      paymentID: request.providerRef,
      trxID,
      amount: MoneyAmount.ofPoisha(request.amountPoisha).toString(),
      sku: request.refundId.slice(0, 255),
      reason: `GetIt refund ${request.refundId}`.slice(0, 255),
    });
    if (!answer.ok) {
      // After a timeout bKash advises asking for the refund's status before trying again.
      const latest = await this.latestRefund(request.providerRef, trxID);
      if (latest && latest.amountPoisha === request.amountPoisha)
        return { outcome: 'refunded', refundRef: latest.refundRef, amountPoisha: latest.amountPoisha };
      return { outcome: 'unavailable', reason: answer.reason };
    }
    const refundRef = field(answer.body, 'refundTrxID');
    if (field(answer.body, 'transactionStatus') !== 'Completed' || !refundRef)
      return { outcome: 'rejected', reason: `bKash refused the refund (${describeStatus(answer.body)})` };
    const amount = MoneyAmount.parse(field(answer.body, 'amount'));
    return { outcome: 'refunded', refundRef, amountPoisha: amount?.poisha ?? request.amountPoisha };
  }

  async refundStatus(request: RefundStatusRequest) {
    const trxID = request.providerTxnId ?? (await this.trxIdOf(request.providerRef));
    if (typeof trxID !== 'string') return trxID;
    const answer = await this.call('payment/refund', { paymentID: request.providerRef, trxID });
    if (!answer.ok) return { outcome: 'unavailable' as const, reason: answer.reason };
    if (field(answer.body, 'refundTrxID') !== request.refundRef)
      return { outcome: 'pending' as const, refundRef: request.refundRef, amountPoisha: null };
    return {
      outcome:
        field(answer.body, 'transactionStatus') === 'Completed'
          ? ('refunded' as const)
          : ('pending' as const),
      refundRef: request.refundRef,
      amountPoisha: MoneyAmount.parse(field(answer.body, 'amount'))?.poisha ?? null,
    };
  }

  private async latestRefund(paymentID: string, trxID: string) {
    const answer = await this.call('payment/refund', { paymentID, trxID });
    const refundRef = answer.ok ? field(answer.body, 'refundTrxID') : '';
    const amount = answer.ok ? MoneyAmount.parse(field(answer.body, 'amount')) : null;
    return refundRef && amount ? { refundRef, amountPoisha: amount.poisha } : null;
  }

  private async trxIdOf(
    paymentID: string,
  ): Promise<string | { outcome: 'unavailable' | 'rejected'; reason: string }> {
    const state = await this.lookup({
      paymentId: '',
      providerRef: paymentID,
      reference: null,
      amountPoisha: 0,
    });
    if (state.status === 'paid' && state.providerTxnId) return state.providerTxnId;
    if (state.status === 'unavailable') return { outcome: 'unavailable', reason: state.reason };
    return { outcome: 'rejected', reason: `bKash payment ${paymentID} was not completed; nothing to refund` };
  }

  /** A checkout call with the cached token; a refused token is dropped and the call tried once more. */
  private async call(path: string, body: unknown, retried = false): Promise<BkashAnswer> {
    try {
      const idToken = await this.tokens.idToken();
      const answer = await this.http.call('POST', `${this.settings.baseUrl}/tokenized/checkout/${path}`, {
        headers: { Authorization: idToken, 'X-APP-Key': this.settings.appKey },
        json: body,
      });
      if (answer.status === 401 && !retried) {
        this.tokens.invalidate(idToken);
        return this.call(path, body, true);
      }
      if (answer.status >= 500 || isMaintenance(answer.json))
        return {
          ok: false,
          reason: `bKash ${path} answered HTTP ${answer.status} (${describeStatus(answer.json)})`,
        };
      if (answer.status !== 200 || answer.json === undefined)
        return {
          ok: false,
          reason: `bKash ${path} answered HTTP ${answer.status}: ${answer.text.slice(0, 200)}`,
        };
      return { ok: true, body: answer.json };
    } catch (error) {
      if (
        error instanceof ProviderUnreachableError ||
        error instanceof BkashAuthError ||
        error instanceof BkashUnavailableError
      )
        return { ok: false, reason: error.message };
      throw error;
    }
  }
}
