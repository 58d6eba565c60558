import { DomainException } from './domain.exception';
import { ERROR_CATALOG } from './error-catalog';
import { ErrorCode } from './error-code';
import { ExceptionOptions } from './exception-options';

/** The caller is known but may not do this (e.g. a vendor editing another vendor's product). */
export class ForbiddenException extends DomainException {
  constructor(detail = ERROR_CATALOG.FORBIDDEN.defaultDetail, options: ExceptionOptions = {}) {
    super(ErrorCode.FORBIDDEN, detail, options);
  }
}
