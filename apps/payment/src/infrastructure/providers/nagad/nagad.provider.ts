import {
  AuthorizeRequest,
  AuthorizeResult,
  CallbackChannel,
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
import {
  ProviderHttpAnswer,
  ProviderHttpClient,
  ProviderUnreachableError,
  field,
} from '../provider-http.client';
import {
  completeBody,
  describeRefusal,
  initializeBody,
  nagadHeaders,
  nagadOrderId,
  open,
  readCallback,
  readVerify,
} from './nagad-messages';
import { NagadSettings } from './nagad.settings';

/**
 * Nagad's checkout: initialize (signed, encrypted; Nagad answers with a payment reference and a challenge),
 * complete (echoing the challenge; Nagad answers with the page the shopper pays on), then `verify/payment` is the
 * check that counts. Nagad has no public refund API: refunds are paid by hand.
 */
export class NagadProvider implements OnlinePaymentProvider {
  readonly method = 'nagad' as const;
  private readonly http: ProviderHttpClient;

  constructor(private readonly settings: NagadSettings) {
    this.http = new ProviderHttpClient('Nagad', settings.timeoutMs);
  }

  async authorize(request: AuthorizeRequest): Promise<AuthorizeResult> {
    const orderId = nagadOrderId(request);
    const base = `${this.settings.baseUrl}/api/dfs/check-out`;
    const init = await this.post(
      `${base}/initialize/${this.settings.merchantId}/${orderId}`,
      initializeBody(orderId, this.settings),
    );
    if (init.outcome !== 'answer') return init;
    const accepted = open(init.answer.json, this.settings);
    const paymentReferenceId = accepted?.['paymentReferenceId'];
    const challenge = accepted?.['challenge'];
    if (!paymentReferenceId || !challenge)
      return {
        outcome: 'unavailable',
        reason: "Nagad's initialize answer did not decrypt or was not signed by Nagad",
      };
    const body = completeBody(
      {
        orderId,
        amountPoisha: request.amountPoisha,
        challenge,
        paymentId: request.paymentId,
        orderNumber: request.orderNumber,
      },
      this.settings,
    );
    const complete = await this.post(`${base}/complete/${encodeURIComponent(paymentReferenceId)}`, body);
    if (complete.outcome !== 'answer') return complete;
    const callBackUrl = field(complete.answer.json, 'callBackUrl');
    if (field(complete.answer.json, 'status') !== 'Success' || !callBackUrl)
      return {
        outcome: 'declined',
        reason: `Nagad refused the payment (${describeRefusal(200, complete.answer.json, complete.answer.text)})`,
      };
    return {
      outcome: 'requires_action',
      providerRef: paymentReferenceId,
      redirectUrl: callBackUrl,
      reference: orderId,
    };
  }

  async capture(): Promise<CaptureResult> {
    return { outcome: 'rejected', reason: 'a Nagad payment is captured when the shopper pays' };
  }

  /** Nothing to void: a payment the shopper did not finish takes no money. */
  async cancel(): Promise<CancelResult> {
    return { outcome: 'cancelled' };
  }

  readCallback(_channel: CallbackChannel, fields: Readonly<Record<string, string>>): CallbackReading {
    return readCallback(fields);
  }

  confirm(payment: OnlinePaymentRef): Promise<ProviderPaymentState> {
    return this.lookup(payment);
  }

  async lookup(payment: OnlinePaymentRef): Promise<ProviderPaymentState> {
    let answer: ProviderHttpAnswer;
    try {
      answer = await this.http.call(
        'GET',
        `${this.settings.baseUrl}/api/dfs/verify/payment/${encodeURIComponent(payment.providerRef)}`,
        { headers: nagadHeaders(this.settings) },
      );
    } catch (error) {
      if (error instanceof ProviderUnreachableError) return { status: 'unavailable', reason: error.message };
      throw error;
    }
    if (answer.status >= 500)
      return { status: 'unavailable', reason: `Nagad verify answered HTTP ${answer.status}` };
    if (answer.status !== 200)
      return {
        status: 'unknown',
        reason: `Nagad: ${describeRefusal(answer.status, answer.json, answer.text)}`,
      };
    return readVerify(answer.json, this.settings);
  }

  /** Nagad publishes no refund API: the refund is paid by hand and recorded by finance. */
  async refund(request: RefundRequest): Promise<RefundResult> {
    if (!Number.isSafeInteger(request.amountPoisha) || request.amountPoisha <= 0)
      return { outcome: 'rejected', reason: 'the amount must be positive' };
    return {
      outcome: 'pending',
      refundRef: `nagad:${request.providerRef}:refund:${request.refundId}`,
      amountPoisha: request.amountPoisha,
      reason: 'Nagad has no refund API: paid back by hand',
    };
  }

  async refundStatus(request: RefundStatusRequest) {
    return { outcome: 'pending' as const, refundRef: request.refundRef, amountPoisha: null };
  }

  private async post(
    url: string,
    json: unknown,
  ): Promise<
    | { outcome: 'answer'; answer: ProviderHttpAnswer }
    | Extract<AuthorizeResult, { outcome: 'declined' | 'unavailable' }>
  > {
    try {
      const answer = await this.http.call('POST', url, { headers: nagadHeaders(this.settings), json });
      if (answer.status >= 500)
        return { outcome: 'unavailable', reason: `Nagad answered HTTP ${answer.status}` };
      if (answer.status !== 200)
        return {
          outcome: 'declined',
          reason: `Nagad refused the payment (${describeRefusal(answer.status, answer.json, answer.text)})`,
        };
      return { outcome: 'answer', answer };
    } catch (error) {
      if (error instanceof ProviderUnreachableError) return { outcome: 'unavailable', reason: error.message };
      throw error;
    }
  }
}
