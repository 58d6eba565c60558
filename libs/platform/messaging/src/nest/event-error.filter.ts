import { ArgumentsHost, Catch, RpcExceptionFilter } from '@nestjs/common';
import { Observable, throwError } from 'rxjs';

/**
 * Hands a handler's error back to the EventConsumerStrategy unchanged. Nest's default RPC filter would replace it
 * with `{ status: 'error', message: 'Internal server error' }`; the consumer needs the error itself, to retry and
 * to name it in the dead-letter message (`dlq-reason`).
 */
@Catch()
export class EventErrorFilter implements RpcExceptionFilter<unknown> {
  catch(exception: unknown, _host: ArgumentsHost): Observable<never> {
    return throwError(() => exception);
  }
}
