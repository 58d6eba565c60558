import { createProductRequest, listProductsQuery, productPage, productView } from '@getit/contracts';
import { GatewayRoute } from '../gateway-route';

export const catalogRoutes: GatewayRoute[] = [
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
];
