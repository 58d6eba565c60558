import { z } from 'zod';
import { ConfigValidationError } from './config-validation.error';
import { EnvSource, loadConfig } from './load-config';

/** Seams for tests; a service passes nothing. */
export interface BootConfigIo {
  exit?: (code: number) => never;
  stderr?: { write(text: string): unknown };
}

/** Loads config at process start; on a bad value prints every problem to stderr and exits with status 1. */
export function bootConfig<S extends z.ZodObject>(
  service: string,
  schema: S,
  env: EnvSource = process.env,
  io: BootConfigIo = {},
): z.output<S> {
  try {
    return loadConfig(schema, env, { service });
  } catch (error) {
    if (!(error instanceof ConfigValidationError)) throw error;
    (io.stderr ?? process.stderr).write(`${error.message}\n`);
    const exit = io.exit ?? ((code: number) => process.exit(code));
    return exit(1);
  }
}
