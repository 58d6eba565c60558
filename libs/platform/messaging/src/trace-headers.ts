import { context, Context, propagation, ROOT_CONTEXT } from '@opentelemetry/api';

/** W3C trace context of the current span as message headers (empty when tracing is off). */
export function currentTraceHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  propagation.inject(context.active(), headers);
  return headers;
}

/** The trace context a producer put in a message's headers, to parent the consumer's span. */
export function contextFromHeaders(headers: Record<string, string>): Context {
  return propagation.extract(ROOT_CONTEXT, headers);
}
