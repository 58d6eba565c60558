import { EventPayload } from '@getit/contracts';
import { DependencyUnavailableException } from '@getit/errors';
import { UnitOfWork } from '@getit/messaging';
import { RequestContext } from '@getit/service-kit';
import { PaymentMethod, PaymentProvider, transitionPayment } from '../domain';
import { IntentWithPackages, PaymentIntentsRepository } from '../infrastructure/payment-intents.repository';
import { PaymentTx } from '../infrastructure/payment-prisma';
import { PaymentEvents } from './payment-events';
import { toPaymentIntent } from './payment.mapper';
import { PaymentMetrics } from './payment.metrics';
import { PaymentTransitionsWriter } from './payment-transitions.writer';

/** What a cancellation did to one intent. */
export type CancelOutcome =
  | { outcome: 'cancelled' | 'already_cancelled'; paymentId: string }
  | { outcome: 'refused'; paymentId: string; reason: string }
  | { outcome: 'unknown'; reason: string };

/**
 * The saga's payment compensations, inside the consumer's transaction: the order service asks to cancel one
 * payment (`order.payment-cancel-requested.v1`) or cancels the whole order (`order.cancelled.v1`). Each cancelled
 * intent is announced with `payment.cancelled.v1`. Money that already moved (a captured payment) is refused
 * here: that is a refund.
 */
export class PaymentCancellationsService {
  constructor(
    private readonly intents: PaymentIntentsRepository,
    private readonly providers: ReadonlyMap<PaymentMethod, PaymentProvider>,
    private readonly writer: PaymentTransitionsWriter,
    private readonly events: PaymentEvents,
    private readonly metrics: PaymentMetrics,
    private readonly unitOfWork: UnitOfWork<PaymentTx>,
  ) {}

  async cancelRequested(
    ctx: RequestContext,
    tx: PaymentTx,
    request: EventPayload<'order.payment-cancel-requested.v1'>,
  ): Promise<CancelOutcome> {
    const row = await this.intents.findById(tx, request.paymentId);
    if (!row || row.orderId !== request.orderId)
      return { outcome: 'unknown', reason: `no payment ${request.paymentId} for order ${request.orderId}` };
    return this.cancel(ctx, tx, row, 'the order service cancelled it (the order went ahead without it)');
  }

  /** Every intent of the order that can still be cancelled; the others (failed, cancelled) stay as they are. */
  async cancelOrder(
    ctx: RequestContext,
    tx: PaymentTx,
    order: EventPayload<'order.cancelled.v1'>,
  ): Promise<CancelOutcome[]> {
    const outcomes: CancelOutcome[] = [];
    for (const row of await this.intents.cancellableOfOrder(tx, order.orderId))
      outcomes.push(await this.cancel(ctx, tx, row, `the order was cancelled (${order.reason})`));
    return outcomes;
  }

  /** Cancels one intent: the provider first (idempotent by key), then the state, the history and the event. */
  async cancel(
    ctx: RequestContext,
    tx: PaymentTx,
    row: IntentWithPackages,
    reason: string,
  ): Promise<CancelOutcome> {
    const intent = toPaymentIntent(row);
    const result = transitionPayment(intent, { type: 'cancel' });
    if (!result.ok) return { outcome: 'refused', paymentId: intent.id, reason: result.error.detail };
    if (!result.changed) return { outcome: 'already_cancelled', paymentId: intent.id };

    const provider = this.providers.get(intent.method);
    if (provider && row.providerRef) {
      const voided = await provider.cancel({
        paymentId: intent.id,
        idempotencyKey: `${intent.id}:cancel`,
        providerRef: row.providerRef,
      });
      if (voided.outcome === 'unavailable')
        throw new DependencyUnavailableException(
          `The ${intent.method} provider is unreachable: ${voided.reason}`,
        );
      if (voided.outcome === 'rejected')
        return { outcome: 'refused', paymentId: intent.id, reason: voided.reason };
    }
    const at = new Date();
    await this.writer.save(tx, ctx, intent, result.intent, reason, at);
    this.unitOfWork.scopeOf(tx).record(this.events.cancelled(ctx, result.intent, reason, at));
    this.metrics.cancelled();
    return { outcome: 'cancelled', paymentId: intent.id };
  }
}
