import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { type EventOf } from '@getit/messaging';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { ReturnRestockService } from '../application/return-restock.service';

/** The consumer group of inventory's handlers of shipping's events: its own inbox rows, offsets and DLQ. */
export const SHIPPING_RETURNS_GROUP = 'inventory.returns';

/** Returns to origin: a parcel the vendor confirmed back goes on hand again, once. */
@Controller()
export class ShippingEventsController {
  constructor(@Inject(ReturnRestockService) private readonly returns: ReturnRestockService) {}

  @EventPattern('shipping.return-received.v1', { group: SHIPPING_RETURNS_GROUP })
  async returnReceived(
    @Ctx() ctx: RequestContext,
    @Payload() { data }: EventOf<'shipping.return-received.v1'>,
  ): Promise<void> {
    await this.returns.returnReceived(ctx, data);
  }
}
