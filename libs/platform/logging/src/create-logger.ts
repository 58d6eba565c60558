import { isSpanContextValid, trace } from '@opentelemetry/api';
import pino from 'pino';
import { currentLogContext } from './log-context';
import { REDACTED_PATHS, REDACTION_CENSOR } from './redacted-paths';

export type Logger = pino.Logger;

export interface CreateLoggerOptions {
  service: string;
  level: pino.LevelWithSilent;
  /** Where JSON lines go; stdout when omitted. Tests pass an in-memory stream. */
  destination?: pino.DestinationStream;
}

/** A JSON logger: `{"level":"info","time":"<ISO>","service":…,"correlationId":…,"traceId":…,"msg":…}`. */
export function createLogger({ service, level, destination }: CreateLoggerOptions): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    // pino serializes only `err` by default; `error` is the other name people reach for.
    serializers: { error: pino.stdSerializers.err },
    redact: { paths: [...REDACTED_PATHS], censor: REDACTION_CENSOR },
    mixin: correlationFields,
  };
  return destination ? pino(options, destination) : pino(options);
}

function correlationFields(): Record<string, string> {
  const fields: Record<string, string> = {};
  const { correlationId, requestId } = currentLogContext();
  if (correlationId !== undefined) fields['correlationId'] = correlationId;
  if (requestId !== undefined) fields['requestId'] = requestId;
  const span = trace.getActiveSpan()?.spanContext();
  if (span && isSpanContextValid(span)) {
    fields['traceId'] = span.traceId;
    fields['spanId'] = span.spanId;
  }
  return fields;
}
