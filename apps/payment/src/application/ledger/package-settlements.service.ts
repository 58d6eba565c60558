import { EventPayload } from '@getit/contracts';
import { RequestContext } from '@getit/service-kit';
import {
  IllegalSettlementStepException,
  packageTotalPoisha,
  postCodCollected,
  postPackageDelivered,
  postPaymentCaptured,
  UNASSIGNED_COURIER,
} from '../../domain';
import {
  LedgerCaptureRow,
  PackageSettlementsRepository,
  SettlementWithSale,
} from '../../infrastructure/ledger/package-settlements.repository';
import { PaymentIntentsRepository } from '../../infrastructure/payment-intents.repository';
import { PaymentTx } from '../../infrastructure/payment-prisma';
import { toSettlement } from './ledger.mapper';
import { RefundCause, RefundsService } from './refunds.service';
import { SettlementPostingWriter } from './settlement-posting.writer';

type PackageChange = EventPayload<'order.package-status-changed.v1'>;
type Captured = EventPayload<'payment.captured.v1'>;
type OrderCancelled = EventPayload<'order.cancelled.v1'>;
type CapturedPackage = Captured['packages'][number];

export type SettlementOutcome =
  { outcome: 'posted' | 'noted'; detail: string } | { outcome: 'unchanged' | 'ignored'; reason: string };

const ORDER_CANCEL_REASONS: Record<OrderCancelled['reason'], RefundCause['reason']> = {
  shopper_requested: 'shopper_cancelled',
  stock_unavailable: 'out_of_stock',
  payment_failed: 'other',
  checkout_timed_out: 'other',
  admin_decision: 'other',
  all_packages_failed: 'undelivered',
};

/**
 * Moves each package's money through the ledger as the order and payment events say, in the consumer's inbox
 * transaction: captured online → escrow; delivered → (cash collected, for COD) escrow released to the vendor net of
 * commission and VAT; cancelled or returned undelivered with money held → refunded in full. Events come on two
 * topics, so a delivery or cancellation reported before the money arrived is remembered and finished by the capture.
 */
export class PackageSettlementsService {
  constructor(
    private readonly settlements: PackageSettlementsRepository,
    private readonly intents: PaymentIntentsRepository,
    private readonly writer: SettlementPostingWriter,
    private readonly refunds: RefundsService,
  ) {}

  /** `payment.captured.v1`: recorded at once; posted when every package's sale is known (else at order.placed). */
  async captured(_ctx: RequestContext, tx: PaymentTx, capture: Captured): Promise<SettlementOutcome> {
    // queues behind the order's sale if it is being recorded right now (`PackageSalesService.recordSale`)
    await this.settlements.lockOrderFunding(tx, capture.orderId);
    const fresh = await this.settlements.insertCapture(tx, {
      paymentId: capture.paymentId,
      orderId: capture.orderId,
      method: capture.method,
      amountPoisha: capture.amountPoisha,
      providerRef: capture.providerRef,
      packages: capture.packages,
      capturedAt: new Date(capture.capturedAt),
    });
    if (!fresh) return { outcome: 'unchanged', reason: `capture ${capture.paymentId} was already recorded` };
    const stored = (await this.settlements.findCapture(tx, capture.paymentId))!;
    return this.applyCapture(tx, stored);
  }

  /** After `order.placed.v1` recorded the sale: the captures that came first (what `recordSale` answered). */
  async applyWaitingCaptures(
    _ctx: RequestContext,
    tx: PaymentTx,
    waiting: LedgerCaptureRow[],
  ): Promise<number> {
    let applied = 0;
    for (const capture of waiting)
      if ((await this.applyCapture(tx, capture)).outcome === 'posted') applied += 1;
    return applied;
  }

  async packageChanged(
    _ctx: RequestContext,
    tx: PaymentTx,
    change: PackageChange,
  ): Promise<SettlementOutcome> {
    if (!['delivered', 'cancelled', 'returned'].includes(change.to))
      return { outcome: 'ignored', reason: `no money moves when a package is ${change.to}` };
    // the package's decision lock, as the shipping event's handler and refunds take it: the order's delivery and
    // shipping's arriving together queue here instead of one rolling back and being redelivered
    const held = await this.settlements.lockForDecision(tx, change.packageId);
    if (!held) return { outcome: 'ignored', reason: `no sale of package ${change.packageId} on record` };
    const at = new Date(change.changedAt);
    if (change.to === 'delivered') return this.deliver(tx, held, at);
    const cause: RefundCause =
      change.to === 'returned'
        ? { reason: 'undelivered', trigger: 'delivery_failed', at }
        : {
            reason:
              change.actor.kind === 'vendor'
                ? 'vendor_cancelled'
                : change.actor.kind === 'shopper'
                  ? 'shopper_cancelled'
                  : 'other',
            trigger: 'cancellation',
            at,
          };
    return this.cancel(tx, held, cause);
  }

  /** `order.cancelled.v1`: every package of the order that was not delivered. */
  async orderCancelled(
    _ctx: RequestContext,
    tx: PaymentTx,
    order: OrderCancelled,
  ): Promise<SettlementOutcome[]> {
    const cause: RefundCause = {
      reason: ORDER_CANCEL_REASONS[order.reason],
      trigger: 'cancellation',
      at: new Date(order.cancelledAt),
    };
    const outcomes: SettlementOutcome[] = [];
    for (const held of await this.settlements.ofOrder(tx, order.orderId))
      outcomes.push(await this.cancel(tx, held, cause));
    return outcomes;
  }

  private async applyCapture(tx: PaymentTx, capture: LedgerCaptureRow): Promise<SettlementOutcome> {
    const packages = capture.packages as CapturedPackage[];
    const rows = await this.settlements.ofPackages(
      tx,
      packages.map((p) => p.packageId),
    );
    if (rows.length < packages.length)
      return { outcome: 'noted', detail: `capture ${capture.paymentId} waits for its order's sale` };
    for (const pkg of packages) {
      const row = rows.find((r) => r.packageId === pkg.packageId)!;
      if (row.orderId !== capture.orderId || packageTotalPoisha(toSettlement(row)) !== pkg.amountPoisha)
        throw new IllegalSettlementStepException(
          pkg.packageId,
          row.stage,
          'capture',
          `payment ${capture.paymentId} says ${pkg.amountPoisha} poisha for order ${capture.orderId}, the sale says ` +
            `${packageTotalPoisha(toSettlement(row))} for order ${row.orderId}`,
        );
    }
    const step = postPaymentCaptured(rows.map(toSettlement), {
      paymentId: capture.paymentId,
      capturedPoisha: packages.reduce((sum, p) => sum + p.amountPoisha, 0),
      occurredAt: capture.capturedAt,
    });
    for (const [i, row] of rows.entries()) {
      const funded = await this.writer.record(
        tx,
        row,
        { posting: step.postings[i]!, settlement: step.settlements[i]! },
        { paymentId: capture.paymentId },
      );
      await this.finishReported(tx, funded);
    }
    await this.settlements.markCaptureApplied(tx, capture.paymentId);
    return { outcome: 'posted', detail: `${rows.length} package(s) into escrow` };
  }

  /** A package whose delivery or cancellation was reported before its money arrived. */
  private async finishReported(tx: PaymentTx, held: SettlementWithSale): Promise<void> {
    if (held.cancelledAt)
      await this.refunds.refundInFull(tx, held, {
        reason: 'other',
        trigger: 'cancellation',
        at: held.cancelledAt,
      });
    else if (held.deliveryReportedAt) await this.deliver(tx, held, held.deliveryReportedAt);
  }

  private async deliver(tx: PaymentTx, held: SettlementWithSale, at: Date): Promise<SettlementOutcome> {
    if (held.stage === 'delivered' || held.stage === 'refunded')
      return { outcome: 'unchanged', reason: `package ${held.packageId} is ${held.stage}` };
    if (held.stage === 'awaiting_funds') {
      if (held.paymentMethod !== 'cod') {
        await this.writer.note(tx, held, toSettlement(held), { deliveryReportedAt: at });
        return { outcome: 'noted', detail: 'delivered before the capture arrived; released when it does' };
      }
      held = await this.collectCod(tx, held, at);
    }
    await this.writer.record(tx, held, postPackageDelivered(toSettlement(held), { deliveredAt: at }));
    return { outcome: 'posted', detail: `package ${held.packageId} delivered` };
  }

  /**
   * A cash-on-delivery package's cash is in the courier's hands: its total goes into escrow against
   * `cod_receivable:unassigned` (the shipping event names the courier afterwards, `CodReconciliationService`).
   * Whichever of the order's delivery and the shipping event comes first posts it; the other finds it posted.
   */
  async collectCod(tx: PaymentTx, held: SettlementWithSale, at: Date): Promise<SettlementWithSale> {
    if (held.stage !== 'awaiting_funds' || held.paymentMethod !== 'cod') return held;
    const courier = held.courier ?? UNASSIGNED_COURIER;
    const intent = await this.intents.findByOrder(tx, held.orderId);
    const settlement = toSettlement(held);
    return this.writer.record(
      tx,
      held,
      postCodCollected(settlement, {
        courier,
        collectedPoisha: packageTotalPoisha(settlement),
        occurredAt: at,
      }),
      { courier, paymentId: intent?.id ?? null },
    );
  }

  private async cancel(
    tx: PaymentTx,
    held: SettlementWithSale,
    cause: RefundCause,
  ): Promise<SettlementOutcome> {
    if (held.stage === 'delivered' || held.stage === 'refunded' || held.cancelledAt)
      return {
        outcome: 'unchanged',
        reason: `package ${held.packageId} is ${held.cancelledAt ? 'cancelled' : held.stage}`,
      };
    const noted = await this.writer.note(tx, held, toSettlement(held), { cancelledAt: cause.at });
    if (noted.stage !== 'in_escrow')
      return { outcome: 'noted', detail: 'cancelled before any money arrived: nothing to refund' };
    const refundId = await this.refunds.refundInFull(tx, noted, cause);
    return { outcome: 'posted', detail: `refund ${refundId} of everything held` };
  }
}
