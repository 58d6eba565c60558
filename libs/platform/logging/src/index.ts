export { createLogger, type CreateLoggerOptions, type Logger } from './create-logger';
export { logContext, runWithLogContext, currentLogContext, type LogContext } from './log-context';
export { REDACTED_PATHS, REDACTION_CENSOR } from './redacted-paths';
