import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { type EventOf, Work, type WorkScope } from '@getit/messaging';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { CheckoutPaymentsService } from '../application/checkout-payments.service';
import { CodCollectionsService } from '../application/cod-collections.service';
import { PaymentCancellationsService } from '../application/payment-cancellations.service';
import { PaymentRequestsService } from '../application/payment-requests.service';
import { type PaymentTx } from '../infrastructure/payment-prisma';
import { EVENT_LOG, type EventLog } from './event-log';

/** The consumer group of the checkout saga's payment step: its inbox rows, Kafka offsets and `<group>.dlq`. */
export const PAYMENT_CHECKOUT_GROUP = 'payment.checkout';

/**
 * The payment side of the checkout saga, on `order.orders` (served by EventConsumerStrategy in the group
 * `payment.checkout`). Each handler runs in the delivery's unit of work, with the inbox row, and records its answer
 * there, so an event is applied and answered exactly once; the relay is woken when it commits.
 */
@Controller()
export class OrderEventsController {
  constructor(
    @Inject(PaymentRequestsService) private readonly requests: PaymentRequestsService,
    @Inject(PaymentCancellationsService) private readonly cancellations: PaymentCancellationsService,
    @Inject(CodCollectionsService) private readonly collections: CodCollectionsService,
    @Inject(CheckoutPaymentsService) private readonly checkout: CheckoutPaymentsService,
    @Inject(EVENT_LOG) private readonly log: EventLog,
  ) {}

  @EventPattern('order.payment-requested.v1')
  async paymentRequested(
    @Ctx() ctx: RequestContext,
    @Work() work: WorkScope<PaymentTx>,
    @Payload() { data }: EventOf<'order.payment-requested.v1'>,
  ): Promise<void> {
    const result = await this.requests.request(ctx, work.tx, data);
    if (result.outcome === 'existing' && result.note)
      this.log('warn', 'payment requested again with other terms; the first request stands', {
        orderId: data.orderId,
        paymentId: result.paymentId,
        note: result.note,
      });
  }

  @EventPattern('order.payment-cancel-requested.v1')
  async paymentCancelRequested(
    @Ctx() ctx: RequestContext,
    @Work() work: WorkScope<PaymentTx>,
    @Payload() { data }: EventOf<'order.payment-cancel-requested.v1'>,
  ): Promise<void> {
    const result = await this.cancellations.cancelRequested(ctx, work.tx, data);
    if (result.outcome === 'unknown' || result.outcome === 'refused')
      this.log('warn', 'payment not cancelled', { ...data, ...result });
  }

  @EventPattern('order.cancelled.v1')
  async orderCancelled(
    @Ctx() ctx: RequestContext,
    @Work() work: WorkScope<PaymentTx>,
    @Payload() { data }: EventOf<'order.cancelled.v1'>,
  ): Promise<void> {
    const results = await this.cancellations.cancelOrder(ctx, work.tx, data);
    for (const result of results.filter((r) => r.outcome === 'refused'))
      this.log('warn', 'payment of a cancelled order not cancelled', { orderId: data.orderId, ...result });
    for (const paid of await this.checkout.capturedOnline(work.tx, data.orderId))
      this.log(
        'warn',
        'online payment captured before its order was cancelled: stays captured, to be refunded',
        {
          orderId: data.orderId,
          reason: data.reason,
          ...paid,
        },
      );
  }

  @EventPattern('order.package-status-changed.v1')
  async packageStatusChanged(
    @Ctx() ctx: RequestContext,
    @Work() work: WorkScope<PaymentTx>,
    @Payload() { data }: EventOf<'order.package-status-changed.v1'>,
  ): Promise<void> {
    const result = await this.collections.packageChanged(ctx, work.tx, data);
    if (result.outcome === 'ignored' && (data.to === 'delivered' || data.to === 'cancelled'))
      this.log('info', 'package outcome not recorded against a payment', {
        orderId: data.orderId,
        packageId: data.packageId,
        reason: result.reason,
      });
  }
}
