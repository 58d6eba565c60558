import 'reflect-metadata';
import { Body, Controller, Get, Module, Param, Post, Query } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createLogger } from '@getit/logging';
import { createMetricsRegistry, HealthRegistry } from '@getit/observability';
import { createHttpApp } from '../http-app';

const received: unknown[] = [];

@Controller('things')
class ThingsController {
  @Get(':slug')
  find(@Param('slug') slug: string, @Query() query: unknown) {
    return { slug, query };
  }

  @Post()
  create(@Body() body: unknown) {
    received.push(body);
    return { created: true };
  }
}

@Module({ controllers: [ThingsController] })
class ThingsModule {}

/** What a client sees when it sends bad input to any service built on createHttpApp. */
describe('createHttpApp request guards and framework errors', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createHttpApp({
      module: ThingsModule,
      logger: createLogger({ service: 'guards-spec', level: 'silent' }),
      registry: createMetricsRegistry('guards_spec'),
      health: new HealthRegistry(),
      bodyLimitBytes: 1_024,
      // a route outside Nest, the way the gateway registers its proxy
      configure: (fastify) => {
        fastify.get('/raw/:id', async (request) => ({ params: request.params }));
      },
    });
    await app.getHttpAdapter().getInstance().ready();
  });
  afterAll(() => app.close());
  beforeEach(() => (received.length = 0));

  const inject = (options: {
    method?: 'GET' | 'POST';
    url: string;
    headers?: Record<string, string>;
    payload?: string;
  }) =>
    app
      .getHttpAdapter()
      .getInstance()
      .inject({ method: options.method ?? 'GET', ...options });

  async function problem(options: Parameters<typeof inject>[0]) {
    const response = await inject(options);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    return { status: response.statusCode, body: response.json() as Record<string, any> };
  }

  it('answers good requests as before', async () => {
    const response = await inject({ url: '/things/jamdani?district=Dhaka', headers: { accept: '*/*' } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ slug: 'jamdani', query: { district: 'Dhaka' } });
  });

  it.each([
    ['a path parameter', '/things/ab%00c', 'The path parameters are invalid.', 'slug'],
    ['a query value', '/things/x?district=%00Dhaka', 'The query string is invalid.', 'district'],
    ['a repeated query value', '/things/x?tag=a&tag=b%00', 'The query string is invalid.', 'tag.1'],
    ['a raw route parameter', '/raw/%00', 'The path parameters are invalid.', 'id'],
  ])('refuses a NUL byte in %s with 400 naming the field', async (_where, url, detail, field) => {
    const { status, body } = await problem({ url });
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: 'VALIDATION_FAILED', detail });
    expect(body['errors']).toEqual([{ field, reason: 'must not contain a NUL character' }]);
  });

  it('refuses a NUL byte anywhere in a JSON body, naming its path, before the handler runs', async () => {
    const { status, body } = await problem({
      method: 'POST',
      url: '/things',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ address: { street: 'House 12\u0000' }, lines: [{ sku: 'A' }] }),
    });
    expect(status).toBe(400);
    expect(body['errors']).toEqual([{ field: 'address.street', reason: 'must not contain a NUL character' }]);
    expect(received).toEqual([]);
  });

  it.each([
    ['bad percent-encoding', '/things/%E0%A4%A', 400, 'BAD_REQUEST', /percent-encoding/],
    ['an over-long path parameter', `/things/${'a'.repeat(300)}`, 414, 'URI_TOO_LONG', /longer than/],
    ['an unknown route', '/nowhere', 404, 'NOT_FOUND', /not found/],
  ])('answers %s with problem+json', async (_what, url, status, code, detail) => {
    const { status: actual, body } = await problem({ url });
    expect(actual).toBe(status);
    expect(body).toMatchObject({ status, code });
    expect(body['detail']).toMatch(detail);
    // framework messages quote the request; our details never do
    expect(body['detail']).not.toContain('aaaa');
  });

  it.each([
    ['malformed JSON', 'application/json', '{"title":', 400, 'BAD_REQUEST'],
    ['an unsupported content type', 'application/xml', '<thing/>', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    [
      'a body over the limit',
      'application/json',
      JSON.stringify({ x: 'y'.repeat(2_000) }),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
  ])('answers %s with problem+json', async (_what, contentType, payload, status, code) => {
    const { status: actual, body } = await problem({
      method: 'POST',
      url: '/things',
      headers: { 'content-type': contentType },
      payload,
    });
    expect({ actual, code: body['code'] }).toEqual({ actual: status, code });
    expect(received).toEqual([]);
  });

  it('refuses a Content-Encoding it does not decode with 415, and takes identity', async () => {
    const gzip = await problem({
      method: 'POST',
      url: '/things',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      payload: '{}',
    });
    expect(gzip.status).toBe(415);
    expect(gzip.body['errors']).toEqual([
      { field: 'content-encoding', reason: 'must be identity or absent' },
    ]);
    expect(received).toEqual([]);
    const identity = await inject({
      method: 'POST',
      url: '/things',
      headers: { 'content-type': 'application/json', 'content-encoding': 'identity' },
      payload: '{}',
    });
    expect(identity.statusCode).toBe(201);
  });

  it('answers an Accept header that allows nothing it serves with 406 problem+json', async () => {
    const { status, body } = await problem({ url: '/things/x', headers: { accept: 'application/xml' } });
    expect(status).toBe(406);
    expect(body).toMatchObject({
      code: 'NOT_ACCEPTABLE',
      errors: [{ field: 'accept', reason: 'must allow application/json' }],
    });
    const browser = await inject({
      url: '/things/x',
      headers: { accept: 'text/html,application/xml;q=0.9,*/*;q=0.8' },
    });
    expect(browser.statusCode).toBe(200);
  });
});
