import { searchQuery, searchResult, suggestQuery, suggestResult } from '@getit/contracts';
import { GatewayRoute } from '../gateway-route';

/**
 * Search answers are public and the same for everyone, so anonymous repeats come from the gateway's cache; a product
 * change must be searchable within 1 s (p99), and the engine itself takes up to 200 ms to show it, so the gateway
 * holds an answer at most 200 ms before revalidating it (ADR 0017).
 */
const SEARCH_SHARED_CACHE_MAX_MS = 200;

export const searchRoutes: GatewayRoute[] = [
  {
    method: 'GET',
    path: '/api/search',
    upstream: 'search',
    access: { public: true },
    sharedCacheMaxMs: SEARCH_SHARED_CACHE_MAX_MS,
    summary: 'Search products in English, Bangla or Banglish, with filters, facets, sort and cursor paging',
    request: { query: searchQuery },
    response: { status: 200, schema: searchResult },
  },
  {
    method: 'GET',
    path: '/api/search/suggest',
    upstream: 'search',
    access: { public: true },
    sharedCacheMaxMs: SEARCH_SHARED_CACHE_MAX_MS,
    summary: 'Autocomplete: query suggestions and top products for what is being typed',
    request: { query: suggestQuery },
    response: { status: 200, schema: suggestResult },
  },
];
