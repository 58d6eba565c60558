import { ROUTES, upstreamPath } from './route-table';

describe('gateway route table', () => {
  it('declares the access of every route: public, or the roles it needs', () => {
    for (const route of ROUTES) {
      const declared =
        'public' in route.access ? route.access.public === true : route.access.roles.length > 0;
      expect({ route: `${route.method} ${route.path}`, declared }).toEqual({
        route: `${route.method} ${route.path}`,
        declared: true,
      });
    }
  });

  it('serves everything under /api and never the same method and path twice', () => {
    const keys = ROUTES.map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(ROUTES.every((r) => r.path.startsWith('/api/'))).toBe(true);
  });

  it('strips the /api prefix for the upstream, keeping the query string', () => {
    expect(upstreamPath('/api/products/abc?x=1')).toBe('/products/abc?x=1');
    expect(upstreamPath('/api/search?q=%E0%A6%B6')).toBe('/search?q=%E0%A6%B6');
  });
});
