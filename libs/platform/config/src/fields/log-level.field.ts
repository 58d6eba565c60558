import { DefaultedEnvField } from './env-field';
import { oneOf } from './one-of.field';

/** pino's levels, plus 'silent' to switch logging off (tests). */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** `LOG_LEVEL`, default 'info'. */
export function logLevel(defaultLevel: LogLevel = 'info'): DefaultedEnvField<LogLevel> {
  return oneOf(LOG_LEVELS).default(defaultLevel);
}
