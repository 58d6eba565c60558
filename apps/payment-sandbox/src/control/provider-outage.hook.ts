import type { FastifyReply, FastifyRequest } from 'fastify';
import { Provider } from '../shared/provider';
import { ScenarioBook } from './scenario.book';

/** How a provider answers while it is `down` with http_503. */
export interface OutageResponse {
  contentType: string;
  body: string;
}

/**
 * An onRequest hook for a provider's API routes: while the provider is `down`, answer 503 or drop the
 * connection without a response, as a load balancer in front of a dead gateway would.
 */
export function providerOutageHook(provider: Provider, scenarios: ScenarioBook, response: OutageResponse) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const mode = scenarios.outage(provider);
    if (!mode) return;
    if (mode === 'connection_reset') {
      reply.hijack();
      request.raw.socket.destroy();
      return;
    }
    await reply.code(503).header('content-type', response.contentType).send(response.body);
  };
}
