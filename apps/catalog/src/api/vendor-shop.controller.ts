import { Body, Controller, Get, Inject, Param, Patch } from '@nestjs/common';
import { ManagedShopView, updateShopRequest, vendorIdParams } from '@getit/contracts';
import { parseOrThrow } from '@getit/errors';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { ShopsService } from '../application/shops.service';

/** A vendor's own shop profile: logo and description (name and district come from onboarding). */
@Controller('vendors/:vendorId/shop')
export class VendorShopController {
  constructor(@Inject(ShopsService) private readonly shops: ShopsService) {}

  @Get()
  get(@Ctx() ctx: RequestContext, @Param() params: unknown): Promise<ManagedShopView> {
    return this.shops.ownShop(ctx, parseOrThrow(vendorIdParams, params, 'params').vendorId);
  }

  @Patch()
  update(
    @Ctx() ctx: RequestContext,
    @Param() params: unknown,
    @Body() body: unknown,
  ): Promise<ManagedShopView> {
    const { vendorId } = parseOrThrow(vendorIdParams, params, 'params');
    return this.shops.updateOwnShop(ctx, vendorId, parseOrThrow(updateShopRequest, body, 'body'));
  }
}
