import { createEnvelope, EventEnvelope } from '@getit/contracts';
import { RequestContext } from '@getit/service-kit';
import { PaymentIntent, PaymentMethod } from '../domain';

/**
 * The payment events, keyed by the order id on `payment.payments` so the order service sees one order's
 * payment events in the order they happened.
 */
export class PaymentEvents {
  authorized(ctx: RequestContext, intent: PaymentIntent, at: Date, collected: boolean): EventEnvelope {
    return createEnvelope(
      'payment.authorized.v1',
      { ...this.payment(intent), collected, authorizedAt: at.toISOString() },
      this.origin(ctx, intent.orderId),
    );
  }

  failed(
    ctx: RequestContext,
    failure: { paymentId: string | null; orderId: string; method: PaymentMethod; reason: string },
    at: Date,
  ): EventEnvelope {
    return createEnvelope(
      'payment.failed.v1',
      { ...failure, reason: failure.reason.slice(0, 500), failedAt: at.toISOString() },
      this.origin(ctx, failure.orderId),
    );
  }

  cancelled(ctx: RequestContext, intent: PaymentIntent, reason: string, at: Date): EventEnvelope {
    return createEnvelope(
      'payment.cancelled.v1',
      { ...this.payment(intent), reason: reason.slice(0, 500), cancelledAt: at.toISOString() },
      this.origin(ctx, intent.orderId),
    );
  }

  /** An online payment taken: what each vendor package paid, for the ledger's escrow. */
  captured(
    ctx: RequestContext,
    intent: PaymentIntent,
    capture: {
      providerRef: string;
      packages: { packageId: string; vendorId: string; amountPoisha: number }[];
    },
    at: Date,
  ): EventEnvelope {
    return createEnvelope(
      'payment.captured.v1',
      {
        ...this.payment(intent),
        amountPoisha: intent.capturedPoisha,
        providerRef: capture.providerRef,
        packages: capture.packages,
        capturedAt: at.toISOString(),
      },
      this.origin(ctx, intent.orderId),
    );
  }

  private payment(intent: PaymentIntent) {
    return {
      paymentId: intent.id,
      orderId: intent.orderId,
      method: intent.method,
      amountPoisha: intent.amountPoisha,
      currency: intent.currency,
    };
  }

  private origin(ctx: RequestContext, orderId: string) {
    return { producer: 'payment', correlationId: ctx.correlationId, key: orderId };
  }
}
