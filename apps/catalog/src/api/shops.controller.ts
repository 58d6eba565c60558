import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { listShopsQuery } from '@getit/contracts';
import { parseOrThrow } from '@getit/errors';
import { PublicCatalogService } from '../application/public-catalog.service';
import { publicResponse } from './public-response';

/** Shop pages: active shops' public profiles (their products: GET /products?vendorId=…). */
@Controller('shops')
export class ShopsController {
  constructor(@Inject(PublicCatalogService) private readonly catalog: PublicCatalogService) {}

  @Get()
  async list(
    @Query() query: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    return publicResponse(
      request,
      reply,
      await this.catalog.shopList(parseOrThrow(listShopsQuery, query, 'query')),
    );
  }

  @Get(':slug')
  async get(
    @Param('slug') slug: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    return publicResponse(request, reply, await this.catalog.shop(slug));
  }
}
