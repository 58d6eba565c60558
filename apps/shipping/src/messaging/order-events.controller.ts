import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { type EventOf } from '@getit/messaging';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { ShipmentBookingService } from '../application/shipments/shipment-booking.service';

/** The consumer group of shipping's handlers of order events. */
export const SHIPPING_ORDER_EVENTS_GROUP = 'shipping.order-events';

/** Order's events that start shipments: what to ship (placed), when it was paid (confirmed), packed → book. */
@Controller()
export class OrderEventsController {
  constructor(@Inject(ShipmentBookingService) private readonly booking: ShipmentBookingService) {}

  /** What to ship, and the lines a vendor may later say came back (one statement in the delivery's unit of work). */
  @EventPattern('order.placed.v1')
  placed(@Ctx() ctx: RequestContext, @Payload() event: EventOf<'order.placed.v1'>): Promise<void> {
    return this.booking.orderPlaced(ctx, event.data);
  }

  @EventPattern('order.confirmed.v1')
  confirmed(@Ctx() ctx: RequestContext, @Payload() event: EventOf<'order.confirmed.v1'>): Promise<void> {
    return this.booking.orderConfirmed(ctx, event.data);
  }

  @EventPattern('order.package-status-changed.v1')
  async packageChanged(
    @Ctx() ctx: RequestContext,
    @Payload() event: EventOf<'order.package-status-changed.v1'>,
  ): Promise<void> {
    if (event.data.to === 'packed') await this.booking.packagePacked(ctx, event.data);
  }
}
