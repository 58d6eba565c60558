import { createApiClient } from './api-client';
import { toProblem } from './problem';

describe('createApiClient', () => {
  it('calls the gateway path with typed parameters and the configured headers', async () => {
    const calls: Request[] = [];
    const fakeFetch = async (input: Request) => {
      calls.push(input);
      return new Response(JSON.stringify({ query: 'শাড়ি', items: [] }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    };
    const api = createApiClient({
      baseUrl: 'http://gateway.test/',
      headers: { 'accept-language': 'bn' },
      fetch: fakeFetch as unknown as typeof fetch,
    });
    const { data } = await api.GET('/api/search', { params: { query: { q: 'শাড়ি', limit: 5 } } });
    expect(data?.query).toBe('শাড়ি');
    expect(calls[0]!.url).toBe(`http://gateway.test/api/search?q=${encodeURIComponent('শাড়ি')}&limit=5`);
    expect(calls[0]!.headers.get('accept-language')).toBe('bn');
  });

  it('turns a problem+json error into a Problem and anything else into "service unavailable"', () => {
    const problem = { type: 'about:blank', title: 'Not found', status: 404, code: 'not_found' };
    expect(toProblem(problem, 404)).toEqual(problem);
    expect(toProblem(undefined, 0)).toMatchObject({ status: 0, code: 'unreachable' });
  });
});
