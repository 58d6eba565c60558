import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { listProductsQuery } from '@getit/contracts';
import { parseOrThrow } from '@getit/errors';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { PublicCatalogService } from '../application/public-catalog.service';
import { publicResponse } from './public-response';

/** Shoppers' product reads: listed products only, cacheable. */
@Controller('products')
export class PublicProductsController {
  constructor(@Inject(PublicCatalogService) private readonly catalog: PublicCatalogService) {}

  @Get()
  async list(
    @Ctx() ctx: RequestContext,
    @Query() query: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const page = await this.catalog.listProducts(ctx, parseOrThrow(listProductsQuery, query, 'query'));
    return publicResponse(request, reply, page);
  }

  @Get(':idOrSlug')
  async get(
    @Ctx() ctx: RequestContext,
    @Param('idOrSlug') idOrSlug: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    return publicResponse(request, reply, await this.catalog.productDetail(ctx, idOrSlug));
  }
}
