import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { FastifyRequest } from 'fastify';
import { requestContextFrom } from './request-context';

/** Injects the RequestContext of the current HTTP request into a controller method. */
export const Ctx = createParamDecorator((_data: unknown, execution: ExecutionContext) => {
  const request = execution.switchToHttp().getRequest<FastifyRequest>();
  return requestContextFrom(request.headers, String(request.id));
});
