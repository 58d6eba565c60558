import { searchQuery, searchResult } from '@getit/contracts';
import { GatewayRoute } from '../gateway-route';

export const searchRoutes: GatewayRoute[] = [
  {
    method: 'GET',
    path: '/api/search',
    upstream: 'search',
    access: { public: true },
    summary: 'Search products in English or Bangla',
    request: { query: searchQuery },
    response: { status: 200, schema: searchResult },
  },
];
