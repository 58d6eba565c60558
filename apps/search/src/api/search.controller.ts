import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { searchQuery, suggestQuery } from '@getit/contracts';
import { parseOrThrow } from '@getit/errors';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { SearchService } from '../application/search.service';
import { sharedAnswer } from './shared-answer';

/** Shoppers' searches: public, the same for every reader, so the gateway may keep them briefly (ADR 0017). */
@Controller('search')
export class SearchController {
  constructor(@Inject(SearchService) private readonly searchService: SearchService) {}

  @Get()
  async search(
    @Ctx() ctx: RequestContext,
    @Query() query: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const result = await this.searchService.search(ctx, parseOrThrow(searchQuery, query, 'query'));
    return sharedAnswer(request, reply, result);
  }

  @Get('suggest')
  async suggest(
    @Ctx() ctx: RequestContext,
    @Query() query: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const result = await this.searchService.suggest(ctx, parseOrThrow(suggestQuery, query, 'query'));
    return sharedAnswer(request, reply, result);
  }
}
