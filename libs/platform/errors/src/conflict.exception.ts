import { DomainException } from './domain.exception';
import { ErrorCode } from './error-code';
import { ExceptionOptions } from './exception-options';

/** The request is valid but clashes with current state: duplicate SKU, order already shipped. */
export class ConflictException extends DomainException {
  constructor(detail: string, options: ExceptionOptions = {}) {
    super(ErrorCode.CONFLICT, detail, options);
  }
}
