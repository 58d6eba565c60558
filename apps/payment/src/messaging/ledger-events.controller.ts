import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { type EventOf, Work, type WorkScope } from '@getit/messaging';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { CodReconciliationService } from '../application/ledger/cod-reconciliation.service';
import { PackageSalesService } from '../application/ledger/package-sales.service';
import { PackageSettlementsService } from '../application/ledger/package-settlements.service';
import { PayoutsService } from '../application/ledger/payouts.service';
import { ReturnSettlementsService } from '../application/ledger/return-settlements.service';
import { type PaymentTx } from '../infrastructure/payment-prisma';
import { EVENT_LOG, type EventLog } from './event-log';

/** The escrow ledger's consumer group (its own inbox rows and offsets, apart from the checkout saga's). */
export const PAYMENT_LEDGER_GROUP = 'payment.ledger';
const ledger = { group: PAYMENT_LEDGER_GROUP };

/**
 * The escrow ledger's inputs, on `order.orders`, `payment.payments`, `auth.vendors`, `shipping.shipments` and
 * `shipping.cod-remittances`: the sale (commission frozen), captures, deliveries, cancellations, vendors' payout
 * methods, which courier collected a COD package's cash, couriers' remittances, and the returns vendors confirmed.
 * Each handler posts in the delivery's unit of work, with its inbox row, so an event moves money exactly once;
 * refunds it grants are paid once it committed.
 */
@Controller()
export class LedgerEventsController {
  constructor(
    @Inject(PackageSalesService) private readonly sales: PackageSalesService,
    @Inject(PackageSettlementsService) private readonly settlements: PackageSettlementsService,
    @Inject(PayoutsService) private readonly payouts: PayoutsService,
    @Inject(CodReconciliationService) private readonly cod: CodReconciliationService,
    @Inject(ReturnSettlementsService) private readonly returns: ReturnSettlementsService,
    @Inject(EVENT_LOG) private readonly log: EventLog,
  ) {}

  @EventPattern('order.placed.v1', ledger)
  async orderPlaced(
    @Ctx() ctx: RequestContext,
    @Work() work: WorkScope<PaymentTx>,
    @Payload() { data }: EventOf<'order.placed.v1'>,
  ): Promise<void> {
    const waiting = await this.sales.recordSale(ctx, work.tx, data);
    await this.settlements.applyWaitingCaptures(ctx, work.tx, waiting);
  }

  @EventPattern('payment.captured.v1', ledger)
  async paymentCaptured(
    @Ctx() ctx: RequestContext,
    @Work() work: WorkScope<PaymentTx>,
    @Payload() { data }: EventOf<'payment.captured.v1'>,
  ): Promise<void> {
    const result = await this.settlements.captured(ctx, work.tx, data);
    if (result.outcome === 'noted')
      this.log('info', 'capture recorded before its sale', { paymentId: data.paymentId });
  }

  @EventPattern('order.package-status-changed.v1', ledger)
  async packageStatusChanged(
    @Ctx() ctx: RequestContext,
    @Work() work: WorkScope<PaymentTx>,
    @Payload() { data }: EventOf<'order.package-status-changed.v1'>,
  ): Promise<void> {
    const result = await this.settlements.packageChanged(ctx, work.tx, data);
    if (result.outcome === 'ignored' && data.to === 'delivered')
      this.log('warn', 'delivery not posted to the ledger', {
        packageId: data.packageId,
        reason: result.reason,
      });
  }

  @EventPattern('order.cancelled.v1', ledger)
  async orderCancelled(
    @Ctx() ctx: RequestContext,
    @Work() work: WorkScope<PaymentTx>,
    @Payload() { data }: EventOf<'order.cancelled.v1'>,
  ): Promise<void> {
    await this.settlements.orderCancelled(ctx, work.tx, data);
  }

  @EventPattern('auth.vendor-approved.v1', ledger)
  async vendorApproved(
    @Ctx() ctx: RequestContext,
    @Work() work: WorkScope<PaymentTx>,
    @Payload() { data }: EventOf<'auth.vendor-approved.v1'>,
  ): Promise<void> {
    await this.payouts.vendorApproved(ctx, work.tx, data);
  }

  @EventPattern('shipping.shipment-status-changed.v1', ledger)
  async shipmentStatusChanged(
    @Ctx() ctx: RequestContext,
    @Work() work: WorkScope<PaymentTx>,
    @Payload() { data }: EventOf<'shipping.shipment-status-changed.v1'>,
  ): Promise<void> {
    const result = await this.cod.shipmentChanged(ctx, work.tx, data);
    if (result.outcome === 'ignored' && data.codAmountPoisha > 0 && data.to.includes('delivered'))
      this.log('warn', 'cash on delivery not assigned to its courier', {
        packageId: data.packageId,
        courier: data.courier,
        reason: result.reason,
      });
  }

  @EventPattern('shipping.return-received.v1', ledger)
  async returnReceived(
    @Ctx() ctx: RequestContext,
    @Work() work: WorkScope<PaymentTx>,
    @Payload() { data }: EventOf<'shipping.return-received.v1'>,
  ): Promise<void> {
    const result = await this.returns.returnReceived(ctx, work.tx, data);
    if (result.outcome === 'ignored' || (result.outcome === 'reversed' && !result.matchesReturnedGoods))
      this.log('warn', 'returned parcel left for finance', { packageId: data.packageId, ...result });
  }

  @EventPattern('shipping.cod-remittance-received.v1', ledger)
  async codRemittanceReceived(
    @Ctx() ctx: RequestContext,
    @Work() work: WorkScope<PaymentTx>,
    @Payload() { data }: EventOf<'shipping.cod-remittance-received.v1'>,
  ): Promise<void> {
    const result = await this.cod.remittanceReceived(ctx, work.tx, data);
    if (result.queued.length > 0)
      this.log('warn', 'courier remittance has differences queued for finance', {
        courier: data.courier,
        remittanceId: data.remittanceId,
        matched: result.matched,
        queued: result.queued,
      });
  }
}
