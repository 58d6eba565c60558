import { DomainException } from './domain.exception';
import { ERROR_CATALOG } from './error-catalog';
import { ErrorCode } from './error-code';
import { ExceptionOptions } from './exception-options';

/**
 * Too many requests. `retryAfterSeconds` becomes the Retry-After header and is repeated in the body,
 * because browsers hide Retry-After from cross-origin scripts unless CORS exposes it.
 */
export class RateLimitedException extends DomainException {
  readonly retryAfterSeconds: number;

  constructor(
    retryAfterSeconds: number,
    detail = ERROR_CATALOG.RATE_LIMITED.defaultDetail,
    options: ExceptionOptions = {},
  ) {
    const seconds = Math.max(0, Math.ceil(retryAfterSeconds));
    super(ErrorCode.RATE_LIMITED, detail, {
      ...options,
      extensions: { ...options.extensions, retryAfterSeconds: seconds },
    });
    this.retryAfterSeconds = seconds;
  }
}
