import { z } from 'zod';
import { DefaultedEnvField, EnvField } from './env-field';

const VALUES: Readonly<Record<string, boolean>> = { true: true, false: false, '1': true, '0': false };

/** A flag: true, false, 1 or 0 (any case). Anything else, "yes" included, is rejected rather than guessed. */
export function bool(): EnvField<boolean>;
export function bool(defaultValue: boolean): DefaultedEnvField<boolean>;
export function bool(defaultValue?: boolean): EnvField<boolean> | DefaultedEnvField<boolean> {
  const field = z
    .string()
    .trim()
    .toLowerCase()
    .refine((value) => Object.hasOwn(VALUES, value), 'must be true, false, 1 or 0')
    .transform((value) => VALUES[value]);
  return defaultValue === undefined ? field : field.default(defaultValue);
}
