import { SearchQuery, SearchResult, SuggestQuery, SuggestResult } from '@getit/contracts';
import { ValidationException } from '@getit/errors';
import { RequestContext } from '@getit/service-kit';
import {
  decodeCursor,
  encodeCursor,
  IndexQuery,
  parseAttributeFilters,
  SearchFilters,
} from '../domain/search-request';
import { IndexPage, SearchIndex } from './search-index.port';
import { SearchMetrics } from './search.metrics';

type Relaxation = NonNullable<SearchResult['relaxed']>;

/**
 * Answers a shopper's query from whichever index is configured. Nothing found as typed: relax step by step
 * (typos, then any word, then without the category) and say which step answered. Few found: offer the engine's
 * correction when it finds more ("did you mean").
 */
export class SearchService {
  constructor(
    private readonly index: SearchIndex,
    private readonly metrics?: SearchMetrics,
  ) {}

  async search(_ctx: RequestContext, query: SearchQuery): Promise<SearchResult> {
    const offset = decodeCursor(query.cursor);
    if (offset === undefined) {
      throw new ValidationException('The cursor is not one this search gave out.', [
        { field: 'cursor', reason: 'unknown cursor' },
      ]);
    }
    const filters: SearchFilters = {
      category: query.category,
      brand: query.brand,
      vendor: query.vendor,
      attributes: parseAttributeFilters(query.attr),
      priceMin: query.priceMin,
      priceMax: query.priceMax,
      inStock: query.inStock,
    };
    const base: IndexQuery = { text: query.q, filters, sort: query.sort, mode: 'all', limit: query.limit, offset };
    let page = await this.index.search(base);
    let relaxed: Relaxation | undefined;
    if (page.total === 0 && offset === 0) {
      for (const [step, next] of this.relaxations(base)) {
        page = await this.index.search(next);
        if (page.total > 0) {
          relaxed = step;
          break;
        }
      }
    }
    const didYouMean = await this.didYouMean(base, page, relaxed);
    if (offset === 0) this.metrics?.queried(page.total === 0 ? 'zero' : relaxed ? 'relaxed' : 'results');
    const nextOffset = offset + page.items.length;
    return {
      query: query.q,
      items: page.items,
      total: page.total,
      facets: page.facets,
      ...(nextOffset < page.total && page.items.length > 0 ? { nextCursor: encodeCursor(nextOffset) } : {}),
      ...(didYouMean ? { didYouMean } : {}),
      ...(relaxed ? { relaxed } : {}),
    };
  }

  async suggest(_ctx: RequestContext, query: SuggestQuery): Promise<SuggestResult> {
    return { query: query.q, ...(await this.index.suggest(query.q, query.limit)) };
  }

  private relaxations(base: IndexQuery): [Relaxation, IndexQuery][] {
    const steps: [Relaxation, IndexQuery][] = [];
    if (this.index.capabilities.typoTolerance) steps.push(['typos', { ...base, mode: 'fuzzy' }]);
    steps.push(['any-word', { ...base, mode: 'any' }]);
    if (base.filters.category) {
      steps.push(['category', { ...base, mode: 'any', filters: { ...base.filters, category: undefined } }]);
    }
    return steps;
  }

  private async didYouMean(base: IndexQuery, page: IndexPage, relaxed?: Relaxation): Promise<string | undefined> {
    if (!this.index.capabilities.typoTolerance || (page.total >= 3 && !relaxed)) return undefined;
    const corrected = await this.index.correct(base.text);
    if (!corrected || corrected === base.text.toLowerCase()) return undefined;
    const strictTotal = relaxed ? 0 : page.total;
    const correctedPage = await this.index.search({ ...base, text: corrected, limit: 1, offset: 0 });
    return correctedPage.total > strictTotal ? corrected : undefined;
  }
}
