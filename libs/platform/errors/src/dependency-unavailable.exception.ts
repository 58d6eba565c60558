import { DomainException } from './domain.exception';
import { ERROR_CATALOG } from './error-catalog';
import { ErrorCode } from './error-code';
import { ExceptionOptions } from './exception-options';

/** A downstream service, broker or database did not answer; pass the original error as `cause`. */
export class DependencyUnavailableException extends DomainException {
  constructor(detail = ERROR_CATALOG.DEPENDENCY_UNAVAILABLE.defaultDetail, options: ExceptionOptions = {}) {
    super(ErrorCode.DEPENDENCY_UNAVAILABLE, detail, options);
  }
}
