import { DomainException } from './domain.exception';
import { ErrorCode } from './error-code';
import { ExceptionOptions } from './exception-options';

/** e.g. `new NotFoundException(\`Product ${id} was not found.\`)` */
export class NotFoundException extends DomainException {
  constructor(detail: string, options: ExceptionOptions = {}) {
    super(ErrorCode.NOT_FOUND, detail, options);
  }
}
