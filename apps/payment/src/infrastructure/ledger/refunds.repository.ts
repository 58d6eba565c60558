import { RefundPlan } from '../../domain';
import { PaymentPrismaClient, PaymentTx } from '../payment-prisma';
import type { Refund as RefundRow } from '../prisma/generated/client';

export type { RefundRow };
export type RefundStatus = 'pending' | 'manual_pending' | 'completed';

type Db = PaymentTx | PaymentPrismaClient;

export interface NewRefund {
  plan: RefundPlan;
  paymentId: string | null;
  status: Exclude<RefundStatus, 'completed'>;
  requestedBy: string;
  note: string | null;
  /** The creator pays it at once and holds the first lease until then; otherwise it is due now. */
  leaseUntil?: Date;
}

/**
 * Refunds, one package each. Paying one through a provider happens outside any transaction: a worker claims a
 * pending refund by pushing its `next_attempt_at` forward (a lease), so two workers never call the provider for
 * the same refund at once, and a worker that dies leaves it to the next sweep once the lease ran out.
 */
export class RefundsRepository {
  constructor(private readonly prisma: PaymentPrismaClient) {}

  async insert(tx: PaymentTx, refund: NewRefund): Promise<void> {
    const { plan } = refund;
    await tx.refund.create({
      data: {
        id: plan.refundId,
        orderId: plan.orderId,
        packageId: plan.packageId,
        vendorId: plan.vendorId,
        paymentId: refund.paymentId,
        method: plan.paymentMethod,
        amountPoisha: BigInt(plan.amountPoisha),
        goodsPoisha: BigInt(plan.goodsPoisha),
        deliveryPoisha: BigInt(plan.deliveryPoisha),
        timing: plan.timing,
        reason: plan.reason,
        trigger: plan.trigger,
        manual: plan.manual,
        status: refund.status,
        deadlineAt: plan.deadline,
        requestedBy: refund.requestedBy,
        note: refund.note,
        ...(refund.leaseUntil ? { nextAttemptAt: refund.leaseUntil, attempts: 1 } : {}),
      },
    });
  }

  find(db: Db, id: string): Promise<RefundRow | null> {
    return db.refund.findUnique({ where: { id } });
  }

  list(filter: { status?: RefundStatus; orderId?: string; limit: number }): Promise<RefundRow[]> {
    return this.prisma.refund.findMany({
      where: {
        ...(filter.status ? { status: filter.status } : {}),
        ...(filter.orderId ? { orderId: filter.orderId } : {}),
      },
      orderBy: [{ deadlineAt: 'asc' }, { createdAt: 'asc' }],
      take: filter.limit,
    });
  }

  /** Completed refunds of one payment, for the intent's refunded total. */
  completedOfPayment(tx: PaymentTx, paymentId: string): Promise<RefundRow[]> {
    return tx.refund.findMany({ where: { paymentId, status: 'completed' }, orderBy: { completedAt: 'asc' } });
  }

  /** Ids of pending refunds whose next attempt is due. */
  async due(now: Date, limit: number): Promise<string[]> {
    const rows = await this.prisma.refund.findMany({
      where: { status: 'pending', nextAttemptAt: { lte: now } },
      select: { id: true },
      orderBy: { nextAttemptAt: 'asc' },
      take: limit,
    });
    return rows.map((row) => row.id);
  }

  /** Takes the lease on a due pending refund; null when it is not pending, not due or taken by another worker. */
  async claim(id: string, now: Date, leaseUntil: Date): Promise<RefundRow | null> {
    const claimed = await this.prisma.refund.updateMany({
      where: { id, status: 'pending', nextAttemptAt: { lte: now } },
      data: { nextAttemptAt: leaseUntil, attempts: { increment: 1 } },
    });
    return claimed.count > 0 ? this.prisma.refund.findUnique({ where: { id } }) : null;
  }

  /** The attempt did not finish the refund: say why and when to try again. */
  async retryLater(id: string, error: string, at: Date, providerRef?: string): Promise<void> {
    await this.prisma.refund.updateMany({
      where: { id, status: 'pending' },
      data: { lastError: error.slice(0, 1_000), nextAttemptAt: at, ...(providerRef ? { providerRef } : {}) },
    });
  }

  /** The provider refused: finance pays it by hand. */
  async toManual(id: string, error: string): Promise<void> {
    await this.prisma.refund.updateMany({
      where: { id, status: 'pending' },
      data: { status: 'manual_pending', manual: true, lastError: error.slice(0, 1_000) },
    });
  }

  /** Moves a refund from one of `from` to completed; false when it was not in one of them any more. */
  async complete(
    tx: PaymentTx,
    id: string,
    from: RefundStatus[],
    done: { providerRef: string | null; by: string; at: Date; note?: string },
  ): Promise<boolean> {
    const moved = await tx.refund.updateMany({
      where: { id, status: { in: from } },
      data: {
        status: 'completed',
        completedAt: done.at,
        completedBy: done.by,
        ...(done.providerRef ? { providerRef: done.providerRef } : {}),
        ...(done.note ? { note: done.note } : {}),
      },
    });
    return moved.count > 0;
  }
}
