import { isPositivePoisha } from '@getit/contracts';
import {
  AuthorizeRequest,
  AuthorizeResult,
  CancelRequest,
  CancelResult,
  CaptureRequest,
  CaptureResult,
  PaymentProvider,
  RefundRequest,
  RefundResult,
} from './payment-provider.port';

/**
 * Cash on delivery: nothing to call. Authorizing succeeds at once (the shopper promises to pay the courier);
 * capture happens only when the courier reports the package delivered and the cash collected; cancelling releases
 * nothing; a refund of collected cash is paid out by hand (bKash or bank transfer), so it is pending.
 */
export class CashOnDeliveryProvider implements PaymentProvider {
  readonly method = 'cod' as const;

  async authorize(request: AuthorizeRequest): Promise<AuthorizeResult> {
    if (!isPositivePoisha(request.amountPoisha))
      return { outcome: 'declined', reason: 'the amount must be positive' };
    return {
      outcome: 'authorized',
      providerRef: this.ref(request.paymentId),
      amountPoisha: request.amountPoisha,
    };
  }

  async capture(request: CaptureRequest): Promise<CaptureResult> {
    if (request.trigger !== 'delivered')
      return {
        outcome: 'rejected',
        reason: 'cash on delivery is captured only when the courier collects the cash',
      };
    if (!isPositivePoisha(request.amountPoisha))
      return { outcome: 'rejected', reason: 'the amount must be positive' };
    return { outcome: 'captured', providerRef: request.providerRef, amountPoisha: request.amountPoisha };
  }

  async cancel(_request: CancelRequest): Promise<CancelResult> {
    return { outcome: 'cancelled' };
  }

  async refund(request: RefundRequest): Promise<RefundResult> {
    if (!isPositivePoisha(request.amountPoisha))
      return { outcome: 'rejected', reason: 'the amount must be positive' };
    return {
      outcome: 'pending',
      refundRef: `${request.providerRef}:refund:${request.refundId}`,
      amountPoisha: request.amountPoisha,
      reason: 'cash is paid back by hand (bKash or bank transfer)',
    };
  }

  private ref(paymentId: string): string {
    return `cod:${paymentId}`;
  }
}
