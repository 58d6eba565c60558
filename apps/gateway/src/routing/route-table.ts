import { z } from 'zod';
import {
  createProductRequest,
  listProductsQuery,
  productPage,
  productView,
  searchQuery,
  searchResult,
} from '@getit/contracts';
import { UpstreamName } from '../config/gateway.config';

/**
 * Every route the gateway exposes, in one table: where it goes, who may call it, and its documented shapes. A route
 * that is not here is not reachable, and a route must say its access (enforced by a test), so nothing becomes
 * public by omission.
 */
export interface GatewayRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Public path (Fastify syntax); the upstream path is the same without the `/api` prefix. */
  path: string;
  upstream: UpstreamName;
  access: { public: true } | { roles: string[] };
  summary: string;
  request?: { body?: z.ZodType; query?: z.ZodType };
  response: { status: number; schema: z.ZodType };
}

export const ROUTES: GatewayRoute[] = [
  {
    method: 'GET',
    path: '/api/products',
    upstream: 'catalog',
    access: { public: true },
    summary: 'List published products, newest first',
    request: { query: listProductsQuery },
    response: { status: 200, schema: productPage },
  },
  {
    method: 'GET',
    path: '/api/products/:idOrSlug',
    upstream: 'catalog',
    access: { public: true },
    summary: 'A product by id or slug',
    response: { status: 200, schema: productView },
  },
  {
    method: 'POST',
    path: '/api/products',
    upstream: 'catalog',
    // Identity arrives with the auth service; until then the vendor id travels in the body.
    access: { public: true },
    summary: 'Create a product',
    request: { body: createProductRequest },
    response: { status: 201, schema: productView },
  },
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

export function upstreamPath(publicUrl: string): string {
  return publicUrl.replace(/^\/api(?=\/)/, '');
}
