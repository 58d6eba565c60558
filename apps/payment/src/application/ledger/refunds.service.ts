import { createHash, randomUUID } from 'node:crypto';
import {
  CompleteRefundRequest,
  CreateRefundRequest,
  RefundList,
  RefundListQuery,
  RefundView,
} from '@getit/contracts';
import { isUniqueViolation } from '@getit/database';
import { ConflictException, NotFoundException } from '@getit/errors';
import { AuditRecorder, UnitOfWork } from '@getit/messaging';
import { RequestContext } from '@getit/service-kit';
import {
  planRefund,
  postRefund,
  RefundPlan,
  RefundReason,
  RefundTrigger,
  requireFinance,
  requireRefunder,
} from '../../domain';
import {
  PackageSettlementsRepository,
  SettlementWithSale,
} from '../../infrastructure/ledger/package-settlements.repository';
import { RefundRow, RefundsRepository } from '../../infrastructure/ledger/refunds.repository';
import { PaymentPrismaClient, PaymentTx } from '../../infrastructure/payment-prisma';
import { toRefundView, toSettlement } from './ledger.mapper';
import { RefundCompletionWriter } from './refund-completion.writer';
import { REFUND_LEASE_MS, RefundProcessor } from './refund.processor';
import { SettlementPostingWriter } from './settlement-posting.writer';

/** What started a refund and when: the 10-day clock runs from `at`. */
export interface RefundCause {
  reason: RefundReason;
  trigger: RefundTrigger;
  at: Date;
}

/**
 * Refunds of one package: granted by an admin or automatically when a paid package is cancelled or comes back
 * undelivered. Granting plans it (`planRefund`: never more than was paid, 10-day deadline, channel), posts
 * `postRefund` and stores it in one transaction; paying it is the processor's job (provider) or finance's (manual).
 */
export class RefundsService {
  constructor(
    private readonly prisma: PaymentPrismaClient,
    private readonly unitOfWork: UnitOfWork<PaymentTx>,
    private readonly refunds: RefundsRepository,
    private readonly settlements: PackageSettlementsRepository,
    private readonly writer: SettlementPostingWriter,
    private readonly completion: RefundCompletionWriter,
    private readonly processor: RefundProcessor,
    /** The refund retry sweep: woken once an automatic refund is committed, so it is paid at once. */
    private readonly retries: { nudge(): void },
    private readonly audit: AuditRecorder,
  ) {}

  /**
   * POST /admin/refunds: 201 with the new refund, or 200 with the one this `refundId` already made. Requests for
   * one package queue on its decision lock, so of concurrent refunds that together exceed what was paid the first
   * is granted and the others answer 409 with what is left to refund (`refundablePoisha`).
   */
  async request(
    ctx: RequestContext,
    request: CreateRefundRequest,
  ): Promise<{ created: boolean; refund: RefundView }> {
    const refundId = request.refundId ?? randomUUID();
    const target = {
      action: 'payment.refund.create',
      targetType: 'refund',
      targetId: refundId,
      details: {
        orderId: request.orderId,
        packageId: request.packageId,
        amountPoisha: request.amountPoisha,
        reason: request.reason,
      },
    };
    const created = await this.audit.attempt(ctx, target, async () => {
      const by = requireRefunder(ctx);
      try {
        return await this.unitOfWork.run(ctx, async ({ tx }) => {
          const held = await this.settlements.lockForDecision(tx, request.packageId);
          const existing = await this.refunds.find(tx, refundId);
          if (existing) return this.sameRequest(existing, request);
          if (!held || held.orderId !== request.orderId)
            throw new NotFoundException(
              `Order ${request.orderId} has no package ${request.packageId} on record.`,
              { extensions: { field: 'packageId' } },
            );
          const plan = await this.grant(
            tx,
            held,
            refundId,
            request.amountPoisha,
            adminCause(held, request.reason),
            by,
            request.note,
            new Date(Date.now() + REFUND_LEASE_MS),
          );
          await this.audit.record(tx, ctx, {
            ...target,
            details: { ...target.details, amountPoisha: plan.amountPoisha, manual: plan.manual },
          });
          return true;
        });
      } catch (error) {
        // the same refund id sent for another package at the same moment
        if (isUniqueViolation(error))
          throw new ConflictException(`Refund ${refundId} was just made by another request.`, {
            extensions: { refundId },
            cause: error,
          });
        throw error;
      }
    });
    if (created) await this.processor.processLeased(refundId);
    return { created, refund: toRefundView((await this.refunds.find(this.prisma, refundId))!) };
  }

  /**
   * In the caller's transaction: refunds everything still refundable for a package that will not be delivered.
   * The refund id is derived from the package, so the same cancellation never refunds twice.
   */
  async refundInFull(tx: PaymentTx, held: SettlementWithSale, cause: RefundCause): Promise<string | null> {
    const refundId = derivedUuid(`auto-refund:${held.packageId}`);
    if (await this.refunds.find(tx, refundId)) return null;
    await this.grant(tx, held, refundId, 'full', cause, 'system', null);
    this.unitOfWork.scopeOf(tx).afterCommit(() => this.retries.nudge());
    return refundId;
  }

  /**
   * In the caller's transaction: refunds the goods that came back of a partially delivered prepaid package (the
   * vendor confirmed the return). The refund id is derived from the package: one return refund per package.
   */
  async refundReturned(
    tx: PaymentTx,
    held: SettlementWithSale,
    amountPoisha: number,
    cause: RefundCause,
  ): Promise<string | null> {
    const refundId = derivedUuid(`return-refund:${held.packageId}`);
    if (await this.refunds.find(tx, refundId)) return null;
    await this.grant(tx, held, refundId, amountPoisha, cause, 'system', 'goods returned to the vendor');
    this.unitOfWork.scopeOf(tx).afterCommit(() => this.retries.nudge());
    return refundId;
  }

  async list(ctx: RequestContext, query: RefundListQuery): Promise<RefundList> {
    requireRefunder(ctx);
    const rows = await this.refunds.list({ ...query, limit: query.limit ?? 50 });
    const now = new Date();
    return { items: rows.map((row) => toRefundView(row, now)) };
  }

  async get(ctx: RequestContext, refundId: string): Promise<RefundView> {
    requireRefunder(ctx);
    return toRefundView(await this.found(this.prisma, refundId));
  }

  /** POST /admin/refunds/:refundId/complete: finance paid a manual refund by hand. */
  async complete(ctx: RequestContext, refundId: string, request: CompleteRefundRequest): Promise<RefundView> {
    const target = {
      action: 'payment.refund.complete-manual',
      targetType: 'refund',
      targetId: refundId,
      details: { reference: request.reference },
    };
    await this.audit.attempt(ctx, target, async () => {
      const by = requireFinance(ctx, 'record a manual refund as paid');
      await this.unitOfWork.run(ctx, async ({ tx }) => {
        const row = await this.found(tx, refundId);
        if (row.status === 'completed') return;
        if (row.status !== 'manual_pending')
          throw new ConflictException(
            `Refund ${refundId} is being paid through the ${row.method} provider; only manual refunds are completed by hand.`,
            { extensions: { refundId, status: row.status } },
          );
        const note = request.note ? `${request.note} (ref ${request.reference})` : `ref ${request.reference}`;
        const done = await this.completion.complete(ctx, tx, row, ['manual_pending'], {
          manual: true,
          providerRef: request.reference,
          by,
          at: new Date(),
          note,
        });
        if (done)
          await this.audit.record(tx, ctx, {
            ...target,
            details: { ...target.details, orderId: row.orderId, amountPoisha: Number(row.amountPoisha) },
          });
      });
    });
    return toRefundView(await this.found(this.prisma, refundId));
  }

  private async grant(
    tx: PaymentTx,
    held: SettlementWithSale,
    refundId: string,
    amountPoisha: number | 'full',
    cause: RefundCause,
    by: string,
    note: string | null | undefined,
    leaseUntil?: Date,
  ): Promise<RefundPlan> {
    const plan = planRefund(toSettlement(held), {
      refundId,
      amountPoisha,
      reason: cause.reason,
      trigger: cause.trigger,
      triggeredAt: cause.at,
    });
    await this.writer.record(tx, held, postRefund(toSettlement(held), plan, new Date()));
    await this.refunds.insert(tx, {
      plan,
      paymentId: held.paymentId,
      status: plan.manual ? 'manual_pending' : 'pending',
      requestedBy: by,
      note: note ?? null,
      ...(leaseUntil && !plan.manual ? { leaseUntil } : {}),
    });
    return plan;
  }

  private sameRequest(existing: RefundRow, request: CreateRefundRequest): false {
    const same =
      existing.orderId === request.orderId &&
      existing.packageId === request.packageId &&
      existing.reason === request.reason &&
      (request.amountPoisha === 'full' || Number(existing.amountPoisha) === request.amountPoisha);
    if (!same)
      throw new ConflictException(`Refund ${existing.id} was already made with other terms.`, {
        extensions: { refundId: existing.id },
      });
    return false;
  }

  private async found(db: PaymentTx | PaymentPrismaClient, refundId: string): Promise<RefundRow> {
    const row = await this.refunds.find(db, refundId);
    if (!row) throw new NotFoundException(`No refund ${refundId}.`, { extensions: { field: 'refundId' } });
    return row;
  }
}

/** An admin's refund: after delivery it follows a return or a complaint, before it a cancellation. */
function adminCause(held: SettlementWithSale, reason: RefundReason): RefundCause {
  const delivered = held.stage === 'delivered';
  const trigger: RefundTrigger = delivered
    ? reason === 'returned'
      ? 'return_received'
      : 'complaint_resolved'
    : reason === 'undelivered'
      ? 'delivery_failed'
      : 'cancellation';
  return { reason, trigger, at: new Date() };
}

/** A stable UUID (version 8, RFC 9562) from a name: the same name always gives the same id. */
export function derivedUuid(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex').slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
