import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { toProblem } from '@getit/errors';
import type { Logger } from '@getit/logging';

/** The one place an error becomes an HTTP response: RFC 9457 problem+json, never a stack trace. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const correlationId = String(request.headers['x-correlation-id'] ?? request.id);
    const problem = toProblem(error, { instance: request.url, correlationId });
    if (problem.status >= 500) this.logger.error({ err: error, url: request.url }, 'request failed');
    void reply.status(problem.status).headers(problem.headers).send(problem.body);
  }
}
