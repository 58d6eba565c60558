import { SearchQuery, SearchResult } from '@getit/contracts';
import { RequestContext } from '@getit/service-kit';
import { prefixQuery } from '../domain/search-text';
import { SearchDocumentsRepository } from '../infrastructure/search-documents.repository';

export class SearchService {
  constructor(private readonly documents: SearchDocumentsRepository) {}

  async search(_ctx: RequestContext, query: SearchQuery): Promise<SearchResult> {
    const tsquery = prefixQuery(query.q);
    return { query: query.q, items: tsquery ? await this.documents.search(tsquery, query.limit) : [] };
  }
}
