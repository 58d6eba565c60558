import { formatTaka } from '@getit/contracts';
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
import {
  SSLCOMMERZ_MAX_POISHA,
  SSLCOMMERZ_MIN_POISHA,
  apiConnectProblem,
  readCallback,
  readQuery,
  readTransaction,
  sessionForm,
} from './sslcommerz-messages';
import { SslcommerzSettings } from './sslcommerz.settings';

type Answer = { ok: true; body: unknown } | { ok: false; reason: string };

/**
 * SSLCommerz v4 (cards, and wallets through SSLCommerz): a session gives the GatewayPageURL; a callback or IPN
 * is checked by verify_sign and then by the validation API (by val_id), or by the transaction query (by tran_id).
 * Refunds go through merchantTransIDvalidationAPI with the bank_tran_id.
 */
export class SslcommerzProvider implements OnlinePaymentProvider {
  readonly method = 'sslcommerz' as const;
  private readonly http: ProviderHttpClient;

  constructor(private readonly settings: SslcommerzSettings) {
    this.http = new ProviderHttpClient('SSLCommerz', settings.timeoutMs);
  }

  async authorize(request: AuthorizeRequest): Promise<AuthorizeResult> {
    if (request.amountPoisha < SSLCOMMERZ_MIN_POISHA || request.amountPoisha > SSLCOMMERZ_MAX_POISHA)
      return {
        outcome: 'declined',
        reason:
          `Card payments take ${formatTaka(SSLCOMMERZ_MIN_POISHA)} to ${formatTaka(SSLCOMMERZ_MAX_POISHA)}; ` +
          `this order is ${formatTaka(request.amountPoisha)}.`,
      };
    const form = sessionForm(request, this.settings);
    const answer = await this.call('POST', '/gwprocess/v4/api.php', { form });
    if (!answer.ok) return { outcome: 'unavailable', reason: answer.reason };
    const gatewayPageUrl = field(answer.body, 'GatewayPageURL');
    if (field(answer.body, 'status') !== 'SUCCESS' || !gatewayPageUrl)
      return {
        outcome: 'declined',
        reason: `SSLCommerz refused the payment (${field(answer.body, 'failedreason') || 'no reason given'})`,
      };
    return {
      outcome: 'requires_action',
      providerRef: form['tran_id']!,
      redirectUrl: gatewayPageUrl,
      reference: form['tran_id']!,
    };
  }

  async capture(): Promise<CaptureResult> {
    return { outcome: 'rejected', reason: 'an SSLCommerz payment is captured when the shopper pays' };
  }

  /** Nothing to void: an unpaid session expires at SSLCommerz by itself. */
  async cancel(): Promise<CancelResult> {
    return { outcome: 'cancelled' };
  }

  readCallback(channel: CallbackChannel, fields: Readonly<Record<string, string>>): CallbackReading {
    return readCallback(channel, fields, this.settings);
  }

  async confirm(payment: OnlinePaymentRef, claim: CallbackClaim): Promise<ProviderPaymentState> {
    const valId = claim.proof['val_id'];
    if (claim.hint !== 'success' || !valId) return this.lookup(payment);
    const answer = await this.call('GET', '/validator/api/validationserverAPI.php', {
      query: { val_id: valId, ...this.credentials(), v: '1', format: 'json' },
    });
    if (!answer.ok) return { status: 'unavailable', reason: answer.reason };
    const problem = apiConnectProblem(answer.body);
    if (problem) return { status: 'unavailable', reason: problem };
    return readTransaction(answer.body);
  }

  async lookup(payment: OnlinePaymentRef): Promise<ProviderPaymentState> {
    const answer = await this.call('GET', '/validator/api/merchantTransIDvalidationAPI.php', {
      query: { tran_id: payment.providerRef, ...this.credentials(), format: 'json' },
    });
    if (!answer.ok) return { status: 'unavailable', reason: answer.reason };
    const problem = apiConnectProblem(answer.body);
    if (problem) return { status: 'unavailable', reason: problem };
    return readQuery(answer.body);
  }

  async refund(request: RefundRequest): Promise<RefundResult> {
    let bankTranId = request.providerTxnId ?? null;
    if (!bankTranId) {
      const state = await this.lookup({
        paymentId: request.paymentId,
        providerRef: request.providerRef,
        reference: null,
        amountPoisha: 0,
      });
      if (state.status === 'unavailable') return { outcome: 'unavailable', reason: state.reason };
      if (state.status !== 'paid' || !state.providerTxnId)
        return {
          outcome: 'rejected',
          reason: `SSLCommerz tran_id ${request.providerRef} was not paid; nothing to refund`,
        };
      bankTranId = state.providerTxnId;
    }
    const answer = await this.call('GET', '/validator/api/merchantTransIDvalidationAPI.php', {
      query: {
        bank_tran_id: bankTranId,
        refund_amount: MoneyAmount.ofPoisha(request.amountPoisha).toString(),
        refund_remarks: `GetIt refund ${request.refundId}`,
        refe_id: request.refundId,
        ...this.credentials(),
        format: 'json',
      },
    });
    if (!answer.ok) return { outcome: 'unavailable', reason: answer.reason };
    const refundRef = field(answer.body, 'refund_ref_id');
    const status = field(answer.body, 'status');
    if (
      field(answer.body, 'APIConnect') !== 'DONE' ||
      !refundRef ||
      !['success', 'processing'].includes(status)
    )
      return {
        outcome: 'rejected',
        reason: `SSLCommerz refused the refund (${field(answer.body, 'errorReason') || status || field(answer.body, 'APIConnect')})`,
      };
    return status === 'success'
      ? { outcome: 'refunded', refundRef, amountPoisha: request.amountPoisha }
      : {
          outcome: 'pending',
          refundRef,
          amountPoisha: request.amountPoisha,
          reason: 'SSLCommerz is processing the refund',
        };
  }

  async refundStatus(request: RefundStatusRequest) {
    const answer = await this.call('GET', '/validator/api/merchantTransIDvalidationAPI.php', {
      query: { refund_ref_id: request.refundRef, ...this.credentials(), format: 'json' },
    });
    if (!answer.ok) return { outcome: 'unavailable' as const, reason: answer.reason };
    const status = field(answer.body, 'status');
    const amountPoisha = MoneyAmount.parse(field(answer.body, 'refund_amount'))?.poisha ?? null;
    if (status === 'refunded')
      return { outcome: 'refunded' as const, refundRef: request.refundRef, amountPoisha };
    if (status === 'processing')
      return { outcome: 'pending' as const, refundRef: request.refundRef, amountPoisha };
    return {
      outcome: 'rejected' as const,
      reason: `SSLCommerz: ${field(answer.body, 'errorReason') || status}`,
    };
  }

  private credentials() {
    return { store_id: this.settings.storeId, store_passwd: this.settings.storePassword };
  }

  private async call(
    method: 'GET' | 'POST',
    path: string,
    request: { form?: Record<string, string>; query?: Record<string, string> },
  ): Promise<Answer> {
    try {
      const answer = await this.http.call(method, `${this.settings.baseUrl}${path}`, request);
      if (answer.status >= 500) return { ok: false, reason: `SSLCommerz answered HTTP ${answer.status}` };
      if (answer.status !== 200 || answer.json === undefined)
        return {
          ok: false,
          reason: `SSLCommerz answered HTTP ${answer.status}: ${answer.text.slice(0, 200)}`,
        };
      return { ok: true, body: answer.json };
    } catch (error) {
      if (error instanceof ProviderUnreachableError) return { ok: false, reason: error.message };
      throw error;
    }
  }
}
