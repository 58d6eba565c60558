import { DomainException } from './domain.exception';
import { ERROR_CATALOG } from './error-catalog';
import { ErrorCode } from './error-code';
import { ExceptionOptions } from './exception-options';

/** No valid credentials: missing, expired or forged token. */
export class UnauthenticatedException extends DomainException {
  constructor(detail = ERROR_CATALOG.UNAUTHENTICATED.defaultDetail, options: ExceptionOptions = {}) {
    super(ErrorCode.UNAUTHENTICATED, detail, options);
  }
}
