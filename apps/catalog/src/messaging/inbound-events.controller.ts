import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { type EventOf } from '@getit/messaging';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { ProductStockService } from '../application/product-stock.service';
import { ShopsService } from '../application/shops.service';

/** The consumer group of the catalog's event handlers: its inbox rows, Kafka offsets and `<group>.dlq`. */
export const CATALOG_INBOUND_GROUP = 'catalog.inbound';

/**
 * What the catalog learns from other services: auth's decisions about vendors (shops open, close and reopen; their
 * products go off and back on sale) and inventory's stock levels (the in-stock flag). Product events a decision
 * causes are recorded in the delivery's transaction, with the inbox row: exactly once.
 */
@Controller()
export class InboundEventsController {
  constructor(
    @Inject(ShopsService) private readonly shops: ShopsService,
    @Inject(ProductStockService) private readonly stock: ProductStockService,
  ) {}

  @EventPattern('auth.vendor-approved.v1')
  approved(@Ctx() ctx: RequestContext, @Payload() event: EventOf<'auth.vendor-approved.v1'>): Promise<void> {
    return this.shops.applyVendorDecision(ctx, { kind: 'approved', ...event.data });
  }

  @EventPattern('auth.vendor-rejected.v1')
  rejected(@Ctx() ctx: RequestContext, @Payload() event: EventOf<'auth.vendor-rejected.v1'>): Promise<void> {
    return this.shops.applyVendorDecision(ctx, { kind: 'rejected', ...event.data });
  }

  @EventPattern('auth.vendor-suspended.v1')
  suspended(
    @Ctx() ctx: RequestContext,
    @Payload() event: EventOf<'auth.vendor-suspended.v1'>,
  ): Promise<void> {
    return this.shops.applyVendorDecision(ctx, { kind: 'suspended', ...event.data });
  }

  @EventPattern('auth.vendor-reinstated.v1')
  reinstated(
    @Ctx() ctx: RequestContext,
    @Payload() event: EventOf<'auth.vendor-reinstated.v1'>,
  ): Promise<void> {
    return this.shops.applyVendorDecision(ctx, { kind: 'reinstated', ...event.data });
  }

  @EventPattern('inventory.stock-changed.v1')
  async stockChanged(
    @Ctx() ctx: RequestContext,
    @Payload() event: EventOf<'inventory.stock-changed.v1'>,
  ): Promise<void> {
    await this.stock.applyStockChange(ctx, event.data);
  }
}
