import { ROUTES } from '../routing/route-table';
import { GatewayRoute } from '../routing/gateway-route';
import { openApiDocument } from './openapi-document';

type Doc = {
  openapi: string;
  paths: Record<string, Record<string, any>>;
  components: Record<string, any>;
};

/** A property anywhere in a JSON schema, for shapes that nest (variants[].price.amountPoisha). */
function findProperty(schema: any, name: string): any {
  if (typeof schema !== 'object' || schema === null) return undefined;
  if (schema.properties?.[name]) return schema.properties[name];
  for (const value of Object.values(schema)) {
    const found = findProperty(value, name);
    if (found) return found;
  }
  return undefined;
}

describe('openApiDocument', () => {
  const doc = openApiDocument(ROUTES, '1.2.3') as Doc;
  const operations = ROUTES.map((route) => ({
    route,
    operation: doc.paths[route.path.replace(/:([A-Za-z]+)/g, '{$1}')]![route.method.toLowerCase()],
  }));

  it('is OpenAPI 3.1 with an operation per route, in OpenAPI path syntax', () => {
    expect(doc.openapi).toBe('3.1.0');
    for (const { route, operation } of operations)
      expect({ route: `${route.method} ${route.path}`, documented: operation !== undefined }).toEqual({
        route: `${route.method} ${route.path}`,
        documented: true,
      });
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/products', '/api/search']));
  });

  it('documents the create-product body as strict, with money as integers', () => {
    const body =
      doc.paths['/api/vendors/{vendorId}/products']!['post'].requestBody.content['application/json'].schema;
    expect(body.required).toEqual(expect.arrayContaining(['title']));
    expect(findProperty(body, 'amountPoisha').type).toBe('integer');
    expect(body.additionalProperties).toBe(false);
  });

  it('documents query parameters and problem responses', () => {
    const search = doc.paths['/api/search']!['get'];
    expect(search.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'q', in: 'query', required: true })]),
    );
    expect(search.responses.default.content).toHaveProperty('application/problem+json');
    expect(doc.components['schemas'].Problem.required).toEqual(['type', 'title', 'status', 'code']);
  });

  it('documents who may call each route: bearer security, roles, second factor and vendor scope', () => {
    for (const { route, operation } of operations) {
      if ('public' in route.access) {
        expect(operation.security).toEqual([{}, { bearer: [] }]);
        expect(operation['x-public']).toBe(true);
        expect(operation['x-roles']).toBeUndefined();
      } else {
        expect(operation.security).toEqual([{ bearer: [] }]);
        expect(operation['x-roles']).toEqual(route.access.roles);
        expect(operation['x-vendor-scoped']).toBe(route.access.vendorScoped === true);
        const admins = route.access.roles.filter((role) => role.startsWith('admin:'));
        expect(operation['x-mfa-roles']).toEqual(expect.arrayContaining(admins));
      }
    }
    expect(doc.paths['/api/vendors/{vendorId}/products']!['post']['x-roles']).toEqual([
      'vendor:owner',
      'vendor:manager',
      'vendor:staff',
    ]);
    expect(doc.components['securitySchemes'].bearer).toMatchObject({ scheme: 'bearer', bearerFormat: 'JWT' });
  });

  it("documents the gateway's own 401, 403 and 429 answers, with their headers", () => {
    for (const { route, operation } of operations) {
      expect(operation.responses[401]).toEqual({ $ref: '#/components/responses/Unauthenticated' });
      expect(operation.responses[429]).toEqual({ $ref: '#/components/responses/RateLimited' });
      expect(operation.responses[403]).toEqual(
        'public' in route.access ? undefined : { $ref: '#/components/responses/Forbidden' },
      );
    }
    const responses = doc.components['responses'];
    expect(responses.RateLimited.headers['Retry-After'].schema.type).toBe('integer');
    expect(responses.Unauthenticated.headers).toHaveProperty('WWW-Authenticate');
  });

  it('marks the admin roles of a mixed route as needing a second factor, and mfa routes for every role', () => {
    const routes: GatewayRoute[] = [
      {
        method: 'GET',
        path: '/api/vendors/:vendorId/orders',
        upstream: 'catalog',
        access: { roles: ['vendor:owner', 'admin:support'], vendorScoped: true },
        summary: 'x',
        response: ROUTES[0]!.response,
      },
      {
        method: 'PUT',
        path: '/api/vendors/:vendorId/payout-account',
        upstream: 'catalog',
        access: { roles: ['vendor:owner'], vendorScoped: true, mfa: true },
        rateLimit: 'auth',
        summary: 'y',
        response: ROUTES[0]!.response,
      },
    ];
    const mixed = openApiDocument(routes, '1') as Doc;

    expect(mixed.paths['/api/vendors/{vendorId}/orders']!['get']).toMatchObject({
      'x-mfa-roles': ['admin:support'],
      'x-vendor-scoped': true,
      'x-rate-limit': 'default',
    });
    expect(mixed.paths['/api/vendors/{vendorId}/payout-account']!['put']).toMatchObject({
      'x-mfa-roles': ['vendor:owner'],
      'x-rate-limit': 'auth',
    });
  });
});
