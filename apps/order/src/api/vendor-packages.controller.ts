import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import {
  packageTransitionRequest,
  vendorPackagePath,
  VendorPackagePage,
  vendorPackagesPath,
  vendorPackagesQuery,
  VendorPackageView,
} from '@getit/contracts';
import { parseOrThrow } from '@getit/errors';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { OrderViewsService } from '../application/order-views.service';
import { PackageFlowService } from '../application/package-flow.service';

/** A vendor's package queue and its moves (vendor staff of that vendor, or admins). */
@Controller('vendors/:vendorId/packages')
export class VendorPackagesController {
  constructor(
    @Inject(OrderViewsService) private readonly views: OrderViewsService,
    @Inject(PackageFlowService) private readonly packages: PackageFlowService,
  ) {}

  @Get()
  list(
    @Ctx() ctx: RequestContext,
    @Param() params: unknown,
    @Query() query: unknown,
  ): Promise<VendorPackagePage> {
    const { vendorId } = parseOrThrow(vendorPackagesPath, params, 'params');
    return this.views.vendorPackages(ctx, vendorId, parseOrThrow(vendorPackagesQuery, query, 'query'));
  }

  @Post(':packageId/transitions')
  @HttpCode(200)
  transition(
    @Ctx() ctx: RequestContext,
    @Param() params: unknown,
    @Body() body: unknown,
  ): Promise<VendorPackageView> {
    const { vendorId, packageId } = parseOrThrow(vendorPackagePath, params, 'params');
    return this.packages.transition(
      ctx,
      vendorId,
      packageId,
      parseOrThrow(packageTransitionRequest, body, 'body'),
    );
  }
}
