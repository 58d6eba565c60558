import { z } from 'zod';

/** A field read from one environment variable (a string) and parsed to `T`. */
export type EnvField<T> = z.ZodType<T, string>;

/** The same field with a default used when the variable is unset or empty. */
export type DefaultedEnvField<T> = z.ZodDefault<EnvField<T>>;
