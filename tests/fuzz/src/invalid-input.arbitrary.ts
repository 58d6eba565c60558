import fc from 'fast-check';

/** encodeURIComponent that takes lone surrogates too (as their UTF-8 replacement character). */
export function encodeSegment(value: string): string {
  return encodeURIComponent(
    value.replace(/[\ud800-\udfff]/g, (c, at: number, all: string) =>
      /[\ud800-\udbff][\udc00-\udfff]/.test(all.slice(at, at + 2)) ||
      /[\ud800-\udbff][\udc00-\udfff]/.test(all.slice(at - 1, at + 1))
        ? c
        : '\ufffd',
    ),
  );
}

/** Numbers at and past the edges of what columns and JavaScript hold. */
const EDGE_NUMBERS = [
  -1, 0, 0.5, -0.0001, 2_147_483_647, 2_147_483_648, -2_147_483_649, 4_294_967_296, 9_007_199_254_740_991,
  9_007_199_254_740_994, 1e21, -1e21, 1e308,
];

/** Strings that have broken servers before: NUL, long, SQL-ish, unicode edge cases, numbers as text. */
const EDGE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'Dhaka\u0000',
  'x'.repeat(10_000),
  "'; DROP TABLE products; --",
  '%',
  '../../etc/passwd',
  '\ud800',
  '😀'.repeat(50),
  'শাড়ি\u200d',
  '2147483648',
  '-1',
  'NaN',
  'true',
  'null',
  '{"$gt":""}',
  '2026-13-45T25:61:00Z',
];

/** A JSON value of the wrong kind or at an edge, to put where a field's valid value would go. */
export const edgeJsonValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...EDGE_NUMBERS),
  fc.constantFrom(...EDGE_STRINGS),
  fc.constantFrom(null, true, [], {}, [null], { '': '\u0000' }, { __proto__x: 1 }),
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.jsonValue({ maxDepth: 3 }),
);

/** A path segment a well-behaved client would not send, already in URL form (percent-encoded or raw). */
export const edgePathSegment: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '%00',
    'a%00b',
    '%E0%A4%A',
    '%ZZ',
    '%C0%80',
    'x'.repeat(300),
    '..',
    '%2e%2e',
    '-1',
    '0',
    '2147483648',
    '%20',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
    '00000000-0000-0000-0000-000000000000',
    'B7B0A2F4-54A8-4D11-8D4F-0B6A7C1D9E22',
    encodeSegment('শাড়ি'),
    encodeSegment("'; SELECT 1; --"),
  ),
  fc.string({ minLength: 1, maxLength: 40 }).map(encodeSegment),
  fc.uuid().map((uuid) => uuid.toUpperCase()),
);

/** A query value a well-behaved client would not send, already in URL form. */
export const edgeQueryValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '%00',
    '2147483648',
    '-2147483649',
    '9007199254740993',
    '1e309',
    '-0',
    'NaN',
    'Infinity',
    '0x10',
    '',
    '%E0%A4%A',
    '%',
    'x'.repeat(5_000),
    '2026-02-30',
    'true,false',
  ),
  fc.constantFrom(...EDGE_STRINGS).map(encodeSegment),
  fc.string({ maxLength: 40 }).map(encodeSegment),
  fc.integer().map(String),
);

/** Whole bodies that are not what any route expects. */
export const edgeBody: fc.Arbitrary<{ contentType?: string; body: string }> = fc.oneof(
  fc.constantFrom(
    { contentType: 'application/json', body: '{"title":' },
    { contentType: 'application/json', body: '' },
    { contentType: 'application/json', body: 'null' },
    { contentType: 'application/json', body: '[]' },
    { contentType: 'application/json', body: '"\\u0000"' },
    { contentType: 'application/json', body: '{"__proto__":{"admin":true}}' },
    { contentType: 'application/json', body: '{"constructor":{"prototype":{"x":1}}}' },
    { contentType: 'application/json', body: `${'['.repeat(5_000)}${']'.repeat(5_000)}` },
    { contentType: 'application/json', body: JSON.stringify({ pad: 'x'.repeat(1_100_000) }) },
    { contentType: 'application/xml', body: '<order/>' },
    { contentType: 'text/plain', body: 'hello' },
    { contentType: 'text/csv', body: 'handle,title\n\u0000,x' },
    { contentType: 'application/x-www-form-urlencoded', body: 'a=1&b=%00' },
    { contentType: 'multipart/form-data; boundary=x', body: '--x\r\n\r\n--x--' },
    { contentType: 'application/json; charset=utf-16', body: '{}' },
    { contentType: undefined, body: '{}' },
  ),
  fc
    .jsonValue({ maxDepth: 3 })
    .map((value) => ({ contentType: 'application/json', body: JSON.stringify(value) })),
);

/** Headers that clients get wrong: unsupported Accept, encodings nothing decodes, broken tokens. */
export const edgeHeaders: fc.Arbitrary<Record<string, string>> = fc.oneof(
  fc.constant({ accept: 'application/xml' }),
  fc.constant({ accept: 'text/html' }),
  fc.constant({ accept: 'application/json;q=0' }),
  fc.constant({ 'content-encoding': 'gzip' }),
  fc.constant({ 'content-encoding': 'br, identity' }),
  fc.constant({ authorization: 'Bearer not-a-token' }),
  fc.constant({ authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' }),
  fc.constant({ authorization: 'Basic YWRtaW46YWRtaW4=' }),
  fc.constant({ 'idempotency-key': 'x'.repeat(500) }),
  fc.constant({ 'x-actor-id': 'f0000000-0000-4000-8000-000000000000', 'x-actor-roles': 'admin:super-admin' }),
  fc.constant({ 'accept-language': 'bn;q=abc' }),
  fc.constant({ 'x-request-id': '../../../' }),
);

/**
 * A copy of `value` with one thing wrong: a field replaced by an edge value, a required field dropped or an unknown
 * one added, at any depth.
 */
export function mutated(value: unknown): fc.Arbitrary<unknown> {
  const paths = objectPaths(value);
  if (paths.length === 0) return edgeJsonValue;
  return fc
    .tuple(
      fc.constantFrom(...paths),
      fc.constantFrom('replace', 'replace', 'replace', 'drop', 'add'),
      edgeJsonValue,
    )
    .map(([path, how, edge]) => {
      const copy = structuredClone(value) as Record<string, unknown>;
      const parent = path.slice(0, -1).reduce<any>((node, key) => node[key], copy);
      const key = path[path.length - 1]!;
      if (how === 'drop' && !Array.isArray(parent)) delete parent[key];
      else if (how === 'add' && !Array.isArray(parent)) parent[`unexpected_${key}`] = edge;
      else parent[key] = edge;
      return copy;
    });
}

function objectPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((child, index) => [index, child])
    : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...objectPaths(child, [...prefix, key])]);
}
