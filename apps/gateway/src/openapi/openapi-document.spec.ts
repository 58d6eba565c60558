import { ROUTES } from '../routing/route-table';
import { openApiDocument } from './openapi-document';

describe('openApiDocument', () => {
  const doc = openApiDocument(ROUTES, '1.2.3') as {
    openapi: string;
    paths: Record<string, Record<string, any>>;
  };

  it('is OpenAPI 3.1 with a path per route, in OpenAPI path syntax', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/products',
      '/api/products/{idOrSlug}',
      '/api/search',
    ]);
  });

  it('documents the create-product body with its required fields and money as integers', () => {
    const body = doc.paths['/api/products']!['post'].requestBody.content['application/json'].schema;
    expect(body.required).toEqual(expect.arrayContaining(['vendorId', 'title', 'categoryPath', 'price']));
    expect(body.properties.price.properties.amountPoisha.type).toBe('integer');
    expect(body.additionalProperties).toBe(false);
  });

  it('documents query parameters and problem responses', () => {
    const search = doc.paths['/api/search']!['get'];
    expect(search.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'q', in: 'query', required: true })]),
    );
    expect(search.responses.default.content).toHaveProperty('application/problem+json');
  });
});
