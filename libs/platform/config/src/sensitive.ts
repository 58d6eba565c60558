import { z } from 'zod';

/** Marks a config field as a secret: its value is never echoed in validation errors or redacted output. */
export function sensitive<S extends z.ZodType>(schema: S): S {
  return schema.meta({ sensitive: true });
}

/**
 * True when the schema, or a schema it wraps, was marked with `sensitive()`. Wrappers such as
 * `.optional()` and `.default()` create new schemas without the mark, so the lookup walks inward.
 */
export function isSensitive(schema: z.core.$ZodType): boolean {
  if (z.globalRegistry.get(schema)?.['sensitive'] === true) return true;
  return wrappedSchemas(schema).some(isSensitive);
}

function wrappedSchemas(schema: z.core.$ZodType): z.core.$ZodType[] {
  const def = schema._zod.def as { innerType?: z.core.$ZodType; in?: z.core.$ZodType; out?: z.core.$ZodType };
  return [def.innerType, def.in, def.out].filter((inner): inner is z.core.$ZodType => inner !== undefined);
}
