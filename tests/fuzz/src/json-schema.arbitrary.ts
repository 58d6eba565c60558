import fc from 'fast-check';

/** The subset of JSON Schema (2020-12) that the gateway's OpenAPI document uses; see openapi-document.ts. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
}

/** Realistic values by field name (known ids, districts, phone numbers), mixed in so valid bodies reach deeper. */
export type FieldHints = Readonly<Record<string, fc.Arbitrary<unknown>>>;

/** Letters people type here: Latin, Bangla, digits, punctuation. */
const text = (minLength: number, maxLength: number) =>
  fc.string({
    unit: fc.constantFrom(
      ..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_.,'/অআকখগঘশাড়িজামদানি".split(''),
    ),
    minLength,
    maxLength: Math.min(maxLength, minLength + 40),
  });

/**
 * Values that a schema accepts (as far as JSON Schema can say: refinements written in code, such as "maximum not below
 * minimum", may still refuse some, which is fine: those are answered 400 too).
 */
export function validValue(
  schema: JsonSchema | undefined,
  depth = 0,
  hints: FieldHints = {},
): fc.Arbitrary<unknown> {
  if (!schema || depth > 8) return fc.constant(null);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) return fc.oneof(...choices.map((choice) => validValue(choice, depth + 1, hints)));
  if (schema.allOf?.length)
    return validValue(Object.assign({}, ...schema.allOf) as JsonSchema, depth + 1, hints);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return stringValue(schema);
    case 'integer':
      return fc.integer({ min: lowerBound(schema, -1_000_000), max: upperBound(schema, 1_000_000) });
    case 'number':
      return fc.double({
        min: lowerBound(schema, -1e6),
        max: upperBound(schema, 1e6),
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(validValue(schema.items, depth + 1, hints), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 4, (schema.minItems ?? 0) + 4),
      });
    case 'object':
      return objectValue(schema, depth, hints);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function lowerBound(schema: JsonSchema, fallback: number): number {
  const min =
    schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : undefined);
  return Math.max(min ?? fallback, -Number.MAX_SAFE_INTEGER);
}

function upperBound(schema: JsonSchema, fallback: number): number {
  const max =
    schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : undefined);
  // mostly everyday numbers, so that valid requests look like real ones; the edges come from invalidValue
  return Math.min(max ?? fallback, Math.max(lowerBound(schema, 0) + 1_000_000, 1_000_000));
}

function stringValue(schema: JsonSchema): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 60;
  // formats and patterns are bounded by the schema's own lengths only: the default cap for free text would refuse
  // every value of a longer fixed shape (a 63-character document path), and `filter` would then retry forever
  const declaredMax = schema.maxLength ?? Number.POSITIVE_INFINITY;
  switch (schema.format) {
    case 'uuid':
      return fc.uuid({ version: 4 });
    case 'email':
      return fc.emailAddress().filter((email) => email.length <= declaredMax);
    case 'uri':
    case 'url':
      return fc.webUrl({ validSchemes: ['https'] }).filter((url) => url.length <= declaredMax);
    case 'date-time':
      return fc
        .date({
          min: new Date('2020-01-01T00:00:00Z'),
          max: new Date('2030-01-01T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((date) => date.toISOString());
    case 'date':
      return fc
        .date({
          min: new Date('2020-01-01T00:00:00Z'),
          max: new Date('2030-01-01T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((date) => date.toISOString().slice(0, 10));
  }
  if (schema.pattern) {
    return fc
      .stringMatching(new RegExp(schema.pattern))
      .filter((value) => value.length >= min && value.length <= declaredMax);
  }
  return text(min, max);
}

function objectValue(
  schema: JsonSchema,
  depth: number,
  hints: FieldHints,
): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  if (Object.keys(properties).length === 0 && typeof schema.additionalProperties === 'object') {
    // a record: a few entries whose keys follow propertyNames
    const key = schema.propertyNames ? stringValue(schema.propertyNames) : text(1, 20);
    return fc.dictionary(
      key as fc.Arbitrary<string>,
      validValue(schema.additionalProperties, depth + 1, hints),
      {
        maxKeys: 3,
      },
    );
  }
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, property] of Object.entries(properties)) {
    const generated = validValue(property, depth + 1, hints);
    const hint = hints[name];
    model[name] = hint
      ? fc.oneof({ arbitrary: hint, weight: 3 }, { arbitrary: generated, weight: 1 })
      : generated;
  }
  return fc.record(model, { requiredKeys: [...required].filter((name) => name in properties) });
}
