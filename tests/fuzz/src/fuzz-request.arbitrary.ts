import fc from 'fast-check';
import {
  edgeBody,
  edgeHeaders,
  edgePathSegment,
  edgeQueryValue,
  encodeSegment,
  mutated,
} from './invalid-input.arbitrary';
import { FieldHints, JsonSchema, validValue } from './json-schema.arbitrary';

/** One operation of the gateway's OpenAPI document, as the fuzz needs it. */
export interface Operation {
  method: string;
  /** The documented template, e.g. `/api/products/{idOrSlug}`. */
  path: string;
  query: { name: string; required: boolean; schema: JsonSchema }[];
  body?: JsonSchema;
  /** Roles the route admits; undefined for a public route. */
  roles?: string[];
}

export interface FuzzRequest {
  operation: string;
  role: string;
  valid: boolean;
  method: string;
  /** Path and query, in URL form. */
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** Who the fuzz calls as: a name, its token (none for anonymous), its roles and its vendor. */
export interface Caller {
  name: string;
  token?: string;
  roles: string[];
  vendorId?: string;
}

/** Known values per path-parameter name, harvested from the running marketplace (product ids, slugs, …). */
export type ValuePools = Record<string, string[]>;

export function operationsOf(document: any): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries<any>(document.paths)) {
    for (const [method, spec] of Object.entries<any>(methods)) {
      operations.push({
        method: method.toUpperCase(),
        path,
        query: (spec.parameters ?? [])
          .filter((p: any) => p.in === 'query')
          .map((p: any) => ({ name: p.name, required: p.required === true, schema: p.schema })),
        body: spec.requestBody?.content?.['application/json']?.schema,
        roles: spec['x-public'] ? undefined : spec['x-roles'],
      });
    }
  }
  return operations;
}

/**
 * The arbitrary of one request to `operation` as `caller`: `valid` ones follow the document (with known ids where the
 * path names one), the others break one thing: a path segment, a query value, the body, or a header.
 */
export function requestArbitrary(
  operation: Operation,
  caller: Caller,
  valid: boolean,
  pools: ValuePools,
): fc.Arbitrary<FuzzRequest> {
  const names = [...operation.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const validPath = fc.tuple(
    ...names.map((name) => pathValue(name, nounBefore(operation.path, name), caller, pools)),
  );
  const hints = fieldHints(pools);
  const validQuery = fc.tuple(...operation.query.map((p) => queryValue(p.schema, p.required, hints[p.name])));
  const validBody = operation.body ? validValue(operation.body, 0, hints) : fc.constant(undefined);
  const breakWhat = valid
    ? fc.constant('nothing')
    : fc.constantFrom(
        ...(['body', 'body', 'headers', 'wholeBody'] as const),
        ...(names.length ? (['path', 'path'] as const) : []),
        ...(operation.query.length ? (['query', 'query', 'extraQuery'] as const) : []),
      );
  return fc
    .record({
      segments: validPath,
      queryValues: validQuery,
      body: validBody,
      breakWhat,
      brokenIndex: fc.nat(),
      edgeSegment: edgePathSegment,
      edgeQuery: edgeQueryValue,
      edgeHeaders,
      edgeBody,
      idempotencyKey: fc.uuid({ version: 4 }),
    })
    .chain((r) =>
      (r.breakWhat === 'body' && r.body !== undefined ? mutated(r.body) : fc.constant(r.body)).map(
        (body) => ({
          ...r,
          body,
        }),
      ),
    )
    .map((r) => {
      const segments = [...r.segments];
      if (r.breakWhat === 'path') segments[r.brokenIndex % segments.length] = r.edgeSegment;
      let i = 0;
      const path = operation.path.replace(/\{\w+\}/g, () => segments[i++]!);
      const query: [string, string][] = operation.query.flatMap((p, index) => {
        const value = r.queryValues[index];
        return value === undefined ? [] : [[p.name, encodeSegment(value)] as [string, string]];
      });
      if (r.breakWhat === 'query') {
        const target = operation.query[r.brokenIndex % operation.query.length]!;
        const at = query.findIndex(([name]) => name === target.name);
        if (at >= 0) query[at] = [target.name, r.edgeQuery];
        else query.push([target.name, r.edgeQuery]);
      }
      if (r.breakWhat === 'extraQuery') query.push([`x${r.brokenIndex % 3}`, r.edgeQuery]);
      const headers: Record<string, string> = { accept: 'application/json' };
      if (caller.token) headers['authorization'] = `Bearer ${caller.token}`;
      if (operation.method === 'POST') headers['idempotency-key'] = r.idempotencyKey;
      let body: string | undefined;
      if (r.body !== undefined) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(r.body);
      }
      if (r.breakWhat === 'wholeBody' && operation.method !== 'GET') {
        delete headers['content-type'];
        if (r.edgeBody.contentType) headers['content-type'] = r.edgeBody.contentType;
        body = r.edgeBody.body;
      }
      if (r.breakWhat === 'headers') Object.assign(headers, r.edgeHeaders);
      const search = query.map(([name, value]) => `${name}=${value}`).join('&');
      return {
        operation: `${operation.method} ${operation.path}`,
        role: caller.name,
        valid,
        method: operation.method,
        url: search ? `${path}?${search}` : path,
        headers,
        body,
      };
    });
}

/** `/api/categories/{slug}` → `category`: the resource a path parameter names. */
function nounBefore(path: string, name: string): string {
  const before = path.split(`/{${name}}`)[0]!.split('/').pop() ?? '';
  return before.replace(/ies$/, 'y').replace(/s$/, '');
}

/**
 * A path parameter's value: the caller's own vendor, a known id or slug of that name (of that resource first, so a
 * category slug goes to /categories/{slug}), or a fresh UUID.
 */
function pathValue(name: string, noun: string, caller: Caller, pools: ValuePools): fc.Arbitrary<string> {
  if (name === 'vendorId' && caller.vendorId) return fc.constant(caller.vendorId);
  const known = pools[`${noun}:${name}`] ?? pools[name] ?? [];
  const fresh = fc.uuid({ version: 4 });
  return (known.length ? fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 4 }, fresh) : fresh).map(
    encodeSegment,
  );
}

/** A query value in text form, or undefined (left out, two times in three) for an optional parameter. */
function queryValue(
  schema: JsonSchema,
  required: boolean,
  hint: fc.Arbitrary<unknown> | undefined,
): fc.Arbitrary<string | undefined> {
  const generated = validValue(schema);
  const value = (hint ? fc.oneof(hint, generated) : generated).map((v) =>
    Array.isArray(v) ? v.join(',') : String(v),
  );
  if (required) return value;
  return fc.oneof({ arbitrary: fc.constant(undefined), weight: 2 }, { arbitrary: value, weight: 1 });
}

const DISTRICTS = ['Dhaka', 'Chattogram', 'Tangail', 'Sylhet', 'Khulna', 'Gazipur'];

/** Values real clients send for well-known field names: known ids from the pools, districts, phone numbers. */
function fieldHints(pools: ValuePools): FieldHints {
  const hints: Record<string, fc.Arbitrary<unknown>> = {
    district: fc.constantFrom(...DISTRICTS),
    destinationDistrict: fc.constantFrom(...DISTRICTS),
    originDistrict: fc.constantFrom(...DISTRICTS),
    division: fc.constantFrom('Dhaka', 'Chattogram', 'Sylhet', 'Khulna'),
    postcode: fc.constantFrom('1209', '4100', '1900'),
    phone: fc.constantFrom('01712345678', '+8801812345678'),
    quantity: fc.integer({ min: 1, max: 3 }),
    paymentMethod: fc.constant('cod'),
  };
  for (const [name, values] of Object.entries(pools)) {
    if (values.length && /^(\w+Id|variantIds|categorySlug)$/.test(name))
      hints[name] = fc.constantFrom(...values);
  }
  if (pools['category:slug']?.length) hints['categorySlug'] = fc.constantFrom(...pools['category:slug']!);
  if (pools['variantId']?.length) hints['variantIds'] = fc.constantFrom(...pools['variantId']!);
  return hints;
}
