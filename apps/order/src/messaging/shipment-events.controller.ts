import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { type EventOf } from '@getit/messaging';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { PackageFlowService } from '../application/package-flow.service';

/** The consumer group of shipping's events in order: its inbox rows, offsets and DLQ. */
export const SHIPMENTS_GROUP = 'order.shipments';

/**
 * Shipping's courier reports: each package's status follows its shipment (handed over, delivered, returned), and a
 * return the vendor confirmed is recorded on the package.
 */
@Controller()
export class ShipmentEventsController {
  constructor(@Inject(PackageFlowService) private readonly packages: PackageFlowService) {}

  @EventPattern('shipping.shipment-status-changed.v1', { group: SHIPMENTS_GROUP })
  statusChanged(
    @Ctx() ctx: RequestContext,
    @Payload() { data }: EventOf<'shipping.shipment-status-changed.v1'>,
  ): Promise<void> {
    return this.packages.followShipment(ctx, data);
  }

  /** The vendor confirmed the parcel came back: the package records what returned. */
  @EventPattern('shipping.return-received.v1', { group: SHIPMENTS_GROUP })
  async returnReceived(
    @Ctx() ctx: RequestContext,
    @Payload() { data }: EventOf<'shipping.return-received.v1'>,
  ): Promise<void> {
    await this.packages.recordReturn(ctx, data);
  }
}
