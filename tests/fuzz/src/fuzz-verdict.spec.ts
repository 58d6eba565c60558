import { faultsOf } from './fuzz-verdict';

const problem = 'application/problem+json; charset=utf-8';

describe('faultsOf', () => {
  it('passes answers a client may get', () => {
    expect(faultsOf(200, 'application/json', '{"items":[{"title":"Select from our Eid range"}]}')).toEqual(
      [],
    );
    expect(faultsOf(404, problem, '{"code":"NOT_FOUND","detail":"No product \\"x\\"."}')).toEqual([]);
    expect(faultsOf(302, undefined, '')).toEqual([]);
  });

  it('fails every 5xx, problem+json or not', () => {
    expect(faultsOf(500, problem, '{"code":"INTERNAL"}')).toEqual(['5xx']);
    expect(faultsOf(503, 'text/plain', 'Service Unavailable')).toEqual(['5xx']);
  });

  it("fails a 4xx in Fastify's own JSON", () => {
    expect(faultsOf(400, 'application/json', '{"code":"FST_ERR_BAD_URL","statusCode":400}')).toEqual([
      '4xx without problem+json',
    ]);
  });

  it('fails a body that leaks a stack trace or SQL', () => {
    const stack = 'TypeError: x\n    at ProductsService.find (/app/dist/apps/catalog/src/x.js:10:5)';
    expect(faultsOf(400, problem, JSON.stringify({ detail: stack }))).toEqual(['stack trace']);
    expect(faultsOf(400, problem, '{"detail":"SELECT id FROM products WHERE slug = $1"}')).toEqual([
      'SQL text',
    ]);
    expect(
      faultsOf(409, problem, '{"detail":"duplicate key value violates unique constraint \\"x\\""}'),
    ).toEqual(['SQL text']);
  });
});
