import { z } from 'zod';
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

/** The gateway's OpenAPI 3.1 document, generated from the route table and the contracts' zod schemas. */
export function openApiDocument(routes: GatewayRoute[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:([A-Za-z]+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      summary: route.summary,
      tags: [route.upstream],
      security: 'public' in route.access ? [] : [{ bearer: [] }],
      'x-roles': 'roles' in route.access ? route.access.roles : undefined,
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
          content: { 'application/json': { schema: jsonSchema(route.response.schema, 'output') } },
        },
        default: {
          description: 'Problem',
          content: { 'application/problem+json': { schema: problemSchema } },
        },
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
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    paths,
  };
}
