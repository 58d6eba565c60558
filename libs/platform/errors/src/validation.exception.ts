import { DomainException } from './domain.exception';
import { ERROR_CATALOG } from './error-catalog';
import { ErrorCode } from './error-code';
import { ExceptionOptions } from './exception-options';
import { FieldError } from './field-error';

/** Input breaks a rule; `fieldErrors` say which fields and why. */
export class ValidationException extends DomainException {
  declare readonly fieldErrors: readonly FieldError[];

  constructor(
    detail = ERROR_CATALOG.VALIDATION_FAILED.defaultDetail,
    fieldErrors: readonly FieldError[] = [],
    options: ExceptionOptions = {},
  ) {
    super(ErrorCode.VALIDATION_FAILED, detail, { ...options, fieldErrors });
  }
}
