import { AsyncLocalStorage } from 'node:async_hooks';

export interface LogContext {
  correlationId?: string;
  requestId?: string;
  [key: string]: unknown;
}

/** The fields every log line written during one request or message carries. */
export const logContext = new AsyncLocalStorage<LogContext>();

/** Runs `fn` with `values` added to the surrounding log context (outer values are kept unless overridden). */
export function runWithLogContext<T>(values: LogContext, fn: () => T): T {
  return logContext.run({ ...currentLogContext(), ...values }, fn);
}

/** The active log context, or an empty one outside any `runWithLogContext`. */
export function currentLogContext(): LogContext {
  return logContext.getStore() ?? {};
}
