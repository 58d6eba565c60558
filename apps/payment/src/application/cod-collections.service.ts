import { EventPayload, formatTaka } from '@getit/contracts';
import { DependencyUnavailableException } from '@getit/errors';
import { RequestContext } from '@getit/service-kit';
import { applyPackageOutcome, PaymentProvider, summarizeCollection, transitionPayment } from '../domain';
import { IntentWithPackages, PaymentIntentsRepository } from '../infrastructure/payment-intents.repository';
import { PaymentTx } from '../infrastructure/payment-prisma';
import { PaymentCancellationsService } from './payment-cancellations.service';
import { toPackageCollections, toPaymentIntent } from './payment.mapper';
import { PaymentTransitionsWriter } from './payment-transitions.writer';

export type CollectionOutcome =
  | { outcome: 'recorded'; paymentId: string; settled: 'captured' | 'cancelled' | false }
  | { outcome: 'unchanged' | 'ignored'; reason: string };

/**
 * Cash on delivery, package by package (`order.package-status-changed.v1`): a delivered package's cash is
 * collected by its courier; a cancelled package's cash never will be. Once every package is one or the other, the
 * intent is captured for what was collected, or cancelled when nothing was.
 */
export class CodCollectionsService {
  constructor(
    private readonly intents: PaymentIntentsRepository,
    private readonly cod: PaymentProvider,
    private readonly writer: PaymentTransitionsWriter,
    private readonly cancellations: PaymentCancellationsService,
  ) {}

  async packageChanged(
    ctx: RequestContext,
    tx: PaymentTx,
    change: EventPayload<'order.package-status-changed.v1'>,
  ): Promise<CollectionOutcome> {
    if (change.to !== 'delivered' && change.to !== 'cancelled')
      return { outcome: 'ignored', reason: `nothing to collect when a package is ${change.to}` };
    const row = await this.intents.findByOrder(tx, change.orderId);
    if (!row || row.method !== 'cod') return { outcome: 'ignored', reason: 'not a cash-on-delivery order' };
    if (row.status !== 'authorized') return { outcome: 'ignored', reason: `the payment is ${row.status}` };

    const step = applyPackageOutcome(toPackageCollections(row), change.packageId, change.to);
    if (!step.ok) return { outcome: 'ignored', reason: step.reason };
    if (!step.changed)
      return { outcome: 'unchanged', reason: `package ${change.packageId} was already recorded` };
    const to = change.to === 'delivered' ? 'collected' : 'cancelled';
    if (!(await this.intents.settlePackage(tx, row.id, change.packageId, to)))
      throw new Error(`package ${change.packageId} of payment ${row.id} changed concurrently; retrying`);

    const summary = summarizeCollection(step.packages);
    if (!summary.settled) return { outcome: 'recorded', paymentId: row.id, settled: false };
    if (summary.collectedPoisha === 0) {
      await this.cancellations.cancel(
        ctx,
        tx,
        row,
        'every package was cancelled: there is no cash to collect',
      );
      return { outcome: 'recorded', paymentId: row.id, settled: 'cancelled' };
    }
    await this.capture(ctx, tx, row, summary.collectedPoisha);
    return { outcome: 'recorded', paymentId: row.id, settled: 'captured' };
  }

  private async capture(
    ctx: RequestContext,
    tx: PaymentTx,
    row: IntentWithPackages,
    amountPoisha: number,
  ): Promise<void> {
    const intent = toPaymentIntent(row);
    const captured = await this.cod.capture({
      paymentId: intent.id,
      idempotencyKey: `${intent.id}:capture`,
      providerRef: row.providerRef ?? `cod:${intent.id}`,
      amountPoisha,
      currency: intent.currency,
      trigger: 'delivered',
    });
    if (captured.outcome === 'unavailable') throw new DependencyUnavailableException(captured.reason);
    if (captured.outcome === 'rejected')
      throw new Error(`capturing payment ${intent.id}: ${captured.reason}`);
    const result = transitionPayment(intent, { type: 'capture', amountPoisha: captured.amountPoisha });
    if (!result.ok) throw result.error;
    const reason = `cash collected for every delivered package (${formatTaka(amountPoisha)})`;
    await this.writer.save(tx, ctx, intent, result.intent, reason, new Date());
  }
}
