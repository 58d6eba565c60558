import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { createProductRequest, listProductsQuery, ProductPage, ProductView } from '@getit/contracts';
import { parseOrThrow } from '@getit/errors';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { ProductsService } from '../application/products.service';

/** HTTP face of the catalog: validate, build the context, call one use case. */
@Controller('products')
export class ProductsController {
  constructor(@Inject(ProductsService) private readonly products: ProductsService) {}

  @Post()
  @HttpCode(201)
  create(@Ctx() ctx: RequestContext, @Body() body: unknown): Promise<ProductView> {
    return this.products.create(ctx, parseOrThrow(createProductRequest, body, 'body'));
  }

  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: unknown): Promise<ProductPage> {
    return this.products.list(ctx, parseOrThrow(listProductsQuery, query, 'query'));
  }

  @Get(':idOrSlug')
  get(@Ctx() ctx: RequestContext, @Param('idOrSlug') idOrSlug: string): Promise<ProductView> {
    return this.products.get(ctx, idOrSlug);
  }
}
