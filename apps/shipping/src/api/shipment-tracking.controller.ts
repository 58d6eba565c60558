import { Controller, Get, Inject, Param, ParseUUIDPipe } from '@nestjs/common';
import { ShipmentTrackingView } from '@getit/contracts';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { ShipmentTrackingService } from '../application/shipments/shipment-tracking.service';

/** GET /orders/:orderId/tracking (through the gateway as /api/orders/:orderId/tracking). */
@Controller('orders')
export class ShipmentTrackingController {
  constructor(@Inject(ShipmentTrackingService) private readonly tracking: ShipmentTrackingService) {}

  @Get(':orderId/tracking')
  track(
    @Ctx() ctx: RequestContext,
    @Param('orderId', new ParseUUIDPipe()) orderId: string,
  ): Promise<ShipmentTrackingView> {
    return this.tracking.tracking(ctx, orderId);
  }
}
