import { UnitOfWork } from '@getit/messaging';
import { systemContext } from '@getit/service-kit';
import { PaymentMethod, PaymentProvider, RefundResult } from '../../domain';
import { PackageSettlementsRepository } from '../../infrastructure/ledger/package-settlements.repository';
import { RefundRow, RefundsRepository } from '../../infrastructure/ledger/refunds.repository';
import { PaymentIntentsRepository } from '../../infrastructure/payment-intents.repository';
import { PaymentPrismaClient, PaymentTx } from '../../infrastructure/payment-prisma';
import { RefundCompletionWriter } from './refund-completion.writer';

type Log = (level: 'info' | 'warn' | 'error', message: string, extra?: Record<string, unknown>) => void;

/** How long one worker holds a refund while it talks to the provider. */
export const REFUND_LEASE_MS = 60_000;
const FIRST_RETRY_MS = 5_000;
const MAX_RETRY_MS = 15 * 60_000;

/**
 * Pays a pending refund through the provider the shopper paid with (`PaymentProvider.refund`, idempotent by the
 * refund id), outside any transaction, then records the answer:
 * - refunded → completed (refund_paid, intent, payment.refunded.v1);
 * - pending (accepted, settles later) or unavailable / a thrown error → stays pending, retried with backoff;
 * - rejected → manual_pending with the reason: finance pays it by hand.
 */
export class RefundProcessor {
  constructor(
    private readonly prisma: PaymentPrismaClient,
    private readonly unitOfWork: UnitOfWork<PaymentTx>,
    private readonly refunds: RefundsRepository,
    private readonly settlements: PackageSettlementsRepository,
    private readonly intents: PaymentIntentsRepository,
    private readonly providers: ReadonlyMap<PaymentMethod, PaymentProvider>,
    private readonly completion: RefundCompletionWriter,
    private readonly log: Log,
  ) {}

  /**
   * The refund retry sweep's batch: one attempt at each of up to `limit` due pending refunds (replicas share them
   * through each refund's lease); returns how many were completed.
   */
  async processDue(limit: number, now: Date = new Date()): Promise<number> {
    let completed = 0;
    for (const id of await this.refunds.due(now, limit)) if (await this.process(id, now)) completed += 1;
    return completed;
  }

  /** One attempt at a refund, if it is pending and due; returns whether it was completed. */
  async process(refundId: string, now: Date = new Date()): Promise<boolean> {
    const row = await this.refunds.claim(refundId, now, new Date(now.getTime() + REFUND_LEASE_MS));
    return row ? this.attempt(row, now) : false;
  }

  /** The first attempt by whoever created the refund with its lease already taken (`NewRefund.leaseUntil`). */
  async processLeased(refundId: string, now: Date = new Date()): Promise<boolean> {
    const row = await this.refunds.find(this.prisma, refundId);
    return row?.status === 'pending' ? this.attempt(row, now) : false;
  }

  private async attempt(row: RefundRow, now: Date): Promise<boolean> {
    const retryAt = new Date(
      now.getTime() + Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (row.attempts - 1)),
    );
    const provider = this.providers.get(row.method as PaymentMethod);
    if (!provider) {
      await this.refunds.retryLater(row.id, `no ${row.method} provider in this build`, retryAt);
      return false;
    }
    const result = await this.callProvider(provider, row);
    switch (result.outcome) {
      case 'refunded':
        return this.completed(row, result.refundRef);
      case 'pending':
        await this.refunds.retryLater(
          row.id,
          `accepted, not settled yet: ${result.reason}`,
          retryAt,
          result.refundRef,
        );
        return false;
      case 'rejected':
        this.log('warn', 'provider refused a refund; it is now a manual refund', {
          refundId: row.id,
          reason: result.reason,
        });
        await this.refunds.toManual(row.id, `the provider refused: ${result.reason}`);
        return false;
      case 'unavailable':
        await this.refunds.retryLater(row.id, `provider unavailable: ${result.reason}`, retryAt);
        return false;
    }
  }

  private async callProvider(provider: PaymentProvider, row: RefundRow): Promise<RefundResult> {
    try {
      return await provider.refund({
        paymentId: row.paymentId ?? row.orderId,
        idempotencyKey: `${row.id}:refund`,
        providerRef: await this.providerRefOf(row),
        refundId: row.id,
        amountPoisha: Number(row.amountPoisha),
        currency: 'BDT',
      });
    } catch (error) {
      return { outcome: 'unavailable', reason: error instanceof Error ? error.message : String(error) };
    }
  }

  /** The provider's reference of the original payment: from its capture, else from the intent. */
  private async providerRefOf(row: RefundRow): Promise<string> {
    if (!row.paymentId) return `order:${row.orderId}`;
    return this.prisma.$transaction(async (tx) => {
      const capture = await this.settlements.findCapture(tx, row.paymentId!);
      if (capture) return capture.providerRef;
      return (await this.intents.findById(tx, row.paymentId!))?.providerRef ?? `payment:${row.paymentId}`;
    });
  }

  private async completed(row: RefundRow, refundRef: string): Promise<boolean> {
    const ctx = systemContext();
    return this.unitOfWork.run(ctx, ({ tx }) =>
      this.completion.complete(ctx, tx, row, ['pending'], {
        manual: false,
        providerRef: refundRef,
        by: `provider:${row.method}`,
        at: new Date(),
      }),
    );
  }
}
