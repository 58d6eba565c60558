import { z } from 'zod';
import { EnvField } from './env-field';

/** A case-insensitive choice among `values`, e.g. `oneOf(['s3', 'local'])`. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T): EnvField<T[number]> {
  return z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(values, { error: `must be one of ${values.join(', ')}` }));
}
