import { z } from 'zod';
import { DefaultedEnvField, EnvField } from './env-field';

/** A whole number ≥ 1: pool sizes, batch sizes, retry counts. */
export function positiveInt(): EnvField<number>;
export function positiveInt(defaultValue: number): DefaultedEnvField<number>;
export function positiveInt(defaultValue?: number): EnvField<number> | DefaultedEnvField<number> {
  const field = z
    .string()
    .trim()
    .refine(
      (value) => /^\d+$/.test(value) && Number.isSafeInteger(Number(value)) && Number(value) >= 1,
      'must be a positive integer',
    )
    .transform(Number);
  return defaultValue === undefined ? field : field.default(defaultValue);
}
