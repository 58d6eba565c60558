import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the staleness check must read the route table the types come from
import { openApiDocument } from '../../../apps/gateway/src/openapi/openapi-document';
// eslint-disable-next-line @nx/enforce-module-boundaries -- as above
import { ROUTES } from '../../../apps/gateway/src/routing/route-table';
import { generateApiTypes } from './openapi-types.generator';

const GENERATED = join(__dirname, 'generated', 'gateway-api.ts');

describe('generated API types', () => {
  it('match the gateway route table (regenerate with `npx nx run api-client:generate`)', () => {
    const fresh = generateApiTypes(openApiDocument(ROUTES, '0.0.0'));
    if (process.env['UPDATE_API_TYPES'] === '1') writeFileSync(GENERATED, fresh);
    const committed = readFileSync(GENERATED, 'utf8');
    expect(committed).toBe(fresh);
  });

  it('give every shopper route a typed JSON response, not unknown', () => {
    const types = readFileSync(GENERATED, 'utf8');
    for (const path of ['/api/products/{idOrSlug}', '/api/carts/{cartId}', '/api/orders', '/api/search'])
      expect(types).toContain(`"${path}": {`);
    expect(types).toMatch(/inStock: boolean/);
    expect(types).toMatch(/deliveryChargePoisha: number/);
  });
});
