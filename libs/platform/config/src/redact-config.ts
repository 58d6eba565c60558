import { z } from 'zod';
import { isSensitive } from './sensitive';

const REDACTED = '[redacted]';

export type RedactedConfig<T> = { [K in keyof T]: T[K] | typeof REDACTED };

/** A copy safe to log: every set value of a `sensitive()` field becomes "[redacted]". */
export function redactConfig<S extends z.ZodObject>(
  schema: S,
  config: z.output<S>,
): RedactedConfig<z.output<S>> {
  const copy: Record<string, unknown> = { ...config };
  for (const [key, field] of Object.entries(schema.shape)) {
    if (copy[key] !== undefined && isSensitive(field)) copy[key] = REDACTED;
  }
  return copy as RedactedConfig<z.output<S>>;
}
