import { Controller, Get, Inject, Query } from '@nestjs/common';
import { searchQuery, SearchResult, suggestQuery, SuggestResult } from '@getit/contracts';
import { parseOrThrow } from '@getit/errors';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { SearchService } from '../application/search.service';

@Controller('search')
export class SearchController {
  constructor(@Inject(SearchService) private readonly searchService: SearchService) {}

  @Get()
  search(@Ctx() ctx: RequestContext, @Query() query: unknown): Promise<SearchResult> {
    return this.searchService.search(ctx, parseOrThrow(searchQuery, query, 'query'));
  }

  @Get('suggest')
  suggest(@Ctx() ctx: RequestContext, @Query() query: unknown): Promise<SuggestResult> {
    return this.searchService.suggest(ctx, parseOrThrow(suggestQuery, query, 'query'));
  }
}
