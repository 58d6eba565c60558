import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PublicCatalogService } from '../application/public-catalog.service';
import { publicResponse } from './public-response';

/** The category tree and each category's attribute definitions (own and inherited). */
@Controller('categories')
export class CategoriesController {
  constructor(@Inject(PublicCatalogService) private readonly catalog: PublicCatalogService) {}

  @Get()
  async list(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    return publicResponse(request, reply, await this.catalog.categoryTree());
  }

  @Get(':slug')
  async get(
    @Param('slug') slug: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    return publicResponse(request, reply, await this.catalog.category(slug));
  }
}
