import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { type EventOf } from '@getit/messaging';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { OrderSagaService } from '../application/order-saga.service';

/** The consumer group of inventory's checkout-saga handlers: its inbox rows, Kafka offsets and `<group>.dlq`. */
export const CHECKOUT_SAGA_GROUP = 'inventory.checkout-saga';

/**
 * Inventory's part of the checkout saga, on `order.orders`: reserve on `order.placed.v1`, commit on
 * `order.confirmed.v1`, release or restock on `order.cancelled.v1`, release a late reservation on
 * `order.stock-release-requested.v1`, restock a vendor's part on a package cancelled after confirmation. Each
 * step's writes and answers commit with the delivery's inbox row.
 */
@Controller()
export class OrderEventsController {
  constructor(@Inject(OrderSagaService) private readonly saga: OrderSagaService) {}

  @EventPattern('order.placed.v1')
  async placed(@Ctx() ctx: RequestContext, @Payload() event: EventOf<'order.placed.v1'>): Promise<void> {
    await this.saga.reserveOrder(ctx, event.data);
  }

  @EventPattern('order.confirmed.v1')
  async confirmed(
    @Ctx() ctx: RequestContext,
    @Payload() event: EventOf<'order.confirmed.v1'>,
  ): Promise<void> {
    await this.saga.commitOrder(ctx, event.data);
  }

  @EventPattern('order.cancelled.v1')
  async cancelled(
    @Ctx() ctx: RequestContext,
    @Payload() event: EventOf<'order.cancelled.v1'>,
  ): Promise<void> {
    await this.saga.cancelOrder(ctx, event.data);
  }

  @EventPattern('order.stock-release-requested.v1')
  async releaseRequested(
    @Ctx() ctx: RequestContext,
    @Payload() event: EventOf<'order.stock-release-requested.v1'>,
  ): Promise<void> {
    await this.saga.releaseRequested(ctx, event.data);
  }

  @EventPattern('order.package-status-changed.v1')
  async packageStatusChanged(
    @Ctx() ctx: RequestContext,
    @Payload() event: EventOf<'order.package-status-changed.v1'>,
  ): Promise<void> {
    await this.saga.packageCancelled(ctx, event.data);
  }
}
