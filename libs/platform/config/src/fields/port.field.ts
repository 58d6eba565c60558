import { z } from 'zod';
import { DefaultedEnvField, EnvField } from './env-field';

const RULE = 'must be an integer between 1 and 65535';

/** A TCP port, e.g. `PORT=3000`. */
export function port(): EnvField<number>;
export function port(defaultPort: number): DefaultedEnvField<number>;
export function port(defaultPort?: number): EnvField<number> | DefaultedEnvField<number> {
  const field = z.string().trim().refine(isPort, RULE).transform(Number);
  return defaultPort === undefined ? field : field.default(defaultPort);
}

function isPort(value: string): boolean {
  return /^\d{1,5}$/.test(value) && Number(value) >= 1 && Number(value) <= 65535;
}
