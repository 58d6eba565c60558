export const REDACTION_CENSOR = '[redacted]';

/**
 * Log fields replaced by "[redacted]" (pino redact path syntax, `*` = any one key).
 *
 * Secrets are covered at the top level and one level down (`{ body: { password } }`,
 * `{ user: { passwordHash } }`); HTTP headers at their usual places. Deeper nesting is not searched:
 * each `*` path costs several microseconds per log line, and log lines carry ids, not payloads.
 * `code` is deliberately absent: too many harmless fields are called that (error codes, product codes).
 */
export const REDACTED_PATHS: readonly string[] = [
  'password',
  '*.password',
  'newPassword',
  '*.newPassword',
  'currentPassword',
  '*.currentPassword',
  'passwordHash',
  '*.passwordHash',
  'token',
  '*.token',
  'accessToken',
  '*.accessToken',
  'refreshToken',
  '*.refreshToken',
  'idToken',
  'secret',
  '*.secret',
  'clientSecret',
  '*.clientSecret',
  'apiKey',
  '*.apiKey',
  'otp',
  '*.otp',
  'pin',
  '*.pin',
  'cvv',
  '*.cvv',
  'cardNumber',
  '*.cardNumber',
  'authorization',
  'cookie',
  'headers.authorization',
  'headers.cookie',
  'headers["set-cookie"]',
  'headers["x-api-key"]',
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
];
