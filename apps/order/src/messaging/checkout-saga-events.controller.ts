import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { isUuid } from '@getit/contracts';
import { type EventOf } from '@getit/messaging';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { CheckoutSagaOrchestrator } from '../application/checkout-saga.orchestrator';

/** The checkout saga's consumer group, named per handler (the read models' is the default): inbox, offsets, DLQ. */
export const CHECKOUT_SAGA_GROUP = 'order.checkout-saga';

const group = { group: CHECKOUT_SAGA_GROUP };

/**
 * The checkout saga's inbound side: inventory's and payment's answers, each applied in the delivery's inbox
 * transaction (a redelivered event finds its id in the inbox and changes nothing). Reservations are matched to
 * orders by their key, the order id; reservations made for anything else are not ours and are ignored.
 */
@Controller()
export class CheckoutSagaEventsController {
  constructor(@Inject(CheckoutSagaOrchestrator) private readonly saga: CheckoutSagaOrchestrator) {}

  @EventPattern('inventory.stock-reserved.v1', group)
  async stockReserved(
    @Ctx() ctx: RequestContext,
    @Payload() { data }: EventOf<'inventory.stock-reserved.v1'>,
  ): Promise<void> {
    if (!isUuid(data.reservationKey)) return;
    await this.saga.apply(ctx, data.reservationKey, {
      type: 'stock_reserved',
      reservationId: data.reservationId,
    });
  }

  @EventPattern('inventory.reservation-failed.v1', group)
  async reservationFailed(
    @Ctx() ctx: RequestContext,
    @Payload() { data }: EventOf<'inventory.reservation-failed.v1'>,
  ): Promise<void> {
    if (!isUuid(data.reservationKey)) return;
    await this.saga.apply(
      ctx,
      data.reservationKey,
      { type: 'stock_reservation_failed', reason: 'insufficient stock' },
      { shortages: data.shortages },
    );
  }

  @EventPattern('payment.authorized.v1', group)
  async paymentAuthorized(
    @Ctx() ctx: RequestContext,
    @Payload() { data }: EventOf<'payment.authorized.v1'>,
  ): Promise<void> {
    await this.saga.apply(ctx, data.orderId, { type: 'payment_authorized', paymentId: data.paymentId });
  }

  @EventPattern('payment.failed.v1', group)
  async paymentFailed(
    @Ctx() ctx: RequestContext,
    @Payload() { data }: EventOf<'payment.failed.v1'>,
  ): Promise<void> {
    await this.saga.apply(ctx, data.orderId, {
      type: 'payment_failed',
      paymentId: data.paymentId,
      reason: data.reason,
    });
  }
}
