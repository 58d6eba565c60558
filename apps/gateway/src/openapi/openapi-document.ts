import { z } from 'zod';
import { isPublic, rolesNeedingMfa } from '../access/route-access';
import { GatewayRoute } from '../routing/route-table';

const problemSchema = {
  type: 'object',
  description: 'RFC 9457 problem details',
  required: ['type', 'title', 'status', 'code'],
  properties: {
    type: { type: 'string', format: 'uri' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    code: { type: 'string' },
    correlationId: { type: 'string' },
    errors: {
      type: 'array',
      items: { type: 'object', properties: { field: { type: 'string' }, reason: { type: 'string' } } },
    },
  },
};

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return rest;
}

function queryParameters(schema: z.ZodType | undefined): unknown[] {
  if (!schema) return [];
  const { properties = {}, required = [] } = jsonSchema(schema, 'input') as {
    properties?: Record<string, unknown>;
    required?: string[];
  };
  return Object.entries(properties).map(([name, s]) => ({
    name,
    in: 'query',
    required: required.includes(name),
    schema: s,
  }));
}

function pathParameters(path: string): unknown[] {
  return [...path.matchAll(/:([A-Za-z]+)/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
}

const problemContent = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };

/** The answers the gateway itself gives before a request reaches a service. */
const gatewayResponses = {
  Unauthenticated: {
    description:
      'No valid access token: missing on a protected route, or presented and invalid or expired on any route',
    headers: {
      'WWW-Authenticate': {
        description: '`Bearer realm="getit"`, with `error="invalid_token"` when a token was presented',
        schema: { type: 'string' },
      },
    },
    content: problemContent,
  },
  Forbidden: {
    description:
      'The token lacks the route roles, a second factor (`reason: mfa`), or this vendor (`reason: vendor`)',
    content: problemContent,
  },
  RateLimited: {
    description: 'Too many requests from this address or account; `retryAfterSeconds` repeats the header',
    headers: {
      'Retry-After': { description: 'Seconds until the limit resets', schema: { type: 'integer' } },
    },
    content: problemContent,
  },
};

const ref = (name: keyof typeof gatewayResponses) => ({ $ref: `#/components/responses/${name}` });

/** Who may call the route, as OpenAPI security plus `x-` extensions a client generator or a test can read. */
function accessDocumentation(route: GatewayRoute): Record<string, unknown> {
  if (isPublic(route.access)) {
    // Anonymous, or with a token (which must then be valid): the service may personalise the answer.
    return { security: [{}, { bearer: [] }], 'x-public': true };
  }
  return {
    security: [{ bearer: [] }],
    'x-roles': route.access.roles,
    'x-mfa-roles': rolesNeedingMfa(route.access),
    'x-vendor-scoped': route.access.vendorScoped === true,
  };
}

/** The gateway's OpenAPI 3.1 document, generated from the route table and the contracts' zod schemas. */
export function openApiDocument(routes: GatewayRoute[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:([A-Za-z]+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      summary: route.summary,
      tags: [route.upstream],
      ...accessDocumentation(route),
      'x-rate-limit': route.rateLimit ?? 'default',
      parameters: [...pathParameters(route.path), ...queryParameters(route.request?.query)],
      requestBody: route.request?.body
        ? {
            required: true,
            content: { 'application/json': { schema: jsonSchema(route.request.body, 'input') } },
          }
        : undefined,
      responses: {
        [route.response.status]: {
          description: 'Success',
          content: {
            [route.response.contentType ?? 'application/json']: {
              schema: jsonSchema(route.response.schema, 'output'),
            },
          },
        },
        401: ref('Unauthenticated'),
        ...(isPublic(route.access) ? {} : { 403: ref('Forbidden') }),
        429: ref('RateLimited'),
        default: { description: 'Problem', content: problemContent },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'GetIt Marketplace API',
      version,
      description: 'Shoppers, vendors and admins talk to this gateway only.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            'An ES256 access token from the auth service (15 minutes); refresh it when a 401 says so',
        },
      },
      schemas: { Problem: problemSchema },
      responses: gatewayResponses,
    },
    paths,
  };
}
