import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { FastifyRequest } from 'fastify';
import { eventContextOf } from '@getit/messaging';
import { eventRequestContext } from './event-request-context';
import { requestContextFrom } from './request-context';

/**
 * Injects the RequestContext into a controller method: of the current HTTP request, or of the event an
 * `@EventPattern` handler is applying (its correlation id and the actor that caused it).
 */
export const Ctx = createParamDecorator((_data: unknown, execution: ExecutionContext) => {
  if (execution.getType() === 'rpc') return eventRequestContext(eventContextOf(execution));
  const request = execution.switchToHttp().getRequest<FastifyRequest>();
  return requestContextFrom(request.headers, String(request.id));
});
