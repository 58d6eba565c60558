import { searchQuery, searchResult, suggestQuery, suggestResult } from '@getit/contracts';
import { GatewayRoute } from '../gateway-route';

export const searchRoutes: GatewayRoute[] = [
  {
    method: 'GET',
    path: '/api/search',
    upstream: 'search',
    access: { public: true },
    summary: 'Search products in English, Bangla or Banglish, with filters, facets, sort and cursor paging',
    request: { query: searchQuery },
    response: { status: 200, schema: searchResult },
  },
  {
    method: 'GET',
    path: '/api/search/suggest',
    upstream: 'search',
    access: { public: true },
    summary: 'Autocomplete: query suggestions and top products for what is being typed',
    request: { query: suggestQuery },
    response: { status: 200, schema: suggestResult },
  },
];
