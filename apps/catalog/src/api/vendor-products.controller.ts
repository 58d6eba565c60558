import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Query } from '@nestjs/common';
import {
  createProductRequest,
  listVendorProductsQuery,
  ManagedProductPage,
  productIdParams,
  ProductView,
  updateProductRequest,
  vendorIdParams,
} from '@getit/contracts';
import { parseOrThrow } from '@getit/errors';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { VendorProductsService } from '../application/vendor-products.service';

/** A vendor's own products. The gateway checks the token's vendor against :vendorId; the service checks again. */
@Controller('vendors/:vendorId/products')
export class VendorProductsController {
  constructor(@Inject(VendorProductsService) private readonly products: VendorProductsService) {}

  @Get()
  list(
    @Ctx() ctx: RequestContext,
    @Param() params: unknown,
    @Query() query: unknown,
  ): Promise<ManagedProductPage> {
    const { vendorId } = parseOrThrow(vendorIdParams, params, 'params');
    return this.products.list(ctx, vendorId, parseOrThrow(listVendorProductsQuery, query, 'query'));
  }

  @Post()
  @HttpCode(201)
  create(@Ctx() ctx: RequestContext, @Param() params: unknown, @Body() body: unknown): Promise<ProductView> {
    const { vendorId } = parseOrThrow(vendorIdParams, params, 'params');
    return this.products.create(ctx, vendorId, parseOrThrow(createProductRequest, body, 'body'));
  }

  @Get(':productId')
  get(@Ctx() ctx: RequestContext, @Param() params: unknown): Promise<ProductView> {
    const { vendorId, productId } = parseOrThrow(productIdParams, params, 'params');
    return this.products.get(ctx, vendorId, productId);
  }

  @Patch(':productId')
  update(@Ctx() ctx: RequestContext, @Param() params: unknown, @Body() body: unknown): Promise<ProductView> {
    const { vendorId, productId } = parseOrThrow(productIdParams, params, 'params');
    return this.products.update(ctx, vendorId, productId, parseOrThrow(updateProductRequest, body, 'body'));
  }

  /** Archives: the product leaves the catalog for good but stays on record for past orders. */
  @Delete(':productId')
  archive(@Ctx() ctx: RequestContext, @Param() params: unknown): Promise<ProductView> {
    const { vendorId, productId } = parseOrThrow(productIdParams, params, 'params');
    return this.products.transition(ctx, vendorId, productId, 'archive');
  }

  @Post(':productId/submit')
  @HttpCode(200)
  submit(@Ctx() ctx: RequestContext, @Param() params: unknown): Promise<ProductView> {
    const { vendorId, productId } = parseOrThrow(productIdParams, params, 'params');
    return this.products.transition(ctx, vendorId, productId, 'submit');
  }

  @Post(':productId/unpublish')
  @HttpCode(200)
  unpublish(@Ctx() ctx: RequestContext, @Param() params: unknown): Promise<ProductView> {
    const { vendorId, productId } = parseOrThrow(productIdParams, params, 'params');
    return this.products.transition(ctx, vendorId, productId, 'unpublish');
  }
}
