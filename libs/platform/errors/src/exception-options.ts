import { DomainExceptionOptions } from './domain.exception';

/** What the specific exceptions accept beyond their detail; the code is fixed by the class. */
export type ExceptionOptions = Omit<DomainExceptionOptions, 'fieldErrors'>;
