import { EventEnvelope } from '@getit/contracts';
import { UnitOfWork } from '@getit/messaging';
import { RequestContext } from '@getit/service-kit';
import { OnlineMethod, PaymentCommand, PaymentIntent, transitionPayment } from '../domain';
import { OnlineIntentsRepository } from '../infrastructure/online-intents.repository';
import { IntentWithPackages } from '../infrastructure/payment-intents.repository';
import { PaymentTx } from '../infrastructure/payment-prisma';
import { OnlinePaymentMetrics } from './online-payment.metrics';
import { PaymentEvents } from './payment-events';
import { toPaymentIntent } from './payment.mapper';
import { PaymentMetrics } from './payment.metrics';
import { PaymentTransitionsWriter } from './payment-transitions.writer';

/**
 * Ends an online intent that waited for the shopper, inside the caller's transaction and under the intent's row
 * lock: captured (online payments are sales, so authorized and captured at once, announced with
 * `payment.authorized.v1` collected and `payment.captured.v1`), failed or expired (`payment.failed.v1`).
 */
export class OnlineSettlementWriter {
  constructor(
    private readonly online: OnlineIntentsRepository,
    private readonly writer: PaymentTransitionsWriter,
    private readonly events: PaymentEvents,
    private readonly metrics: PaymentMetrics,
    private readonly onlineMetrics: OnlinePaymentMetrics,
    private readonly unitOfWork: UnitOfWork<PaymentTx>,
  ) {}

  async capture(
    ctx: RequestContext,
    tx: PaymentTx,
    row: IntentWithPackages,
    proof: { providerTxnId: string | null; note: string },
  ): Promise<void> {
    const at = new Date();
    const pending = toPaymentIntent(row);
    const authorized = apply(pending, { type: 'authorize' });
    await this.writer.save(tx, ctx, pending, authorized, `verified with the provider: ${proof.note}`, at);
    const captured = apply(authorized, { type: 'capture', amountPoisha: authorized.amountPoisha });
    await this.writer.save(
      tx,
      ctx,
      authorized,
      captured,
      'an online payment is a sale: captured at once',
      at,
    );
    await this.online.recordProviderTxn(tx, row.id, proof.providerTxnId);
    const packages = row.packages.map((p) => ({
      packageId: p.packageId,
      vendorId: p.vendorId,
      amountPoisha: Number(p.amountPoisha),
    }));
    this.unitOfWork
      .scopeOf(tx)
      .record(
        this.events.authorized(ctx, captured, at, true),
        this.events.captured(ctx, captured, { providerRef: row.providerRef ?? row.id, packages }, at),
      );
    this.metrics.authorized(captured.method);
    this.onlineMetrics.capture(captured.method as OnlineMethod);
  }

  async fail(ctx: RequestContext, tx: PaymentTx, row: IntentWithPackages, code: string, reason: string) {
    const at = new Date();
    const before = toPaymentIntent(row);
    const failed = apply(before, { type: 'fail', reason });
    await this.writer.save(tx, ctx, before, failed, failed.failureReason, at);
    this.unitOfWork.scopeOf(tx).record(this.failedEvent(ctx, failed, failed.failureReason ?? reason, at));
    this.metrics.failed(before.method, code);
  }

  async expire(ctx: RequestContext, tx: PaymentTx, row: IntentWithPackages, reason: string): Promise<void> {
    const at = new Date();
    const before = toPaymentIntent(row);
    const expired = apply(before, { type: 'expire' });
    await this.writer.save(tx, ctx, before, expired, reason, at);
    this.unitOfWork.scopeOf(tx).record(this.failedEvent(ctx, expired, reason, at));
    this.metrics.failed(before.method, 'expired');
    this.onlineMetrics.expiry(before.method as OnlineMethod);
  }

  private failedEvent(ctx: RequestContext, intent: PaymentIntent, reason: string, at: Date): EventEnvelope {
    return this.events.failed(
      ctx,
      { paymentId: intent.id, orderId: intent.orderId, method: intent.method, reason },
      at,
    );
  }
}

function apply(intent: PaymentIntent, command: PaymentCommand): PaymentIntent {
  const result = transitionPayment(intent, command);
  if (!result.ok) throw result.error;
  return result.intent;
}
