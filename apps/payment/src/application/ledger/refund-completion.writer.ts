import { createEnvelope, formatTaka } from '@getit/contracts';
import { UnitOfWork } from '@getit/messaging';
import { RequestContext } from '@getit/service-kit';
import { postRefundPaid, transitionPayment } from '../../domain';
import { LedgerRepository } from '../../infrastructure/ledger/ledger.repository';
import { RefundRow, RefundsRepository, RefundStatus } from '../../infrastructure/ledger/refunds.repository';
import { PaymentIntentsRepository } from '../../infrastructure/payment-intents.repository';
import { PaymentTx } from '../../infrastructure/payment-prisma';
import { toPaymentIntent } from '../payment.mapper';
import { PaymentTransitionsWriter } from '../payment-transitions.writer';
import { toRefundPlan } from './ledger.mapper';

type Log = (level: 'info' | 'warn' | 'error', message: string, extra?: Record<string, unknown>) => void;

export interface RefundPaid {
  /** How it was paid: the provider's refund API, or by hand by finance. */
  manual: boolean;
  providerRef: string | null;
  by: string;
  at: Date;
  note?: string;
}

/**
 * A refund reached the shopper: in one transaction the refund is completed, `refund_paid` posted (from the
 * provider's clearing account, or from the bank when paid by hand), the payment intent moves to
 * partially_refunded / refunded, and `payment.refunded.v1` goes to the outbox.
 */
export class RefundCompletionWriter {
  constructor(
    private readonly refunds: RefundsRepository,
    private readonly ledger: LedgerRepository,
    private readonly intents: PaymentIntentsRepository,
    private readonly transitions: PaymentTransitionsWriter,
    private readonly unitOfWork: UnitOfWork<PaymentTx>,
    private readonly log: Log,
  ) {}

  /** False when the refund was not in one of `from` any more (another worker finished it). */
  async complete(
    ctx: RequestContext,
    tx: PaymentTx,
    row: RefundRow,
    from: RefundStatus[],
    paid: RefundPaid,
  ): Promise<boolean> {
    if (!(await this.refunds.complete(tx, row.id, from, paid))) return false;
    const plan = { ...toRefundPlan(row), manual: paid.manual };
    await this.ledger.post(tx, postRefundPaid(plan, paid.at));
    if (row.paymentId) {
      await this.moveIntent(ctx, tx, row, paid.at);
      this.unitOfWork.scopeOf(tx).record(
        createEnvelope(
          'payment.refunded.v1',
          {
            refundId: row.id,
            paymentId: row.paymentId,
            orderId: row.orderId,
            packageId: row.packageId,
            amountPoisha: plan.amountPoisha,
            reason: plan.reason,
            manual: paid.manual,
            refundedAt: paid.at.toISOString(),
          },
          { producer: 'payment', correlationId: ctx.correlationId, key: row.orderId },
        ),
      );
    }
    return true;
  }

  /**
   * The intent counts the refund once it is captured. A cash-on-delivery intent is captured only when all its
   * packages are delivered or cancelled; a refund paid before that leaves the intent as it is (logged).
   */
  private async moveIntent(ctx: RequestContext, tx: PaymentTx, row: RefundRow, at: Date): Promise<void> {
    const intentRow = await this.intents.findById(tx, row.paymentId!);
    if (!intentRow) return;
    const earlier = (await this.refunds.completedOfPayment(tx, row.paymentId!)).filter(
      (r) => r.id !== row.id,
    );
    const intent = {
      ...toPaymentIntent(intentRow),
      refunds: earlier.map((r) => ({ refundId: r.id, amountPoisha: Number(r.amountPoisha) })),
    };
    const amountPoisha = Number(row.amountPoisha);
    const moved = transitionPayment(intent, { type: 'refund', refundId: row.id, amountPoisha });
    if (!moved.ok) {
      this.log('warn', 'refund paid but the payment intent was not moved', {
        refundId: row.id,
        paymentId: row.paymentId,
        status: intent.status,
        reason: moved.error.detail,
      });
      return;
    }
    if (moved.changed)
      await this.transitions.save(
        tx,
        ctx,
        intent,
        moved.intent,
        `refund ${row.id} of ${formatTaka(amountPoisha)} paid (${row.reason})`,
        at,
      );
  }
}
