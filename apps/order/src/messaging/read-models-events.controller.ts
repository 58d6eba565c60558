import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { type EventOf } from '@getit/messaging';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { ReadModelsService } from '../application/read-models.service';

/** The consumer group of the read models' handlers (the host's default group): its inbox rows, offsets and DLQ. */
export const READ_MODELS_GROUP = 'order.read-models';

/** Catalog's products, inventory's stock and auth's vendors and phones, applied to the read models once each. */
@Controller()
export class ReadModelsEventsController {
  constructor(@Inject(ReadModelsService) private readonly readModels: ReadModelsService) {}

  @EventPattern('catalog.product-upserted.v1')
  productUpserted(
    @Ctx() ctx: RequestContext,
    @Payload() { data }: EventOf<'catalog.product-upserted.v1'>,
  ): Promise<void> {
    return this.readModels.productUpserted(ctx, data);
  }

  @EventPattern('catalog.product-removed.v1')
  productRemoved(
    @Ctx() ctx: RequestContext,
    @Payload() { data }: EventOf<'catalog.product-removed.v1'>,
  ): Promise<void> {
    return this.readModels.productRemoved(ctx, data);
  }

  @EventPattern('inventory.stock-changed.v1')
  stockChanged(
    @Ctx() ctx: RequestContext,
    @Payload() { data }: EventOf<'inventory.stock-changed.v1'>,
  ): Promise<void> {
    return this.readModels.stockChanged(ctx, data);
  }

  @EventPattern('auth.vendor-approved.v1')
  vendorApproved(
    @Ctx() ctx: RequestContext,
    @Payload() { data }: EventOf<'auth.vendor-approved.v1'>,
  ): Promise<void> {
    const { vendorId, shopName, district, version } = data;
    return this.readModels.vendorDecided(ctx, { vendorId, shopName, district, active: true, version });
  }

  @EventPattern('auth.vendor-suspended.v1')
  vendorSuspended(
    @Ctx() ctx: RequestContext,
    @Payload() { data }: EventOf<'auth.vendor-suspended.v1'>,
  ): Promise<void> {
    const { vendorId, shopName, version } = data;
    return this.readModels.vendorDecided(ctx, { vendorId, shopName, active: false, version });
  }

  @EventPattern('auth.vendor-reinstated.v1')
  vendorReinstated(
    @Ctx() ctx: RequestContext,
    @Payload() { data }: EventOf<'auth.vendor-reinstated.v1'>,
  ): Promise<void> {
    const { vendorId, shopName, version } = data;
    return this.readModels.vendorDecided(ctx, { vendorId, shopName, active: true, version });
  }

  @EventPattern('auth.phone-verified.v1')
  phoneVerified(
    @Ctx() ctx: RequestContext,
    @Payload() { data }: EventOf<'auth.phone-verified.v1'>,
  ): Promise<void> {
    return this.readModels.phoneVerified(ctx, data.phone, data.userId);
  }
}
